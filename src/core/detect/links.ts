// Detection's link counts: headline-like links outside the body (many mean a
// front page or a list), standing alone inside it (results or teasers, not an
// article), and links to the site's own cart or pricing page (a shop).

import { inNonBody, type NonBodyMemo } from '../page/non-body.ts';
import type { Steps } from '../slice.ts';
import { CJK_ANY } from '../text/scripts.ts';
import { URL_LIST } from './metadata.ts';

/** A link to a shop's cart or checkout, or to a company's /pricing page, as an href (relative, or to a host). */
const SHOP_HREF = /^(?:(?:https?:)?\/\/([^/?#]+))?(?:(?:\/[^?#]*)?\/(cart|checkout)|\/(pricing))(?:[/?#]|$)/iu;
/** Twelve CJK characters in a row: a headline in a script without spaces (made on first use, not on every page's load). */
let cjkHeadline: RegExp | null = null;
/** Links read between two pauses of a sliced count. */
const LINK_STRIDE = 128;

export interface LinkCounts {
  /** Headline-like links outside the body. */
  headline: number;
  /** Headline-like links inside the body to the site's own items, outside any paragraph, list item and widget. */
  list: number;
  /** Links to the site's own cart or checkout ('cart'), or to its /pricing page ('pricing'). */
  shop: 'cart' | 'pricing' | null;
}

/** Is this link text a headline: 4+ words (or 12+ CJK characters), 15 to 250 characters? */
function headlineText(a: Element): boolean {
  const raw = a.textContent ?? '';
  // Cheap length gate before folding whitespace.
  if (raw.length < 15) return false;
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (text.length < 15 || text.length > 250) return false;
  return text.split(' ').length >= 4 || (cjkHeadline ??= new RegExp(`${CJK_ANY.source}{12}`, 'u')).test(text);
}

/** A link to one of the site's own items: relative or on the page's host, and not to a tag or section list. */
function siteItemLink(a: Element, host: string | null): boolean {
  const href = a.getAttribute('href') ?? '';
  const m = /^(?:(https?:)?\/\/([^/?#]+)|[a-z][\w+.-]*:)/iu.exec(href);
  if (m && (m[2] === undefined || m[2].toLowerCase() !== host)) return false; // another site, or mailto:, whatsapp:…
  return !URL_LIST.test(href);
}

/** Is the link set in running text (a <p> between it and the body's root)? */
function inParagraph(a: Element, root: Element): boolean {
  for (let el = a.parentElement, i = 0; el && el !== root && i < 8; el = el.parentElement, i++)
    if (el.localName === 'p' || el.localName === 'li' || el.localName === 'blockquote') return true;
  return false;
}

/**
 * Headline-like links: outside the body, many of them mean a front page or a
 * list; inside it, standing alone (not in a sentence, a list item or a widget),
 * they are results or teasers, not an article. And links to the site's own cart.
 * The page walk keeps only the page's first links, so this is bounded.
 */
export function* countLinks(links: Iterable<Element>, root: Element | null, host: string | null): Steps<LinkCounts> {
  const counts: LinkCounts = { headline: 0, list: 0, shop: null };
  const memo: NonBodyMemo = new Map();
  let seen = 0;
  for (const a of links) {
    if (++seen % LINK_STRIDE === 0) yield;
    if (counts.shop !== 'cart') {
      const m = SHOP_HREF.exec(a.getAttribute('href') ?? '');
      if (m && (!m[1] || m[1].toLowerCase() === host)) counts.shop = m[2] ? 'cart' : 'pricing';
    }
    if (!headlineText(a)) continue;
    if (!root || !root.contains(a)) counts.headline++;
    else if (siteItemLink(a, host) && !inParagraph(a, root) && !inNonBody(a, root, 8, memo)) counts.list++;
  }
  return counts;
}
