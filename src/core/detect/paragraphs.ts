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
  /**
   * Every paragraph was read. False when paragraphBody stopped at the first
   * parent to hold a long body: then root is that parent, and chars and
   * paragraphs are at most those of the parent a full read would give.
   */
  complete: boolean;
}

/** One parent's paragraphs: their text, how many, the last one's index; whether it is inside a widget, once asked. */
interface ParentSum {
  root: Element;
  chars: number;
  paragraphs: number;
  last: number;
  widget?: boolean;
}

/**
 * The parent holding the most text in <p> elements of 60 characters or more,
 * outside widgets (comments, related boxes: page/non-body); of two holding as
 * much, the one whose last paragraph comes first. Paragraphs inside a
 * <noscript> are left out (browsers do not parse them as elements; jsdom
 * does). One live collection, and each paragraph's textContent; whether a
 * parent is inside a widget is asked only of the parents that could win, most
 * text first. With `firstLong`, it stops at the first parent to hold a long
 * body, as Firefox's reader check stops once it has seen enough text
 * (`complete` is then false).
 */
export function paragraphBody(doc: Document, firstLong = false): ParagraphBody {
  const none: ParagraphBody = { root: null, chars: 0, paragraphs: 0, complete: true };
  const body = doc.body;
  if (!body) return none;
  const ps = body.getElementsByTagName('p');
  const byParent = new Map<Element, ParentSum>();
  const memo: NonBodyMemo = new Map();
  const inWidget = (sum: ParentSum): boolean =>
    (sum.widget ??= sum.root.closest('noscript') !== null || inNonBody(sum.root, body, ANCESTOR_CHECK, memo));
  const result = ({ root, chars, paragraphs }: ParentSum, complete: boolean): ParagraphBody => ({
    root,
    chars,
    paragraphs,
    complete,
  });
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    const root = p.parentElement;
    const len = (p.textContent ?? '').trim().length;
    if (!root || len < MIN_PARAGRAPH) continue;
    let sum = byParent.get(root);
    if (!sum) byParent.set(root, (sum = { root, chars: 0, paragraphs: 0, last: i }));
    sum.chars += len;
    sum.paragraphs++;
    sum.last = i;
    if (firstLong && sum.chars >= LONG_PARAGRAPH_BODY && !inWidget(sum)) return result(sum, i === ps.length - 1);
  }
  const sums = [...byParent.values()].sort((a, b) => b.chars - a.chars || a.last - b.last);
  const best = sums.find((sum) => !inWidget(sum));
  return best ? result(best, true) : none;
}

/** Is it a long body (the ranking is then not needed to weigh it)? */
export const isLongBody = (pb: ParagraphBody): boolean => pb.chars >= LONG_PARAGRAPH_BODY;
