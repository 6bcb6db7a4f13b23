// npm run eval -- --browser chromium|firefox [--corpus DIR] [--match TEXT] [--check]
//                 [--write-baseline] [--quiet] [--out-dir DIR] [--no-build] [--pool] [--dates]
// The scoreboard of the labelled pages with the answers of the real extension in
// a real browser: each page served on 127.0.0.1 at its own URL's path (its own
// scripts blocked, common/page-server.ts), the built extension's content script
// and clean side run on load (auto-clean on, the defaults), then what the popup
// does when it opens, then what the reader sees (tab.ts). Scored by the jsdom
// scoreboard's own code and compared with the jsdom run on the same pages,
// answer by answer (page.ts, diff.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../../common/browsers.ts';
import { errorMessage } from '../../common/errors.ts';
import { runMain } from '../../common/main.ts';
import { startPageServer, type PageServer } from '../../common/page-server.ts';
import { Progress } from '../../common/progress.ts';
import { parseBrowserEvalArgs, type BrowserEvalArgs } from './args.ts';
import { addRunnerPages, buildExtension, distOf, RUNNER, SIDE_FILES } from './build.ts';
import { browserItems, type Item } from './items.ts';
import { runPage, type PageOutcome } from './page.ts';
import { ratchet } from './ratchet.ts';
import { browserReportLines, browserRun, browserTotals, writeBrowserResults } from './report.ts';
import { waitForBundle, type Session } from './tab.ts';

/** Every item in one browser with the extension loaded; the outcomes and the browser's user agent. */
async function runItems(
  args: BrowserEvalArgs,
  items: Item[],
  server: PageServer,
): Promise<{ outcomes: PageOutcome[]; userAgent: string }> {
  const name = args.browser;
  const dist = distOf(name);
  process.stderr.write(`eval: starting ${name} with ${path.relative(process.cwd(), dist) || dist}\n`);
  const browser = await launchWithExtension(name, { dist });
  const outcomes: PageOutcome[] = [];
  try {
    const runner = await browser.newTab();
    await runner.goto(server.origin + RUNNER);
    await waitForBundle(runner);
    const tab = await browser.newTab();
    const session: Session = { name, tab, runner, extEval: browser.extEval, tabId: null, server, lastUrl: null };
    const progress = new Progress(name, items.length);
    for (const item of items) {
      outcomes.push(await runPage(session, item));
      progress.tick(item.id, Boolean(outcomes.at(-1)?.browser.result.error));
    }
  } finally {
    await browser.close();
  }
  return { outcomes, userAgent: browser.userAgent };
}

export async function runBrowserEval(args: BrowserEvalArgs): Promise<number> {
  const labeledDir = path.join(args.corpus, 'labeled');
  if (!existsSync(labeledDir)) {
    process.stderr.write(
      `eval: missing folder ${labeledDir} (put the corpus at ../shared/corpus or pass --corpus DIR)\n`,
    );
    return 2;
  }
  const t0 = Date.now();
  if (args.build) buildExtension(args.browser);
  const dist = distOf(args.browser);
  for (const f of SIDE_FILES) {
    if (!existsSync(path.join(dist, f)))
      throw new Error(`${path.join(dist, f)} missing: the build has no such side script`);
  }
  const items = browserItems(args.corpus, args, args.match);
  const server = await startPageServer();
  let done: { outcomes: PageOutcome[]; userAgent: string };
  try {
    await addRunnerPages(server);
    done = await runItems(args, items, server);
  } finally {
    await server.close();
  }
  const run = browserRun(args, done.outcomes, done.userAgent, (Date.now() - t0) / 1000);
  process.stdout.write(`${browserReportLines(run).join('\n')}\n`);
  const totals = browserTotals(run);
  writeBrowserResults(run, totals);
  return ratchet(args, totals);
}

/** The command line's entry (eval.ts hands over when it sees --browser). */
export function main(argv: readonly string[]): void {
  let args: BrowserEvalArgs;
  try {
    args = parseBrowserEvalArgs(argv);
  } catch (e) {
    process.stderr.write(`eval: ${errorMessage(e)}\n`);
    process.exitCode = 2;
    return;
  }
  runMain('eval', () => runBrowserEval(args));
}
