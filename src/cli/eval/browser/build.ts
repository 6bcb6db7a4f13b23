// What the browser run builds before it starts: the extension (npm run
// build:chrome / build:firefox), and the popup's text side as one bundle that
// a runner page loads, so that it runs in the browser's own engine.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserName } from '../../common/launch.ts';
import type { PageServer } from '../../common/page-server.ts';
import { REPO_ROOT } from '../../common/paths.ts';

/** The built extension each browser loads. */
export const distOf = (b: BrowserName): string =>
  path.join(REPO_ROOT, b === 'chromium' ? 'dist/chrome' : 'dist/firefox');
/** The two scripts the popup injects, as crxjs builds them from src/content/clean.ts and text.ts. */
export const SIDE_FILES = ['src/content/clean.js', 'src/content/text.js'];
/** The runner page (the text side's bundle), and a blank page to step out to between two loads of one URL. */
export const RUNNER = '/__clearline-eval__/runner.html';
const RUNNER_SCRIPT = '/__clearline-eval__/text-side.js';
export const BLANK = '/__clearline-eval__/blank.html';

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
        entry: path.join(REPO_ROOT, 'src/cli/eval/browser/text-entry.ts'),
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

/** Serves the runner page with the text side's bundle, and the blank page. */
export async function addRunnerPages(server: PageServer): Promise<void> {
  server.addStatic(RUNNER_SCRIPT, await buildTextBundle(), 'text/javascript; charset=utf-8');
  server.addStatic(
    RUNNER,
    `<!doctype html><html><head><meta charset="utf-8"><title>Clearline eval runner</title><script src="${RUNNER_SCRIPT}"></script></head><body></body></html>`,
    'text/html; charset=utf-8',
  );
  server.addStatic(BLANK, '<!doctype html><title>between pages</title>', 'text/html; charset=utf-8');
}

export function buildExtension(b: BrowserName): void {
  const script = b === 'chromium' ? 'build:chrome' : 'build:firefox';
  process.stderr.write(`eval: npm run ${script}\n`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
}
