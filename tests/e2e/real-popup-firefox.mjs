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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_DARK_PREF, launchFirefox } from '../../src/cli/common/launch.ts';
import { createRunner } from './scenario.mjs';
import { manyQuotesPageMode, realPopupArabicScenario, realPopupNotNews, realPopupScenario } from './real-popup.mjs';
import { startServer } from './server.mjs';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch({ lang = 'en-US' } = {}) {
  // Light to start with; setDark switches the theme in the running browser.
  const { browser, gotoExt, chromeEval, close } = await launchFirefox({ dist: DIST, lang, dark: false });

  const helper = await browser.newPage();
  await gotoExt(helper, 'src/options/options.html');

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
        `Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${dark ? 1 : 0}); Services.prefs.setIntPref('${FIREFOX_DARK_PREF}', ${dark ? 0 : 1})`,
      ),
    async closePopup() {
      await helper.evaluate(() => browser.extension.getViews({ type: 'popup' })[0]?.close());
      for (let i = 0; i < 50 && (await views()) > 0; i++) await sleep(100);
    },
    close,
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
