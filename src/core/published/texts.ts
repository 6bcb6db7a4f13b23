// Printed date texts, DOM side: the short texts of elements named for a date or
// byline (near the headline, in the article, elsewhere on the page), and, as a last
// resort, the date-like texts of the page body in reading order. No parsing here:
// the text side reads them.

import { foldedText } from '../dom.ts';
import type { DateArea, DateCandidate } from '../types.ts';
import { DATE_CLASS } from './areas.ts';
import { BODY_STEP, RANKS } from './sources.ts';

/** What the collection of one page shares. */
export interface Collection {
  doc: Document;
  headline: Element | null;
  /** The headline's folded text ('' without one). */
  headlineText: string;
  /** The article's root, or the page's main column when the article found none. */
  root: Element | null;
  /** The headline's area (areas.headerScope). */
  scope: Element | null;
  isForeign: (el: Element) => boolean;
  out: DateCandidate[];
  /** Texts offered already: each is offered once, by the most trusted place that holds it. */
  seen: Set<string>;
}

/** Longest text offered whole. */
export const MAX_TEXT = 160;

/** A digit in any script pages print dates in: ASCII, Arabic-Indic, Persian, full-width. */
export const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/u;

/**
 * Looks like a printed date (no language data, no parsing): numeric day-month-year,
 * year-first, or a day and a year around a word. The text side decides.
 * The month-first branch is tried only at a word's start (the lookbehind): a match inside
 * a word implies one at its start, which comes first, so what matches is unchanged, but a
 * long text is no longer tried at every letter (it was the text side's hottest line).
 */
const DATE_LIKE =
  /\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}\s?[./年년-]\s?\d{1,2}|\d{1,2}\.?\s*[\p{L}\p{M}]{3,}.{0,20}?\d{4}|(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[\u0660-\u0669\u06f0-\u06f9]{4}/u;

/**
 * What every DATE_LIKE match holds: four ASCII digits in a row (the year of
 * every branch but the first), a digit, separator and digit ("28.10", the
 * first branch's start), or four Arabic-Indic digits. A cheap first test for
 * the many texts whose digits are a count, a clock or a price.
 */
const DATE_HINT = /\d{4}|\d[./-]\s?\d|[\u0660-\u0669\u06f0-\u06f9]{4}/u;

/** What may stand before a lead date: nothing, or a place name and a comma, dash or bracket ("Karlsruhe, ("). */
const LEAD_PREFIX = /^\s*(?:\p{Lu}[\p{L}\p{M}.' /-]{0,30}\s*[,(:–—-]\s*)?\(?\s*$/u;
/** What follows a lead date: a bracket, dash, bar, colon, full stop or opening quote, not the rest of a sentence. */
const LEAD_AFTER = /^\s*(?:$|[)\]|:.–—\-„“"«])/u;

/**
 * Offers an element's short text once. headline-date: a date printed in the headline names
 * the event the story is about ("Results, 19.5.2007"), so a container's text is read without it.
 */
function pushText(c: Collection, el: Element, fields: Omit<DateCandidate, 'text'>): void {
  let t = foldedText(el);
  if (c.headline && c.headlineText && el !== c.headline && el.contains(c.headline))
    t = t.split(c.headlineText).join(' ').replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_TEXT || !DIGIT.test(t) || c.seen.has(t)) return;
  c.seen.add(t);
  c.out.push({ ...fields, text: t });
}

function namedText(area: DateArea, rank: number): Omit<DateCandidate, 'text'> {
  return { origin: 'text', area, role: 'generic', form: 'printed', rank };
}

/** Short texts in the headline's area of elements named for a date or byline, and its <time> elements. */
export function addHeaderTexts(c: Collection): void {
  if (!c.scope) return;
  // The first 300 elements under the scope, in document order, without listing them all.
  const walker = c.doc.createTreeWalker(c.scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < 300; node = walker.nextNode(), n++) {
    const el = node as Element;
    if (el.children.length > 3) continue;
    const id = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // The cheap test first: most of the header is not named for a date.
    if ((DATE_CLASS.test(id) || el.localName === 'time') && !c.isForeign(el))
      pushText(c, el, namedText('header', RANKS.textHeader));
  }
}

/** Short texts of the page's elements named for a date or byline (areas.markedElements), outside foreign blocks. */
export function addDatedTexts(c: Collection, dated: readonly Element[]): void {
  for (const el of dated) {
    if (el.children.length > 4 || c.isForeign(el)) continue;
    const inArticle = c.root?.contains(el) ?? false;
    pushText(c, el, inArticle ? namedText('article', RANKS.textArticle) : namedText('page', RANKS.textPage));
  }
}

/** Last resort: short texts of the page body that look like dates, in reading order (at most 10). */
export function addBodyTexts(c: Collection): void {
  let found = 0;
  const parentText = new Map<Element, { text: string; dateLike: boolean }>();
  const walker = c.doc.createTreeWalker(c.doc.body ?? c.doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(), visited = 0; n && visited < 4000 && found < 10; n = walker.nextNode(), visited++) {
    const v = n.nodeValue ?? '';
    // The text first: most nodes hold no digit, and then their parent need not be read at all.
    if (v.length > 2000 || !DIGIT.test(v)) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:script|style|noscript|template|option)$/.test(parent.localName)) continue;
    // Several text nodes of one element (a date split by <br> or <b>) fold and test its text once.
    let known = parentText.get(parent);
    if (known === undefined) {
      const text = foldedText(parent);
      parentText.set(parent, (known = { text, dateLike: DATE_HINT.test(text) && DATE_LIKE.test(text) }));
    }
    // A node's text lies inside its parent's, and whitespace folding only adds matches (every
    // whitespace in DATE_LIKE is optional or a run), so a parent that holds no date-like text has no
    // child that does: the parent's one test decides for all its text nodes.
    if (!known.dateLike) continue;
    // The headline's own words, not a date line set inside it (<h1>Title<small>02.02.2022</small></h1>).
    const inTitle = c.headline !== null && c.headline.contains(parent) && known.text === c.headlineText;
    if (inTitle || c.isForeign(parent)) continue;
    const before = c.seen.size;
    offerBodyText(c, parent, known.text, RANKS.body + found * BODY_STEP);
    if (c.seen.size > before) found++;
  }
}

/**
 * Offers one date-like text of the body: whole when short, else a window around its date.
 * lead-date: a date that opens the text, alone or after the place it was filed from, and is set
 * off from the first sentence ("27.1.2022 - Bei …", "Karlsruhe, (12.11.2021). Traditionell …") dates the text.
 */
function offerBodyText(c: Collection, parent: Element, whole: string, rank: number): void {
  const hit = DATE_LIKE.exec(whole);
  const at = hit?.index ?? -1;
  const lead =
    hit !== null &&
    LEAD_PREFIX.test(whole.slice(0, at)) &&
    LEAD_AFTER.test(whole.slice(at + hit[0].length, at + hit[0].length + 3));
  const base = { origin: 'body', role: 'generic', form: 'printed', rank } as const;
  if (whole.length <= MAX_TEXT) {
    pushText(c, parent, { ...base, cut: lead ? 'lead' : 'whole' });
    return;
  }
  // A date inside a long line ("… wurde am 19. Mai 2010 um 23:03 Uhr gepostet"): keep a window around it.
  const t = at < 0 ? '' : lead ? whole.slice(0, at + 60) : whole.slice(Math.max(0, at - 40), at + 60);
  if (t && !c.seen.has(t)) {
    c.seen.add(t);
    c.out.push({ ...base, cut: lead ? 'lead' : 'window', text: t });
  }
}
