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
export const LONG_PARAGRAPH_BODY = 1500;

export interface ParagraphBody {
  /** The parent holding the most paragraph text, or null. */
  root: Element | null;
  /** Its paragraph text (trimmed characters) and its paragraphs. */
  chars: number;
  paragraphs: number;
}

/** One parent's paragraphs: their text and how many; whether it is inside a widget, once asked. */
interface ParentSum extends ParagraphBody {
  widget?: boolean;
}

/**
 * The parent holding the most text in <p> elements of 60 characters or more,
 * outside widgets (comments, related boxes: page/non-body); of two holding as
 * much, the first to get there. Paragraphs inside a <noscript> are left out
 * (browsers do not parse them as elements; jsdom does). One live collection,
 * and each paragraph's textContent; whether a parent is inside a widget is
 * asked only when it would take the lead. With `firstLong`, it stops at the
 * first parent to hold a long body, as Firefox's reader check stops once it
 * has seen enough text: a full read may find a longer one.
 */
export function paragraphBody(doc: Document, firstLong = false): ParagraphBody {
  const body = doc.body;
  const ps = body?.getElementsByTagName('p') ?? [];
  const byParent = new Map<Element, ParentSum>();
  const memo: NonBodyMemo = new Map();
  let best: ParentSum = { root: null, chars: 0, paragraphs: 0 };
  const result = (): ParagraphBody => ({ root: best.root, chars: best.chars, paragraphs: best.paragraphs });
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    const root = p.parentElement;
    const len = (p.textContent ?? '').trim().length;
    if (!root || len < MIN_PARAGRAPH) continue;
    let sum = byParent.get(root);
    if (!sum) byParent.set(root, (sum = { root, chars: 0, paragraphs: 0 }));
    sum.chars += len;
    sum.paragraphs++;
    if (
      sum.chars > best.chars &&
      !(sum.widget ??= root.closest('noscript') !== null || inNonBody(root, body, ANCESTOR_CHECK, memo))
    )
      best = sum;
    if (firstLong && isLongBody(best)) return result();
  }
  return result();
}

/** Is it a long body (the ranking is then not needed to weigh it)? */
export const isLongBody = (pb: ParagraphBody): boolean => pb.chars >= LONG_PARAGRAPH_BODY;
