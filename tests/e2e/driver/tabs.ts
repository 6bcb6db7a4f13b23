// Tab (driver.ts) over the two browser libraries' pages: playwright-core's
// (Chromium) and puppeteer-core's (Firefox, and Chromium's real-popup session).

import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { callSource, type PageFn } from '../../../src/cli/common/page-call.ts';
import type { PopupFn, Tab } from './driver.ts';

/**
 * The call `fn(doc, arg)` as source text, `doc` an expression for a document. Like callSource, it
 * brings tsx's `__name` helper along, since the page does not have it.
 */
export function documentCall<A, R>(fn: PopupFn<A, R>, arg: A | undefined, doc: string): string {
  return `(async () => { const __name = (f) => f; return (${fn.toString()})(${doc}, ${JSON.stringify(arg ?? null)}); })()`;
}

export function playwrightTab(p: PlaywrightPage, extOrigin: string, restricted: string): Tab {
  return {
    goto: async (url) => void (await p.goto(url, { waitUntil: 'load' })),
    gotoExt: async (rest) => void (await p.goto(extOrigin + rest)),
    gotoRestricted: async () => void (await p.goto(restricted)),
    evaluate: <A, R>(fn: PageFn<A, R>, arg?: A) => p.evaluate(callSource(fn, arg as A)) as Promise<R>,
    run: (source) => p.evaluate(source),
    // caret 'initial': Playwright's default caret hiding leaves style="" on the page's inputs.
    screenshot: async (file, fullPage) => void (await p.screenshot({ path: file, fullPage, caret: 'initial' })),
    setViewport: (size) => p.setViewportSize(size),
    press: (key) => p.keyboard.press(key),
    pressChord: (modifiers, key) => p.keyboard.press([...modifiers, key].join('+')),
    bringToFront: () => p.bringToFront(),
    close: () => p.close(),
  };
}

export interface PuppeteerTabOptions {
  /** Opens an extension page in `p` and waits for it to load. */
  gotoExt(p: PuppeteerPage, rest: string): Promise<void>;
  restricted: string;
}

export function puppeteerTab(p: PuppeteerPage, o: PuppeteerTabOptions): Tab {
  return {
    goto: async (url) => void (await p.goto(url, { waitUntil: 'load' })),
    gotoExt: (rest) => o.gotoExt(p, rest),
    gotoRestricted: async () => void (await p.goto(o.restricted)),
    evaluate: <A, R>(fn: PageFn<A, R>, arg?: A) => p.evaluate(callSource(fn, arg as A)) as Promise<R>,
    run: (source) => p.evaluate(source),
    screenshot: async (file, fullPage) => void (await p.screenshot({ path: file as `${string}.png`, fullPage })),
    setViewport: (size) => p.setViewport(size),
    press: (key) => p.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    async pressChord(modifiers, key) {
      type Key = Parameters<PuppeteerPage['keyboard']['press']>[0];
      for (const m of modifiers) await p.keyboard.down(m as Key);
      await p.keyboard.press(key as Key);
      for (const m of [...modifiers].reverse()) await p.keyboard.up(m as Key);
    },
    bringToFront: () => p.bringToFront(),
    close: () => p.close(),
  };
}
