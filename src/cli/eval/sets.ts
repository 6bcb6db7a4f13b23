// The scoreboard's loops over the corpus, one per set: labeled/ on the main
// thread (scored page by page, labeled.ts), pool/ and dates/ on worker threads
// (workers.ts). Each records its errors, notes, detection and times in the
// run's log.
import path from 'node:path';
import { labeledFile, labeledIds, readGold, readLabel, readPoolIndex, readSplit } from '../common/corpus.ts';
import { Progress } from '../common/progress.ts';
import { checkReader, type ReaderCheck } from './articles.ts';
import { loadAndAnalyse, scoreLabeled, type LabeledResult } from './labeled.ts';
import type { RunLog } from './log.ts';
import { countDate, type DateCounts } from './score.ts';
import type { PageSummary } from './page-summary.ts';
import { runPages } from './workers.ts';

export interface LabeledSet {
  labeled: LabeledResult[];
  /** The reading view's checks of each labelled page (articles.ts). */
  readerChecks: ReaderCheck[];
}

/** labeled/: each page loaded, analysed, cleaned up as the extension would, and scored. */
export function runLabeledSet(corpus: string, dir: string, log: RunLog): LabeledSet {
  const out: LabeledSet = { labeled: [], readerChecks: [] };
  const ids = labeledIds(dir);
  const halfOf = readSplit(corpus);
  const progress = new Progress('labeled', ids.length);
  for (const id of ids) {
    const label = readLabel(dir, id);
    const { dom, a } = loadAndAnalyse(labeledFile(dir, id) ?? path.join(dir, `${id}.html`), label.url);
    const pageErrors: string[] = [];
    const r = scoreLabeled(dom, a, label, halfOf(id), pageErrors);
    const text = a.report?.article?.text ?? null;
    out.readerChecks.push(checkReader(dom?.window.document ?? null, text, label, r.keep.missingBefore));
    dom?.window.close();
    if (a.error) log.error('labeled', id, a.error);
    log.notes('labeled', id, a.notes);
    for (const e of pageErrors) log.error('labeled', id, e);
    if (pageErrors.length && !r.error) r.error = pageErrors.join('; ');
    log.detect('labeled', id, label.lang, a.report, label.isNews);
    log.time('labeled', a);
    out.labeled.push(r);
    progress.tick(id, Boolean(a.error || pageErrors.length));
  }
  return out;
}

/** The pages of `dir` analysed on the worker threads, with a progress line named `set`; in the order given. */
function analyseAll(
  set: string,
  dir: string,
  pages: ReadonlyArray<{ file: string; url: string }>,
  jobs: number,
): Promise<PageSummary[]> {
  const progress = new Progress(set, pages.length);
  return runPages(
    pages.map((p) => ({ file: path.join(dir, p.file), url: p.url || null })),
    jobs,
    (i, sum) => progress.tick(pages[i]?.file ?? '', Boolean(sum.error)),
  );
}

export interface PoolSet {
  pages: number;
  /** The pool's gold dates, where it has them (for information). */
  dates: DateCounts;
}

/** pool/: detection (and errors) on the unlabelled pages. */
export async function runPoolSet(dir: string, jobs: number, log: RunLog): Promise<PoolSet> {
  const out: PoolSet = { pages: 0, dates: { tp: 0, fp: 0, fn: 0, pages: 0 } };
  const rows = readPoolIndex(dir);
  const pages = await analyseAll('pool', dir, rows, jobs);
  rows.forEach((row, i) => {
    const a = pages[i];
    if (!a) return;
    out.pages++;
    if (a.error) log.error('pool', row.file, a.error);
    log.notes('pool', row.file, a.notes);
    log.detect('pool', row.file, row.lang, a.error ? null : a, row.kind === 'article');
    if (row.goldDate) Object.assign(out.dates, countDate(out.dates, a.published, row.goldDate));
    log.time('pool', a);
  });
  return out;
}

export interface DateMiss {
  file: string;
  got: string | null;
  want: string | null;
}

export interface DatesSet {
  counts: DateCounts;
  misses: DateMiss[];
}

/** dates/: htmldate's publication-date benchmark. */
export async function runDatesSet(dir: string, jobs: number, log: RunLog): Promise<DatesSet> {
  const out: DatesSet = { counts: { tp: 0, fp: 0, fn: 0, pages: 0 }, misses: [] };
  const gold = readGold(dir);
  const pages = await analyseAll('dates', dir, gold, jobs);
  gold.forEach((g, i) => {
    const a = pages[i];
    if (!a) return;
    if (a.error) log.error('dates', g.file, a.error);
    log.notes('dates', g.file, a.notes);
    out.counts = countDate(out.counts, a.published, g.date);
    if (a.published !== g.date) out.misses.push({ file: g.file, got: a.published, want: g.date });
    log.time('dates', a);
  });
  return out;
}
