// The text side's parts: the snapshot builder and the quote highlighter.
import { snapshot } from '../core/snapshot.ts';
import type { ArticleInfo } from '../core/types.ts';
import { Highlighter } from './highlight.ts';
import type { TextSide } from './text-side.ts';

/** The element of snapshot paragraph N (-1 headline, -2 standfirst). */
function paragraphElement(article: ArticleInfo, index: number): Element | null {
  if (index === -1) return article.headline;
  if (index === -2) return article.standfirst;
  return article.paragraphs[index] ?? null;
}

export function createTextSide(doc: Document): TextSide {
  const highlighter = new Highlighter(doc);
  return {
    snapshot,
    highlight: (article, index, text) => highlighter.show(paragraphElement(article, index), text),
    clearHighlight: () => highlighter.clear(),
  };
}
