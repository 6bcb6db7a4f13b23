// Text side of the publication date: reads the candidates that
// core/date-evidence collected, most trusted first, and returns the first one
// that parses to a plausible day. Runs in the popup and the CLI.

import { dayOf, isoOf, parseMachineDate, parseTextDates, parseUrlDate } from './published/parse.ts';
import { dateLabels, fold } from './published/words.ts';
import type { ParsedDate } from './published/parse.ts';
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
  if (c.source === 'url') return parseUrlDate(c.value, lang);
  if (MACHINE.test(c.source)) {
    const p = parseMachineDate(c.value, lang);
    return p && plausible(p, now) ? p : null;
  }
  const p = pickFromText(c.value, lang, now);
  // prose-date: a date inside running text is usually an event, unless a clock time or a "published" label goes with it.
  // A short text of the page body counts as running text when it reads as a sentence.
  const prose = c.source.endsWith(':window') || (c.source === 'text:body' && isSentence(c.value));
  if (p && prose && !p.time && firstLabel(fold(c.value), dateLabels(lang).published) < 0) return null;
  return p;
}

/** Lower-case words, the function words and verbs of a sentence in a cased script. */
const LOWER_WORD = /(?<![\p{L}\p{M}\d])\p{Ll}[\p{L}\p{M}]+/gu;

/** Whether a short text reads as a sentence (six or more lower-case words) rather than a date line or a label. */
function isSentence(value: string): boolean {
  return (value.match(LOWER_WORD) ?? []).length >= 6;
}

/** Sources that state the publisher's own day: printed dates near the article, its <time> texts, the URL. */
const LOCAL_DAY = /^(?:text:header|text:article|time(?::header|:article):text|url)$/;

const isUtc = (p: ParsedDate): boolean => p.offset === 'Z' || p.offset === '+00:00' || p.offset === '-00:00';

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
  if (!best.time || !isUtc(best)) return null;
  for (const c of sorted) {
    // A machine value with a local time and no offset ("2023-11-08 18:09:55") or a non-UTC offset is the publisher's clock too.
    const machine = MACHINE.test(c.source) && !/updated|modified/i.test(c.source);
    if (!LOCAL_DAY.test(c.source) && !machine) continue;
    const p =
      c.source === 'url'
        ? parseUrlDate(c.value, lang)
        : machine
          ? parseMachineDate(c.value, lang)
          : pickFromText(c.value, lang, now);
    if (!p || (machine && !sameInstantElsewhere(best, p))) continue;
    const diff = dayNumber(p) - dayNumber(best);
    // Offsets reach -12/+14 hours: a day ahead only after noon UTC, a day behind only before.
    if ((diff === 1 && best.time.h >= 10) || (diff === -1 && best.time.h < 14)) return p;
    if (diff === 0) return null;
  }
  return null;
}

/** Dates the article's header shows: <time> elements and printed dates beside the headline or byline. */
const HEADER = /^(?:time:header\[datetime\]|time:header:text|text:header)$/;

/**
 * shown-over-metadata: a page states its date first in what it prints. When the
 * article's header shows a day (not under an "updated" label) that is more than a
 * day from the metadata's, and no header date, printed date line or URL date agrees
 * with the metadata, the metadata is a template's or an earlier version's: the
 * shown day wins.
 */
function shownDayFor(
  self: DateCandidate,
  best: ParsedDate,
  sorted: readonly DateCandidate[],
  lang: string | null,
  now: number,
): { p: ParsedDate; c: DateCandidate } | null {
  let shown: { p: ParsedDate; c: DateCandidate } | null = null;
  const shownDays = new Set<number>();
  const same = (p: ParsedDate | null): boolean => p !== null && dayNumber(p) === dayNumber(best);
  for (const c of sorted) {
    if (c === self) continue;
    // The URL or another printed date line of the page that agrees with the metadata confirms it.
    if (c.source === 'url' && same(parseUrlDate(c.value, lang))) return null;
    if (/^(?:text|text:article|time(?::article)?:text)$/.test(c.source) && same(pickFromText(c.value, lang, now)))
      return null;
    if (!HEADER.test(c.source)) continue;
    const p = c.source.endsWith('[datetime]') ? parseMachineDate(c.value, lang) : pickFromText(c.value, lang, now);
    if (!p || !plausible(p, now)) continue;
    if (Math.abs(dayNumber(p) - dayNumber(best)) <= 1) return null;
    // "12/04/2020" read month-first is still the metadata's 12 April: the order was only ambiguous.
    if (p.y === best.y && p.m === best.d && p.d === best.m) return null;
    shown ??= { p, c };
    shownDays.add(dayNumber(p));
  }
  // A header that shows several other days is a list of stories, not the article's own date line.
  return shownDays.size > 1 ? null : shown;
}

/** Minutes since the epoch of a parsed machine date, at its stated offset (UTC when none). */
function minutesOf(p: ParsedDate): number {
  const t = p.time ?? { h: 0, mi: 0, s: 0 };
  const o = /^([+-])(\d{2}):(\d{2})$/.exec(p.offset ?? '');
  const off = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
  return dayNumber(p) * 1440 + t.h * 60 + t.mi - off;
}

/**
 * Whether a machine value is the UTC instant's own local clock: the same minute and
 * second, at a non-UTC offset that gives the same instant, or with no offset at all.
 */
function sameInstantElsewhere(utc: ParsedDate, p: ParsedDate): boolean {
  if (!p.time || !utc.time || p.time.mi !== utc.time.mi || p.time.s !== utc.time.s) return false;
  if (p.offset === null) return p.time.h !== utc.time.h;
  return !isUtc(p) && minutesOf(p) === minutesOf(utc);
}

/** "+03:30" for 210 minutes east of UTC. */
function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The same instant as p, on the clock of an offset given in minutes east of UTC. */
function atOffset(p: ParsedDate, minutes: number): ParsedDate {
  const t = p.time ?? { h: 0, mi: 0, s: 0 };
  const local = new Date(Date.UTC(p.y, p.m - 1, p.d, t.h, t.mi + minutes, t.s));
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    time: { h: local.getUTCHours(), mi: local.getUTCMinutes(), s: t.s },
    offset: minutes === 0 ? 'Z' : offsetText(minutes),
    index: p.index,
  };
}

/**
 * publisher-offset: metadata often states the instant in UTC while the page gives
 * the publisher's own clock: a machine value of the same instant at a local offset,
 * or a printed clock time beside the article's date. The ISO timestamp then keeps
 * the publisher's offset (03:25Z printed as 06:55 is 06:55+03:30).
 */
function publisherIso(
  best: ParsedDate,
  sorted: readonly DateCandidate[],
  lang: string | null,
  now: number,
): string | null {
  if (!best.time || !isUtc(best)) return isoOf(best);
  for (const c of sorted) {
    if (/updated|modified/i.test(c.source)) continue;
    if (MACHINE.test(c.source)) {
      const p = parseMachineDate(c.value, lang);
      if (p?.offset && !isUtc(p) && sameInstantElsewhere(best, p)) return isoOf(p);
      continue;
    }
    if (!LOCAL_DAY.test(c.source) || c.source === 'url') continue;
    const p = pickFromText(c.value, lang, now);
    if (!p?.time) continue;
    // A printed zone says it outright; otherwise the clock's distance from the UTC instant is the offset.
    const diff = p.offset ? null : minutesOf(p) - minutesOf(best);
    if (p.offset && !isUtc(p) && minutesOf(p) === minutesOf(best)) return isoOf(p);
    // Offsets are whole quarter hours between -12:00 and +14:00; the same minute means the same instant.
    if (diff !== null && diff !== 0 && diff % 15 === 0 && diff >= -720 && diff <= 840)
      return isoOf(atOffset(best, diff));
    if (diff === 0 || p.offset) return isoOf(best);
  }
  return isoOf(best);
}

/** Printed dates of the page and its URL: what a reader sees, to break a tie between machine values. */
const PRINTED = /^(?:text(?::header|:article|:body(?::lead)?)?|time(?::header|:article)?:text|url)$/;

/**
 * metadata-tie: when JSON-LD and the page's publishing metadata (article:published_time and the
 * like) name days more than a day apart, the page's printed dates break the tie: the metadata
 * wins when a printed date or the URL agrees with it and none agrees with the JSON-LD.
 */
function tieBreak(
  self: DateCandidate,
  best: ParsedDate,
  sorted: readonly DateCandidate[],
  lang: string | null,
  now: number,
): { p: ParsedDate; c: DateCandidate } | null {
  if (!self.source.startsWith('json-ld:')) return null;
  const printed: ParsedDate[] = [];
  for (const c of sorted) {
    if (!PRINTED.test(c.source)) continue;
    const p = c.source === 'url' ? parseUrlDate(c.value, lang) : pickFromText(c.value, lang, now);
    if (p && plausible(p, now)) printed.push(p);
  }
  const shows = (p: ParsedDate): boolean => printed.some((q) => dayNumber(q) === dayNumber(p));
  if (shows(best)) return null;
  for (const c of sorted) {
    if (!/^(?:meta|itemprop):/.test(c.source) || c.rank > 4) continue;
    const p = parseMachineDate(c.value, lang);
    if (p && plausible(p, now) && Math.abs(dayNumber(p) - dayNumber(best)) > 1 && shows(p)) return { p, c };
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
    // The header's own <time> datetime too: CMSs often fill it with a later revision's instant.
    const shown = MACHINE.test(c.source) && c.rank <= 6 ? shownDayFor(c, p, sorted, lang, now) : null;
    if (shown)
      return { date: dayOf(shown.p), iso: isoOf(shown.p), text: shown.c.value, source: `${shown.c.source}+shown` };
    const tie = tieBreak(c, p, sorted, lang, now);
    if (tie) return { date: dayOf(tie.p), iso: isoOf(tie.p), text: tie.c.value, source: `${tie.c.source}+printed` };
    const local = MACHINE.test(c.source) ? localDayFor(p, sorted, lang, now) : null;
    const iso = MACHINE.test(c.source) ? publisherIso(p, sorted, lang, now) : isoOf(p);
    if (local) return { date: dayOf(local), iso, text: c.value, source: `${c.source}+local-day` };
    return { date: dayOf(p), iso, text: c.value, source: c.source };
  }
  return null;
}
