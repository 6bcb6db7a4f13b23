// npm run eval -- --browser chromium|firefox [--corpus DIR] [--match TEXT] [--check]
//                 [--write-baseline] [--quiet] [--out-dir DIR] [--no-build] [--pool] [--dates]
// The scoreboard of the labelled pages with the answers of the real extension in
// a real browser: each page served on 127.0.0.1 at its own URL's path (its own
// scripts blocked), the built extension's content script and clean side run on
// load (auto-clean on, the defaults), then what the popup does when it opens
// (inject the clean and text sides, ask for the state with a snapshot, run
// core's analyzeText on it: here in the same browser's engine), then what the
// reader sees, judged by the browser's layout (browser-page.ts). Scored by the
// jsdom scoreboard's own code (labeled.ts scorePage), and compared with the jsdom
// run on the same pages, answer by answer (browser-diff.ts).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HIDDEN_ATTR } from '../../core/cleanup.ts';
import { analyzeText, type TextResults } from '../../core/report.ts';
import { snapshot as takeSnapshot } from '../../core/snapshot.ts';
import type { PageSnapshot, Report } from '../../core/types.ts';
import { isContentState, type ContentState } from '../../shared/messages.ts';
import { forEachArg } from '../args.ts';
import { isBrowserName, launchWithExtension, type BrowserName, type BrowserTab } from '../common/browsers.ts';
import { pathAndQuery, startPageServer, type PageServer } from '../common/page-server.ts';
import { REPO_ROOT } from '../common/paths.ts';
import { errorMessage } from '../extract.ts';
import { Progress } from '../progress.ts';
import { normalizeText } from '../score.ts';
import { median, quantile } from '../stats.ts';
import {
  aggregate,
  countDiffs,
  DIFF_KINDS,
  diffLines,
  diffPage,
  labeledTotals,
  type PageDiff,
  type RunAnswers,
} from './browser-diff.ts';
import {
  extFindTab,
  extOpenPopup,
  extRestore,
  extWaitLoadPath,
  listHidden,
  pageHref,
  readPageView,
  runAnalyzeText,
  type InPageView,
} from './browser-page.ts';
import { labeledIds, readGold, readLabel, readPoolIndex, readSplit, type Half, type Label } from './corpus.ts';
import { labelSelectors, loadAndAnalyse, pageLines, scoreboardView, scorePage } from './labeled.ts';
import { fmtNum, pct, table } from './print.ts';
import { checkAgainstBaseline, type Agg, type Totals } from './totals.ts';

export interface BrowserEvalArgs {
  browser: BrowserName;
  corpus: string;
  /** Only the pages whose id or URL contains this (then nothing is checked or recorded). */
  match: string;
  check: boolean;
  writeBaseline: boolean;
  quiet: boolean;
  /** Where eval-baseline-browser.json lives (the repository root); results go to its artifacts/. */
  outDir: string;
  /** Build the extension first (npm run build:chrome / build:firefox). */
  build: boolean;
  /** Also the pool's unlabelled pages: their answers compared with jsdom's, not scored. */
  pool: boolean;
  /** Also the dates benchmark's pages, compared likewise. */
  dates: boolean;
}

export function parseBrowserEvalArgs(argv: readonly string[]): BrowserEvalArgs {
  let browser: string | null = null;
  const out: Omit<BrowserEvalArgs, 'browser'> = {
    corpus: path.resolve(REPO_ROOT, '../shared/corpus'),
    match: '',
    check: false,
    writeBaseline: false,
    quiet: false,
    outDir: REPO_ROOT,
    build: true,
    pool: false,
    dates: false,
  };
  forEachArg(argv, (flag, value, a) => {
    if (flag === '--browser') browser = value();
    else if (flag === '--corpus') out.corpus = path.resolve(value());
    else if (flag === '--match') out.match = value();
    else if (flag === '--check') out.check = true;
    else if (flag === '--write-baseline') out.writeBaseline = true;
    else if (flag === '--quiet') out.quiet = true;
    else if (flag === '--out-dir') out.outDir = path.resolve(value());
    else if (flag === '--no-build') out.build = false;
    else if (flag === '--pool') out.pool = true;
    else if (flag === '--dates') out.dates = true;
    else
      throw new Error(
        `unknown argument ${a} (with --browser: --corpus DIR, --match TEXT, --check, --write-baseline, --quiet, --out-dir DIR, --no-build, --pool, --dates)`,
      );
  });
  if (browser === null || !isBrowserName(browser)) throw new Error('--browser must be chromium or firefox');
  return { browser, ...out };
}

/** The built extension each browser loads. */
const distOf = (b: BrowserName): string => path.join(REPO_ROOT, b === 'chromium' ? 'dist/chrome' : 'dist/firefox');
/** The two scripts the popup injects, as crxjs builds them from src/content/clean.ts and text.ts. */
const SIDE_FILES = ['src/content/clean.js', 'src/content/text.js'];
const RUNNER = '/__clearline-eval__/runner.html';
const RUNNER_SCRIPT = '/__clearline-eval__/text-side.js';
const BLANK = '/__clearline-eval__/blank.html';
export const BASELINE_FILE = 'eval-baseline-browser.json';
/** The total of answers that differ from jsdom's: lower is better, like errors. */
const DIFFERENCES = 'differences';

/** The popup's text side (core/report.ts analyzeText) as one IIFE defining ClearlineEvalText. */
async function buildTextBundle(): Promise<string> {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: path.join(REPO_ROOT, 'src/cli/eval/browser-entry.ts'),
        formats: ['iife'],
        name: 'ClearlineEvalText',
        fileName: () => 'text-side.js',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  }
  throw new Error('vite built no text-side bundle');
}

function buildExtension(b: BrowserName): void {
  const script = b === 'chromium' ? 'build:chrome' : 'build:firefox';
  process.stderr.write(`eval: npm run ${script}\n`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One page in the browser: what its run produced. */
interface BrowserPage {
  report: Report | null;
  snapshot: PageSnapshot | null;
  view: { before: InPageView; after: InPageView } | null;
  /** What clean-up hid on load (listHidden). */
  hidden: string[] | null;
  /** The text side in Node on the browser's snapshot differs from the browser's own answer. */
  engineDiffers: boolean;
  errors: string[];
  ms: number;
  /** Milliseconds per step (navigation, jsdom, load path, popup, text side, views), for speed work. */
  steps: Record<string, number>;
}

const emptyPage = (errors: string[]): BrowserPage => ({
  steps: {},
  report: null,
  snapshot: null,
  view: null,
  hidden: null,
  engineDiffers: false,
  errors,
  ms: 0,
});

function reportFrom(state: ContentState, text: TextResults | null, textMs: number): Report {
  const snap = state.snapshot;
  return {
    url: state.url,
    title: snap?.title ?? (state.title || null),
    lang: snap?.lang ?? null,
    dir: snap?.dir ?? 'ltr',
    isNews: state.detection.isNews,
    newsScore: state.detection.score,
    signals: state.detection.signals,
    published: text?.published ?? null,
    dateline: text?.dateline ?? null,
    quotes: text?.quotes ?? [],
    // The popup does not extract the reading view: the browser run has no article text to compare.
    article: null,
    clutter: state.found,
    timings: { detectMs: state.timings.detectMs, clutterMs: state.timings.clutterMs, extractMs: textMs },
  };
}

interface Session {
  name: BrowserName;
  tab: BrowserTab;
  runner: BrowserTab;
  extEval: <A, R>(fn: (a: A) => R | Promise<R>, arg: A) => Promise<R>;
  tabId: number | null;
  server: PageServer;
  /** The URL the tab was last sent to. */
  lastUrl: string | null;
}

/** Waits until the runner page has run its script (the text-side bundle). */
async function waitForBundle(runner: BrowserTab): Promise<void> {
  const end = Date.now() + 15000;
  while (!(await runner.evaluate(() => 'ClearlineEvalText' in globalThis, null).catch(() => false))) {
    if (Date.now() > end) throw new Error('the runner page did not load the text-side bundle');
    await sleep(50);
  }
}

/** The tab's id, found once by messaging every tab (its content script registers a moment after load). */
async function tabIdOf(s: Session, href: string): Promise<number | null> {
  const end = Date.now() + 15000;
  while (s.tabId === null && Date.now() < end) {
    s.tabId = await s.extEval(extFindTab, href);
    if (s.tabId === null) await sleep(100);
  }
  return s.tabId;
}

/** The rest of a page's run, once its document is committed in the tab. */
async function runInBrowser(s: Session, selectors: string[], t0: number, page: BrowserPage): Promise<BrowserPage> {
  const done = (): BrowserPage => ({ ...page, ms: performance.now() - t0 });
  let last = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    page.steps[name] = now - last;
    last = now;
  };
  const href = await s.tab.evaluate(pageHref, null);
  const tabId = await tabIdOf(s, href);
  if (tabId === null) {
    page.errors.push('no tab answered: is the extension loaded?');
    return done();
  }
  const load = await s.extEval(extWaitLoadPath, { tabId, url: href, timeoutMs: 20000 });
  step('loadPath');
  if (!load.state) {
    page.errors.push(
      `the content script did not finish its load path for ${href}${load.lastUrl ? ` (it answered for ${load.lastUrl})` : ''}`,
    );
    return done();
  }
  // The popup opens: it injects both sides, asks for the state with a snapshot, runs the text side on it.
  const popup = await s.extEval(extOpenPopup, { tabId, files: SIDE_FILES.map((f) => `/${f}`) });
  step('popup');
  if (popup.injectError) page.errors.push(`injecting the sides: ${popup.injectError}`);
  if (!isContentState(popup.state)) {
    page.errors.push('the content script gave the popup no state');
    return done();
  }
  const state = popup.state;
  if (state.error) page.errors.push(`content script: ${state.error}`);
  let text: TextResults | null = null;
  let textMs = 0;
  if (state.snapshot) {
    page.snapshot = state.snapshot;
    const t1 = performance.now();
    try {
      text = (await s.runner.evaluate(runAnalyzeText, state.snapshot)) as TextResults;
    } catch (e) {
      page.errors.push(`text side: ${errorMessage(e).split('\n')[0] ?? ''}`);
    }
    textMs = performance.now() - t1;
    try {
      page.engineDiffers = text !== null && JSON.stringify(analyzeText(state.snapshot)) !== JSON.stringify(text);
    } catch {
      page.engineDiffers = true;
    }
  } else page.errors.push('the state has no snapshot (the text side was not there)');
  page.report = reportFrom(state, text, textMs);
  step('textSide');
  // What the reader sees now (cleaned on load), and once the popup's Restore is pressed.
  const after = await s.tab.evaluate(readPageView, selectors);
  page.hidden = await s.tab.evaluate(listHidden, { attr: HIDDEN_ATTR });
  step('viewAfter');
  await s.extEval(extRestore, tabId);
  step('restore');
  const before = await s.tab.evaluate(readPageView, selectors);
  step('viewBefore');
  page.errors.push(...after.errors);
  page.view = { before, after };
  return done();
}

interface PageOutcome {
  id: string;
  /** A labelled page (scored) rather than a pool page (compared only). */
  scored: boolean;
  jsdom: RunAnswers;
  browser: RunAnswers;
  diff: PageDiff;
  /** Widgets the page's own CSS already hides before clean-up, in the browser. */
  hiddenByPage: string[];
  engineDiffers: boolean;
  browserMs: number;
  steps: Record<string, number>;
}

/** The jsdom run on one page, as the jsdom scoreboard runs it (labeled.ts), keeping what the diff needs. */
function jsdomAnswers(item: Item): RunAnswers {
  const { label, half } = item;
  const { dom, a } = loadAndAnalyse(item.file, label.url);
  if (!dom) {
    const result = scorePage(a.report, null, label, half, { error: a.error, ms: 0 });
    return { report: a.report, result, snapshot: null, hidden: null };
  }
  let snap: PageSnapshot | null = null;
  try {
    if (a.article) snap = takeSnapshot(dom.window.document, a.article, label.url);
  } catch {
    snap = null;
  }
  const errors: string[] = [];
  const view = scoreboardView(dom, a, label, errors);
  const hidden = listHidden({ attr: HIDDEN_ATTR }, dom.window.document);
  dom.window.close();
  const error = [a.error, ...errors].filter(Boolean).join('; ') || null;
  const result = scorePage(a.report, view, label, half, { error, ms: a.parseMs + a.analyzeMs });
  return { report: a.report, result, snapshot: snap, hidden };
}

/** A page the browser run looks at: a labelled page (scored), or a pool page (compared only). */
interface Item {
  id: string;
  file: string;
  label: Label;
  half: Half;
  scored: boolean;
}

/** An unlabelled page as an item: its answers are compared with jsdom's, not scored. */
function unlabelled(
  set: string,
  dir: string,
  file: string,
  url: string,
  lang: string,
  isNews: boolean,
  date: string | null,
): Item {
  const id = `${set}/${file}`;
  return {
    id,
    file: path.join(dir, file),
    half: 'unsplit',
    scored: false,
    label: { id, lang, url: url || null, isNews, published: date, dateline: null, quotes: [], clutter: {}, keep: [] },
  };
}

/** The pool's and the dates benchmark's pages, as unlabelled items, those `match` picks (in the id or the URL). */
function compareItems(corpus: string, sets: { pool: boolean; dates: boolean }, match: string): Item[] {
  const items: Item[] = [];
  if (sets.pool) {
    const dir = path.join(corpus, 'pool');
    for (const r of readPoolIndex(dir))
      items.push(unlabelled('pool', dir, r.file, r.url, r.lang, r.kind === 'article', r.goldDate || null));
  }
  if (sets.dates) {
    const dir = path.join(corpus, 'dates');
    for (const g of readGold(dir)) items.push(unlabelled('dates', dir, g.file, g.url, '', true, g.date));
  }
  return items.filter((it) => `${it.id} ${it.label.url ?? ''}`.includes(match));
}

const readTotals = (file: string): Totals =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { totals: Totals }).totals : {};

/**
 * The ratchet of one browser's totals (keys under `prefix`): the jsdom
 * scoreboard's measures with its directions (totals.ts), and the differences
 * from jsdom, which must not rise.
 */
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

export async function runBrowserEval(args: BrowserEvalArgs): Promise<number> {
  const labeledDir = path.join(args.corpus, 'labeled');
  if (!existsSync(labeledDir)) {
    process.stderr.write(
      `eval: missing folder ${labeledDir} (put the corpus at ../shared/corpus or pass --corpus DIR)\n`,
    );
    return 2;
  }
  const name = args.browser;
  const t0 = Date.now();
  if (args.build) buildExtension(name);
  const dist = distOf(name);
  for (const f of SIDE_FILES) {
    if (!existsSync(path.join(dist, f)))
      throw new Error(`${path.join(dist, f)} missing: the build has no such side script`);
  }
  const halfOf = readSplit(args.corpus);
  const items: Item[] = labeledIds(labeledDir)
    .map((id) => ({
      id,
      file: path.join(labeledDir, `${id}.html`),
      label: readLabel(labeledDir, id),
      half: halfOf(id),
      scored: true,
    }))
    .filter((it) => `${it.id} ${it.label.url ?? ''}`.includes(args.match));
  items.push(...compareItems(args.corpus, args, args.match));

  const server = await startPageServer();
  const outcomes: PageOutcome[] = [];
  let userAgent = '';
  try {
    server.addStatic(RUNNER_SCRIPT, await buildTextBundle(), 'text/javascript; charset=utf-8');
    server.addStatic(
      RUNNER,
      `<!doctype html><html><head><meta charset="utf-8"><title>Clearline eval runner</title><script src="${RUNNER_SCRIPT}"></script></head><body></body></html>`,
      'text/html; charset=utf-8',
    );
    server.addStatic(BLANK, '<!doctype html><title>between pages</title>', 'text/html; charset=utf-8');
    process.stderr.write(`eval: starting ${name} with ${path.relative(process.cwd(), dist) || dist}\n`);
    const browser = await launchWithExtension(name, { dist });
    try {
      userAgent = browser.userAgent;
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
  } finally {
    await server.close();
  }
  return report(args, outcomes, userAgent, (Date.now() - t0) / 1000);
}

/** One page in both runs, and their differences. */
async function runPage(session: Session, item: Item): Promise<PageOutcome> {
  const { label, half } = item;
  const selectors = labelSelectors(label);
  const t1 = performance.now();
  let navError: string | null = null;
  try {
    // At its own URL's path (pages of one site may share one: each is served there in turn).
    const at = pathAndQuery(label.url) ?? `/__clearline-eval__/${encodeURIComponent(item.id)}`;
    const url = session.server.servePage(at, item.file);
    // The same URL twice in a row would leave the tab on the old document: go elsewhere first.
    if (url === session.lastUrl) await session.tab.goto(session.server.origin + BLANK, 30000);
    session.lastUrl = url;
    await session.tab.goto(url, 30000);
  } catch (e) {
    navError = `load: ${errorMessage(e).split('\n')[0] ?? ''}`;
  }
  const t2 = performance.now();
  // The browser parses the page and runs the content script while Node runs jsdom on it.
  const jsdom = jsdomAnswers(item);
  const bp = emptyPage(navError ? [navError] : []);
  bp.steps.navigate = t2 - t1;
  bp.steps.jsdom = performance.now() - t2;
  if (!navError) {
    try {
      Object.assign(bp, await runInBrowser(session, selectors, t1, bp));
    } catch (e) {
      bp.errors.push(errorMessage(e).split('\n')[0] ?? 'failed');
    }
  }
  if (process.env.CLEARLINE_EVAL_TRACE)
    process.stderr.write(
      `${item.id}: ${Object.entries(bp.steps)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')} ms\n`,
    );
  const view = bp.view
    ? {
        before: normalizeText(bp.view.before.text),
        after: normalizeText(bp.view.after.text),
        removed: bp.view.after.removed,
      }
    : null;
  const result = scorePage(bp.report, view, label, half, {
    error: bp.errors.length ? bp.errors.join('; ') : null,
    ms: bp.ms,
  });
  const browserRun: RunAnswers = { report: bp.report, result, snapshot: bp.snapshot, hidden: bp.hidden };
  const diff = diffPage(jsdom, browserRun, session.name);
  const hiddenByPage = bp.view ? selectors.filter((s) => bp.view?.before.removed[s] === true) : [];
  if (bp.engineDiffers)
    diff.context.push(`the text side in ${session.name} answers differently from Node on the same snapshot`);
  for (const s of hiddenByPage)
    if (diff.lines.some((l) => l.kind === 'clutter' && l.text.includes(s)))
      diff.context.push(`widget ${s} is already invisible in ${session.name} before clean-up (the page's own CSS)`);
  return {
    id: item.id,
    scored: item.scored,
    jsdom,
    browser: browserRun,
    diff,
    hiddenByPage,
    engineDiffers: bp.engineDiffers,
    browserMs: bp.ms,
    steps: bp.steps,
  };
}

function report(args: BrowserEvalArgs, outcomes: PageOutcome[], userAgent: string, secs: number): number {
  const name = args.browser;
  const prefix = `browser.${name}.`;
  const labelled = outcomes.filter((o) => o.scored);
  const pool = outcomes.filter((o) => !o.scored); // pool/ and dates/ pages
  const jsdomResults = labelled.map((o) => o.jsdom.result);
  const browserResults = labelled.map((o) => o.browser.result);
  const counts = countDiffs(labelled.map((o) => o.diff));
  const poolCounts = countDiffs(pool.map((o) => o.diff));
  const out: string[] = [];
  if (!args.quiet) out.push('', `== labeled pages in ${name} ==`, ...browserResults.flatMap(pageLines));
  out.push(
    '',
    `== differences between jsdom and ${name}: ${counts.total} answers on ${counts.pages} labelled pages ==`,
  );
  out.push(...labelled.flatMap((o) => diffLines(o.diff)));
  if (!counts.total) out.push('  none');
  if (pool.length) {
    out.push(
      '',
      `== differences on unlabelled pages: ${poolCounts.total} answers on ${poolCounts.pages} of ${pool.length} pages ==`,
    );
    out.push(...pool.flatMap((o) => diffLines(o.diff)));
  }
  out.push(
    '',
    table(
      ['kind', 'labelled', ...(pool.length ? ['unlabelled'] : [])],
      DIFF_KINDS.map((k) => [k, String(counts[k]), ...(pool.length ? [String(poolCounts[k])] : [])]),
    ),
  );
  const { all: ja } = aggregate(jsdomResults);
  const { all: ba } = aggregate(browserResults);
  const row = (label: string, f: (g: Agg) => string): string[] => [label, f(ja), f(ba)];
  out.push(
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
  );
  const ms = outcomes.map((o) => o.browserMs).filter((x) => x > 0);
  out.push(
    '',
    `${outcomes.length} pages in ${name} (${userAgent}) in ${secs.toFixed(0)} s;` +
      ` per page in the browser: median ${median(ms).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms;` +
      ` text side answering differently from Node's engine on ${outcomes.filter((o) => o.engineDiffers).length} pages`,
  );
  process.stdout.write(`${out.join('\n')}\n`);

  const totals: Totals = { ...labeledTotals(browserResults, prefix), [prefix + DIFFERENCES]: counts.total };
  const resultsDir = path.join(args.outDir, 'artifacts');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, `eval-browser-${name}.json`);
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        browser: name,
        userAgent,
        corpus: args.corpus,
        match: args.match,
        totals,
        jsdomTotals: labeledTotals(jsdomResults, 'jsdom.'),
        differences: counts,
        poolDifferences: pool.length ? poolCounts : null,
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
        seconds: secs,
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`eval: wrote ${path.relative(process.cwd(), resultsFile)}\n`);

  const baselineFile = path.join(args.outDir, BASELINE_FILE);
  // A partial run (--match) is for looking, not for the ratchet.
  const partial = args.match !== '';
  if (args.writeBaseline) {
    if (partial) {
      process.stderr.write('eval: --write-baseline needs every labelled page (no --match)\n');
      return 2;
    }
    const merged = { ...readTotals(baselineFile), ...totals };
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(baselineFile, `${JSON.stringify({ totals: sorted }, null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(process.cwd(), baselineFile)}\n`);
  }
  if (args.check) {
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
    process.stdout.write(`\nCHECK PASSED: no ${name} total below ${BASELINE_FILE}, differences not up\n`);
  }
  return 0;
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
  runBrowserEval(args).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
