// Text side: reads each candidate the DOM side collected, at most once and only when a
// rule asks, with the parser its form calls for: a machine value, a URL's path, or a
// printed text, of which the date the page labels as published is picked.

import type { DateCandidate, DateEvidence } from '../types.ts';
import { parseMachineDate, parseTextDates, parseUrlDate, type ParsedDate } from './parse.ts';
import { dateLabels, fold } from './words.ts';

/** A candidate with its date read (lazily, once: `parsed` parses on first access). */
export interface DateReading extends DateCandidate {
  /**
   * Its date: a machine value or a URL's day as stated, or the date a printed text
   * gives for the publication (published-label, updated-label; plausible days only).
   * null when there is none.
   */
  readonly parsed: ParsedDate | null;
}

/** What the resolution rules read: the candidates, most trusted first, and the page's language and clock. */
export interface DateContext {
  readonly candidates: readonly DateReading[];
  readonly lang: string | null;
  readonly now: number;
}

const EARLIEST = Date.UTC(1995, 0, 1);

/** A day from 1995 up to two days ahead: later is a schedule or an expiry, not a publication. */
export function dayPlausible(p: ParsedDate, now: number): boolean {
  const t = Date.UTC(p.y, p.m - 1, p.d);
  return t >= EARLIEST && t <= now + 2 * 86400000;
}

/** Days since the epoch: the same number is the same calendar day. */
export const dayNumber = (p: ParsedDate): number => Date.UTC(p.y, p.m - 1, p.d) / 86400000;

/** Where the first of some folded labels starts in a folded text, or -1. */
export function firstLabel(s: string, labels: readonly string[]): number {
  let best = -1;
  for (const l of labels) {
    const i = s.indexOf(l);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Whether a text carries a "published" label of any language. */
export function hasPublishedLabel(text: string, lang: string | null): boolean {
  return firstLabel(fold(text), dateLabels(lang).published) >= 0;
}

/** updated-label: whether an "updated" label stands between the previous date (or the start) and this one. */
function hasUpdatedLabelBefore(value: string, index: number, lang: string | null): boolean {
  const s = fold(value).slice(0, index);
  const { updated, published } = dateLabels(lang);
  const at = firstLabel(s, updated);
  if (at < 0) return false;
  return firstLabel(s.slice(at), published) < 0;
}

/**
 * published-label: picks the publication date out of a printed line: the date after a
 * "published" label if there is one, otherwise the first date that is not after an
 * "updated" label (updated-label). Only plausible days count.
 */
export function pickFromText(value: string, lang: string | null, now: number): ParsedDate | null {
  const dates = parseTextDates(value, lang).filter((p) => dayPlausible(p, now));
  if (!dates.length) return null;
  if (dates.length === 1 && !hasUpdatedLabelBefore(value, dates[0]?.index ?? 0, lang)) return dates[0] ?? null;
  const pub = firstLabel(fold(value), dateLabels(lang).published);
  if (pub >= 0) {
    const after = dates.find((d) => d.index > pub);
    if (after) return after;
  }
  return dates.find((d) => !hasUpdatedLabelBefore(value, d.index, lang)) ?? null;
}

function readDate(c: DateCandidate, lang: string | null, now: number): ParsedDate | null {
  if (c.form === 'url') return parseUrlDate(c.text, lang);
  if (c.form === 'machine') return parseMachineDate(c.text, lang);
  return pickFromText(c.text, lang, now);
}

/** A candidate that reads its date the first time it is asked for, and never again. */
function reading(c: DateCandidate, lang: string | null, now: number): DateReading {
  let parsed: ParsedDate | null | undefined;
  return {
    ...c,
    get parsed() {
      if (parsed === undefined) parsed = readDate(c, lang, now);
      return parsed;
    },
  };
}

/** The evidence as the rules read it: most trusted first (by rank, collection order among equals). */
export function readEvidence(evidence: DateEvidence, lang: string | null, now: number): DateContext {
  const sorted = [...evidence.candidates].sort((a, b) => a.rank - b.rank);
  return { candidates: sorted.map((c) => reading(c, lang, now)), lang, now };
}
