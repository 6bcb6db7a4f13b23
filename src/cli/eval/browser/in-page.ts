// The browser run's code that runs inside the browser: in the page (what the
// reader can see, judged by the browser's own layout and computed style) and in
// an extension page (the messages the popup sends). Each function is serialized
// by the driver (common/browsers.ts): it must not use anything from outside its body.

/** What the page shows, read in the page itself. */
export interface InPageView {
  /** document.body.innerText: the rendered text (display:none, visibility:hidden and unrendered nodes left out). */
  text: string;
  /** Per selector: true when none of its elements is visible with content. */
  removed: Record<string, boolean>;
  /** Selectors the browser could not use. */
  errors: string[];
}

/**
 * The page's visible text and, for each labelled widget, whether it is gone
 * (LABELS.md: none of the elements its selector matches is visible with text,
 * a link, a button or a frame inside). Visible means what the browser lays out:
 * a text node with a box (client rects) whose element's computed visibility is
 * 'visible'; an interactive element with a box and visibility 'visible'.
 */
export function readPageView(selectors: string[]): InPageView {
  const INTERACTIVE =
    'a, button, iframe, frame, embed, object, input[type="button" i], input[type="submit" i], input[type="image" i]';
  const styleVisible = (el: Element): boolean => getComputedStyle(el).visibility === 'visible';
  const hasBox = (n: Element | Text): boolean => {
    if (n.nodeType === 1) return (n as Element).getClientRects().length > 0;
    const r = document.createRange();
    r.selectNodeContents(n);
    return r.getClientRects().length > 0;
  };
  const visibleWithContent = (el: Element): boolean => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const parent = t.parentElement;
      if (parent && /\S/u.test(t.data) && hasBox(t) && styleVisible(parent)) return true;
    }
    const controls = el.matches(INTERACTIVE)
      ? [el, ...el.querySelectorAll(INTERACTIVE)]
      : el.querySelectorAll(INTERACTIVE);
    for (const c of controls) if (hasBox(c) && styleVisible(c)) return true;
    return false;
  };
  const removed: Record<string, boolean> = {};
  const errors: string[] = [];
  for (const sel of selectors) {
    try {
      removed[sel] = Array.from(document.querySelectorAll(sel)).every((el) => !visibleWithContent(el));
    } catch (e) {
      errors.push(`selector ${sel}: ${String(e)}`);
      removed[sel] = false;
    }
  }
  return { text: document.body?.innerText ?? '', removed, errors };
}

/**
 * The elements clean-up hid (marked with `attr`), each described by its kind,
 * tag, id, first classes and the start of its text: not by its position, which
 * shifts where jsdom's parser (scripting off) builds <noscript> content as
 * elements and the browser's (scripting on) keeps it as text. Runs in the page
 * (no `doc`) and on the jsdom document, so both runs describe elements alike.
 */
export function listHidden(arg: { attr: string }, doc?: Document): string[] {
  const d = doc ?? document;
  return Array.from(d.querySelectorAll(`[${arg.attr}]`)).map((el) => {
    const id = el.getAttribute('id');
    const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/u).filter(Boolean).slice(0, 2);
    // Text nodes only outside script, style, noscript and template (what jsdom's and the browser's parsers agree on).
    const parts: string[] = [];
    const walker = d.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (n) =>
        n.nodeType === 1 && /^(?:script|style|noscript|template)$/u.test((n as Element).localName) ? 2 : 1,
    });
    for (let n = walker.nextNode(); n && parts.join('').length < 200; n = walker.nextNode())
      if (n.nodeType === 3) parts.push((n as Text).data);
    const text = parts.join('').replace(/\s+/gu, ' ').trim().slice(0, 40);
    return `${el.getAttribute(arg.attr) ?? ''} ${el.localName}${id ? `#${id}` : ''}${classes.map((c) => `.${c}`).join('')} «${text}»`;
  });
}

/** The location the tab's document is at now. */
export function pageHref(): string {
  return location.href;
}

// ---- in an extension page: the extension's own messages ----

interface ExtApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(details: object): Promise<unknown[]> };
}

/** The id of the tab whose content script answers for `url` (there is no "tabs" permission to read URLs). */
export async function extFindTab(url: string): Promise<number | null> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = (g.browser ?? g.chrome) as ExtApi;
  for (const t of await api.tabs.query({})) {
    if (t.id === undefined) continue;
    try {
      const r = (await api.tabs.sendMessage(t.id, { type: 'get-state' })) as { url?: unknown } | undefined;
      if (r?.url === url) return t.id;
    } catch {
      // a tab without our content script
    }
  }
  return null;
}

export interface LoadPathAnswer {
  /** The content script's state once its load path is done (detection, and clean-up on news pages). */
  state: unknown;
  /** The last URL the tab's content script answered for, when it never answered for this one. */
  lastUrl: string | null;
}

/**
 * Asks the tab's content script for its state until it answers for `url` with
 * its load path done: the listener is registered just before the load path runs,
 * and a news page's state says `loading` until its clean side is in and has run.
 */
export async function extWaitLoadPath(a: { tabId: number; url: string; timeoutMs: number }): Promise<LoadPathAnswer> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = (g.browser ?? g.chrome) as ExtApi;
  const end = Date.now() + a.timeoutMs;
  let lastUrl: string | null = null;
  while (Date.now() < end) {
    let state: { url?: unknown; loading?: unknown; timings?: unknown } | undefined;
    try {
      state = (await api.tabs.sendMessage(a.tabId, { type: 'get-state' })) as typeof state;
    } catch {
      state = undefined; // not there yet
    }
    if (state && state.url === a.url && state.timings && !state.loading) return { state, lastUrl: null };
    if (state && typeof state.url === 'string') lastUrl = state.url;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { state: null, lastUrl };
}

export interface PopupAnswer {
  /** The state with its snapshot, as the popup receives it; null when the content script did not answer. */
  state: unknown;
  /** Why the sides could not be injected (the popup then goes on without them), or null. */
  injectError: string | null;
}

/**
 * What the popup does when it opens (src/popup/app.ts startPopup): injects the
 * clean side and the text side into the tab (scripting.executeScript, now, as
 * shared/side-scripts.ts injectScripts), then asks the content script for its
 * state with a snapshot.
 */
export async function extOpenPopup(a: { tabId: number; files: string[] }): Promise<PopupAnswer> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = (g.browser ?? g.chrome) as ExtApi;
  let injectError: string | null = null;
  try {
    const results = await api.scripting.executeScript({
      target: { tabId: a.tabId },
      files: a.files,
      injectImmediately: true,
    });
    const failed = results.find((r) => r && typeof r === 'object' && (r as { error?: unknown }).error !== undefined);
    if (failed) injectError = String((failed as { error?: unknown }).error);
  } catch (e) {
    injectError = String(e);
  }
  let state: unknown = null;
  try {
    state = await api.tabs.sendMessage(a.tabId, { type: 'get-state', withSnapshot: true });
  } catch {
    state = null;
  }
  return { state: state ?? null, injectError };
}

/** The popup's Restore button: the page back as it was loaded. */
export async function extRestore(tabId: number): Promise<unknown> {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  const api = (g.browser ?? g.chrome) as ExtApi;
  try {
    return await api.tabs.sendMessage(tabId, { type: 'restore' });
  } catch {
    return null;
  }
}

// ---- in the runner page: the popup's text side, in the browser's own engine ----

/** analyzeText(snapshot) with the bundle the runner page loaded (text-entry.ts). */
export function runAnalyzeText(snapshot: unknown): unknown {
  const g = globalThis as unknown as { ClearlineEvalText?: { analyzeText(s: unknown): unknown } };
  if (!g.ClearlineEvalText) throw new Error('the text-side bundle is not loaded in the runner page');
  return g.ClearlineEvalText.analyzeText(snapshot);
}
