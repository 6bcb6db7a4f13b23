// E2E in Debian Chromium through playwright-core (persistent context with the
// unpacked dist/chrome). Two launches: English UI light, then Arabic UI dark.
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchChromium } from '../../src/cli/common/launch.ts';
import { arabicScenario, createRunner, mainScenario } from './scenario.mjs';
import { startServer } from './server.mjs';
import { siteStyleScenario } from './site-style.mjs';

const DIST = path.resolve(process.env.CHROME_EXT ?? 'dist/chrome');

async function launch({ lang = 'en-US', dark = false } = {}) {
  // A missing build makes launchChromium throw (Chromium would run silently without the extension).
  const { context, worker: sw, extId, close } = await launchChromium({ dist: DIST, lang, dark });
  // Playwright opens one blank tab; keep it so closing others never ends the window.
  const driver = {
    name: 'chromium',
    async newPage({ width, height }) {
      const p = await context.newPage();
      await p.setViewportSize({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt: (p, rest) => p.goto(`chrome-extension://${extId}/${rest}`),
    gotoRestricted: (p) => p.goto('chrome://version/'),
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    screenshot: (p, file) => p.screenshot({ path: file, fullPage: true }),
    closePage: (p) => p?.close(),
    // chrome://extensions has chrome.developerPrivate: the same data as its "Errors" button.
    async extensionReport() {
      const p = await context.newPage();
      await p.goto('chrome://extensions');
      const all = await p.evaluate(async () =>
        (await globalThis.chrome.developerPrivate.getExtensionsInfo()).map((e) => ({
          id: e.id,
          installWarnings: e.installWarnings,
          manifestErrors: e.manifestErrors,
          runtimeErrors: e.runtimeErrors,
        })),
      );
      await p.close();
      return all.find((e) => e.id === extId);
    },
    extEval: (fn, arg) => sw.evaluate(fn, arg),
    close,
  };
  return driver;
}

const run = createRunner('chromium');
const srv = await startServer();
try {
  const en = await launch();
  try {
    await mainScenario(en, srv.origin, run);
    await siteStyleScenario(en, srv.origin, run);
    await run.step('Chrome: no install warnings, manifest or runtime errors', async () => {
      const r = await en.extensionReport();
      run.log('extension report', JSON.stringify(r));
      assert.deepEqual([r.installWarnings, r.manifestErrors, r.runtimeErrors], [[], [], []]);
    });
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
