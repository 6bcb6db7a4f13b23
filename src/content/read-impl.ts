// The reading view's side, wired to the extension: the reader's settings
// (read-settings.ts), the UI strings (i18n), the toolbar (read-bar.ts), the
// date and dateline above the body and the quotes (the same core/ functions
// the popup runs, on the same snapshot), Escape, and the messages from our
// popup and background (sender checked).

import { findDateline } from '../core/dateline/index.ts';
import { pageLang } from '../core/page-lang.ts';
import { resolvePublished } from '../core/published/index.ts';
import { findQuotes } from '../core/quotes/index.ts';
import { factsToShow } from '../core/reader/facts.ts';
import type { ReadableArticle } from '../core/reader/types.ts';
import { snapshot } from '../core/snapshot.ts';
import type { ArticleInfo, Dateline, PageSnapshot, Published } from '../core/types.ts';
import { formatPublished, shownDate } from '../shared/date-display.ts';
import { isOwnPageSender, parseToReadSide, type ReaderState, type SenderLike } from '../shared/messages.ts';
import { siteKey, type ReaderType } from '../shared/settings.ts';
import { findTextRange } from './highlight.ts';
import { ReaderBar, type BarState } from './read-bar.ts';
import { ReadSettings, type SyncArea } from './read-settings.ts';
import type { ReadSide } from './read-side.ts';
import { READ_ATTR } from './read-style.ts';
import { resolveType, type ResolvedType } from './read-type.ts';
import { ReadingView } from './read-view.ts';

type Listener = (msg: unknown, sender: SenderLike, sendResponse: (r: unknown) => void) => boolean | undefined;
type Translate = (key: string, subs?: string | string[]) => string;

/** The extension APIs the reading view uses (content scripts have them all), without the polyfill. */
export interface ReadExtApi {
  runtime: { id: string; getURL(path: string): string; onMessage: { addListener(fn: Listener): void } };
  storage: {
    sync: SyncArea;
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

/** The browser UI's strings, language and direction (the toolbar and notices follow them, not the page). */
interface Ui {
  t: Translate;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Bidi isolates around each part: a date in the UI's script beside a place in the page's. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

/**
 * The line above the body: the date and the dateline as the popup states them, less what the
 * kept header lines or the first paragraph already print (core/reader/facts).
 */
function factsLine(snap: PageSnapshot, readable: ReadableArticle, uiLang: string, t: Translate): string | null {
  let published: Published | null = null;
  let dateline: Dateline | null = null;
  try {
    published = resolvePublished(snap.dateEvidence, snap.lang);
  } catch {
    // no date: the dateline alone
  }
  try {
    dateline = findDateline(snap.paragraphs, snap.lang);
  } catch {
    // no dateline
  }
  const header = readable.byline.map((el) => el.textContent ?? '').join(' ');
  const head = [readable.headline, readable.standfirst, ...readable.byline].filter((e): e is Element => e !== null);
  const first = readable.blocks.find((b) => !head.some((el) => el === b.el || el.contains(b.el)));
  const show = factsToShow(header, first?.el.textContent ?? '', published, dateline);
  const parts: string[] = [];
  const shown = show.date && published ? formatPublished(published, uiLang) : null;
  if (shown) parts.push(shownDate(shown, t));
  if (show.dateline && dateline?.place) parts.push(dateline.place);
  if (show.dateline && dateline?.agency) parts.push(dateline.agency);
  return parts.length ? parts.map(isolate).join(' · ') : null;
}

/** Where the quotes the popup lists are in the article (those it cannot find are left out). */
function quoteRanges(snap: PageSnapshot, info: ArticleInfo): Range[] {
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
  return ranges;
}

/** A short notice in the page, in its own shadow root (the keyboard command found no article). */
function notice(doc: Document, ui: Ui, text: string): void {
  const host = doc.createElement('div');
  host.setAttribute(READ_ATTR, 'notice');
  host.setAttribute('dir', ui.dir);
  host.setAttribute('lang', ui.lang);
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
}

const EDITABLE = new Set(['input', 'textarea', 'select']);

/** The reading view in one page: opened and closed, its type applied, its toolbar's actions. */
class ReadingSide implements ReadSide {
  private readonly view: ReadingView;
  private readonly store: ReadSettings;
  private bar: ReaderBar | null = null;
  private snap: PageSnapshot | null = null;
  private lang: string | null = null;
  private found = true;
  private quotesOn = false;
  private url: string;

  constructor(
    private readonly doc: Document,
    private readonly currentUrl: () => string,
    private readonly ui: Ui,
    sync: SyncArea,
  ) {
    this.view = new ReadingView(doc);
    this.store = new ReadSettings(sync);
    this.url = currentUrl();
  }

  readonly state = (): ReaderState => ({
    reader: true,
    on: this.view.on,
    found: this.found,
    quotes: this.view.on && this.quotesOn,
  });

  readonly toggle = (): Promise<ReaderState> => (this.view.on ? Promise.resolve(this.close()) : this.open(false));

  readonly open = async (auto: boolean): Promise<ReaderState> => {
    const view = this.view;
    if (view.on) return this.state();
    this.url = this.currentUrl();
    await this.store.load();
    if (view.on) return this.state();
    const readable = view.find(this.url);
    this.found = readable !== null;
    const info = view.info;
    if (!readable || !info) {
      if (!auto) notice(this.doc, this.ui, this.ui.t('readerNoArticle'));
      return this.state();
    }
    try {
      this.snap = snapshot(this.doc, info, this.url);
    } catch {
      this.snap = null;
    }
    this.lang = this.snap?.lang ?? pageLang(this.doc, readable.text.slice(0, 3000));
    this.quotesOn = this.store.settings.reader.quotes ?? false;
    const ty = this.type();
    const bar = new ReaderBar(this.doc, this.ui.t, this.ui.dir, this.ui.lang, this.barState(ty), {
      close: () => void this.close(),
      change: (patch) => this.change(patch),
      setQuotes: (on) => this.setQuotes(on),
      setSiteOnly: (on) => this.setSiteOnly(on),
      reset: () => this.reset(),
    });
    this.bar = bar;
    if (
      !view.enter(ty, readable, bar.host, this.snap ? factsLine(this.snap, readable, this.ui.lang, this.ui.t) : null)
    ) {
      bar.destroy();
      this.bar = null;
      return this.state();
    }
    this.markQuotes();
    this.doc.addEventListener('keydown', this.onKey, true);
    return this.state();
  };

  readonly close = (): ReaderState => {
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.view.exit();
    this.bar?.destroy();
    this.bar = null;
    return this.state();
  };

  /** The type in effect and the toolbar again (the page's dark mode, or settings changed). */
  readonly apply = (): void => {
    if (!this.view.on) return;
    const ty = this.type();
    this.view.applyType(ty);
    this.bar?.update(this.barState(ty));
  };

  /** Another tab or the options page changed the settings: the open view follows at once. */
  settingsChanged(changes: Record<string, unknown>): void {
    if (!this.view.on || !this.store.takeChanges(changes)) return;
    this.quotesOn = this.store.settings.reader.quotes ?? false;
    this.markQuotes();
    this.apply();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.view.on || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const bar = this.bar;
    const inBar = bar !== null && e.composedPath().includes(bar.host);
    if (bar?.panelOpen) {
      bar.setOpen(false);
      if (inBar) bar.focusTypeButton();
      return;
    }
    // Escape first dismisses a quote's highlight (content/highlight.ts), and never leaves a field being edited.
    if (this.doc.querySelector('[data-clearline-highlight]')) return;
    const target = e.target as HTMLElement | null;
    if (!inBar && target && (EDITABLE.has(target.localName) || target.isContentEditable)) return;
    this.close();
  };

  private dark(): boolean {
    return this.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  }

  private type(): ResolvedType {
    return resolveType(this.store.typeFor(this.url).type, this.lang, this.dark());
  }

  private barState(ty: ResolvedType): BarState {
    return {
      type: ty,
      quotes: this.quotesOn,
      canHighlight: this.view.canHighlight(),
      host: siteKey(this.url),
      siteOnly: this.store.typeFor(this.url).site !== null,
    };
  }

  /** The quotes the popup lists, marked where they are in the article (when the reader asked for them). */
  private markQuotes(): void {
    const info = this.view.info;
    this.view.highlight(this.quotesOn && this.snap && info ? quoteRanges(this.snap, info) : []);
  }

  private change(patch: ReaderType): void {
    this.store.change(this.url, patch);
    this.apply();
  }

  private setSiteOnly(on: boolean): void {
    this.store.setSiteOnly(this.url, on, this.type());
    this.apply();
  }

  private reset(): void {
    this.store.reset(this.url, this.lang);
    this.apply();
  }

  private setQuotes(on: boolean): void {
    this.quotesOn = on;
    this.store.setQuotes(on);
    this.markQuotes();
    this.bar?.update(this.barState(this.type()));
  }
}

/** Answers our popup's and background's messages (ToReadSide); anything else, or from anyone else, is ignored. */
function listen(api: ReadExtApi, side: ReadSide): void {
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // Only our own pages (popup, background).
    if (!isOwnPageSender(sender, api.runtime.id, api.runtime.getURL(''))) return undefined;
    const m = parseToReadSide(msg);
    if (!m) return undefined;
    const reply =
      m.type === 'reader-state'
        ? Promise.resolve(side.state())
        : m.type === 'reader-close'
          ? Promise.resolve(side.close())
          : m.type === 'reader-open'
            ? side.open(m.auto)
            : side.toggle();
    reply.then(sendResponse, () => sendResponse(side.state()));
    return true;
  });
}

export function createReadSide(doc: Document, currentUrl: () => string, api: ReadExtApi): ReadSide {
  const t: Translate = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const ui: Ui = {
    t,
    lang: api.i18n.getUILanguage() || 'en',
    dir: api.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
  };
  const side = new ReadingSide(doc, currentUrl, ui, api.storage.sync);
  // The page's dark mode and other tabs' changes to the settings apply at once.
  doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', side.apply);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') side.settingsChanged(changes);
  });
  listen(api, side);
  return side;
}
