// The speed budget (budgets.json at the repository root, read by the bench and
// the end-to-end run), and the figures of one bench run that it judges.

import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../common/paths.ts';
import { median, quantile } from '../common/stats.ts';
import type { CarryResult } from './carry.ts';
import type { PoolResult } from './pool.ts';
import type { ReturnResult } from './return.ts';
import type { ScriptSize } from './sizes.ts';

export const BUDGETS_FILE = path.join(REPO_ROOT, 'budgets.json');

/** The limits; budgets.json's `speed`. */
export interface SpeedBudget {
  longestTaskP95Ms: number;
  longestTaskMaxMs: number;
  firstVisitFlashMs: number;
  returnVisitFlashRate: number;
  detectVsReaderable: number;
  contentScriptBytes: number;
}

const KEYS: ReadonlyArray<keyof SpeedBudget> = [
  'longestTaskP95Ms',
  'longestTaskMaxMs',
  'firstVisitFlashMs',
  'returnVisitFlashRate',
  'detectVsReaderable',
  'contentScriptBytes',
];

/** budgets.json's speed budget, in the order the bench prints it; an error when a figure is missing. */
export function readSpeedBudget(file = BUDGETS_FILE): SpeedBudget {
  const speed = (JSON.parse(readFileSync(file, 'utf8')) as { speed?: Record<string, unknown> }).speed ?? {};
  const out = {} as SpeedBudget;
  for (const k of KEYS) {
    const v = speed[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${file}: speed.${k} must be a number`);
    out[k] = v;
  }
  return out;
}

/** One run's measures of the budget's figures (null where not measured); crossArticleCarry has no limit. */
export interface BudgetFigures {
  longestTaskP95Ms: number | null;
  longestTaskMaxMs: number | null;
  firstVisitFlashMs: number | null;
  returnVisitFlashRate: number | null;
  crossArticleCarry: number | null;
  detectVsReaderable: number | null;
  contentScriptBytes: number;
}

export type Limits = Record<keyof BudgetFigures, number | null>;

export function limitsOf(b: SpeedBudget): Limits {
  return {
    longestTaskP95Ms: b.longestTaskP95Ms,
    longestTaskMaxMs: b.longestTaskMaxMs,
    firstVisitFlashMs: b.firstVisitFlashMs,
    returnVisitFlashRate: b.returnVisitFlashRate,
    crossArticleCarry: null,
    detectVsReaderable: b.detectVsReaderable,
    contentScriptBytes: b.contentScriptBytes,
  };
}

/** The numbers of one run (finite ones only) that `f` reads. */
export const vals = <T>(xs: readonly T[], f: (x: T) => number | null | undefined): number[] =>
  xs.map(f).filter((x): x is number => typeof x === 'number' && !Number.isNaN(x));

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0);

export interface RunResults {
  pool: PoolResult[];
  back: ReturnResult[];
  carry: CarryResult[];
  sizes: ScriptSize[];
  loadStart: number[];
}

/** The labelled news pages whose first visit was measured with widgets: the flash's pages. */
export const flashPages = (back: readonly ReturnResult[]): ReturnResult[] =>
  back.filter((r) => r.labelNews && r.isNews && r.widgets > 0 && r.firstFlashMs !== null);

export function budgetFigures({ pool, back, carry, sizes }: RunResults): BudgetFigures {
  const longest = vals(pool, (r) => r.longestTaskMs);
  const flash = vals(flashPages(back), (r) => r.firstFlashMs);
  const retWidgets = sum(back, (r) => r.returnWidgets);
  const carryHidden = sum(carry, (r) => r.hidden);
  const ratio = vals(pool, (r) => r.detectVsReaderable);
  return {
    longestTaskP95Ms: longest.length ? quantile(longest, 0.95) : null,
    longestTaskMaxMs: longest.length ? Math.max(...longest) : null,
    firstVisitFlashMs: flash.length ? median(flash) : null,
    returnVisitFlashRate: retWidgets ? sum(back, (r) => r.returnPainted) / retWidgets : null,
    crossArticleCarry: carryHidden ? sum(carry, (r) => r.carried) / carryHidden : null,
    detectVsReaderable: ratio.length ? median(ratio) : null,
    contentScriptBytes: sizes.reduce((n, x) => n + x.bytes, 0),
  };
}

/** The figures beside the budget: thread time, CPU per page, the flash in more detail, carry, the machine's load. */
export function details({ pool, back, carry, loadStart }: RunResults) {
  const news = pool.filter((r) => r.isNews);
  const longestCpu = vals(pool, (r) => r.longestTaskCpuMs);
  const newsCpu = vals(news, (r) => r.ourCpuMs);
  const newsWall = vals(news, (r) => r.ourWallMs);
  const pages = flashPages(back);
  const flash = vals(pages, (r) => r.firstFlashMs);
  const retHiddenWidgets = sum(back, (r) => r.returnWidgetsHidden);
  return {
    longestTaskCpuP95Ms: longestCpu.length ? quantile(longestCpu, 0.95) : null,
    longestTaskCpuMaxMs: longestCpu.length ? Math.max(...longestCpu) : null,
    ourCpuPerNewsPageMs: { median: median(newsCpu), p95: quantile(newsCpu, 0.95), pages: newsCpu.length },
    ourWallPerNewsPageMs: { median: median(newsWall), p95: quantile(newsWall, 0.95) },
    firstVisitFlashPages: flash.length,
    firstVisitFlashAnywhereMs: median(vals(pages, (r) => r.firstFlashPageMs)),
    firstVisitFlashP95Ms: flash.length ? quantile(flash, 0.95) : null,
    firstVisitPagesWithFlash: flash.filter((x) => x > 0).length,
    returnVisitWidgets: sum(back, (r) => r.returnWidgets),
    returnVisitPainted: sum(back, (r) => r.returnPainted),
    returnVisitFlashRateOfHidden: retHiddenWidgets ? sum(back, (r) => r.returnPaintedHidden) / retHiddenWidgets : null,
    returnVisitLongestTaskMaxMs: Math.max(0, ...vals(back, (r) => r.longestTaskMs)),
    // The clean side asked for at document start on a site with a stylesheet: the wait after detection.
    sideWaitFirstVisitMs: median(vals(back, (r) => r.firstSideWaitMs)),
    sideWaitReturnVisitMs: median(vals(back, (r) => r.secondSideWaitMs)),
    loadAverage: { start: loadStart, end: loadavg() },
    carrySites: carry.length,
    carrySitesCleanedTwice: carry.filter((r) => r.hidden > 0 && r.learned > 0).length,
    carryHidden: sum(carry, (r) => r.hidden),
    carried: sum(carry, (r) => r.carried),
    detectColdVsReaderableCold: median(
      vals(pool, (r) => (r.detectColdMs !== null && r.readerableColdMs ? r.detectColdMs / r.readerableColdMs : null)),
    ),
    loadPathDetectVsReaderable: median(
      vals(pool, (r) => (r.timings && r.readerableMs ? r.timings.detectMs / r.readerableMs : null)),
    ),
  };
}

export type Details = ReturnType<typeof details>;
