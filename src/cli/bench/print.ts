// The bench's printout: the pages of each phase, the measures' medians and p95,
// the script sizes, the budget with PASS or FAIL, and the figures beside it.

import { cpus } from 'node:os';
import { median, quantile } from '../common/stats.ts';
import {
  flashPages,
  vals,
  type BudgetFigures,
  type Details,
  type Limits,
  type RunResults,
  type SpeedBudget,
} from './budget.ts';
import type { ScriptSize } from './sizes.ts';

const ms = (n: number | null | undefined): string =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(2);
const rt = (n: number | null | undefined): string =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(3);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const yesNo = (b: boolean | null): string => (b === null ? '  ?' : b ? 'yes' : ' no');
const problem = (error: string | null, n: number): string => (error ? `  ! ${error.slice(0, n)}` : '');

/** One row per page of each phase that ran. */
export function pageRows({ pool, back, carry }: RunResults): string[] {
  const out: string[] = [];
  if (pool.length) {
    out.push(
      '',
      'pool page                          news  longest task  our CPU  detect  readerable  det/R   load/R   text/R',
      '                                          wall (cpu)      ms       ms        ms',
    );
    for (const r of pool) {
      out.push(
        `${r.file.slice(0, 34).padEnd(34)} ${yesNo(r.isNews)}  ${ms(r.longestTaskMs).padStart(6)} (${ms(r.longestTaskCpuMs).padStart(5)})  ${ms(r.ourCpuMs).padStart(6)}  ${ms(r.detectMs).padStart(6)}  ${rt(r.readerableMs).padStart(9)}  ${rt(r.detectVsReaderable).padStart(6)}  ${rt(r.loadPathRatio).padStart(6)}  ${rt(r.textRatio).padStart(6)}${problem(r.error, 90)}`,
      );
    }
  }
  if (back.length) {
    out.push(
      '',
      'labelled page (two visits)         news  widgets  1st: flash ms  painted  never hidden  learned  2nd: painted',
    );
    for (const r of back) {
      out.push(
        `${r.id.slice(0, 34).padEnd(34)} ${yesNo(r.isNews)}  ${String(r.widgets).padStart(7)}  ${ms(r.firstFlashMs).padStart(13)}  ${String(r.firstPainted).padStart(7)}  ${String(r.neverHidden).padStart(12)}  ${String(r.learned).padStart(7)}  ${String(r.returnPainted).padStart(5)}/${r.returnWidgets}${problem(r.error, 80)}`,
      );
    }
  }
  if (carry.length) {
    out.push('', 'site (dates pages, 1st → 2nd)       news    learned  hidden on 2nd  of them by the stylesheet');
    for (const r of carry) {
      out.push(
        `${r.site.slice(0, 34).padEnd(34)} ${r.firstNews ? 'y' : 'n'}→${r.secondNews ? 'y' : 'n'}  ${String(r.learned).padStart(7)}  ${String(r.hidden).padStart(13)}  ${String(r.carried).padStart(10)}${problem(r.error, 80)}`,
      );
    }
  }
  return out;
}

/** Each measure's median, p95 and page count. */
export function measureRows({ pool, back }: RunResults): string[] {
  const news = pool.filter((r) => r.isNews);
  const rows: ReadonlyArray<readonly [string, number[]]> = [
    ['longest task of ours (wall)', vals(pool, (r) => r.longestTaskMs)],
    ['longest task of ours (cpu)', vals(pool, (r) => r.longestTaskCpuMs)],
    ['our CPU per news page', vals(news, (r) => r.ourCpuMs)],
    ['our wall per news page', vals(news, (r) => r.ourWallMs)],
    ['  detect (load path, sliced)', vals(pool, (r) => r.timings?.detectMs)],
    ['  clutter (news)', vals(news, (r) => r.timings?.clutterMs)],
    ['  hide (news)', vals(news, (r) => r.timings?.hideMs)],
    ['  inject wait (news)', vals(news, (r) => r.timings?.cleanSideWaitMs)],
    ['  longest slice (own clock)', vals(pool, (r) => r.timings?.longestSliceMs)],
    ['detect, in page, per call', vals(pool, (r) => r.detectMs)],
    ['isProbablyReaderable()', vals(pool, (r) => r.readerableMs)],
    ['detect ÷ readerable', vals(pool, (r) => r.detectVsReaderable)],
    ['first-visit flash (news)', vals(flashPages(back), (r) => r.firstFlashMs)],
    ['— for reference —', []],
    ['text side', vals(pool, (r) => r.textMs)],
    ['whole analyze()', vals(pool, (r) => r.analyzeMs)],
    ['readability parse()', vals(pool, (r) => r.readabilityMs)],
    ['load path ÷ parse()', vals(pool, (r) => r.loadPathRatio)],
    ['text side ÷ parse()', vals(pool, (r) => r.textRatio)],
    ['analyze() ÷ parse()', vals(pool, (r) => r.analyzeRatio)],
  ];
  const out = ['', 'measure (ms)                   median      p95    pages'];
  for (const [name, xs] of rows) {
    out.push(
      `${name.padEnd(30)} ${xs.length ? rt(median(xs)).padStart(8) : ''.padStart(8)} ${xs.length ? rt(quantile(xs, 0.95)).padStart(8) : ''.padStart(8)} ${xs.length ? String(xs.length).padStart(8) : ''}`,
    );
  }
  return out;
}

/**
 * The pages whose longest task was among the longest 10%: what of ours ran
 * longest in each, by count, and our thread time in those same tasks.
 */
export function longestTaskRows({ pool }: RunResults): string[] {
  const walls = vals(pool, (r) => r.longestTaskMs);
  if (!walls.length) return [];
  const p90 = quantile(walls, 0.9);
  const top = pool.filter((r) => (r.longestTaskMs ?? 0) >= p90);
  const groups = new Map<string, number[]>();
  for (const r of top) {
    const what = r.longestTaskWhat || '?';
    groups.set(what, [...(groups.get(what) ?? []), r.longestTaskWhatCpuMs ?? NaN]);
  }
  const list = [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(
      ([what, cpu]) =>
        `${what} ${cpu.length} (thread time, median ${ms(median(cpu.filter((x) => !Number.isNaN(x))))} ms)`,
    );
  return [`longest tasks at or above p90 (${ms(p90)} ms wall), what ran longest in them: ${list.join(', ')}`];
}

/** How many pool pages each tier of detection decided on the load path (core/detect, detectOnLoad). */
export function detectTierRows({ pool }: RunResults): string[] {
  const tiers = new Map<string, number>();
  for (const r of pool) if (r.detectTier) tiers.set(r.detectTier, (tiers.get(r.detectTier) ?? 0) + 1);
  if (!tiers.size) return [];
  const list = [...tiers].map(([t, n]) => `${t} ${n}`).join(', ');
  return [`detection on the load path decided the pages: ${list} (core/detect, detectOnLoad)`];
}

export function sizeRows(sizes: readonly ScriptSize[], injected: readonly ScriptSize[]): string[] {
  const out = ['', 'content scripts (dist/chrome), on every page:'];
  for (const x of sizes) out.push(`  ${x.file}: ${x.bytes} bytes, ${x.gzip} gzipped`);
  out.push('injected later: the clean side into pages that get cleaned, the text side when the popup opens:');
  for (const x of injected) out.push(`  ${x.file}: ${x.bytes} bytes, ${x.gzip} gzipped`);
  return out;
}

const FORMAT: Record<keyof BudgetFigures, (n: number) => string> = {
  longestTaskP95Ms: (n) => `${ms(n)} ms`,
  longestTaskMaxMs: (n) => `${ms(n)} ms`,
  firstVisitFlashMs: (n) => `${ms(n)} ms`,
  returnVisitFlashRate: (n) => rt(n),
  crossArticleCarry: (n) => rt(n),
  detectVsReaderable: (n) => `${rt(n)}×`,
  contentScriptBytes: (n) => `${n} B (${(n / 1024).toFixed(1)} KB)`,
};

/** Each figure against its limit: true (PASS), false (FAIL), null (not measured, or no limit). */
export function verdicts(figures: BudgetFigures, limits: Limits): Record<string, boolean | null> {
  const passes: Record<string, boolean | null> = {};
  for (const key of Object.keys(figures) as Array<keyof BudgetFigures>) {
    const v = figures[key];
    const lim = limits[key];
    passes[key] = v === null || lim === null ? null : v <= lim;
  }
  return passes;
}

export function budgetRows(figures: BudgetFigures, limits: Limits, passes: Record<string, boolean | null>): string[] {
  const out = ['', 'budget (budgets.json)          value                     limit'];
  for (const key of Object.keys(figures) as Array<keyof BudgetFigures>) {
    const v = figures[key];
    const lim = limits[key];
    const ok = passes[key] ?? null;
    out.push(
      `  ${ok === null ? (lim === null && v !== null ? 'info' : '  — ') : verdict(ok)}  ${key.padEnd(22)} ${(v === null ? 'not measured' : FORMAT[key](v)).padEnd(22)} ${lim === null ? 'reported' : `≤ ${FORMAT[key](lim)}`}`,
    );
  }
  return out;
}

/** The figures beside the budget, one line each. */
export function detailRows(d: Details, budget: SpeedBudget): string[] {
  const cpuOk = (v: number | null, lim: number): string => (v === null ? '  — ' : verdict(v <= lim));
  const load = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' ');
  return [
    `  ${cpuOk(d.longestTaskCpuP95Ms, budget.longestTaskP95Ms)}  the same in thread time (our code's own CPU, whatever else the machine runs): p95 ${ms(d.longestTaskCpuP95Ms)} ms`,
    `  ${cpuOk(d.longestTaskCpuMaxMs, budget.longestTaskMaxMs)}                                                                     max ${ms(d.longestTaskCpuMaxMs)} ms`,
    `  our CPU per news page: median ${ms(d.ourCpuPerNewsPageMs.median)} ms, p95 ${ms(d.ourCpuPerNewsPageMs.p95)} ms, over ${d.ourCpuPerNewsPageMs.pages} pages (wall ${ms(d.ourWallPerNewsPageMs.median)} ms)`,
    `  first visit: ${d.firstVisitPagesWithFlash} of ${d.firstVisitFlashPages} labelled news pages showed a widget on the screen before hiding it (p95 ${ms(d.firstVisitFlashP95Ms)} ms); counting widgets anywhere on the page, median ${ms(d.firstVisitFlashAnywhereMs)} ms`,
    `  return visit: ${d.returnVisitPainted} of ${d.returnVisitWidgets} labelled widgets painted; of those the first visit hid: ${rt(d.returnVisitFlashRateOfHidden)}; the clean side's wait after detection, median ${ms(d.sideWaitReturnVisitMs)} ms (first visit ${ms(d.sideWaitFirstVisitMs)} ms)`,
    `  carry: ${d.carried} of ${d.carryHidden} widgets hidden on ${d.carrySitesCleanedTwice} of ${d.carrySites} sites' second pages were already hidden by the first page's stylesheet`,
    `  detection cold (first call in the page) ÷ readerable cold: ${rt(d.detectColdVsReaderableCold)}×; the load path's sliced detection ÷ readerable: ${rt(d.loadPathDetectVsReaderable)}×`,
    `  wall times are the machine's too: load average ${load(d.loadAverage.start)} at the start, ${load(d.loadAverage.end)} at the end (1, 5, 15 min; ${cpus().length} cores)`,
  ];
}

/** The pages with problems, and the exceptions seen in Chromium. */
export function footerRows({ pool, back, carry }: RunResults): string[] {
  const failed = [...pool.filter((r) => r.error), ...back.filter((r) => r.error), ...carry.filter((r) => r.error)];
  const thrown = (what: string): number => pool.filter((r) => r.error?.includes(`${what}: `)).length;
  return [
    '',
    `${pool.length} pool pages, ${back.length} labelled pages, ${carry.length} sites; ${failed.length} with problems${failed.length ? `: ${failed.map((r) => ('file' in r ? r.file : 'id' in r ? r.id : r.site)).join(', ')}` : ''}`,
    `exceptions in Chromium: content script ${thrown('content script')}, analyze ${thrown('analyze')}, text side ${thrown('text side')}`,
  ];
}
