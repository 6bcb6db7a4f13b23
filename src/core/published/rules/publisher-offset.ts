import { isoOf, type ParsedDate } from '../parse.ts';
import type { DateContext } from '../read.ts';
import { atOffset, isUtc, minutesOf, sameInstantElsewhere } from './clock.ts';
import { publishersDay } from './kinds.ts';
import type { Pick } from './types.ts';

/**
 * publisher-offset: metadata often states the instant in UTC while the page gives
 * the publisher's own clock: a machine value of the same instant at a local offset,
 * or a printed clock time beside the article's date. The ISO timestamp then keeps
 * the publisher's offset (03:25Z printed as 06:55 is 06:55+03:30).
 */
export function publisherOffset(pick: Pick, ctx: DateContext): Pick | null {
  const best = pick.from.parsed;
  if (pick.from.form !== 'machine' || !best?.time || !isUtc(best)) return null;
  const iso = publisherIso(best, ctx);
  return iso === pick.iso ? null : { ...pick, iso };
}

/** The UTC instant's timestamp at the publisher's offset, when the page states one; else as it is. */
function publisherIso(best: ParsedDate, ctx: DateContext): string | null {
  for (const r of ctx.candidates) {
    if (r.role === 'updated') continue;
    if (r.form === 'machine') {
      const p = r.parsed;
      if (p?.offset && !isUtc(p) && sameInstantElsewhere(best, p)) return isoOf(p);
      continue;
    }
    if (!publishersDay(r) || r.form === 'url') continue;
    const p = r.parsed;
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
