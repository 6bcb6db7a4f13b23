// npm start: builds both extensions (package.json), then analyses the built-in
// sample page and prints what the popup would show. Exits non-zero when the
// analysis throws, so a broken core is loud.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../core/report.ts';
import type { Report } from '../core/types.ts';
import { errorStack } from './common/errors.ts';
import { REMOVED_KINDS } from './common/kinds.ts';
import { loadPage } from './common/load-page.ts';
import { isMain } from './common/main.ts';
import { REPO_ROOT } from './common/paths.ts';

export const SAMPLE = path.join(REPO_ROOT, 'tests/fixtures/seed-ar.html');

/** The popup's content as plain text. */
export function summarize(report: Report): string {
  const lines: string[] = [];
  lines.push(`Title:     ${report.title ?? '(none)'}`);
  lines.push(`Language:  ${report.lang ?? '?'} (${report.dir})`);
  lines.push(
    `News:      ${report.isNews ? 'yes' : 'no'} (score ${report.newsScore.toFixed(2)}; ${report.signals.join(', ') || 'no signals'})`,
  );
  const p = report.published;
  lines.push(
    `Published: ${p ? `${p.date}${p.iso ? ` (${p.iso})` : ''} from ${p.source}: "${p.text}"` : '(none found)'}`,
  );
  const d = report.dateline;
  lines.push(
    `Dateline:  ${d ? `place ${d.place ?? '(none)'}, agency ${d.agency ?? '(none)'}: "${d.text}"` : '(none)'}`,
  );
  lines.push(`Quotes:    ${report.quotes.length}`);
  report.quotes.forEach((q, i) => {
    lines.push(`  ${i + 1}. "${q.text}"`);
    lines.push(
      `     — ${q.speaker ?? '(speaker unknown)'}${q.cue ? ` (cue: ${q.cue})` : ''}, paragraph ${q.paragraph}`,
    );
  });
  const removed = report.clutter.filter((c) => REMOVED_KINDS.includes(c.kind));
  const other = report.clutter.filter((c) => !REMOVED_KINDS.includes(c.kind));
  lines.push(`Removed:   ${removed.length} element(s) (${REMOVED_KINDS.join(' + ')})`);
  for (const c of removed) lines.push(`  - ${c.kind} [${c.rule}] ${c.selector} (${c.chars} chars)`);
  if (other.length) {
    lines.push(`Also found (kept unless enabled in the options): ${other.length}`);
    for (const c of other) lines.push(`  - ${c.kind} [${c.rule}] ${c.selector} (${c.chars} chars)`);
  }
  const t = report.timings;
  lines.push(
    `Timings:   detect ${t.detectMs.toFixed(1)} ms, clutter ${t.clutterMs.toFixed(1)} ms, text ${t.extractMs.toFixed(1)} ms (jsdom)`,
  );
  return lines.join('\n');
}

function main(): void {
  // Piped into head or jq -e: a closed pipe ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const dom = loadPage(SAMPLE, 'https://arabic.example.org/20211028/putin-csto.html');
  let report: Report;
  try {
    report = analyzeDocument(dom.window.document, dom.window.location.href).report;
  } catch (e) {
    process.stderr.write(`start: analysis of ${path.relative(REPO_ROOT, SAMPLE)} failed:\n`);
    process.stderr.write(`${errorStack(e)}\n`);
    process.exit(1);
  } finally {
    dom.window.close();
  }
  process.stdout.write(`Clearline on the sample page ${path.relative(REPO_ROOT, SAMPLE)}\n\n${summarize(report)}\n\n`);
  const dists = ['chrome', 'firefox'].map((b) => ({ b, dir: path.join(REPO_ROOT, 'dist', b) }));
  for (const { b, dir } of dists) {
    process.stdout.write(
      `Built ${b} extension: ${existsSync(path.join(dir, 'manifest.json')) ? dir : `(missing: ${dir})`}\n`,
    );
  }
  process.stdout.write(
    [
      '',
      'Load it:',
      '  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → dist/chrome',
      '  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → dist/firefox/manifest.json',
      '                   (or: npx web-ext run --source-dir dist/firefox)',
      '',
    ].join('\n'),
  );
}

if (isMain(import.meta.url)) main();
