// E2E in Firefox ESR through puppeteer-core over WebDriver BiDi: dist/firefox
// installed as a temporary add-on. Two launches: English UI light, then
// Arabic UI (langpack + intl.locale.requested) dark.
import path from 'node:path';
import { launchFirefox } from '../../src/cli/common/launch.ts';
import { arabicScenario, createRunner, mainScenario } from './scenario.mjs';
import { startServer } from './server.mjs';
import { siteStyleScenario } from './site-style.mjs';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');

async function launch({ lang = 'en-US', dark = false } = {}) {
  // The Debian langpack for `lang` lives in the app's extensions dir: launchFirefox allows that scope.
  const { browser, gotoExt, close } = await launchFirefox({ dist: DIST, lang, dark });

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
    close,
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
