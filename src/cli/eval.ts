// npm run eval [-- --corpus DIR] [--only detection|clutter|quotes|dateline|published|dates|articles]
//              [--check] [--write-baseline] [--jobs N] [--quiet] [--out-dir DIR]
// npm run eval -- --browser chromium|firefox [...]
// The scoreboard: scores core/analyze on ../shared/corpus with the rules of
// the corpus's LABELS.md (eval/score.ts), in jsdom (eval/run.ts) or, with
// --browser, with the answers of the built extension in a real browser
// (eval/browser/run.ts).

import { errorMessage } from './common/errors.ts';
import { isMain, runMain } from './common/main.ts';
import { parseEvalArgs, type EvalArgs } from './eval/args.ts';
import { run } from './eval/run.ts';

function main(argv: readonly string[]): void {
  if (argv.some((a) => a === '--browser' || a.startsWith('--browser='))) {
    import('./eval/browser/run.ts').then(
      (b) => b.main(argv),
      (e: unknown) => {
        process.stderr.write(`eval: ${errorMessage(e)}\n`);
        process.exitCode = 1;
      },
    );
    return;
  }
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
  } catch (e) {
    process.stderr.write(`eval: ${errorMessage(e)}\n`);
    process.exit(2);
  }
  runMain('eval', () => run(args));
}

if (isMain(import.meta.url)) main(process.argv.slice(2));
