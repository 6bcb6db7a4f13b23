// Is an element a widget or other container that never holds article body
// text? By tag, class/id words (page/patterns.ts), role and markup. Shared by
// detection (headline links inside the body), the candidate ranking and the
// article's paragraph walk.

import { classAndId, hiddenByMarkup } from './blocks.ts';
import { BODY_WORDS, EMBED_CLASS, NON_BODY_TAGS, STATE_TOKEN, WIDGET_PART } from './patterns.ts';

/** Ancestors checked above an element for widget classes (inNonBody's default depth). */
export const ANCESTOR_CHECK = 6;

/**
 * 2: a strong widget word, 1: only weak ones, 0: none, as a part of the
 * class/id tokens that state no condition. A string with no such word
 * anywhere is not split at all.
 */
export function widgetWordLevel(ci: string): 0 | 1 | 2 {
  if (!ci || ci.search(WIDGET_PART) < 0 || BODY_WORDS.test(ci)) return 0;
  let level: 0 | 1 | 2 = 0;
  for (const token of ci.split(/\s+/u)) {
    if (!token || STATE_TOKEN.test(token)) continue;
    for (const m of token.matchAll(WIDGET_PART)) {
      if (m[1]) return 2;
      level = 1;
    }
  }
  return level;
}

/** Memo of isNonBody per element, for one pass over one document. */
export type NonBodyMemo = Map<Element, boolean>;

/** Weak-word containers holding this much text are the body's own wrappers, not widgets. */
const WEAK_WIDGET_MAX_TEXT = 1000;

/** A child of <body> holding more than half of its text. */
function holdsMostOfBody(el: Element): boolean {
  const body = el.parentElement;
  if (body?.localName !== 'body') return false;
  return (el.textContent ?? '').length * 2 > (body.textContent ?? '').length;
}

function computeNonBody(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html' || tag === 'main') return false;
  // A form that wraps the whole page (ASP.NET pages put everything in one) is no form widget.
  if (tag === 'form' && (el.querySelector('h1, article, main') || holdsMostOfBody(el))) return false;
  if (NON_BODY_TAGS.has(tag)) return true;
  if (tag === 'header' && !el.querySelector('p ~ p')) return true;
  const ci = classAndId(el);
  if (ci) {
    const level = widgetWordLevel(ci);
    if (level === 2) return true;
    if (level === 1 && (el.textContent ?? '').length < WEAK_WIDGET_MAX_TEXT) return true;
    if (tag === 'blockquote' && EMBED_CLASS.test(ci)) return true;
  }
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|complementary|contentinfo|banner|menu|dialog|search)$/u.test(role)) return true;
  return hiddenByMarkup(el);
}

/** Whether this element itself is a widget / non-body container by tag, class, role or markup. */
export function isNonBody(el: Element, memo?: NonBodyMemo): boolean {
  const known = memo?.get(el);
  if (known !== undefined) return known;
  const v = computeNonBody(el);
  memo?.set(el, v);
  return v;
}

/** True when the element or one of its nearest ancestors (up to `stop`) is a widget. */
export function inNonBody(el: Element, stop: Element | null, depth = ANCESTOR_CHECK, memo?: NonBodyMemo): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && cur !== stop && i <= depth; i++) {
    if (isNonBody(cur, memo)) return true;
    cur = cur.parentElement;
  }
  return false;
}
