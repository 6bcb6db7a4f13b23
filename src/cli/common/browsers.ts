// Debian Chromium and Firefox ESR, headless, with the built extension loaded
// (launch.ts), behind one small interface: tabs to load pages in, and code run
// in one of the extension's own pages (where its `chrome` / `browser` APIs
// are). Neither reaches any host but 127.0.0.1.

import { launchChromium, launchFirefox, readBuiltManifest, type BrowserName } from './launch.ts';
import { callSource, waitForDocument, type PageFn } from './page-call.ts';

export type { BrowserName, PageFn };

export interface BrowserTab {
  /**
   * Navigates to `url` and resolves as soon as the tab's document is the new one
   * (committed: it may still be parsing; its load event is not awaited).
   */
  goto(url: string, timeoutMs?: number): Promise<void>;
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** The browser's user agent string (name and version). */
  userAgent: string;
  newTab(): Promise<BrowserTab>;
  /** Runs `fn` in one of the extension's pages, where its APIs are. */
  extEval<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension: dist/chrome or dist/firefox. */
  dist: string;
  /** The browser's executable (default: Debian's, or $CHROMIUM_PATH / $FIREFOX_PATH). */
  executablePath?: string;
  /** Viewport of new tabs. */
  width?: number;
  height?: number;
}

export async function launchWithExtension(name: BrowserName, opts: LaunchOptions): Promise<ExtensionBrowser> {
  const optionsPage = readBuiltManifest(opts.dist).options_ui?.page ?? 'src/options/options.html';
  return name === 'chromium' ? openChromium(opts, optionsPage) : openFirefox(opts, optionsPage);
}

async function openChromium(opts: LaunchOptions, optionsPage: string): Promise<ExtensionBrowser> {
  const viewport = { width: opts.width ?? 1280, height: opts.height ?? 900 };
  const {
    context: ctx,
    extId,
    close,
  } = await launchChromium({
    dist: opts.dist,
    executablePath: opts.executablePath,
    offline: true,
    viewport,
  });
  try {
    const extPage = await ctx.newPage();
    await extPage.goto(`chrome-extension://${extId}/${optionsPage}`);
    const wrap = (p: import('playwright-core').Page): BrowserTab => ({
      goto: async (url, timeoutMs = 30000) => {
        await p.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      },
      evaluate: <A, R>(fn: PageFn<A, R>, arg: A) => p.evaluate(callSource(fn, arg)) as Promise<R>,
      close: () => p.close(),
    });
    const first = wrap(ctx.pages()[0] ?? (await ctx.newPage()));
    const userAgent = await extPage.evaluate(() => navigator.userAgent);
    let firstTaken = false;
    return {
      name: 'chromium',
      userAgent,
      newTab: async () => {
        // Playwright opens one blank tab: use it first.
        if (!firstTaken) {
          firstTaken = true;
          return first;
        }
        return wrap(await ctx.newPage());
      },
      extEval: <A, R>(fn: PageFn<A, R>, arg: A) => extPage.evaluate(callSource(fn, arg)) as Promise<R>,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

async function openFirefox(opts: LaunchOptions, optionsPage: string): Promise<ExtensionBrowser> {
  const { browser, gotoExt, close } = await launchFirefox({
    dist: opts.dist,
    executablePath: opts.executablePath,
    offline: true,
  });
  try {
    const viewport = { width: opts.width ?? 1280, height: opts.height ?? 900 };
    const wrap = (p: import('puppeteer-core').Page): BrowserTab => ({
      goto: async (url, timeoutMs = 30000) => {
        // Not awaited to the end: over BiDi a navigation can stay pending; the document is polled instead.
        p.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }).catch(() => {});
        await waitForDocument((fn, arg) => p.evaluate(callSource(fn, arg)) as Promise<never>, url, timeoutMs);
      },
      evaluate: <A, R>(fn: PageFn<A, R>, arg: A) => p.evaluate(callSource(fn, arg)) as Promise<R>,
      close: () => p.close(),
    });
    const extPage = await browser.newPage();
    await gotoExt(extPage, optionsPage, 15000);
    const userAgent = await extPage.evaluate(() => navigator.userAgent);
    return {
      name: 'firefox',
      userAgent,
      newTab: async () => {
        const p = await browser.newPage();
        await p.setViewport(viewport);
        return wrap(p);
      },
      extEval: <A, R>(fn: PageFn<A, R>, arg: A) => extPage.evaluate(callSource(fn, arg)) as Promise<R>,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
