// The article-body benchmark (../shared/corpus/articles/, scrapinghub's
// article-extraction-benchmark): article.text scored with the benchmark's own
// metric (its evaluate.py, described in its README), printed beside the
// published rows of that README.
//
//   tokens     runs of Unicode word characters (Python's \w: letters, digits, _)
//   shingles   every run of 4 tokens, with multiplicity (a text of 1-3 tokens is one shingle)
//   per page   tp/fp/fn over shingles, divided by their sum (long pages weigh no more)
//   totals     mean precision over pages that predicted something, mean recall over
//              pages whose truth has something; F1 of the two means
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Python's `\w` on str patterns: letters, digits and other numbers, the underscore; not combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles of n tokens, counted; fewer than n tokens make one shingle of them all, none make none. */
export function shingles(tokens: readonly string[], n = NGRAM): Map<string, number> {
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined shingles stay distinct.
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

/** tp, fp and fn of one page over 4-gram shingles, normalised to sum to 1 (all 0 when both texts are empty). */
export function shingleMatch(truth: string, predicted: string): Match {
  const t = shingles(tokenize(truth));
  const p = shingles(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface BodyScores {
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose token list equals the truth's exactly. */
  accuracy: number;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * evaluate.py's metrics_from_tp_fp_fns: precision averaged over the pages
 * that predicted any shingle, recall over the pages whose truth has any.
 */
export function bodyScores(pages: ReadonlyArray<{ truth: string; predicted: string }>): BodyScores {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { truth, predicted } of pages) {
    const m = shingleMatch(truth, predicted);
    if (m.tp + m.fp > 0) precisions.push(precisionOf(m));
    if (m.tp + m.fn > 0) recalls.push(recallOf(m));
    const a = tokenize(truth);
    const b = tokenize(predicted);
    if (a.length === b.length && a.every((x, i) => x === b[i])) exact++;
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: pages.length ? exact / pages.length : 0,
  };
}

/** The published rows of the benchmark's README table (system, F1, P, R), read at run time. */
export function publishedRows(articlesDir: string): string[][] {
  const readme = path.join(articlesDir, 'README.md');
  if (!existsSync(readme)) return [];
  return readFileSync(readme, 'utf8')
    .split('\n')
    .filter((l) => /^\|\s*[^|-][^|]*\|\s*0?\.\d+\s*\|/u.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}
