// Chromium's own record of the extension (chrome://extensions' "Errors"): no
// install warnings, manifest errors or runtime errors after the scenarios before it.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import type { Runner } from '../lib/runner.ts';

export async function extensionReportScenario(driver: Driver, _origin: string, run: Runner): Promise<void> {
  await run.step('Chrome: no install warnings, manifest or runtime errors', async () => {
    if (!driver.extensionReport) throw new Error(`${driver.name} has no extension report`);
    const r = await driver.extensionReport();
    run.log('extension report', JSON.stringify(r));
    assert.deepEqual([r?.installWarnings, r?.manifestErrors, r?.runtimeErrors], [[], [], []]);
  });
}
