// The driver (driver.ts) in Firefox ESR: puppeteer-core over WebDriver BiDi,
// dist/firefox installed as a temporary add-on (src/cli/common/launch.ts), with
// the Debian langpack for the UI language. Extension calls run in a helper tab
// on one of the extension's pages (the `browser` global).
//
// The real toolbar popup, as far as WebDriver BiDi reaches it:
// - Opening: action.openPopup(), called from the helper page while the
//   article's tab is the active one, opens the real popup panel for that tab,
//   as a click on the toolbar button does. Firefox 153 allows it without a user
//   gesture.
// - Reading and clicking: the popup is not a BiDi browsing context (getTree
//   lists tabs only), so puppeteer cannot drive it as a page. The helper page
//   reaches its document through browser.extension.getViews({type: 'popup'})
//   (same extension, same process) and reads and clicks there: DOM events, not
//   input events, so keyboard use of the real popup is tested in page mode only.
// - Screenshots: with --remote-allow-system-access, BiDi evaluates script in
//   the browser window's chrome context ("moz:scope": "chrome"), where the
//   popup's <browser> element draws itself (drawSnapshot) into a PNG: the real
//   panel, at its real size.
// - axe-core cannot be injected into the real popup (its CSP forbids it, and
//   BiDi cannot target it): the scenarios run it on the popup page
//   (popup.html?tabId=N) instead.
//
// The keyboard command: keys typed through BiDi go to the page, and the
// browser's own key handling never sees them. In the chrome context the command
// is the <key> element Firefox made from our manifest's `commands` entry:
// doCommand() on it runs Firefox's own command dispatch, which calls our
// background's commands.onCommand listener, as pressing the keys does.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_DARK_PREF, launchFirefox } from '../../../src/cli/common/launch.ts';
import { callSource, type PageFn } from '../../../src/cli/common/page-call.ts';
import type { Driver, LaunchOptions, PopupFn, RealPopup } from './driver.ts';
import { documentCall, puppeteerTab } from './tabs.ts';

const DIST = path.resolve(process.env.FIREFOX_EXT ?? 'dist/firefox');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefoxDriver(o: LaunchOptions): Promise<Driver> {
  const dark = o.dark ?? false;
  // The Debian langpack for `lang` lives in the app's extensions dir: launchFirefox allows that scope.
  // --remote-allow-system-access (launch.ts): BiDi navigation to moz-extension:// pages, and the
  // chrome context for the command, the popup's screenshots and the colour scheme.
  const { browser, gotoExt, chromeEval, close } = await launchFirefox({ dist: DIST, lang: o.lang ?? 'en-US', dark });
  const tabOptions = { gotoExt: (p: Page, rest: string) => gotoExt(p, rest), restricted: 'about:blank' };

  let helper: Page | null = null;
  const helperPage = async (): Promise<Page> => {
    if (!helper) {
      helper = await browser.newPage();
      await gotoExt(helper, 'src/options/options.html');
    }
    return helper;
  };
  const helperRun = async (source: string): Promise<unknown> => (await helperPage()).evaluate(source);
  const popupViews = async () =>
    (await helperRun(
      callSource(
        () =>
          (
            globalThis as unknown as { browser: { extension: { getViews(o: object): unknown[] } } }
          ).browser.extension.getViews({ type: 'popup' }).length,
        undefined,
      ),
    )) as number;

  const realPopup: RealPopup = {
    async open(tab) {
      await tab.bringToFront(); // the popup asks for the active tab of the current window
      await helperRun('browser.action.openPopup()');
      for (let i = 0; i < 50 && (await popupViews()) === 0; i++) await sleep(100);
      if ((await popupViews()) === 0) throw new Error('action.openPopup() opened no popup');
      return { tab: null };
    },
    eval: <A, R>(_popup: unknown, fn: PopupFn<A, R>, arg?: A) =>
      helperRun(
        `(async () => {
          const [view] = browser.extension.getViews({ type: 'popup' });
          if (!view) throw new Error('the popup is closed');
          return ${documentCall(fn, arg, 'view.document')};
        })()`,
      ) as Promise<R>,
    async shot(_popup, file) {
      const url = (await chromeEval(`(async () => {
        const b = document.querySelector('browser.webextension-popup-browser');
        if (!b) throw new Error('no popup panel');
        const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      })()`)) as string;
      writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    },
    // The popup panel follows the system theme; pages follow the content override.
    setDark: async (_popup, on) =>
      void (await chromeEval(
        `Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${on ? 1 : 0}); Services.prefs.setIntPref('${FIREFOX_DARK_PREF}', ${on ? 0 : 1})`,
      )),
    async close() {
      await helperRun("browser.extension.getViews({ type: 'popup' })[0]?.close()");
      for (let i = 0; i < 50 && (await popupViews()) > 0; i++) await sleep(100);
    },
  };

  // The real-popup sessions open their helper page first, before any article.
  if (o.realPopup) await helperPage();
  return {
    name: 'firefox',
    dark,
    async newTab(size) {
      const p = await browser.newPage();
      await p.setViewport(size);
      return puppeteerTab(p, tabOptions);
    },
    extEval: <A, R>(fn: PageFn<A, R>, arg?: A) => helperRun(callSource(fn, arg as A)) as Promise<R>,
    /** The command as Firefox dispatches it: the <key> element of our `toggle-reader` command. */
    commandPath: () =>
      chromeEval(`(() => {
        // Firefox gives the keys of extension commands no id: the one with our manifest's keys, Alt+Shift+R.
        const key = [...document.querySelectorAll('keyset[id^=ext-keyset-id] key')].find(
          (k) => k.getAttribute('key') === 'R' && k.getAttribute('modifiers') === 'alt,shift',
        );
        if (!key) throw new Error('no <key> for the toggle-reader command');
        key.doCommand();
        return { key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') };
      })()`),
    commandPathNote:
      "Firefox's own dispatch of the command's <key> element (doCommand in the browser window), which calls the background's commands.onCommand",
    realPopup: o.realPopup ? realPopup : null,
    extensionReport: null,
    close,
  };
}
