import { isoOf } from '../parse.ts';
import { dayNumber, dayPlausible, type DateContext, type DateReading } from '../read.ts';
import { inHeader, overrulable, printedElsewhere } from './kinds.ts';
import type { Pick } from './types.ts';

/**
 * shown-over-metadata: a page states its date first in what it prints. When the
 * article's header shows a day (not under an "updated" label) that is more than a
 * day from the metadata's, and no header date, printed date line or URL date agrees
 * with the metadata, the metadata is a template's or an earlier version's: the
 * shown day wins. A header that shows several other days is a list of stories.
 */
export function shownOverMetadata(pick: Pick, ctx: DateContext): Pick | null {
  const best = pick.from.parsed;
  if (!best || !overrulable(pick.from)) return null;
  let shown: { r: DateReading; p: NonNullable<DateReading['parsed']> } | null = null;
  const shownDays = new Set<number>();
  for (const r of ctx.candidates) {
    if (r === pick.from) continue;
    // The URL or another printed date line of the page that agrees with the metadata confirms it.
    if ((r.form === 'url' || printedElsewhere(r)) && r.parsed && dayNumber(r.parsed) === dayNumber(best)) return null;
    if (!inHeader(r)) continue;
    const p = r.parsed;
    if (!p || !dayPlausible(p, ctx.now)) continue;
    if (Math.abs(dayNumber(p) - dayNumber(best)) <= 1) return null;
    // "12/04/2020" read month-first is still the metadata's 12 April: the order was only ambiguous.
    if (p.y === best.y && p.m === best.d && p.d === best.m) return null;
    shown ??= { r, p };
    shownDays.add(dayNumber(p));
  }
  if (!shown || shownDays.size > 1) return null;
  return { from: shown.r, day: shown.p, iso: isoOf(shown.p), mark: 'shown' };
}
