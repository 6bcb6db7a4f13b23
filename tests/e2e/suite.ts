// One suite in one browser, in this process: `tsx tests/e2e/suite.ts chromium reader`
// (after `npm run build`). Starts the test server, then each of the suite's
// browser sessions in turn, and runs its scenarios there; the exit code says
// whether every step passed.
import { launchChromiumDriver } from './driver/chromium.ts';
import type { BrowserName, Driver, LaunchOptions } from './driver/driver.ts';
import { launchFirefoxDriver } from './driver/firefox.ts';
import { createRunner } from './lib/runner.ts';
import { startServer } from './server.ts';
import { SUITE_NAMES, SUITES, suiteLabel, type SuiteName } from './suites.ts';

const [browser, suite] = process.argv.slice(2);
if ((browser !== 'chromium' && browser !== 'firefox') || !SUITE_NAMES.includes(suite as SuiteName))
  throw new Error(`usage: tsx tests/e2e/suite.ts chromium|firefox ${SUITE_NAMES.join('|')}`);

const launch = (name: BrowserName, o: LaunchOptions): Promise<Driver> =>
  name === 'chromium' ? launchChromiumDriver(o) : launchFirefoxDriver(o);

const run = createRunner(suiteLabel(browser, suite as SuiteName));
const srv = await startServer();
try {
  for (const session of SUITES[suite as SuiteName](browser)) {
    const driver = await launch(browser, session.launch);
    try {
      for (const scenario of session.scenarios) await scenario(driver, srv.origin, run);
    } finally {
      await driver.close();
    }
  }
} catch (e) {
  await run.step('browser session', () => Promise.reject(e));
} finally {
  await srv.close();
}
process.exitCode = run.summary() ? 1 : 0;
