// The popup's flow: find the tab, ask its content script for the state (with
// a snapshot), run the text side here, render, and send the user's actions.

import browser from 'webextension-polyfill';
import { findDateline } from '../core/dateline/index.ts';
import { resolvePublished } from '../core/published/index.ts';
import { findQuotes } from '../core/quotes/index.ts';
import { CLUTTER_KINDS, DEFAULT_KINDS } from '../core/kinds.ts';
import { analyzeText, type TextResults } from '../core/report.ts';
import type { ClutterKind, Quote } from '../core/types.ts';
import { applyUiDirection, localizeStatic } from '../shared/i18n.ts';
import {
  isContentState,
  isReaderState,
  type ContentState,
  type PopupToContent,
  type ReaderState,
  type ToReadSide,
} from '../shared/messages.ts';
import {
  autoCleanFor,
  isFrontPageUrl,
  parseReaderSettings,
  parseSettings,
  readerAlwaysFor,
  readerSiteItemKey,
  siteItemKey,
  siteKey,
  type ReaderSettings,
  type Settings,
} from '../shared/settings.ts';
import { downloadText } from '../shared/download.ts';
import { CLEAN_SIDE_SCRIPT, injectScripts, READ_SIDE_SCRIPT, TEXT_SIDE_SCRIPT } from '../shared/side-scripts.ts';
import { renderStatus, renderView } from './render.ts';
import type { PopupActions, PopupView } from './view.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PopupOptions {
  /** Total time to wait for a page that is still loading. */
  waitMs?: number;
  retryMs?: number;
}

/** The tab to ask: ?tabId=N (tests, or a popup opened as a tab), else the active tab. */
async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tabId');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function send(tabId: number, msg: PopupToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg);
}

/**
 * Asks for the state until the content script answers. A tab that is still
 * loading gets time (its content script runs at document_idle); a finished
 * tab that never answers is a page where extensions cannot run.
 */
async function fetchState(
  tabId: number,
  onWaiting: () => void,
  { waitMs = 15_000, retryMs = 400 }: PopupOptions = {},
): Promise<ContentState | null> {
  const end = Date.now() + waitMs;
  let quickRetries = 2; // document_idle can lag "complete" by a moment
  for (;;) {
    try {
      const reply = await send(tabId, { type: 'get-state', withSnapshot: true });
      if (isContentState(reply)) return reply;
    } catch {
      // no receiver (yet)
    }
    let loading = false;
    try {
      loading = (await browser.tabs.get(tabId)).status === 'loading';
    } catch {
      return null; // the tab is gone
    }
    if (Date.now() > end) return null;
    if (loading) onWaiting();
    else if (quickRetries-- <= 0) return null;
    await sleep(retryMs);
  }
}

/**
 * Injects the clean side (article, clutter: for the list of what would be
 * removed) and the text side (snapshot and highlighter) into the tab. Neither
 * is in the content script that runs on every page: the text side loads only
 * when the popup opens, the clean side then or when a news page is cleaned.
 * False when the page refuses scripts (then the popup says so).
 */
function injectSides(tabId: number): Promise<boolean> {
  // A tab that is still loading gets them now, not at document_idle (the popup waits on this).
  return injectScripts(browser.scripting, { tabId }, [CLEAN_SIDE_SCRIPT, TEXT_SIDE_SCRIPT]);
}

/**
 * The reading view in the tab: asked of its side, which is there only once the
 * view was opened in this page (so no answer means off). `inject` first has
 * the side injected (to open or close it).
 */
async function readerRequest(tabId: number, msg: ToReadSide, inject = false): Promise<ReaderState | null> {
  if (inject && !(await injectScripts(browser.scripting, { tabId, frameIds: [0] }, [READ_SIDE_SCRIPT]))) return null;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
    return isReaderState(reply) ? reply : null;
  } catch {
    return null; // no reading view in this page yet
  }
}

function safe<T>(part: () => T, fallback: T): T {
  try {
    return part();
  } catch (e) {
    console.warn('[clearline] text analysis failed', e);
    return fallback;
  }
}

/** The text side, run here on the snapshot; one failing part must not hide the others. */
function runTextSide(state: ContentState): TextResults | null {
  const snap = state.snapshot;
  if (!snap) return null;
  return (
    safe<TextResults | null>(() => analyzeText(snap), null) ?? {
      lang: snap.lang,
      published: safe(() => resolvePublished(snap.dateEvidence, snap.lang), null),
      dateline: safe(() => findDateline(snap.paragraphs, snap.lang), null),
      quotes: safe(
        () =>
          findQuotes({
            paragraphs: snap.paragraphs,
            headline: snap.headline,
            standfirst: snap.standfirst,
            lang: snap.lang,
          }),
        [],
      ),
    }
  );
}

/** Clipboard write in the click's user gesture; falls back to a selected textarea. */
async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    if (doc.defaultView?.navigator.clipboard) return true;
  } catch {
    // refused (no user gesture, or no focus): try the old way
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** The user's settings as storage.sync holds them (the defaults where it cannot be read). */
async function loadSettings(): Promise<{ settings: Settings; reader: ReaderSettings }> {
  const items = ((await browser.storage.sync.get(null).catch(() => ({}))) ?? {}) as Record<string, unknown>;
  let settings: Settings;
  try {
    settings = parseSettings(items);
  } catch {
    settings = parseSettings({});
  }
  return { settings, reader: parseReaderSettings(items) };
}

/** "Always open in the reading view" for a site; the site's entry may hold its own type too: only `always` changes. */
function saveReaderAlways(host: string, on: boolean): void {
  const key = readerSiteItemKey(host);
  void browser.storage.sync
    .get(key)
    .then((got) => {
      const entry = { ...(parseReaderSettings(got as Record<string, unknown>).readerSites[host] ?? {}), always: on };
      return browser.storage.sync.set({ [key]: entry });
    })
    .catch(() => {});
}

/** What the popup's controls do: messages to the tab (its content script, its reading view) and the settings. */
function popupActions(
  doc: Document,
  tabId: number,
  view: PopupView,
  settings: Settings,
  render: () => void,
): PopupActions {
  const kinds = (): ClutterKind[] => (settings.kinds.length ? settings.kinds : [...DEFAULT_KINDS]);
  const update = async (msg: PopupToContent): Promise<void> => {
    const reply = await send(tabId, msg).catch(() => null);
    if (isContentState(reply)) {
      view.state = { ...reply, snapshot: view.state.snapshot };
      render();
    }
  };
  const actions: PopupActions = {
    highlight: (q: Quote) =>
      void send(tabId, { type: 'highlight', paragraph: q.paragraph, text: q.text }).catch(() => {}),
    restore: () => void update({ type: 'restore' }),
    clean: () => void update({ type: 'clean', kinds: kinds() }),
    setAutoClean: (on: boolean) => {
      view.autoClean = on;
      if (view.host) void browser.storage.sync.set({ [siteItemKey(view.host)]: on });
      // Apply it now too: the switch says what the page should look like.
      if (on && !view.state.cleaned && view.state.detection.isNews) void update({ type: 'clean', kinds: kinds() });
      if (!on && view.state.cleaned) void update({ type: 'restore' });
    },
    setKind: (kind: ClutterKind, on: boolean) => {
      // One global setting, as in the options page: the same kinds everywhere.
      settings.kinds = CLUTTER_KINDS.filter((k) => (k === kind ? on : settings.kinds.includes(k)));
      view.kinds = [...settings.kinds];
      void browser.storage.sync.set({ kinds: settings.kinds }).catch(() => {});
      // Apply it now: to a cleaned page, or when the user asks for more to be removed.
      if (view.state.cleaned || on)
        void update(settings.kinds.length ? { type: 'clean', kinds: kinds() } : { type: 'restore' });
    },
    copy: (text: string) => copyText(doc, text),
    download: (name: string, mime: string, text: string) => downloadText(doc, name, mime, text),
    toggleReader: () =>
      void readerRequest(tabId, { type: 'reader-toggle' }, true).then((r) => {
        view.reader = r ?? { reader: true, on: false, found: false, quotes: false };
        render();
      }),
    setReaderAlways: (on: boolean) => {
      view.readerAlways = on;
      if (!view.host) return;
      saveReaderAlways(view.host, on);
      // Apply it now to this page too, when it is an article the setting covers.
      if (on && !view.reader?.on && view.state.detection.isNews && !isFrontPageUrl(view.state.url))
        actions.toggleReader?.();
    },
  };
  return actions;
}

/** Renders again, keeping keyboard focus on the same control (re-rendering replaces the buttons). */
function rerender(doc: Document, main: HTMLElement, view: PopupView, actions: PopupActions): void {
  const focusedId = doc.activeElement?.id;
  renderView(main, view, actions);
  const next =
    (focusedId && doc.getElementById(focusedId)) ||
    (focusedId === 'restore' || focusedId === 'clean-anyway' ? doc.getElementById('clean-again') : null) ||
    (focusedId === 'clean-again' ? doc.getElementById('restore') : null);
  if (next instanceof HTMLElement) next.focus();
}

export async function startPopup(doc: Document = document, opts: PopupOptions = {}): Promise<void> {
  applyUiDirection(doc);
  localizeStatic(doc);
  doc.getElementById('options')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const main = doc.getElementById('main');
  if (!main) return;
  renderStatus(main, 'loading');

  const tabId = await targetTabId(doc.defaultView?.location.search ?? '');
  if (tabId !== null) await injectSides(tabId);
  const state = tabId === null ? null : await fetchState(tabId, () => renderStatus(main, 'waiting'), opts);
  if (tabId === null || !state) {
    renderStatus(main, 'restricted');
    return;
  }
  const { settings, reader } = await loadSettings();
  const view: PopupView = {
    state,
    text: runTextSide(state),
    autoClean: autoCleanFor(settings, state.url),
    host: siteKey(state.url),
    kinds: [...settings.kinds],
    speaker: null,
    reader: await readerRequest(tabId, { type: 'reader-state' }),
    readerAlways: readerAlwaysFor(reader, state.url),
  };
  const render = (): void => rerender(doc, main, view, actions);
  const actions = popupActions(doc, tabId, view, settings, render);
  render();
}
