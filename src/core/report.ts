// analyze(document, url) ──► Report: the one contract between core/ and the
// rest. The content script runs the load path (detect, article, clutter) on
// the live page and builds a PageSnapshot; the text side (quotes, dateline,
// published) runs on that snapshot wherever it is convenient (popup, CLI).

import { findArticle } from './article/index.ts';
import { findClutter } from './clutter/index.ts';
import { findDateline } from './dateline/index.ts';
import { detectNews } from './detect/index.ts';
import { resolvePublished } from './published/index.ts';
import { snapshot } from './snapshot.ts';
import { findQuotes } from './quotes/index.ts';
import { identifiable, identifyLang } from './lang/identify.ts';
import { extractReadable } from './reader/index.ts';
import { describeClutter } from './kinds.ts';
import { MAX_PAGE_ELEMENTS, walkPage } from './page/walk.ts';
import type { ArticleInfo, ClutterHit, PageSnapshot, Published, Dateline, Quote, Report } from './types.ts';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export interface TextResults {
  /** The article's language: the page's, unless its words clearly say another of ours (lang/identify.ts). */
  lang: string | null;
  published: Published | null;
  dateline: Dateline | null;
  quotes: Quote[];
}

/**
 * The article's language for its quotes and dateline: a template's lang="en" on a French article,
 * or no lang at all, is corrected by the article's own closed-class words when they clearly say
 * one of our languages (lang/identify.ts).
 */
export function textLang(snap: PageSnapshot): string | null {
  // A declared language the words cannot tell apart (Bulgarian from Russian) is kept.
  if (snap.lang && !identifiable(snap.lang)) return snap.lang;
  const words = [snap.headline, snap.standfirst, ...snap.paragraphs].filter(Boolean).join(' ');
  return identifyLang(words) ?? snap.lang;
}

/** The text side: no DOM needed. */
export function analyzeText(snap: PageSnapshot): TextResults {
  const lang = textLang(snap);
  return {
    lang,
    // The page's own: the words of an article say its language, not its numeric date order (an
    // English text may write 02/10 for the 2nd of October or for February 10th).
    published: resolvePublished(snap.dateEvidence, snap.lang),
    dateline: findDateline(snap.paragraphs, lang),
    quotes: findQuotes({
      paragraphs: snap.paragraphs,
      headline: snap.headline,
      standfirst: snap.standfirst,
      lang,
    }),
  };
}

export interface Analysis {
  report: Report;
  article: ArticleInfo;
  hits: ClutterHit[];
}

export interface AnalyzeOptions {
  /** Extract the reading view's article (core/reader); a scoreboard that never reads it can skip it. Default true. */
  readingView?: boolean;
}

/** Full analysis of a document. Also returns the live elements, for clean-up. */
export function analyzeDocument(doc: Document, url: string | null = null, opts: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  const walk = walkPage(doc); // one walk shared by detection and article finding
  const detection = detectNews(doc, url, walk);
  const t1 = now();
  const article = findArticle(doc, walk);
  const hits = findClutter(doc, article);
  const t2 = now();
  const snap = snapshot(doc, article, url);
  const text = analyzeText(snap);
  // The reading view's article (on demand in the extension; the CLI reports it for every page).
  const readable = opts.readingView === false ? null : extractReadable(doc, url, { walk, article, clutter: hits });
  const t3 = now();
  const report: Report = {
    url,
    title: snap.title,
    dir: snap.dir,
    isNews: detection.isNews,
    newsScore: detection.score,
    signals: detection.signals,
    ...text,
    article: readable ? { text: readable.visibleText, body: readable.text } : null,
    clutter: describeClutter(hits),
    timings: { detectMs: t1 - t0, clutterMs: t2 - t1, extractMs: t3 - t2 },
  };
  // A huge page is analysed on its first elements only (bounded walks): say so.
  if (walk.truncated) report.notes = [`page-too-large: walk capped at ${MAX_PAGE_ELEMENTS} elements`];
  return { report, article, hits };
}

export function analyze(doc: Document, url: string | null = null): Report {
  return analyzeDocument(doc, url).report;
}
