// Blocks as a browser lays them out: the inline content of an element between
// its block children is one block (a <p>; the lines of a <div> that holds
// text between <br>s; the text of an <li>). One walk over the body region,
// bounded in depth and in elements; elements a rule leaves out are skipped
// with their subtree and reported.

import { HEADING_TAGS, NON_TEXT_TAGS } from '../dom.ts';
import type { Block, BlockKind, Dropped } from './types.ts';

/** Tags a browser lays out as blocks (a new line before and after). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  ...HEADING_TAGS,
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** The story's media: no text of their own. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'embed',
  'object',
  'canvas',
]);

const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'cell',
  th: 'cell',
  blockquote: 'quote',
  pre: 'pre',
  figcaption: 'caption',
  caption: 'caption',
};

/** Elements walked below the region at most (a 100,000-node page costs like a large normal one). */
const MAX_ELEMENTS = 30000;
/** Nesting walked below the region at most: a hostile page may nest thousands deep. */
const MAX_DEPTH = 200;

/**
 * What a rule says about an element: null to walk it; otherwise the rule's
 * name, and whether the view hides it ('drop') or keeps it beside the body
 * text ('aside': captions, the byline).
 */
export type Verdict = { rule: string; action: 'drop' | 'aside' } | null;
export type SkipRule = (el: Element) => Verdict;

export interface Walked {
  blocks: Block[];
  media: Element[];
  dropped: Dropped[];
  aside: Dropped[];
}

/** Block containers, even when the markup puts them inside an inline element (<a><div>…</div></a>). */
function isBlockLevel(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** The nearest enclosing element that sets the kind of a block (a <p> inside an <li> is a paragraph). */
function kindOf(el: Element): BlockKind {
  return KIND_BY_TAG[el.localName] ?? 'text';
}

interface Run {
  parts: string[];
  linkChars: number;
  /** The children of the container that make up the run (text nodes and inline elements). */
  nodes: Node[];
}

/** Does an inline element hold block elements (markup like <a><div>…</div></a>)? */
function holdsBlocks(el: Element, levels = 3): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isBlockLevel(c)) return true;
    if (levels > 1 && c.firstElementChild && !MEDIA_TAGS.has(c.localName) && holdsBlocks(c, levels - 1)) return true;
  }
  return false;
}

/** One walk: what it has found so far and how many elements it may still look at. */
class BlockWalk {
  readonly out: Walked = { blocks: [], media: [], dropped: [], aside: [] };
  budget = MAX_ELEMENTS;

  constructor(private readonly skip: SkipRule) {}

  /** Ends the run of inline content as one block of `el` (if it holds a letter or digit). */
  private flush(el: Element, run: Run, whole: boolean): void {
    const text = run.parts
      .join('')
      .replace(/[ \t\r\f\v\u00a0\u200b]+/gu, ' ')
      .replace(/ ?\n ?/gu, '\n')
      .trim();
    run.parts = [];
    const linkChars = run.linkChars;
    run.linkChars = 0;
    const nodes = run.nodes;
    run.nodes = [];
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    this.out.blocks.push({ el, kind: kindOf(el), text, linkChars, whole, index: this.out.blocks.length, nodes });
  }

  /** Reports an element a rule leaves out; true when it was one. */
  private skipped(e: Element): boolean {
    const v = this.skip(e);
    if (!v) return false;
    (v.action === 'drop' ? this.out.dropped : this.out.aside).push({ el: e, rule: v.rule });
    return true;
  }

  /** Inline content of `el` into `run` (text nodes, inline elements; a skipped element adds nothing). */
  private inline(el: Element, run: Run, inLink: boolean, depth: number): void {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c as Text).data;
        run.parts.push(t);
        if (inLink) run.linkChars += t.replace(/\s+/gu, '').length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (--this.budget < 0 || depth > MAX_DEPTH) return;
      const tag = e.localName;
      if (NON_TEXT_TAGS.has(tag) || this.skipped(e)) continue;
      if (tag === 'br') {
        run.parts.push('\n');
        continue;
      }
      if (MEDIA_TAGS.has(tag)) {
        this.out.media.push(e);
        continue;
      }
      this.inline(e, run, inLink || tag === 'a', depth + 1);
    }
  }

  /** The blocks of a block container: runs of inline content between its block children, and those children's. */
  container(el: Element, depth: number, inLink: boolean): void {
    const run: Run = { parts: [], linkChars: 0, nodes: [] };
    let blocksInside = false;
    let brs = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c as Text).data;
        if (brs >= 2 && /\S/u.test(t)) {
          // Two line breaks in a row end a paragraph written with <br>s.
          this.flush(el, run, false);
          blocksInside = true;
        }
        if (/\S/u.test(t)) brs = 0;
        run.parts.push(t);
        run.nodes.push(c);
        if (inLink) run.linkChars += t.replace(/\s+/gu, '').length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (--this.budget < 0) break;
      const tag = e.localName;
      if (NON_TEXT_TAGS.has(tag)) continue;
      if (this.skipped(e)) {
        if (isBlockLevel(e)) {
          this.flush(el, run, false);
          blocksInside = true;
        }
        continue;
      }
      if (tag === 'br') {
        brs++;
        run.parts.push('\n');
        continue;
      }
      if (MEDIA_TAGS.has(tag)) {
        this.out.media.push(e);
        continue;
      }
      if (isBlockLevel(e) || holdsBlocks(e)) {
        this.flush(el, run, false);
        blocksInside = true;
        brs = 0;
        if (depth < MAX_DEPTH) this.container(e, depth + 1, inLink || tag === 'a');
        continue;
      }
      // An empty inline element between two <br>s (an ad slot, a tracking tag) does not join the paragraphs.
      const empty = !/\S/u.test(e.textContent ?? '');
      if (brs >= 2 && !empty) {
        this.flush(el, run, false);
        blocksInside = true;
      }
      if (!empty) brs = 0;
      run.nodes.push(e);
      this.inline(e, run, inLink || tag === 'a', depth + 1);
    }
    this.flush(el, run, !blocksInside);
  }
}

/**
 * Walks `root` and returns its blocks in document order. `skip` is asked
 * about every element; text inside <a> counts toward a block's link characters.
 */
export function collectBlocks(root: Element, skip: SkipRule): Walked {
  const walk = new BlockWalk(skip);
  walk.container(root, 0, false);
  return walk.out;
}
