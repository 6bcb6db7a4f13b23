// The ratchet's files: eval-baseline.json (jsdom) and eval-baseline-browser.json
// (browser/ratchet.ts), each `{totals}` with its keys sorted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Only } from './args.ts';
import { checkAgainstBaseline, type Totals } from './totals.ts';

/** A baseline file's totals; none when there is no file. */
export const readTotals = (file: string): Totals =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { totals: Totals }).totals : {};

/** Writes `totals` (keys sorted) as the baseline and says so. */
export function writeTotals(file: string, totals: Totals): void {
  const sorted = Object.fromEntries(Object.entries(totals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify({ totals: sorted }, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

const SET_ERRORS = ['errors.labeled', 'errors.pool', 'errors.dates', 'errors.articles'];

/** --write-baseline: a partial run (--only) updates only the totals it measured. */
export function writeBaseline(file: string, totals: Totals, only: Only | null): void {
  const previous = only ? readTotals(file) : {};
  const merged: Totals = { ...previous, ...totals };
  if (only && SET_ERRORS.every((k) => k in merged))
    merged.errors = SET_ERRORS.reduce((n, k) => n + (merged[k] ?? 0), 0);
  writeTotals(file, merged);
}

/** --check: 0 when no total fell below the baseline, else 1 (the failures printed). */
export function checkBaseline(file: string, totals: Totals): number {
  if (!existsSync(file)) {
    process.stderr.write(`eval --check: no baseline at ${file} (run with --write-baseline)\n`);
    return 1;
  }
  const failures = checkAgainstBaseline(totals, readTotals(file));
  if (failures.length) {
    process.stdout.write(`\nCHECK FAILED against eval-baseline.json:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nCHECK PASSED: no total below eval-baseline.json\n');
  return 0;
}
