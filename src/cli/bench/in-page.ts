// What the bench measures inside each pool page, after its load: our detection
// against Readability's isProbablyReaderable() per call, and for reference the
// whole analyze(), the text side and Readability's parse(). The code runs from
// one script the bench puts into the page (inPageScript): core as an IIFE
// (page-entry.ts, built by scripts/vite.bench.config.ts) and Readability's files.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../common/paths.ts';

export interface InPage {
  analyze: number[];
  text: number[];
  readability: number[];
  /**
   * Per call (ms): our detection and isProbablyReaderable(), each repeated until 5 ms had passed,
   * after both had run 100 ms untimed.
   */
  detect: number[];
  readerable: number[];
  /** The very first call of each in this page (cold). */
  detectCold: number | null;
  readerableCold: number | null;
  errors: string[];
}

export async function measureInPage(page: Page, runs: number): Promise<InPage> {
  return page.evaluate((n: number) => {
    type G = typeof globalThis & {
      ClearlineBench?: {
        analyze: (d: Document, u: string | null) => unknown;
        articleOf: (d: Document) => unknown;
        textSide: (d: Document, article: unknown, u: string | null) => unknown;
        detect: (d: Document, u: string | null) => boolean;
      };
      __ClearlineReadability?: new (d: Document) => { parse(): unknown };
      isProbablyReaderable?: (d: Document) => boolean;
    };
    const g = globalThis as G;
    const out = {
      analyze: [] as number[],
      text: [] as number[],
      readability: [] as number[],
      detect: [] as number[],
      readerable: [] as number[],
      detectCold: null as number | null,
      readerableCold: null as number | null,
      errors: [] as string[],
    };
    const bench = g.ClearlineBench;
    const readerable = g.isProbablyReaderable;
    const attempt = (what: string, f: () => void): void => {
      try {
        f();
      } catch (e) {
        if (!out.errors.some((x) => x.startsWith(what))) out.errors.push(`${what}: ${String(e)}`);
      }
    };
    /** Time per call, repeated until `minMs` have passed (the page's clock ticks in 0.1 ms). */
    const perCall = (f: () => unknown, minMs: number): number => {
      let calls = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < minMs && calls < 2000) {
        f();
        calls++;
        t = performance.now();
      }
      return (t - t0) / calls;
    };
    attempt('detect', () => {
      if (!bench || !readerable) throw new Error('bench bundle or isProbablyReaderable not injected');
      // Cold: the first call of each in this page, our detection and Readability's check alternately first.
      let t = performance.now();
      bench.detect(document, location.href);
      out.detectCold = performance.now() - t;
      t = performance.now();
      readerable(document);
      out.readerableCold = performance.now() - t;
      // Warm: both run alternately, untimed, 100 ms each, so that a timed call is one of code the
      // engine has compiled and optimised for this page, as the per-call figure means. (Timed from
      // the first call, the figure mostly measured how soon the engine optimised each function,
      // which takes longer for more code; the first calls are timed apart above, as cold.)
      for (let i = 0; i < 4; i++) {
        perCall(() => readerable(document), 25);
        perCall(() => bench.detect(document, location.href), 25);
      }
      for (let i = 0; i < n; i++) {
        out.readerable.push(perCall(() => readerable(document), 5));
        out.detect.push(perCall(() => bench.detect(document, location.href), 5));
      }
    });
    // Alternate the others so that none always runs on a warmer page.
    for (let i = 0; i < n; i++) {
      attempt('analyze', () => {
        const t0 = performance.now();
        bench?.analyze(document, location.href);
        out.analyze.push(performance.now() - t0);
      });
      attempt('text side', () => {
        if (!bench) throw new Error('bench bundle not injected');
        const article = bench.articleOf(document); // the load path's share: not timed
        const t0 = performance.now();
        bench.textSide(document, article, location.href);
        out.text.push(performance.now() - t0);
      });
      attempt('readability', () => {
        const R = g.__ClearlineReadability;
        if (!R) throw new Error('Readability not injected');
        const t0 = performance.now();
        new R(document.cloneNode(true) as Document).parse();
        out.readability.push(performance.now() - t0);
      });
    }
    return out;
  }, runs);
}

async function buildBenchBundle(): Promise<string> {
  await build({ configFile: path.join(REPO_ROOT, 'scripts/vite.bench.config.ts'), logLevel: 'warn' });
  return readFileSync(path.join(REPO_ROOT, 'dist/bench/analyze.iife.js'), 'utf8');
}

/** The script that gives a page the bench's code: core's analysis, Readability and isProbablyReaderable. */
export async function inPageScript(): Promise<string> {
  process.stderr.write('bench: building the in-page analysis bundle…\n');
  const analyzeBundle = await buildBenchBundle();
  const rdir = path.join(REPO_ROOT, 'node_modules/@mozilla/readability');
  return [
    // tsx names the functions the bench passes to page.evaluate through a helper the page lacks.
    'globalThis.__name ??= (f) => f;',
    analyzeBundle,
    ';globalThis.ClearlineBench = ClearlineBench;',
    readFileSync(path.join(rdir, 'Readability.js'), 'utf8'),
    ';globalThis.__ClearlineReadability = Readability;',
    readFileSync(path.join(rdir, 'Readability-readerable.js'), 'utf8'),
    ';globalThis.isProbablyReaderable = isProbablyReaderable; 0;',
  ].join('\n');
}
