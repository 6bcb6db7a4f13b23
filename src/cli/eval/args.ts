// The scoreboard's command line (without --browser: browser/args.ts).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { forEachArg } from '../common/args.ts';
import { REPO_ROOT } from '../common/paths.ts';

export const ONLY = ['detection', 'clutter', 'quotes', 'dateline', 'published', 'dates', 'articles'] as const;
export type Only = (typeof ONLY)[number];

export interface EvalArgs {
  corpus: string;
  only: Only | null;
  check: boolean;
  writeBaseline: boolean;
  quiet: boolean;
  /** Worker threads for pool/ and dates/ (labeled/ runs on the main thread). */
  jobs: number;
  /** Where eval-results.json and eval-baseline.json live (the repository root). */
  outDir: string;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = {
    corpus: path.resolve(REPO_ROOT, '../shared/corpus'),
    only: null,
    check: false,
    writeBaseline: false,
    quiet: false,
    outDir: REPO_ROOT,
    jobs: Math.max(1, Math.min(4, availableParallelism())),
  };
  forEachArg(argv, (flag, value, a) => {
    if (flag === '--corpus') out.corpus = path.resolve(value());
    else if (flag === '--only') {
      const v = value();
      if (!(ONLY as readonly string[]).includes(v)) throw new Error(`--only must be one of ${ONLY.join('|')}`);
      out.only = v as Only;
    } else if (flag === '--check') out.check = true;
    else if (flag === '--write-baseline') out.writeBaseline = true;
    else if (flag === '--quiet') out.quiet = true;
    else if (flag === '--out-dir') out.outDir = path.resolve(value());
    else if (flag === '--jobs') out.jobs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else throw new Error(`unknown argument ${a}`);
  });
  return out;
}
