// npm run --silent extract -- [--url URL] [--cleaned-dir DIR] FILE...
// One Report per line (JSON Lines), in the order of the files given; a file
// that cannot be read or analysed gets {"file", "error"} and the run goes on.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JSDOM } from 'jsdom';
import { analyzeDocument, type Analysis } from '../core/report.ts';
import type { ClutterKind, Report } from '../core/types.ts';
import { forEachArg } from './args.ts';
import { loadPage } from './load-page.ts';

/** The kinds the cleaned output (and the scoreboard) removes. */
export const REMOVED_KINDS: readonly ClutterKind[] = ['share', 'comments'];

export interface ExtractOptions {
  url: string | null;
  cleanedDir: string | null;
}

export type ExtractLine = Report | { file: string; error: string };

export type Analyzer = (doc: Document, url: string | null) => Analysis;

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

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

function main(): void {
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
  for (const file of args.files) {
    process.stdout.write(`${JSON.stringify(extractFile(file, args))}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
