// Quotations that hold markup (tests/fixtures/e2e-hostile-quote.html): the popup
// shows it as text, copies it as text, and never runs it.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { findTabIdIn } from '../lib/ext.ts';
import { anyMarked, click, firstCopied, HIDDEN, recordOutputs } from '../lib/page.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

export async function hostileQuoteScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('hostile quotations: markup in a quote is shown as text, never run', async () => {
    const hp = await driver.newTab({ width: 1000, height: 900 });
    const url = `${origin}/e2e-hostile-quote.html`;
    await hp.goto(url);
    await waitFor(hp, anyMarked, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopupPage(driver, id);
    const v = await p.evaluate(popupView);
    const texts = v.quotes.map((q) => q.text);
    run.log('hostile quotes', JSON.stringify(texts.slice(0, 2)));
    assert.ok(texts.includes(`Type <img src=x onerror="document.title='pwned'"> into any form and see what happens,`));
    assert.ok(texts.includes('A script tag like <script>alert(document.cookie)</script> is how these attacks begin.'));
    assert.ok(await p.evaluate(recordOutputs));
    assert.ok(await p.evaluate(click, '#quotes li:nth-child(1) .copy'));
    const copied = await waitFor(p, firstCopied, undefined, 3000, 'copied text');
    assert.ok(copied.startsWith(`“Type <img src=x onerror="document.title='pwned'"> into`), copied);
    const dom = await p.evaluate(() => ({
      imgs: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('main script').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .length,
      title: document.title,
      elements: document.querySelectorAll('#quotes .q-text *').length,
    }));
    run.log('hostile popup DOM', JSON.stringify(dom));
    assert.deepEqual(dom, { imgs: 0, scripts: 0, handlers: 0, title: 'Clearline', elements: 0 });
    assert.notEqual(await hp.evaluate(() => document.title), 'pwned');
    await shot(driver, p, 'popup-hostile-quote');
    await p.close();
    await hp.close();
  });
}
