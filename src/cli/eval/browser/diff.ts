// The browser run beside the jsdom run: every answer where they differ, page by
// page, and the totals of a set of labelled pages (the same sums as the jsdom
// scoreboard, over the labelled pages only).

import type { PageSnapshot, Report } from '../../../core/types.ts';
import { normalizeText } from '../score.ts';
import type { LabeledResult } from '../labeled.ts';
import { round, short } from '../print.ts';
import { addLabeled, emptyAgg, textTotals, type Agg, type Totals } from '../totals.ts';

/** One run's answers on a page: its Report, its scored result, and the snapshot its text side read. */
export interface RunAnswers {
  report: Report | null;
  result: LabeledResult;
  snapshot: PageSnapshot | null;
  /** What clean-up hid on load (in-page.ts listHidden), or null when it could not be read. */
  hidden: string[] | null;
}

export const DIFF_KINDS = [
  'error',
  'detection',
  'quote',
  'speaker',
  'dateline',
  'date',
  'hidden',
  'clutter',
  'keep',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface PageDiff {
  id: string;
  /** The differences, one line each, in DIFF_KINDS order. */
  lines: Array<{ kind: DiffKind; text: string }>;
  /** What may explain them: how the two snapshots differ (not counted as differences). */
  context: string[];
}

const yesNo = (b: boolean): string => (b ? 'news' : 'not news');
const fmtDateline = (r: Report | null): string =>
  r?.dateline ? `${r.dateline.place ?? '∅'} / ${r.dateline.agency ?? '∅'}` : 'none';
const quoteLabel = (q: { text: string; speaker: string | null }): string =>
  `«${short(q.text, 70)}»${q.speaker ? ` — ${q.speaker}` : ''}`;

function keepStatus(r: LabeledResult, sentence: string): string {
  if (r.keep.missingBefore.includes(sentence)) return 'not shown even before clean-up';
  return r.keep.lost.includes(sentence) ? 'lost' : 'kept';
}

/** Pairs quotes whose normalized texts are equal, one to one, in order; returns the unpaired and the pairs. */
export function pairQuotes<Q extends { text: string }>(
  a: readonly Q[],
  b: readonly Q[],
): { onlyA: Q[]; onlyB: Q[]; pairs: Array<[Q, Q]> } {
  const used = new Set<number>();
  const onlyA: Q[] = [];
  const pairs: Array<[Q, Q]> = [];
  const nb = b.map((q) => normalizeText(q.text));
  for (const qa of a) {
    const n = normalizeText(qa.text);
    const j = nb.findIndex((x, i) => !used.has(i) && x === n);
    const qb = j >= 0 ? b[j] : undefined;
    if (qb) {
      used.add(j);
      pairs.push([qa, qb]);
    } else onlyA.push(qa);
  }
  return { onlyA, onlyB: b.filter((_, i) => !used.has(i)), pairs };
}

/** The items of `a` left once each item of `b` has taken one equal item away. */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

/** How the two snapshots differ: language, headline, standfirst, paragraphs (the first few that differ). */
export function snapshotContext(a: PageSnapshot | null, b: PageSnapshot | null, nameB: string, max = 3): string[] {
  if (!a || !b) return a === b ? [] : [`snapshot: ${a ? `none in ${nameB}` : 'none in jsdom'}`];
  const out: string[] = [];
  if (a.lang !== b.lang) out.push(`snapshot lang: jsdom ${a.lang ?? '∅'}, ${nameB} ${b.lang ?? '∅'}`);
  for (const field of ['headline', 'standfirst'] as const) {
    if (a[field] !== b[field])
      out.push(`snapshot ${field}: jsdom «${short(a[field] ?? '∅', 70)}», ${nameB} «${short(b[field] ?? '∅', 70)}»`);
  }
  if (a.paragraphs.length !== b.paragraphs.length)
    out.push(`snapshot paragraphs: jsdom ${a.paragraphs.length}, ${nameB} ${b.paragraphs.length}`);
  const n = Math.max(a.paragraphs.length, b.paragraphs.length);
  let shown = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const pa = a.paragraphs[i] ?? null;
    const pb = b.paragraphs[i] ?? null;
    if (pa === pb) continue;
    differing++;
    if (shown++ < max)
      out.push(
        `snapshot paragraph ${i}: jsdom «${pa === null ? '∅' : short(pa, 80)}», ${nameB} «${pb === null ? '∅' : short(pb, 80)}»`,
      );
  }
  if (differing > max) out.push(`snapshot: ${differing - max} more paragraphs differ`);
  return out;
}

/** Every answer where the two runs differ on one page. */
export function diffPage(jsdom: RunAnswers, browser: RunAnswers, nameB: string): PageDiff {
  const lines: PageDiff['lines'] = [];
  const add = (kind: DiffKind, text: string): void => void lines.push({ kind, text });
  const a = jsdom.result;
  const b = browser.result;
  if (Boolean(a.error) !== Boolean(b.error) || a.error !== b.error) {
    if (b.error && !a.error) add('error', `error in ${nameB} only: ${short(b.error, 140)}`);
    else if (a.error && !b.error) add('error', `error in jsdom only: ${short(a.error, 140)}`);
    else if (a.error && b.error) add('error', `errors: jsdom ${short(a.error, 60)}; ${nameB} ${short(b.error, 60)}`);
  }
  if (a.isNews.got !== b.isNews.got) {
    const signals = (r: Report | null): string => (r ? ` (${r.newsScore.toFixed(2)}: ${r.signals.join(', ')})` : '');
    add(
      'detection',
      `news: jsdom ${yesNo(a.isNews.got)}${signals(jsdom.report)}, ${nameB} ${yesNo(b.isNews.got)}${signals(browser.report)}`,
    );
  }
  const qa = jsdom.report?.quotes ?? [];
  const qb = browser.report?.quotes ?? [];
  const { onlyA, onlyB, pairs } = pairQuotes(qa, qb);
  for (const q of onlyA) add('quote', `quote only in jsdom: ${quoteLabel(q)}`);
  for (const q of onlyB) add('quote', `quote only in ${nameB}: ${quoteLabel(q)}`);
  for (const [x, y] of pairs) {
    if ((x.speaker ?? null) !== (y.speaker ?? null))
      add('speaker', `speaker: jsdom ${x.speaker ?? '∅'}, ${nameB} ${y.speaker ?? '∅'} — «${short(x.text, 60)}»`);
  }
  const da = fmtDateline(jsdom.report);
  const db = fmtDateline(browser.report);
  if (da !== db) add('dateline', `dateline: jsdom ${da}, ${nameB} ${db}`);
  if (a.published.got !== b.published.got)
    add('date', `date: jsdom ${a.published.got ?? '∅'}, ${nameB} ${b.published.got ?? '∅'}`);
  if (jsdom.hidden && browser.hidden) {
    for (const h of multisetMinus(jsdom.hidden, browser.hidden)) add('hidden', `hidden only in jsdom: ${h}`);
    for (const h of multisetMinus(browser.hidden, jsdom.hidden)) add('hidden', `hidden only in ${nameB}: ${h}`);
  }
  const missedA = new Set(a.clutter.missed);
  const missedB = new Set(b.clutter.missed);
  for (const sel of new Set([...missedA, ...missedB])) {
    if (missedA.has(sel) !== missedB.has(sel))
      add(
        'clutter',
        `widget ${sel}: ${missedA.has(sel) ? 'visible' : 'removed'} in jsdom, ${missedB.has(sel) ? 'visible' : 'removed'} in ${nameB}`,
      );
  }
  const sentences = [...new Set([...a.keep.lost, ...a.keep.missingBefore, ...b.keep.lost, ...b.keep.missingBefore])];
  for (const s of sentences) {
    const sa = keepStatus(a, s);
    const sb = keepStatus(b, s);
    if (sa !== sb) add('keep', `keep «${short(s, 70)}»: ${sa} in jsdom, ${sb} in ${nameB}`);
  }
  lines.sort((x, y) => DIFF_KINDS.indexOf(x.kind) - DIFF_KINDS.indexOf(y.kind));
  return { id: a.id, lines, context: lines.length ? snapshotContext(jsdom.snapshot, browser.snapshot, nameB) : [] };
}

/** The printed block of one page's differences (nothing when there are none). */
export function diffLines(d: PageDiff): string[] {
  if (!d.lines.length) return [];
  return [
    `${d.id}: ${d.lines.length} difference${d.lines.length === 1 ? '' : 's'}`,
    ...d.lines.map((l) => `    ${l.text}`),
    ...d.context.map((c) => `      · ${c}`),
  ];
}

/** Differences per kind, over pages. */
export function countDiffs(diffs: readonly PageDiff[]): Record<DiffKind | 'total' | 'pages', number> {
  const out = Object.fromEntries(DIFF_KINDS.map((k) => [k, 0])) as Record<DiffKind | 'total' | 'pages', number>;
  out.total = 0;
  out.pages = 0;
  for (const d of diffs) {
    if (d.lines.length) out.pages++;
    for (const l of d.lines) {
      out[l.kind]++;
      out.total++;
    }
  }
  return out;
}

/** Sums of a set of labelled pages: all, and per half of split.json. */
export function aggregate(results: readonly LabeledResult[]): { all: Agg; halves: Map<string, Agg> } {
  const all = emptyAgg();
  const halves = new Map<string, Agg>();
  for (const r of results) {
    addLabeled(all, r);
    all.detectN++;
    if (r.isNews.got === r.isNews.want) all.detectOk++;
    if (r.error) all.errors++;
    const h = halves.get(r.half) ?? emptyAgg();
    addLabeled(h, r);
    halves.set(r.half, h);
  }
  return { all, halves };
}

/**
 * The totals of labelled pages with the jsdom scoreboard's keys (detection here
 * over these pages only), each prefixed with `prefix` (e.g. "browser.chromium.").
 */
export function labeledTotals(results: readonly LabeledResult[], prefix: string): Totals {
  const { all, halves } = aggregate(results);
  const r = (n: number, d: number): number => round(d === 0 ? 1 : n / d);
  const t: Totals = {
    'detection.accuracy': r(all.detectOk, all.detectN),
    'clutter.recall': r(all.clutterRemoved, all.clutterTotal),
    'keep.rate': r(all.keepKept, all.keepTotal),
    'keep.pagesWithLoss': all.pagesWithLoss,
    'published.accuracy': r(all.pubOk, all.pages),
    errors: all.errors,
    ...textTotals(all, '', () => true),
  };
  for (const half of ['tuning', 'checking'] as const) {
    const g = halves.get(half);
    if (g)
      Object.assign(
        t,
        textTotals(g, `.${half}`, () => true),
      );
  }
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [prefix + k, v]));
}
