import type { ArticleInfo, ClutterHit, ClutterKind } from './types.ts';

/** The attribute that marks a hidden widget; its value is the widget's kind. */
export const HIDDEN_ATTR = 'data-clearline-hidden';

/** Hides the hits whose kind is in `kinds` (attribute + one stylesheet). Returns the hits hidden. */
export function hide(doc: Document, hits: readonly ClutterHit[], kinds: readonly ClutterKind[]): ClutterHit[] {
  throw new Error(`hide: not implemented yet (${doc.title} ${hits.length} ${kinds.length})`);
}

/** Removes every mark and the stylesheet: the DOM is exactly as before hide(). */
export function restore(doc: Document): void {
  throw new Error(`restore: not implemented yet (${doc.title})`);
}

export interface LateWatcher {
  stop(): void;
}

/**
 * Watches for widgets added after load with one batched, bounded
 * MutationObserver, and calls `onHits` with each batch it finds.
 * It stops by itself after the page settles.
 */
export function watchLateClutter(
  doc: Document,
  article: ArticleInfo,
  onHits: (hits: ClutterHit[]) => void,
): LateWatcher {
  throw new Error(`watchLateClutter: not implemented yet (${doc.title} ${article.paragraphs.length} ${typeof onHits})`);
}
