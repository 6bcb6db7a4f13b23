import type { ArticleInfo, ClutterHit } from './types.ts';

/**
 * Finds share / comments / related / newsletter widgets, each grouped to its
 * outermost container that holds no article body text. With `within`, only
 * those subtrees are searched (used for widgets that arrive after load).
 */
export function findClutter(doc: Document, article: ArticleInfo, within?: readonly Element[]): ClutterHit[] {
  throw new Error(`findClutter: not implemented yet (${doc.title} ${article.paragraphs.length} ${within?.length})`);
}
