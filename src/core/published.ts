// Text side of the publication date: reads the candidates that
// core/date-evidence collected, most trusted first, and returns the first one
// that parses to a plausible day. Runs in the popup and the CLI.

import { dateLabels, dayOf, fold, isoOf, parseMachineDate, parseTextDates, parseUrlDate } from './dates/parse.ts';
import type { ParsedDate } from './dates/parse.ts';
import type { DateCandidate, DateEvidence, Published } from './types.ts';

/** Candidates whose value is a machine format (attribute or metadata), not printed text. */
const MACHINE = /^(?:json-ld:|meta:|itemprop:)|\[datetime\]$/;

const EARLIEST = Date.UTC(1995, 0, 1);

function plausible(p: ParsedDate, now: number): boolean {
  const t = Date.UTC(p.y, p.m - 1, p.d);
  // A day more than two days ahead is a schedule or an expiry, not a publication.
  return t >= EARLIEST && t <= now + 2 * 86400000;
}

/**
 * Picks the publication date out of a printed line: the date after a
 * "published" label if there is one, otherwise the first date that is not
 * after an "updated" label.
 */
function pickFromText(value: string, lang: string | null, now: number): ParsedDate | null {
  const dates = parseTextDates(value, lang).filter((p) => plausible(p, now));
  if (!dates.length) return null;
  if (dates.length === 1 && !hasUpdatedLabelBefore(value, dates[0]?.index ?? 0, lang)) return dates[0] ?? null;
  const s = fold(value);
  const { published } = dateLabels(lang);
  const pub = firstLabel(s, published);
  if (pub >= 0) {
    const after = dates.find((d) => d.index > pub);
    if (after) return after;
  }
  return dates.find((d) => !hasUpdatedLabelBefore(value, d.index, lang)) ?? null;
}

function firstLabel(s: string, labels: readonly string[]): number {
  let best = -1;
  for (const l of labels) {
    const i = s.indexOf(l);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Whether an "updated" label stands between the previous date (or the start) and this one. */
function hasUpdatedLabelBefore(value: string, index: number, lang: string | null): boolean {
  const s = fold(value).slice(0, index);
  const { updated } = dateLabels(lang);
  const at = firstLabel(s, updated);
  if (at < 0) return false;
  const { published } = dateLabels(lang);
  const pub = firstLabel(s.slice(at), published);
  return pub < 0;
}

function parseCandidate(c: DateCandidate, lang: string | null, now: number): ParsedDate | null {
  if (c.source === 'url') return parseUrlDate(c.value);
  if (MACHINE.test(c.source)) {
    const p = parseMachineDate(c.value, lang);
    return p && plausible(p, now) ? p : null;
  }
  const p = pickFromText(c.value, lang, now);
  // prose-date: a date inside running text is usually an event, unless a clock time or a "published" label goes with it.
  if (p && c.source.endsWith(':window') && !p.time && firstLabel(fold(c.value), dateLabels(lang).published) < 0)
    return null;
  return p;
}

/** Visible date texts of the article's header or body (not the page at large). */
const VISIBLE = /^(?:text:header|text:article|time:header:text|time:article:text)$/;

const dayNumber = (p: ParsedDate): number => Date.UTC(p.y, p.m - 1, p.d) / 86400000;

/**
 * utc-vs-local: metadata often states the instant in UTC, which can fall on
 * the day before or after the one the publisher prints. When the article
 * prints a day one off from a UTC timestamp, the printed day is the publisher's.
 */
function localDayFor(
  best: ParsedDate,
  sorted: readonly DateCandidate[],
  lang: string | null,
  now: number,
): ParsedDate | null {
  if (!best.time || !(best.offset === 'Z' || best.offset === '+00:00' || best.offset === '-00:00')) return null;
  for (const c of sorted) {
    if (!VISIBLE.test(c.source)) continue;
    const p = pickFromText(c.value, lang, now);
    if (!p) continue;
    const diff = dayNumber(p) - dayNumber(best);
    // Offsets reach -12/+14 hours: a day ahead only after noon UTC, a day behind only before.
    if ((diff === 1 && best.time.h >= 10) || (diff === -1 && best.time.h < 14)) return p;
    if (diff === 0) return null;
  }
  return null;
}

/** Text side: picks and parses the publication date from the evidence. */
export function resolvePublished(
  evidence: DateEvidence,
  lang: string | null,
  now: number = Date.now(),
): Published | null {
  const sorted = [...evidence.candidates].sort((a, b) => a.rank - b.rank);
  for (const c of sorted) {
    if (/updated|modified/i.test(c.source)) continue;
    const p = parseCandidate(c, lang, now);
    if (!p) continue;
    const local = MACHINE.test(c.source) ? localDayFor(p, sorted, lang, now) : null;
    if (local) return { date: dayOf(local), iso: isoOf(p), text: c.value, source: `${c.source}+local-day` };
    return { date: dayOf(p), iso: isoOf(p), text: c.value, source: c.source };
  }
  return null;
}
