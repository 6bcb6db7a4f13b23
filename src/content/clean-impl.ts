// The clean side's parts, straight from core/, and what a cleaned page
// teaches the site's stylesheet.
import { findArticle } from '../core/article/index.ts';
import { hide, hideSteps, restore, watchLateClutter } from '../core/cleanup.ts';
import { findClutter, findClutterSteps } from '../core/clutter/index.ts';
import { learnSiteSelectors } from '../core/site-selectors.ts';
import type { Steps } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit } from '../core/types.ts';
import { MAX_SITE_SELECTORS, mergeSiteStyle, sameSelectors, type SiteStyle } from '../shared/site-styles.ts';
import type { CleanSide, SiteLearning } from './clean-side.ts';

function* learnSiteStyle(
  doc: Document,
  article: ArticleInfo,
  hidden: readonly ClutterHit[],
  stored: SiteStyle | null,
  at: number,
): Steps<SiteLearning> {
  const storedSels = stored?.sels.map((s) => s.sel) ?? [];
  const lesson = yield* learnSiteSelectors(doc, article, hidden, storedSels, MAX_SITE_SELECTORS);
  const style = mergeSiteStyle(stored, lesson, at);
  return { style, changed: !sameSelectors(style, stored), unsafe: [...lesson.unsafe] };
}

export function createCleanSide(): CleanSide {
  return { findArticle, findClutter, findClutterSteps, hide, hideSteps, restore, watchLateClutter, learnSiteStyle };
}
