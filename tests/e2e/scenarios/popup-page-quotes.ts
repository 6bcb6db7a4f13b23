// The popup as a page (popup.html?tabId=N) on the many-quotes articles, at the
// real popup's size, with a quote opened in full and the opt-in kinds open:
// axe-core where the real popup cannot run it (Firefox), and the states the
// real-popup steps do not reach (the footer at small heights).
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { axeCheck } from '../lib/axe.ts';
import { findTabIdIn } from '../lib/ext.ts';
import { loadArticle } from '../lib/real-popup.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

/** The UI the suite's session runs in. */
const UI = 'en-light';

export async function popupPageQuotesScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  for (const name of ['quotes-en.html', 'quotes-ar.html']) {
    await run.step(
      `popup page on ${name}: axe-core with a quote open and the kinds panel open, footer at small heights (${UI})`,
      async () => {
        const page = await loadArticle(driver, origin, name);
        const tabId = await driver.extEval(findTabIdIn, `${origin}/${name}`);
        assert.equal(typeof tabId, 'number');
        const p = await driver.newTab({ width: 460, height: 600 });
        await p.gotoExt(`src/popup/popup.html?tabId=${tabId}`);
        await waitFor(p, () => document.getElementById('main')?.dataset.state === 'news', undefined, 10000, 'news');
        const opened = await p.evaluate(() => {
          const more = document.querySelector<HTMLElement>('#quotes li.long .q-more');
          more?.click();
          document.getElementById('extra-kinds-toggle')?.click();
          return {
            expanded: more?.getAttribute('aria-expanded') ?? null,
            kinds: !document.getElementById('extra-kinds')?.hidden,
          };
        });
        assert.deepEqual(opened, { expanded: 'true', kinds: true });
        await axeCheck(driver, p, run, `${name}-${UI}`);
        // Under 400 CSS px of height (a 600 px panel at 150% zoom and more) the footer stays in
        // the flow, so that it never covers most of the quotes.
        const dockPosition = () => getComputedStyle(document.querySelector('.dock') as Element).position;
        assert.equal(await p.evaluate(dockPosition), 'sticky');
        await p.setViewport({ width: 460, height: 300 });
        await waitFor(
          p,
          () => getComputedStyle(document.querySelector('.dock') as Element).position === 'static',
          undefined,
          3000,
          'a footer in the flow',
        );
        await p.close();
        await page.close();
      },
    );
  }
}
