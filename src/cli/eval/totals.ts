// The scoreboard's totals: sums over labelled pages (all, per language, per
// half of split.json), and the ratchet that compares them with eval-baseline.json.
import type { LabeledResult } from './labeled.ts';
import { fmtNum, ratio, round } from './print.ts';

export interface Totals {
  [key: string]: number;
}

/** Keys where a larger number is worse: --check fails when they rise. */
export const LOWER_IS_BETTER = new Set([
  'errors',
  'errors.labeled',
  'errors.pool',
  'errors.dates',
  'errors.articles',
  'keep.pagesWithLoss',
  'reader.widgetsShown',
  'dateline.invented',
]);
const TOLERANCE = 0.005;

/** Per-half keys (`quotes.recall.checking`) follow their measure's direction. */
const lowerIsBetter = (key: string): boolean =>
  LOWER_IS_BETTER.has(key) || LOWER_IS_BETTER.has(key.replace(/\.(?:tuning|checking)$/u, ''));

export function checkAgainstBaseline(current: Totals, baseline: Totals): string[] {
  const failures: string[] = [];
  for (const [key, base] of Object.entries(baseline)) {
    const cur = current[key];
    if (cur === undefined) continue; // not measured in this run (--only)
    if (lowerIsBetter(key) ? cur > base : cur < base - TOLERANCE) {
      failures.push(`${key}: ${fmtNum(cur)} (baseline ${fmtNum(base)})`);
    }
  }
  return failures;
}

export interface Agg {
  pages: number;
  detectOk: number;
  detectN: number;
  clutterRemoved: number;
  clutterTotal: number;
  keepKept: number;
  keepTotal: number;
  pagesWithLoss: number;
  qFound: number;
  qMatchedFound: number;
  qLabeled: number;
  qMatchedLabeled: number;
  spTotal: number;
  spOk: number;
  dlOk: number;
  dlInvented: number;
  pubOk: number;
  errors: number;
}

export const emptyAgg = (): Agg => ({
  pages: 0,
  detectOk: 0,
  detectN: 0,
  clutterRemoved: 0,
  clutterTotal: 0,
  keepKept: 0,
  keepTotal: 0,
  pagesWithLoss: 0,
  qFound: 0,
  qMatchedFound: 0,
  qLabeled: 0,
  qMatchedLabeled: 0,
  spTotal: 0,
  spOk: 0,
  dlOk: 0,
  dlInvented: 0,
  pubOk: 0,
  errors: 0,
});

export function addLabeled(g: Agg, r: LabeledResult): void {
  g.pages++;
  g.clutterRemoved += r.clutter.removed;
  g.clutterTotal += r.clutter.total;
  g.keepKept += r.keep.kept;
  g.keepTotal += r.keep.total;
  if (r.keep.lost.length) g.pagesWithLoss++;
  g.qFound += r.quotes.found;
  g.qMatchedFound += r.quotes.matchedFound;
  g.qLabeled += r.quotes.labeled;
  g.qMatchedLabeled += r.quotes.matchedLabeled;
  g.spTotal += r.quotes.speakerTotal;
  g.spOk += r.quotes.speakerOk;
  if (r.dateline.verdict === 'ok') g.dlOk++;
  if (r.dateline.verdict === 'invented') g.dlInvented++;
  if (r.published.ok) g.pubOk++;
}

/** The text-side totals of one group of labelled pages, under `suffix` (".tuning", or "" for all). */
export function textTotals(g: Agg, suffix: string, show: (m: 'quotes' | 'dateline') => boolean): Totals {
  const t: Totals = {};
  if (show('quotes')) {
    t[`quotes.precision${suffix}`] = round(ratio(g.qMatchedFound, g.qFound));
    t[`quotes.recall${suffix}`] = round(ratio(g.qMatchedLabeled, g.qLabeled));
    t[`quotes.speakerAccuracy${suffix}`] = round(ratio(g.spOk, g.spTotal));
  }
  if (show('dateline')) {
    t[`dateline.accuracy${suffix}`] = round(ratio(g.dlOk, g.pages));
    t[`dateline.invented${suffix}`] = g.dlInvented;
  }
  return t;
}
