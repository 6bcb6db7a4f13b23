// A browser page no extension may read (chrome://version, about:blank): the popup
// explains, for that tab and for its own tab when opened without ?tabId.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { allTabIds } from '../lib/ext.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';

export async function restrictedScenario(driver: Driver, _origin: string, run: Runner): Promise<void> {
  await run.step('restricted page: friendly explanation', async () => {
    // A browser page (chrome://version, about:blank): no content script runs there.
    const before = await driver.extEval(allTabIds);
    const browserPage = await driver.newTab({ width: 800, height: 600 });
    await browserPage.gotoRestricted();
    const id = (await driver.extEval(allTabIds)).find((t) => !before.includes(t));
    assert.equal(typeof id, 'number', 'tab id of the browser page');
    const p = await openPopupPage(driver, id as number);
    const v = await p.evaluate(popupView);
    assert.equal(v.state, 'restricted');
    assert.ok(v.restricted);
    await shot(driver, p, 'popup-restricted');
    await axeCheck(driver, p, run, 'restricted');
    await p.close();
    await browserPage.close();
    // Opened without ?tabId, the popup asks the active tab: its own extension tab.
    const own = await openPopupPage(driver, null);
    assert.equal((await own.evaluate(popupView)).state, 'restricted');
    await own.close();
  });
}
