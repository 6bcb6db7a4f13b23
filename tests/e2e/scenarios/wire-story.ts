// An English wire story (tests/fixtures/wire-en.html): cleaned, its popup in the
// English UI, and an opt-in kind (the newsletter box) switched on and off from
// the popup, as the global setting.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { findTabIdIn, syncItems } from '../lib/ext.ts';
import { anyMarked, click, HIDDEN } from '../lib/page.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

export async function wireStoryScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('English wire story: cleaned; popup in English, light', async () => {
    const wire = await driver.newTab({ width: 1000, height: 1200 });
    const url = `${origin}/wire-en.html`;
    await wire.goto(url);
    await waitFor(wire, anyMarked, HIDDEN, 8000, 'hidden marks');
    await shot(driver, wire, 'wire-en-after');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopupPage(driver, id);
    const v = await p.evaluate(popupView);
    run.log(
      'wire popup',
      JSON.stringify({
        state: v.state,
        quotes: v.quotes.length,
        place: v.place,
        agency: v.agency,
        date: v.dateText,
        removed: v.removed,
        height: v.height,
      }),
    );
    assert.equal(v.state, 'news');
    assert.equal(v.dir, 'ltr');
    assert.ok(v.quotes.length > 0, 'quotes listed');
    assert.ok(v.datetime, 'a date');
    await shot(driver, p, 'popup-article-en-light');
    await axeCheck(driver, p, run, 'article-en-light');
    // Opt-in kinds: the newsletter box goes at once, and the choice is the global setting.
    const nl = () => getComputedStyle(document.getElementById('newsletter-inline') as Element).display === 'none';
    assert.equal(await wire.evaluate(nl), false, 'newsletter shown by default');
    assert.ok(await p.evaluate(click, '#kind-newsletter'));
    await waitFor(wire, nl, undefined, 4000, 'newsletter hidden');
    const stored = await driver.extEval(syncItems);
    assert.deepEqual(stored.kinds, ['share', 'comments', 'newsletter']);
    await waitFor(
      p,
      () => /newsletter box/.test(document.getElementById('removed')?.textContent ?? ''),
      undefined,
      3000,
      'summary with the newsletter box',
    );
    const after = await p.evaluate(popupView);
    run.log('after opting in', after.removed, after.kinds.join(' '));
    assert.ok(after.kinds.includes('kind-newsletter=true'));
    await shot(driver, p, 'popup-article-en-light-newsletter');
    assert.ok(await p.evaluate(click, '#kind-newsletter'));
    await waitFor(
      wire,
      () => !getComputedStyle(document.getElementById('newsletter-inline') as Element).display.includes('none'),
      undefined,
      4000,
      'newsletter back',
    );
    const back = await driver.extEval(syncItems);
    assert.deepEqual(back.kinds, ['share', 'comments']);
    await p.close();
    await wire.close();
  });
}
