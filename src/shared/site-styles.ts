// The per-site stylesheet: for each site where Clearline cleaned an article,
// the selectors of the widgets it hid, kept in storage.local and applied by
// the content script at document start on the next visit, before the first
// paint (content/site-style.ts). Pure: format, validation, merging, bounds.
//
// Layout in storage.local, one key per site (the content script reads just its own):
//   "style:<host>": { v: 1, at: <ms of last update>, sels: [{ sel, kind, miss }] }
//
// A selector names a widget by its own classes, id or attributes, in a strict
// grammar (no positions, no pseudo-classes, no selector lists): it is written
// into a stylesheet, so anything else is refused where it is read, where it is
// stored and where it is applied.

import { isClutterKind } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';

export const STYLE_PREFIX = 'style:';
/** Selectors kept per site. */
export const MAX_SITE_SELECTORS = 24;
/** Characters per selector. */
const MAX_SELECTOR_LENGTH = 120;
/** Sites kept; past it the least recently updated go. */
export const MAX_STYLE_SITES = 200;
/** A selector that matched nothing hidden on this many cleaned articles of its site in a row goes. */
export const MAX_MISSES = 3;

export interface LearnedSelector {
  sel: string;
  kind: ClutterKind;
  /** Cleaned articles of the site since it last matched a hidden widget. */
  miss: number;
}

export interface SiteStyle {
  v: 1;
  /** When it was last updated (ms since the epoch): the least recent sites go first. */
  at: number;
  sels: LearnedSelector[];
}

export function styleItemKey(host: string): string {
  return STYLE_PREFIX + host;
}

// The grammar: up to three compounds joined by " " or " > "; each compound is
// an optional tag, then an id, classes and attributes (at least one of them).
const IDENT = '-?[_\\p{L}][\\p{L}\\p{N}_-]*';
const TAG = '[a-z][a-z0-9-]*(?:\\\\:[a-z][a-z0-9-]*)?';
const ATTR = '\\[[a-z][a-z0-9_-]*(?:[\\^*]?="[^"\\\\\\s{}<>]{1,60}")?\\]';
const COMPOUND = `(?:${TAG})?(?:#${IDENT})?(?:\\.${IDENT}){0,3}(?:${ATTR}){0,2}`;
let grammar: { selector: RegExp; namedLast: RegExp } | null = null;

/** The grammar's two patterns, built on first use (a module loaded on every page builds nothing it does not use). */
function patterns(): { selector: RegExp; namedLast: RegExp } {
  grammar ??= {
    selector: new RegExp(`^${COMPOUND}(?:(?: > | )${COMPOUND}){0,2}$`, 'u'),
    // A compound that names something (a bare tag names nothing of a widget's own).
    namedLast: new RegExp(`(?:#${IDENT}|\\.${IDENT}|${ATTR})$`, 'u'),
  };
  return grammar;
}

/** True for a selector in the grammar above, of at most MAX_SELECTOR_LENGTH characters. */
export function isSafeSelector(sel: unknown): sel is string {
  return (
    typeof sel === 'string' &&
    sel.length > 0 &&
    sel.length <= MAX_SELECTOR_LENGTH &&
    patterns().selector.test(sel) &&
    patterns().namedLast.test(sel) &&
    // Each compound that follows a combinator names something too.
    sel.split(/ > | /u).every((part) => part !== '' && /[#.[]/u.test(part))
  );
}

/** Reads a stored entry; anything malformed is dropped, selector by selector. Null when nothing usable is left. */
export function parseSiteStyle(v: unknown): SiteStyle | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || !Array.isArray(o.sels)) return null;
  const at = typeof o.at === 'number' && Number.isFinite(o.at) ? o.at : 0;
  const sels: LearnedSelector[] = [];
  const seen = new Set<string>();
  for (const raw of o.sels as unknown[]) {
    if (sels.length >= MAX_SITE_SELECTORS) break;
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    if (!isSafeSelector(r.sel) || !isClutterKind(r.kind) || seen.has(r.sel)) continue;
    const miss = Number.isInteger(r.miss) && (r.miss as number) >= 0 ? Math.min(r.miss as number, MAX_MISSES) : 0;
    seen.add(r.sel);
    sels.push({ sel: r.sel, kind: r.kind, miss });
  }
  return sels.length ? { v: 1, at, sels } : null;
}

/** The stylesheet for the kinds the user hides: one rule per selector, so one a browser rejects costs only itself. */
export function siteStyleCss(style: SiteStyle, kinds: readonly ClutterKind[]): string {
  return style.sels
    .filter((s) => kinds.includes(s.kind) && isSafeSelector(s.sel))
    .map((s) => `${s.sel}{display:none!important}`)
    .join('\n');
}

/** What one cleaned article of the site says about its selectors. */
export interface PageLesson {
  /** Selectors of the widgets hidden on this page, as the clean side built them. */
  fresh: Array<{ sel: string; kind: ClutterKind }>;
  /** Stored selectors that matched a widget hidden on this page. */
  confirmed: ReadonlySet<string>;
  /** Stored selectors that matched part of this page's article: never applied again. */
  unsafe: ReadonlySet<string>;
}

/**
 * The site's entry after one more cleaned article: confirmed selectors start
 * over, the others age by one and go at MAX_MISSES, unsafe ones go at once,
 * and this page's own selectors are added. Bounded by MAX_SITE_SELECTORS
 * (the least missed, then the newest, stay). Null when nothing is left.
 */
export function mergeSiteStyle(old: SiteStyle | null, lesson: PageLesson, at: number): SiteStyle | null {
  const out = new Map<string, LearnedSelector>();
  for (const f of lesson.fresh) {
    if (!isSafeSelector(f.sel) || lesson.unsafe.has(f.sel) || out.has(f.sel)) continue;
    out.set(f.sel, { sel: f.sel, kind: f.kind, miss: 0 });
  }
  for (const s of old?.sels ?? []) {
    if (out.has(s.sel) || lesson.unsafe.has(s.sel)) continue;
    const miss = lesson.confirmed.has(s.sel) ? 0 : s.miss + 1;
    if (miss >= MAX_MISSES) continue;
    out.set(s.sel, { ...s, miss });
  }
  // Stable sort: fewest misses first; among equals, this page's selectors first (inserted first).
  const sels = [...out.values()].sort((a, b) => a.miss - b.miss).slice(0, MAX_SITE_SELECTORS);
  return sels.length ? { v: 1, at, sels } : null;
}

/** Whether two entries hold the same selectors, kinds and misses (no need to write). */
export function sameSelectors(a: SiteStyle | null, b: SiteStyle | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.sels.length === b.sels.length &&
    a.sels.every((s, i) => {
      const t = b.sels[i];
      return !!t && t.sel === s.sel && t.kind === s.kind && t.miss === s.miss;
    })
  );
}

/**
 * Which stored entries to remove so that at most `max` sites stay: the least
 * recently updated go first. `items` is everything in storage.local.
 */
export function evictedStyleKeys(items: Record<string, unknown>, max = MAX_STYLE_SITES): string[] {
  const entries = Object.entries(items)
    .filter(([k]) => k.startsWith(STYLE_PREFIX))
    .map(([k, v]) => [k, parseSiteStyle(v)?.at ?? -1] as const)
    .sort((a, b) => b[1] - a[1]);
  return entries.slice(max).map(([k]) => k);
}

/** Per site, how many selectors are kept (the options page's list). */
export function keptCounts(items: Record<string, unknown>): Array<{ host: string; count: number }> {
  const out: Array<{ host: string; count: number }> = [];
  for (const [k, v] of Object.entries(items)) {
    if (!k.startsWith(STYLE_PREFIX)) continue;
    const style = parseSiteStyle(v);
    if (style) out.push({ host: k.slice(STYLE_PREFIX.length), count: style.sels.length });
  }
  return out.sort((a, b) => a.host.localeCompare(b.host));
}
