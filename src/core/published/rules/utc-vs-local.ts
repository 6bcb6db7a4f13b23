import { dayNumber, type DateContext } from '../read.ts';
import { isUtc, sameInstantElsewhere } from './clock.ts';
import { publishedMachine, publishersDay } from './kinds.ts';
import type { Pick } from './types.ts';

/**
 * utc-vs-local: metadata often states the instant in UTC, which can fall on the day
 * before or after the one the publisher prints. When the article prints a day one off
 * from a UTC timestamp (or the URL states it, or a machine value gives the same instant
 * on the publisher's clock), that day is the publisher's. The first such date to speak
 * decides: one that agrees with the UTC day ends the search.
 */
export function utcVsLocal(pick: Pick, ctx: DateContext): Pick | null {
  const best = pick.from.parsed;
  if (pick.from.form !== 'machine' || !best?.time || !isUtc(best)) return null;
  for (const r of ctx.candidates) {
    // A machine value with a local time and no offset ("2023-11-08 18:09:55") or a non-UTC offset is the publisher's clock too.
    const machine = publishedMachine(r);
    if (!publishersDay(r) && !machine) continue;
    const p = r.parsed;
    if (!p || (machine && !sameInstantElsewhere(best, p))) continue;
    const diff = dayNumber(p) - dayNumber(best);
    // Offsets reach -12/+14 hours: a day ahead only after noon UTC, a day behind only before.
    if ((diff === 1 && best.time.h >= 10) || (diff === -1 && best.time.h < 14))
      return { ...pick, day: p, mark: 'local-day' };
    if (diff === 0) return null;
  }
  return null;
}
