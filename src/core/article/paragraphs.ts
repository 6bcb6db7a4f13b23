// The body paragraphs under the article root, in reading order: <p>, and
// elements holding text with <br>, skipping widgets, captions, link lists and
// embedded posts. One bounded walk.

import { foldedText, holdsMedia } from '../dom.ts';
import { linkDensity, ownTextLength, weightedLength } from '../page/blocks.ts';
import { isNonBody } from '../page/non-body.ts';

/** Paragraphs of a page are capped: a body longer than this is not an article we can show anyway. */
const MAX_PARAGRAPHS = 400;
/** Elements walked inside the root at most, while collecting its paragraphs. */
const MAX_ROOT_ELEMENTS = 20000;
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
export function collectParagraphs(root: Element, skip: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  let budget = MAX_ROOT_ELEMENTS;
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
