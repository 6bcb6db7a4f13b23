// Cheap reads of one element, shared by detection, the article and the reading
// view: its class and id, whether its markup hides it, its own text, the share
// of its text in links, and text length weighted for CJK. Only textContent and
// attributes are read (no layout).

import { CJK_ANY } from '../text/scripts.ts';

/** CJK_ANY, global: made on first use (a page's first block), not when the script loads on every page. */
let cjkAll: RegExp | null = null;

/** Text length weighted so CJK text counts like alphabetic text of the same meaning. */
export function weightedLength(text: string): number {
  if (text.length === 0) return 0;
  // Sample a few characters instead of reading the whole text.
  const sample = text.slice(0, 40);
  // One global match over the sample, not a regex call per character.
  const all = (cjkAll ??= new RegExp(CJK_ANY.source, 'gu'));
  all.lastIndex = 0;
  let cjk = 0;
  while (all.test(sample)) cjk++;
  return cjk * 2 > sample.length ? text.length * 2.5 : text.length;
}

/** The class and id of an element as one string (cheap attribute reads). */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/** Hidden by markup (not by computed style, which would need layout). */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

/** Length of the text inside links, over the element's text length. */
export function linkDensity(el: Element, textLength: number, raw = false): number {
  if (textLength === 0) return 0;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length && i < 200; i++) {
    const t = links[i]?.textContent ?? '';
    linked += raw ? t.length : t.replace(/\s+/gu, ' ').trim().length;
  }
  return Math.min(1, linked / textLength);
}

/**
 * Characters of the direct text-node children of an element (text outside
 * child elements), trimmed. With `atLeast`, answers only whether it reaches
 * that: most elements hold nothing but indentation, and their raw length
 * already falls short, so nothing is trimmed (walkPage asks this of every <div>).
 */
export function ownTextLength(el: Element, atLeast = Infinity): number {
  let raw = 0;
  if (atLeast !== Infinity) {
    // CharacterData.length: the text's length without making a string of it.
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) raw += (c as Text).length;
    if (raw < atLeast) return raw;
  }
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
  }
  return n;
}
