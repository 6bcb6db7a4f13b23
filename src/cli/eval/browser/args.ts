// The command line of `npm run eval -- --browser chromium|firefox`.
import path from 'node:path';
import { forEachArg } from '../../common/args.ts';
import { isBrowserName, type BrowserName } from '../../common/launch.ts';
import { REPO_ROOT } from '../../common/paths.ts';

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
