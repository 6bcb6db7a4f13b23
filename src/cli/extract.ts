// npm run --silent extract -- [--url URL] [--cleaned-dir DIR] FILE...
// One Report per line (JSON Lines), in the order of the files given; a file
// that cannot be read or analysed gets {"file", "error"} and the run goes on.
// It streams: each page is parsed, analysed, written out and its window
// closed before the next is read, and the event loop turns between pages
// (jsdom lets go of a closed window only then), so a thousand pages take the
// memory of one. On a terminal, a progress line goes to stderr.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { JSDOM } from 'jsdom';
import { analyzeDocument, type Analysis } from '../core/report.ts';
import type { Report } from '../core/types.ts';
import { forEachArg } from './common/args.ts';
import { errorMessage } from './common/errors.ts';
import { REMOVED_KINDS } from './common/kinds.ts';
import { loadPage } from './common/load-page.ts';
import { isMain } from './common/main.ts';
import { Progress } from './common/progress.ts';

export interface ExtractOptions {
  url: string | null;
  cleanedDir: string | null;
}

export type ExtractLine = Report | { file: string; error: string };

export type Analyzer = (doc: Document, url: string | null) => Analysis;

/** Name of the cleaned copy: the file's own name without `.gz`. */
export function cleanedName(file: string): string {
  return path.basename(file).replace(/\.gz$/i, '');
}

/** Takes every removed element out and relabels the page as UTF-8 (it is written as UTF-8). */
export function cleanedHtml(dom: JSDOM, analysis: Analysis): string {
  const doc = dom.window.document;
  for (const hit of analysis.hits) {
    if (REMOVED_KINDS.includes(hit.kind)) hit.element.remove();
  }
  for (const meta of doc.querySelectorAll('meta[charset]')) meta.setAttribute('charset', 'utf-8');
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-type') {
      meta.setAttribute('content', 'text/html; charset=utf-8');
    }
  }
  return dom.serialize();
}

/** Analyses one file; never throws. */
export function extractFile(file: string, opts: ExtractOptions, analyzer: Analyzer = analyzeDocument): ExtractLine {
  let dom: JSDOM | null = null;
  try {
    dom = loadPage(file, opts.url);
    const analysis = analyzer(dom.window.document, opts.url);
    if (opts.cleanedDir) {
      mkdirSync(opts.cleanedDir, { recursive: true });
      writeFileSync(path.join(opts.cleanedDir, cleanedName(file)), cleanedHtml(dom, analysis), 'utf8');
    }
    return analysis.report;
  } catch (e) {
    return { file, error: errorMessage(e) };
  } finally {
    dom?.window.close();
  }
}

/** A turn of the event loop: what jsdom needs to let go of the windows closed so far. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Heap in use past which the garbage of the pages done so far is collected before the next. */
const HEAP_CEILING = 320 * 1024 * 1024;
let collector: (() => void) | null | undefined;

/**
 * V8's full collection, without --expose-gc on the command line: V8 grows its
 * heap before it collects, and the closed pages' DOMs are large garbage. Null
 * where the engine does not allow it (then V8's own pace stands).
 */
function fullCollection(): (() => void) | null {
  if (collector !== undefined) return collector;
  try {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  } catch {
    collector = null;
  }
  return collector;
}

/** Collects the closed pages' garbage when the heap has grown past HEAP_CEILING. */
function release(): void {
  if (process.memoryUsage().heapUsed > HEAP_CEILING) fullCollection()?.();
}

/** The lines for `files`, one at a time: each page's window is closed, and released, before the next is read. */
export async function* extractAll(
  files: readonly string[],
  opts: ExtractOptions,
  analyzer: Analyzer = analyzeDocument,
): AsyncGenerator<ExtractLine> {
  for (const file of files) {
    yield extractFile(file, opts, analyzer);
    await turn();
    release();
  }
}

export interface ExtractArgs extends ExtractOptions {
  files: string[];
}

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const out: ExtractArgs = { url: null, cleanedDir: null, files: [] };
  forEachArg(argv, (flag, value, a) => {
    if (flag === '--url') out.url = value();
    else if (flag === '--cleaned-dir') out.cleanedDir = value();
    else if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
    else out.files.push(a);
  });
  return out;
}

const USAGE = 'usage: npm run --silent extract -- [--url URL] [--cleaned-dir DIR] FILE...';

async function main(): Promise<void> {
  // Piped into head or jq -e: a closed pipe ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let args: ExtractArgs;
  try {
    args = parseExtractArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${errorMessage(e)}\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  // A live line on a terminal only: piped or logged runs keep stderr for errors.
  const progress = process.stderr.isTTY && args.files.length > 1 ? new Progress('extract', args.files.length) : null;
  let i = 0;
  for await (const line of extractAll(args.files, args)) {
    // Respect back-pressure: a slow reader (jq, a pipe to a file) must not make the output pile up in memory.
    if (!process.stdout.write(`${JSON.stringify(line)}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    progress?.tick(args.files[i++] ?? '', 'error' in line);
  }
}

if (isMain(import.meta.url)) void main();
