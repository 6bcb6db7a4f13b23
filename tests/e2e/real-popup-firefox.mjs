// The real toolbar popup in Firefox ESR, as far as WebDriver BiDi reaches it.
//
// - Opening: action.openPopup(), called from one of the extension's own pages
//   (a helper tab on options.html) while the article's tab is the active one,
//   opens the real popup panel for that tab, as a click on the toolbar button
//   does. Firefox 153 allows it without a user gesture.
// - Reading and clicking: the popup is not a BiDi browsing context (getTree lists
//   tabs only), so puppeteer cannot drive it as a page. The helper page reaches
//   its document through browser.extension.getViews({type: 'popup'}) (same
//   extension, same process) and reads and clicks there: DOM events, not input
//   events, so keyboard use of the real popup is tested in page mode only.
// - Screenshots: with --remote-allow-system-access, BiDi evaluates script in the
//   browser window's chrome context ("moz:scope": "chrome"), where the popup's
//   <browser> element draws itself (drawSnapshot) into a PNG: the real panel,
//   at its real size.
// - axe-core cannot be injected into the real popup (its CSP forbids it, and BiDi
//   cannot target it): it runs on the popup page (popup.html?tabId=N) instead.
import puppeteer from 'puppeteer-core';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRunner } from './scenario.mjs';
import { manyQuotesPageMode, realPopupArabicScenario, realPopupNotNews, realPopupScenario } from './real-popup.mjs';
import { startServer } from './server.mjs';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');
const EXE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'clearline@clearline.example'; // manifest browser_specific_settings.gecko.id
const UUID = '0c1ea41e-0000-4000-8000-00000000c1ea'; // pinned moz-extension:// host
const ORIGIN = `moz-extension://${UUID}/`;
const DARK_PREF = 'layout.css.prefers-color-scheme.content-override'; // 0 dark, 1 light
if (!existsSync(DIST)) throw new Error(`${DIST} missing: run npm run build`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch({ lang = 'en-US' } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXE,
    headless: true,
    // BiDi navigation to moz-extension:// pages, and the chrome context for screenshots.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': lang,
      // The Debian langpack lives in the app's extensions dir: allow that scope.
      'extensions.enabledScopes': 15,
      'extensions.autoDisableScopes': 0,
      [DARK_PREF]: 1,
      'ui.systemUsesDarkTheme': 0,
    },
  });
  const id = await browser.installExtension(DIST);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);

  // page.goto() to moz-extension:// never resolves on Firefox ESR over BiDi: poll instead.
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

  const helper = await browser.newPage();
  await gotoExt(helper, 'src/options/options.html');

  // The browser window's chrome context (needs --remote-allow-system-access).
  const conn = browser.connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.result.contexts[0]?.context;
  if (!chromeContext) throw new Error('no chrome browsing context');
  async function chromeEval(expression) {
    const { result } = await conn.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type !== 'success') throw new Error(`chrome script failed: ${JSON.stringify(result).slice(0, 300)}`);
    return result.result?.value;
  }

  const views = () => helper.evaluate(() => browser.extension.getViews({ type: 'popup' }).length);
  const driver = {
    name: 'firefox',
    async newPage({ width, height }) {
      const p = await browser.newPage();
      await p.setViewport({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt,
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    screenshot: (p, file) => p.screenshot({ path: file, fullPage: true }),
    closePage: (p) => p?.close(),
    extEval: (fn, arg) => helper.evaluate(fn, arg),
    async openPopup(page) {
      await page.bringToFront(); // the popup asks for the active tab of the current window
      await helper.evaluate(() => browser.action.openPopup());
      for (let i = 0; i < 50 && (await views()) === 0; i++) await sleep(100);
      if ((await views()) === 0) throw new Error('action.openPopup() opened no popup');
      return { opened: Date.now() };
    },
    popupEval: (_popup, fn, arg) =>
      helper.evaluate(
        `(async () => {
          const [view] = browser.extension.getViews({ type: 'popup' });
          if (!view) throw new Error('the popup is closed');
          return (${fn})(view.document, ${JSON.stringify(arg ?? null)});
        })()`,
      ),
    async popupShot(_popup, file) {
      const url = await chromeEval(`(async () => {
        const b = document.querySelector('browser.webextension-popup-browser');
        if (!b) throw new Error('no popup panel');
        const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      })()`);
      writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    },
    // The popup panel follows the system theme; pages follow the content override.
    setDark: (_popup, dark) =>
      chromeEval(
        `Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${dark ? 1 : 0}); Services.prefs.setIntPref('${DARK_PREF}', ${dark ? 0 : 1})`,
      ),
    async closePopup() {
      await helper.evaluate(() => browser.extension.getViews({ type: 'popup' })[0]?.close());
      for (let i = 0; i < 50 && (await views()) > 0; i++) await sleep(100);
    },
    close: () => browser.close(),
  };
  return driver;
}

const run = createRunner('firefox-real-popup');
const srv = await startServer();
try {
  const en = await launch();
  try {
    await realPopupScenario(en, srv.origin, run);
    await realPopupNotNews(en, srv.origin, run);
    await manyQuotesPageMode(en, srv.origin, run, 'en-light');
  } finally {
    await en.close();
  }
  const ar = await launch({ lang: 'ar' });
  try {
    await realPopupArabicScenario(ar, srv.origin, run);
  } finally {
    await ar.close();
  }
} catch (e) {
  await run.step('browser session', () => Promise.reject(e));
} finally {
  await srv.close();
}
process.exitCode = run.summary() ? 1 : 0;
