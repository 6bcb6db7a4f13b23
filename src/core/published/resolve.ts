// Text side of the publication date: reads the candidates core/published/evidence
// collected, most trusted first, passes over those the skip rules name, and lets the
// pick rules overrule or amend the first one believed. Runs in the popup and the CLI.

import type { DateEvidence, Published } from '../types.ts';
import { dayOf, isoOf } from './parse.ts';
import { readEvidence } from './read.ts';
import { PICK_RULES, SKIP_RULES, type Pick } from './rules/index.ts';
import { sourceName } from './sources.ts';

/** Text side: picks and parses the publication date from the evidence. */
export function resolvePublished(
  evidence: DateEvidence,
  lang: string | null,
  now: number = Date.now(),
): Published | null {
  const ctx = readEvidence(evidence, lang, now);
  const first = ctx.candidates.find((r) => !SKIP_RULES.some((rule) => rule.skips(r, ctx)));
  const day = first?.parsed;
  if (!first || !day) return null;
  let pick: Pick = { from: first, day, iso: isoOf(day), mark: null };
  for (const rule of PICK_RULES) {
    const next = rule.run(pick, ctx);
    if (!next) continue;
    pick = next;
    if (rule.ends) break;
  }
  const source = sourceName(pick.from);
  return {
    date: dayOf(pick.day),
    iso: pick.iso,
    text: pick.from.text,
    source: pick.mark ? `${source}+${pick.mark}` : source,
  };
}
