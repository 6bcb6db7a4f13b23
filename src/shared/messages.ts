// Messages between the extension's parts, one union per direction (named
// FROM-to-TO), each validated at the boundary: anything that does not match
// is ignored. Senders are checked by the receivers (see isOwnExtensionSender).

import { isClutterKind } from '../core/kinds.ts';
import type { ClutterKind, Detection, PageSnapshot, ReportClutter } from '../core/types.ts';
import { parseSiteStyle, type SiteStyle } from './site-styles.ts';

/** The content script's own record of its load-path cost (exposed to the extension only). */
export interface LoadTimings {
  detectMs: number;
  clutterMs: number;
  hideMs: number;
  /** detect + article + clutter + hide, as run on load: the page's own work (0 when nothing ran). */
  loadPathMs: number;
  /** How long the load path waited for the clean side to be injected (browser work, not the page's). */
  cleanSideWaitMs: number;
  /** CPU spent by the late-widget observer so far. */
  observerMs: number;
  /** The longest stretch the sliced load path ran without giving the page the main thread. */
  longestSliceMs?: number;
  /** How many stretches (tasks) the sliced load path took. */
  slices?: number;
  /** Learning the site's stylesheet from this page, after hiding. */
  learnMs?: number;
  /** Rules of the site's stylesheet put in at document start (0: none). */
  siteStyleRules?: number;
  /** When (performance.now(), the page's clock) the site's stylesheet went in, and the document was parsed. */
  siteStyleAt?: number;
  parsedAt?: number;
  /** When the document-start script ran, and when it had read the site's entry. */
  earlyAt?: number;
  readAt?: number;
  /** When detection answered, the clean side was there, and the load path's hiding was done. */
  detectedAt?: number;
  sideAt?: number;
  hiddenAt?: number;
}

/** The timings of a content script that has done nothing yet. */
export function initialTimings(): LoadTimings {
  return {
    detectMs: 0,
    clutterMs: 0,
    hideMs: 0,
    loadPathMs: 0,
    cleanSideWaitMs: 0,
    observerMs: 0,
    longestSliceMs: 0,
    slices: 0,
    siteStyleRules: 0,
  };
}

/** What the content script reports about its tab. */
export interface ContentState {
  url: string;
  title: string;
  detection: Detection;
  /** True while clutter is hidden on the page. */
  cleaned: boolean;
  /** Everything found (hidden or not), with the kinds currently hidden in `hiddenKinds`. */
  found: ReportClutter[];
  hiddenKinds: ClutterKind[];
  /** How many widgets of each kind are hidden right now. */
  hiddenByKind: Partial<Record<ClutterKind, number>>;
  timings: LoadTimings;
  /** True while the load path is still waiting for the clean side. */
  loading?: boolean;
  /** Only when asked for (`withSnapshot`): the text side's input. */
  snapshot?: PageSnapshot;
  /** Set when part of the analysis failed; the rest of the state is still valid. */
  error?: string;
}

/** The content script's reply: a state, or an ack for highlight / clear-highlight. */
export type ContentReply = ContentState | { ok: boolean };

/** Narrows a reply to a ContentState (replies cross a process boundary: check). */
export function isContentState(r: unknown): r is ContentState {
  if (!r || typeof r !== 'object') return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.url === 'string' &&
    typeof o.cleaned === 'boolean' &&
    Array.isArray(o.found) &&
    !!o.hiddenByKind &&
    typeof o.hiddenByKind === 'object' &&
    !!o.detection &&
    typeof o.detection === 'object' &&
    typeof o.timings === 'object'
  );
}

export type PopupToContent =
  | { type: 'get-state'; withSnapshot?: boolean }
  | { type: 'clean'; kinds: ClutterKind[] }
  | { type: 'restore' }
  | { type: 'highlight'; paragraph: number; text: string }
  | { type: 'clear-highlight' };

export type ContentToBackground =
  | { type: 'hidden-count'; count: number }
  | { type: 'load-clean-side' }
  /** The sender's site's stylesheet after a cleaned article (null: nothing left to keep). */
  | { type: 'site-style'; style: SiteStyle | null };

export type BackgroundToContent = { type: 'toggle-clean' };

export function parsePopupToContent(m: unknown): PopupToContent | null {
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'get-state':
      return { type: 'get-state', withSnapshot: o.withSnapshot === true };
    case 'clean':
      return Array.isArray(o.kinds) && o.kinds.every(isClutterKind) ? { type: 'clean', kinds: o.kinds } : null;
    case 'restore':
      return { type: 'restore' };
    case 'highlight':
      return Number.isInteger(o.paragraph) && typeof o.text === 'string' && o.text.length <= 100_000
        ? { type: 'highlight', paragraph: o.paragraph as number, text: o.text }
        : null;
    case 'clear-highlight':
      return { type: 'clear-highlight' };
    default:
      return null;
  }
}

export function parseContentToBackground(m: unknown): ContentToBackground | null {
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  if (o.type === 'hidden-count' && Number.isInteger(o.count) && (o.count as number) >= 0) {
    return { type: 'hidden-count', count: o.count as number };
  }
  if (o.type === 'load-clean-side') return { type: 'load-clean-side' };
  if (o.type === 'site-style') {
    if (o.style === null) return { type: 'site-style', style: null };
    const style = parseSiteStyle(o.style);
    return style ? { type: 'site-style', style } : null;
  }
  return null;
}

export function parseBackgroundToContent(m: unknown): BackgroundToContent | null {
  if (!m || typeof m !== 'object') return null;
  return (m as Record<string, unknown>).type === 'toggle-clean' ? { type: 'toggle-clean' } : null;
}

/** Minimal shape of a runtime.MessageSender (keeps this module free of the polyfill). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * True when a message comes from this extension itself: its id matches and,
 * for extension pages, its URL is under this extension's origin. Messages from
 * other extensions or from web pages (externally_connectable is not declared)
 * are rejected.
 */
export function isOwnExtensionSender(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab) return true; // our content script, in a tab
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * True when a message comes from a page of this extension (popup, options,
 * background): its id matches and its URL is under this extension's origin,
 * in a tab or not (Firefox adds `tab` when such a page is open in one, so the
 * URL decides). What the listeners in web pages accept: our content script's
 * and the reading view's side.
 */
export function isOwnPageSender(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

// ── The reading view (content/read*.ts) ─────────────────────────────────────
// The reading view's side is injected into a tab's top frame on demand (by the
// popup, or by the background for the keyboard command and for a site that
// always opens in the reading view) and answers these itself; the content
// script stays silent on them.

/** To the reading view's side, from the popup or the background. */
export type ToReadSide =
  | { type: 'reader-state' }
  | { type: 'reader-toggle' }
  | { type: 'reader-open'; auto: boolean }
  | { type: 'reader-close' };

/** From the content script to the background: this news page's site always opens in the reading view. */
export type ReaderToBackground = { type: 'open-reader' };

/** The reading view's side's answer. */
export interface ReaderState {
  reader: true;
  /** The page is in the reading view. */
  on: boolean;
  /** False when the page has no article the view could show (after an attempt to open it). */
  found: boolean;
  /** The quotes are highlighted in the view. */
  quotes: boolean;
}

export function parseToReadSide(m: unknown): ToReadSide | null {
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'reader-state':
    case 'reader-toggle':
    case 'reader-close':
      return { type: o.type };
    case 'reader-open':
      return { type: 'reader-open', auto: o.auto === true };
    default:
      return null;
  }
}

export function parseReaderToBackground(m: unknown): ReaderToBackground | null {
  return m && typeof m === 'object' && (m as Record<string, unknown>).type === 'open-reader'
    ? { type: 'open-reader' }
    : null;
}

export function isReaderState(r: unknown): r is ReaderState {
  if (!r || typeof r !== 'object') return false;
  const o = r as Record<string, unknown>;
  return (
    o.reader === true && typeof o.on === 'boolean' && typeof o.found === 'boolean' && typeof o.quotes === 'boolean'
  );
}
