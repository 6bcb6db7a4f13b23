// The page walk: one bounded walk over the body's elements that collects what
// detection and the article read (text blocks, links, headings, bylines), and
// the microdata read through native queries before it. The load path's only
// walk over the page: a 100,000-node page costs about as much as a normal one.

import { runSync, type Steps } from '../slice.ts';
import { ownTextLength } from './blocks.ts';
import type { Ranking } from './rank.ts';

/** At most this many <p>/<br> elements are collected as text blocks (and ranked). */
export const MAX_BLOCKS = 3000;
/** Elements visited at most by one page walk: a 100,000-node page costs as much as a large normal one. */
export const MAX_PAGE_ELEMENTS = 30000;
/** The page's first links kept by the walk (detection counts no more). */
export const MAX_LINKS = 800;
/** Elements walked between two pauses of a sliced walk. */
const WALK_STRIDE = 512;
/** Elements whose microdata is never read (links are collected, not inspected). */
const SKIP_PROPS = new Set(['a', 'script', 'style', 'svg', 'noscript']);
const ITEMPROPS = /^(?:articlebody|headline|author|datepublished|description)$/u;

/** What one bounded walk over the body collects for detect and article. */
export interface PageWalk {
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
  /** True when the walk stopped at MAX_PAGE_ELEMENTS (huge page). */
  truncated: boolean;
  /** Candidate ranking, computed once per walk (detect and article share it). */
  ranking?: Ranking;
}

/** The microdata detection and article finding read (articleBody, headline, author, datePublished; NewsArticle). */
export interface Microdata {
  itemprops: Map<string, Element[]>;
  newsItemtype: boolean;
}

/**
 * Microdata through native attribute queries: few elements carry it, so no
 * walk reads it from all. Cheap enough to run before deciding whether the
 * page is worth walking at all (see detectOnLoad in core/detect).
 */
export function readMicrodata(doc: Document): Microdata {
  return runSync(readMicrodataSteps(doc));
}

/** readMicrodata as a step function (core/slice): pauses every WALK_STRIDE elements read. */
export function* readMicrodataSteps(doc: Document): Steps<Microdata> {
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
export function walkPage(doc: Document, micro: Microdata = readMicrodata(doc)): PageWalk {
  return runSync(walkPageSteps(doc, micro));
}

/** walkPage as a step function (core/slice): pauses every WALK_STRIDE elements. */
export function* walkPageSteps(doc: Document, micro: Microdata): Steps<PageWalk> {
  const walk: PageWalk = {
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
  if (!body) return walk;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++n > MAX_PAGE_ELEMENTS) {
      walk.truncated = true;
      break;
    }
    if (n % WALK_STRIDE === 0) yield;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'p') {
      if (walk.blocks.length < MAX_BLOCKS) walk.blocks.push(el);
    } else if (tag === 'a') {
      if (walk.links.length < MAX_LINKS) walk.links.push(el);
      if (walk.bylines.length < 10 && el.getAttribute('rel') === 'author') walk.bylines.push(el);
      continue;
    } else if (tag === 'h1') {
      if (walk.h1s.length < 20) walk.h1s.push(el);
    } else if (tag === 'h2') {
      if (walk.h2s.length < 30) walk.h2s.push(el);
    } else if (tag === 'div' || tag === 'td' || tag === 'section' || tag === 'article' || tag === 'font') {
      if (walk.blocks.length < MAX_BLOCKS && ownTextLength(el, 60) >= 60) walk.blocks.push(el);
    } else if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'noscript') {
      continue;
    }
    if (walk.bylines.length < 10) {
      // className is the cheaper read of an HTML element's class (an SVG element's is an object).
      const name = el.className;
      const cls = typeof name === 'string' ? name : el.getAttribute('class');
      if (cls && /byline|author/iu.test(cls)) walk.bylines.push(el);
    }
  }
  return walk;
}
