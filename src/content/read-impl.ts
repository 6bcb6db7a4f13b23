// The reading view's side, wired to the extension: the reader's settings
// (storage.sync, validated by shared/settings.ts), the UI strings (i18n), the
// toolbar, the date and dateline above the body and the quotes (the same
// core/ functions the popup runs, on the same snapshot), Escape, and the
// messages from our popup and background (sender checked).

import { findDateline } from '../core/dateline/index.ts';
import { pageLang } from '../core/page-lang.ts';
import { resolvePublished } from '../core/published.ts';
import { findQuotes } from '../core/quotes/index.ts';
import { snapshot } from '../core/snapshot.ts';
import type { PageSnapshot } from '../core/types.ts';
import { formatPublished, shownDate } from '../popup/format.ts';
import { isOwnExtensionSender, parseToReadSide, type ReaderState, type SenderLike } from '../shared/messages.ts';
import {
  parseReaderPrefs,
  parseReaderSettings,
  parseReaderSite,
  READER_KEY,
  READER_SITE_PREFIX,
  readerSiteItemKey,
  readerTypeFor,
  siteKey,
  type ReaderSite,
  type ReaderSettings,
  type ReaderType,
} from '../shared/settings.ts';
import { findTextRange } from './highlight.ts';
import { ReaderBar, type BarState } from './read-bar.ts';
import type { ReadSide } from './read-side.ts';
import { READ_ATTR } from './read-style.ts';
import { BASES, resolveType, withChange, type ResolvedType } from './read-type.ts';
import { ReadingView } from './read-view.ts';

type Listener = (msg: unknown, sender: SenderLike, sendResponse: (r: unknown) => void) => boolean | undefined;

/** The extension APIs the reading view uses (content scripts have them all), without the polyfill. */
export interface ReadExtApi {
  runtime: { id: string; getURL(path: string): string; onMessage: { addListener(fn: Listener): void } };
  storage: {
    sync: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    onChanged: { addListener(fn: (changes: Record<string, unknown>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, subs?: string | string[]): string; getUILanguage(): string };
}

export function readExtApi(): ReadExtApi {
  const g = globalThis as { browser?: ReadExtApi; chrome?: ReadExtApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Clearline: no extension API in this context');
  return api;
}

/** Bidi isolates around each part: a date in the UI's script beside a place in the page's. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

/** The line above the body: the date and the dateline as the popup states them. */
export function factsLine(
  snap: PageSnapshot,
  uiLang: string,
  t: (key: string, subs?: string | string[]) => string,
): string | null {
  const parts: string[] = [];
  try {
    const published = resolvePublished(snap.dateEvidence, snap.lang);
    const shown = published ? formatPublished(published, uiLang) : null;
    if (shown) parts.push(shownDate(shown, t));
  } catch {
    // no date: the dateline alone
  }
  try {
    const dl = findDateline(snap.paragraphs, snap.lang);
    if (dl?.place) parts.push(dl.place);
    if (dl?.agency) parts.push(dl.agency);
  } catch {
    // no dateline
  }
  return parts.length ? parts.map(isolate).join(' · ') : null;
}

/** JSON with sorted keys: storage hands objects back with their keys in its own order. */
function stableJson(v: unknown): string {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return JSON.stringify(v) ?? 'undefined';
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

const EDITABLE = new Set(['input', 'textarea', 'select']);

export function createReadSide(doc: Document, currentUrl: () => string, api: ReadExtApi): ReadSide {
  const win = doc.defaultView;
  const view = new ReadingView(doc);
  const t = (key: string, subs?: string | string[]): string => api.i18n.getMessage(key, subs) || key;
  const uiLang = api.i18n.getUILanguage() || 'en';
  const uiDir = api.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  let settings: ReaderSettings = { reader: {}, readerSites: {} };
  let bar: ReaderBar | null = null;
  let snap: PageSnapshot | null = null;
  let lang: string | null = null;
  let found = true;
  let quotesOn = false;
  let url = currentUrl();

  const dark = (): boolean => win?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const state = (): ReaderState => ({ reader: true, on: view.on, found, quotes: view.on && quotesOn });
  const loadSettings = async (): Promise<void> => {
    try {
      settings = parseReaderSettings(await api.storage.sync.get(null));
    } catch {
      // keep what we had
    }
  };
  // Our own writes come back through storage.onChanged, possibly after later clicks: those echoes are ignored.
  const ownWrites = new Map<string, Array<{ json: string; at: number }>>();
  const save = (items: Record<string, unknown>): void => {
    const now = Date.now();
    for (const [k, v] of Object.entries(items)) {
      const list = (ownWrites.get(k) ?? []).filter((w) => now - w.at < 10_000);
      list.push({ json: stableJson(v), at: now });
      ownWrites.set(k, list);
    }
    void api.storage.sync.set(items).catch(() => {});
  };
  const isEcho = (key: string, value: unknown): boolean =>
    value !== undefined && (ownWrites.get(key) ?? []).some((w) => w.json === stableJson(value));
  /** Another tab or the options page changed the reading view's settings: take the new values as they are. */
  const takeChanges = (changes: Record<string, unknown>): boolean => {
    let changed = false;
    for (const [key, c] of Object.entries(changes)) {
      const value = (c as { newValue?: unknown } | null)?.newValue;
      if (isEcho(key, value)) continue;
      if (key === READER_KEY) {
        settings.reader = parseReaderPrefs(value);
        changed = true;
      } else if (key.startsWith(READER_SITE_PREFIX)) {
        const host = siteKey(key.slice(READER_SITE_PREFIX.length));
        if (!host) continue;
        const site = parseReaderSite(value);
        if (Object.keys(site).length) settings.readerSites[host] = site;
        else delete settings.readerSites[host];
        changed = true;
      }
    }
    return changed;
  };

  const type = (): ResolvedType => resolveType(readerTypeFor(settings, url).type, lang, dark());
  const barState = (ty: ResolvedType): BarState => ({
    type: ty,
    quotes: quotesOn,
    canHighlight: view.canHighlight(),
    host: siteKey(url),
    siteOnly: readerTypeFor(settings, url).site !== null,
  });
  const apply = (): void => {
    if (!view.on) return;
    const ty = type();
    view.applyType(ty);
    bar?.update(barState(ty));
  };

  /** The quotes the popup lists, marked where they are in the article. */
  const markQuotes = (): void => {
    const info = view.info;
    if (!quotesOn || !snap || !info) {
      view.highlight([]);
      return;
    }
    const ranges: Range[] = [];
    try {
      const quotes = findQuotes({
        paragraphs: snap.paragraphs,
        headline: snap.headline,
        standfirst: snap.standfirst,
        lang: snap.lang,
      });
      for (const q of quotes) {
        const el =
          q.paragraph === -1 ? info.headline : q.paragraph === -2 ? info.standfirst : info.paragraphs[q.paragraph];
        const range = el ? findTextRange(el, q.text) : null;
        if (range) ranges.push(range);
      }
    } catch {
      // no quotes marked
    }
    view.highlight(ranges);
  };

  /** Where the type of this page is kept: its site's entry ("this site only"), else the global one. */
  const change = (patch: ReaderType): void => {
    const site = readerTypeFor(settings, url).site;
    if (site) {
      const entry: ReaderSite = { ...settings.readerSites[site], ...patch };
      settings.readerSites[site] = entry;
      save({ [readerSiteItemKey(site)]: entry });
    } else {
      settings.reader = withChange(settings.reader, patch);
      save({ [READER_KEY]: settings.reader });
    }
    apply();
  };
  /** The type in effect, written out in full (so a site's own entry has every field). */
  const explicit = (ty: ResolvedType): ReaderType => ({
    font: ty.font,
    theme: ty.theme,
    size: ty.sizePct,
    lineHeight: ty.lineHeightPct,
    width: ty.widthEm,
  });
  const setSiteOnly = (on: boolean): void => {
    const ruling = readerTypeFor(settings, url).site;
    const host = on ? siteKey(url) : ruling;
    if (!host) return;
    const entry: ReaderSite = on
      ? { ...settings.readerSites[host], ...explicit(type()) }
      : { ...(settings.readerSites[host]?.always !== undefined ? { always: settings.readerSites[host]?.always } : {}) };
    settings.readerSites[host] = entry;
    if (Object.keys(entry).length) save({ [readerSiteItemKey(host)]: entry });
    else {
      delete settings.readerSites[host];
      ownWrites.set(readerSiteItemKey(host), []);
      void api.storage.sync.remove(readerSiteItemKey(host)).catch(() => {});
    }
    apply();
  };
  const reset = (): void => {
    const site = readerTypeFor(settings, url).site;
    if (site) {
      // This site keeps a type of its own: the defaults, still its own.
      const base = BASES[resolveType({}, lang, false).script];
      change({ font: base.font, theme: 'auto', size: 100, lineHeight: 100, width: base.width });
      return;
    }
    settings.reader = settings.reader.quotes === undefined ? {} : { quotes: settings.reader.quotes };
    save({ [READER_KEY]: settings.reader });
    apply();
  };
  const setQuotes = (on: boolean): void => {
    quotesOn = on;
    settings.reader = { ...settings.reader, quotes: on };
    save({ [READER_KEY]: settings.reader });
    markQuotes();
    bar?.update(barState(type()));
  };

  /** A short notice in the page (the keyboard command found no article). */
  const notice = (text: string): void => {
    const host = doc.createElement('div');
    host.setAttribute(READ_ATTR, 'notice');
    host.setAttribute('dir', uiDir);
    host.setAttribute('lang', uiLang);
    host.setAttribute('role', 'status');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent =
      ':host{all:initial;position:fixed;z-index:2147483647;inset-block-start:1rem;inset-inline-end:1rem}' +
      'p{margin:0;padding:.6rem .9rem;border-radius:.5rem;background:#222;color:#fff;' +
      "font:14px/1.4 system-ui,-apple-system,'Segoe UI','Noto Sans','DejaVu Sans',sans-serif;box-shadow:0 2px 10px rgba(0,0,0,.3)}";
    const p = doc.createElement('p');
    p.textContent = text;
    root.append(style, p);
    doc.documentElement.append(host);
    setTimeout(() => host.remove(), 3500);
  };

  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !view.on || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const inBar = bar !== null && e.composedPath().includes(bar.host);
    if (bar?.panelOpen) {
      bar.setOpen(false);
      if (inBar) bar.focusTypeButton();
      return;
    }
    // Escape first dismisses a quote's highlight (content/highlight.ts), and never leaves a field being edited.
    if (doc.querySelector('[data-clearline-highlight]')) return;
    const target = e.target as HTMLElement | null;
    if (!inBar && target && (EDITABLE.has(target.localName) || target.isContentEditable)) return;
    close();
  };

  async function open(auto: boolean): Promise<ReaderState> {
    if (view.on) return state();
    url = currentUrl();
    await loadSettings();
    if (view.on) return state();
    const readable = view.find(url);
    found = readable !== null;
    const info = view.info;
    if (!readable || !info) {
      if (!auto) notice(t('readerNoArticle'));
      return state();
    }
    try {
      snap = snapshot(doc, info, url);
    } catch {
      snap = null;
    }
    lang = snap?.lang ?? pageLang(doc, readable.text.slice(0, 3000));
    quotesOn = settings.reader.quotes ?? false;
    const ty = type();
    bar = new ReaderBar(doc, t, uiDir, uiLang, barState(ty), {
      close: () => void close(),
      change,
      setQuotes,
      setSiteOnly,
      reset,
    });
    if (!view.enter(ty, readable, bar.host, snap ? factsLine(snap, uiLang, t) : null)) {
      bar.destroy();
      bar = null;
      return state();
    }
    markQuotes();
    doc.addEventListener('keydown', onKey, true);
    return state();
  }

  function close(): ReaderState {
    doc.removeEventListener('keydown', onKey, true);
    view.exit();
    bar?.destroy();
    bar = null;
    return state();
  }

  const side: ReadSide = {
    open,
    close,
    toggle: () => (view.on ? Promise.resolve(close()) : open(false)),
    state,
  };

  // The page's dark mode and other tabs' changes to the settings apply at once.
  win?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', apply);
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !view.on || !takeChanges(changes)) return;
    quotesOn = settings.reader.quotes ?? false;
    markQuotes();
    apply();
  });
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Only our own pages (popup, background); Firefox adds `tab` for a page of ours open in a tab.
    const own = api.runtime.getURL('');
    const fromOurPage = typeof sender.url === 'string' && sender.url.startsWith(own);
    if (!fromOurPage || !isOwnExtensionSender(sender, api.runtime.id, own)) return undefined;
    const m = parseToReadSide(msg);
    if (!m) return undefined;
    const reply =
      m.type === 'reader-state'
        ? Promise.resolve(state())
        : m.type === 'reader-close'
          ? Promise.resolve(close())
          : m.type === 'reader-open'
            ? open(m.auto)
            : side.toggle();
    reply.then(sendResponse, () => sendResponse(state()));
    return true;
  });
  return side;
}
