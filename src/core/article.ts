import type { ArticleInfo } from './types.ts';

/** Finds the article root, its headline, standfirst and body paragraphs. */
export function findArticle(doc: Document): ArticleInfo {
  throw new Error(`findArticle: not implemented yet (${doc.title})`);
}
