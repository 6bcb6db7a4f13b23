// A section front (tests/fixtures/section-front-en.html): nothing hidden on load,
// the popup explains why it is not an article, and Clean anyway works.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { findTabIdIn } from '../lib/ext.ts';
import { click, HIDDEN, hiddenMarks } from '../lib/page.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep, waitFor } from '../lib/wait.ts';

export async function notNewsScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('section front: not news, explained; Clean anyway works', async () => {
    const front = await driver.newTab({ width: 1000, height: 900 });
    const url = `${origin}/section-front-en.html`;
    await front.goto(url);
    await sleep(600);
    assert.equal(await front.evaluate(hiddenMarks, HIDDEN), 0, 'nothing hidden');
    const id = await driver.extEval(findTabIdIn, url);
    assert.equal(typeof id, 'number');
    const p = await openPopupPage(driver, id);
    const v = await p.evaluate(popupView);
    run.log('front popup', JSON.stringify({ state: v.state, signals: v.signals }));
    assert.equal(v.state, 'not-news');
    assert.ok(v.signals.length > 0, 'signals shown');
    await shot(driver, p, 'popup-not-news');
    await axeCheck(driver, p, run, 'not-news');
    assert.ok(await p.evaluate(click, '#clean-anyway'));
    await waitFor(
      p,
      () => document.getElementById('main')?.dataset.state === 'cleaned-on-request',
      undefined,
      4000,
      'cleaned on request',
    );
    await p.close();
    await front.close();
  });
}
