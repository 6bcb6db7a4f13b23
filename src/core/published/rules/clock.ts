// Instants and offsets of parsed machine dates, for the rules that tell a UTC
// timestamp from the publisher's own clock.

import type { ParsedDate } from '../parse.ts';
import { dayNumber } from '../read.ts';

export const isUtc = (p: ParsedDate): boolean => p.offset === 'Z' || p.offset === '+00:00' || p.offset === '-00:00';

/** Minutes since the epoch of a parsed machine date, at its stated offset (UTC when none). */
export function minutesOf(p: ParsedDate): number {
  const t = p.time ?? { h: 0, mi: 0, s: 0 };
  const o = /^([+-])(\d{2}):(\d{2})$/.exec(p.offset ?? '');
  const off = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
  return dayNumber(p) * 1440 + t.h * 60 + t.mi - off;
}

/**
 * Whether a machine value is the UTC instant's own local clock: the same minute and
 * second, at a non-UTC offset that gives the same instant, or with no offset at all.
 */
export function sameInstantElsewhere(utc: ParsedDate, p: ParsedDate): boolean {
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
export function atOffset(p: ParsedDate, minutes: number): ParsedDate {
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
