// The reading view's rules, as named functions in ordered lists (the
// htmldate / refined-github habit): element rules decide, while the body is
// walked, which elements are furniture (hidden with their subtree) and which
// sit beside the body text (captions, the byline: kept in view, not in the
// text); block rules then judge each block of text. Every rule has a test
// block under its name in tests/unit/reader/reader-rules.test.ts. Class and id
// words are in patterns.ts.

import { hiddenByMarkup, weightedLength } from '../page/blocks.ts';
import {
  BYLINE_WORDS,
  CAPTION_WORDS,
  CHROME_PREFIX,
  CHROME_ROLES,
  CHROME_TAGS,
  CHROME_WORDS,
  EMBED_CLASS,
  EMBED_WORDS,
  GALLERY_WORDS,
  WEAK_CHROME_WORDS,
  PULLQUOTE_WORDS,
  VIEW_STATE_TOKEN,
} from './patterns.ts';
import type { Block } from './types.ts';
import type { Verdict } from './walk.ts';

/** What the element rules know about the page. */
export interface RuleContext {
  /** Widgets core/clutter found (share, comments, related, newsletter), with its rule name. */
  clutter: ReadonlyMap<Element, string>;
  /** The headline and standfirst: the header, not the body. */
  header: ReadonlySet<Element>;
  /** Holds much of the body: no furniture rule may leave it out (a wrapper named "content-sidebar"). */
  holdsBody: (el: Element) => boolean;
  /** The article's headline, when core/article found one. */
  headline: Element | null;
}

const MAX_NAME_MEMO = 4000;
const partsMemo = new Map<string, string[]>();

/** The words of an element's class and id: tokens split at `-`, `_` and camelCase, state tokens left out. */
export function nameParts(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return [];
  const key = `${cls ?? ''}#${id ?? ''}`;
  let parts = partsMemo.get(key);
  if (parts) return parts;
  parts = [];
  for (const token of `${cls ?? ''} ${id ?? ''}`.split(/\s+/u)) {
    if (!token || VIEW_STATE_TOKEN.test(token)) continue;
    for (const p of token.split(/[-_:]+|(?<=\p{Ll})(?=\p{Lu})/u)) if (p) parts.push(p.toLowerCase());
    // A whole token can name the part too ("mostread", "sharebar").
    if (/[-_]/u.test(token)) parts.push(token.toLowerCase().replace(/[-_]+/gu, ''));
  }
  if (partsMemo.size >= MAX_NAME_MEMO) partsMemo.clear();
  partsMemo.set(key, parts);
  return parts;
}

export const named = (el: Element, re: RegExp): boolean => nameParts(el).some((p) => re.test(p));

/** Named as page furniture: a furniture word as a part of its class or id, or opening a compound part. */
export const chromeNamed = (el: Element): boolean =>
  nameParts(el).some((p) => CHROME_WORDS.test(p) || CHROME_PREFIX.test(p));

/** Microdata of the byline and date line. */
const BYLINE_PROPS = /^(?:author|creator|datePublished|dateModified|dateCreated|publisher)$/iu;

/** Folded text length, or Infinity past `max` (a large subtree is never folded). */
function textUpTo(el: Element, max: number): number {
  const t = el.textContent ?? '';
  return t.length > max * 4 ? Infinity : t.replace(/\s+/gu, ' ').trim().length;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TITLE_WORDS = /title|heading|header|headline|label|hed$/iu;

/**
 * A box titled as furniture: its first child is a heading (an <h2>, or an
 * element whose class says title/heading/label) named as furniture
 * ("relatedpoststitle", "most-popular-header") over the rest of the box.
 */
export function titledAsChrome(el: Element): boolean {
  const first = el.firstElementChild;
  if (!first || first === el.lastElementChild) return false;
  if (!HEADINGS.has(first.localName) && !nameParts(first).some((p) => TITLE_WORDS.test(p))) return false;
  if (!chromeNamed(first)) return false;
  const n = textUpTo(first, 80);
  return n > 0 && n <= 80;
}

/** A pull quote set in an <aside>, <figure> or <div>: the view keeps it; its text repeats the body's. */
export function isPullQuote(el: Element): boolean {
  return el.localName !== 'blockquote' && named(el, PULLQUOTE_WORDS);
}

/** Letters of linked text and of all text under `el` (the links counted up to half the text). */
function linkedLetters(el: Element): { linked: number; all: number } {
  const all = (el.textContent ?? '').replace(/\s+/gu, '').length;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && linked <= all / 2; i++)
    linked += (links[i]?.textContent ?? '').replace(/\s+/gu, '').length;
  return { linked, all };
}

/** Prose: a few sentences' worth of text (weighted for CJK), few of its letters in links. */
export function isProse(el: Element): boolean {
  const { linked, all } = linkedLetters(el);
  return weightedLength((el.textContent ?? '').slice(0, 400)) >= 150 && linked < 0.25 * all;
}

/** Little text, or mostly links: what a box of furniture holds. */
function littleOrLinked(el: Element): boolean {
  const { linked, all } = linkedLetters(el);
  return all < 1000 || linked > all / 2;
}

/** An embedded post, or a box named as one or holding one: the story's media. */
export function isEmbed(el: Element): boolean {
  return (
    EMBED_CLASS.test(el.getAttribute('class') ?? '') ||
    named(el, EMBED_WORDS) ||
    el.querySelector('blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed') !== null
  );
}

export interface ElementRule {
  name: string;
  action: 'drop' | 'aside';
  /** Furniture rules yield to `holdsBody`; the others (hidden, header) do not. */
  guarded: boolean;
  test: (el: Element, ctx: RuleContext) => boolean;
}

/** Element rules, in order: the first that matches decides. */
export const ELEMENT_RULES: readonly ElementRule[] = [
  // Hidden by the page's own markup: not visible, so not the article's visible text.
  { name: 'hidden', action: 'drop', guarded: false, test: (el) => hiddenByMarkup(el) },
  // The headline and standfirst are the header, kept above the body.
  { name: 'header', action: 'aside', guarded: false, test: (el, ctx) => ctx.header.has(el) },
  // An <h1> inside the body region is the headline or a page title, not a subheading.
  { name: 'header:h1', action: 'aside', guarded: false, test: (el) => el.localName === 'h1' },
  // Share, comment, related and newsletter widgets that core/clutter found.
  // (An embedded post is media, even where core/clutter takes its box for a share widget.)
  { name: 'clutter', action: 'drop', guarded: true, test: (el, ctx) => ctx.clutter.has(el) && !isEmbed(el) },
  // Pull quotes: kept in view, their text repeats the body's.
  { name: 'pull-quote', action: 'aside', guarded: true, test: (el) => isPullQuote(el) },
  // Navigation, sidebars, footers, forms and controls, by tag; an <aside> of prose is a fact box of the story.
  {
    name: 'chrome:tag',
    action: 'drop',
    guarded: true,
    test: (el) => CHROME_TAGS.has(el.localName) && !(el.localName === 'aside' && isProse(el)),
  },
  // ... and by ARIA role.
  {
    name: 'chrome:role',
    action: 'drop',
    guarded: true,
    test: (el) => CHROME_ROLES.test(el.getAttribute('role') ?? ''),
  },
  // Ads, share and comment widgets, related and most-read lists, newsletter and paywall boxes, by name.
  {
    name: 'chrome:name',
    action: 'drop',
    guarded: true,
    test: (el) => chromeNamed(el) && !isEmbed(el),
  },
  // A box whose title is named as furniture ("related-title" over a list of teasers), however
  // much text it holds: only the headline's own container is spared.
  {
    name: 'chrome:titled',
    action: 'drop',
    guarded: false,
    test: (el, ctx) => titledAsChrome(el) && !isEmbed(el) && !(ctx.headline !== null && el.contains(ctx.headline)),
  },
  // Sidebars, rails and widget boxes, by name, when they hold little text or mostly links.
  {
    name: 'chrome:box',
    action: 'drop',
    guarded: true,
    test: (el) => named(el, WEAK_CHROME_WORDS) && littleOrLinked(el),
  },
  // A figure's text is its caption and credit: kept in view beside the picture, not body text.
  {
    name: 'figure',
    action: 'aside',
    guarded: true,
    test: (el) => el.localName === 'figure' && !isEmbed(el) && !el.querySelector('table, blockquote'),
  },
  // Galleries and slideshows: media of the story; their text is captions, counters and controls.
  { name: 'gallery', action: 'aside', guarded: true, test: (el) => named(el, GALLERY_WORDS) },
  // Captions and picture credits outside <figure>, by name.
  { name: 'caption', action: 'aside', guarded: true, test: (el) => named(el, CAPTION_WORDS) },
  // Byline and date lines inside the body region: the header's, short.
  {
    name: 'byline',
    action: 'aside',
    guarded: true,
    test: (el) =>
      (named(el, BYLINE_WORDS) || BYLINE_PROPS.test(el.getAttribute('itemprop') ?? '')) && textUpTo(el, 200) <= 200,
  },
];

/** The first element rule that matches `el`, or null (walk it). */
export function elementRule(el: Element, ctx: RuleContext): Verdict {
  for (const rule of ELEMENT_RULES) {
    if (!rule.test(el, ctx)) continue;
    // Every later rule is guarded too: an element that holds the body is walked.
    if (rule.guarded && ctx.holdsBody(el)) return null;
    const name = rule.name === 'clutter' ? `clutter:${ctx.clutter.get(el) ?? ''}` : rule.name;
    return { rule: name, action: rule.action };
  }
  return null;
}

/** What the block rules know: the blocks of the region, in document order. */
export interface BlockContext {
  blocks: readonly Block[];
  /** Index of the last block whose container has the body's main signature (-1: none). */
  lastBody: number;
  /** Comment sections of the page (core/clutter's), in document order. */
  comments: readonly Element[];
}

/** The box right before a comment section (empty elements between them skipped): its intro, if any. */
function introOf(section: Element): Element | null {
  for (let p = section.previousElementSibling; p; p = p.previousElementSibling) {
    if (/[\p{L}\p{N}]/u.test(p.textContent ?? '')) return p;
  }
  return null;
}

export interface BlockRule {
  name: string;
  test: (b: Block, ctx: BlockContext) => boolean;
}

/** Share of a block's letters inside links. */
export function linkShare(b: Block): number {
  const n = b.text.replace(/\s+/gu, '').length;
  return n ? b.linkChars / n : 0;
}

/** Ends like a sentence, in any script (Latin, CJK, Arabic ؟, Urdu ۔, Devanagari ।, Ethiopic ።). */
export const SENTENCE_END = /[.!?。！？؟۔।॥።…]["”»’」』)]?$/u;

/** Kinds of blocks that may be short by nature: subheadings, list items, table cells. */
const SHORT_KINDS = new Set(['heading', 'list-item', 'cell', 'pre']);

/** Block rules, in order. */
export const BLOCK_RULES: readonly BlockRule[] = [
  // A line that is mostly a link and not a sentence: "Read more: …", a related headline, a tag.
  { name: 'link-line', test: (b) => linkShare(b) > 0.6 && !SENTENCE_END.test(b.text) },
  // No letter at all outside a table: a counter, a price tick, a page number.
  { name: 'no-letters', test: (b) => b.kind !== 'cell' && !/\p{L}/u.test(b.text) },
  // After the body's last paragraph, in the box right before a comment section (a box apart from
  // the body): the section's own header (a comment policy, "Leave a reply"), whatever it says.
  {
    name: 'comments-intro',
    test: (b, ctx) => {
      const last = ctx.blocks[ctx.lastBody];
      if (!last || b.index <= ctx.lastBody) return false;
      return ctx.comments.some((c) => {
        const intro = introOf(c);
        return intro !== null && intro.contains(b.el) && !intro.contains(last.el);
      });
    },
  },
  // A word or two in a paragraph of its own, no sentence: a label ("Advert", "Close", "Comments").
  {
    name: 'label',
    test: (b) => !SHORT_KINDS.has(b.kind) && weightedLength(b.text) < 20 && !SENTENCE_END.test(b.text),
  },
];

/** The first block rule that drops `b`, or null. */
export function blockRule(b: Block, ctx: BlockContext): string | null {
  for (const rule of BLOCK_RULES) if (rule.test(b, ctx)) return rule.name;
  return null;
}
