// Builds the text side's input (PageSnapshot) from the live page. It runs in the
// content script when the popup asks, so it must stay small: it imports no
// date parsing, quote or dateline code, only DOM collection.

import { collectDateEvidence } from './published/evidence.ts';
import { dirFor, pageLang } from './page-lang.ts';
import { visibleText } from './dom.ts';
import type { ArticleInfo, PageSnapshot } from './types.ts';

/** Builds the serializable input of the text side from the page and its article. */
export function snapshot(doc: Document, article: ArticleInfo, url: string | null): PageSnapshot {
  const paragraphs = article.paragraphs.map((p) => visibleText(p));
  const headline = article.headline ? visibleText(article.headline) : null;
  const lang = pageLang(doc, paragraphs.slice(0, 6).join(' ') || (doc.body?.textContent ?? '').slice(0, 3000));
  return {
    url,
    title: headline || doc.title?.trim() || null,
    lang,
    dir: dirFor(doc, lang),
    headline,
    standfirst: article.standfirst ? visibleText(article.standfirst) : null,
    paragraphs,
    dateEvidence: collectDateEvidence(doc, article, url),
  };
}
