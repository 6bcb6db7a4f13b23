// npm run test:e2e: both browsers, one after the other (2 cores shared), each
// printing its own "N passed, M failed"; non-zero exit on any failure. Each
// browser runs its page-mode suite, its real-toolbar-popup suite, then its
// reading-view suite (reader.mjs). The suites start their browsers with the
// tools' own launcher (src/cli/common/launch.ts), so they run under tsx's
// loader: one suite alone is `node --import tsx tests/e2e/firefox.mjs`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2); // e.g. `node tests/e2e/run.mjs firefox`
const browsers = ['chromium', 'firefox'].filter((b) => !only.length || only.includes(b));
const TSX = import.meta.resolve('tsx');
const SUITES = {
  chromium: ['chromium', 'real-popup-chromium', 'reader-chromium'],
  firefox: ['firefox', 'real-popup-firefox', 'reader-firefox'],
};

function runOne(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, path.join(here, `${name}.mjs`)], { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000); // a hung browser must not hang CI
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 && !signal);
    });
  });
}

// The content scripts on every page against budgets.json's contentScriptBytes (the bench checks it
// too): reported on every run.
const MANIFEST = 'dist/chrome/manifest.json';
if (existsSync(MANIFEST)) {
  const limit = JSON.parse(readFileSync(path.join(here, '../../budgets.json'), 'utf8')).speed.contentScriptBytes;
  const files = [...new Set(JSON.parse(readFileSync(MANIFEST, 'utf8')).content_scripts.flatMap((c) => c.js ?? []))];
  const bytes = files.reduce((n, f) => n + statSync(path.join('dist/chrome', f)).size, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `content scripts on every page: ${kb(bytes)} minified (${files.join(', ')})` +
      (bytes > limit ? `, over the ${kb(limit)} budget` : `, within the ${kb(limit)} budget`),
  );
}
// The reading view's side: injected only when the reader asks for the view.
const READ = 'dist/chrome/src/content/read.js';
if (existsSync(READ))
  console.log(`reading view side (on demand): ${(statSync(READ).size / 1024).toFixed(1)} KB minified`);

const t0 = Date.now();
const suites = browsers.flatMap((b) => SUITES[b]);
const failed = [];
for (const s of suites) if (!(await runOne(s))) failed.push(s);
console.log(
  `e2e: ${suites.length - failed.length}/${suites.length} suites green in ${((Date.now() - t0) / 1000).toFixed(0)} s` +
    (failed.length ? ` (failed: ${failed.join(', ')})` : ''),
);
process.exitCode = failed.length ? 1 : 0;
