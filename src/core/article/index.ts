// core/article: the article root, its headline, standfirst and body
// paragraphs in reading order. Everything downstream reads these paragraphs
// (quotes, dateline) or protects them (clutter never hides a body paragraph).
//
//   root       itemprop=articleBody ─► the best-ranked body candidate (page/rank.ts)
//   paragraphs walk the root: <p>, and elements holding text with <br>
//              (skipping widgets, captions, link lists, embedded posts)      (paragraphs.ts)
//   headline   itemprop=headline ─► the <h1> matching og:title / <title> ─► first <h1>  (headline.ts)
//   standfirst a lead / summary element before the first body paragraph     (headline.ts)
//
// It reads the page walk detection made (page/walk.ts), so the page is walked once.

import { foldedText } from '../dom.ts';
import { weightedLength } from '../page/blocks.ts';
import { rankCandidates } from '../page/rank.ts';
import { walkPage, type PageWalk } from '../page/walk.ts';
import type { ArticleInfo } from '../types.ts';
import { findHeadline, findStandfirst } from './headline.ts';
import { collectParagraphs } from './paragraphs.ts';

/** The root: itemprop=articleBody when it holds text, else the best-scoring candidate. */
function findRoot(doc: Document, walk: PageWalk): Element | null {
  for (const el of walk.itemprops.get('articlebody') ?? []) {
    if (el.localName !== 'meta' && weightedLength(foldedText(el)) >= 200) return el;
  }
  return rankCandidates(doc, walk).top?.el ?? null;
}

/**
 * Finds the article root, its headline, standfirst and body paragraphs. Pass
 * the `walkPage` result detectNews used to share its one walk over the page.
 */
export function findArticle(doc: Document, walk: PageWalk = walkPage(doc)): ArticleInfo {
  const root = findRoot(doc, walk);
  if (!root) {
    const headline = findHeadline(doc, walk, null, null);
    return { root: null, paragraphs: [], headline, standfirst: null };
  }
  let paragraphs = collectParagraphs(root, new Set());
  const headline = findHeadline(doc, walk, root, paragraphs[0] ?? null);
  const standfirst = findStandfirst(doc, root, headline, paragraphs[0] ?? null);
  if (headline || standfirst) {
    // Never repeat the headline or standfirst as a body paragraph.
    paragraphs = paragraphs.filter(
      (p) =>
        !(headline && (p === headline || p.contains(headline) || headline.contains(p))) &&
        !(standfirst && (p === standfirst || p.contains(standfirst) || standfirst.contains(p))),
    );
  }
  return { root, paragraphs, headline, standfirst };
}
