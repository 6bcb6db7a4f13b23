// The sample article in the real toolbar popup (English UI): its quotes,
// dateline and date; Restore and Clean again; closed and opened again, the
// popup reads the page as it now is.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { HIDDEN, hiddenMarks } from '../lib/page.ts';
import { clickIn, loadArticle, openRealPopup, popupShot, probe, realPopupOf, waitPopup } from '../lib/real-popup.ts';
import type { Runner } from '../lib/runner.ts';

export async function realPopupSeedScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('real popup: seed article, quotes, dateline, date; restore and clean again', async () => {
    const real = realPopupOf(driver);
    const page = await loadArticle(driver, origin, 'seed-ar.html');
    let popup = await openRealPopup(driver, page);
    const v = await real.eval(popup, probe);
    run.log(
      'real popup (seed)',
      JSON.stringify({ ...v, quotes: v.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 24)}`) }),
    );
    assert.equal(v.state, 'news');
    assert.equal(v.quotes.length, 4, 'four quotes');
    const speakers = v.quotes.map((q) => q.speaker);
    assert.equal(speakers.filter((s) => s.includes('بوتين')).length, 3, 'Putin ×3');
    assert.equal(speakers.filter((s) => s.includes('الكرملين')).length, 1, 'Kremlin ×1');
    assert.equal(v.place, 'موسكو');
    assert.equal(v.agency, 'سبوتنيك');
    assert.match(v.datetime ?? '', /^2021-10-28/);
    assert.match(v.removed ?? '', /^Removed .*share bar.*comment section/);
    assert.ok(
      v.quotes.some((q) => q.long),
      'a long quote is clamped, with its Show more button',
    );
    await popupShot(driver, popup, 'real-popup-seed-en-light');

    // Restore from the real popup: the page is back, and the popup stays open with "Clean again".
    assert.ok(await real.eval(popup, clickIn, '#restore'));
    await waitPopup(driver, popup, (d) => !!d.getElementById('clean-again'), undefined, 4000, 'Clean again');
    assert.equal(await page.evaluate(hiddenMarks, HIDDEN), 0, 'nothing hidden after restore');
    // Its lifetime: closed and opened again, it reads the page as it now is.
    await real.close(popup);
    popup = await openRealPopup(driver, page);
    assert.equal((await real.eval(popup, probe)).cleanAgain, true, 'reopened: still restored');
    assert.ok(await real.eval(popup, clickIn, '#clean-again'));
    await waitPopup(driver, popup, (d) => !!d.getElementById('restore'), undefined, 4000, 'Restore');
    assert.ok((await page.evaluate(hiddenMarks, HIDDEN)) > 0, 'hidden again');
    await real.close(popup);
    await page.close();
  });
}
