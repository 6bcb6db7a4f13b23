// The Arabic UI in dark mode (a browser launched with lang ar): the seed's popup
// mirrors and speaks Arabic; an English article keeps its own direction inside
// it; the options page.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { findTabIdIn } from '../lib/ext.ts';
import { anyMarked, HIDDEN } from '../lib/page.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep, waitFor } from '../lib/wait.ts';

export async function arabicUiScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('Arabic UI, dark: seed popup mirrors and speaks Arabic', async () => {
    const page = await driver.newTab({ width: 1000, height: 900 });
    const url = `${origin}/seed-ar.html`;
    await page.goto(url);
    await waitFor(page, anyMarked, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopupPage(driver, id);
    const v = await p.evaluate(popupView);
    const dark = await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    run.log(
      'arabic popup',
      JSON.stringify({ dir: v.dir, lang: v.lang, dark, count: v.count, removed: v.removed, date: v.dateText }),
    );
    await shot(driver, p, 'popup-article-ar-dark');
    await axeCheck(driver, p, run, 'article-ar-dark');
    assert.equal(v.dir, 'rtl');
    assert.match(v.lang, /^ar/);
    assert.equal(v.quotes.length, 4);
    assert.ok(dark, 'dark colour scheme');
    assert.equal(v.place, 'موسكو');
    await p.close();
    await page.close();
  });

  await run.step('Arabic UI, dark: an English article (mixed direction), options page', async () => {
    const page = await driver.newTab({ width: 1000, height: 900 });
    const url = `${origin}/wire-en.html`;
    await page.goto(url);
    await waitFor(page, anyMarked, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopupPage(driver, id);
    const v = await p.evaluate(popupView);
    run.log('english article, arabic UI', JSON.stringify({ dir: v.dir, q: v.quotes[0]?.dir, removed: v.removed }));
    assert.equal(v.dir, 'rtl');
    assert.equal(v.quotes[0]?.dir, 'ltr');
    await shot(driver, p, 'popup-article-en-ar-dark');
    await axeCheck(driver, p, run, 'article-en-in-ar-dark');
    await p.close();
    await page.close();
    const o = await driver.newTab({ width: 800, height: 900 });
    await o.gotoExt('src/options/options.html');
    await waitFor(o, () => document.querySelectorAll('#kinds input').length === 4, undefined, 6000, 'options');
    await sleep(300);
    await shot(driver, o, 'options-ar-dark');
    await axeCheck(driver, o, run, 'options-ar-dark');
    await o.close();
  });
}
