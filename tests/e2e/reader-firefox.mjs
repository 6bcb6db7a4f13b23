// The reading view's end-to-end suite in Firefox ESR (puppeteer-core over
// WebDriver BiDi; dist/firefox installed as a temporary add-on). Two launches:
// English UI in light mode, then Arabic UI in dark mode. The scenario is
// tests/e2e/reader.mjs.
//
// The keyboard command: keys typed through BiDi go to the page, and the
// browser's own key handling never sees them. With --remote-allow-system-access
// the browser window's chrome context is scriptable, and there the command is
// the <key> element Firefox made from our manifest's `commands` entry:
// doCommand() on it runs Firefox's own command dispatch, which calls our
// background's commands.onCommand listener, as pressing the keys does.
import path from 'node:path';
import { launchFirefox } from '../../src/cli/common/launch.ts';
import { runReaderSuite } from './reader.mjs';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');

async function launch({ lang = 'en-US', dark = false } = {}) {
  // --remote-allow-system-access (launch.ts): BiDi navigation to moz-extension:// pages, and the
  // chrome context for the command.
  const { browser, gotoExt, chromeEval, close } = await launchFirefox({ dist: DIST, lang, dark });

  let helper = null;
  return {
    name: 'firefox',
    dark,
    async newPage({ width, height }) {
      const p = await browser.newPage();
      await p.setViewport({ width, height });
      return p;
    },
    goto: (p, url) => p.goto(url, { waitUntil: 'load' }),
    gotoExt,
    evaluate: (p, fn, arg) => p.evaluate(fn, arg),
    screenshot: (p, file, fullPage = false) => p.screenshot({ path: file, fullPage }),
    closePage: (p) => p?.close(),
    bringToFront: (p) => p.bringToFront(),
    press: (p, key) => p.keyboard.press(key),
    async pressShortcut(p) {
      await p.keyboard.down('Alt');
      await p.keyboard.down('Shift');
      await p.keyboard.press('KeyR');
      await p.keyboard.up('Shift');
      await p.keyboard.up('Alt');
    },
    commandPathNote:
      "Firefox's own dispatch of the command's <key> element (doCommand in the browser window), which calls the background's commands.onCommand",
    /** The command as Firefox dispatches it: the <key> element of our `toggle-reader` command. */
    async commandPath() {
      return chromeEval(`(() => {
        // Firefox gives the keys of extension commands no id: the one with our manifest's keys, Alt+Shift+R.
        const key = [...document.querySelectorAll('keyset[id^=ext-keyset-id] key')].find(
          (k) => k.getAttribute('key') === 'R' && k.getAttribute('modifiers') === 'alt,shift',
        );
        if (!key) throw new Error('no <key> for the toggle-reader command');
        key.doCommand();
        return { key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') };
      })()`);
    },
    async extEval(fn, arg) {
      if (!helper) {
        helper = await browser.newPage();
        await gotoExt(helper, 'src/options/options.html');
      }
      return helper.evaluate(fn, arg);
    },
    close,
  };
}

await runReaderSuite('firefox-reader', launch);
