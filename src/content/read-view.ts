// The reading view on the live page, free of extension APIs (testable on a
// fixture). It never removes, moves or rewrites a node of the page: it marks
// the page's own elements with attributes (read-style.ts explains each), adds
// one <style> and its own toolbar host, and gives paragraphs without a `dir`
// attribute dir="auto" (marked, so that restore removes exactly those).
// exit() takes all of that away again, so the page's DOM is as it was, and
// puts the scroll position back.
//
//   enter ─► core/reader.extractReadable ─► keep / hideInside ─► hideOutside
//        ─► marks + dir="auto" + <style> ─► the reader's place kept in view
//   exit  ─► marks, dir, <style>, toolbar out ─► scroll position (and focus) back
//
// The page keeps running: its scripts, other extensions, its URL. Elements it
// appends to <body> while the view is open are hidden (late pop-ups and ads).

import { findArticle } from '../core/article/index.ts';
import { findClutter } from '../core/clutter/index.ts';
import { walkPage } from '../core/page/walk.ts';
import { extractReadable, hideOutside, type ReadableArticle } from '../core/reader/index.ts';
import type { ArticleInfo } from '../core/types.ts';
import {
  DIR_MARK,
  FACTS_ATTR,
  QUOTE_HIGHLIGHT,
  READ_ATTR,
  READ_STYLE_ATTR,
  READING_ATTR,
  readerCss,
  ROLE_ATTR,
} from './read-style.ts';
import type { ResolvedType } from './read-type.ts';

/** Elements that never get dir="auto" (they hold no running text of their own). */
const NO_DIR = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'svg', 'canvas', 'br', 'hr']);

export interface Place {
  el: Element;
  /** Its top edge, px from the top of the viewport. */
  top: number;
}

interface Saved {
  x: number;
  y: number;
  /** Inner scrolling boxes on the article's path, which the view lays out flat. */
  boxes: Array<{ el: Element; top: number; left: number }>;
  focus: Element | null;
}

/** The same block at (nearly) the same height: the reader has not moved. */
function samePlace(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return a === b;
  return a.el === b.el && Math.abs(a.top - b.top) < 4;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

export class ReadingView {
  private article: ArticleInfo | null = null;
  private readable: ReadableArticle | null = null;
  private style: HTMLStyleElement | null = null;
  private saved: Saved | null = null;
  /**
   * The reader's place as the view left it (null: at the top). A reader still
   * there on exit gets the page's exact scroll position back; one who scrolled
   * gets the paragraph they were reading kept in view. (A place, not a scroll
   * offset: the browser's scroll anchoring may move the offset, never the place.)
   */
  private entered: Place | null = null;
  private observer: MutationObserver | null = null;
  private host: Element | null = null;

  constructor(readonly doc: Document) {}

  get on(): boolean {
    return this.readable !== null;
  }

  /** The article as the view keeps it (while it is on). */
  get current(): ReadableArticle | null {
    return this.readable;
  }

  /** core/article's answer the view was built on (for the quotes' paragraphs). */
  get info(): ArticleInfo | null {
    return this.article;
  }

  private get win(): (Window & typeof globalThis) | null {
    return this.doc.defaultView as (Window & typeof globalThis) | null;
  }

  /**
   * Finds the article without changing anything; null when the page has none.
   * (Separate from enter() so that the facts and the type can be worked out
   * from it before the page changes.)
   */
  find(url: string | null): ReadableArticle | null {
    const walk = walkPage(this.doc);
    const info = findArticle(this.doc, walk);
    const clutter = findClutter(this.doc, info);
    const readable = extractReadable(this.doc, url, { walk, article: info, clutter });
    this.article = readable ? info : null;
    return readable;
  }

  /** Turns the page into the reading view. False when the page has no article. */
  enter(
    type: ResolvedType,
    readable: ReadableArticle | null,
    host: Element | null = null,
    facts: string | null = null,
  ): boolean {
    if (this.readable) return true;
    const body = this.doc.body;
    if (!readable || !body) return false;
    const win = this.win;
    const before = win ? this.placeOf(readable) : null;
    this.saved = {
      x: win?.scrollX ?? 0,
      y: win?.scrollY ?? 0,
      boxes: [],
      focus: this.doc.activeElement,
    };
    this.readable = readable;

    const path = new Set<Element>();
    for (const k of readable.keep)
      for (let a = k.parentElement; a && a !== this.doc.documentElement && !path.has(a); a = a.parentElement)
        path.add(a);
    for (const el of path) {
      if (el.scrollTop || el.scrollLeft) this.saved.boxes.push({ el, top: el.scrollTop, left: el.scrollLeft });
      el.setAttribute(READ_ATTR, 'path');
    }
    for (const el of readable.keep) el.setAttribute(READ_ATTR, 'keep');
    for (const el of [...hideOutside(body, readable.keep), ...readable.hideInside]) el.setAttribute(READ_ATTR, 'hide');
    const roles: Array<[Element | null, string]> = [
      [readable.headline, 'headline'],
      [readable.standfirst, 'standfirst'],
      ...readable.byline.map((b): [Element, string] => [b, 'byline']),
      ...readable.aside.map((a): [Element, string] => [a, 'aside']),
    ];
    for (const [el, role] of roles) if (el && !el.hasAttribute(ROLE_ATTR)) el.setAttribute(ROLE_ATTR, role);
    // Each paragraph lays out by its own text's direction, whatever the page's CSS says.
    const dirs = [
      readable.headline,
      readable.standfirst,
      ...readable.byline,
      ...readable.blocks.map((b) => b.el),
      ...readable.aside,
    ];
    for (const el of dirs) {
      if (!el || el.hasAttribute('dir') || NO_DIR.has(el.localName)) continue;
      el.setAttribute('dir', 'auto');
      el.setAttribute(DIR_MARK, '');
    }

    this.style = this.doc.createElement('style');
    this.style.setAttribute(READ_STYLE_ATTR, '');
    (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
    this.applyType(type, false);
    if (host) {
      this.host = host;
      this.doc.documentElement.insertBefore(host, body);
    }
    this.doc.documentElement.setAttribute(READING_ATTR, type.effectiveTheme);
    this.setFacts(facts);
    this.watchBody(body);

    // The focused element may now be hidden: let focus start from the top again.
    const focused = this.doc.activeElement as HTMLElement | null;
    if (focused && focused !== body && focused.getClientRects?.().length === 0) focused.blur?.();
    this.keepPlace(before);
    return true;
  }

  /** Re-sets the type (the toolbar's controls), keeping the reader's place on the page. */
  applyType(type: ResolvedType, keepPlace = true): void {
    if (!this.style) return;
    const place = keepPlace && this.readable ? this.placeOf(this.readable) : null;
    this.style.textContent = readerCss(type);
    if (this.doc.documentElement.hasAttribute(READING_ATTR))
      this.doc.documentElement.setAttribute(READING_ATTR, type.effectiveTheme);
    if (keepPlace) this.keepPlace(place);
  }

  /** Shows the date and dateline above the body (text only: an attribute that CSS shows). */
  setFacts(text: string | null): void {
    const first = this.firstBodyElement();
    for (const el of this.doc.querySelectorAll(`[${FACTS_ATTR}]`)) el.removeAttribute(FACTS_ATTR);
    if (first && text) first.setAttribute(FACTS_ATTR, text);
  }

  /** The element of the first body block (after the headline, standfirst and byline lines). */
  firstBodyElement(): Element | null {
    const r = this.readable;
    if (!r) return null;
    const header = [r.headline, r.standfirst, ...r.byline].filter((e): e is Element => e !== null);
    const hidden = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) if (a.getAttribute(READ_ATTR) === 'hide') return true;
      return false;
    };
    return (
      r.blocks.map((b) => b.el).find((el) => !header.some((h) => h === el || h.contains(el)) && !hidden(el)) ?? null
    );
  }

  /** Marks ranges (quotes) with the CSS Custom Highlight API; false where the browser has none. */
  highlight(ranges: Range[]): boolean {
    const api = this.highlightApi();
    if (!api) return false;
    if (ranges.length) api.registry.set(QUOTE_HIGHLIGHT, new api.Highlight(...ranges));
    else api.registry.delete(QUOTE_HIGHLIGHT);
    return true;
  }

  canHighlight(): boolean {
    return this.highlightApi() !== null;
  }

  private highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
    const w = this.win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor } | null;
    return w?.CSS?.highlights && typeof w.Highlight === 'function'
      ? { registry: w.CSS.highlights, Highlight: w.Highlight }
      : null;
  }

  /** Gives the page back: every mark, dir="auto", the style and the toolbar out; scroll and focus back. */
  exit(): void {
    if (!this.readable) return;
    const win = this.win;
    const place = this.placeOf(this.readable);
    const scrolled = win ? !samePlace(place, this.entered) : false;
    this.observer?.disconnect();
    this.observer = null;
    this.highlight([]);
    for (const el of this.doc.querySelectorAll(`[${DIR_MARK}]`)) {
      el.removeAttribute('dir');
      el.removeAttribute(DIR_MARK);
    }
    for (const attr of [READ_ATTR, ROLE_ATTR, FACTS_ATTR])
      for (const el of this.doc.querySelectorAll(`[${attr}]`)) if (el !== this.host) el.removeAttribute(attr);
    this.host?.remove();
    this.host = null;
    for (const s of this.doc.querySelectorAll(`style[${READ_STYLE_ATTR}]`)) s.remove();
    this.style = null;
    this.doc.documentElement.removeAttribute(READING_ATTR);
    const saved = this.saved;
    this.readable = null;
    this.article = null;
    this.saved = null;
    if (!saved) return;
    for (const b of saved.boxes) {
      b.el.scrollTop = b.top;
      b.el.scrollLeft = b.left;
    }
    // Not scrolled since the view opened: exactly where the page was. Scrolled: the same paragraph in view.
    if (!scrolled || !place) this.scrollTo(saved.x, saved.y);
    else this.keepPlace(place);
    const focus = saved.focus as HTMLElement | null;
    if (focus && focus !== this.doc.body && focus.isConnected && this.doc.activeElement !== focus)
      focus.focus?.({ preventScroll: true });
  }

  /** The first kept block at the top of the viewport, and where it is now (null at the top of the page). */
  placeOf(r: ReadableArticle): Place | null {
    const win = this.win;
    if (!win || win.scrollY < 1) return null;
    const els = [r.headline, ...r.blocks.map((b) => b.el)].filter((e): e is Element => e !== null);
    for (const el of els) {
      const rect = el.getBoundingClientRect();
      if (!rect.width && !rect.height) continue;
      if (rect.bottom > 0) return rect.top < win.innerHeight ? { el, top: rect.top } : null;
    }
    return null;
  }

  /** Scrolls so that `place` is where it was (or to the top when there is none). */
  private keepPlace(place: Place | null): void {
    const win = this.win;
    if (!win) return;
    if (!place || !place.el.isConnected) {
      if (this.readable) this.scrollTo(0, 0);
    } else {
      const now = place.el.getBoundingClientRect().top;
      this.scrollTo(win.scrollX, Math.max(0, win.scrollY + now - place.top));
    }
    if (this.readable) this.entered = this.placeOf(this.readable);
  }

  private scrollTo(x: number, y: number): void {
    try {
      this.win?.scrollTo({ left: x, top: y, behavior: 'instant' });
    } catch {
      // jsdom has no scrolling
    }
  }

  /** Elements the page appends to <body> later (pop-ups, ads) stay out of the view. */
  private watchBody(body: HTMLElement): void {
    const Ctor = (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (!Ctor) return;
    const keep = this.readable?.keep ?? [];
    this.observer = new Ctor((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          const el = n as Element;
          if (!el.hasAttribute(READ_ATTR) && !keep.some((k) => el.contains(k))) el.setAttribute(READ_ATTR, 'hide');
        }
    });
    this.observer.observe(body, { childList: true });
  }
}
