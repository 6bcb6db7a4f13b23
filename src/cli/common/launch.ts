// How every tool starts a browser with the built extension loaded: the bench
// (bench/session.ts), `eval --browser` (common/browsers.ts) and the end-to-end
// suites (tests/e2e/driver/, run under tsx). The flags and preferences are
// written here and nowhere else.
//
// Chromium: playwright-core's persistent context (an unpacked extension needs a
// profile), headless through Chromium's own --headless=new (Playwright's
// headless option picks the old mode, which has no extensions); or, where the
// real toolbar popup is driven, puppeteer-core over a pipe (launchChromiumPopup).
// Firefox: puppeteer-core over WebDriver BiDi, the extension installed as a
// temporary add-on at a pinned moz-extension:// host.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as FirefoxPage, WebWorker } from 'puppeteer-core';
import { callSource, waitForDocument } from './page-call.ts';

export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

export const isBrowserName = (s: string): s is BrowserName => (BROWSER_NAMES as readonly string[]).includes(s);

/** Debian's browsers, unless $CHROMIUM_PATH or $FIREFOX_PATH says otherwise. */
export const defaultExecutable = (name: BrowserName): string =>
  name === 'chromium'
    ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');

/** The executable, or an error that says how to install it. */
function executable(name: BrowserName, given: string | undefined): string {
  const exe = given ?? defaultExecutable(name);
  if (!existsSync(exe))
    throw new Error(`no ${name} at ${exe} (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`);
  return exe;
}

interface BuiltManifest {
  options_ui?: { page?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** The built extension's manifest. Without a build Chromium starts silently with no extension at all: say so instead. */
export function readBuiltManifest(dist: string): BuiltManifest {
  const file = path.join(dist, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} missing: build the extension first (npm run build)`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

// ---------------------------------------------------------------- Chromium

/** What every Chromium run gets: no sandbox (containers), no GPU, none of the browser's own traffic or first-run pages. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every host name but 127.0.0.1 fails at once: saved pages point at their real hosts. */
const CHROMIUM_OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export interface ChromiumOptions {
  /** The built extension (dist/chrome). */
  dist: string;
  executablePath?: string;
  /** The UI language (`en-US`, `ar`). */
  lang?: string;
  /** Pages' prefers-color-scheme; unset, Playwright's default (light). */
  dark?: boolean;
  /** Refuse every host but 127.0.0.1. */
  offline?: boolean;
  /** Unset, Playwright's default. */
  viewport?: { width: number; height: number };
  /** The temporary profile folder's name starts with this. */
  profile?: string;
}

/** Chromium's command line: headless, the flags above, and `dist` as the one extension. */
export function chromiumArgs(o: Pick<ChromiumOptions, 'dist' | 'lang' | 'offline'>): string[] {
  return [
    '--headless=new',
    ...CHROMIUM_FLAGS,
    ...(o.lang ? [`--lang=${o.lang}`] : []),
    ...(o.offline ? [CHROMIUM_OFFLINE] : []),
    `--disable-extensions-except=${o.dist}`,
    `--load-extension=${o.dist}`,
  ];
}

/** On Linux Chromium takes its UI language from LANGUAGE, not --lang. */
export function chromiumLangEnv(lang: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, LANGUAGE: lang.replace('-', '_'), LANG: 'C.UTF-8' };
}

export interface ChromiumRun {
  context: BrowserContext;
  /** The extension's service worker (MV3 may stop it; find it again in context.serviceWorkers()). */
  worker: Worker;
  /** The extension's id: the host of its chrome-extension:// URLs. */
  extId: string;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export async function launchChromium(o: ChromiumOptions): Promise<ChromiumRun> {
  readBuiltManifest(o.dist);
  const exe = executable('chromium', o.executablePath);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), `${o.profile ?? 'clearline-chromium'}-`));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: exe,
      headless: false, // --headless=new is in the arguments
      ...(o.viewport ? { viewport: o.viewport } : {}),
      ...(o.dark === undefined ? {} : { colorScheme: o.dark ? ('dark' as const) : ('light' as const) }),
      ...(o.lang ? { locale: o.lang, env: chromiumLangEnv(o.lang) } : {}),
      args: chromiumArgs(o),
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
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    return { context: ctx, worker, extId: new URL(worker.url()).host, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export interface ChromiumPopupRun {
  browser: PuppeteerBrowser;
  /** The extension's service worker, where `chrome.action.openPopup()` is called. */
  worker: WebWorker;
  extId: string;
  close(): Promise<void>;
}

/**
 * Chromium through puppeteer-core, for the real toolbar popup: over a pipe it loads `dist`
 * (CDP Extensions.loadUnpacked), and `chrome.action.openPopup()` evaluated in the service worker
 * opens the popup as the toolbar button does; the popup is then a page target, which
 * playwright-core's persistent context does not give.
 */
export async function launchChromiumPopup(
  o: Pick<ChromiumOptions, 'dist' | 'executablePath' | 'lang'>,
): Promise<ChromiumPopupRun> {
  readBuiltManifest(o.dist);
  const exe = executable('chromium', o.executablePath);
  const lang = o.lang ?? 'en-US';
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: exe,
    headless: true,
    pipe: true,
    enableExtensions: [o.dist],
    defaultViewport: null,
    env: chromiumLangEnv(lang),
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${lang}`,
      '--window-size=1280,1000',
      // Headless Chromium's screen is 800 × 600, and a popup must fit the screen under the
      // toolbar (510 px): give it a desktop-sized screen so the popup gets its real 600 px.
      '--screen-info={1600x1200}',
    ],
  });
  const close = (): Promise<void> => browser.close().catch(() => {});
  try {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('no service worker for the extension');
    return { browser, worker, extId: new URL(target.url()).host, close };
  } catch (e) {
    await close();
    throw e;
  }
}

// ---------------------------------------------------------------- Firefox

/** The moz-extension:// host the extension is pinned to, so that its pages have a known URL. */
export const FIREFOX_EXTENSION_UUID = '0c1ea41e-0000-4000-8000-00000000c1ea';
/** Pages' prefers-color-scheme: 0 dark, 1 light. */
export const FIREFOX_DARK_PREF = 'layout.css.prefers-color-scheme.content-override';
/** BiDi may then navigate to moz-extension:// pages and script the browser window's chrome context. */
export const FIREFOX_ARGS: readonly string[] = ['--remote-allow-system-access'];

/** Every host but 127.0.0.1 (never proxied) goes to a closed port and fails at once. */
const FIREFOX_OFFLINE = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1',
};

export interface FirefoxOptions {
  /** The built extension (dist/firefox). */
  dist: string;
  executablePath?: string;
  /** The UI language (`en-US`, `ar`: Debian's langpack, which lives in the application's scope). */
  lang?: string;
  /** Pages' and the browser's colour scheme; unset, Firefox's own. */
  dark?: boolean;
  /** Refuse every host but 127.0.0.1. */
  offline?: boolean;
}

export function firefoxPrefs(
  addonId: string,
  o: Omit<FirefoxOptions, 'dist'>,
): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
    ...(o.lang
      ? { 'intl.locale.requested': o.lang, 'extensions.enabledScopes': 15, 'extensions.autoDisableScopes': 0 }
      : {}),
    ...(o.dark === undefined ? {} : { [FIREFOX_DARK_PREF]: o.dark ? 0 : 1, 'ui.systemUsesDarkTheme': o.dark ? 1 : 0 }),
    ...(o.offline ? FIREFOX_OFFLINE : {}),
  };
}

export interface FirefoxRun {
  browser: PuppeteerBrowser;
  /** moz-extension://<uuid>/ */
  origin: string;
  /** Opens the extension's page `rest` (its path) in `page` and waits until it has loaded. */
  gotoExt(page: FirefoxPage, rest: string, timeoutMs?: number): Promise<void>;
  /** Runs `expression` in the browser window's chrome context and returns its value. */
  chromeEval(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { contexts?: Array<{ context: string }>; type?: string; result?: { value?: unknown } } }>;
}

export async function launchFirefox(o: FirefoxOptions): Promise<FirefoxRun> {
  const addonId = readBuiltManifest(o.dist).browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${o.dist}/manifest.json has no browser_specific_settings.gecko.id`);
  const exe = executable('firefox', o.executablePath);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless: true,
    args: [...FIREFOX_ARGS],
    extraPrefsFirefox: firefoxPrefs(addonId, o),
  });
  const close = (): Promise<void> => browser.close().catch(() => {});
  try {
    const id = await browser.installExtension(o.dist);
    if (id !== addonId) throw new Error(`installed ${id}, expected ${addonId}`);
  } catch (e) {
    await close();
    throw e;
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  let chromeContext: string | null = null;
  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  return {
    browser,
    origin,
    async gotoExt(page, rest, timeoutMs = 10000) {
      const url = origin + rest;
      // page.goto() to moz-extension:// never resolves on Firefox ESR over BiDi: start it and poll.
      page.goto(url, { timeout: timeoutMs }).catch(() => {});
      await waitForDocument((fn, arg) => page.evaluate(callSource(fn, arg)) as Promise<never>, url, timeoutMs, true);
    },
    async chromeEval(expression) {
      if (chromeContext === null) {
        const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
        chromeContext = tree.result.contexts?.[0]?.context ?? null;
        if (chromeContext === null) throw new Error('no chrome browsing context');
      }
      const { result } = await conn.send('script.evaluate', {
        expression,
        target: { context: chromeContext },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type !== 'success') throw new Error(`chrome script failed: ${JSON.stringify(result).slice(0, 300)}`);
      return result.result?.value;
    },
    close,
  };
}
