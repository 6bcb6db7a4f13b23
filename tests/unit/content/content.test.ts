// The content script's controller, listener and entry on the Arabic seed page.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import { createCleanSide } from '../../../src/content/clean-impl.ts';
import { CLEAN_SIDE_SLOT, installCleanSide, loadedCleanSide } from '../../../src/content/clean-side.ts';
import { NO_CLEAN_SIDE } from '../../../src/content/clean-loader.ts';
import { ContentController } from '../../../src/content/controller.ts';
import type { ContentExtApi, ContentMessageListener } from '../../../src/content/ext.ts';
import { findTextRange, HIGHLIGHT_ATTR } from '../../../src/content/highlight.ts';
import { createTextSide } from '../../../src/content/text-impl.ts';
import { installTextSide, loadedTextSide, TEXT_SIDE_SLOT, type TextSide } from '../../../src/content/text-side.ts';
import { handleContentMessage, type ListenerDeps } from '../../../src/content/listener.ts';
import { beginEarly } from '../../../src/content/early.ts';
import { startContent } from '../../../src/content/main.ts';
import type { ContentState } from '../../../src/shared/messages.ts';

const SEED = readFileSync(new NodeURL('../../fixtures/seed-ar.html', import.meta.url), 'utf8');
const URL_ = 'https://arabic.example.org/20211028/putin-csto.html';
const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${ORIGIN}src/popup/popup.html` };

/** A parsed page, as the browser hands it over after DOMContentLoaded (readyState "complete"). */
function loadSeed(): Document {
  return new DOMParser().parseFromString(SEED, 'text/html');
}

const clean = createCleanSide();

/** How many widgets the state says are hidden (the sum over kinds). */
const hiddenTotal = (s: ContentState): number => Object.values(s.hiddenByKind).reduce((a, n) => a + (n ?? 0), 0);
const visible = (doc: Document, sel: string): boolean => !doc.querySelector(sel)?.closest(`[${HIDDEN_ATTR}]`);
const bodyText = (doc: Document): string => doc.querySelector('.article__body')?.textContent ?? '';

describe('ContentController on the seed page', () => {
  let doc: Document;
  let counts: number[];
  let c: ContentController;
  beforeEach(() => {
    doc = loadSeed();
    counts = [];
    const side = createTextSide(doc);
    c = new ContentController({
      doc,
      url: URL_,
      onHiddenCount: (n) => counts.push(n),
      textSide: () => side,
      cleanSide: () => clean,
    });
  });
  afterEach(() => c.stop()); // the late-widget watcher's timers

  it("a front page its metadata rules out is not walked on load, and 'clean anyway' still works", async () => {
    // The seed's widgets on a page without article metadata, at a site's root.
    const front = loadSeed();
    for (const el of front.querySelectorAll('meta, script[type="application/ld+json"], link[rel=canonical]'))
      el.remove();
    const side = createTextSide(front);
    const home = new ContentController({
      doc: front,
      url: 'https://arabic.example.org/', // a site's root: no page shape could make it news
      textSide: () => side,
      cleanSide: () => clean,
    });
    await home.runLoadPath(true, ['share', 'comments']);
    const s = home.state();
    expect(s.detection.isNews).toBe(false);
    expect(s.detection.signals).toEqual(expect.arrayContaining(['-url:home', 'metadata-only']));
    expect(s.cleaned).toBe(false);
    // The popup's "clean anyway": the page is walked then, and its widgets are found.
    const after = home.clean(['share', 'comments']);
    home.stop();
    expect(after.cleaned).toBe(true);
    expect(visible(front, '#share-top')).toBe(false);
    expect(visible(front, '#comments')).toBe(false);
  });

  it('detects news, hides share + comments on load, keeps the article text', async () => {
    const before = bodyText(doc);
    await c.runLoadPath(true, ['share', 'comments']);
    const s = c.state();
    expect(s.detection.isNews).toBe(true);
    expect(s.cleaned).toBe(true);
    expect(s.hiddenKinds).toEqual(['share', 'comments']);
    expect(visible(doc, '#share-top')).toBe(false);
    expect(visible(doc, '#comments')).toBe(false);
    expect(visible(doc, '#related')).toBe(true); // opt-in kind
    expect(visible(doc, '.article__body')).toBe(true);
    expect(bodyText(doc)).toBe(before);
    expect(hiddenTotal(s)).toBeGreaterThanOrEqual(2);
    expect(counts.at(-1)).toBe(hiddenTotal(s));
    expect(s.timings.loadPathMs).toBeGreaterThanOrEqual(s.timings.detectMs);
  });

  it('restores exactly and cleans again with other kinds', async () => {
    const pristine = doc.documentElement.outerHTML;
    await c.runLoadPath(true, ['share', 'comments']);
    const r = c.restore();
    expect(r.cleaned).toBe(false);
    expect(hiddenTotal(r)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(pristine);
    expect(counts.at(-1)).toBe(0);
    const again = c.clean(['share', 'comments', 'related']);
    expect(again.cleaned).toBe(true);
    expect(visible(doc, '#related')).toBe(false);
    expect(again.hiddenByKind.related).toBe(1);
  });

  it('leaves the page alone when auto-clean is off, and toggles', async () => {
    await c.runLoadPath(false, ['share', 'comments']);
    expect(c.state().cleaned).toBe(false);
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(c.toggle(['share']).cleaned).toBe(true);
    expect(visible(doc, '#share-top')).toBe(false);
    expect(visible(doc, '#comments')).toBe(true);
    expect(c.toggle(['share']).cleaned).toBe(false);
  });

  it('builds the snapshot for the popup only when asked', async () => {
    await c.runLoadPath(true, ['share', 'comments']);
    expect(c.state().snapshot).toBeUndefined();
    const s = c.state(true);
    expect(s.snapshot?.lang).toBe('ar');
    expect(s.snapshot?.dir).toBe('rtl');
    expect(s.snapshot?.paragraphs.some((p) => p.startsWith('موسكو - سبوتنيك.'))).toBe(true);
  });

  it('has no snapshot (and no highlight) until the popup injects the text side', async () => {
    let side: TextSide | null = null;
    const lazy = new ContentController({ doc, url: URL_, textSide: () => side, cleanSide: () => clean });
    await lazy.runLoadPath(true, ['share', 'comments']);
    expect(lazy.state(true).snapshot).toBeUndefined();
    expect(lazy.highlight(0, 'x')).toBe(false);
    side = createTextSide(doc);
    expect(lazy.state(true).snapshot?.lang).toBe('ar');
    lazy.stop();
  });
});

describe('text side slot', () => {
  it('is empty until installed, and a second injection keeps the first', () => {
    const world = {};
    expect(loadedTextSide(world)).toBeNull();
    const first = createTextSide(document);
    installTextSide(first, world);
    installTextSide(createTextSide(document), world);
    expect(loadedTextSide(world)).toBe(first);
    expect(loadedTextSide({ [TEXT_SIDE_SLOT]: { snapshot: 'not a function' } })).toBeNull();
  });
});

describe('content listener', () => {
  let doc: Document;
  let deps: ListenerDeps;
  beforeEach(async () => {
    doc = loadSeed();
    const side = createTextSide(doc);
    const controller = new ContentController({ doc, url: URL_, textSide: () => side, cleanSide: () => clean });
    await controller.runLoadPath(true, ['share', 'comments']);
    deps = {
      controller,
      ownId: ID,
      ownOrigin: ORIGIN,
      defaultKinds: () => ['share'],
    };
  });
  afterEach(() => deps.controller.stop());

  it('answers our popup', () => {
    const state = handleContentMessage({ type: 'get-state', withSnapshot: true }, POPUP, deps) as ContentState;
    expect(state.cleaned).toBe(true);
    expect(state.snapshot).toBeDefined();
    expect((handleContentMessage({ type: 'restore' }, POPUP, deps) as ContentState).cleaned).toBe(false);
    expect(
      (handleContentMessage({ type: 'clean', kinds: ['comments'] }, POPUP, deps) as ContentState).hiddenKinds,
    ).toEqual(['comments']);
  });

  it('ignores other senders and unknown or malformed messages', () => {
    const foreign = [
      { id: 'other-ext', url: 'chrome-extension://other-ext/popup.html' },
      { id: ID, url: 'https://evil.example/' },
      { id: ID, url: 'https://news.example/', tab: { id: 4 } }, // a content script, not a page of ours
      {},
    ];
    for (const sender of foreign) expect(handleContentMessage({ type: 'restore' }, sender, deps)).toBeUndefined();
    expect(deps.controller.state().cleaned).toBe(true);
    expect(handleContentMessage({ type: 'nope' }, POPUP, deps)).toBeUndefined();
    expect(handleContentMessage({ type: 'clean', kinds: ['everything'] }, POPUP, deps)).toBeUndefined();
  });

  it('accepts our pages opened in a tab (Firefox sets sender.tab for them)', () => {
    const inTab = { ...POPUP, tab: { id: 9 } };
    expect((handleContentMessage({ type: 'get-state' }, inTab, deps) as ContentState).url).toBe(URL_);
  });

  it('toggles on the background command', () => {
    const bg = { id: ID, url: `${ORIGIN}service-worker-loader.js` };
    expect((handleContentMessage({ type: 'toggle-clean' }, bg, deps) as ContentState).cleaned).toBe(false);
    expect((handleContentMessage({ type: 'toggle-clean' }, bg, deps) as ContentState).cleaned).toBe(true);
  });

  it('highlights a quote paragraph and clears it', () => {
    const state = handleContentMessage({ type: 'get-state', withSnapshot: true }, POPUP, deps) as ContentState;
    const idx = state.snapshot?.paragraphs.findIndex((p) => p.includes('أيد الجميع')) ?? -1;
    expect(idx).toBeGreaterThanOrEqual(0);
    expect(handleContentMessage({ type: 'highlight', paragraph: idx, text: 'أيد الجميع' }, POPUP, deps)).toEqual({
      ok: true,
    });
    const marked = doc.querySelector(`[${HIGHLIGHT_ATTR}]`);
    expect(marked?.textContent).toContain('أيد الجميع');
    handleContentMessage({ type: 'clear-highlight' }, POPUP, deps);
    expect(doc.querySelector(`[${HIGHLIGHT_ATTR}]`)).toBeNull();
    expect(doc.getElementById('clearline-highlight-style')).toBeNull();
    expect(handleContentMessage({ type: 'highlight', paragraph: 999, text: 'x' }, POPUP, deps)).toEqual({ ok: false });
  });

  it('lets the reader dismiss a highlight with Escape or a click', () => {
    const state = handleContentMessage({ type: 'get-state', withSnapshot: true }, POPUP, deps) as ContentState;
    const idx = state.snapshot?.paragraphs.findIndex((p) => p.includes('أيد الجميع')) ?? -1;
    handleContentMessage({ type: 'highlight', paragraph: idx, text: 'أيد الجميع' }, POPUP, deps);
    expect(doc.querySelector(`[${HIGHLIGHT_ATTR}]`)).not.toBeNull();
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(doc.querySelector(`[${HIGHLIGHT_ATTR}]`)).toBeNull();
    handleContentMessage({ type: 'highlight', paragraph: idx, text: 'أيد الجميع' }, POPUP, deps);
    doc.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(doc.querySelector(`[${HIGHLIGHT_ATTR}]`)).toBeNull();
  });
});

describe('findTextRange', () => {
  it('maps folded text back across nodes and whitespace', () => {
    const p = document.createElement('p');
    p.append('He said:  "we ', Object.assign(document.createElement('b'), { textContent: 'will\n  win' }), '" today.');
    const r = findTextRange(p, 'we will win');
    expect(r?.toString()).toBe('we will\n  win');
    expect(findTextRange(p, 'absent')).toBeNull();
  });
});

describe('content entry (startContent)', () => {
  function fakeApi(items: Record<string, unknown>, local: Record<string, unknown> = {}) {
    const listeners: ContentMessageListener[] = [];
    const api: ContentExtApi = {
      runtime: {
        id: ID,
        getURL: (p: string) => ORIGIN + p,
        // The background answers a request for the clean side once it has injected it.
        sendMessage: vi.fn(async (msg: unknown) => {
          if ((msg as { type?: string }).type === 'load-clean-side') installCleanSide(createCleanSide(), world);
          return undefined;
        }),
        onMessage: { addListener: (fn) => void listeners.push(fn) },
      },
      storage: { sync: { get: vi.fn(async () => items) }, local: { get: vi.fn(async () => local) } },
    };
    return { api, listeners };
  }
  // The isolated world's global, as the injected script would fill it.
  const world = globalThis;
  /** As the browser runs them: the start script at document start (early.ts), then the content script. */
  const start = (doc: Document, url: string, api: ContentExtApi): Promise<ContentController> =>
    startContent(doc, url, api, undefined, beginEarly(doc, url, api));
  afterEach(() => {
    delete (world as Record<string, unknown>)[CLEAN_SIDE_SLOT];
  });

  it('reads settings, cleans, reports the count and answers through sendResponse', async () => {
    const doc = loadSeed();
    const { api, listeners } = fakeApi({});
    const c = await start(doc, URL_, api);
    c.stop();
    expect(visible(doc, '#comments')).toBe(false);
    // A news page to clean: the clean side was asked for first, then the badge count sent.
    expect(api.runtime.sendMessage).toHaveBeenNthCalledWith(1, { type: 'load-clean-side' });
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'hidden-count', count: expect.any(Number) });
    const t = c.state().timings;
    expect(t.loadPathMs).toBeCloseTo(t.detectMs + t.clutterMs + t.hideMs, 6);
    const respond = vi.fn();
    listeners[0]?.({ type: 'get-state' }, POPUP, respond);
    expect(respond.mock.calls[0]?.[0]).toMatchObject({ cleaned: true, url: URL_ });
    const ignored = vi.fn();
    expect(listeners[0]?.({ type: 'get-state' }, { id: 'x' }, ignored)).toBeUndefined();
    expect(ignored).not.toHaveBeenCalled();
  });

  it('respects a per-site "never clean" rule', async () => {
    const doc = loadSeed();
    const { api } = fakeApi({ 'site:arabic.example.org': false });
    const c = await start(doc, URL_, api);
    c.stop();
    expect(c.state().cleaned).toBe(false);
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    // Nothing to clean: the clean side is never loaded.
    expect(api.runtime.sendMessage).not.toHaveBeenCalledWith({ type: 'load-clean-side' });
    expect(loadedCleanSide(world)).toBeNull();
  });

  it('a page that is not news never loads the clean side', async () => {
    const doc = new DOMParser().parseFromString(
      '<title>Shop</title><nav><a href="/a">A</a></nav><div class="product">Blue shoes, size 42</div>',
      'text/html',
    );
    const { api } = fakeApi({});
    const c = await start(doc, 'https://shop.example/', api);
    c.stop();
    expect(c.state().detection.isNews).toBe(false);
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('says so when the clean side cannot be loaded, keeps the page as it is, and recovers once it is there', async () => {
    const doc = loadSeed();
    const { api } = fakeApi({});
    api.runtime.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    const c = await start(doc, URL_, api);
    c.stop();
    const s = c.state();
    expect(s.cleaned).toBe(false);
    expect(s.loading).toBe(false);
    expect(s.error).toBe(NO_CLEAN_SIDE);
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    // The popup injects it later: the error goes, and clean-up works.
    installCleanSide(createCleanSide(), world);
    const after = c.clean(['share', 'comments']);
    c.stop();
    expect(after.error).toBeUndefined();
    expect(after.cleaned).toBe(true);
    expect(visible(doc, '#comments')).toBe(false);
  });
});
