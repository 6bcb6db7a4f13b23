// The scoreboard's printout after the page rows: the tables per language and
// per half, detection misses, the dates benchmark, the article-body benchmark,
// errors, load notes, timings, the totals and the closing line.
import { HALVES, htmldateRows } from '../common/corpus.ts';
import { median, quantile } from '../common/stats.ts';
import type { EvalArgs } from './args.ts';
import type { ArticlesRun, ReaderCheck } from './articles.ts';
import type { LabeledResult } from './labeled.ts';
import type { RunLog } from './log.ts';
import type { EvalSets } from './preflight.ts';
import { pct, short, table } from './print.ts';
import { dateScores, type DateScores } from './score.ts';
import type { DatesSet, PoolSet } from './sets.ts';
import { shows, type Groups } from './summary.ts';
import { emptyAgg, type Agg, type Totals } from './totals.ts';
import { workersUsed } from './workers.ts';

/** Everything a finished run has to show. */
export interface EvalRun {
  args: EvalArgs;
  sets: EvalSets;
  log: RunLog;
  labeled: LabeledResult[];
  readerChecks: ReaderCheck[];
  pool: PoolSet;
  dates: DatesSet;
  dateScores: DateScores;
  articles: ArticlesRun | null;
  reader: { totals: Totals; lines: string[] } | null;
  groups: Groups;
  totals: Totals;
}

/** A group's quote precision and recall, speaker accuracy and dateline accuracy. */
const textCells = (g: Agg): string[] => [
  pct(g.qMatchedFound, g.qFound),
  pct(g.qMatchedLabeled, g.qLabeled),
  pct(g.spOk, g.spTotal),
  pct(g.dlOk, g.pages),
];

function langLines({ groups }: EvalRun): string[] {
  const langs = [...groups.byLang.keys()].sort();
  return [
    '',
    '== per language (labeled; detection over pool+labeled) ==',
    table(
      ['lang', 'pages', 'detect', 'clutter', 'keep', 'q-prec', 'q-rec', 'speaker', 'dateline', 'date'],
      langs.map((lang) => {
        const g = groups.byLang.get(lang) ?? emptyAgg();
        return [
          lang,
          String(g.pages),
          pct(g.detectOk, g.detectN),
          pct(g.clutterRemoved, g.clutterTotal),
          pct(g.keepKept, g.keepTotal),
          ...textCells(g),
          pct(g.pubOk, g.pages),
        ];
      }),
    ),
  ];
}

function halfLines({ groups }: EvalRun): string[] {
  const halfRow = (name: string, g: Agg): string[] => [name, String(g.pages), ...textCells(g), String(g.dlInvented)];
  const rows = HALVES.flatMap((h) => {
    const g = groups.byHalf.get(h);
    return g ? [halfRow(h, g)] : [];
  });
  return [
    '',
    '== per half of split.json (tune on the tuning half; the checking half tells whether it generalises) ==',
    table(
      ['half', 'pages', 'q-prec', 'q-rec', 'speaker', 'dateline', 'invented'],
      [...rows, halfRow('all', groups.all)],
    ),
  ];
}

function detectionMissLines({ log }: EvalRun): string[] {
  const misses = log.detectMisses;
  if (!misses.length) return [];
  return [
    '',
    `== detection misses (${misses.length}) ==`,
    ...misses.map(
      (m) =>
        `  ${m.set}/${m.file} [${m.lang}] got ${m.got ? 'news' : 'not news'} (score ${m.score.toFixed(2)}), want ${m.want ? 'news' : 'not news'}; ${m.signals.join(', ')}`,
    ),
  ];
}

function datesLines({ args, sets, dates, dateScores: s }: EvalRun): string[] {
  const { counts, misses } = dates;
  const out = ['', `== dates/ (${counts.pages} pages): TP ${counts.tp}, FP ${counts.fp}, FN ${counts.fn} ==`];
  const wrong = misses.filter((m) => m.got);
  if (!args.quiet && misses.length) {
    out.push(
      `  wrong days (first 15 of ${wrong.length}): ` +
        wrong
          .slice(0, 15)
          .map((m) => `${m.file} ${m.got}≠${m.want}`)
          .join(', '),
    );
  }
  const ours = ['Clearline (this run)', ...[s.precision, s.recall, s.accuracy, s.f].map((n) => n.toFixed(3))];
  out.push(
    table(['extractor', 'precision', 'recall', 'accuracy', 'F-score'], [ours, ...htmldateRows(sets.dirs.dates)]),
  );
  return out;
}

function problemLines({ log }: EvalRun): string[] {
  const { errors, loadNotes } = log;
  const out: string[] = [];
  if (errors.length) {
    out.push('', `== errors (${errors.length}) ==`);
    for (const e of errors.slice(0, 200)) out.push(`  ${e.set}/${e.file}: ${short(e.error, 160)}`);
    if (errors.length > 200) out.push(`  … and ${errors.length - 200} more (all in eval-results.json)`);
  }
  if (loadNotes.length) {
    out.push('', `== load notes (${loadNotes.length}): jsdom could not build these pages as saved ==`);
    for (const n of loadNotes) out.push(`  ${n.set}/${n.file}: ${short(n.note, 160)}`);
  }
  return out;
}

function timingLines({ log }: EvalRun): string[] {
  return [
    '',
    '== timings (jsdom, ms per page: parse / analyze) ==',
    table(
      ['set', 'pages', 'parse med', 'parse p95', 'analyze med', 'analyze p95'],
      Object.entries(log.timings).map(([set, t]) => [
        set,
        String(t.parse.length),
        median(t.parse).toFixed(1),
        quantile(t.parse, 0.95).toFixed(1),
        median(t.analyze).toFixed(1),
        quantile(t.analyze, 0.95).toFixed(1),
      ]),
    ),
  ];
}

/** The totals' rows for the labelled pages' measures. */
function labeledTotalRows({ args, groups }: EvalRun): string[][] {
  const show = shows(args.only);
  const { all } = groups;
  const rows: string[][] = [];
  if (show('detection')) rows.push(['detection accuracy (pool+labeled)', pct(groups.detOk, groups.detN)]);
  if (show('clutter')) {
    rows.push(['clutter recall (labeled)', pct(all.clutterRemoved, all.clutterTotal)]);
    rows.push(['keep rate (labeled)', pct(all.keepKept, all.keepTotal)]);
    rows.push(['pages with loss', String(all.pagesWithLoss)]);
  }
  if (show('quotes')) {
    rows.push(['quote precision', pct(all.qMatchedFound, all.qFound)]);
    rows.push(['quote recall', pct(all.qMatchedLabeled, all.qLabeled)]);
    rows.push(['speaker accuracy', pct(all.spOk, all.spTotal)]);
  }
  if (show('dateline')) {
    rows.push(['dateline accuracy', pct(all.dlOk, all.pages)]);
    rows.push(['invented datelines', String(all.dlInvented)]);
  }
  if (show('published')) rows.push(['published accuracy (labeled)', pct(all.pubOk, all.pages)]);
  return rows;
}

/** The totals' rows for the benchmarks: pool dates, dates/, articles/, the reading view. */
function benchmarkTotalRows(run: EvalRun): string[][] {
  const { sets, pool, dates, dateScores: s, articles, reader } = run;
  const rows: string[][] = [];
  if (sets.pool && pool.dates.pages) {
    const p = dateScores(pool.dates);
    rows.push([
      'published accuracy (pool gold_date, info)',
      pct(pool.dates.tp, pool.dates.pages) + ` P ${p.precision.toFixed(3)}`,
    ]);
  }
  if (sets.dates) {
    rows.push(['dates/ precision', s.precision.toFixed(3)]);
    rows.push(['dates/ recall', s.recall.toFixed(3)]);
    rows.push(['dates/ accuracy', pct(dates.counts.tp, dates.counts.pages)]);
    rows.push(['dates/ F-score', s.f.toFixed(3)]);
  }
  if (articles) {
    rows.push(['articles/ F1', articles.scores.f1.toFixed(3)]);
    rows.push(['articles/ precision', articles.scores.precision.toFixed(3)]);
    rows.push(['articles/ recall', articles.scores.recall.toFixed(3)]);
  }
  if (reader && shows(run.args.only)('articles')) {
    rows.push(['reading view: keep sentences in article.text', String(reader.totals['reader.keep'])]);
    rows.push(['reading view: labelled widgets in article.text', String(reader.totals['reader.widgetsShown'])]);
  }
  return rows;
}

function totalLines(run: EvalRun): string[] {
  const rows = [
    ...labeledTotalRows(run),
    ...benchmarkTotalRows(run),
    ['errors (all sets)', String(run.log.errors.length)],
  ];
  return ['', '== totals ==', table(['measure', 'value'], rows)];
}

function closingLine({ labeled, pool, dates, articles }: EvalRun, secs: number): string {
  return (
    `${labeled.length} labeled, ${pool.pages} pool, ${dates.counts.pages} dates pages in ${secs.toFixed(0)} s` +
    `${articles ? `, ${articles.pages.length} articles pages` : ''}` +
    ` (pool/dates/articles on ${workersUsed || 'no'} worker threads)`
  );
}

/** The printout after the page rows (which are printed as soon as labeled/ is done). */
export function reportLines(run: EvalRun, secs: number): string[] {
  const { args, sets, labeled, articles, reader } = run;
  const show = shows(args.only);
  return [
    ...(labeled.length ? langLines(run) : []),
    ...(labeled.length && (show('quotes') || show('dateline')) ? halfLines(run) : []),
    ...detectionMissLines(run),
    ...(sets.dates ? datesLines(run) : []),
    ...(articles ? articles.lines : []),
    ...(reader && show('articles') && !args.quiet ? reader.lines : []),
    ...problemLines(run),
    ...timingLines(run),
    ...totalLines(run),
    '',
    closingLine(run, secs),
  ];
}
