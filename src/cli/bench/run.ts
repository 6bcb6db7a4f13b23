// The bench from start to end: check what it needs, run the phases asked for in
// one Chromium, print the report and write bench-results.json.

import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { defaultExecutable } from '../common/launch.ts';
import { REPO_ROOT } from '../common/paths.ts';
import { parseBenchArgs, type BenchArgs } from './args.ts';
import { budgetFigures, details, limitsOf, readSpeedBudget, type RunResults } from './budget.ts';
import { runCarry, type CarryResult } from './carry.ts';
import { inPageScript } from './in-page.ts';
import { carryPairs, labelledPages, pick, poolPages } from './pages.ts';
import { runPool, RUNS, type PoolResult } from './pool.ts';
import {
  budgetRows,
  detailRows,
  detectTierRows,
  footerRows,
  longestTaskRows,
  measureRows,
  pageRows,
  sizeRows,
  verdicts,
} from './print.ts';
import { runReturn, type ReturnResult } from './return.ts';
import { Session } from './session.ts';
import { scriptSizes } from './sizes.ts';

const DIST = path.join(REPO_ROOT, 'dist/chrome');
const EXE = defaultExecutable('chromium');

/** What the bench needs before it starts: the pool, the build, the browser. A message when one is missing. */
function missing(poolDir: string): string | null {
  if (!existsSync(path.join(poolDir, 'index.tsv'))) return `pool not found at ${poolDir} (pass --corpus DIR)`;
  // Without it Chromium starts silently with no extension at all.
  if (!existsSync(path.join(DIST, 'manifest.json'))) return `${DIST} missing: run npm run build:chrome`;
  if (!existsSync(EXE)) return `no Chromium at ${EXE} (apt-get install chromium, or set CHROMIUM_PATH)`;
  return null;
}

/** The phases asked for, in one browser session. */
async function runPhases(args: BenchArgs, inject: string): Promise<Omit<RunResults, 'sizes' | 'loadStart'>> {
  const { corpus, limit, match, phases } = args;
  const poolDir = path.join(corpus, 'pool');
  const rows = phases.includes('pool') ? pick(poolPages(poolDir), match, limit) : [];
  const labelled = phases.includes('return') ? pick(labelledPages(path.join(corpus, 'labeled')), match, limit) : [];
  const pairs = phases.includes('carry') ? pick(carryPairs(path.join(corpus, 'dates')), match, limit) : [];
  const s = await Session.open(DIST, EXE);
  let pool: PoolResult[] = [];
  let back: ReturnResult[] = [];
  let carry: CarryResult[] = [];
  try {
    pool = await runPool(s, rows, poolDir, inject);
    back = await runReturn(s, labelled);
    carry = await runCarry(s, pairs);
  } finally {
    await s.close();
  }
  return { pool, back, carry };
}

export async function runBench(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  const problem = missing(path.join(args.corpus, 'pool'));
  if (problem) {
    process.stderr.write(`bench: ${problem}\n`);
    return 2;
  }
  const budget = readSpeedBudget();
  const { content: sizes, injected } = scriptSizes(DIST);
  const inject = await inPageScript();
  const loadStart = loadavg();
  const results: RunResults = { ...(await runPhases(args, inject)), sizes, loadStart };

  const figures = budgetFigures(results);
  const limits = limitsOf(budget);
  const passes = verdicts(figures, limits);
  const extra = details(results);
  const out = [
    ...pageRows(results),
    ...measureRows(results),
    ...longestTaskRows(results),
    ...detectTierRows(results),
    ...sizeRows(sizes, injected),
    ...budgetRows(figures, limits, passes),
    ...detailRows(extra, budget),
    ...footerRows(results),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  const { pool, back, carry } = results;
  const json = {
    chromium: EXE,
    runsPerMeasure: RUNS,
    budget: figures,
    budgetLimits: budget,
    budgetPass: passes,
    details: extra,
    contentScripts: sizes,
    injectedScripts: injected,
    pool,
    returnVisits: back,
    carry,
  };
  writeFileSync(path.join(REPO_ROOT, 'bench-results.json'), `${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
