// One page in the browser, once its document is committed in the tab: the
// load path's end, what the popup does when it opens (inject the clean and text
// sides, ask for the state with a snapshot, run the text side on it in the
// runner page: the browser's own engine), and what the reader sees after
// clean-up and after the popup's Restore (judged by the browser's layout,
// in-page.ts).
import { HIDDEN_ATTR } from '../../../core/cleanup.ts';
import { analyzeText, type TextResults } from '../../../core/report.ts';
import type { PageSnapshot, Report } from '../../../core/types.ts';
import { isContentState, type ContentState } from '../../../shared/messages.ts';
import type { BrowserName, BrowserTab } from '../../common/browsers.ts';
import { firstLine } from '../../common/errors.ts';
import type { PageServer } from '../../common/page-server.ts';
import { SIDE_FILES } from './build.ts';
import {
  extFindTab,
  extOpenPopup,
  extRestore,
  extWaitLoadPath,
  listHidden,
  pageHref,
  readPageView,
  runAnalyzeText,
  type InPageView,
} from './in-page.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One page in the browser: what its run produced. */
export interface BrowserPage {
  report: Report | null;
  snapshot: PageSnapshot | null;
  view: { before: InPageView; after: InPageView } | null;
  /** What clean-up hid on load (listHidden). */
  hidden: string[] | null;
  /** The text side in Node on the browser's snapshot differs from the browser's own answer. */
  engineDiffers: boolean;
  errors: string[];
  ms: number;
  /** Milliseconds per step (navigation, jsdom, load path, popup, text side, views), for speed work. */
  steps: Record<string, number>;
}

export const emptyPage = (errors: string[]): BrowserPage => ({
  steps: {},
  report: null,
  snapshot: null,
  view: null,
  hidden: null,
  engineDiffers: false,
  errors,
  ms: 0,
});

function reportFrom(state: ContentState, text: TextResults | null, textMs: number): Report {
  const snap = state.snapshot;
  return {
    url: state.url,
    title: snap?.title ?? (state.title || null),
    lang: text?.lang ?? snap?.lang ?? null,
    dir: snap?.dir ?? 'ltr',
    isNews: state.detection.isNews,
    newsScore: state.detection.score,
    signals: state.detection.signals,
    published: text?.published ?? null,
    dateline: text?.dateline ?? null,
    quotes: text?.quotes ?? [],
    // The popup does not extract the reading view: the browser run has no article text to compare.
    article: null,
    clutter: state.found,
    timings: { detectMs: state.timings.detectMs, clutterMs: state.timings.clutterMs, extractMs: textMs },
  };
}

export interface Session {
  name: BrowserName;
  tab: BrowserTab;
  runner: BrowserTab;
  extEval: <A, R>(fn: (a: A) => R | Promise<R>, arg: A) => Promise<R>;
  tabId: number | null;
  server: PageServer;
  /** The URL the tab was last sent to. */
  lastUrl: string | null;
}

/** Waits until the runner page has run its script (the text-side bundle). */
export async function waitForBundle(runner: BrowserTab): Promise<void> {
  const end = Date.now() + 15000;
  while (!(await runner.evaluate(() => 'ClearlineEvalText' in globalThis, null).catch(() => false))) {
    if (Date.now() > end) throw new Error('the runner page did not load the text-side bundle');
    await sleep(50);
  }
}

/** The tab's id, found once by messaging every tab (its content script registers a moment after load). */
async function tabIdOf(s: Session, href: string): Promise<number | null> {
  const end = Date.now() + 15000;
  while (s.tabId === null && Date.now() < end) {
    s.tabId = await s.extEval(extFindTab, href);
    if (s.tabId === null) await sleep(100);
  }
  return s.tabId;
}

/** The rest of a page's run, once its document is committed in the tab. */
export async function runInBrowser(
  s: Session,
  selectors: string[],
  t0: number,
  page: BrowserPage,
): Promise<BrowserPage> {
  const done = (): BrowserPage => ({ ...page, ms: performance.now() - t0 });
  let last = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    page.steps[name] = now - last;
    last = now;
  };
  const href = await s.tab.evaluate(pageHref, null);
  const tabId = await tabIdOf(s, href);
  if (tabId === null) {
    page.errors.push('no tab answered: is the extension loaded?');
    return done();
  }
  const load = await s.extEval(extWaitLoadPath, { tabId, url: href, timeoutMs: 20000 });
  step('loadPath');
  if (!load.state) {
    page.errors.push(
      `the content script did not finish its load path for ${href}${load.lastUrl ? ` (it answered for ${load.lastUrl})` : ''}`,
    );
    return done();
  }
  // The popup opens: it injects both sides, asks for the state with a snapshot, runs the text side on it.
  const popup = await s.extEval(extOpenPopup, { tabId, files: SIDE_FILES.map((f) => `/${f}`) });
  step('popup');
  if (popup.injectError) page.errors.push(`injecting the sides: ${popup.injectError}`);
  if (!isContentState(popup.state)) {
    page.errors.push('the content script gave the popup no state');
    return done();
  }
  const state = popup.state;
  if (state.error) page.errors.push(`content script: ${state.error}`);
  let text: TextResults | null = null;
  let textMs = 0;
  if (state.snapshot) {
    page.snapshot = state.snapshot;
    const t1 = performance.now();
    try {
      text = (await s.runner.evaluate(runAnalyzeText, state.snapshot)) as TextResults;
    } catch (e) {
      page.errors.push(`text side: ${firstLine(e)}`);
    }
    textMs = performance.now() - t1;
    try {
      page.engineDiffers = text !== null && JSON.stringify(analyzeText(state.snapshot)) !== JSON.stringify(text);
    } catch {
      page.engineDiffers = true;
    }
  } else page.errors.push('the state has no snapshot (the text side was not there)');
  page.report = reportFrom(state, text, textMs);
  step('textSide');
  // What the reader sees now (cleaned on load), and once the popup's Restore is pressed.
  const after = await s.tab.evaluate(readPageView, selectors);
  page.hidden = await s.tab.evaluate(listHidden, { attr: HIDDEN_ATTR });
  step('viewAfter');
  await s.extEval(extRestore, tabId);
  step('restore');
  const before = await s.tab.evaluate(readPageView, selectors);
  step('viewBefore');
  page.errors.push(...after.errors);
  page.view = { before, after };
  return done();
}
