// The bench's browser: Chromium with dist/chrome loaded (common/launch.ts), one
// tab, and every page answered by the bench itself at its original URL
// (Playwright's routing: the host, the path and the site's own storage are the
// page's; nothing reaches the network).

import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { ContentState } from '../../shared/messages.ts';
import { launchChromium } from '../common/launch.ts';
import { savedPageHeaders } from '../common/page-server.ts';
import { probeSource, type ProbeResult } from './probe.ts';
import { ourWork, TRACE_CATEGORIES, type OurWork, type TraceEvent } from './trace.ts';

// The part of the extension API that the service-worker snippets below use
// (they run inside the worker, where `chrome` exists).
declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: { clear(): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> };
  };
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface Visit {
  state: ContentState | null;
  work: OurWork | null;
  probe: ProbeResult | null;
}

export interface VisitOptions {
  /** Trace the load (trace.ts). */
  trace?: boolean;
  /** Watch these widgets in every frame (probe.ts). */
  widgets?: string[];
  /** How long to stay after the load path is done (ms). */
  settleMs?: number;
}

export class Session {
  private current: { url: string; body: string } | null = null;
  /** Where the current page tried to send itself (a saved page's redirect), if anywhere. */
  sentAwayTo: string | null = null;
  private tabId: number | null = null;
  private probeId: string | null = null;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly cdp: CDPSession,
    private sw: Worker,
    readonly extOrigin: string,
    private readonly closeBrowser: () => Promise<void>,
  ) {}

  static async open(dist: string, executablePath: string): Promise<Session> {
    const run = await launchChromium({
      dist,
      executablePath,
      viewport: { width: 1280, height: 900 },
      profile: 'clearline-bench',
    });
    const { context, worker: sw } = run;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable'); // scripts added for new documents apply only with the domain on
    // chrome-extension://<id>/ (URL.origin is "null" for a scheme Node does not know).
    const extOrigin = /^[a-z-]+:\/\/[^/]+\//u.exec(sw.url())?.[0] ?? sw.url();
    const s = new Session(context, page, cdp, sw, extOrigin, run.close);
    await context.route('**/*', (route) => s.answer(route));
    return s;
  }

  /**
   * The page itself is answered here; everything else is refused (no network). A saved page that
   * sends itself elsewhere while loading gets a 204, which cancels that navigation.
   */
  private answer(route: import('playwright-core').Route): Promise<void> {
    const req = route.request();
    const cur = this.current;
    if (cur && req.isNavigationRequest() && req.frame() === this.page.mainFrame()) {
      // The saved page's own scripts are blocked: offline they can only rewrite the page (some do,
      // after load), so the load path and the in-page measures would see different documents.
      // Our content scripts are not bound by a page's CSP; the bench's own code runs through CDP.
      if (req.url() === cur.url)
        return route.fulfill({ status: 200, headers: savedPageHeaders('utf-8'), body: cur.body });
      this.sentAwayTo = req.url();
      return route.fulfill({ status: 204 });
    }
    return route.abort();
  }

  /** A live handle on the service worker (an MV3 worker may have been stopped and restarted). */
  private async worker(): Promise<Worker> {
    const live = this.context.serviceWorkers().find((w) => w.url().startsWith(this.extOrigin));
    if (live) this.sw = live;
    return this.sw;
  }

  async forgetLearned(): Promise<void> {
    await (await this.worker()).evaluate(() => chrome.storage.local.clear());
  }

  async learned(host: string): Promise<unknown> {
    return (await this.worker()).evaluate(
      async (key: string) => (await chrome.storage.local.get(key))[key] ?? null,
      `style:${host}`,
    );
  }

  /** How many selectors the site's stylesheet keeps once the background has written it (it may take a moment). */
  async learnedCount(host: string, cleaned: boolean | undefined): Promise<number> {
    let learned: unknown = null;
    for (let i = 0; i < 30 && !learned && cleaned; i++) {
      learned = await this.learned(host);
      if (!learned) await sleep(100);
    }
    return (learned as { sels?: unknown[] } | null)?.sels?.length ?? 0;
  }

  /** The tab's id, found once by asking every tab which URL it shows. */
  private async findTab(sw: Worker, url: string): Promise<number | null> {
    this.tabId ??= await sw.evaluate(async (want: string) => {
      for (const t of await chrome.tabs.query({})) {
        if (t.id === undefined) continue;
        const r = (await chrome.tabs.sendMessage(t.id, { type: 'get-state' }).catch(() => null)) as {
          url?: string;
        } | null;
        if (r?.url === want) return t.id;
      }
      return null;
    }, url);
    return this.tabId;
  }

  /** The content script's state for the current page, once its load path is done. */
  async state(url: string): Promise<ContentState | null> {
    const sw = await this.worker();
    const tabId = await this.findTab(sw, url);
    if (tabId === null) return null;
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline) {
      const state = (await sw
        .evaluate(
          async (id: number) => chrome.tabs.sendMessage(id, { type: 'get-state' }).catch(() => undefined),
          tabId,
        )
        .catch(() => undefined)) as ContentState | undefined;
      if (state && state.url === url && state.timings && !state.loading) return state;
      await sleep(50);
    }
    return null;
  }

  /** The probe for the next document: the one given, or none. */
  private async setProbe(widgets: string[] | undefined): Promise<void> {
    if (this.probeId) {
      await this.cdp.send('Page.removeScriptToEvaluateOnNewDocument', { identifier: this.probeId }).catch(() => {});
      this.probeId = null;
    }
    if (widgets) {
      const r = await this.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(widgets) });
      this.probeId = r.identifier;
    }
  }

  /** Starts a trace; `done` settles once the trace's events are all in `events` (after Tracing.end). */
  private async startTrace(events: TraceEvent[]): Promise<{ done: Promise<void> }> {
    const onData = (e: { value: unknown[] }): void => void events.push(...(e.value as unknown as TraceEvent[]));
    this.cdp.on('Tracing.dataCollected', onData);
    const traced = new Promise<void>((resolve) =>
      this.cdp.once('Tracing.tracingComplete', () => {
        this.cdp.off('Tracing.dataCollected', onData);
        resolve();
      }),
    );
    await this.cdp.send('Tracing.start', {
      traceConfig: { includedCategories: [...TRACE_CATEGORIES] },
      transferMode: 'ReportEvents',
    });
    // Wrapped: an async function returning the promise itself would wait for it.
    return { done: traced };
  }

  /**
   * Loads `url` with `body` (a probe watching `widgets` when given, a trace
   * when `trace`), waits for the content script's load path, and returns what
   * was seen.
   */
  async visit(url: string, body: string, opts: VisitOptions = {}): Promise<Visit> {
    this.current = { url, body };
    this.sentAwayTo = null;
    await this.setProbe(opts.widgets);
    const events: TraceEvent[] = [];
    const traced = opts.trace ? await this.startTrace(events) : null;
    let state: ContentState | null = null;
    try {
      // 'commit', then the document's own state: a page that tries to navigate
      // away (cancelled above) would leave Playwright waiting for that navigation.
      await this.page.goto(url, { waitUntil: 'commit', timeout: 30000 });
      await this.page.waitForFunction(() => document.readyState !== 'loading', null, { timeout: 30000 });
      await this.page
        .waitForFunction(() => document.readyState === 'complete', null, { timeout: 10000 })
        .catch(() => {});
      state = await this.state(this.page.url());
      await sleep(opts.settleMs ?? 300); // frames after the hiding, the stylesheet's write
    } finally {
      if (traced) {
        await this.cdp.send('Tracing.end').catch(() => {});
        await Promise.race([traced.done, sleep(20000)]);
      }
    }
    const probe = opts.widgets
      ? ((await this.page
          .evaluate(() => (globalThis as { __clearlineProbe?: () => unknown }).__clearlineProbe?.() ?? null)
          .catch(() => null)) as ProbeResult | null)
      : null;
    return { state, work: opts.trace ? ourWork(events, this.extOrigin) : null, probe };
  }

  async close(): Promise<void> {
    await this.closeBrowser();
  }
}
