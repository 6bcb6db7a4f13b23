// Text blocks and candidate scoring: the cheap core shared by detect and
// article. Only textContent and attributes are read (no layout), and every
// loop is bounded so a 100,000-node page costs about the same as a normal one.

import { foldedText } from '../dom.ts';
import { runSync, type Steps } from '../slice.ts';
import {
  BODY_WORDS,
  CJK,
  EMBED_CLASS,
  NON_BODY_TAGS,
  STATE_TOKEN,
  WEAK_WIDGET_WORDS,
  WIDGET_WORDS,
} from './patterns.ts';

/** At most this many <p>/<br> elements are looked at while ranking candidates. */
export const MAX_SCAN = 3000;
/** Ancestors checked above a paragraph for widget classes while ranking. */
const ANCESTOR_CHECK = 6;

// foldedText lives in dom.ts (date evidence uses it too); re-exported for the article modules.
export { foldedText };

const CJK_ALL = new RegExp(CJK.source, 'gu');

/** Text length weighted so CJK text counts like alphabetic text of the same meaning. */
export function weightedLength(text: string): number {
  if (text.length === 0) return 0;
  // Sample a few characters instead of scanning the whole text.
  const sample = text.slice(0, 40);
  // One global match over the sample, not a regex call per character.
  CJK_ALL.lastIndex = 0;
  let cjk = 0;
  while (CJK_ALL.test(sample)) cjk++;
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

/** 2: a strong widget word, 1: only weak ones, 0: none, in the class/id tokens. */
export function widgetWordLevel(ci: string): 0 | 1 | 2 {
  if (!ci || BODY_WORDS.test(ci)) return 0;
  let level: 0 | 1 | 2 = 0;
  for (const token of ci.split(/\s+/u)) {
    if (!token || STATE_TOKEN.test(token)) continue;
    for (const part of token.split(/[-_]+/u)) {
      if (WIDGET_WORDS.test(part)) return 2;
      if (WEAK_WIDGET_WORDS.test(part)) level = 1;
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
 * already falls short, so nothing is trimmed (scanPage asks this of every <div>).
 */
export function ownTextLength(el: Element, atLeast = Infinity): number {
  let raw = 0;
  if (atLeast !== Infinity) {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) raw += (c.nodeValue ?? '').length;
    if (raw < atLeast) return raw;
  }
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
  }
  return n;
}

export interface Candidate {
  el: Element;
  score: number;
  /** Qualified blocks at most three levels below this element, and their weighted characters. */
  paragraphs: number;
  chars: number;
}

export interface Ranking {
  /** Best container of body text, or null when the page has none. */
  top: Candidate | null;
  /** Qualified paragraphs on the whole page and their weighted characters. */
  paragraphs: number;
  chars: number;
}

/** What one bounded walk over the body collects for detect and article. */
export interface PageScan {
  /** <p> elements, and elements holding 60+ characters of text directly (<div> with or without <br>). */
  blocks: Element[];
  /** The first links of the page. */
  links: Element[];
  h1s: Element[];
  /** The first <h2>s: some sites set the headline in an <h2>. */
  h2s: Element[];
  /** Elements by itemprop value (articleBody, headline, author, datePublished), first few each. */
  itemprops: Map<string, Element[]>;
  /** An element typed schema.org NewsArticle (microdata). */
  newsItemtype: boolean;
  /** Elements that look like bylines: rel=author, or class naming byline/author. */
  bylines: Element[];
  /** True when the walk stopped at its budget (huge page). */
  truncated: boolean;
  /** Candidate ranking, computed once per scan (detect and article share it). */
  ranking?: Ranking;
}

/** Elements visited at most by one scan: a 100,000-node page costs as much as a large normal one. */
export const MAX_WALK = 30000;
const MAX_LINKS = 800;
/** Elements walked between two pauses of a sliced scan. */
const WALK_STRIDE = 512;
/** Elements whose microdata the scan has never read (links are collected, not inspected). */
const SKIP_PROPS = new Set(['a', 'script', 'style', 'svg', 'noscript']);
const ITEMPROPS = /^(?:articlebody|headline|author|datepublished|description)$/u;

/** The microdata detection and article finding read (articleBody, headline, author, datePublished; NewsArticle). */
export interface Microdata {
  itemprops: Map<string, Element[]>;
  newsItemtype: boolean;
}

/**
 * Microdata through native attribute queries: few elements carry it, so no
 * walk reads it from all. Cheap enough to run before deciding whether the
 * page is worth walking at all (see detectOnLoad in detect.ts).
 */
export function scanMicrodata(doc: Document): Microdata {
  return runSync(scanMicrodataSteps(doc));
}

/** scanMicrodata as a step function (core/slice): pauses every WALK_STRIDE elements read. */
export function* scanMicrodataSteps(doc: Document): Steps<Microdata> {
  const micro: Microdata = { itemprops: new Map(), newsItemtype: false };
  const body = doc.body;
  if (!body) return micro;
  const props = body.querySelectorAll('[itemprop]');
  yield;
  for (let i = 0; i < props.length; i++) {
    if (i % WALK_STRIDE === WALK_STRIDE - 1) yield;
    const el = props[i] as Element;
    if (SKIP_PROPS.has(el.localName)) continue;
    for (const v of (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/u)) {
      if (!ITEMPROPS.test(v)) continue;
      const list = micro.itemprops.get(v) ?? [];
      if (list.length < 5) list.push(el);
      micro.itemprops.set(v, list);
    }
  }
  const typed = body.querySelectorAll('[itemtype]');
  for (let i = 0; i < typed.length && !micro.newsItemtype; i++) {
    if (SKIP_PROPS.has(typed[i]?.localName ?? '')) continue;
    if (/schema\.org\/(?:\w+)?NewsArticle/iu.test(typed[i]?.getAttribute('itemtype') ?? '')) micro.newsItemtype = true;
  }
  return micro;
}

/**
 * One walk over the body's elements (a TreeWalker is the cheapest traversal in
 * every DOM we run in), instead of a dozen attribute selectors.
 */
export function scanPage(doc: Document, micro: Microdata = scanMicrodata(doc)): PageScan {
  return runSync(scanPageSteps(doc, micro));
}

/** scanPage as a step function (core/slice): pauses every WALK_STRIDE elements. */
export function* scanPageSteps(doc: Document, micro: Microdata): Steps<PageScan> {
  const scan: PageScan = {
    blocks: [],
    links: [],
    h1s: [],
    h2s: [],
    itemprops: micro.itemprops,
    newsItemtype: micro.newsItemtype,
    bylines: [],
    truncated: false,
  };
  const body = doc.body;
  if (!body) return scan;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++n > MAX_WALK) {
      scan.truncated = true;
      break;
    }
    if (n % WALK_STRIDE === 0) yield;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'p') {
      if (scan.blocks.length < MAX_SCAN) scan.blocks.push(el);
    } else if (tag === 'a') {
      if (scan.links.length < MAX_LINKS) scan.links.push(el);
      if (scan.bylines.length < 10 && el.getAttribute('rel') === 'author') scan.bylines.push(el);
      continue;
    } else if (tag === 'h1') {
      if (scan.h1s.length < 20) scan.h1s.push(el);
    } else if (tag === 'h2') {
      if (scan.h2s.length < 30) scan.h2s.push(el);
    } else if (tag === 'div' || tag === 'td' || tag === 'section' || tag === 'article' || tag === 'font') {
      if (scan.blocks.length < MAX_SCAN && ownTextLength(el, 60) >= 60) scan.blocks.push(el);
    } else if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'noscript') {
      continue;
    }
    if (scan.bylines.length < 10) {
      const cls = el.getAttribute('class');
      if (cls && /byline|author/iu.test(cls)) scan.bylines.push(el);
    }
  }
  return scan;
}

/**
 * Readability-style candidate scoring, much cheaper: each qualified block
 * credits its parent fully and its grandparent by half; the winner's score is
 * damped by its link density, and the winner climbs to its parent while the
 * parent gathers as much (body split into several containers by ads).
 */
export function rankCandidates(doc: Document, scan: PageScan = scanPage(doc)): Ranking {
  return runSync(rankCandidatesSteps(doc, scan));
}

/** Blocks scored between two pauses of a sliced ranking. */
const RANK_STRIDE = 24;

/** rankCandidates as a step function (core/slice): pauses every RANK_STRIDE blocks and after each damped candidate. */
export function* rankCandidatesSteps(doc: Document, scan: PageScan): Steps<Ranking> {
  if (scan.ranking) return scan.ranking;
  const body = doc.body;
  if (!body) return { top: null, paragraphs: 0, chars: 0 };
  const scores = new Map<Element, Candidate>();
  const credit = (el: Element | null, score: number, chars: number): void => {
    if (!el || el === doc.documentElement) return;
    let c = scores.get(el);
    if (!c) {
      c = { el, score: 0, paragraphs: 0, chars: 0 };
      scores.set(el, c);
    }
    c.score += score;
    c.paragraphs++;
    c.chars += chars;
  };
  let paragraphs = 0;
  let chars = 0;
  const memo: NonBodyMemo = new Map();
  let seen = 0;
  for (const block of scan.blocks) {
    if (++seen % RANK_STRIDE === 0) yield;
    // Fold at most a few thousand characters: a text-holding wrapper may hold the whole page.
    const raw = block.textContent ?? '';
    const text = raw.length > 4000 ? raw.slice(0, 4000).replace(/\s+/gu, ' ').trim() : foldedText(block);
    const len = raw.length > 4000 ? weightedLength(raw) : weightedLength(text);
    if (len < 60) continue;
    if (inNonBody(block, body, ANCESTOR_CHECK, memo)) continue;
    if (linkDensity(block, raw.length > 4000 ? raw.length : text.length, raw.length > 4000) > 0.4) continue;
    paragraphs++;
    chars += len;
    // Commas (any script) mark real sentences rather than teaser fragments.
    const commas = (text.match(/[,،、，;]/gu) ?? []).length;
    const score = 1 + Math.min(len / 100, 3) + Math.min(commas, 3) * 0.3;
    // A text-holding <div> is its own container when it holds several <br> lines.
    const parent = block.localName !== 'p' && block.querySelector('br + br, br ~ br') ? block : block.parentElement;
    credit(parent, score, len);
    credit(parent?.parentElement ?? null, score / 2, len);
    credit(parent?.parentElement?.parentElement ?? null, score / 4, len);
  }
  let best: Candidate | null = null;
  let bestScore = 0;
  // Only the strongest few are damped by link density (it costs a subtree scan).
  const strongest = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, 5);
  for (const c of strongest) {
    yield; // each damping reads a candidate's links: on a page-sized candidate, a few hundred
    const ci = classAndId(c.el);
    const bonus = ci && BODY_WORDS.test(ci) ? 1.25 : 1;
    // Raw lengths: folding the text of a page-sized candidate would be a regex over the whole page.
    const s = c.score * bonus * (1 - Math.min(0.9, linkDensity(c.el, (c.el.textContent ?? '').length, true)));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  // Climb while the parent holds about as much (the body split across sibling containers).
  for (let i = 0; best && i < 3; i++) {
    const parentEl: Element | null = best.el.parentElement;
    const up: Candidate | undefined = parentEl ? scores.get(parentEl) : undefined;
    if (!up || up.score < best.score * 0.9) break;
    best = up;
  }
  scan.ranking = { top: best, paragraphs, chars };
  return scan.ranking;
}
