// Date parsing for the text side (popup, CLI): machine formats (ISO 8601,
// RFC 2822, epoch, compact), printed dates in every language we know (month
// tables from core/lang/<code>.ts `dates`, in words.ts), Hijri and Solar Hijri dates
// via Intl's calendars (calendars.ts), and URL dates. Never imported by the content script.

import { findOtherCalendars, type DayHit } from './calendars.ts';
import { normalizeDigits } from '../text/digits.ts';
import { fold, tablesFor, type MonthTable, type Tables } from './words.ts';

export { hijriToGregorian, persianToGregorian } from './calendars.ts';

export interface ParsedDate {
  y: number;
  m: number;
  d: number;
  /** Clock time as printed, when known. */
  time: { h: number; mi: number; s: number } | null;
  /** "Z" or "+03:00", when the value states it. */
  offset: string | null;
  /** Position in the (folded) text, for picking among several dates. */
  index: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** YYYY-MM-DD of a parsed date. */
export function dayOf(p: ParsedDate): string {
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

/** Full ISO timestamp with the stated offset, or null when the time or offset is unknown. */
export function isoOf(p: ParsedDate): string | null {
  if (!p.time || !p.offset) return null;
  return `${dayOf(p)}T${pad(p.time.h)}:${pad(p.time.mi)}:${pad(p.time.s)}${p.offset}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Named time zones often printed after a time. */
const ZONES: Record<string, string> = {
  gmt: 'Z',
  utc: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  jst: '+09:00',
  kst: '+09:00',
};

function offsetFrom(sign: string, hh: string, mm: string | undefined): string {
  const h = Number(hh);
  const m = Number(mm ?? '0');
  if (h > 14 || m > 59) return '';
  if (h === 0 && m === 0) return sign === '-' ? '-00:00' : '+00:00';
  return `${sign}${pad(h)}:${pad(m)}`;
}

// Clock time: "19:04", "7:04 pm", "19h04", with an optional zone: "GMT", "UTC+3", "+0300", "EST".
const TIME_RE =
  /(?<![\d:])(\d{1,2})(?::|h(?=\d{2}))(\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?![\d:])\s*(a\.?\s?m\.?|p\.?\s?m\.?|ص|م(?![\p{L}]))?\s*(?:\(?\s*(gmt|utc|z|cest|mesz|eest|[ecmp][sd]t|bst|cet|mez|eet|msk|jst|kst)(?![a-z]))?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?(?!\d))?/gu;

interface TimeHit {
  index: number;
  end: number;
  time: { h: number; mi: number; s: number };
  offset: string | null;
}

function findTimes(s: string): TimeHit[] {
  const out: TimeHit[] = [];
  for (const m of s.matchAll(TIME_RE)) {
    let h = Number(m[1]);
    const mi = Number(m[2]);
    const sec = Number(m[3] ?? '0');
    const ampm = m[4] ?? '';
    if (/^p|^م/.test(ampm) && h < 12) h += 12;
    if (/^a|^ص/.test(ampm) && h === 12) h = 0;
    if (h > 23 || mi > 59 || sec > 59) continue;
    let offset: string | null = null;
    const zone = m[5];
    if (zone && ZONES[zone]) offset = ZONES[zone];
    if (m[6] && m[7] && (zone === 'gmt' || zone === 'utc' || !zone)) {
      const o = offsetFrom(m[6], m[7], m[8]);
      // A bare "+3" after a time without GMT/UTC is too loose; "+0300" and "+03:00" are fine.
      if (o && (zone || m[8] !== undefined)) offset = o === '+00:00' && zone ? 'Z' : o;
    }
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, time: { h, mi, s: sec }, offset });
  }
  return out;
}

function year4(y: string): number {
  const n = Number(y.replace(/^'/, ''));
  if (y.replace(/^'/, '').length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

/** A month table's patterns for named-month dates. */
interface NamedPatterns {
  dmy: RegExp;
  mdy: RegExp;
  glued: RegExp;
  ymd: RegExp;
}
/** The month-name patterns of a table, built once per table rather than once per text. */
const namedPatternCache = new WeakMap<MonthTable, NamedPatterns>();

function namedPatterns(table: MonthTable): NamedPatterns {
  let p = namedPatternCache.get(table);
  if (p) return p;
  const mon = table.re;
  p = {
    // Day first: "28 October 2021", "28. Oktober 2021", "28 أكتوبر/ تشرين الأول 2021", "31 مارس (آذار) 2020", "7 de octubre de 2020".
    dmy: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+|of\\s+)?${mon}(?:\\s*[/(،,-]?\\s*${mon}\\s*\\)?)?\\s*[,،]?\\s*(?:de\\s+|del\\s+)?('?\\d{4}|'\\d{2})(?!\\d)`,
      'gu',
    ),
    // Month first: "October 28, 2021", "Oct. 28 2021", "Oct 28th, 2021".
    mdy: new RegExp(`${mon}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'gu'),
    // A day glued to its year in date badges: "Feb 182009".
    glued: new RegExp(`${mon}\\s*(\\d{2})((?:19|20)\\d{2})(?!\\d)`, 'gu'),
    // Year first with a name: "2021 Oct 28" ("2021, 28 octobre" is day-first above).
    ymd: new RegExp(`(?<!\\d)(\\d{4})[\\s,-]+${mon}[\\s,-]+(\\d{1,2})(?!\\d)`, 'gu'),
  };
  namedPatternCache.set(table, p);
  return p;
}

/** Every Gregorian day printed in a folded text. */
function findDays(s: string, t: Tables): DayHit[] {
  const out: DayHit[] = [];
  const push = (y: number, m: number, d: number, index: number, len: number): void => {
    if (validDay(y, m, d) && !out.some((o) => index < o.end && index + len > o.index))
      out.push({ y, m, d, index, end: index + len });
  };
  // CJK and Korean year-first: 2021年10月28日, 2025년 5월 15일, 2025. 5. 15., ISO 2021-10-28, 2021/10/28.
  for (const m of s.matchAll(
    /(?<!\d)(\d{4})\s*(?:年|년|\.\s*|\/|-)\s*(\d{1,2})\s*(?:月|월|\.\s*|\/|-)\s*(\d{1,2})(?!\d)\s*(?:日|일)?/gu,
  ))
    push(Number(m[1]), Number(m[2]), Number(m[3]), m.index ?? 0, m[0].length);
  if (t.months) {
    const mo = (k: string | undefined): number => t.months?.lookup.get((k ?? '').replace(/\.$/, '')) ?? 0;
    const { dmy, mdy, glued, ymd } = namedPatterns(t.months);
    for (const m of s.matchAll(dmy)) push(year4(m[4] ?? ''), mo(m[2]), Number(m[1]), m.index ?? 0, m[0].length);
    for (const m of s.matchAll(mdy)) push(Number(m[3]), mo(m[1]), Number(m[2]), m.index ?? 0, m[0].length);
    for (const m of s.matchAll(glued)) push(Number(m[3]), mo(m[1]), Number(m[2]), m.index ?? 0, m[0].length);
    for (const m of s.matchAll(ymd)) push(Number(m[1]), mo(m[2]), Number(m[3]), m.index ?? 0, m[0].length);
  }
  // All-numeric: 28.10.2021, 28/10/2021, 10/28/2021, 28-10-2021, 28.10.21.
  for (const m of s.matchAll(/(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\.\d)/gu)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = year4(m[4] ?? '');
    if (m[4]?.length === 2 && m[2] !== '.') continue; // "10/28/21" is too ambiguous
    const mdyFirst = a <= 12 && (b > 12 || (t.order === 'mdy' && m[2] === '/'));
    if (mdyFirst) push(y, a, b, m.index ?? 0, m[0].length);
    else push(y, b, a, m.index ?? 0, m[0].length);
  }
  // Spaced day-first numerics ("4. 2. 2022"): the dot marks ordinals, so the day comes first.
  for (const m of s.matchAll(/(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)/gu))
    push(Number(m[3]), Number(m[2]), Number(m[1]), m.index ?? 0, m[0].length);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Every date printed in a visible text, in order, each with the nearest
 * clock time (and zone) printed right before or after it.
 */
export function parseTextDates(text: string, lang: string | null): ParsedDate[] {
  const s = fold(text);
  const t = tablesFor(lang);
  const days = findDays(s, t);
  // Hijri and Solar Hijri only where no Gregorian day was printed over the same span.
  for (const h of findOtherCalendars(s, t)) {
    if (!days.some((d) => h.index < d.end && h.end > d.index)) days.push(h);
  }
  days.sort((a, b) => a.index - b.index);
  const times = findTimes(s).filter((tm) => !days.some((d) => tm.index < d.end && tm.end > d.index));
  return days.map((d) => {
    const near = times.find(
      (tm) => (tm.index >= d.end && tm.index - d.end <= 25) || (tm.end <= d.index && d.index - tm.end <= 25),
    );
    return { y: d.y, m: d.m, d: d.d, time: near?.time ?? null, offset: near?.offset ?? null, index: d.index };
  });
}

const ISO_RE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:(?:[T\s]|\s*,\s*)(\d{1,2}):?(\d{2})(?::?(\d{1,2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/iu;

/** Parses a machine value (metadata, datetime attribute): ISO 8601, compact, epoch, RFC 2822 or a printed date. */
export function parseMachineDate(value: string, lang: string | null): ParsedDate | null {
  const v = normalizeDigits(value.trim());
  const iso = ISO_RE.exec(v);
  if (iso && !/^\d{9,}$/.test(v)) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(y, m, d)) return null;
    let offset: string | null = null;
    const z = iso[7];
    if (z) {
      if (/z/i.test(z)) offset = 'Z';
      else {
        const mm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
        offset = mm ? offsetFrom(mm[1] ?? '+', mm[2] ?? '0', mm[3]) || null : null;
      }
    }
    const time = iso[4] ? { h: Number(iso[4]), mi: Number(iso[5]), s: Number(iso[6] ?? '0') } : null;
    if (time && (time.h > 23 || time.mi > 59 || time.s > 59)) return { y, m, d, time: null, offset: null, index: 0 };
    return { y, m, d, time, offset: time ? offset : null, index: 0 };
  }
  // Unix epoch seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = Number(v) * (v.length === 10 ? 1000 : 1);
    const g = new Date(ms);
    if (Number.isNaN(g.getTime())) return null;
    return {
      y: g.getUTCFullYear(),
      m: g.getUTCMonth() + 1,
      d: g.getUTCDate(),
      time: { h: g.getUTCHours(), mi: g.getUTCMinutes(), s: g.getUTCSeconds() },
      offset: 'Z',
      index: 0,
    };
  }
  // Machine values with slashes follow the US order ("11/01/2023 12:43:42" is 1 November).
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(v);
  if (us && Number(us[1]) <= 12) {
    const [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (validDay(y, m, d)) {
      const tm = findTimes(v.slice(us[0].length))[0];
      return { y, m, d, time: tm?.time ?? null, offset: tm?.offset ?? null, index: 0 };
    }
  }
  return parseTextDates(v, lang)[0] ?? null;
}

/**
 * The day a URL's path states: /2021/10/28/, /2021-10-28-, /20211028/, or day first
 * as many European sites write it: /29-10-2021, /~02-01-2022-slug, /08112021-slug.
 * A day-first date whose two numbers could both be the month is read in the page
 * language's numeric order.
 */
export function parseUrlDate(url: string, lang: string | null = null): ParsedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const day = (y: number, mo: number, d: number): ParsedDate | null =>
    validDay(y, mo, d) ? { y, m: mo, d, time: null, offset: null, index: 0 } : null;
  const m =
    /(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)/.exec(path) ??
    /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path) ??
    // year/section/month/day: /2013/middle_east/8/3/
    /\/((?:19|20)\d{2})\/[a-z_-]{2,30}\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//.exec(path);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  const sep = /(?<![\d.])(\d{1,2})([._-])(\d{1,2})\2((?:19|20)\d{2})(?![\d.]\d)/.exec(path);
  if (sep) {
    const [a, b, y] = [Number(sep[1]), Number(sep[3]), Number(sep[4])];
    const mdy = a <= 12 && (b > 12 || tablesFor(lang).order === 'mdy');
    return mdy ? day(y, a, b) : day(y, b, a);
  }
  const compact = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d{2})(?!\d)/.exec(path);
  return compact ? day(Number(compact[3]), Number(compact[2]), Number(compact[1])) : null;
}
