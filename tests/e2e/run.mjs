// npm run test:e2e: both browsers, one after the other (2 cores shared), each
// printing its own "N passed, M failed"; non-zero exit on any failure.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2); // e.g. `node tests/e2e/run.mjs firefox`
const browsers = ['chromium', 'firefox'].filter((b) => !only.length || only.includes(b));

function runOne(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(here, `${name}.mjs`)], { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000); // a hung browser must not hang CI
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 && !signal);
    });
  });
}

// The load-path budget (DESIGN: content script ≤ 30 KB minified): report it on every run.
const CS = 'dist/chrome/src/content/index.js';
if (existsSync(CS)) {
  const kb = statSync(CS).size / 1024;
  console.log(`content script: ${kb.toFixed(1)} KB minified${kb > 30 ? ' (over the 30 KB budget)' : ''}`);
}

const t0 = Date.now();
const failed = [];
for (const b of browsers) if (!(await runOne(b))) failed.push(b);
console.log(
  `e2e: ${browsers.length - failed.length}/${browsers.length} browsers green in ${((Date.now() - t0) / 1000).toFixed(0)} s` +
    (failed.length ? ` (failed: ${failed.join(', ')})` : ''),
);
process.exitCode = failed.length ? 1 : 0;
