// Other calendars: Hijri and Solar Hijri dates read through Intl's calendars.

import type { MonthTable, Tables } from './words.ts';

/** A Gregorian day found in a folded text, with its span. */
export interface DayHit {
  y: number;
  m: number;
  d: number;
  index: number;
  end: number;
}

/** Finds the Gregorian date whose date in an Intl calendar is (y, m, d); a day off either way is accepted. */
export function fromCalendar(calendar: string, y: number, m: number, d: number, approx: Date): DayHit | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    return null;
  }
  if (!fmt.resolvedOptions().calendar.startsWith(calendar.split('-')[0] ?? calendar)) return null;
  let near: Date | null = null;
  for (let delta = -45; delta <= 45; delta++) {
    const g = new Date(approx.getTime() + delta * 86400000);
    const parts = fmt.formatToParts(g);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    const py = Number(String(parts.find((p) => p.type === 'year')?.value).replace(/\D/g, ''));
    if (py !== y || get('month') !== m) continue;
    if (get('day') === d) {
      near = g;
      break;
    }
    if (!near && Math.abs(get('day') - d) === 1) near = new Date(g.getTime() + (d - get('day')) * 86400000);
  }
  if (!near) return null;
  return { y: near.getUTCFullYear(), m: near.getUTCMonth() + 1, d: near.getUTCDate(), index: 0, end: 0 };
}

const HIJRI_CALENDARS = ['islamic-umalqura', 'islamic-civil', 'islamic'];

/** Gregorian day of a Hijri date. */
export function hijriToGregorian(y: number, m: number, d: number): DayHit | null {
  // Islamic epoch 622-07-16; a lunar year is ~354.367 days, a month ~29.53.
  const approx = new Date(Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53 + d - 1) * 86400000);
  for (const cal of HIJRI_CALENDARS) {
    const hit = fromCalendar(cal, y, m, d, approx);
    if (hit) return hit;
  }
  return null;
}

/** Gregorian day of a Solar Hijri (Persian calendar) date. */
export function persianToGregorian(y: number, m: number, d: number): DayHit | null {
  const approx = new Date(Date.UTC(y + 621, 2, 21) + ((m - 1) * 30.5 + d - 1) * 86400000);
  return fromCalendar('persian', y, m, d, approx);
}

export function findOtherCalendars(s: string, t: Tables): DayHit[] {
  const out: DayHit[] = [];
  const scan = (table: MonthTable | null, conv: (y: number, m: number, d: number) => DayHit | null): void => {
    if (!table) return;
    const re = new RegExp(`(?<!\\d)(\\d{1,2})\\s*${table.re}\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'gu');
    for (const m of s.matchAll(re)) {
      const month = table.lookup.get((m[2] ?? '').replace(/\.$/, '')) ?? 0;
      const hit = month ? conv(Number(m[3]), month, Number(m[1])) : null;
      if (hit) out.push({ ...hit, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  };
  scan(t.hijri, hijriToGregorian);
  scan(t.persian, persianToGregorian);
  return out;
}
