// The real toolbar popup in Debian Chromium: puppeteer-core over a pipe loads
// dist/chrome (CDP Extensions.loadUnpacked), and chrome.action.openPopup(),
// evaluated in the service worker, opens the popup as the toolbar button does,
// for the active tab; the popup is then a page target. Two launches: English UI,
// then Arabic UI (light and dark are switched on the popup itself).
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumLangEnv, defaultExecutable } from '../../src/cli/common/launch.ts';
import { createRunner } from './scenario.mjs';
import { axeCheck } from './scenario.mjs';
import { manyQuotesPageMode, realPopupArabicScenario, realPopupNotNews, realPopupScenario } from './real-popup.mjs';
import { startServer } from './server.mjs';

const DIST = path.resolve(process.env.CHROME_EXT ?? 'dist/chrome');
const EXE = defaultExecutable('chromium');
if (!existsSync(path.join(DIST, 'manifest.json'))) throw new Error(`${DIST}/manifest.json missing: run npm run build`);

async function launch({ lang = 'en-US' } = {}) {
  const browser = await puppeteer.launch({
    executablePath: EXE,
    headless: true,
    pipe: true,
    enableExtensions: [DIST],
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
  const swTarget = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15000 },
  );
  const extId = new URL(swTarget.url()).host;
  const worker = await swTarget.worker();
  const popupUrl = `chrome-extension://${extId}/src/popup/popup.html`;
  const driver = {
    name: 'chromium',
    async newPage({ width, height }) {
      const p = await browser.newPage();
      await p.setViewport({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt: (p, rest) => p.goto(`chrome-extension://${extId}/${rest}`),
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    screenshot: (p, file) => p.screenshot({ path: file, fullPage: true }),
    closePage: (p) => p?.close(),
    extEval: (fn, arg) => worker.evaluate(fn, arg),
    async openPopup(page) {
      await page.bringToFront(); // the popup asks for the active tab of the current window
      await worker.evaluate('chrome.action.openPopup()');
      const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === popupUrl, {
        timeout: 8000,
      });
      return target.asPage();
    },
    // A string, not a function: extension pages forbid eval, and CDP's evaluation is not bound by it.
    popupEval: (popup, fn, arg) => popup.evaluate(`(${fn})(document, ${JSON.stringify(arg ?? null)})`),
    popupShot: (popup, file) => popup.screenshot({ path: file }),
    setDark: (popup, dark) =>
      popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]),
    async closePopup(popup) {
      if (popup) return popup.close();
      for (const t of browser.targets()) if (t.url() === popupUrl) await (await t.asPage()).close();
    },
    axePage: (popup, run, state) => axeCheck(driver, popup, run, state),
    close: () => browser.close(),
  };
  return driver;
}

const run = createRunner('chromium-real-popup');
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
