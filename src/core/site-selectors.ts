// core/site-selectors: what a cleaned page teaches the per-site stylesheet.
//
//   hidden widgets ──► a selector naming each by its own id, classes or
//                      attributes (never by position: div:nth-of-type(2) does
//                      not carry to the site's next article), or by a weak name
//                      of its own inside a named ancestor, checked to match
//                      nothing on this page but hidden widgets
//   stored selectors ──► confirmed (they matched a hidden widget here), or
//                      unsafe (they matched part of this page's article)
//
// Runs in the clean side after hiding, as a step function (core/slice).

import { STATE_TOKEN } from './page/patterns.ts';
import { HIDDEN_ATTR } from './cleanup.ts';
import type { Steps } from './slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind } from './types.ts';

/** A CSS identifier that needs no escaping. */
const IDENT = /^-?[_\p{L}][\p{L}\p{N}_-]*$/u;
/** Prefixes of class names that CSS-in-JS libraries and frameworks generate per build. */
const GENERATED_PREFIX = /^(?:css|sc|jsx|svelte|emotion|styled|ember|ng|astro|_ngcontent)-/iu;
/** Class/id parts that name a place in the layout, not a widget. */
const LAYOUT_PARTS = new Set([
  'row',
  'col',
  'cols',
  'column',
  'columns',
  'container',
  'wrapper',
  'wrap',
  'inner',
  'outer',
  'content',
  'contents',
  'main',
  'article',
  'post',
  'entry',
  'story',
  'section',
  'box',
  'block',
  'blocks',
  'module',
  'clearfix',
  'grid',
  'flex',
  'left',
  'right',
  'top',
  'bottom',
  'center',
  'middle',
  'header',
  'footer',
  'text',
  'body',
  'page',
  'site',
  'layout',
  'item',
  'items',
  'list',
  'group',
  'area',
  'part',
  'panel',
  'region',
  'holder',
  'element',
  'component',
  'widget',
  'default',
  'style',
  'theme',
  'full',
  'width',
  'small',
  'large',
  'mobile',
  'desktop',
  'hidden',
  'visible',
  'active',
  'open',
  'sticky',
  'fixed',
  'show',
  'hide',
  'clear',
  'float',
]);
/** Attributes whose values name a widget (the page's own names for it); never ours (data-clearline-*). */
const NAMING_ATTR = /^(?:data-(?!clearline)[a-z][a-z0-9_-]*|aria-label|role)$/u;
/** Matches of one selector looked at, at most. */
const MAX_MATCHES = 50;

/** A name part that is a word of the page's vocabulary, not a counter, a hash or a layout word. */
function namingPart(p: string): boolean {
  // One digit may stand for a letter ("a2a", Arabizi "tabe3na"); more make a counter or a hash.
  const letters = p.replace(/\d/gu, '');
  if (letters.length < 3 || p.length - letters.length > 1 || LAYOUT_PARTS.has(letters.toLowerCase())) return false;
  // Capitals a letter apart inside one part ("bdVaJa"): a generated hash, not camelCase.
  return !/[a-z][A-Z][a-z]?[A-Z]/u.test(p);
}

/** An id or class token that names a widget: stable across the site's pages. */
export function isNamingToken(t: string): boolean {
  if (t.length < 3 || t.length > 40 || !IDENT.test(t) || /\d{3,}/u.test(t)) return false;
  if (GENERATED_PREFIX.test(t) || STATE_TOKEN.test(t)) return false;
  return t.split(/[-_]+/u).some(namingPart);
}

/** An attribute value safe to write into a selector and stable enough to name a widget. */
function namingValue(v: string): boolean {
  return v.length >= 3 && v.length <= 40 && /^[^"\\\s{}<>]+$/u.test(v) && !/\d{3,}/u.test(v) && /\p{L}{3}/u.test(v);
}

/** Selectors that name `el` by its own id, classes or attributes, most specific names first. */
export function namingSelectors(el: Element): string[] {
  const out: string[] = [];
  const tag = /^[a-z][a-z0-9-]*$/u.test(el.localName) ? el.localName : '';
  const id = el.getAttribute('id');
  if (id && isNamingToken(id)) out.push(`#${id}`);
  const classes = [...new Set((el.getAttribute('class') ?? '').split(/\s+/u).filter(isNamingToken))].slice(0, 4);
  for (const c of classes) out.push(`${tag}.${c}`);
  for (let i = 0; i < classes.length; i++)
    for (let j = i + 1; j < classes.length; j++) out.push(`${tag}.${classes[i]}.${classes[j]}`);
  for (const a of Array.from(el.attributes)) {
    if (NAMING_ATTR.test(a.name) && namingValue(a.value)) out.push(`${tag}[${a.name}="${a.value}"]`);
  }
  if (tag === 'iframe') {
    const host = /^(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})\//iu.exec(el.getAttribute('src') ?? '')?.[1];
    if (host && namingValue(host)) out.push(`iframe[src*="${host.toLowerCase()}"]`);
  }
  if (tag === 'a') {
    // A link names where it goes: a site's profile on a network ("facebook.com/cnnarabic"), a share endpoint.
    const m = /^(?:https?:)?\/\/(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(\/[^/?#"\\\s{}<>]{1,40})?/iu.exec(
      el.getAttribute('href') ?? '',
    );
    const where = m ? `${m[1]}${m[2] ?? '/'}`.toLowerCase() : '';
    if (where && namingValue(where)) out.push(`a[href*="${where}"]`);
  }
  return out;
}

/**
 * The element's own names that are too weak to name a widget alone but do
 * within a named ancestor: a class or id of layout words or of two letters
 * ("td-header-sp-top-widget", "fb"). Never a generated name, a counter or a state.
 */
function weakNames(el: Element, tag: string): string[] {
  const weak = (t: string): boolean =>
    t.length >= 2 &&
    t.length <= 40 &&
    IDENT.test(t) &&
    !/\d{3,}/u.test(t) &&
    !GENERATED_PREFIX.test(t) &&
    !STATE_TOKEN.test(t) &&
    // Capitals a letter apart ("bdVaJa"): a generated hash.
    !/[a-z][A-Z][a-z]?[A-Z]/u.test(t);
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && weak(id)) out.push(`#${id}`);
  for (const c of new Set((el.getAttribute('class') ?? '').split(/\s+/u))) if (c && weak(c)) out.push(`${tag}.${c}`);
  return out.slice(0, 4);
}

/** Ancestors looked at for a named one to anchor a weak name in. */
const CONTEXT_DEPTH = 3;

/**
 * Selectors that name `el` by a weak name of its own inside a named ancestor
 * (`div.top-bar-style-1 > div.td-header-sp-top-widget`, `#sidebar div.fb`):
 * for a widget whose own names are layout words. Never a bare tag, never a position.
 */
export function contextSelectors(el: Element): string[] {
  const tag = /^[a-z][a-z0-9-]*$/u.test(el.localName) ? el.localName : '';
  const own = weakNames(el, tag);
  if (!own.length) return [];
  const out: string[] = [];
  let anc = el.parentElement;
  for (let depth = 0; anc && depth < CONTEXT_DEPTH && anc.localName !== 'html'; depth++, anc = anc.parentElement) {
    const joint = depth === 0 ? ' > ' : ' ';
    for (const a of namingSelectors(anc).slice(0, 3)) for (const o of own) out.push(`${a}${joint}${o}`);
  }
  return out;
}

/** Inside (or being) a widget Clearline hid. */
function inHidden(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.hasAttribute(HIDDEN_ATTR)) return true;
  return false;
}

function matchesOf(doc: Document, sel: string): Element[] | null {
  try {
    return Array.from(doc.querySelectorAll(sel)).slice(0, MAX_MATCHES + 1);
  } catch {
    return null; // a selector this browser does not take
  }
}

export interface SiteLesson {
  /** A selector for each hidden widget that has a naming one (at most `max`). */
  fresh: Array<{ sel: string; kind: ClutterKind }>;
  /** Stored selectors that matched a widget hidden on this page. */
  confirmed: Set<string>;
  /** Stored selectors that matched part of this page's article. */
  unsafe: Set<string>;
}

/**
 * What this cleaned page says: a naming selector for each hidden widget (one
 * that matches nothing here but hidden widgets), and which stored selectors
 * it confirms or refutes. Call after hiding.
 */
export function* learnSiteSelectors(
  doc: Document,
  article: ArticleInfo,
  hidden: readonly ClutterHit[],
  stored: readonly string[],
  max: number,
): Steps<SiteLesson> {
  const lesson: SiteLesson = { fresh: [], confirmed: new Set(), unsafe: new Set() };
  // The article's text (paragraphs, headline, standfirst) and every element holding it or the
  // root: a stored selector that matches one of them, or something inside the text, hides the article.
  const text = new Set<Element>();
  for (const p of [...article.paragraphs, article.headline, article.standfirst]) if (p) text.add(p);
  const guarded = new Set<Element>();
  for (const p of [...text, article.root]) {
    for (let a = p; a && !guarded.has(a); a = a.parentElement) guarded.add(a);
  }
  const inText = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) if (text.has(a)) return true;
    return false;
  };
  for (const sel of stored) {
    yield;
    const matches = matchesOf(doc, sel);
    if (!matches) {
      lesson.unsafe.add(sel);
      continue;
    }
    for (const m of matches) {
      if (guarded.has(m) || inText(m)) {
        lesson.unsafe.add(sel);
        break;
      }
      if (inHidden(m)) lesson.confirmed.add(sel);
    }
  }
  const covered = (el: Element): boolean => {
    for (const s of [...lesson.confirmed, ...lesson.fresh.map((f) => f.sel)]) {
      try {
        if (el.closest(s)) return true;
      } catch {
        // not a selector of ours
      }
    }
    return false;
  };
  /**
   * The first naming selector of `el` that matches nothing on this page but
   * hidden widgets: its own names, else a weak name inside a named ancestor.
   */
  const nameOf = (el: Element): string | null => {
    for (const sel of [...namingSelectors(el), ...contextSelectors(el)]) {
      const matches = matchesOf(doc, sel);
      if (!matches || matches.length > MAX_MATCHES || !matches.includes(el)) continue;
      if (matches.every((m) => inHidden(m) && !guarded.has(m))) return sel;
    }
    return null;
  };
  for (const hit of hidden) {
    if (lesson.fresh.length >= max) break;
    yield;
    const el = hit.element;
    if (!el.isConnected || !el.hasAttribute(HIDDEN_ATTR) || covered(el)) continue;
    // A widget grouped up to a wrapper named only by the layout ("col-sm-6"): the named parts inside it.
    const own = nameOf(el);
    for (const sel of own ? [own] : namedParts(el, nameOf)) {
      if (lesson.fresh.length >= max) break;
      if (!lesson.fresh.some((f) => f.sel === sel)) lesson.fresh.push({ sel, kind: hit.kind });
    }
  }
  return lesson;
}

/** Descendants looked at inside a wrapper, and named parts taken from one. */
const MAX_INSIDE = 40;
const MAX_PARTS = 4;

/** Naming selectors of the outermost named elements inside `wrapper` (breadth first, bounded). */
function namedParts(wrapper: Element, nameOf: (el: Element) => string | null): string[] {
  const out: string[] = [];
  let queue: Element[] = Array.from(wrapper.children);
  let looked = 0;
  for (let depth = 0; depth < 3 && queue.length && out.length < MAX_PARTS; depth++) {
    const next: Element[] = [];
    for (const el of queue) {
      if (++looked > MAX_INSIDE || out.length >= MAX_PARTS) break;
      const sel = nameOf(el);
      if (sel) out.push(sel);
      else next.push(...Array.from(el.children));
    }
    queue = next;
  }
  return out;
}
