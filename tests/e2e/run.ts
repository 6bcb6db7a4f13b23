// npm run test:e2e: both browsers, one after the other (2 cores shared), each
// suite (suites.ts: the page-mode suite, the real toolbar popup, the reading
// view) in a process of its own, printing its own "N passed, M failed"; non-zero
// exit on any failure. `tsx tests/e2e/run.ts firefox` runs one browser's suites;
// one suite alone is `tsx tests/e2e/suite.ts firefox reader` (after npm run build).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_NAMES, type BrowserName } from '../../src/cli/common/launch.ts';
import { SUITE_NAMES, suiteLabel, type SuiteName } from './suites.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2); // e.g. `tsx tests/e2e/run.ts firefox`
const browsers = BROWSER_NAMES.filter((b) => !only.length || only.includes(b));
const TSX = import.meta.resolve('tsx');

function runOne(browser: BrowserName, suite: SuiteName): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, path.join(here, 'suite.ts'), browser, suite], {
      stdio: 'inherit',
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000); // a hung browser must not hang CI
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 && !signal);
    });
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// The content scripts on every page against budgets.json's contentScriptBytes (the bench checks it
// too): reported on every run.
const MANIFEST = 'dist/chrome/manifest.json';
if (existsSync(MANIFEST)) {
  const budgets = JSON.parse(readFileSync(path.join(here, '../../budgets.json'), 'utf8')) as {
    speed: { contentScriptBytes: number };
  };
  const limit = budgets.speed.contentScriptBytes;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { content_scripts: Array<{ js?: string[] }> };
  const files = [...new Set(manifest.content_scripts.flatMap((c) => c.js ?? []))];
  const bytes = files.reduce((n, f) => n + statSync(path.join('dist/chrome', f)).size, 0);
  console.log(
    `content scripts on every page: ${kb(bytes)} minified (${files.join(', ')})` +
      (bytes > limit ? `, over the ${kb(limit)} budget` : `, within the ${kb(limit)} budget`),
  );
}
// The reading view's side: injected only when the reader asks for the view.
const READ = 'dist/chrome/src/content/read.js';
if (existsSync(READ)) console.log(`reading view side (on demand): ${kb(statSync(READ).size)} minified`);

const t0 = Date.now();
const suites = browsers.flatMap((b) => SUITE_NAMES.map((s) => [b, s] as const));
const failed: string[] = [];
for (const [b, s] of suites) if (!(await runOne(b, s))) failed.push(suiteLabel(b, s));
console.log(
  `e2e: ${suites.length - failed.length}/${suites.length} suites green in ${((Date.now() - t0) / 1000).toFixed(0)} s` +
    (failed.length ? ` (failed: ${failed.join(', ')})` : ''),
);
process.exitCode = failed.length ? 1 : 0;
