// The body as its <p> elements show it, read the way Firefox's own reader check
// (Readability's isProbablyReaderable) reads a page: one native collection of
// paragraphs and their text, no walk. The paragraphs are grouped by parent, and
// the parent holding the most paragraph text is the body. When that is a long
// body, detection takes it (and its root) instead of the candidate ranking
// (core/page/rank), and the load path can often decide a page from it and the
// metadata alone (detect/index.ts, detectOnLoadSteps).

import { ANCESTOR_CHECK, inNonBody, type NonBodyMemo } from '../page/non-body.ts';

/** A paragraph shorter than this (trimmed characters) is a caption, a label or a button, not body text. */
const MIN_PARAGRAPH = 60;
/** A parent holding this much paragraph text is a long body (score.ts gives it the most a body can weigh). */
const LONG_PARAGRAPH_BODY = 1500;

export interface ParagraphBody {
  /** The parent holding the most paragraph text, or null. */
  root: Element | null;
  /** Its paragraph text (trimmed characters) and its paragraphs. */
  chars: number;
  paragraphs: number;
}

/**
 * The parent holding the most text in <p> elements of 60 characters or more,
 * outside widgets (comments, related boxes: page/non-body, asked once per
 * parent). Paragraphs inside a <noscript> are left out (browsers do not parse
 * them as elements; jsdom does), also asked once per parent. One live
 * collection, and each paragraph's textContent.
 */
export function paragraphBody(doc: Document): ParagraphBody {
  const best: ParagraphBody = { root: null, chars: 0, paragraphs: 0 };
  const body = doc.body;
  if (!body) return best;
  const ps = body.getElementsByTagName('p');
  /** Each parent's paragraph text, or null for a parent inside a widget. */
  const byParent = new Map<Element, ParagraphBody | null>();
  const memo: NonBodyMemo = new Map();
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    const root = p.parentElement;
    const len = (p.textContent ?? '').trim().length;
    if (!root || len < MIN_PARAGRAPH) continue;
    let sum = byParent.get(root);
    if (sum === undefined)
      byParent.set(
        root,
        (sum =
          root.closest('noscript') || inNonBody(root, body, ANCESTOR_CHECK, memo)
            ? null
            : { root, chars: 0, paragraphs: 0 }),
      );
    if (!sum) continue;
    sum.chars += len;
    sum.paragraphs++;
    if (sum.chars > best.chars) Object.assign(best, sum);
  }
  return best;
}

/** Is it a long body (the ranking is then not needed to weigh it)? */
export const isLongBody = (pb: ParagraphBody): boolean => pb.chars >= LONG_PARAGRAPH_BODY;
