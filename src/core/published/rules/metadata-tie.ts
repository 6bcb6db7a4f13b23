import { isoOf } from '../parse.ts';
import { dayNumber, dayPlausible, type DateContext } from '../read.ts';
import { publishingMetadata, readerSees } from './kinds.ts';
import type { Pick } from './types.ts';

/**
 * metadata-tie: when JSON-LD and the page's publishing metadata (article:published_time and the
 * like) name days more than a day apart, the page's printed dates break the tie: the metadata
 * wins when a printed date or the URL agrees with it and none agrees with the JSON-LD.
 */
export function metadataTie(pick: Pick, ctx: DateContext): Pick | null {
  const best = pick.from.parsed;
  if (!best || pick.from.origin !== 'json-ld') return null;
  const printed = new Set<number>();
  for (const r of ctx.candidates) {
    const p = readerSees(r) ? r.parsed : null;
    if (p && dayPlausible(p, ctx.now)) printed.add(dayNumber(p));
  }
  if (printed.has(dayNumber(best))) return null;
  for (const r of ctx.candidates) {
    const p = publishingMetadata(r) ? r.parsed : null;
    if (p && dayPlausible(p, ctx.now) && Math.abs(dayNumber(p) - dayNumber(best)) > 1 && printed.has(dayNumber(p)))
      return { from: r, day: p, iso: isoOf(p), mark: 'printed' };
  }
  return null;
}
