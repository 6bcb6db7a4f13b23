// Entry of the bench's in-page bundle (scripts/vite.bench.config.ts).
import { findArticle } from '../../core/article/index.ts';
import { detectOnLoad } from '../../core/detect/index.ts';
import { walkPage } from '../../core/page/walk.ts';
import { analyzeText } from '../../core/report.ts';
import { snapshot } from '../../core/snapshot.ts';
import type { ArticleInfo } from '../../core/types.ts';

export { analyze } from '../../core/report.ts';

/** The article as the content script's load path leaves it (not timed: the load path's share). */
export function articleOf(doc: Document): ArticleInfo {
  return findArticle(doc, walkPage(doc));
}

/** What opening the popup costs: the snapshot in the page, then quotes, dateline and date on it. */
export function textSide(doc: Document, article: ArticleInfo, url: string | null): number {
  const snap = snapshot(doc, article, url);
  return analyzeText(snap).quotes.length;
}

/** Detection as the content script runs it on load (here whole: the same steps, without pauses). */
export function detect(doc: Document, url: string | null): boolean {
  return detectOnLoad(doc, url).detection.isNews;
}
