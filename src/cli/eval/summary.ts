// The run's sums: the labelled pages grouped (all, per language, per half of
// split.json, with detection per language over pool+labeled), and the totals
// that eval-results.json records and --check compares with eval-baseline.json.
import type { Half } from '../common/corpus.ts';
import type { Only } from './args.ts';
import type { ArticlesRun } from './articles.ts';
import type { LabeledResult } from './labeled.ts';
import type { RunLog } from './log.ts';
import type { EvalSets } from './preflight.ts';
import { round } from './print.ts';
import { dateScores, ratio, type DateCounts, type DateScores } from './score.ts';
import { addLabeled, emptyAgg, textTotals, type Agg, type Totals } from './totals.ts';

export interface Groups {
  all: Agg;
  byLang: Map<string, Agg>;
  byHalf: Map<Half, Agg>;
  /** Detection over pool+labeled. */
  detOk: number;
  detN: number;
}

export function groupLabeled(labeled: readonly LabeledResult[], log: RunLog): Groups {
  const g: Groups = { all: emptyAgg(), byLang: new Map(), byHalf: new Map(), detOk: 0, detN: 0 };
  for (const r of labeled) {
    addLabeled(g.all, r);
    const h = g.byHalf.get(r.half) ?? emptyAgg();
    addLabeled(h, r);
    g.byHalf.set(r.half, h);
    const l = g.byLang.get(r.lang) ?? emptyAgg();
    addLabeled(l, r);
    g.byLang.set(r.lang, l);
  }
  for (const [lang, d] of log.detectByLang) {
    g.detOk += d.ok;
    g.detN += d.n;
    const l = g.byLang.get(lang) ?? emptyAgg();
    l.detectOk = d.ok;
    l.detectN = d.n;
    g.byLang.set(lang, l);
  }
  return g;
}

/** Whether a measure is shown and recorded in a run with `only`. */
export const shows =
  (only: Only | null) =>
  (m: Only): boolean =>
    only === null || only === m;

export interface TotalsInput {
  only: Only | null;
  sets: EvalSets;
  log: RunLog;
  groups: Groups;
  labeledPages: number;
  dateCounts: DateCounts;
  articles: ArticlesRun | null;
  reader: { totals: Totals } | null;
}

/** Errors per set too, so that a partial run (--only) can be checked and merged. */
function errorTotals({ only, sets, log }: TotalsInput): Totals {
  const totals: Totals = only === null ? { errors: log.errors.length } : {};
  if (sets.labeled) totals['errors.labeled'] = log.setErrors('labeled');
  if (sets.pool) totals['errors.pool'] = log.setErrors('pool');
  if (sets.dates) totals['errors.dates'] = log.setErrors('dates');
  return totals;
}

export function runTotals(input: TotalsInput): { totals: Totals; dates: DateScores } {
  const { groups, articles, reader } = input;
  const { all } = groups;
  const show = shows(input.only);
  const dates = dateScores(input.dateCounts);
  const totals = errorTotals(input);
  if (articles) Object.assign(totals, articles.totals);
  if (reader && show('articles')) Object.assign(totals, reader.totals);
  if (show('detection')) totals['detection.accuracy'] = round(ratio(groups.detOk, groups.detN));
  if (show('clutter')) {
    totals['clutter.recall'] = round(ratio(all.clutterRemoved, all.clutterTotal));
    totals['keep.rate'] = round(ratio(all.keepKept, all.keepTotal));
    totals['keep.pagesWithLoss'] = all.pagesWithLoss;
  }
  if (input.labeledPages) {
    // Quotes, speakers and datelines for all pages and for each half of split.json: the checking
    // half says whether what was tuned on the tuning half generalises.
    Object.assign(totals, textTotals(all, '', show));
    for (const half of ['tuning', 'checking'] as const) {
      const g = groups.byHalf.get(half);
      if (g) Object.assign(totals, textTotals(g, `.${half}`, show));
    }
  }
  if (show('published')) totals['published.accuracy'] = round(ratio(all.pubOk, all.pages));
  if (input.sets.dates) {
    totals['dates.precision'] = round(dates.precision);
    totals['dates.recall'] = round(dates.recall);
    totals['dates.accuracy'] = round(dates.accuracy);
    totals['dates.f'] = round(dates.f);
  }
  return { totals, dates };
}
