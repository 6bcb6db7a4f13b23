// E2E in Firefox ESR through puppeteer-core over WebDriver BiDi: dist/firefox
// installed as a temporary add-on. Two launches: English UI light, then
// Arabic UI (langpack + intl.locale.requested) dark.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { arabicScenario, createRunner, mainScenario } from './scenario.mjs';
import { startServer } from './server.mjs';
import { siteStyleScenario } from './site-style.mjs';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');
const EXE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'clearline@clearline.example'; // manifest browser_specific_settings.gecko.id
const UUID = '0c1ea41e-0000-4000-8000-00000000c1ea'; // pinned moz-extension:// host
const ORIGIN = `moz-extension://${UUID}/`;
if (!existsSync(DIST)) throw new Error(`${DIST} missing: run npm run build`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch({ lang = 'en-US', dark = false } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXE,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': lang,
      // The Debian langpack lives in the app's extensions dir: allow that scope.
      'extensions.enabledScopes': 15,
      'extensions.autoDisableScopes': 0,
      // 0 = dark, 1 = light for web content and extension pages.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
    },
  });
  const id = await browser.installExtension(DIST);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);

  // page.goto() to moz-extension:// never resolves on Firefox ESR over BiDi:
  // start it and poll the document instead.
  async function gotoExt(page, rest, timeoutMs = 10000) {
    const url = ORIGIN + rest;
    page.goto(url, { timeout: timeoutMs }).catch(() => {});
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const ok = await page
        .evaluate((u) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`extension page ${url} did not load in ${timeoutMs} ms`);
  }

  // Extension-context calls run in a helper extension page (`browser` global).
  let helper = null;
  const driver = {
    name: 'firefox',
    async newPage({ width, height }) {
      const p = await browser.newPage();
      await p.setViewport({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt,
    // about: pages are browser pages: no content script runs there.
    gotoRestricted: (p) => p.goto('about:blank'),
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    screenshot: (p, file) => p.screenshot({ path: file, fullPage: true }),
    closePage: (p) => p?.close(),
    async extEval(fn, arg) {
      if (!helper) {
        helper = await browser.newPage();
        await gotoExt(helper, 'src/options/options.html');
      }
      return helper.evaluate(fn, arg);
    },
    close: () => browser.close(),
  };
  return driver;
}

const run = createRunner('firefox');
const srv = await startServer();
try {
  const en = await launch();
  try {
    await mainScenario(en, srv.origin, run);
    await siteStyleScenario(en, srv.origin, run);
  } finally {
    await en.close();
  }
  const ar = await launch({ lang: 'ar', dark: true });
  try {
    await arabicScenario(ar, srv.origin, run);
  } finally {
    await ar.close();
  }
} catch (e) {
  await run.step('browser session', () => Promise.reject(e));
} finally {
  await srv.close();
}
process.exitCode = run.summary() ? 1 : 0;
