// npm run eval [-- --corpus DIR] [--only detection|clutter|quotes|dateline|published|dates|articles]
//              [--check] [--write-baseline] [--jobs N] [--quiet] [--out-dir DIR]
// The scoreboard: scores core/analyze on ../shared/corpus with the rules of
// LABELS.md (see score.ts). Pages are streamed (one DOM alive per thread):
// labeled/ on the main thread, pool/ and dates/ on N worker threads (default:
// the machine's cores, at most 4). Quality numbers do not depend on timing or N.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Report } from '../core/types.ts';
import { forEachArg } from './args.ts';
import { REPO_ROOT } from './common/paths.ts';
import {
  HALVES,
  htmldateRows,
  labeledIds,
  readGold,
  readLabel,
  readPoolIndex,
  readSplit,
  type Half,
} from './eval/corpus.ts';
import { loadAndAnalyse, pageLines, scoreLabeled, type LabeledResult } from './eval/labeled.ts';
import { pct, round, short, table } from './eval/print.ts';
import { checkReader, readerSummary, runArticles, type ReaderCheck } from './eval/articles.ts';
import { addLabeled, checkAgainstBaseline, emptyAgg, textTotals, type Agg, type Totals } from './eval/totals.ts';
import { errorMessage } from './extract.ts';
import { runPages, workersUsed } from './pool.ts';
import { Progress } from './progress.ts';
import { countDate, dateScores, ratio, type DateCounts, type DateScores } from './score.ts';
import { median, quantile } from './stats.ts';

// Kept here for the tools that import them from the scoreboard.
export { REPO_ROOT, checkAgainstBaseline };
export type { LabeledResult, Totals };

const ONLY = ['detection', 'clutter', 'quotes', 'dateline', 'published', 'dates', 'articles'] as const;
type Only = (typeof ONLY)[number];

// ---- main ----

export interface EvalArgs {
  corpus: string;
  only: Only | null;
  check: boolean;
  writeBaseline: boolean;
  quiet: boolean;
  /** Worker threads for pool/ and dates/ (labeled/ runs on the main thread). */
  jobs: number;
  /** Where eval-results.json and eval-baseline.json live (the repository root). */
  outDir: string;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = {
    corpus: path.resolve(REPO_ROOT, '../shared/corpus'),
    only: null,
    check: false,
    writeBaseline: false,
    quiet: false,
    outDir: REPO_ROOT,
    jobs: Math.max(1, Math.min(4, availableParallelism())),
  };
  forEachArg(argv, (flag, value, a) => {
    if (flag === '--corpus') out.corpus = path.resolve(value());
    else if (flag === '--only') {
      const v = value();
      if (!(ONLY as readonly string[]).includes(v)) throw new Error(`--only must be one of ${ONLY.join('|')}`);
      out.only = v as Only;
    } else if (flag === '--check') out.check = true;
    else if (flag === '--write-baseline') out.writeBaseline = true;
    else if (flag === '--quiet') out.quiet = true;
    else if (flag === '--out-dir') out.outDir = path.resolve(value());
    else if (flag === '--jobs') out.jobs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else throw new Error(`unknown argument ${a}`);
  });
  return out;
}

interface ErrorEntry {
  set: string;
  file: string;
  error: string;
}

export async function run(args: EvalArgs): Promise<number> {
  const { corpus, only } = args;
  if (!existsSync(corpus)) {
    process.stderr.write(
      `eval: corpus folder not found: ${corpus}\n` +
        `  Put the corpus at ../shared/corpus beside the repository, or pass --corpus DIR.\n`,
    );
    return 2;
  }
  const labeledDir = path.join(corpus, 'labeled');
  const poolDir = path.join(corpus, 'pool');
  const datesDir = path.join(corpus, 'dates');
  const wantLabeled = only !== 'dates';
  const wantPool = only === null || only === 'detection';
  const wantDates = only === null || only === 'dates';
  const articlesDir = path.join(corpus, 'articles');
  // A corpus without the article-body benchmark is scored without it, unless it is asked for.
  const wantArticles = only === 'articles' || (only === null && existsSync(articlesDir));
  for (const [want, dir] of [
    [wantLabeled, labeledDir],
    [wantPool, poolDir],
    [wantDates, datesDir],
    [wantArticles, articlesDir],
  ] as const) {
    if (want && !existsSync(dir)) {
      process.stderr.write(`eval: missing folder ${dir}\n`);
      return 2;
    }
  }

  const t0 = Date.now();
  const errors: ErrorEntry[] = [];
  const loadNotes: Array<{ set: string; file: string; note: string }> = [];
  const noteLoad = (set: string, file: string, notes: readonly string[]): void => {
    for (const note of notes) loadNotes.push({ set, file, note });
  };
  const detectMisses: Array<{
    set: string;
    file: string;
    lang: string;
    got: boolean;
    want: boolean;
    score: number;
    signals: string[];
  }> = [];
  const detectByLang = new Map<string, { ok: number; n: number }>();
  type DetectFacts = Pick<Report, 'isNews' | 'newsScore' | 'signals'>;
  const countDetect = (set: string, file: string, lang: string, report: DetectFacts | null, want: boolean): void => {
    const got = report?.isNews ?? false;
    const d = detectByLang.get(lang) ?? { ok: 0, n: 0 };
    d.n++;
    if (got === want) d.ok++;
    else
      detectMisses.push({ set, file, lang, got, want, score: report?.newsScore ?? 0, signals: report?.signals ?? [] });
    detectByLang.set(lang, d);
  };
  const timings: Record<string, { parse: number[]; analyze: number[] }> = {};
  const time = (set: string, a: { parseMs: number; analyzeMs: number }): void => {
    const t = (timings[set] ??= { parse: [], analyze: [] });
    t.parse.push(a.parseMs);
    t.analyze.push(a.analyzeMs);
  };

  // labeled/
  const labeled: LabeledResult[] = [];
  const readerChecks: ReaderCheck[] = [];
  if (wantLabeled) {
    const ids = labeledIds(labeledDir);
    const halfOf = readSplit(corpus);
    const progress = new Progress('labeled', ids.length);
    for (const id of ids) {
      const label = readLabel(labeledDir, id);
      const { dom, a } = loadAndAnalyse(path.join(labeledDir, `${id}.html`), label.url);
      const pageErrors: string[] = [];
      const r = scoreLabeled(dom, a, label, halfOf(id), pageErrors);
      const text = a.report?.article?.text ?? null;
      readerChecks.push(checkReader(dom?.window.document ?? null, text, label, r.keep.missingBefore));
      dom?.window.close();
      if (a.error) errors.push({ set: 'labeled', file: id, error: a.error });
      noteLoad('labeled', id, a.notes);
      for (const e of pageErrors) errors.push({ set: 'labeled', file: id, error: e });
      if (pageErrors.length && !r.error) r.error = pageErrors.join('; ');
      countDetect('labeled', id, label.lang, a.report, label.isNews);
      time('labeled', a);
      labeled.push(r);
      progress.tick(id, Boolean(a.error || pageErrors.length));
    }
  }

  // Printed now: the page rows are what people tune with, and pool/ and dates/ take minutes.
  if (labeled.length && !args.quiet) {
    process.stdout.write(`${['', '== labeled pages ==', ...labeled.flatMap(pageLines)].join('\n')}\n`);
  }

  // pool/
  const poolDates: DateCounts = { tp: 0, fp: 0, fn: 0, pages: 0 };
  let poolPages = 0;
  if (wantPool) {
    const rows = readPoolIndex(poolDir);
    const progress = new Progress('pool', rows.length);
    const pages = await runPages(
      rows.map((row) => ({ file: path.join(poolDir, row.file), url: row.url || null })),
      args.jobs,
      (i, sum) => progress.tick(rows[i]?.file ?? '', Boolean(sum.error)),
    );
    rows.forEach((row, i) => {
      const a = pages[i];
      if (!a) return;
      poolPages++;
      if (a.error) errors.push({ set: 'pool', file: row.file, error: a.error });
      noteLoad('pool', row.file, a.notes);
      countDetect('pool', row.file, row.lang, a.error ? null : a, row.kind === 'article');
      if (row.goldDate) Object.assign(poolDates, countDate(poolDates, a.published, row.goldDate));
      time('pool', a);
    });
  }

  // dates/
  let dateCounts: DateCounts = { tp: 0, fp: 0, fn: 0, pages: 0 };
  const dateMisses: Array<{ file: string; got: string | null; want: string | null }> = [];
  if (wantDates) {
    const gold = readGold(datesDir);
    const progress = new Progress('dates', gold.length);
    const pages = await runPages(
      gold.map((g) => ({ file: path.join(datesDir, g.file), url: g.url || null })),
      args.jobs,
      (i, sum) => progress.tick(gold[i]?.file ?? '', Boolean(sum.error)),
    );
    gold.forEach((g, i) => {
      const a = pages[i];
      if (!a) return;
      if (a.error) errors.push({ set: 'dates', file: g.file, error: a.error });
      noteLoad('dates', g.file, a.notes);
      dateCounts = countDate(dateCounts, a.published, g.date);
      if (a.published !== g.date) dateMisses.push({ file: g.file, got: a.published, want: g.date });
      time('dates', a);
    });
  }

  // articles/ (the reading view's text against the article-body benchmark)
  const articles = wantArticles ? await runArticles(articlesDir, args.jobs, errors) : null;
  const reader = readerChecks.length ? readerSummary(readerChecks) : null;

  // ---- totals ----
  const all = emptyAgg();
  const byLang = new Map<string, Agg>();
  const byHalf = new Map<Half, Agg>();
  for (const r of labeled) {
    addLabeled(all, r);
    const h = byHalf.get(r.half) ?? emptyAgg();
    addLabeled(h, r);
    byHalf.set(r.half, h);
    const g = byLang.get(r.lang) ?? emptyAgg();
    addLabeled(g, r);
    byLang.set(r.lang, g);
  }
  let detOk = 0;
  let detN = 0;
  for (const [lang, d] of detectByLang) {
    detOk += d.ok;
    detN += d.n;
    const g = byLang.get(lang) ?? emptyAgg();
    g.detectOk = d.ok;
    g.detectN = d.n;
    byLang.set(lang, g);
  }
  const dates: DateScores = dateScores(dateCounts);

  // Errors per set too, so that a partial run (--only) can be checked and merged.
  const totals: Totals = only === null ? { errors: errors.length } : {};
  const setErrors = (set: string): number => errors.filter((e) => e.set === set).length;
  if (wantLabeled) totals['errors.labeled'] = setErrors('labeled');
  if (wantPool) totals['errors.pool'] = setErrors('pool');
  if (wantDates) totals['errors.dates'] = setErrors('dates');
  const show = (m: Only): boolean => only === null || only === m;
  if (articles) Object.assign(totals, articles.totals);
  if (reader && show('articles')) Object.assign(totals, reader.totals);
  if (show('detection')) totals['detection.accuracy'] = round(ratio(detOk, detN));
  if (show('clutter')) {
    totals['clutter.recall'] = round(ratio(all.clutterRemoved, all.clutterTotal));
    totals['keep.rate'] = round(ratio(all.keepKept, all.keepTotal));
    totals['keep.pagesWithLoss'] = all.pagesWithLoss;
  }
  if (labeled.length) {
    // Quotes, speakers and datelines for all pages and for each half of split.json: the checking
    // half says whether what was tuned on the tuning half generalises.
    Object.assign(totals, textTotals(all, '', show));
    for (const half of ['tuning', 'checking'] as const) {
      const g = byHalf.get(half);
      if (g) Object.assign(totals, textTotals(g, `.${half}`, show));
    }
  }
  if (show('published')) totals['published.accuracy'] = round(ratio(all.pubOk, all.pages));
  if (wantDates) {
    totals['dates.precision'] = round(dates.precision);
    totals['dates.recall'] = round(dates.recall);
    totals['dates.accuracy'] = round(dates.accuracy);
    totals['dates.f'] = round(dates.f);
  }

  // ---- print ----
  const out: string[] = [];
  if (labeled.length) {
    out.push('', '== per language (labeled; detection over pool+labeled) ==');
    const langs = [...byLang.keys()].sort();
    out.push(
      table(
        ['lang', 'pages', 'detect', 'clutter', 'keep', 'q-prec', 'q-rec', 'speaker', 'dateline', 'date'],
        langs.map((lang) => {
          const g = byLang.get(lang) ?? emptyAgg();
          return [
            lang,
            String(g.pages),
            pct(g.detectOk, g.detectN),
            pct(g.clutterRemoved, g.clutterTotal),
            pct(g.keepKept, g.keepTotal),
            pct(g.qMatchedFound, g.qFound),
            pct(g.qMatchedLabeled, g.qLabeled),
            pct(g.spOk, g.spTotal),
            pct(g.dlOk, g.pages),
            pct(g.pubOk, g.pages),
          ];
        }),
      ),
    );
  }
  if (labeled.length && (show('quotes') || show('dateline'))) {
    out.push(
      '',
      '== per half of split.json (tune on the tuning half; the checking half tells whether it generalises) ==',
    );
    const halfRow = (name: string, g: Agg): string[] => [
      name,
      String(g.pages),
      pct(g.qMatchedFound, g.qFound),
      pct(g.qMatchedLabeled, g.qLabeled),
      pct(g.spOk, g.spTotal),
      pct(g.dlOk, g.pages),
      String(g.dlInvented),
    ];
    out.push(
      table(
        ['half', 'pages', 'q-prec', 'q-rec', 'speaker', 'dateline', 'invented'],
        [
          ...HALVES.flatMap((h) => {
            const g = byHalf.get(h);
            return g ? [halfRow(h, g)] : [];
          }),
          halfRow('all', all),
        ],
      ),
    );
  }
  if (detectMisses.length) {
    out.push('', `== detection misses (${detectMisses.length}) ==`);
    for (const m of detectMisses) {
      out.push(
        `  ${m.set}/${m.file} [${m.lang}] got ${m.got ? 'news' : 'not news'} (score ${m.score.toFixed(2)}), want ${m.want ? 'news' : 'not news'}; ${m.signals.join(', ')}`,
      );
    }
  }
  if (wantDates) {
    out.push(
      '',
      `== dates/ (${dateCounts.pages} pages): TP ${dateCounts.tp}, FP ${dateCounts.fp}, FN ${dateCounts.fn} ==`,
    );
    const fp = dateMisses.filter((m) => m.got).length;
    if (!args.quiet && dateMisses.length) {
      out.push(
        `  wrong days (first 15 of ${fp}): ` +
          dateMisses
            .filter((m) => m.got)
            .slice(0, 15)
            .map((m) => `${m.file} ${m.got}≠${m.want}`)
            .join(', '),
      );
    }
    out.push(
      table(
        ['extractor', 'precision', 'recall', 'accuracy', 'F-score'],
        [
          [
            'Clearline (this run)',
            dates.precision.toFixed(3),
            dates.recall.toFixed(3),
            dates.accuracy.toFixed(3),
            dates.f.toFixed(3),
          ],
          ...htmldateRows(datesDir),
        ],
      ),
    );
  }
  if (articles) out.push(...articles.lines);
  if (reader && show('articles') && !args.quiet) out.push(...reader.lines);
  if (errors.length) {
    out.push('', `== errors (${errors.length}) ==`);
    for (const e of errors.slice(0, 200)) out.push(`  ${e.set}/${e.file}: ${short(e.error, 160)}`);
    if (errors.length > 200) out.push(`  … and ${errors.length - 200} more (all in eval-results.json)`);
  }
  if (loadNotes.length) {
    out.push('', `== load notes (${loadNotes.length}): jsdom could not build these pages as saved ==`);
    for (const n of loadNotes) out.push(`  ${n.set}/${n.file}: ${short(n.note, 160)}`);
  }
  out.push('', '== timings (jsdom, ms per page: parse / analyze) ==');
  out.push(
    table(
      ['set', 'pages', 'parse med', 'parse p95', 'analyze med', 'analyze p95'],
      Object.entries(timings).map(([set, t]) => [
        set,
        String(t.parse.length),
        median(t.parse).toFixed(1),
        quantile(t.parse, 0.95).toFixed(1),
        median(t.analyze).toFixed(1),
        quantile(t.analyze, 0.95).toFixed(1),
      ]),
    ),
  );
  out.push('', '== totals ==');
  const totalRows: string[][] = [];
  if (show('detection')) totalRows.push(['detection accuracy (pool+labeled)', pct(detOk, detN)]);
  if (show('clutter')) {
    totalRows.push(['clutter recall (labeled)', pct(all.clutterRemoved, all.clutterTotal)]);
    totalRows.push(['keep rate (labeled)', pct(all.keepKept, all.keepTotal)]);
    totalRows.push(['pages with loss', String(all.pagesWithLoss)]);
  }
  if (show('quotes')) {
    totalRows.push(['quote precision', pct(all.qMatchedFound, all.qFound)]);
    totalRows.push(['quote recall', pct(all.qMatchedLabeled, all.qLabeled)]);
    totalRows.push(['speaker accuracy', pct(all.spOk, all.spTotal)]);
  }
  if (show('dateline')) {
    totalRows.push(['dateline accuracy', pct(all.dlOk, all.pages)]);
    totalRows.push(['invented datelines', String(all.dlInvented)]);
  }
  if (show('published')) totalRows.push(['published accuracy (labeled)', pct(all.pubOk, all.pages)]);
  if (wantPool && poolDates.pages) {
    const p = dateScores(poolDates);
    totalRows.push([
      'published accuracy (pool gold_date, info)',
      pct(poolDates.tp, poolDates.pages) + ` P ${p.precision.toFixed(3)}`,
    ]);
  }
  if (wantDates) {
    totalRows.push(['dates/ precision', dates.precision.toFixed(3)]);
    totalRows.push(['dates/ recall', dates.recall.toFixed(3)]);
    totalRows.push(['dates/ accuracy', pct(dateCounts.tp, dateCounts.pages)]);
    totalRows.push(['dates/ F-score', dates.f.toFixed(3)]);
  }
  if (articles) {
    totalRows.push(['articles/ F1', articles.scores.f1.toFixed(3)]);
    totalRows.push(['articles/ precision', articles.scores.precision.toFixed(3)]);
    totalRows.push(['articles/ recall', articles.scores.recall.toFixed(3)]);
  }
  if (reader && show('articles')) {
    totalRows.push(['reading view: keep sentences in article.text', String(reader.totals['reader.keep'])]);
    totalRows.push(['reading view: labelled widgets in article.text', String(reader.totals['reader.widgetsShown'])]);
  }
  totalRows.push(['errors (all sets)', String(errors.length)]);
  out.push(table(['measure', 'value'], totalRows));
  const secs = (Date.now() - t0) / 1000;
  out.push(
    '',
    `${labeled.length} labeled, ${poolPages} pool, ${dateCounts.pages} dates pages in ${secs.toFixed(0)} s` +
      `${articles ? `, ${articles.pages.length} articles pages` : ''}` +
      ` (pool/dates/articles on ${workersUsed || 'no'} worker threads)`,
  );
  process.stdout.write(`${out.join('\n')}\n`);

  const results = {
    corpus,
    only,
    totals,
    labeled,
    detectionMisses: detectMisses,
    dates: { counts: dateCounts, scores: dates, misses: dateMisses },
    poolDates,
    articles: articles ? { scores: articles.scores, pages: articles.pages } : null,
    reader: readerChecks,
    errors,
    loadNotes,
    timings: Object.fromEntries(
      Object.entries(timings).map(([set, t]) => [
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

  const baselineFile = path.join(args.outDir, 'eval-baseline.json');
  if (args.writeBaseline) {
    // A partial run (--only) updates only the totals it measured.
    const previous =
      only && existsSync(baselineFile)
        ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as { totals: Totals }).totals
        : {};
    const merged: Totals = { ...previous, ...totals };
    const sets = ['errors.labeled', 'errors.pool', 'errors.dates', 'errors.articles'];
    if (only && sets.every((k) => k in merged)) merged.errors = sets.reduce((n, k) => n + (merged[k] ?? 0), 0);
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(baselineFile, `${JSON.stringify({ totals: sorted }, null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(process.cwd(), baselineFile)}\n`);
  }
  if (args.check) {
    if (!existsSync(baselineFile)) {
      process.stderr.write(`eval --check: no baseline at ${baselineFile} (run with --write-baseline)\n`);
      return 1;
    }
    const baseline = (JSON.parse(readFileSync(baselineFile, 'utf8')) as { totals: Totals }).totals;
    const failures = checkAgainstBaseline(totals, baseline);
    if (failures.length) {
      process.stdout.write(`\nCHECK FAILED against eval-baseline.json:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write('\nCHECK PASSED: no total below eval-baseline.json\n');
  }
  return 0;
}

function main(): void {
  // --browser: the labelled pages in a real browser with the built extension (eval/browser.ts).
  if (process.argv.slice(2).some((a) => a === '--browser' || a.startsWith('--browser='))) {
    import('./eval/browser.ts').then(
      (b) => b.main(process.argv.slice(2)),
      (e: unknown) => {
        process.stderr.write(`eval: ${errorMessage(e)}\n`);
        process.exitCode = 1;
      },
    );
    return;
  }
  let args: EvalArgs;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval: ${errorMessage(e)}\n`);
    process.exit(2);
  }
  run(args).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
