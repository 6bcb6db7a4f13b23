// The one driver interface every end-to-end scenario is written against, for
// both browsers: Chromium (playwright-core, or puppeteer-core for the real
// toolbar popup) and Firefox (puppeteer-core over WebDriver BiDi). chromium.ts
// and firefox.ts implement it; nothing else touches a browser library.
//
// Functions run in a page, an extension page or the popup are sent as source
// text (callSource): they must not close over anything, and their arguments
// and results travel as JSON.

import type { BrowserName } from '../../../src/cli/common/launch.ts';
import type { PageFn } from '../../../src/cli/common/page-call.ts';

export type { BrowserName, PageFn };

export interface Size {
  width: number;
  height: number;
}

/** A tab: a web page, an extension page opened as a tab, or (in Chromium) the real popup. */
export interface Tab {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Opens the extension's page `rest` (its path and query) and waits until it has loaded. */
  gotoExt(rest: string): Promise<void>;
  /** A browser page no content script runs on (chrome://version, about:blank). */
  gotoRestricted(): Promise<void>;
  /** Runs `fn(arg)` in the page (main world) and returns its awaited result. */
  evaluate<A, R>(fn: PageFn<A, R>, arg?: A): Promise<R>;
  /** Runs source text in the page (a library such as axe-core) and returns its awaited value. */
  run(source: string): Promise<unknown>;
  /** A PNG of the viewport, or of the whole page. */
  screenshot(file: string, fullPage: boolean): Promise<void>;
  setViewport(size: Size): Promise<void>;
  /** One key (`Tab`, `Enter`, `Escape`) typed into the page. */
  press(key: string): Promise<void>;
  /** A chord: the modifiers held down while `key` is pressed (`['Alt', 'Shift']`, `KeyR`). */
  pressChord(modifiers: readonly string[], key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A function run on the real popup's document. */
export type PopupFn<A, R> = (doc: Document, arg: A) => R | Promise<R>;

/** An open real popup (what `RealPopup.open` gives back; only its driver reads it). */
export interface PopupHandle {
  /** Chromium: the popup is a page target, and a Tab; Firefox: it is not a WebDriver target. */
  tab: Tab | null;
}

/** The toolbar popup, opened as the toolbar button opens it (action.openPopup() for the active tab). */
export interface RealPopup {
  /** Opens the real popup with `tab` as the active tab. */
  open(tab: Tab): Promise<PopupHandle>;
  /** Runs `fn(popupDocument, arg)` and returns its awaited result. */
  eval<A, R>(popup: PopupHandle, fn: PopupFn<A, R>, arg?: A): Promise<R>;
  /** A PNG of the popup at its real size. */
  shot(popup: PopupHandle, file: string): Promise<void>;
  /** Switches the popup (and the pages) to dark or light. */
  setDark(popup: PopupHandle, dark: boolean): Promise<void>;
  /** Closes `popup`, or with null any popup left open. */
  close(popup: PopupHandle | null): Promise<void>;
}

/** chrome://extensions' record of our extension (Chromium). */
export interface ExtensionReport {
  installWarnings: unknown[];
  manifestErrors: unknown[];
  runtimeErrors: unknown[];
}

export interface Driver {
  name: BrowserName;
  /** Whether the browser was started in dark mode. */
  dark: boolean;
  newTab(size: Size): Promise<Tab>;
  /** Runs `fn(arg)` in the extension (its service worker, or one of its pages), where its APIs are. */
  extEval<A, R>(fn: PageFn<A, R>, arg?: A): Promise<R>;
  /**
   * The toggle-reader keyboard command as near to the browser's own dispatch as the browser
   * allows (keys typed by the automation reach the page, not the browser); `commandPathNote` says how.
   */
  commandPath(): Promise<unknown>;
  commandPathNote: string;
  /** The real toolbar popup: in the sessions launched with `realPopup`. */
  realPopup: RealPopup | null;
  /** Chromium: install warnings, manifest and runtime errors, as chrome://extensions shows them. */
  extensionReport: (() => Promise<ExtensionReport | undefined>) | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The UI language (`en-US`, `ar`). */
  lang?: string;
  dark?: boolean;
  /** The real toolbar popup is driven (Chromium: through puppeteer-core instead of playwright-core). */
  realPopup?: boolean;
  /** The temporary profile folder's name starts with this (Chromium). */
  profile?: string;
}
