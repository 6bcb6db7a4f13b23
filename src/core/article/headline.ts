// The article's headline and standfirst (the lead or summary between the
// headline and the first body paragraph).

import { foldedText } from '../dom.ts';
import { classAndId, hiddenByMarkup, linkDensity, weightedLength } from '../page/blocks.ts';
import { inNonBody } from '../page/non-body.ts';
import type { PageWalk } from '../page/walk.ts';
import { STANDFIRST_WORDS } from './patterns.ts';

function lowerText(el: Element): string {
  return foldedText(el).toLowerCase();
}

/** The page's own statement of its title (og:title, else <title>). */
function statedTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title" i], meta[name="twitter:title" i]')?.getAttribute('content');
  return (og ?? doc.title ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** Headline: itemprop=headline, else the <h1> that matches og:title / <title>, else the <h1> nearest before the body. */
export function findHeadline(
  doc: Document,
  walk: PageWalk,
  root: Element | null,
  first: Element | null,
): Element | null {
  for (const el of walk.itemprops.get('headline') ?? []) {
    if (el.localName !== 'meta' && el.localName !== 'link' && foldedText(el).length >= 5) return el;
  }
  const h1s = walk.h1s;
  const title = statedTitle(doc);
  let nearest: Element | null = null;
  for (const h of h1s) {
    const t = lowerText(h);
    if (t.length < 5) continue;
    if (title && (title.includes(t) || t.includes(title))) return h;
    if (first && precedes(h, first)) nearest = h;
  }
  // An <h2> that states the title beats an <h1> that does not (logo <h1>s are common).
  if (title) {
    for (const h of walk.h2s) {
      const t = lowerText(h);
      if (t.length >= 5 && (title.includes(t) || t.includes(title))) return h;
    }
  }
  if (nearest) return nearest;
  // No <h1> fits: a heading at the top of the root, or the first <h1> at all.
  const inRoot = root?.querySelector('h1, h2');
  if (inRoot && foldedText(inRoot).length >= 5) return inRoot;
  return h1s.find((h) => foldedText(h).length >= 5) ?? null;
}

/** Standfirst: a lead / summary element after the headline and before the first body paragraph. */
export function findStandfirst(
  doc: Document,
  root: Element | null,
  headline: Element | null,
  first: Element | null,
): Element | null {
  if (!first) return null;
  // Look inside the nearest container holding both the headline and the body.
  let scope: Element | null = root?.parentElement ?? null;
  for (let i = 0; scope && i < 4 && headline && !scope.contains(headline); i++) scope = scope.parentElement;
  if (!scope || scope === doc.documentElement) scope = root;
  if (!scope) return null;
  // Walk the scope in document order up to the first body paragraph (bounded).
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  let budget = 3000;
  for (let node = walker.nextNode(); node && budget-- > 0; node = walker.nextNode()) {
    const el = node as Element;
    if (!precedes(el, first) && el !== first) break;
    if (!el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('itemprop')) continue;
    if (headline && (el === headline || el.contains(headline) || headline.contains(el))) continue;
    if (el.contains(first) && el !== first) continue;
    const itemprop = el.getAttribute('itemprop') ?? '';
    const named = /\b(?:description|abstract)\b/iu.test(itemprop) || STANDFIRST_WORDS.test(classAndId(el));
    if (!named || el.localName === 'meta' || hiddenByMarkup(el)) continue;
    const text = foldedText(el);
    const len = weightedLength(text);
    if (len < 40 || len > 1200) continue;
    if (linkDensity(el, text.length) > 0.3) continue;
    if (inNonBody(el, scope, 3) && el !== first) continue;
    return el;
  }
  return null;
}
