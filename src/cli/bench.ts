// npm run bench [-- --corpus DIR] [--limit N] [--match SUBSTRING]
// Serves the pool pages on 127.0.0.1 to headless Debian Chromium with
// dist/chrome loaded, and measures inside each page: the content script's own
// load-path time (asked through the service worker), the text side the popup
// adds (snapshot + quotes, dateline, date), the whole analyze() from scratch
// (an IIFE bundle of core) and @mozilla/readability's parse() on a
// clone of the same document. Ratios are what matter: they hold across machines.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { build } from 'vite';
import type { ContentState, LoadTimings } from '../shared/messages.ts';
import { forEachArg } from './args.ts';
import { REPO_ROOT } from './eval.ts';
import { errorMessage } from './extract.ts';
import { decodePage, readPageBytes } from './load-page.ts';
import { Progress } from './progress.ts';
import { median, quantile } from './stats.ts';

// The part of the extension API that the service-worker snippets below use
// (they run inside the worker, where `chrome` exists).
declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const DIST = path.join(REPO_ROOT, 'dist/chrome');
const EXE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 3; // per measure and page; the median is kept
let lastSeen: string | null = null; // the URL the content script last answered for (diagnostics)

// Budgets from the issue.
const BUDGET = { loadPathRatio: 0.1, loadPathP95Ms: 16, analyzeRatio: 0.3, contentScriptBytes: 30 * 1024 };

interface PageResult {
  file: string;
  lang: string;
  error: string | null;
  loadPathMs: number | null;
  timings: LoadTimings | null;
  analyzeMs: number | null;
  /** The text side (snapshot + quotes, dateline, date), as when the popup opens. */
  textMs: number | null;
  readabilityMs: number | null;
  /** First (cold) run in the page, like the content script's single load path. */
  readabilityFirstMs: number | null;
  loadPathColdRatio: number | null;
  loadPathRatio: number | null;
  analyzeRatio: number | null;
  textRatio: number | null;
}

interface InPage {
  analyze: number[];
  text: number[];
  readability: number[];
  analyzeError: string | null;
  textError: string | null;
  readabilityError: string | null;
}

interface Server {
  origin: string;
  /** Serves `file` at `at` (the page's own path and query) until the next call. */
  serveAt(at: string, file: string): void;
  close(): Promise<void>;
}

/** The path and query of a page's original URL, where the bench serves it; null without one. */
export function servedPath(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/u.test(u.protocol) ? u.pathname + u.search : null;
  } catch {
    return null;
  }
}

function serve(poolDir: string): Promise<Server> {
  // Each page is served at its original URL's path, so the URL signals detection reads (a date or an
  // id in the path, a site's front page, a list) are the page's own; only the host is ours.
  let current: { at: string; file: string } | null = null;
  const server = http.createServer((req, res) => {
    const at = servedPath(`http://127.0.0.1${req.url ?? ''}`);
    let file = '';
    if (current && at === current.at) file = current.file;
    else if (req.url?.startsWith('/pool/')) {
      // Other requests may carry a broken escape (a saved page's truncated "%B"): never throw on one.
      const raw = req.url.slice('/pool/'.length).split('?')[0] ?? '';
      let name = raw;
      try {
        name = decodeURIComponent(raw);
      } catch {
        // keep the raw name: no pool file has a broken escape, so it answers 404
      }
      file = path.join(poolDir, path.basename(name));
    }
    if (!file || !existsSync(file) || !/\.html(\.gz)?$/.test(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // Decoded as extract does, re-encoded as UTF-8 and labelled so by the header
    // (which wins over any <meta charset> in the page).
    try {
      const { text } = decodePage(readPageBytes(file));
      // The saved page's own scripts are blocked (CSP, not the JavaScript switch, so <noscript> still
      // parses as in a browser): offline they can only rewrite the page, and some do after load
      // (document.open on the 163.com pages, redirects), so the content script and Readability
      // would each time a different document. The extension's content script is not bound by a
      // page's CSP, and the bench's own code is evaluated through the DevTools protocol.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "script-src 'none'",
      });
      res.end(text);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(errorMessage(e));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        serveAt: (at, file) => {
          current = { at, file };
        },
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

async function buildBenchBundle(): Promise<string> {
  await build({ configFile: path.join(REPO_ROOT, 'scripts/vite.bench.config.ts'), logLevel: 'warn' });
  return readFileSync(path.join(REPO_ROOT, 'dist/bench/analyze.iife.js'), 'utf8');
}

interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(file: string): ScriptSize {
  const bytes = readFileSync(path.join(DIST, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The manifest's content scripts (on every page), and the sides injected later (their IIFE files). */
function scriptSizes(): { content: ScriptSize[]; injected: ScriptSize[] } {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const injected = ['src/content/clean.js', 'src/content/text.js'].filter((f) => existsSync(path.join(DIST, f)));
  return { content: files.map(sizeOf), injected: injected.map(sizeOf) };
}

/** The tab id of `page`: ask every tab's content script and match the URL (no "tabs" permission). */
async function findTabId(sw: Worker, url: string): Promise<number | null> {
  return sw.evaluate(async (want: string) => {
    for (const t of await chrome.tabs.query({})) {
      if (t.id === undefined) continue;
      try {
        const r = (await chrome.tabs.sendMessage(t.id, { type: 'get-state' })) as { url?: string } | undefined;
        if (r?.url === want) return t.id;
      } catch {
        // a tab without our content script
      }
    }
    return null;
  }, url);
}

/** Asks the content script for its state until it answers (it starts at document_idle). */
async function loadState(sw: Worker, tabId: number, url: string, requested: string): Promise<ContentState | null> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const state = await sw.evaluate(async (id: number) => {
      try {
        return (await chrome.tabs.sendMessage(id, { type: 'get-state' })) as ContentState | undefined;
      } catch {
        return undefined;
      }
    }, tabId);
    // The listener is registered in the same task as the load path runs, so
    // any answer from this page's content script comes after it.
    // A news page's load path is done once its clean side is in and has run.
    if (state && (state.url === url || state.url === requested) && state.timings && !state.loading) return state;
    if (state) lastSeen = state.url;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

async function measureInPage(page: Page, runs: number): Promise<InPage> {
  return page.evaluate((n: number) => {
    type G = typeof globalThis & {
      ClearlineBench?: {
        analyze: (d: Document, u: string | null) => unknown;
        articleOf: (d: Document) => unknown;
        textSide: (d: Document, article: unknown, u: string | null) => unknown;
      };
      __ClearlineReadability?: new (d: Document) => { parse(): unknown };
    };
    const g = globalThis as G;
    const out = {
      analyze: [] as number[],
      text: [] as number[],
      readability: [] as number[],
      analyzeError: null as string | null,
      textError: null as string | null,
      readabilityError: null as string | null,
    };
    // Alternate the two so that neither always runs on a warmer page.
    for (let i = 0; i < n; i++) {
      try {
        const t0 = performance.now();
        g.ClearlineBench?.analyze(document, location.href);
        out.analyze.push(performance.now() - t0);
      } catch (e) {
        out.analyzeError = String(e);
      }
      try {
        const bench = g.ClearlineBench;
        if (!bench) throw new Error('bench bundle not injected');
        const article = bench.articleOf(document); // the load path's share: not timed
        const t0 = performance.now();
        bench.textSide(document, article, location.href);
        out.text.push(performance.now() - t0);
      } catch (e) {
        out.textError = String(e);
      }
      try {
        const R = g.__ClearlineReadability;
        if (!R) throw new Error('Readability not injected');
        const t0 = performance.now();
        new R(document.cloneNode(true) as Document).parse();
        out.readability.push(performance.now() - t0);
      } catch (e) {
        out.readabilityError = String(e);
      }
    }
    return out;
  }, runs);
}

interface PoolRow {
  file: string;
  lang: string;
  /** The page's original URL, when the index has one. */
  url: string;
}

function poolRows(poolDir: string): PoolRow[] {
  const lines = readFileSync(path.join(poolDir, 'index.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = (lines.shift() ?? '').split('\t');
  return lines
    .map((l) => {
      const f = l.split('\t');
      return {
        file: f[head.indexOf('file')] ?? '',
        lang: f[head.indexOf('lang')] ?? '',
        url: f[head.indexOf('url')] ?? '',
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const ms = (n: number | null): string => (n === null || Number.isNaN(n) ? '—' : n.toFixed(2));
const rt = (n: number | null): string => (n === null || Number.isNaN(n) ? '—' : n.toFixed(3));
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

export interface BenchArgs {
  corpus: string;
  limit: number;
  match: string;
}

/** `--corpus DIR`, `--limit N` (a positive whole number), `--match SUBSTRING`; anything else is an error. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { corpus: path.resolve(REPO_ROOT, '../shared/corpus'), limit: Infinity, match: '' };
  forEachArg(argv, (flag, value, raw) => {
    if (flag === '--corpus') out.corpus = path.resolve(value());
    else if (flag === '--limit') {
      const v = value();
      if (!/^[1-9]\d*$/u.test(v)) throw new Error(`--limit needs a positive whole number, not "${v}"`);
      out.limit = Number(v);
    } else if (flag === '--match') out.match = value();
    else throw new Error(`unknown argument ${raw} (bench takes --corpus DIR, --limit N, --match SUBSTRING)`);
  });
  return out;
}

async function run(argv: readonly string[]): Promise<number> {
  const { corpus, limit, match } = parseBenchArgs(argv);
  const poolDir = path.join(corpus, 'pool');
  if (!existsSync(path.join(poolDir, 'index.tsv'))) {
    process.stderr.write(`bench: pool not found at ${poolDir} (pass --corpus DIR)\n`);
    return 2;
  }
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    // Without it Chromium starts silently with no extension at all.
    process.stderr.write(`bench: ${DIST} missing: run npm run build:chrome\n`);
    return 2;
  }
  if (!existsSync(EXE)) {
    process.stderr.write(`bench: no Chromium at ${EXE} (apt-get install chromium, or set CHROMIUM_PATH)\n`);
    return 2;
  }

  const { content: sizes, injected } = scriptSizes();
  process.stderr.write('bench: building the in-page analysis bundle…\n');
  const analyzeBundle = await buildBenchBundle();
  const readabilitySrc = readFileSync(path.join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const inject = `${analyzeBundle}\n;globalThis.ClearlineBench = ClearlineBench;\n${readabilitySrc}\n;globalThis.__ClearlineReadability = Readability; 0;`;

  const rows = poolRows(poolDir)
    .filter((r) => r.file.includes(match))
    .slice(0, limit);
  const srv = await serve(poolDir);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'clearline-bench-'));
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  /** Where the current page tried to send itself (a saved page's anti-copy redirect), if anywhere. */
  let sentAwayTo: string | null = null;
  const results: PageResult[] = [];
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: EXE,
      headless: false, // --headless=new is passed below; Playwright's own flag would pick the old mode
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
      ],
    });
    // Pages must not reach the network: everything but our server is aborted.
    // Some saved pages send themselves back to their real host when they are
    // served from another one; a 204 answer cancels that navigation and the page stays.
    await context.route('**/*', (route) => {
      const req = route.request();
      if (req.url().startsWith(`${srv.origin}/`)) return route.continue();
      if (req.isNavigationRequest() && req.frame() === page?.mainFrame()) {
        sentAwayTo = req.url();
        return route.fulfill({ status: 204 });
      }
      return route.abort();
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    page = await context.newPage();
    let tabId: number | null = null;
    const progress = new Progress('bench', rows.length);
    for (const row of rows) {
      const at = servedPath(row.url);
      if (at) srv.serveAt(at, path.join(poolDir, row.file));
      const url = at ? `${srv.origin}${at}` : `${srv.origin}/pool/${encodeURIComponent(row.file)}`;
      const r: PageResult = {
        file: row.file,
        lang: row.lang,
        error: null,
        loadPathMs: null,
        timings: null,
        analyzeMs: null,
        textMs: null,
        readabilityMs: null,
        readabilityFirstMs: null,
        loadPathColdRatio: null,
        loadPathRatio: null,
        analyzeRatio: null,
        textRatio: null,
      };
      sentAwayTo = null;
      try {
        // 'commit', then the document's own state: a page that tries to navigate
        // away (cancelled above) would leave Playwright waiting for that navigation.
        await page.goto(url, { waitUntil: 'commit', timeout: 30000 });
        await page.waitForFunction(() => document.readyState !== 'loading', null, { timeout: 30000 });
        // A page may keep 'load' pending (a stalled frame, a long script); measure anyway.
        await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 10000 }).catch(() => {});
        const here = page.url();
        lastSeen = null;
        tabId ??= await findTabId(sw, here);
        const state = tabId === null ? null : await loadState(sw, tabId, here, url);
        const timings = state?.timings ?? null;
        if (timings) {
          r.timings = timings;
          r.loadPathMs = timings.loadPathMs;
        }
        await page.evaluate(inject);
        const m = await measureInPage(page, RUNS);
        r.analyzeMs = m.analyze.length ? median(m.analyze) : null;
        r.textMs = m.text.length ? median(m.text) : null;
        r.readabilityMs = m.readability.length ? median(m.readability) : null;
        r.readabilityFirstMs = m.readability[0] ?? null;
        const errs = [
          !timings
            ? sentAwayTo
              ? `the page sent itself to ${new URL(sentAwayTo).host} while loading, which stops its parsing: not measurable when served from elsewhere`
              : `no load timings from the content script${lastSeen ? ` (it answered for ${lastSeen})` : ''}`
            : null,
          // The content script catches its own faults and reports them in its state.
          state?.error ? `content script: ${state.error}` : null,
          m.analyzeError ? `analyze: ${m.analyzeError}` : null,
          m.textError ? `text side: ${m.textError}` : null,
          m.readabilityError ? `readability: ${m.readabilityError}` : null,
        ].filter(Boolean);
        if (errs.length) r.error = errs.join('; ');
        if (r.readabilityMs && r.readabilityMs > 0) {
          if (r.loadPathMs !== null) r.loadPathRatio = r.loadPathMs / r.readabilityMs;
          if (r.analyzeMs !== null) r.analyzeRatio = r.analyzeMs / r.readabilityMs;
          if (r.textMs !== null) r.textRatio = r.textMs / r.readabilityMs;
          if (r.loadPathMs !== null && r.readabilityFirstMs) r.loadPathColdRatio = r.loadPathMs / r.readabilityFirstMs;
        }
      } catch (e) {
        r.error = errorMessage(e).split('\n')[0] ?? 'failed';
      }
      results.push(r);
      progress.tick(row.file, r.error !== null);
    }
  } finally {
    await context?.close().catch(() => {});
    await srv.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  // ---- report ----
  const out: string[] = [
    '',
    'page                                      load-path  text-side  analyze  readability  load/R  text/R',
  ];
  for (const r of results) {
    out.push(
      `${r.file.slice(0, 40).padEnd(40)}  ${ms(r.loadPathMs).padStart(9)}  ${ms(r.textMs).padStart(9)}  ${ms(r.analyzeMs).padStart(7)}  ${ms(r.readabilityMs).padStart(11)}  ${rt(r.loadPathRatio).padStart(6)}  ${rt(r.textRatio).padStart(6)}${r.error ? `  ! ${r.error.slice(0, 100)}` : ''}`,
    );
  }
  const vals = (f: (r: PageResult) => number | null): number[] =>
    results.map(f).filter((x): x is number => x !== null && !Number.isNaN(x));
  const lp = vals((r) => r.loadPathMs);
  const an = vals((r) => r.analyzeMs);
  const rd = vals((r) => r.readabilityMs);
  const lpr = vals((r) => r.loadPathRatio);
  const anr = vals((r) => r.analyzeRatio);
  const tx = vals((r) => r.textMs);
  const txr = vals((r) => r.textRatio);
  const failed = results.filter((r) => r.error);
  // Times are medians of RUNS runs in the page; the load path ran once, cold,
  // so "load / R cold" compares it with Readability's first run as well.
  out.push('', 'measure (ms)        median     p95   pages');
  for (const [name, xs] of [
    ['load path', lp],
    ['  detect', vals((r) => r.timings?.detectMs ?? null)],
    // Clean-up runs only on pages detected as news: its two steps are summed over those.
    ['  clutter (news)', vals((r) => (r.timings?.clutterMs ? r.timings.clutterMs : null))],
    ['  hide (news)', vals((r) => (r.timings?.clutterMs ? r.timings.hideMs : null))],
    // Not the page's work: the browser injecting the clean side, while the page runs on.
    ['  inject wait', vals((r) => (r.timings?.clutterMs ? (r.timings.cleanSideWaitMs ?? null) : null))],
    ['text side', tx],
    ['whole analyze()', an],
    ['readability', rd],
    ['load path / R', lpr],
    ['load / R cold', vals((r) => r.loadPathColdRatio)],
    ['text side / R', txr],
    ['analyze() / R', anr],
  ] as const) {
    out.push(
      `${name.padEnd(16)} ${rt(median(xs)).padStart(9)} ${rt(quantile(xs, 0.95)).padStart(7)} ${String(xs.length).padStart(7)}`,
    );
  }
  out.push('', 'content script bundle (dist/chrome), loaded on every page:');
  for (const s of sizes) out.push(`  ${s.file}: ${s.bytes} bytes, ${s.gzip} gzipped`);
  out.push('injected later: the clean side into news pages that get cleaned, the text side when the popup opens:');
  for (const s of injected) out.push(`  ${s.file}: ${s.bytes} bytes, ${s.gzip} gzipped`);
  const csBytes = sizes.reduce((n, s) => n + s.bytes, 0);
  const budgets = {
    loadPathRatio: { value: median(lpr), ok: lpr.length > 0 && median(lpr) <= BUDGET.loadPathRatio },
    loadPathP95: { value: quantile(lp, 0.95), ok: lp.length > 0 && quantile(lp, 0.95) < BUDGET.loadPathP95Ms },
    // The issue's "full analysis (quotes, dateline, date)": what opening the popup adds to the load path.
    analyzeRatio: { value: median(txr), ok: txr.length > 0 && median(txr) <= BUDGET.analyzeRatio },
    contentScriptBytes: { value: csBytes, ok: sizes.length > 0 && csBytes <= BUDGET.contentScriptBytes },
  };
  out.push(
    '',
    'budgets:',
    `  ${verdict(budgets.loadPathRatio.ok)}  load path median ${rt(budgets.loadPathRatio.value)}× Readability (≤ ${BUDGET.loadPathRatio}×)`,
    `  ${verdict(budgets.loadPathP95.ok)}  load path p95 ${ms(budgets.loadPathP95.value)} ms (< ${BUDGET.loadPathP95Ms} ms)`,
    `  ${verdict(budgets.analyzeRatio.ok)}  full analysis (text side: snapshot, quotes, dateline, date) median ${rt(budgets.analyzeRatio.value)}× Readability (≤ ${BUDGET.analyzeRatio}×)`,
    `  ${verdict(budgets.contentScriptBytes.ok)}  content script ${(csBytes / 1024).toFixed(1)} KB minified (≤ ${BUDGET.contentScriptBytes / 1024} KB)`,
    '',
    `${results.length} pages, ${failed.length} with problems${failed.length ? ': ' + failed.map((r) => r.file).join(', ') : ''}`,
    `exceptions in Chromium: content script ${results.filter((r) => r.error?.includes('content script: ')).length}, text side ${results.filter((r) => r.error?.includes('text side: ')).length}, analyze ${results.filter((r) => r.error?.includes('analyze: ')).length}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  writeFileSync(
    path.join(REPO_ROOT, 'bench-results.json'),
    `${JSON.stringify(
      {
        chromium: EXE,
        runsPerMeasure: RUNS,
        summary: {
          loadPath: { median: median(lp), p95: quantile(lp, 0.95) },
          textSide: { median: median(tx), p95: quantile(tx, 0.95) },
          analyze: { median: median(an), p95: quantile(an, 0.95) },
          readability: { median: median(rd), p95: quantile(rd, 0.95) },
          loadPathRatio: { median: median(lpr), p95: quantile(lpr, 0.95) },
          textSideRatio: { median: median(txr), p95: quantile(txr, 0.95) },
          analyzeRatio: { median: median(anr), p95: quantile(anr, 0.95) },
        },
        budgets,
        contentScripts: sizes,
        injectedScripts: injected,
        pages: results,
      },
      null,
      2,
    )}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
