// core/article: the article root, its headline, standfirst and body
// paragraphs in reading order. Everything downstream reads these paragraphs
// (quotes, dateline) or protects them (clutter never hides a body paragraph).
//
//   root       itemprop=articleBody ─► cheap candidate scoring (article/blocks)
//   paragraphs walk the root: <p>, and elements holding text with <br>
//              (skipping widgets, captions, link lists, embedded posts)
//   headline   itemprop=headline ─► the <h1> matching og:title / <title> ─► first <h1>
//   standfirst a lead / summary element before the first body paragraph

import {
  classAndId,
  foldedText,
  hiddenByMarkup,
  inNonBody,
  isNonBody,
  linkDensity,
  ownTextLength,
  rankCandidates,
  scanPage,
  weightedLength,
} from './article/blocks.ts';
import type { PageScan } from './article/blocks.ts';

// detectNews and findArticle can share one walk: const scan = scanPage(doc).
export { scanPage } from './article/blocks.ts';
export type { PageScan } from './article/blocks.ts';
import { STANDFIRST_WORDS } from './article/patterns.ts';
import { holdsMedia } from './dom.ts';
import type { ArticleInfo } from './types.ts';

/** Paragraphs of a page are capped: a body longer than this is not an article we can show anyway. */
const MAX_PARAGRAPHS = 400;
/** Walk budget inside the root, in elements. */
const MAX_WALK = 20000;
/** Nesting levels walked below the root (a recursion bound: real articles nest a few dozen). */
const MAX_DEPTH = 256;

/** Tags that are blocks of text in their own right. */
const TEXT_BLOCK_TAGS = new Set(['p', 'pre', 'address']);
/** Tags that may hold text directly (with <br>) or contain further blocks. */
const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'span',
  'font',
  'small',
  'big',
  'sup',
  'sub',
  'mark',
  'abbr',
  'cite',
  'q',
  'time',
  'br',
  'wbr',
  'img',
  'code',
]);

/** An element holding body text directly (text nodes and inline children, no blocks). */
function holdsTextDirectly(el: Element): boolean {
  if (ownTextLength(el, 20) < 20) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!INLINE_TAGS.has(c.localName)) return false;
  }
  return true;
}

function acceptBlock(el: Element, isP: boolean): boolean {
  const text = foldedText(el);
  if (!text) return false;
  const len = weightedLength(text);
  // A picture with a line of text under it is a caption, even inside a <p> (and even when the
  // picture is a <noscript> fallback, which a browser with scripting on holds as text).
  if (len < 200 && holdsMedia(el)) return false;
  // Short non-<p> blocks are usually labels and buttons; short <p>s can be real one-line paragraphs.
  if (!isP && len < 40) return false;
  // Related-link lists and "read more" lines are mostly links.
  // A linked sentence that ends like one (a period) is still prose.
  if (linkDensity(el, text.length) > (len < 120 ? 0.5 : 0.6) && !(len >= 80 && /[.!?。！？]["”»]?$/u.test(text)))
    return false;
  return true;
}

/** Body paragraphs under `root`, in reading order, skipping widgets and the given elements. */
function collectParagraphs(root: Element, skip: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  let budget = MAX_WALK;
  const walk = (el: Element, depth: number): void => {
    // Recursion is bounded: a hostile page may nest thousands of levels deep.
    if (depth > MAX_DEPTH) return;
    for (let c = el.firstElementChild; c && out.length < MAX_PARAGRAPHS && budget > 0; c = c.nextElementSibling) {
      budget--;
      if (skip.has(c)) continue;
      if (isNonBody(c)) continue;
      const tag = c.localName;
      if (TEXT_BLOCK_TAGS.has(tag)) {
        if (acceptBlock(c, true)) out.push(c);
        continue;
      }
      if (tag === 'ul' || tag === 'ol') {
        // List items are body text only when they read like sentences, not link lists.
        for (let li = c.firstElementChild; li; li = li.nextElementSibling) {
          if (li.localName === 'li' && !isNonBody(li) && acceptBlock(li, false)) out.push(li);
        }
        continue;
      }
      // Text held directly, with <br>s, or mixed with child blocks (a paragraph <div> with a <p> tail).
      if (!INLINE_TAGS.has(tag) && (holdsTextDirectly(c) || ownTextLength(c, 60) >= 60)) {
        if (acceptBlock(c, false)) out.push(c);
        continue;
      }
      if (tag === 'blockquote' && ownTextLength(c, 20) >= 20) {
        if (acceptBlock(c, false)) out.push(c);
        continue;
      }
      walk(c, depth + 1);
    }
  };
  // A root that holds the body as its own text (lines between <br>s) is one paragraph.
  if (TEXT_BLOCK_TAGS.has(root.localName) || holdsTextDirectly(root) || ownTextLength(root, 150) >= 150)
    return acceptBlock(root, true) ? [root] : [];
  walk(root, 0);
  return out;
}

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
function findHeadline(doc: Document, scan: PageScan, root: Element | null, first: Element | null): Element | null {
  for (const el of scan.itemprops.get('headline') ?? []) {
    if (el.localName !== 'meta' && el.localName !== 'link' && foldedText(el).length >= 5) return el;
  }
  const h1s = scan.h1s;
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
    for (const h of scan.h2s) {
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
function findStandfirst(
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

/** The root: itemprop=articleBody when it holds text, else the best-scoring candidate. */
function findRoot(doc: Document, scan: PageScan): Element | null {
  for (const el of scan.itemprops.get('articlebody') ?? []) {
    if (el.localName !== 'meta' && weightedLength(foldedText(el)) >= 200) return el;
  }
  return rankCandidates(doc, scan).top?.el ?? null;
}

/**
 * Finds the article root, its headline, standfirst and body paragraphs. Pass
 * the `scanPage` result detectNews used to share its one walk over the page.
 */
export function findArticle(doc: Document, scan: PageScan = scanPage(doc)): ArticleInfo {
  const root = findRoot(doc, scan);
  if (!root) {
    const headline = findHeadline(doc, scan, null, null);
    return { root: null, paragraphs: [], headline, standfirst: null };
  }
  let paragraphs = collectParagraphs(root, new Set());
  const headline = findHeadline(doc, scan, root, paragraphs[0] ?? null);
  const standfirst = findStandfirst(doc, root, headline, paragraphs[0] ?? null);
  if (headline || standfirst) {
    // Never repeat the headline or standfirst as a body paragraph.
    paragraphs = paragraphs.filter(
      (p) =>
        !(headline && (p === headline || p.contains(headline) || headline.contains(p))) &&
        !(standfirst && (p === standfirst || p.contains(standfirst) || standfirst.contains(p))),
    );
  }
  return { root, paragraphs, headline, standfirst };
}
