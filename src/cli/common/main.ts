// How a command-line tool runs as the process's main module.
import { pathToFileURL } from 'node:url';
import { errorStack } from './errors.ts';

/** True when the module at `url` is the script node was started with (not imported by a test or another tool). */
export const isMain = (url: string): boolean => url === pathToFileURL(process.argv[1] ?? '').href;

/** Runs `run`: the number it returns is the exit code; what it throws is printed as `name: stack`, exit code 1. */
export function runMain(name: string, run: () => Promise<number>): void {
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${name}: ${errorStack(e)}\n`);
      process.exitCode = 1;
    },
  );
}
