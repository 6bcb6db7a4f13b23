// The contract between the always-loaded content script and its clean side:
// everything that happens on a page once it is to be cleaned (the article,
// the widgets, hiding and restoring them, the late-widget watcher, what the
// page teaches the site's stylesheet). The content script itself only detects
// whether a page is news and answers the popup; the clean side is injected
// (sides.ts) when a news page is to be cleaned, or when the popup opens and
// lists what it would remove. Pages that are not news never load it.

import type { PageWalk } from '../core/page/walk.ts';
import type { Slicer } from '../core/slice.ts';
import type { ArticleInfo, ClutterKind, ReportClutter } from '../core/types.ts';
import type { LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import type { Early } from './early-slot.ts';
import { installSide, readSide } from './sides.ts';

export type { PageWalk };

/** The site's stylesheet as the content script holds it (site-learning.ts). */
export interface SiteStyleHold {
  /** The site's entry as read at document start, then as the last cleaned page left it. */
  stored: SiteStyle | null;
  /** What the document-start script put in (null: it did not run). */
  early: Early | null;
  /** Told the site's entry after a cleaned article changed it (null: nothing left to keep). */
  onSiteStyle(style: SiteStyle | null): void;
}

/** What the content script gives its cleaner. */
export interface CleanerHost {
  doc: Document;
  /** The content script's timings, which the cleaner writes its steps into. */
  timings: LoadTimings;
  /** Called whenever the number of hidden widgets changes (for the badge). */
  onHiddenCount(count: number): void;
  /** Detection's page walk, once (null: the page was not walked, or may have changed since). */
  takeWalk(): PageWalk | null;
  site: SiteStyleHold;
}

/** One page's clean-up, from the first clean to the last restore. */
export interface Cleaner {
  /** True while the widgets of `kinds` are hidden. */
  readonly cleaned: boolean;
  /** The kinds hidden by the last clean. */
  readonly kinds: readonly ClutterKind[];
  /** How many widgets are hidden now. */
  readonly hiddenCount: number;
  /**
   * The load path's clean-up, in slices: the article, the widgets, hiding
   * them, watching for late ones, and what the page teaches the site's
   * stylesheet. `check` throws when the popup acted meanwhile.
   */
  cleanOnLoad(kinds: readonly ClutterKind[], slicer: Slicer, check: () => void): Promise<void>;
  /** Hides the given kinds (all hidden before are restored first), whole: the popup's action. */
  clean(kinds: readonly ClutterKind[]): void;
  /** Shows everything again, exactly as it was. */
  restore(): void;
  /** The article (found once). */
  article(): ArticleInfo;
  /** The widgets found, as the popup lists them; `refind`: search the page now if it was never searched. */
  found(refind: boolean): ReportClutter[];
  /** How many widgets of each kind are hidden now. */
  hiddenByKind(): Partial<Record<ClutterKind, number>>;
  /** Stops the late-widget watcher. */
  stop(): void;
}

export interface CleanSide {
  cleaner(host: CleanerHost): Cleaner;
}

/** The isolated world's global slot where the injected clean side registers itself. */
export const CLEAN_SIDE_SLOT = '__clearlineCleanSide';

/** The clean side, once injected into this page. */
export function loadedCleanSide(global: object = globalThis): CleanSide | null {
  return readSide<CleanSide>(CLEAN_SIDE_SLOT, 'cleaner', global);
}

export function installCleanSide(side: CleanSide, global: object = globalThis): void {
  installSide(CLEAN_SIDE_SLOT, side, global);
}
