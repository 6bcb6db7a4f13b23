// The reading view on an Arabic article (tests/fixtures/read-ar.html) in the
// English UI, light: Naskh type, larger, each paragraph laid out by its own
// direction; Escape gives the page back exactly.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { clearReaderItems, findTabIdIn } from '../lib/ext.ts';
import { click } from '../lib/page.ts';
import { openPopupPage } from '../lib/popup-page.ts';
import { AR, assertView, cleanedUp, closedExactly, reading, snapshotPage, viewProbe } from '../lib/reader.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

export async function readerArabicScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step(
    'Arabic article in the English UI, light: Naskh type, larger, each paragraph by its own direction',
    async () => {
      await driver.extEval(clearReaderItems);
      const ar = await driver.newTab({ width: 1100, height: 850 });
      const arUrl = `${origin}/${AR.file}`;
      await ar.goto(arUrl);
      await cleanedUp(ar);
      const arBefore = await ar.evaluate(snapshotPage);
      const id = await driver.extEval(findTabIdIn, arUrl);
      const p = await openPopupPage(driver, id);
      assert.ok(await p.evaluate(click, '#reader-toggle'));
      await waitFor(ar, reading, undefined, 8000, 'reading view');
      const v = await ar.evaluate(viewProbe, AR);
      assertView(v, AR, run, 'Arabic, light');
      assert.equal(v.fontSize, '22px', 'Arabic default size');
      assert.match(v.fontFamily ?? '', /^"Noto Naskh Arabic"/u, 'Naskh stack');
      const english = v.directions[5];
      run.log('directions', v.directions.join(' '));
      assert.equal(english, 'ltr', 'the English paragraph lays out left to right');
      assert.equal(
        v.directions.filter((d) => d === 'rtl').length,
        v.directions.length - 1,
        'the Arabic ones right to left',
      );
      // The page's own date line (نشر في …) is kept and the first paragraph opens with عمّان - بترا:
      // the view says neither again.
      assert.equal(v.facts, null, 'no second date or dateline above the body');
      await shot(driver, ar, 'reader-ar-light', false);
      await ar.press('Escape');
      await closedExactly(ar, arBefore, 'closed');
      await p.close();
      await ar.close();
    },
  );
}
