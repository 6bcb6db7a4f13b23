// Candidates passed over, whatever their rank.

import { dayPlausible, hasPublishedLabel, type DateContext, type DateReading } from '../read.ts';

/** updated-date: a <time> whose class names an update (or modification) dates a revision. */
export function updatedDate(r: DateReading): boolean {
  return r.role === 'updated';
}

/** no-date: nothing in it reads as a day (for a printed text: no plausible day that is not an update's). */
export function noDate(r: DateReading): boolean {
  return r.parsed === null;
}

/**
 * implausible-day: a machine value's day before 1995 or more than two days ahead is a
 * placeholder, a schedule or an expiry. (Printed texts keep only plausible days when read;
 * a URL's day is taken as it is.)
 */
export function implausibleDay(r: DateReading, ctx: DateContext): boolean {
  return r.form === 'machine' && r.parsed !== null && !dayPlausible(r.parsed, ctx.now);
}

/** Lower-case words, the function words and verbs of a sentence in a cased script. */
const LOWER_WORD = /(?<![\p{L}\p{M}\d])\p{Ll}[\p{L}\p{M}]+/gu;

/** Whether a short text reads as a sentence (six or more lower-case words) rather than a date line or a label. */
export function isSentence(value: string): boolean {
  return (value.match(LOWER_WORD) ?? []).length >= 6;
}

/**
 * prose-date: a date inside running text is usually an event, unless a clock time or a
 * "published" label goes with it. A window cut from a long line is running text; a short
 * text of the page body is when it reads as a sentence.
 */
export function proseDate(r: DateReading, ctx: DateContext): boolean {
  const prose = r.cut === 'window' || (r.cut === 'whole' && isSentence(r.text));
  return prose && r.parsed !== null && !r.parsed.time && !hasPublishedLabel(r.text, ctx.lang);
}
