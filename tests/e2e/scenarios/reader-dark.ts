// The reading view in the Arabic UI, dark mode (a browser launched with lang ar,
// dark): on the Arabic and the English article the view follows the browser's
// dark mode, and its toolbar mirrors to the left.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { clearReaderItems, findTabIdIn } from '../lib/ext.ts';
import { click } from '../lib/page.ts';
import { openPopupPage } from '../lib/popup-page.ts';
import {
  AR,
  assertView,
  barClick,
  cleanedUp,
  closedExactly,
  EN,
  reading,
  snapshotPage,
  theBar,
  viewProbe,
} from '../lib/reader.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

export async function readerDarkScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await driver.extEval(clearReaderItems);
  for (const spec of [AR, EN]) {
    const lang = spec === AR ? 'ar' : 'en';
    await run.step(
      `${lang === 'ar' ? 'Arabic' : 'English'} article, Arabic UI, dark: the view is dark, its toolbar on the left`,
      async () => {
        const page = await driver.newTab({ width: 1100, height: 850 });
        const url = `${origin}/${spec.file}`;
        await page.goto(url);
        await cleanedUp(page);
        const before = await page.evaluate(snapshotPage);
        const id = await driver.extEval(findTabIdIn, url);
        const p = await openPopupPage(driver, id);
        assert.ok(await p.evaluate(click, '#reader-toggle'));
        await waitFor(page, reading, undefined, 8000, 'reading view');
        const v = await page.evaluate(viewProbe, spec);
        assertView(v, spec, run, `${lang}, dark`);
        assert.equal(v.background, 'rgb(27, 28, 31)', 'dark theme, from the browser');
        assert.equal(await page.evaluate(reading), 'dark');
        const bar = await theBar(page);
        run.log('toolbar', JSON.stringify({ dir: bar.dir, left: bar.left, labels: bar.labels }));
        assert.equal(bar.dir, 'rtl');
        assert.ok(bar.left < 40, 'toolbar at the inline end (left in an Arabic UI)');
        await shot(driver, page, `reader-${lang}-dark`, false);
        assert.ok(await page.evaluate(barClick, 'type'));
        await shot(driver, page, `reader-${lang}-dark-panel`, false);
        assert.ok(await p.evaluate(click, '#reader-toggle'));
        await closedExactly(page, before, 'closed');
        await p.close();
        await page.close();
      },
    );
  }
}
