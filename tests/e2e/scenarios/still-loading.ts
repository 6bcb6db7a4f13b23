// A page still loading (the server sends its second half 7 s later): the popup
// shows its waiting state, then the article.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { allTabIds } from '../lib/ext.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep } from '../lib/wait.ts';

export async function stillLoadingScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('page still loading: the popup waits, then shows the article', async () => {
    const before = await driver.extEval(allTabIds);
    const slow = await driver.newTab({ width: 1000, height: 900 });
    const loaded = slow.goto(`${origin}/slow-seed.html?ms=7000`).catch(() => {});
    let id: number | undefined;
    for (let i = 0; i < 30 && id === undefined; i++) {
      id = (await driver.extEval(allTabIds)).find((t) => !before.includes(t));
      if (id === undefined) await sleep(100);
    }
    assert.equal(typeof id, 'number', 'tab id of the loading page');
    const p = await driver.newTab({ width: 380, height: 640 });
    await p.gotoExt(`src/popup/popup.html?tabId=${id}`);
    const seen = new Set<string>();
    const end = Date.now() + 16000;
    while (Date.now() < end) {
      const s = await p.evaluate(() => document.getElementById('main')?.dataset.state ?? null).catch(() => null);
      if (s === 'waiting' && !seen.has('waiting')) {
        await shot(driver, p, 'popup-loading');
        await axeCheck(driver, p, run, 'loading');
      }
      if (s) seen.add(s);
      if (s === 'news' || s === 'restricted') break;
      await sleep(100);
    }
    run.log('states seen while loading', [...seen].join(' → '));
    assert.ok(seen.has('waiting'), 'showed the waiting state');
    assert.ok(seen.has('news'), 'then the article');
    await loaded;
    await p.close();
    await slow.close();
  });
}
