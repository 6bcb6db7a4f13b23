// The reading view's end-to-end suite in Debian Chromium (playwright-core,
// persistent context with the unpacked dist/chrome). Two launches: English UI
// in light mode, then Arabic UI in dark mode. The scenario is tests/e2e/reader.mjs.
import path from 'node:path';
import { launchChromium } from '../../src/cli/common/launch.ts';
import { runReaderSuite } from './reader.mjs';

const DIST = path.resolve(process.env.CHROME_EXT ?? 'dist/chrome');

async function launch({ lang = 'en-US', dark = false } = {}) {
  const {
    context,
    worker: sw,
    extId,
    close,
  } = await launchChromium({
    dist: DIST,
    lang,
    dark,
    profile: 'clearline-reader-chromium',
  });
  return {
    name: 'chromium',
    dark,
    async newPage({ width, height }) {
      const p = await context.newPage();
      await p.setViewportSize({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt: (p, rest) => p.goto(`chrome-extension://${extId}/${rest}`),
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    // caret 'initial': Playwright's default caret hiding leaves style="" on the page's inputs.
    screenshot: (p, file, fullPage = false) => p.screenshot({ path: file, fullPage, caret: 'initial' }),
    closePage: (p) => p?.close(),
    bringToFront: (p) => p.bringToFront(),
    press: (p, key) => p.keyboard.press(key),
    /** The keyboard command as the browser sends it: Alt+Shift+R typed into the page. */
    pressShortcut: (p) => p.keyboard.press('Alt+Shift+KeyR'),
    commandPathNote:
      'what the background does on the command (handlers.onCommand, unit-tested), run in its service worker: Chromium lets no script fire an extension command',
    /**
     * What the background does on the toggle-reader command (handlers.onCommand, unit-tested):
     * inject the reading view's side into the active tab's top frame and send it reader-toggle.
     */
    async commandPath() {
      return sw.evaluate(async () => {
        const chrome = globalThis.chrome;
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        await chrome.scripting.executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          files: ['/src/content/read.js'],
        });
        return chrome.tabs.sendMessage(tab.id, { type: 'reader-toggle' }, { frameId: 0 });
      });
    },
    extEval: (fn, arg) => sw.evaluate(fn, arg),
    close,
  };
}

await runReaderSuite('chromium-reader', launch);
