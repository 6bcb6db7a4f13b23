// The contract between the always-loaded content script and its clean side:
// the article finder, the clutter finder, hiding and restoring, and the
// late-widget watcher. The content script itself only detects whether a page
// is news; the clean side is injected (sides.ts) when a news page is to be
// cleaned, or when the popup opens and lists what it would remove. Pages that
// are not news never load it.

import type { findArticle, PageScan } from '../core/article.ts';
import type { hide, restore, watchLateClutter } from '../core/cleanup.ts';
import type { findClutter } from '../core/clutter.ts';
import { installSide, readSide } from './sides.ts';

export type { PageScan };

export interface CleanSide {
  findArticle: typeof findArticle;
  findClutter: typeof findClutter;
  hide: typeof hide;
  restore: typeof restore;
  watchLateClutter: typeof watchLateClutter;
}

/** The isolated world's global slot where the injected clean side registers itself. */
export const CLEAN_SIDE_SLOT = '__clearlineCleanSide';

/** The clean side, once injected into this page. */
export function loadedCleanSide(global: object = globalThis): CleanSide | null {
  return readSide<CleanSide>(CLEAN_SIDE_SLOT, 'findClutter', global);
}

export function installCleanSide(side: CleanSide, global: object = globalThis): void {
  installSide(CLEAN_SIDE_SLOT, side, global);
}
