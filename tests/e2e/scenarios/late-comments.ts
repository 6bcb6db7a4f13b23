// A comment iframe the page inserts 2 s after load (tests/fixtures/e2e-late-comments.html)
// is hidden by the late watcher within 1 s.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

export async function lateCommentsScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  await run.step('late comment iframe hidden within 1 s of insertion', async () => {
    const late = await driver.newTab({ width: 1000, height: 900 });
    await late.goto(`${origin}/e2e-late-comments.html`);
    const r = await waitFor(
      late,
      () => {
        const h = document.documentElement;
        const ins = h.getAttribute('data-late-inserted-at');
        const hid = h.getAttribute('data-late-hidden-at');
        return ins && hid ? { inserted: Number(ins), hidden: Number(hid) } : null;
      },
      undefined,
      8000,
      'late widget hidden',
    );
    const delay = r.hidden - r.inserted;
    run.log(`late widget hidden ${delay.toFixed(0)} ms after insertion`);
    assert.ok(delay <= 1000, `hidden after ${delay} ms`);
    const visible = await late.evaluate(() => ({
      frame: getComputedStyle(document.getElementById('disqus_thread') as Element).display,
      paras: [...document.querySelectorAll('#story-body p')].filter((p) => p.getClientRects().length).length,
      share: getComputedStyle(document.getElementById('share-tools') as Element).display,
    }));
    assert.equal(visible.frame, 'none');
    assert.equal(visible.paras, 5);
    assert.equal(visible.share, 'none');
    await shot(driver, late, 'late-comments-after');
    await late.close();
  });
}
