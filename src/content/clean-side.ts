// The contract between the always-loaded content script and its clean side:
// the article finder, the clutter finder, hiding and restoring, and the
// late-widget watcher. The content script itself only detects whether a page
// is news; the clean side is injected (sides.ts) when a news page is to be
// cleaned, or when the popup opens and lists what it would remove. Pages that
// are not news never load it.

import type { findArticle } from '../core/article/index.ts';
import type { PageWalk } from '../core/page/walk.ts';
import type { hide, hideSteps, restore, watchLateClutter } from '../core/cleanup.ts';
import type { findClutter, findClutterSteps } from '../core/clutter/index.ts';
import type { Steps } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit } from '../core/types.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import { installSide, readSide } from './sides.ts';

export type { PageWalk };

export interface CleanSide {
  findArticle: typeof findArticle;
  findClutter: typeof findClutter;
  /** findClutter as a step function, for the sliced load path (core/slice). */
  findClutterSteps: typeof findClutterSteps;
  hide: typeof hide;
  hideSteps: typeof hideSteps;
  restore: typeof restore;
  watchLateClutter: typeof watchLateClutter;
  /**
   * What a cleaned page teaches the site's stylesheet (core/site-selectors,
   * shared/site-styles): the entry after this page, given the stored one.
   */
  learnSiteStyle(
    doc: Document,
    article: ArticleInfo,
    hidden: readonly ClutterHit[],
    stored: SiteStyle | null,
    at: number,
  ): Steps<SiteLearning>;
}

export interface SiteLearning {
  /** The site's entry after this page (null: nothing left to keep). */
  style: SiteStyle | null;
  /** Whether it differs from the stored one in its selectors. */
  changed: boolean;
  /** Stored selectors that matched part of this page's article: out of the page's stylesheet now. */
  unsafe: string[];
}

/** The isolated world's global slot where the injected clean side registers itself. */
export const CLEAN_SIDE_SLOT = '__clearlineCleanSide';

/** The clean side, once injected into this page. */
export function loadedCleanSide(global: object = globalThis): CleanSide | null {
  return readSide<CleanSide>(CLEAN_SIDE_SLOT, 'findClutterSteps', global);
}

export function installCleanSide(side: CleanSide, global: object = globalThis): void {
  installSide(CLEAN_SIDE_SLOT, side, global);
}
