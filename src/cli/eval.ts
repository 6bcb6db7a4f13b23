// npm run eval [-- --corpus DIR] [--only detection|clutter|quotes|dateline|published|dates]
//              [--check] [--write-baseline] [--jobs N] [--quiet] [--out-dir DIR]
// The scoreboard: scores core/analyze on ../shared/corpus with the rules of
// LABELS.md (see score.ts). Pages are streamed (one DOM alive per thread):
// labeled/ on the main thread, pool/ and dates/ on N worker threads (default:
// the machine's cores, at most 4). Quality numbers do not depend on timing or N.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { JSDOM } from 'jsdom';
import { hide, HIDDEN_ATTR } from '../core/cleanup.ts';
import { analyzeDocument } from '../core/report.ts';
import type { ClutterHit, Report } from '../core/types.ts';
import { forEachArg } from './args.ts';
import { errorMessage, REMOVED_KINDS } from './extract.ts';
import { loadPage } from './load-page.ts';
import { runPages, workersUsed } from './pool.ts';
import { Progress } from './progress.ts';
import { median, quantile } from './stats.ts';
import {
  countDate,
  dateScores,
  judgeDateline,
  matchQuotes,
  normalizeText,
  ratio,
  speakerMatches,
  visibleTextOf,
  widgetRemoved,
  type DateCounts,
  type DatelineVerdict,
  type DateScores,
} from './score.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ONLY = ['detection', 'clutter', 'quotes', 'dateline', 'published', 'dates'] as const;
type Only = (typeof ONLY)[number];

// ---- inputs ----

interface Label {
  id: string;
  lang: string;
  url: string | null;
  isNews: boolean;
  published: string | null;
  dateline: { place: string | null; agency: string | null; text: string } | null;
  quotes: Array<{ text: string; speaker: string | null }>;
  clutter: { share?: string[]; comments?: string[] };
  keep: string[];
}

interface PoolRow {
  file: string;
  kind: string;
  lang: string;
  url: string;
  goldDate: string;
}

interface GoldDate {
  file: string;
  url: string;
  /** null where htmldate's gold has none (NaN in gold.json). */
  date: string | null;
}

function readPoolIndex(dir: string): PoolRow[] {
  const lines = readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => head.indexOf(name);
  return lines.map((line) => {
    const f = line.split('\t');
    const get = (name: string): string => f[col(name)] ?? '';
    return { file: get('file'), kind: get('kind'), lang: get('lang'), url: get('url'), goldDate: get('gold_date') };
  });
}

// ---- per-page results ----

interface Analysed {
  report: Report | null;
  hits: ClutterHit[];
  error: string | null;
  parseMs: number;
  analyzeMs: number;
  notes: string[];
}

const EMPTY_REPORT: Report = {
  url: null,
  title: null,
  lang: null,
  dir: 'ltr',
  isNews: false,
  newsScore: 0,
  signals: [],
  published: null,
  dateline: null,
  quotes: [],
  clutter: [],
  timings: { detectMs: 0, clutterMs: 0, extractMs: 0 },
};

function analysePage(dom: JSDOM, url: string | null, parseMs: number, notes: string[]): Analysed {
  const t0 = performance.now();
  try {
    const { report, hits } = analyzeDocument(dom.window.document, url);
    return { report, hits, error: null, parseMs, analyzeMs: performance.now() - t0, notes };
  } catch (e) {
    return { report: null, hits: [], error: errorMessage(e), parseMs, analyzeMs: performance.now() - t0, notes };
  }
}

/** Loads and analyses; a page that cannot even be parsed is an error like one that throws. */
function loadAndAnalyse(file: string, url: string | null): { dom: JSDOM | null; a: Analysed } {
  const t0 = performance.now();
  let dom: JSDOM;
  const notes: string[] = [];
  try {
    dom = loadPage(file, url, notes);
  } catch (e) {
    return {
      dom: null,
      a: { report: null, hits: [], error: `load: ${errorMessage(e)}`, parseMs: 0, analyzeMs: 0, notes },
    };
  }
  return { dom, a: analysePage(dom, url, performance.now() - t0, notes) };
}

export interface LabeledResult {
  id: string;
  lang: string;
  error: string | null;
  isNews: { got: boolean; want: boolean };
  clutter: { total: number; removed: number; missed: string[] };
  keep: { total: number; kept: number; lost: string[]; missingBefore: string[] };
  quotes: {
    found: number;
    labeled: number;
    matchedFound: number;
    matchedLabeled: number;
    speakerTotal: number;
    speakerOk: number;
    missed: string[];
    extra: string[];
    wrongSpeaker: Array<{ text: string; got: string | null; want: string }>;
  };
  dateline: { verdict: DatelineVerdict; got: string | null; want: string | null };
  published: { got: string | null; want: string | null; ok: boolean };
  ms: number;
}

const fmtDateline = (d: { place: string | null; agency: string | null } | null): string | null =>
  d ? `${d.place ?? '∅'} / ${d.agency ?? '∅'}` : null;

function scoreLabeled(dom: JSDOM | null, a: Analysed, label: Label, errors: string[]): LabeledResult {
  const report = a.report ?? EMPTY_REPORT;
  const selectors = [...(label.clutter.share ?? []), ...(label.clutter.comments ?? [])];
  const keepNorm = label.keep.map(normalizeText);
  const result: LabeledResult = {
    id: label.id,
    lang: label.lang,
    error: a.error,
    isNews: { got: report.isNews, want: label.isNews },
    clutter: { total: selectors.length, removed: 0, missed: [] },
    keep: { total: 0, kept: 0, lost: [], missingBefore: [] },
    quotes: {
      found: report.quotes.length,
      labeled: label.quotes.length,
      matchedFound: 0,
      matchedLabeled: 0,
      speakerTotal: 0,
      speakerOk: 0,
      missed: [],
      extra: [],
      wrongSpeaker: [],
    },
    dateline: {
      verdict: judgeDateline(report.dateline, label.dateline),
      got: fmtDateline(report.dateline),
      want: fmtDateline(label.dateline),
    },
    published: {
      got: report.published?.date ?? null,
      want: label.published,
      ok: (report.published?.date ?? null) === label.published,
    },
    ms: a.parseMs + a.analyzeMs,
  };

  if (dom) {
    const doc = dom.window.document;
    const before = visibleTextOf(doc);
    try {
      hide(doc, a.hits, REMOVED_KINDS);
    } catch (e) {
      // Still score what clutter detection found: mark the hits as hide() would.
      errors.push(`hide: ${errorMessage(e)}`);
      for (const h of a.hits) if (REMOVED_KINDS.includes(h.kind)) h.element.setAttribute(HIDDEN_ATTR, h.kind);
    }
    for (const sel of selectors) {
      let removed = false;
      try {
        removed = widgetRemoved(doc, sel);
      } catch (e) {
        errors.push(`selector ${sel}: ${errorMessage(e)}`);
      }
      if (removed) result.clutter.removed++;
      else result.clutter.missed.push(sel);
    }
    const after = visibleTextOf(doc);
    label.keep.forEach((sentence, i) => {
      const n = keepNorm[i] ?? '';
      // A sentence the page never showed is a labelling/decoding issue, not a clean-up loss.
      if (!before.includes(n)) {
        result.keep.missingBefore.push(sentence);
        return;
      }
      result.keep.total++;
      if (after.includes(n)) result.keep.kept++;
      else result.keep.lost.push(sentence);
    });
  } else {
    result.clutter.missed.push(...selectors);
  }

  const q = result.quotes;
  const found = report.quotes.map((x) => x.text);
  const pairs = matchQuotes(
    found,
    label.quotes.map((x) => x.text),
  );
  q.matchedFound = q.matchedLabeled = pairs.length;
  const matchedF = new Set(pairs.map(([f]) => f));
  const matchedL = new Set(pairs.map(([, l]) => l));
  label.quotes.forEach((lq, i) => {
    if (!matchedL.has(i)) q.missed.push(lq.speaker ? `${lq.text} — ${lq.speaker}` : lq.text);
  });
  report.quotes.forEach((fq, i) => {
    if (!matchedF.has(i)) q.extra.push(fq.speaker ? `${fq.text} — ${fq.speaker}` : fq.text);
  });
  for (const [fi, li] of pairs) {
    const want = label.quotes[li]?.speaker;
    if (!want) continue;
    q.speakerTotal++;
    const got = report.quotes[fi]?.speaker ?? null;
    if (speakerMatches(got, want)) q.speakerOk++;
    else q.wrongSpeaker.push({ text: label.quotes[li]?.text ?? '', got, want });
  }
  return result;
}

// ---- totals ----

export interface Totals {
  [key: string]: number;
}

/** Keys where a larger number is worse: --check fails when they rise. */
export const LOWER_IS_BETTER = new Set([
  'errors',
  'errors.labeled',
  'errors.pool',
  'errors.dates',
  'keep.pagesWithLoss',
  'dateline.invented',
]);
const TOLERANCE = 0.005;

export function checkAgainstBaseline(current: Totals, baseline: Totals): string[] {
  const failures: string[] = [];
  for (const [key, base] of Object.entries(baseline)) {
    const cur = current[key];
    if (cur === undefined) continue; // not measured in this run (--only)
    if (LOWER_IS_BETTER.has(key) ? cur > base : cur < base - TOLERANCE) {
      failures.push(`${key}: ${fmtNum(cur)} (baseline ${fmtNum(base)})`);
    }
  }
  return failures;
}

const fmtNum = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(3));
const round = (n: number): number => Math.round(n * 10000) / 10000;

interface Agg {
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

const emptyAgg = (): Agg => ({
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

function addLabeled(g: Agg, r: LabeledResult): void {
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

// ---- output helpers ----

function table(head: string[], rows: string[][]): string {
  const width = (s: string): number => [...s].length;
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

const pct = (num: number, den: number): string => (den === 0 ? '—' : `${ratio(num, den).toFixed(3)} (${num}/${den})`);
const short = (s: string, n = 90): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return [...t].length > n ? `${[...t].slice(0, n - 1).join('')}…` : t;
};

function pageLines(r: LabeledResult): string[] {
  const q = r.quotes;
  const mark = (ok: boolean): string => (ok ? 'ok' : 'MISS');
  const out = [
    `${r.id} [${r.lang}]${r.error ? ` ERROR ${short(r.error, 120)}` : ''}` +
      ` | news ${r.isNews.got ? 'yes' : 'no'} ${mark(r.isNews.got === r.isNews.want)}` +
      ` | clutter ${r.clutter.removed}/${r.clutter.total}` +
      ` | keep ${r.keep.kept}/${r.keep.total}` +
      ` | quotes ${q.matchedFound}/${q.found} found, ${q.matchedLabeled}/${q.labeled} labelled, speakers ${q.speakerOk}/${q.speakerTotal}` +
      ` | dateline ${r.dateline.verdict}` +
      ` | date ${r.published.got ?? '∅'}${r.published.ok ? ' ok' : ` want ${r.published.want ?? '∅'}`}`,
  ];
  for (const s of r.clutter.missed) out.push(`    clutter missed: ${s}`);
  for (const s of r.keep.lost) out.push(`    keep LOST: ${short(s)}`);
  for (const s of r.keep.missingBefore) out.push(`    keep not found even before clean-up: ${short(s)}`);
  for (const s of q.missed) out.push(`    quote missed: ${short(s)}`);
  for (const s of q.extra) out.push(`    quote extra: ${short(s)}`);
  for (const s of q.wrongSpeaker) out.push(`    speaker: got ${s.got ?? '∅'}, want ${s.want} — ${short(s.text, 50)}`);
  if (r.dateline.verdict !== 'ok')
    out.push(`    dateline: got ${r.dateline.got ?? 'none'}, want ${r.dateline.want ?? 'none'}`);
  return out;
}

/** htmldate's published rows, read from dates/README.md at run time. */
function htmldateRows(datesDir: string): string[][] {
  const readme = path.join(datesDir, 'README.md');
  if (!existsSync(readme)) return [];
  return readFileSync(readme, 'utf8')
    .split('\n')
    .filter((l) => /^\|\s*[^|-][^|]*\|\s*0?\.\d+/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

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
  for (const [want, dir] of [
    [wantLabeled, labeledDir],
    [wantPool, poolDir],
    [wantDates, datesDir],
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
  if (wantLabeled) {
    const ids = readdirSync(labeledDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    const progress = new Progress('labeled', ids.length);
    for (const id of ids) {
      const label = JSON.parse(readFileSync(path.join(labeledDir, `${id}.json`), 'utf8')) as Label;
      label.id ??= id;
      const { dom, a } = loadAndAnalyse(path.join(labeledDir, `${id}.html`), label.url);
      const pageErrors: string[] = [];
      const r = scoreLabeled(dom, a, label, pageErrors);
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
    const rows = readPoolIndex(poolDir).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
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
    // gold.json was written by Python: a page without a gold date has a bare NaN.
    const goldText = readFileSync(path.join(datesDir, 'gold.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
    const gold = (JSON.parse(goldText) as GoldDate[]).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
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

  // ---- totals ----
  const all = emptyAgg();
  const byLang = new Map<string, Agg>();
  for (const r of labeled) {
    addLabeled(all, r);
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
  if (show('detection')) totals['detection.accuracy'] = round(ratio(detOk, detN));
  if (show('clutter')) {
    totals['clutter.recall'] = round(ratio(all.clutterRemoved, all.clutterTotal));
    totals['keep.rate'] = round(ratio(all.keepKept, all.keepTotal));
    totals['keep.pagesWithLoss'] = all.pagesWithLoss;
  }
  if (show('quotes')) {
    totals['quotes.precision'] = round(ratio(all.qMatchedFound, all.qFound));
    totals['quotes.recall'] = round(ratio(all.qMatchedLabeled, all.qLabeled));
    totals['quotes.speakerAccuracy'] = round(ratio(all.spOk, all.spTotal));
  }
  if (show('dateline')) {
    totals['dateline.accuracy'] = round(ratio(all.dlOk, all.pages));
    totals['dateline.invented'] = all.dlInvented;
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
  totalRows.push(['errors (all sets)', String(errors.length)]);
  out.push(table(['measure', 'value'], totalRows));
  const secs = (Date.now() - t0) / 1000;
  out.push(
    '',
    `${labeled.length} labeled, ${poolPages} pool, ${dateCounts.pages} dates pages in ${secs.toFixed(0)} s` +
      ` (pool/dates on ${workersUsed || 'no'} worker threads)`,
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
    if (only && ['errors.labeled', 'errors.pool', 'errors.dates'].every((k) => k in merged)) {
      merged.errors = (merged['errors.labeled'] ?? 0) + (merged['errors.pool'] ?? 0) + (merged['errors.dates'] ?? 0);
    }
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
