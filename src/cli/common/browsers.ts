// Debian Chromium and Firefox ESR, headless, with the built extension loaded,
// behind one small interface: tabs to load pages in, and code run in one of the
// extension's own pages (where its `chrome` / `browser` APIs are). Chromium is
// driven by playwright-core, Firefox by puppeteer-core over WebDriver BiDi
// (../shared/docs/TOOLCHAIN.md). Neither reaches any host but 127.0.0.1.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

export const isBrowserName = (s: string): s is BrowserName => (BROWSER_NAMES as readonly string[]).includes(s);

/** A function run in a page: serialized by the driver, so it must not close over anything. */
export type PageFn<A, R> = (arg: A) => R | Promise<R>;

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

export const defaultExecutable = (name: BrowserName): string =>
  name === 'chromium'
    ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');

interface BuiltManifest {
  options_ui?: { page?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(dist: string): BuiltManifest {
  const file = path.join(dist, 'manifest.json');
  // Without a build Chromium starts silently with no extension at all: say so instead.
  if (!existsSync(file)) throw new Error(`${file} missing: build the extension first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The call `fn(arg)` as source text. The drivers serialize functions with
 * toString(), and tsx (esbuild's keepNames) puts calls to its `__name` helper
 * into that source, which the page does not have: the expression brings its own.
 * `arg` travels as JSON.
 */
export function callSource<A, R>(fn: PageFn<A, R>, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

/** Polls until the tab's document is `url` (and, with `complete`, loaded). */
async function waitForDocument(
  evaluate: <A, R>(fn: PageFn<A, R>, arg: A) => Promise<R>,
  url: string,
  timeoutMs: number,
  complete = false,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ready = await evaluate(
      (a: { u: string; complete: boolean }) =>
        location.href === a.u && (!a.complete || document.readyState === 'complete'),
      { u: url, complete },
    ).catch(() => false); // the old document is going away
    if (ready) return;
    if (Date.now() > end) throw new Error(`${url} did not load in ${timeoutMs} ms`);
    await sleep(50);
  }
}

export async function launchWithExtension(name: BrowserName, opts: LaunchOptions): Promise<ExtensionBrowser> {
  const manifest = readManifest(opts.dist);
  const exe = opts.executablePath ?? defaultExecutable(name);
  if (!existsSync(exe))
    throw new Error(`no ${name} at ${exe} (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`);
  const optionsPage = manifest.options_ui?.page ?? 'src/options/options.html';
  return name === 'chromium'
    ? launchChromium(opts, exe, optionsPage)
    : launchFirefox(opts, exe, optionsPage, manifest.browser_specific_settings?.gecko?.id);
}

async function launchChromium(opts: LaunchOptions, exe: string, optionsPage: string): Promise<ExtensionBrowser> {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'clearline-chromium-'));
  const viewport = { width: opts.width ?? 1280, height: opts.height ?? 900 };
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: exe,
      headless: false, // --headless=new below: Playwright's own flag picks the old mode, which has no extensions
      viewport,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Every host name but 127.0.0.1 fails at once: saved pages point at their real hosts.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        `--disable-extensions-except=${opts.dist}`,
        `--load-extension=${opts.dist}`,
      ],
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const ctx = context;
  const close = async (): Promise<void> => {
    await ctx.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    const extId = new URL(sw.url()).host;
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

async function launchFirefox(
  opts: LaunchOptions,
  exe: string,
  optionsPage: string,
  addonId: string | undefined,
): Promise<ExtensionBrowser> {
  if (!addonId) throw new Error(`${opts.dist}/manifest.json has no browser_specific_settings.gecko.id`);
  const puppeteer = (await import('puppeteer-core')).default;
  // The extension's host is pinned, so its pages have a known URL.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Every host but 127.0.0.1 (never proxied) goes to a closed port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  const close = (): Promise<void> => browser.close().catch(() => {});
  try {
    const id = await browser.installExtension(opts.dist);
    if (id !== addonId) throw new Error(`installed ${id}, expected ${addonId}`);
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
    const extUrl = `moz-extension://${uuid}/${optionsPage}`;
    // page.goto() to moz-extension:// never resolves on Firefox ESR over BiDi: start it and poll.
    extPage.goto(extUrl, { timeout: 15000 }).catch(() => {});
    await waitForDocument((fn, arg) => extPage.evaluate(callSource(fn, arg)) as Promise<never>, extUrl, 15000, true);
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
