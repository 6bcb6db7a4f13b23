// Finding quotation spans in one paragraph: pairs marks by convention, tolerates
// stray marks and reports a quotation left open at the paragraph's end.

import { LANGS } from '../lang/index.ts';
import { CJK_ANY } from '../text/scripts.ts';

/** One quotation span: text between `open` and `close` (exclusive). `close` null = never closed. */
export interface Span {
  open: number;
  close: number | null;
  openMark: string;
  closeMark: string | null;
}

/** Letters and digits that glue to a mark in space-separated scripts (CJK and Hangul glue freely). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK_CHAR = CJK_ANY;
const SPACE = /[\s\u00a0\u202f\u2009]/u;

const isWord = (ch: string | undefined): boolean => !!ch && WORD_CHAR.test(ch) && !CJK_CHAR.test(ch);
const isSpace = (ch: string | undefined): boolean => !!ch && SPACE.test(ch);

/**
 * Closers each opening mark accepts: the union of every language's conventions (lang/<code>.ts
 * `speech.quotePairs`), because a page's declared language is often wrong and pages mix marks.
 */
const CLOSERS: Record<string, readonly string[]> = (() => {
  const map: Record<string, string[]> = {};
  for (const lang of LANGS) {
    for (const [open, close] of lang.speech.quotePairs) {
      const list = (map[open] ??= []);
      if (!list.includes(close)) list.push(close);
    }
  }
  return map;
})();

/** Marks that open and close alike, or double as apostrophes: they need word-boundary checks. */
const AMBIGUOUS = new Set(['"', "'", '’', '‘', '”']);

/** Can the mark at i open a quotation? (`"` glued to a word on its left is a closer or a stray.) */
function canOpen(text: string, i: number): boolean {
  const mark = text.charAt(i);
  if (!AMBIGUOUS.has(mark)) return true;
  const next = text.charAt(i + 1);
  if (next === undefined || isSpace(next)) return false;
  return !isWord(text.charAt(i - 1));
}

/** Can the mark at i close a quotation? */
function canClose(text: string, i: number): boolean {
  const mark = text.charAt(i);
  if (!AMBIGUOUS.has(mark)) return true;
  if (isSpace(text.charAt(i - 1))) return false;
  const next = text.charAt(i + 1);
  // `…Wartezeiten"Fraport-Chef…`: a crosshead glued to the next paragraph still closes.
  if (mark === '"' && /\p{Lu}/u.test(next) && /[\p{Ll}.!?]/u.test(text.charAt(i - 1))) return true;
  return !isWord(next);
}

/** Finds the closer for the opener at i; nested same-kind guillemets and corner brackets are counted. */
function findClose(text: string, i: number): { at: number; mark: string } | null {
  const open = text.charAt(i);
  const closers = CLOSERS[open] ?? [];
  const nests = open === '«' || open === '「' || open === '『' || open === '‹';
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const ch = text.charAt(j);
    // Straight quotes nest when an inner one clearly opens (` "Звенигород" ` inside "…").
    const nestedStraight = open === '"' && ch === '"' && canOpen(text, j) && !canClose(text, j);
    if ((nests && ch === open) || nestedStraight) {
      depth++;
      continue;
    }
    if (!closers.includes(ch)) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    if (canClose(text, j)) return { at: j, mark: ch };
  }
  return null;
}

/** A straight quote closed by a curly one, as some sites type them ("intenable” à long terme): the first ” after it. */
function mixedClose(text: string, i: number): { at: number; mark: string } | null {
  if (text.charAt(i) !== '"') return null;
  for (let j = text.indexOf('”', i + 1); j >= 0; j = text.indexOf('”', j + 1))
    if (canClose(text, j)) return { at: j, mark: '”' };
  return null;
}

/** Which marks may open here: reversed ”…“ and »…« only when the partner mark follows. */
function opensHere(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (!(ch in CLOSERS)) return false;
  if (ch === '»') {
    // (Not one glued to the word before it with a space after: it closes "و»الاستهجان» و … «داعش»", and
    // what runs from it to the next « is the text between two quotations.)
    if (isWord(text.charAt(i - 1)) && isSpace(text.charAt(i + 1))) return false;
    const rest = text.slice(i + 1);
    const nextOpen = rest.indexOf('«');
    const nextClose = rest.indexOf('»');
    return nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose);
  }
  if (ch === '”') {
    // Reversed ”…“ (Arabic pages) may carry spaces inside the marks: the partner decides.
    const rest = text.slice(i + 1);
    const nextOpen = rest.indexOf('“');
    const nextClose = rest.indexOf('”');
    if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) return !isWord(text.charAt(i - 1));
    return nextClose >= 0 ? canOpen(text, i) : false;
  }
  return canOpen(text, i);
}

/** Unclosed single marks are apostrophes far more often than quotations. */
const MAY_STAY_OPEN = new Set(['"', '“', '„', '«', '»', '「', '『', '”']);

/**
 * `قال اليوم " إن على إيران … المنطقة ". وأضاف إنه "إذا …"`: some sites pad straight quotes with
 * spaces inside, so a padded opener looks like a closer and the reverse. When a paragraph's straight
 * quotes are even in number, each pair in turn free of words outside it, and one of them padded, they
 * pair in order: opener at each key, closer at its value. Else null.
 */
function paddedStraight(text: string): Map<number, number> | null {
  const at = [...text.matchAll(/"/gu)].map((m) => m.index ?? 0);
  if (at.length < 2 || at.length % 2 !== 0) return null;
  const pairs = new Map<number, number>();
  const isolated = (i: number): boolean => isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i + 1));
  let padded = false;
  for (let k = 0; k < at.length; k += 2) {
    const open = at[k] ?? 0;
    const close = at[k + 1] ?? 0;
    if (close - open < 3 || isWord(text.charAt(close + 1))) return null;
    // (A preposition glued on the left still opens: لـ"الاقتصادية".)
    if (isWord(text.charAt(open - 1)) && !/(?:^|\s)[لب]ـ?$/u.test(text.slice(Math.max(0, open - 3), open))) return null;
    // (Two marks each between spaces around Latin words are dashes a site mangled: "a different " and
    // much debated " approach"; Arabic sites pad real quotations so.)
    const latin =
      /\p{Script=Latin}/u.test(text.slice(open, close)) && !/\p{Script=Arabic}/u.test(text.slice(open, close));
    if (isolated(open) && isolated(close) && latin) return null;
    if (isSpace(text.charAt(open + 1)) || isSpace(text.charAt(close - 1))) padded = true;
    pairs.set(open, close);
  }
  return padded ? pairs : null;
}

/** All top-level quotation spans in a paragraph, left to right. */
export function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  const padded = paddedStraight(text);
  let i = 0;
  while (i < text.length) {
    const pairedAt = padded?.get(i);
    if (pairedAt !== undefined) {
      spans.push({ open: i, close: pairedAt, openMark: '"', closeMark: '"' });
      i = pairedAt + 1;
      continue;
    }
    if (!opensHere(text, i)) {
      i++;
      continue;
    }
    const close = findClose(text, i) ?? mixedClose(text, i);
    if (close) {
      spans.push({ open: i, close: close.at, openMark: text.charAt(i), closeMark: close.mark });
      i = close.at + 1;
      continue;
    }
    if (MAY_STAY_OPEN.has(text.charAt(i))) {
      spans.push({ open: i, close: null, openMark: text.charAt(i), closeMark: null });
      break;
    }
    i++;
  }
  return spans;
}

/** The text of a span, as printed, without the marks and outer spaces. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.open + 1, span.close ?? text.length).trim();
}

/** Does the paragraph open with a quotation mark (a continued quotation's next paragraph)? */
export function opensWithMark(text: string): boolean {
  const t = text.trimStart();
  return t.length > 0 && MAY_STAY_OPEN.has(t.charAt(0));
}
