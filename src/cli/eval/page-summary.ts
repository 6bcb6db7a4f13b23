// One unlabelled page (pool/ or dates/) analysed into the few facts the
// scoreboard keeps. Runs in eval's worker threads or inline.

import { analyzeDocument } from '../../core/report.ts';
import { errorMessage } from '../common/errors.ts';
import { loadPage } from '../common/load-page.ts';

export interface PageTask {
  id: number;
  file: string;
  url: string | null;
  /** Extract the reading view's article too (the article-body benchmark); the other sets skip it. */
  article?: boolean;
}

export interface PageSummary {
  isNews: boolean;
  newsScore: number;
  signals: string[];
  published: string | null;
  /** The reading view's body text (Report.article.body), which the article-body benchmark scores. */
  article: string | null;
  error: string | null;
  parseMs: number;
  analyzeMs: number;
  /** How loading had to work around jsdom, if it did. */
  notes: string[];
}

export function summarizePage(file: string, url: string | null, withArticle = false): PageSummary {
  const s: PageSummary = {
    isNews: false,
    newsScore: 0,
    signals: [],
    published: null,
    article: null,
    error: null,
    parseMs: 0,
    analyzeMs: 0,
    notes: [],
  };
  const t0 = performance.now();
  let dom;
  try {
    dom = loadPage(file, url, s.notes);
  } catch (e) {
    s.error = `load: ${errorMessage(e)}`;
    return s;
  }
  const t1 = performance.now();
  s.parseMs = t1 - t0;
  try {
    const { report } = analyzeDocument(dom.window.document, url, { readingView: withArticle });
    s.isNews = report.isNews;
    s.newsScore = report.newsScore;
    s.signals = report.signals;
    s.published = report.published?.date ?? null;
    s.article = report.article?.body ?? null;
  } catch (e) {
    s.error = errorMessage(e);
  } finally {
    s.analyzeMs = performance.now() - t1;
    dom.window.close();
  }
  return s;
}
