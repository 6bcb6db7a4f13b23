// The end-to-end suites: for each, the browser sessions it starts (one launch
// each, with its UI language and colour scheme) and the scenarios each session
// runs, in order. Every suite runs in both browsers, through the one driver
// interface (driver/driver.ts); run.ts runs each in a process of its own.
import type { BrowserName, LaunchOptions } from './driver/driver.ts';
import type { Scenario } from './lib/runner.ts';
import { arabicUiScenario } from './scenarios/arabic-ui.ts';
import { extensionReportScenario } from './scenarios/extension-report.ts';
import { hostileQuoteScenario } from './scenarios/hostile-quote.ts';
import { lateCommentsScenario } from './scenarios/late-comments.ts';
import { notNewsScenario } from './scenarios/not-news.ts';
import { optionsPageScenario } from './scenarios/options-page.ts';
import { popupPageQuotesScenario } from './scenarios/popup-page-quotes.ts';
import { readerArabicScenario } from './scenarios/reader-arabic.ts';
import { readerDarkScenario } from './scenarios/reader-dark.ts';
import { readerEnglishScenario } from './scenarios/reader-en.ts';
import { realPopupArabicUiScenario } from './scenarios/real-popup-arabic-ui.ts';
import { realPopupNotNewsScenario } from './scenarios/real-popup-not-news.ts';
import { realPopupQuotesScenario } from './scenarios/real-popup-quotes.ts';
import { realPopupSeedScenario } from './scenarios/real-popup-seed.ts';
import { restrictedScenario } from './scenarios/restricted.ts';
import { seedScenario } from './scenarios/seed.ts';
import { siteStyleScenario } from './scenarios/site-style.ts';
import { stillLoadingScenario } from './scenarios/still-loading.ts';
import { wireStoryScenario } from './scenarios/wire-story.ts';

export const SUITE_NAMES = ['page', 'real-popup', 'reader'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

export interface Session {
  launch: LaunchOptions;
  scenarios: Scenario[];
}

export const SUITES: Record<SuiteName, (browser: BrowserName) => Session[]> = {
  // The popup opened as a page (popup.html?tabId=N), the page itself, the options page.
  page: (browser) => [
    {
      launch: {},
      scenarios: [
        seedScenario,
        lateCommentsScenario,
        wireStoryScenario,
        hostileQuoteScenario,
        notNewsScenario,
        restrictedScenario,
        stillLoadingScenario,
        optionsPageScenario,
        siteStyleScenario,
        // Chromium keeps a record of the extension's errors; Firefox has no such page.
        ...(browser === 'chromium' ? [extensionReportScenario] : []),
      ],
    },
    { launch: { lang: 'ar', dark: true }, scenarios: [arabicUiScenario] },
  ],
  // The real toolbar popup (light and dark are switched on the popup itself).
  'real-popup': () => [
    {
      launch: { realPopup: true },
      scenarios: [realPopupSeedScenario, realPopupQuotesScenario, realPopupNotNewsScenario, popupPageQuotesScenario],
    },
    { launch: { realPopup: true, lang: 'ar' }, scenarios: [realPopupArabicUiScenario] },
  ],
  // The reading view.
  reader: () => [
    { launch: { profile: 'clearline-reader-chromium' }, scenarios: [readerEnglishScenario, readerArabicScenario] },
    { launch: { lang: 'ar', dark: true, profile: 'clearline-reader-chromium' }, scenarios: [readerDarkScenario] },
  ],
};

/** The suite's name in its log lines and its summary ("CHROMIUM-READER E2E: …"). */
export const suiteLabel = (browser: BrowserName, suite: SuiteName): string =>
  suite === 'page' ? browser : `${browser}-${suite}`;
