// npm run eval (without --browser): the scoreboard from start to end. Pages are
// streamed (one DOM alive per thread): labeled/ on the main thread, pool/ and
// dates/ on N worker threads (workers.ts). Quality numbers do not depend on
// timing or N.
import path from 'node:path';
import type { EvalArgs } from './args.ts';
import { readerSummary, runArticles } from './articles.ts';
import { checkBaseline, writeBaseline } from './baseline.ts';
import { pageLines } from './labeled.ts';
import { RunLog } from './log.ts';
import { evalSets, preflight, type EvalSets } from './preflight.ts';
import { reportLines, type EvalRun } from './report.ts';
import { writeResults } from './results.ts';
import { runDatesSet, runLabeledSet, runPoolSet, type DatesSet, type LabeledSet, type PoolSet } from './sets.ts';
import { groupLabeled, runTotals } from './summary.ts';

/** The corpus's sets, one after the other, as `sets` asks. */
async function runSets(
  args: EvalArgs,
  sets: EvalSets,
  log: RunLog,
): Promise<Omit<EvalRun, 'groups' | 'totals' | 'dateScores'>> {
  const { labeled, readerChecks }: LabeledSet = sets.labeled
    ? runLabeledSet(args.corpus, sets.dirs.labeled, log)
    : { labeled: [], readerChecks: [] };
  // Printed now: the page rows are what people tune with, and pool/ and dates/ take minutes.
  if (labeled.length && !args.quiet) {
    process.stdout.write(`${['', '== labeled pages ==', ...labeled.flatMap(pageLines)].join('\n')}\n`);
  }
  const pool: PoolSet = sets.pool
    ? await runPoolSet(sets.dirs.pool, args.jobs, log)
    : { pages: 0, dates: { tp: 0, fp: 0, fn: 0, pages: 0 } };
  const dates: DatesSet = sets.dates
    ? await runDatesSet(sets.dirs.dates, args.jobs, log)
    : { counts: { tp: 0, fp: 0, fn: 0, pages: 0 }, misses: [] };
  // articles/: the reading view's text against the article-body benchmark.
  const articles = sets.articles ? await runArticles(sets.dirs.articles, args.jobs, log.errors) : null;
  const reader = readerChecks.length ? readerSummary(readerChecks) : null;
  return { args, sets, log, labeled, readerChecks, pool, dates, articles, reader };
}

export async function run(args: EvalArgs): Promise<number> {
  const sets = evalSets(args.corpus, args.only);
  const missing = preflight(args.corpus, sets);
  if (missing) {
    process.stderr.write(missing);
    return 2;
  }
  const t0 = Date.now();
  const log = new RunLog();
  const done = await runSets(args, sets, log);
  const groups = groupLabeled(done.labeled, log);
  const { totals, dates: dateScores } = runTotals({
    only: args.only,
    sets,
    log,
    groups,
    labeledPages: done.labeled.length,
    dateCounts: done.dates.counts,
    articles: done.articles,
    reader: done.reader,
  });
  const result: EvalRun = { ...done, groups, totals, dateScores };
  const secs = (Date.now() - t0) / 1000;
  process.stdout.write(`${reportLines(result, secs).join('\n')}\n`);
  writeResults(result, secs);
  const baselineFile = path.join(args.outDir, 'eval-baseline.json');
  if (args.writeBaseline) writeBaseline(baselineFile, totals, args.only);
  return args.check ? checkBaseline(baselineFile, totals) : 0;
}
