// The classes of candidates the rules ask about, each a predicate on the typed
// fields (origin, area, role, form, cut) the DOM side set.

import type { DateCandidate } from '../../types.ts';

/**
 * Machine values a day the header shows may overrule: JSON-LD, publishing metadata
 * (not a generic "date" key) and microdata, and the header's own <time> datetime
 * (CMSs often fill it with a later revision's instant).
 */
export function overrulable(c: DateCandidate): boolean {
  if (c.form !== 'machine' || c.role === 'updated') return false;
  if (c.origin === 'time') return c.area === 'header';
  return !(c.origin === 'meta' && c.role === 'generic');
}

/** Dates the article's header shows: its <time> elements and printed dates beside the headline or byline. */
export function inHeader(c: DateCandidate): boolean {
  return c.area === 'header' && c.role !== 'updated';
}

/** Date lines printed outside the header: <time> texts and dated elements in the article or elsewhere on the page. */
export function printedElsewhere(c: DateCandidate): boolean {
  return c.form === 'printed' && (c.area === 'article' || c.area === 'page') && c.role !== 'updated';
}

/** What a reader sees: every printed date but a window cut from running text, and the URL. */
export function readerSees(c: DateCandidate): boolean {
  return c.form === 'url' || (c.form === 'printed' && c.role !== 'updated' && c.cut !== 'window');
}

/** The page's publishing metadata other than JSON-LD: <meta> publishing keys (not generic ones) and microdata. */
export function publishingMetadata(c: DateCandidate): boolean {
  return (c.origin === 'meta' && c.role !== 'generic') || c.origin === 'itemprop';
}

/** What states the publisher's own day: printed dates in the header or the article (not an update's), and the URL. */
export function publishersDay(c: DateCandidate): boolean {
  return (
    c.form === 'url' || (c.form === 'printed' && c.role !== 'updated' && (c.area === 'header' || c.area === 'article'))
  );
}

/** A machine value that is not a revision's. */
export function publishedMachine(c: DateCandidate): boolean {
  return c.form === 'machine' && c.role !== 'updated';
}
