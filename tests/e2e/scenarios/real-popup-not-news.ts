// A page that is not news (tests/fixtures/section-front-en.html) in the real
// popup: explained, sized to its content, and cleaned on request.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { HIDDEN, hiddenMarks } from '../lib/page.ts';
import { clickIn, openRealPopup, popupShot, realPopupOf, waitPopup } from '../lib/real-popup.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep } from '../lib/wait.ts';

export async function realPopupNotNewsScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('real popup: a section front is explained as not news; Clean anyway works', async () => {
    const real = realPopupOf(driver);
    const page = await driver.newTab({ width: 1100, height: 900 });
    await page.goto(`${origin}/section-front-en.html`);
    await sleep(600);
    assert.equal(await page.evaluate(hiddenMarks, HIDDEN), 0, 'nothing hidden on load');
    const popup = await openRealPopup(driver, page);
    const v = await real.eval(popup, (d) => ({
      state: d.getElementById('main')?.dataset.state,
      signals: [...d.querySelectorAll('#signals li')].map((l) => l.textContent),
      height: (d.defaultView as Window).innerHeight,
      scrollHeight: d.documentElement.scrollHeight,
    }));
    run.log('real popup (not news)', JSON.stringify(v));
    assert.equal(v.state, 'not-news');
    assert.ok(v.signals.length > 0, 'the signals are listed');
    assert.ok(v.height < 600 && v.scrollHeight <= v.height + 1, 'a short popup, sized to its content');
    await popupShot(driver, popup, 'real-popup-not-news');
    assert.ok(await real.eval(popup, clickIn, '#clean-anyway'));
    await waitPopup(
      driver,
      popup,
      (d) => d.getElementById('main')?.dataset.state === 'cleaned-on-request',
      undefined,
      4000,
      'cleaned on request',
    );
    await real.close(popup);
    await page.close();
  });
}
