// The options page: its controls drawn from storage, the command's shortcut and
// how to change it, axe-core, and the settings file exported and imported.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { syncRemove } from '../lib/ext.ts';
import { click, downloadedText, recordOutputs, type Recorded } from '../lib/page.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep, waitFor } from '../lib/wait.ts';

/** Puts `text` into the import field as a chosen file, as the file picker does. */
function importFile(text: string): void {
  const input = document.getElementById('import-file') as HTMLInputElement;
  const dt = new DataTransfer();
  dt.items.add(new File([text], 'settings.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
}

export async function optionsPageScenario(driver: Driver, _origin: string, run: Runner): Promise<void> {
  await run.step('options page renders its controls', async () => {
    const o = await driver.newTab({ width: 800, height: 700 });
    await o.gotoExt('src/options/options.html');
    const r = await waitFor(
      o,
      () => {
        // aria-busy goes when the stored settings are drawn.
        const n = document.querySelectorAll('#kinds input[type=checkbox]').length;
        return n && !document.body.hasAttribute('aria-busy')
          ? { n, auto: (document.getElementById('auto-clean') as HTMLInputElement).checked }
          : null;
      },
      undefined,
      6000,
      'options',
    );
    assert.deepEqual(r, { n: 4, auto: true });
    const shortcut = await o.evaluate(() => ({
      line: document.getElementById('shortcut')?.textContent ?? '',
      how: document.getElementById('shortcut-how')?.textContent ?? '',
    }));
    run.log('shortcut', JSON.stringify(shortcut));
    assert.match(shortcut.line, /Alt\+Shift\+L/);
    assert.match(shortcut.how, driver.name === 'firefox' ? /about:addons/ : /chrome:\/\/extensions\/shortcuts/);
    await axeCheck(driver, o, run, 'options');
    await sleep(300); // the switches' 0.15 s transition
    await shot(driver, o, 'options');
    // Export, then import a file with one more site rule.
    assert.ok(await o.evaluate(recordOutputs));
    assert.ok(await o.evaluate(click, '#export-settings'));
    await waitFor(o, () => (window as unknown as Recorded).__downloads.length > 0, undefined, 3000, 'export');
    const exported = await o.evaluate(downloadedText, 0);
    if (!exported) throw new Error('the settings were not downloaded');
    const file = JSON.parse(exported.text) as { format: string; sites: Record<string, boolean> };
    assert.equal(file.format, 'clearline-settings');
    file.sites['imported.example'] = false;
    await o.evaluate(importFile, JSON.stringify(file));
    await waitFor(
      o,
      () => [...document.querySelectorAll('#site-list .host')].some((h) => h.textContent === 'imported.example'),
      undefined,
      4000,
      'imported site rule listed',
    );
    run.log('import', await o.evaluate(() => document.getElementById('import-status')?.textContent));
    await driver.extEval(syncRemove, 'site:imported.example');
    await o.close();
  });
}
