// Scoring rules of ../shared/corpus/LABELS.md, as pure functions so that
// they can be unit-tested apart from the corpus.

import { HIDDEN_ATTR } from '../../core/cleanup.ts';
import {
  ALEF_HAMZA,
  ALEF_MAQSURA,
  ALEF_WASLA,
  charFolder,
  FARSI_YA,
  HAMZA,
  TA_MARBUTA,
  WAW_HAMZA,
  YA_HAMZA,
} from '../../core/text/fold.ts';

// Every quotation mark that LABELS.md lists, and their relatives (straight and
// curly singles too: removing them on both sides never hides a difference that matters).
const QUOTE_MARKS = /["'«»‹›“”„‟‘’‚‛「」『』〝〞〟＂＇﹁﹂﹃﹄❝❞❛❜⹂″‶]/gu;
const TATWEEL = /\u0640/gu;

/** NFKC, quotation marks and tatweel removed, case folded, whitespace folded. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(QUOTE_MARKS, '').replace(TATWEEL, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Arabic letter variants folded: alef forms → ا, hamza seats → their base, ya forms → ي, ta marbuta → ه. */
export const foldArabic: (s: string) => string = /* @__PURE__ */ charFolder({
  letters: [ALEF_HAMZA, ALEF_WASLA, WAW_HAMZA, YA_HAMZA, ALEF_MAQSURA, FARSI_YA, HAMZA, TA_MARBUTA],
});

/** Length of the longest common substring (code units), by dynamic programming on two rows. */
export function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = ca === b.charCodeAt(j - 1) ? (prev[j - 1] ?? 0) + 1 : 0;
      cur[j] = v;
      if (v > best) best = v;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/**
 * A found quote matches a labelled one when, normalized, they overlap by at
 * least 80% of the labelled length and the found one is at most 25% longer.
 * Returns the overlap (0 when they do not match).
 */
export function quoteOverlap(found: string, labeled: string): number {
  const f = normalizeText(found);
  const l = normalizeText(labeled);
  if (!l || !f || f.length > 1.25 * l.length) return 0;
  const overlap = longestCommonSubstring(f, l);
  return overlap >= 0.8 * l.length ? overlap : 0;
}

/** One-to-one matching: each labelled quote, in order, takes the unmatched found quote with the largest overlap. */
export function matchQuotes(found: readonly string[], labeled: readonly string[]): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  labeled.forEach((l, li) => {
    let best = -1;
    let bestOverlap = 0;
    found.forEach((f, fi) => {
      if (used.has(fi)) return;
      const o = quoteOverlap(f, l);
      if (o > bestOverlap) {
        best = fi;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([best, li]);
    }
  });
  return pairs;
}

function nameWords(s: string): string[] {
  return foldArabic(normalizeText(s))
    .split(' ')
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Same entity when the labelled name's last word occurs in the found speaker,
 * or the found speaker's last word occurs in the labelled name (after
 * normalization and Arabic letter folding). Substring occurrence, because
 * Chinese and Japanese names have no spaces and Arabic attaches prefixes.
 */
export function speakerMatches(found: string | null, labeled: string): boolean {
  if (!found) return false;
  const f = nameWords(found);
  const l = nameWords(labeled);
  const fLast = f.at(-1);
  const lLast = l.at(-1);
  if (!fLast || !lLast) return false;
  return f.join(' ').includes(lLast) || l.join(' ').includes(fLast);
}

/** Dateline fields compare after normalization, edge punctuation dropped ("(Reuters)" is "Reuters"). */
export function normalizeField(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const n = foldArabic(normalizeText(s))
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .trim();
  return n || null;
}

export interface DatelineLike {
  place: string | null;
  agency: string | null;
}

export type DatelineVerdict = 'ok' | 'invented' | 'missed' | 'wrong';

/** A page labelled null must get none; otherwise place and agency must both agree. */
export function judgeDateline(got: DatelineLike | null, want: DatelineLike | null): DatelineVerdict {
  if (!want) return got ? 'invented' : 'ok';
  if (!got) return 'missed';
  const same =
    normalizeField(got.place) === normalizeField(want.place) &&
    normalizeField(got.agency) === normalizeField(want.agency);
  return same ? 'ok' : 'wrong';
}

export interface DateCounts {
  tp: number;
  fp: number;
  fn: number;
  pages: number;
}

/**
 * htmldate's comparison (tests/evaluation.py evaluate_result): a day equal to
 * gold is TP, any other day FP (also when gold has none), nothing FN (also
 * when gold has none: htmldate then counts a TN as well, which no score uses).
 */
export function countDate(counts: DateCounts, got: string | null | undefined, gold: string | null): DateCounts {
  const c = { ...counts, pages: counts.pages + 1 };
  if (!got) c.fn++;
  else if (gold !== null && got === gold) c.tp++;
  else c.fp++;
  return c;
}

export interface DateScores {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function dateScores(c: DateCounts): DateScores {
  const precision = div(c.tp, c.tp + c.fp);
  const recall = div(c.tp, c.tp + c.fn);
  return { precision, recall, accuracy: div(c.tp, c.pages), f: div(2 * precision * recall, precision + recall) };
}

// ---- visibility in jsdom (no layout): attribute marks, `hidden`, inline display:none ----

const NON_RENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const INTERACTIVE = new Set(['a', 'button', 'iframe', 'frame', 'embed', 'object']);

function hidesItself(el: Element): boolean {
  if (el.hasAttribute(HIDDEN_ATTR) || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(^|;)\s*display\s*:\s*none\b/i.test(style);
}

/** Visible: neither the element nor an ancestor is hidden. */
export function isVisible(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (hidesItself(cur)) return false;
  }
  return true;
}

/** True when the element's visible part holds text, a link, a button or a frame. */
export function hasVisibleContent(el: Element): boolean {
  if (!isVisible(el)) return false;
  const walk = (node: Element): boolean => {
    if (
      INTERACTIVE.has(node.localName) ||
      (node.localName === 'input' && /^(button|submit|image)$/i.test(node.getAttribute('type') ?? ''))
    ) {
      return true;
    }
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
      if (child.nodeType === 1) {
        const c = child as Element;
        if (!NON_RENDERED.has(c.localName) && !hidesItself(c) && walk(c)) return true;
      }
    }
    return false;
  };
  return walk(el);
}

/** A labelled widget is removed when none of the elements its selector matches is visible with content. */
export function widgetRemoved(doc: Document, selector: string): boolean {
  return Array.from(doc.querySelectorAll(selector)).every((el) => !hasVisibleContent(el));
}

/** The document's visible text, normalized (text nodes joined as they are, so inline markup does not split words). */
export function visibleTextOf(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (!NON_RENDERED.has(c.localName) && !hidesItself(c)) {
          // Block boundaries and <br> separate words.
          if (c.localName === 'br') parts.push(' ');
          walk(c);
        }
      }
    }
  };
  if (doc.body) walk(doc.body);
  return normalizeText(parts.join(''));
}

/** Precision-style ratio that is 1 when nothing was to be found (no quotes labelled, none found). */
export function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}
