// Phase "pool": each pool page as a first visit (nothing learned on its site),
// traced (trace.ts), then measured in the page (in-page.ts).

import path from 'node:path';
import { METADATA_ONLY, PARAGRAPHS_ONLY, PARTLY_READ } from '../../core/detect/index.ts';
import type { LoadTimings } from '../../shared/messages.ts';
import { decodePage, readPageBytes } from '../common/load-page.ts';
import { median } from '../common/stats.ts';
import { servedUrl } from './args.ts';
import { measureInPage, type InPage } from './in-page.ts';
import { eachPage, type PoolRow } from './pages.ts';
import type { Session, Visit } from './session.ts';

/** Per in-page measure and page; the median is kept. */
export const RUNS = 3;

export interface PoolResult {
  file: string;
  lang: string;
  url: string;
  error: string | null;
  isNews: boolean | null;
  /** How far detection read on the load path: the tier that decided it (core/detect, detectOnLoad), or "all". */
  detectTier: string | null;
  timings: LoadTimings | null;
  /** Main-thread tasks that ran our code (trace): the longest one's share of ours, wall and thread time. */
  longestTaskMs: number | null;
  longestTaskCpuMs: number | null;
  /** What of ours ran longest in that task (trace.ts), and our thread time in it. */
  longestTaskWhat: string | null;
  longestTaskWhatCpuMs: number | null;
  /** All our main-thread work on the page, wall and thread time. */
  ourWallMs: number | null;
  ourCpuMs: number | null;
  ourTasks: number | null;
  detectMs: number | null;
  readerableMs: number | null;
  detectVsReaderable: number | null;
  detectColdMs: number | null;
  readerableColdMs: number | null;
  analyzeMs: number | null;
  textMs: number | null;
  readabilityMs: number | null;
  /** For reference (the old measure): the load path's own time ÷ Readability's parse(). */
  loadPathRatio: number | null;
  textRatio: number | null;
  analyzeRatio: number | null;
}

const emptyResult = (row: PoolRow, url: string): PoolResult => ({
  file: row.file,
  lang: row.lang,
  url,
  error: null,
  isNews: null,
  detectTier: null,
  timings: null,
  longestTaskMs: null,
  longestTaskCpuMs: null,
  longestTaskWhat: null,
  longestTaskWhatCpuMs: null,
  ourWallMs: null,
  ourCpuMs: null,
  ourTasks: null,
  detectMs: null,
  readerableMs: null,
  detectVsReaderable: null,
  detectColdMs: null,
  readerableColdMs: null,
  analyzeMs: null,
  textMs: null,
  readabilityMs: null,
  loadPathRatio: null,
  textRatio: null,
  analyzeRatio: null,
});

/** What the load told: the content script's state and our tasks in the trace. */
function readVisit(r: PoolResult, { state, work }: Visit): void {
  if (state) {
    r.isNews = state.detection.isNews;
    const last = state.detection.signals.at(-1) ?? '';
    r.detectTier = [PARAGRAPHS_ONLY, METADATA_ONLY, PARTLY_READ].includes(last) ? last : 'all';
    r.timings = state.timings;
  }
  if (work) {
    r.longestTaskMs = work.longestWallMs;
    r.longestTaskCpuMs = work.longestCpuMs;
    r.longestTaskWhat = work.longestWhat;
    r.longestTaskWhatCpuMs = work.longestWallCpuMs;
    r.ourWallMs = work.totalWallMs;
    r.ourCpuMs = work.totalCpuMs;
    r.ourTasks = work.tasks.length;
  }
}

/** The in-page measures' medians and their ratios. */
function readMeasures(r: PoolResult, m: InPage, { state }: Visit): void {
  const med = (xs: number[]): number | null => (xs.length ? median(xs) : null);
  r.detectMs = med(m.detect);
  r.readerableMs = med(m.readerable);
  r.detectColdMs = m.detectCold;
  r.readerableColdMs = m.readerableCold;
  if (r.detectMs !== null && r.readerableMs) r.detectVsReaderable = r.detectMs / r.readerableMs;
  r.analyzeMs = med(m.analyze);
  r.textMs = med(m.text);
  r.readabilityMs = med(m.readability);
  if (r.readabilityMs) {
    if (state) r.loadPathRatio = state.timings.loadPathMs / r.readabilityMs;
    if (r.textMs !== null) r.textRatio = r.textMs / r.readabilityMs;
    if (r.analyzeMs !== null) r.analyzeRatio = r.analyzeMs / r.readabilityMs;
  }
}

function problems(s: Session, { state, work }: Visit, m: InPage): string[] {
  return [
    !state
      ? s.sentAwayTo
        ? `the page sent itself to ${new URL(s.sentAwayTo).host} while loading, which stops its parsing`
        : 'no load timings from the content script'
      : null,
    state?.error ? `content script: ${state.error}` : null,
    !work?.tasks.length ? 'no task of ours in the trace' : null,
    ...m.errors,
  ].filter((x): x is string => Boolean(x));
}

async function measurePool(s: Session, row: PoolRow, r: PoolResult, poolDir: string, inject: string): Promise<void> {
  await s.forgetLearned(); // a first visit: nothing learned on this site yet
  const body = decodePage(readPageBytes(path.join(poolDir, row.file))).text;
  const visit = await s.visit(r.url, body, { trace: true });
  readVisit(r, visit);
  await s.page.evaluate(inject);
  const m = await measureInPage(s.page, RUNS);
  readMeasures(r, m, visit);
  const errs = problems(s, visit, m);
  if (errs.length) r.error = errs.join('; ');
}

export function runPool(s: Session, rows: PoolRow[], poolDir: string, inject: string): Promise<PoolResult[]> {
  return eachPage(
    'bench pool',
    rows,
    (row) => row.file,
    (row) => emptyResult(row, servedUrl(row.url, row.file)),
    (row, r) => measurePool(s, row, r, poolDir, inject),
  );
}
