// The browser run's ratchet, eval-baseline-browser.json: the jsdom scoreboard's
// measures per browser (with their directions, totals.ts), and the number of
// answers that differ from jsdom's, which must not rise.
import path from 'node:path';
import { fmtNum } from '../print.ts';
import { readTotals, writeTotals } from '../baseline.ts';
import { checkAgainstBaseline, type Totals } from '../totals.ts';
import type { BrowserEvalArgs } from './args.ts';

export const BASELINE_FILE = 'eval-baseline-browser.json';
/** The total of answers that differ from jsdom's: lower is better, like errors. */
export const DIFFERENCES = 'differences';

/** The failures of one browser's totals (keys under `prefix`) against the baseline. */
export function checkBrowserTotals(current: Totals, baseline: Totals, prefix: string): string[] {
  const isDiff = (k: string): boolean => k === DIFFERENCES || k.startsWith(`${DIFFERENCES}.`);
  const strip = (t: Totals, diffs: boolean): Totals =>
    Object.fromEntries(
      Object.entries(t)
        .filter(([k]) => k.startsWith(prefix) && isDiff(k.slice(prefix.length)) === diffs)
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
  const failures = checkAgainstBaseline(strip(current, false), strip(baseline, false));
  const cur = strip(current, true);
  for (const [k, base] of Object.entries(strip(baseline, true))) {
    const v = cur[k];
    if (v !== undefined && v > base) failures.push(`${k}: ${fmtNum(v)} (baseline ${fmtNum(base)})`);
  }
  return failures.map((f) => prefix + f);
}

/** --check against the baseline: 0 when nothing fell or rose that must not, else 1. */
function check(args: BrowserEvalArgs, totals: Totals, baselineFile: string, partial: boolean): number {
  const prefix = `browser.${args.browser}.`;
  const baseline = readTotals(baselineFile);
  if (partial || !Object.keys(baseline).some((k) => k.startsWith(prefix))) {
    process.stderr.write(
      partial
        ? 'eval --check: a --match run is not compared with the baseline\n'
        : `eval --check: no ${prefix}* totals in ${baselineFile} (run with --write-baseline)\n`,
    );
    return 1;
  }
  const failures = checkBrowserTotals(totals, baseline, prefix);
  if (failures.length) {
    process.stdout.write(`\nCHECK FAILED against ${BASELINE_FILE}:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`\nCHECK PASSED: no ${args.browser} total below ${BASELINE_FILE}, differences not up\n`);
  return 0;
}

/** --write-baseline, then --check, as asked; the exit code. */
export function ratchet(args: BrowserEvalArgs, totals: Totals): number {
  const baselineFile = path.join(args.outDir, BASELINE_FILE);
  // A partial run (--match) is for looking, not for the ratchet.
  const partial = args.match !== '';
  if (args.writeBaseline) {
    if (partial) {
      process.stderr.write('eval: --write-baseline needs every labelled page (no --match)\n');
      return 2;
    }
    writeTotals(baselineFile, { ...readTotals(baselineFile), ...totals });
  }
  return args.check ? check(args, totals, baselineFile, partial) : 0;
}
