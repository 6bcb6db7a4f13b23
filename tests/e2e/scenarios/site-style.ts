// The per-site stylesheet (issue 16), on a site of its own (localhost, while
// the other scenarios use 127.0.0.1). A first article teaches the site's
// stylesheet; on a second article of the site its share bar and comments are
// never painted (a page script checks at DOMContentLoaded and in every
// animation frame); on the site's front page the stylesheet is taken out again
// and the page is whole; the options page lists it and forgets it.
import assert from 'node:assert/strict';
import type { Driver } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { clearLocal, contentTimings, localItem } from '../lib/ext.ts';
import { HIDDEN } from '../lib/page.ts';
import type { Runner } from '../lib/runner.ts';
import { sleep, waitFor } from '../lib/wait.ts';

const KEY = 'style:localhost';

interface StoredStyle {
  sels: Array<{ sel: string; kind: string }>;
}

/** At least two elements carry `attr`. */
function twoMarked(attr: string): boolean {
  return document.querySelectorAll(`[${attr}]`).length >= 2;
}

/** What the fixture's page script saw, and what the page looks like now. */
function probe(hiddenAttr: string) {
  const root = document.documentElement;
  const shown = (sel: string) => {
    const el = document.querySelector(sel);
    return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  return {
    shareAtDcl: root.getAttribute('data-share-at-dcl'),
    styleAtDcl: root.getAttribute('data-site-style-at-dcl'),
    sharePainted: root.getAttribute('data-share-painted') === 'yes',
    commentsPainted: root.getAttribute('data-comments-painted') === 'yes',
    frames: Number(root.getAttribute('data-frames') || 0),
    siteStyle: !!document.querySelector('style[data-clearline-site]'),
    marks: document.querySelectorAll(`[${hiddenAttr}]`).length,
    shareNow: shown('.story-share'),
    listShown: [...document.querySelectorAll('.front-list li')].filter((li) => li.getClientRects().length > 0).length,
    listAll: document.querySelectorAll('.front-list li').length,
    paragraphs: [...document.querySelectorAll('.story-body p')].filter((p) => p.getClientRects().length > 0).length,
  };
}

export async function siteStyleScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  const site = origin.replace('127.0.0.1', 'localhost');
  await driver.extEval(clearLocal);
  let learned: StoredStyle | null = null;

  await run.step('site stylesheet: a first article teaches it, by the widgets’ own names', async () => {
    const page = await driver.newTab({ width: 1000, height: 1000 });
    await page.goto(`${site}/e2e-site-article-1.html`);
    await waitFor(page, twoMarked, HIDDEN, 8000, 'hidden marks');
    const end = Date.now() + 8000;
    while (!learned && Date.now() < end) {
      learned = (await driver.extEval(localItem, KEY)) as StoredStyle | null;
      if (!learned) await sleep(100);
    }
    run.log('learned', JSON.stringify(learned));
    assert.ok(learned, 'the site’s stylesheet is kept in storage.local');
    const sels = learned.sels.map((s) => s.sel);
    assert.ok(sels.length >= 2 && sels.length <= 24, 'bounded');
    assert.ok(
      sels.every((s) => !/nth-|:/u.test(s)),
      'no positional selector',
    );
    assert.ok(
      learned.sels.some((s) => s.kind === 'share' && /story-share|share-bar/u.test(s.sel)),
      'the share bar, by its name',
    );
    assert.ok(
      learned.sels.some((s) => s.kind === 'comments'),
      'the comments',
    );
    await page.close();
  });

  await run.step('site stylesheet: on a second article the share bar is never painted', async () => {
    const page = await driver.newTab({ width: 1000, height: 1000 });
    await page.goto(`${site}/e2e-site-article-2.html`);
    await waitFor(page, twoMarked, HIDDEN, 8000, 'hidden marks');
    await sleep(500); // more frames
    const p = await page.evaluate(probe, HIDDEN);
    run.log('second visit', JSON.stringify(p));
    // When the stylesheet went in, against the page's own clock (DOMContentLoaded, first paint).
    const paint = await page.evaluate(() => ({
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventStart,
      firstPaint: performance.getEntriesByType('paint')[0]?.startTime ?? null,
    }));
    const timings = await driver.extEval(contentTimings, `${site}/e2e-site-article-2.html`);
    run.log(
      'stylesheet timing (ms)',
      JSON.stringify({ start: timings?.earlyAt, read: timings?.readAt, in: timings?.siteStyleAt, ...paint }),
    );
    assert.equal(p.styleAtDcl, 'yes', 'the site’s stylesheet is in by DOMContentLoaded');
    assert.equal(p.shareAtDcl, 'hidden', 'the share bar is hidden at DOMContentLoaded');
    assert.ok(p.frames > 0, 'frames were checked');
    assert.equal(p.sharePainted, false, 'the share bar is never painted');
    assert.equal(p.commentsPainted, false, 'the comments are never painted');
    assert.equal(p.paragraphs, 7, 'the article is whole');
    await shot(driver, page, 'site-style-second-visit');
    await page.close();
  });

  await run.step('site stylesheet: on the site’s front page it is taken out, and the page is whole', async () => {
    const page = await driver.newTab({ width: 1000, height: 1000 });
    await page.goto(`${site}/e2e-site-front.html`);
    await waitFor(
      page,
      () => !document.querySelector('style[data-clearline-site]'),
      undefined,
      8000,
      'the stylesheet taken out',
    );
    const p = await page.evaluate(probe, HIDDEN);
    run.log('front page', JSON.stringify(p));
    assert.equal(p.styleAtDcl, 'yes', 'it was put in at document start (the page was not known yet)');
    assert.equal(p.siteStyle, false);
    assert.equal(p.marks, 0, 'nothing hidden');
    assert.equal(p.shareNow, true, 'the share bar shows');
    assert.equal(p.listShown, p.listAll, 'every headline shows');
    await shot(driver, page, 'site-style-front-page');
    await page.close();
  });

  await run.step('site stylesheet: the options page lists it per site and forgets it', async () => {
    const o = await driver.newTab({ width: 800, height: 1100 });
    await o.gotoExt('src/options/options.html');
    const row = await waitFor(
      o,
      () =>
        [...document.querySelectorAll('#learned-list li')]
          .map((li) => `${li.querySelector('.host')?.textContent} ${li.querySelector('.kept-count')?.textContent}`)
          .find((t) => t.startsWith('localhost ')),
      undefined,
      6000,
      'the learned list',
    );
    run.log('options row', row);
    assert.match(row, /^localhost \d+ kept$/u);
    await shot(driver, o, 'options-learned');
    assert.ok(await o.evaluate(() => (document.querySelector<HTMLElement>('#learned-list .icon-btn')?.click(), true)));
    await waitFor(o, () => !document.querySelector('#learned-list .host'), undefined, 4000, 'the site forgotten');
    assert.equal(await driver.extEval(localItem, KEY), null);
    await o.close();
  });
}
