// The text side's parts: the snapshot builder and the quote highlighter.
import { snapshot } from '../core/snapshot.ts';
import { Highlighter } from './highlight.ts';
import type { TextSide } from './text-side.ts';

export function createTextSide(doc: Document): TextSide {
  const highlighter = new Highlighter(doc);
  return {
    snapshot,
    highlight: (el, text) => highlighter.show(el, text),
    clearHighlight: () => highlighter.clear(),
  };
}
