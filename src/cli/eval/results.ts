// eval-results.json: the run's totals and everything behind them, page by page.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, quantile } from '../common/stats.ts';
import type { EvalRun } from './report.ts';

export function writeResults(run: EvalRun, secs: number): void {
  const { args, log, articles } = run;
  const results = {
    corpus: args.corpus,
    only: args.only,
    totals: run.totals,
    labeled: run.labeled,
    detectionMisses: log.detectMisses,
    dates: { counts: run.dates.counts, scores: run.dateScores, misses: run.dates.misses },
    poolDates: run.pool.dates,
    articles: articles ? { scores: articles.scores, pages: articles.pages } : null,
    reader: run.readerChecks,
    errors: log.errors,
    loadNotes: log.loadNotes,
    timings: Object.fromEntries(
      Object.entries(log.timings).map(([set, t]) => [
        set,
        {
          pages: t.parse.length,
          parseMedian: median(t.parse),
          analyzeMedian: median(t.analyze),
          analyzeP95: quantile(t.analyze, 0.95),
        },
      ]),
    ),
    seconds: secs,
  };
  writeFileSync(path.join(args.outDir, 'eval-results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
