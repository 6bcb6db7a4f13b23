// The browser run's printout (the differences from jsdom page by page, the
// totals side by side) and artifacts/eval-browser-<browser>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, quantile } from '../../common/stats.ts';
import { pageLines } from '../labeled.ts';
import { pct, table } from '../print.ts';
import type { Agg, Totals } from '../totals.ts';
import type { BrowserEvalArgs } from './args.ts';
import { aggregate, countDiffs, DIFF_KINDS, diffLines, labeledTotals } from './diff.ts';
import type { PageOutcome } from './page.ts';
import { DIFFERENCES } from './ratchet.ts';

/** A finished run: its outcomes split into the labelled pages and the others, and its differences counted. */
export interface BrowserRun {
  args: BrowserEvalArgs;
  outcomes: PageOutcome[];
  labelled: PageOutcome[];
  /** pool/ and dates/ pages. */
  others: PageOutcome[];
  counts: ReturnType<typeof countDiffs>;
  otherCounts: ReturnType<typeof countDiffs>;
  userAgent: string;
  secs: number;
}

export function browserRun(
  args: BrowserEvalArgs,
  outcomes: PageOutcome[],
  userAgent: string,
  secs: number,
): BrowserRun {
  const labelled = outcomes.filter((o) => o.scored);
  const others = outcomes.filter((o) => !o.scored);
  const counts = countDiffs(labelled.map((o) => o.diff));
  const otherCounts = countDiffs(others.map((o) => o.diff));
  return { args, outcomes, labelled, others, counts, otherCounts, userAgent, secs };
}

/** The page rows, and every answer that differs from jsdom's. */
function differenceLines({ args, labelled, others, counts, otherCounts }: BrowserRun): string[] {
  const name = args.browser;
  const out: string[] = [];
  if (!args.quiet)
    out.push('', `== labeled pages in ${name} ==`, ...labelled.flatMap((o) => pageLines(o.browser.result)));
  out.push(
    '',
    `== differences between jsdom and ${name}: ${counts.total} answers on ${counts.pages} labelled pages ==`,
  );
  out.push(...labelled.flatMap((o) => diffLines(o.diff)));
  if (!counts.total) out.push('  none');
  if (others.length) {
    out.push(
      '',
      `== differences on unlabelled pages: ${otherCounts.total} answers on ${otherCounts.pages} of ${others.length} pages ==`,
    );
    out.push(...others.flatMap((o) => diffLines(o.diff)));
  }
  out.push(
    '',
    table(
      ['kind', 'labelled', ...(others.length ? ['unlabelled'] : [])],
      DIFF_KINDS.map((k) => [k, String(counts[k]), ...(others.length ? [String(otherCounts[k])] : [])]),
    ),
  );
  return out;
}

/** The totals of both runs side by side, and the closing line. */
function totalLines({ args, outcomes, labelled, userAgent, secs }: BrowserRun): string[] {
  const name = args.browser;
  const { all: ja } = aggregate(labelled.map((o) => o.jsdom.result));
  const { all: ba } = aggregate(labelled.map((o) => o.browser.result));
  const row = (label: string, f: (g: Agg) => string): string[] => [label, f(ja), f(ba)];
  const ms = outcomes.map((o) => o.browserMs).filter((x) => x > 0);
  return [
    '',
    `== totals over ${labelled.length} labelled pages: jsdom and ${name} ==`,
    table(
      ['measure', 'jsdom', name],
      [
        row('detection accuracy (labelled only)', (g) => pct(g.detectOk, g.detectN)),
        row('clutter recall', (g) => pct(g.clutterRemoved, g.clutterTotal)),
        row('keep rate', (g) => pct(g.keepKept, g.keepTotal)),
        row('pages with loss', (g) => String(g.pagesWithLoss)),
        row('quote precision', (g) => pct(g.qMatchedFound, g.qFound)),
        row('quote recall', (g) => pct(g.qMatchedLabeled, g.qLabeled)),
        row('speaker accuracy', (g) => pct(g.spOk, g.spTotal)),
        row('dateline accuracy', (g) => pct(g.dlOk, g.pages)),
        row('invented datelines', (g) => String(g.dlInvented)),
        row('published accuracy', (g) => pct(g.pubOk, g.pages)),
        row('pages with errors', (g) => String(g.errors)),
      ],
    ),
    '',
    `${outcomes.length} pages in ${name} (${userAgent}) in ${secs.toFixed(0)} s;` +
      ` per page in the browser: median ${median(ms).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms;` +
      ` text side answering differently from Node's engine on ${outcomes.filter((o) => o.engineDiffers).length} pages`,
  ];
}

export function browserReportLines(run: BrowserRun): string[] {
  return [...differenceLines(run), ...totalLines(run)];
}

/** The browser's totals: the scoreboard's measures under `browser.<name>.`, and the differences from jsdom. */
export function browserTotals({ args, labelled, counts }: BrowserRun): Totals {
  const prefix = `browser.${args.browser}.`;
  return {
    ...labeledTotals(
      labelled.map((o) => o.browser.result),
      prefix,
    ),
    [prefix + DIFFERENCES]: counts.total,
  };
}

/** Writes artifacts/eval-browser-<browser>.json and says so. */
export function writeBrowserResults(run: BrowserRun, totals: Totals): void {
  const { args, outcomes, labelled, others, counts, otherCounts } = run;
  const resultsDir = path.join(args.outDir, 'artifacts');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, `eval-browser-${args.browser}.json`);
  const json = {
    browser: args.browser,
    userAgent: run.userAgent,
    corpus: args.corpus,
    match: args.match,
    totals,
    jsdomTotals: labeledTotals(
      labelled.map((o) => o.jsdom.result),
      'jsdom.',
    ),
    differences: counts,
    poolDifferences: others.length ? otherCounts : null,
    pages: outcomes.map((o) => ({
      id: o.id,
      scored: o.scored,
      differences: o.diff.lines,
      context: o.diff.context,
      hiddenByPageCss: o.hiddenByPage,
      browser: o.browser.result,
      jsdom: o.jsdom.result,
      browserMs: o.browserMs,
      steps: o.steps,
    })),
    seconds: run.secs,
  };
  writeFileSync(resultsFile, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`eval: wrote ${path.relative(process.cwd(), resultsFile)}\n`);
}
