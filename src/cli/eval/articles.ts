// The article-body benchmark (../shared/corpus/articles/, scrapinghub's
// article-extraction-benchmark): article.body scored with the benchmark's own
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
import { visibleTextOf } from '../../core/reader/visible.ts';
import { runPages } from './workers.ts';
import { Progress } from '../common/progress.ts';
import { normalizeText } from './score.ts';
import type { Label } from '../common/corpus.ts';
import { pct, ratio, round, short, table } from './print.ts';
import type { Totals } from './totals.ts';

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

// ---- the run ----

export interface ArticlePage {
  id: string;
  url: string;
  precision: number;
  recall: number;
  /** 2PR/(P+R) of the page, for ranking the worst. */
  f1: number;
  error: string | null;
}

export interface ArticlesRun {
  scores: BodyScores;
  pages: ArticlePage[];
  totals: Totals;
  /** The printout: scores beside the published rows, the worst pages. */
  lines: string[];
}

type Truth = Record<string, { articleBody?: string; url?: string }>;

/** Scores article.body on the benchmark's pages (html/<id>.html.gz against ground-truth.json). */
export async function runArticles(
  articlesDir: string,
  jobs: number,
  errors: Array<{ set: string; file: string; error: string }>,
): Promise<ArticlesRun> {
  const truth = JSON.parse(readFileSync(path.join(articlesDir, 'ground-truth.json'), 'utf8')) as Truth;
  const ids = Object.keys(truth).sort();
  const progress = new Progress('articles', ids.length);
  const summaries = await runPages(
    ids.map((id) => ({
      file: path.join(articlesDir, 'html', `${id}.html.gz`),
      url: truth[id]?.url ?? null,
      article: true,
    })),
    jobs,
    (i, sum) => progress.tick(ids[i] ?? '', Boolean(sum.error)),
  );
  const pages: ArticlePage[] = [];
  const scored: Array<{ truth: string; predicted: string }> = [];
  ids.forEach((id, i) => {
    const s = summaries[i];
    const t = truth[id]?.articleBody ?? '';
    const predicted = s?.article ?? '';
    if (s?.error) errors.push({ set: 'articles', file: id, error: s.error });
    scored.push({ truth: t, predicted });
    const m = shingleMatch(t, predicted);
    const p = precisionOf(m);
    const r = recallOf(m);
    pages.push({
      id,
      url: truth[id]?.url ?? '',
      precision: p,
      recall: r,
      f1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
      error: s?.error ?? null,
    });
  });
  const scores = bodyScores(scored);
  const totals: Totals = {
    'articles.f1': round(scores.f1),
    'articles.precision': round(scores.precision),
    'articles.recall': round(scores.recall),
    'errors.articles': errors.filter((e) => e.set === 'articles').length,
  };
  const worst = [...pages].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, WORST);
  const lines = [
    '',
    `== articles/ (${pages.length} pages): article.body against the benchmark's article body, its own metric ==`,
    table(
      ['system', 'F1', 'P', 'R'],
      [
        ['Clearline (this run)', scores.f1.toFixed(3), scores.precision.toFixed(3), scores.recall.toFixed(3)],
        ...publishedRows(articlesDir),
      ],
    ),
    `  accuracy (token lists equal): ${scores.accuracy.toFixed(3)}`,
    `  worst ${worst.length} pages (F1 P R):`,
    ...worst.map(
      (p) =>
        `    ${p.f1.toFixed(3)} ${p.precision.toFixed(3)} ${p.recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${short(p.url, 90)}${p.error ? `  ERROR ${short(p.error, 60)}` : ''}`,
    ),
  ];
  return { scores, pages, totals, lines };
}

/** Pages listed as the worst. */
const WORST = 10;

// ---- the reading view on the labelled pages ----

export interface ReaderCheck {
  id: string;
  /** `keep` sentences the page shows (those it never showed are left out, as in the keep rate). */
  keepTotal: number;
  keepFound: number;
  lost: string[];
  /** Labelled share and comment widgets with text, and those whose text article.text shows. */
  widgets: number;
  widgetsShown: number;
  shown: string[];
}

/**
 * The reading view on one labelled page: every `keep` sentence must be in
 * article.text, and no line of a labelled share or comment widget may be a
 * line of it (a whole line: a share button's "Share" is not the word in a
 * sentence).
 */
export function checkReader(
  doc: Document | null,
  text: string | null,
  label: Label,
  notOnPage: readonly string[],
): ReaderCheck {
  const lines = (text ?? '').split('\n').map(normalizeText).filter(Boolean);
  const joined = lines.join(' ');
  const check: ReaderCheck = {
    id: label.id,
    keepTotal: 0,
    keepFound: 0,
    lost: [],
    widgets: 0,
    widgetsShown: 0,
    shown: [],
  };
  const skip = new Set(notOnPage);
  for (const sentence of label.keep) {
    if (skip.has(sentence)) continue;
    check.keepTotal++;
    if (joined.includes(normalizeText(sentence))) check.keepFound++;
    else check.lost.push(sentence);
  }
  if (!doc?.body) return check;
  const selectors = [...(label.clutter.share ?? []), ...(label.clutter.comments ?? [])];
  const widgetsOf = (sel: string): Element[] => {
    try {
      return [...doc.querySelectorAll(sel)];
    } catch {
      return []; // a selector this DOM cannot parse: the labelled checks report it
    }
  };
  const textLines = (els: readonly Element[], hide: ReadonlySet<Element>): string[] =>
    visibleTextOf(els, hide)
      .split('\n')
      .map(normalizeText)
      .filter((l) => /\p{L}/u.test(l));
  // A widget may repeat a line of the article (a report form that names the headline): its line
  // shows the widget only when article.text has it more often than the page has it outside widgets.
  const have = countLines(lines);
  const widgets = selectors.map((sel) => [sel, widgetsOf(sel)] as const);
  const outside = countLines(textLines([doc.body], new Set(widgets.flatMap(([, els]) => els))));
  for (const [sel, els] of widgets) {
    const widgetLines = textLines(els, new Set());
    if (widgetLines.length === 0) continue;
    check.widgets++;
    const seen = widgetLines.find((l) => (have.get(l) ?? 0) > (outside.get(l) ?? 0));
    if (seen !== undefined) {
      check.widgetsShown++;
      check.shown.push(`${sel}: ${seen}`);
    }
  }
  return check;
}

function countLines(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/** Totals and printout of the reader checks on the labelled pages. */
export function readerSummary(checks: readonly ReaderCheck[]): { totals: Totals; lines: string[] } {
  const keepTotal = checks.reduce((n, c) => n + c.keepTotal, 0);
  const keepFound = checks.reduce((n, c) => n + c.keepFound, 0);
  const widgets = checks.reduce((n, c) => n + c.widgets, 0);
  const shown = checks.reduce((n, c) => n + c.widgetsShown, 0);
  const lines = [
    '',
    `== reading view on the labelled pages (${checks.length}): keep sentences in article.text ${pct(keepFound, keepTotal)}, labelled widgets in it ${shown} of ${widgets} ==`,
  ];
  for (const c of checks) {
    for (const s of c.lost) lines.push(`  ${c.id}: keep not in article.text: ${short(s)}`);
    for (const s of c.shown) lines.push(`  ${c.id}: widget in article.text: ${short(s)}`);
  }
  return { totals: { 'reader.keep': round(ratio(keepFound, keepTotal)), 'reader.widgetsShown': shown }, lines };
}
