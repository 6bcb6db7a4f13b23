// From the blocks the rules kept to what the reading view does with the live
// page: the outermost elements it keeps whole, the elements inside them it
// hides, and the text that leaves visible. The text is read from those two
// sets, not from the blocks, so that it is exactly what the view shows.

import { NON_TEXT_TAGS } from '../dom.ts';
import { BLOCK_TAGS } from './walk.ts';

export interface Plan {
  keep: Element[];
  hideInside: Element[];
}

/**
 * `content`: elements whose content is kept (blocks' elements, media);
 * `dropped`: elements left out. Walks each region part: an element with kept
 * content and nothing dropped is kept whole; one with both is split into its
 * children, unless it holds kept text of its own (then it is kept, and its
 * dropped children hidden inside it).
 */
export function planView(
  parts: readonly Element[],
  content: ReadonlySet<Element>,
  dropped: ReadonlySet<Element>,
): Plan {
  const hasKept = new Set<Element>();
  const hasDropped = new Set<Element>();
  const stops = new Set(parts);
  const markUp = (el: Element, set: Set<Element>): void => {
    for (let a: Element | null = el; a && !set.has(a); a = a.parentElement) {
      set.add(a);
      if (stops.has(a)) break;
    }
  };
  for (const el of content) markUp(el, hasKept);
  for (const el of dropped) markUp(el, hasDropped);

  const keep: Element[] = [];
  const hideInside: Element[] = [];
  /** Inside a kept element: hide the dropped subtrees and the ones with no kept content. */
  const hideDropped = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (dropped.has(c)) hideInside.push(c);
      else if (hasDropped.has(c)) {
        if (hasKept.has(c) || content.has(c)) hideDropped(c);
        else hideInside.push(c);
      }
    }
  };
  const visit = (el: Element): void => {
    if (dropped.has(el) || !hasKept.has(el)) return;
    if (content.has(el) || !hasDropped.has(el)) {
      keep.push(el);
      hideDropped(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  for (const p of parts) visit(p);
  return { keep, hideInside };
}

/**
 * The text the view leaves visible in `keep` (minus `hide`), in document
 * order: block elements and <br> break lines, whitespace is folded, empty
 * lines dropped.
 */
export function visibleTextOf(keep: readonly Element[], hide: ReadonlySet<Element>): string {
  const out: string[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        out.push((c as Text).data);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      const tag = e.localName;
      if (hide.has(e) || NON_TEXT_TAGS.has(tag)) continue;
      if (tag === 'br') {
        out.push('\n');
        continue;
      }
      // The cells of a table row share its line.
      const cell = tag === 'td' || tag === 'th';
      const block = !cell && BLOCK_TAGS.has(tag);
      out.push(block ? '\n' : cell ? ' ' : '');
      walk(e);
      out.push(block ? '\n' : cell ? ' ' : '');
    }
  };
  for (const k of keep) {
    if (hide.has(k)) continue;
    out.push('\n');
    walk(k);
    out.push('\n');
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[\s\u200b]+/gu, ' ').trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l))
    .join('\n');
}

/**
 * What the view hides outside the article: the outermost elements of the
 * body that hold no kept element and are inside none (the page's navigation,
 * sidebars, footers, …). The ancestors of kept elements stay, their own loose
 * text hidden by the view's stylesheet (visibility), so that what shows is
 * `keep` minus `hideInside`, exactly.
 */
export function hideOutside(body: Element, keep: readonly Element[]): Element[] {
  const path = new Set<Element>();
  const kept = new Set(keep);
  for (const k of keep) for (let a = k.parentElement; a && !path.has(a); a = a.parentElement) path.add(a);
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (kept.has(c)) continue;
      if (path.has(c)) visit(c);
      else if (!NON_TEXT_TAGS.has(c.localName)) out.push(c);
    }
  };
  if (!kept.has(body)) visit(body);
  return out;
}
