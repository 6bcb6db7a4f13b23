// The steps of a suite: each one logged `ok` or `FAIL` (with the first lines of
// its stack), and counted for the suite's last line, "NAME E2E: N passed, M failed".

export interface Runner {
  log(...parts: unknown[]): void;
  /** Runs one check; a failure is logged and counted, and the suite goes on. */
  step(title: string, fn: () => Promise<void>): Promise<void>;
  /** Prints the counts; returns the number of failed steps. */
  summary(): number;
}

export function createRunner(name: string): Runner {
  const t0 = Date.now();
  let passed = 0;
  let failed = 0;
  const log = (...a: unknown[]) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
  return {
    log,
    async step(title, fn) {
      try {
        await fn();
        passed++;
        log(`ok   ${title}`);
      } catch (e) {
        failed++;
        log(
          `FAIL ${title}\n      ${String((e as Error | undefined)?.stack ?? e)
            .split('\n')
            .slice(0, 6)
            .join('\n      ')}`,
        );
      }
    },
    summary() {
      console.log(`${name.toUpperCase()} E2E: ${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

/** One scenario: its steps, run in one browser session against the test server at `origin`. */
export type Scenario = (driver: import('../driver/driver.ts').Driver, origin: string, run: Runner) => Promise<void>;
