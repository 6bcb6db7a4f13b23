// The driver (driver.ts) in Debian Chromium, started by the tools' own launcher
// (src/cli/common/launch.ts): playwright-core's persistent context with the
// unpacked dist/chrome, or, for the real toolbar popup, puppeteer-core over a
// pipe, where chrome.action.openPopup() in the service worker opens the popup
// as the toolbar button does (a page target).

import path from 'node:path';
import { launchChromium, launchChromiumPopup } from '../../../src/cli/common/launch.ts';
import { callSource, type PageFn } from '../../../src/cli/common/page-call.ts';
import { toggleReaderInActiveTab } from '../lib/ext.ts';
import type { Driver, ExtensionReport, LaunchOptions, PopupFn, PopupHandle, RealPopup } from './driver.ts';
import { documentCall, playwrightTab, puppeteerTab } from './tabs.ts';

const DIST = path.resolve(process.env.CHROME_EXT ?? 'dist/chrome');
const RESTRICTED = 'chrome://version/';

const COMMAND_PATH_NOTE =
  'what the background does on the command (handlers.onCommand, unit-tested), run in its service worker: Chromium lets no script fire an extension command';

export function launchChromiumDriver(o: LaunchOptions): Promise<Driver> {
  return o.realPopup ? withPuppeteer(o) : withPlaywright(o);
}

async function withPlaywright(o: LaunchOptions): Promise<Driver> {
  const dark = o.dark ?? false;
  // A missing build makes launchChromium throw (Chromium would run silently without the extension).
  const { context, worker, extId, close } = await launchChromium({
    dist: DIST,
    lang: o.lang ?? 'en-US',
    dark,
    ...(o.profile ? { profile: o.profile } : {}),
  });
  const extOrigin = `chrome-extension://${extId}/`;
  const extEval = <A, R>(fn: PageFn<A, R>, arg?: A) => worker.evaluate(callSource(fn, arg as A)) as Promise<R>;
  // Playwright opens one blank tab; it is kept, so that closing the others never ends the window.
  return {
    name: 'chromium',
    dark,
    async newTab(size) {
      const p = await context.newPage();
      await p.setViewportSize(size);
      return playwrightTab(p, extOrigin, RESTRICTED);
    },
    extEval,
    commandPath: () => extEval(toggleReaderInActiveTab),
    commandPathNote: COMMAND_PATH_NOTE,
    realPopup: null,
    // chrome://extensions has chrome.developerPrivate: the same data as its "Errors" button.
    async extensionReport() {
      const p = await context.newPage();
      await p.goto('chrome://extensions');
      const all = (await p.evaluate(
        callSource(async () => {
          type Info = ExtensionReport & { id: string };
          const dev = (
            globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(): Promise<Info[]> } } }
          ).chrome.developerPrivate;
          return (await dev.getExtensionsInfo()).map((e) => ({
            id: e.id,
            installWarnings: e.installWarnings,
            manifestErrors: e.manifestErrors,
            runtimeErrors: e.runtimeErrors,
          }));
        }, undefined),
      )) as Array<ExtensionReport & { id: string }>;
      await p.close();
      return all.find((e) => e.id === extId);
    },
    close,
  };
}

/** A real popup of this driver: its page target. */
interface ChromiumPopup extends PopupHandle {
  page: import('puppeteer-core').Page;
}

async function withPuppeteer(o: LaunchOptions): Promise<Driver> {
  const { browser, worker, extId, close } = await launchChromiumPopup({ dist: DIST, lang: o.lang ?? 'en-US' });
  const extOrigin = `chrome-extension://${extId}/`;
  const popupUrl = `${extOrigin}src/popup/popup.html`;
  const tabOptions = {
    gotoExt: async (p: import('puppeteer-core').Page, rest: string) => void (await p.goto(extOrigin + rest)),
    restricted: RESTRICTED,
  };
  // A string, not a function: extension pages forbid eval, and CDP's evaluation is not bound by it.
  const extEval = <A, R>(fn: PageFn<A, R>, arg?: A) => worker.evaluate(callSource(fn, arg as A)) as Promise<R>;
  const realPopup: RealPopup = {
    async open(tab) {
      await tab.bringToFront(); // the popup asks for the active tab of the current window
      await worker.evaluate('chrome.action.openPopup()');
      const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url() === popupUrl, {
        timeout: 8000,
      });
      const page = await target.asPage();
      const popup: ChromiumPopup = { page, tab: puppeteerTab(page, tabOptions) };
      return popup;
    },
    eval: <A, R>(popup: PopupHandle, fn: PopupFn<A, R>, arg?: A) =>
      (popup as ChromiumPopup).page.evaluate(documentCall(fn, arg, 'document')) as Promise<R>,
    shot: async (popup, file) =>
      void (await (popup as ChromiumPopup).page.screenshot({ path: file as `${string}.png` })),
    setDark: (popup, dark) =>
      (popup as ChromiumPopup).page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
      ]),
    async close(popup) {
      if (popup) return (popup as ChromiumPopup).page.close();
      for (const t of browser.targets()) if (t.url() === popupUrl) await (await t.asPage()).close();
    },
  };
  return {
    name: 'chromium',
    dark: false,
    async newTab(size) {
      const p = await browser.newPage();
      await p.setViewport(size);
      return puppeteerTab(p, tabOptions);
    },
    extEval,
    commandPath: () => extEval(toggleReaderInActiveTab),
    commandPathNote: COMMAND_PATH_NOTE,
    realPopup,
    extensionReport: null,
    close,
  };
}
