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

/** A parent's paragraph text so far, and where its last paragraph is (for ties). */
interface ParentSum extends ParagraphBody {
  root: Element;
  last: number;
}

/**
 * The parent holding the most text in <p> elements of 60 characters or more,
 * outside widgets (comments, related boxes: page/non-body). Paragraphs inside
 * a <noscript> are left out (browsers do not parse them as elements; jsdom
 * does). One live collection and each paragraph's textContent; the widget
 * check, the costly part, is asked of the parents from the most text down
 * until one is not a widget (usually the first). Of two parents with the same
 * text, the one whose last paragraph comes first wins.
 */
export function paragraphBody(doc: Document): ParagraphBody {
  const body = doc.body;
  if (!body) return { root: null, chars: 0, paragraphs: 0 };
  const ps = body.getElementsByTagName('p');
  const byParent = new Map<Element, ParentSum>();
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    const root = p.parentElement;
    const len = (p.textContent ?? '').trim().length;
    if (!root || len < MIN_PARAGRAPH || p.closest('noscript')) continue;
    let sum = byParent.get(root);
    if (sum === undefined) byParent.set(root, (sum = { root, chars: 0, paragraphs: 0, last: i }));
    sum.chars += len;
    sum.paragraphs++;
    sum.last = i;
  }
  const memo: NonBodyMemo = new Map();
  const likeliest = [...byParent.values()].sort((a, b) => b.chars - a.chars || a.last - b.last);
  for (const { root, chars, paragraphs } of likeliest)
    if (!inNonBody(root, body, ANCESTOR_CHECK, memo)) return { root, chars, paragraphs };
  return { root: null, chars: 0, paragraphs: 0 };
}

/** Is it a long body (the ranking is then not needed to weigh it)? */
export const isLongBody = (pb: ParagraphBody): boolean => pb.chars >= LONG_PARAGRAPH_BODY;
