// The contract between the always-loaded content script and its text side.
//
// The load path (detect, then clean-up on news pages) is all that runs on page
// load. The text side (the snapshot the popup analyses, and the quote
// highlighter) is a separate script that the popup injects only when it opens
// (see sides.ts).

import type { ArticleInfo, PageSnapshot } from '../core/types.ts';
import { installSide, readSide } from './sides.ts';

export interface TextSide {
  /** The popup's input: the article's text and the page's date evidence. */
  snapshot(doc: Document, article: ArticleInfo, url: string): PageSnapshot;
  /**
   * Scrolls to the article's snapshot paragraph N (-1 the headline, -2 the
   * standfirst) and marks a quote in it; false when there is no such paragraph.
   */
  highlight(article: ArticleInfo, paragraph: number, text: string): boolean;
  clearHighlight(): void;
}

/** The isolated world's global slot where the injected text side registers itself. */
export const TEXT_SIDE_SLOT = '__clearlineTextSide';

/** The text side, when the popup has injected it into this page. */
export function loadedTextSide(global: object = globalThis): TextSide | null {
  return readSide<TextSide>(TEXT_SIDE_SLOT, 'snapshot', global);
}

export function installTextSide(side: TextSide, global: object = globalThis): void {
  installSide(TEXT_SIDE_SLOT, side, global);
}
