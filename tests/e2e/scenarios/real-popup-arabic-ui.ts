// The real toolbar popup in the Arabic UI (a browser launched with lang ar): the
// two many-quotes articles mirror, light and dark.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { axeCheck } from '../lib/axe.ts';
import { assertFills, lightAndDark, loadArticle, openRealPopup, probe, realPopupOf } from '../lib/real-popup.ts';
import type { Runner } from '../lib/runner.ts';

export async function realPopupArabicUiScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  const real = realPopupOf(driver);
  for (const [name, article] of [
    ['quotes-ar.html', 'ar'],
    ['quotes-en.html', 'en'],
  ] as const) {
    await run.step(`real popup, Arabic UI: ${name} mirrors, light and dark`, async () => {
      const page = await loadArticle(driver, origin, name);
      const popup = await openRealPopup(driver, page);
      const v = await real.eval(popup, probe);
      run.log(
        `real popup (${name}, ar UI)`,
        JSON.stringify({ dir: v.dir, lang: v.lang, width: v.width, height: v.height, count: v.count }),
      );
      assertFills(v, name);
      assert.equal(v.dir, 'rtl');
      assert.match(v.lang, /^ar/);
      assert.ok(v.quotes.every((q) => q.dir === (article === 'ar' ? 'rtl' : 'ltr')));
      await lightAndDark(driver, popup, run, `real-popup-quotes-${article}-ui-ar`);
      // axe-core in the real popup where it is a page (Chromium); Firefox's runs on the popup page.
      if (popup.tab) await axeCheck(driver, popup.tab, run, `real-popup-${name}-ar`);
      await real.close(popup);
      await page.close();
    });
  }
}
