// The sample article (tests/fixtures/seed-ar.html), English UI, light: cleaned
// on load, its popup (4 quotes with speakers, dateline, date, what was removed),
// the popup's controls (speaker filter, copy, exports, keyboard, zoom), jump-to,
// and restore / clean again.
import assert from 'node:assert/strict';
import type { Driver, Tab } from '../driver/driver.ts';
import { shot } from '../lib/artifacts.ts';
import { axeCheck } from '../lib/axe.ts';
import { badgeOf, contentState, findTabIdIn } from '../lib/ext.ts';
import { anyMarked, click, downloadedText, firstCopied, HIDDEN, recordOutputs } from '../lib/page.ts';
import { openPopupPage, popupView } from '../lib/popup-page.ts';
import type { Runner } from '../lib/runner.ts';
import { waitFor } from '../lib/wait.ts';

/** The seed page as the reader has it (main world: the DOM only). */
function pageState(hiddenAttr: string) {
  const hidden = (sel: string) => {
    const el = document.querySelector(sel);
    return el ? getComputedStyle(el).display === 'none' || !!el.closest(`[${hiddenAttr}]`) : null;
  };
  return {
    marks: document.querySelectorAll(`[${hiddenAttr}]`).length,
    shareHidden: hidden('#share-top'),
    followHidden: hidden('#follow-us'),
    commentsHidden: hidden('#comments'),
    relatedHidden: hidden('#related'),
    bodyVisible: hidden('.article__body') === false,
    paragraphs: [...document.querySelectorAll('.article__body p')].filter((p) => p.getClientRects().length > 0).length,
    body: document.querySelector('.article__body')?.textContent ?? '',
  };
}

function setSpeakerFilter(value: string): void {
  const sel = document.getElementById('speaker-filter') as HTMLSelectElement;
  sel.value = value;
  sel.dispatchEvent(new Event('change'));
}

export async function seedScenario(driver: Driver, origin: string, run: Runner): Promise<void> {
  const seedUrl = `${origin}/seed-ar.html`;
  const page = await driver.newTab({ width: 1000, height: 1400 });
  let tabId: number | null = null;
  let seedBody = '';

  await run.step('seed: share bar and comments hidden, article text intact', async () => {
    await page.goto(seedUrl);
    await waitFor(page, anyMarked, HIDDEN, 8000, 'hidden marks');
    const s = await page.evaluate(pageState, HIDDEN);
    run.log('seed state', JSON.stringify({ ...s, body: `${s.body.length} chars` }));
    assert.equal(s.shareHidden, true, 'share bar hidden');
    assert.equal(s.commentsHidden, true, 'comments hidden');
    assert.equal(s.relatedHidden, false, 'related links are opt-in: still shown');
    assert.equal(s.bodyVisible, true, 'article body visible');
    assert.equal(s.paragraphs, 6, 'six body paragraphs visible');
    for (const needle of ['موسكو - سبوتنيك.', 'أيد الجميع', 'وفقا لذلك', 'جاباروف'])
      assert.ok(s.body.includes(needle), needle);
    seedBody = s.body;
    await shot(driver, page, 'seed-after');
  });

  await run.step('seed: tab found, badge shows the hidden count', async () => {
    tabId = await driver.extEval(findTabIdIn, seedUrl);
    assert.equal(typeof tabId, 'number', 'tab id');
    const state = await driver.extEval(contentState, tabId as number);
    const hidden = Object.values(state.hiddenByKind).reduce((a, n) => a + n, 0);
    run.log('timings', JSON.stringify(state.timings), 'hidden', hidden, JSON.stringify(state.hiddenByKind));
    assert.ok(hidden >= 2);
    assert.equal(typeof state.timings.loadPathMs, 'number');
    assert.equal(await driver.extEval(badgeOf, tabId as number), String(hidden));
  });

  let popup: Tab | undefined;
  const thePopup = (): Tab => {
    if (!popup) throw new Error('the popup did not open');
    return popup;
  };
  await run.step('seed popup: 4 quotes with speakers, dateline, date, removed summary', async () => {
    popup = await openPopupPage(driver, tabId);
    const v = await popup.evaluate(popupView);
    run.log('popup', JSON.stringify({ ...v, quotes: v.quotes.map((q) => `${q.speaker} | ${q.text.slice(0, 30)}`) }));
    assert.equal(v.state, 'news');
    assert.equal(v.quotes.length, 4, 'four quotes');
    const speakers = v.quotes.map((q) => q.speaker);
    assert.equal(speakers.filter((s) => s.includes('بوتين')).length, 3, 'Putin ×3');
    assert.equal(speakers.filter((s) => s.includes('الكرملين')).length, 1, 'Kremlin ×1');
    assert.ok(
      v.quotes.every((q) => q.lang === 'ar' && q.dir === 'rtl'),
      'quotes carry lang/dir',
    );
    assert.equal(v.place, 'موسكو');
    assert.equal(v.agency, 'سبوتنيك');
    assert.match(v.datetime ?? '', /^2021-10-28/);
    assert.match(v.dateText ?? '', /2021/);
    assert.match(v.removed ?? '', /^Removed .*share bar.*comment section/);
    await shot(driver, popup, 'popup-seed-en-light');
  });

  await run.step('seed popup: axe-core, article state (English UI, Arabic article)', async () => {
    await axeCheck(driver, thePopup(), run, 'article-seed-en-light');
  });

  await run.step('seed popup: speaker filter, copy with source, export Markdown and JSON', async () => {
    const popup = thePopup();
    const v0 = await popup.evaluate(popupView);
    assert.equal(v0.speakers.length, 3, 'all + two speakers');
    const kremlin = v0.speakers.find((s) => s.includes('الكرملين'));
    assert.ok(kremlin, 'Kremlin in the filter');
    await popup.evaluate(setSpeakerFilter, kremlin);
    const v1 = await popup.evaluate(popupView);
    assert.equal(v1.visible, 1, 'one Kremlin quote');
    run.log('filtered count', v1.count);
    await popup.evaluate(setSpeakerFilter, '*');
    assert.equal((await popup.evaluate(popupView)).visible, 4);
    assert.ok(await popup.evaluate(recordOutputs));
    assert.ok(await popup.evaluate(click, '#quotes li:nth-child(2) .copy'));
    const copied = await waitFor(popup, firstCopied, undefined, 3000, 'copied text');
    run.log('copied', copied);
    assert.match(
      copied,
      // The speaker's role, as the article prints it, follows the name.
      /^“أيد الجميع[^”]*” — فلاديمير بوتين, الرئيس الروسي, 127\.0\.0\.1\/سبوتنيك, October 28, 2021, .*GMT, http:\/\/127\.0\.0\.1:\d+\/seed-ar\.html$/,
    );
    assert.match(await popup.evaluate(() => document.getElementById('quote-status')?.textContent ?? ''), /copied/);
    assert.ok(await popup.evaluate(click, '#export-md'));
    assert.ok(await popup.evaluate(click, '#export-json'));
    const md = await popup.evaluate(downloadedText, 0);
    const json = await popup.evaluate(downloadedText, 1);
    if (!md || !json) throw new Error('the exports were not downloaded');
    run.log('exports', md.name, `${md.text.length} chars`, json.name, `${json.text.length} chars`);
    assert.equal(md.name, 'clearline-quotes-127.0.0.1-2021-10-28.md');
    assert.equal((md.text.match(/^> — /gm) ?? []).length, 4, 'four quotes in Markdown');
    const data = JSON.parse(json.text) as { quotes: Array<{ speaker?: string }>; agency: string };
    assert.equal(data.quotes.length, 4);
    assert.equal(data.quotes.filter((q) => q.speaker?.includes('بوتين')).length, 3);
    assert.equal(data.agency, 'سبوتنيك');
    assert.ok(v0.printed, 'the date as printed is available');
  });

  await run.step('seed popup: every control is reachable with Tab, with a visible focus ring', async () => {
    const popup = thePopup();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.at(-1) !== 'site-toggle'; i++) {
      await popup.press('Tab');
      seen.push(
        await popup.evaluate(() => {
          const e = document.activeElement;
          const ring = e
            ? getComputedStyle(e).outlineStyle !== 'none' && getComputedStyle(e).outlineWidth !== '0px'
            : false;
          return `${e?.id || e?.className || e?.tagName}${ring ? '' : '(no ring)'}`;
        }),
      );
    }
    run.log('tab order', seen.join(' → '));
    for (const want of [
      'options',
      'speaker-filter',
      'q-more',
      'icon-btn locate',
      'icon-btn copy',
      'export-md',
      'export-json',
      'restore',
      'site-toggle',
    ])
      assert.ok(seen.includes(want), `${want} reachable with a focus ring`);
    await shot(driver, popup, 'popup-seed-en-focus');
    // Enter on a quote's "show in the page" button shows it in the page.
    await popup.evaluate(() => document.querySelector<HTMLElement>('#quotes li:nth-child(3) .locate')?.focus());
    await popup.press('Enter');
    await waitFor(
      page,
      () => !!document.querySelector('[data-clearline-highlight]'),
      undefined,
      4000,
      'highlight by keyboard',
    );
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  await run.step('seed popup: 200% zoom stays readable (no sideways scrolling)', async () => {
    // A zoomed toolbar popup grows to 2 × 380 px (both browsers allow 800 px).
    const z = await driver.newTab({ width: 760, height: 1400 });
    await z.gotoExt(`src/popup/popup.html?tabId=${tabId}`);
    await waitFor(z, () => document.getElementById('main')?.dataset.state === 'news', undefined, 8000, 'news');
    await z.evaluate(() => void (document.documentElement.style.zoom = '2'));
    const v = await z.evaluate(popupView);
    run.log('zoom 200%: sideways overflow', v.overflowX, 'px');
    assert.ok(v.overflowX <= 1, 'no horizontal scrolling at 200%');
    await shot(driver, z, 'popup-article-ar-en-zoom200');
    await z.close();
  });

  await run.step('seed popup: a click on a quote highlights it in the page', async () => {
    assert.ok(await thePopup().evaluate(click, '#quotes li:nth-child(2) .locate'));
    const marked = await waitFor(
      page,
      () => document.querySelector('[data-clearline-highlight]')?.textContent ?? null,
      undefined,
      4000,
      'highlight',
    );
    assert.ok(marked.includes('أيد الجميع'));
    const where = await waitFor(
      page,
      () => {
        const r = document.querySelector('[data-clearline-highlight]')?.getBoundingClientRect();
        const inView = r && r.top >= 0 && r.bottom <= innerHeight;
        return inView
          ? { top: Math.round(r.top), marked: globalThis.CSS?.highlights?.has('clearline-quote') ?? null }
          : null;
      },
      undefined,
      4000,
      'quote scrolled into view',
    );
    run.log('highlight', JSON.stringify(where));
    await shot(driver, page, 'seed-highlight');
    // It fades (4 s) and then goes away by itself, leaving nothing behind.
    await waitFor(
      page,
      () =>
        !document.querySelector('[data-clearline-highlight]') &&
        !document.getElementById('clearline-highlight-style') &&
        !(globalThis.CSS?.highlights?.has('clearline-quote') ?? false),
      undefined,
      9000,
      'highlight removed',
    );
  });

  await run.step('seed popup: Restore brings everything back; Clean again hides it again', async () => {
    const popup = thePopup();
    assert.ok(await popup.evaluate(click, '#restore'));
    await waitFor(popup, () => !!document.getElementById('clean-again'), undefined, 4000, 'clean-again button');
    const restored = await page.evaluate(pageState, HIDDEN);
    assert.equal(restored.marks, 0);
    assert.equal(restored.shareHidden, false);
    assert.equal(restored.commentsHidden, false);
    assert.equal(restored.body, seedBody);
    assert.equal(await driver.extEval(badgeOf, tabId as number), '');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(driver, page, 'seed-before'); // restore is exact: this is the page as served
    assert.ok(await popup.evaluate(click, '#clean-again'));
    await waitFor(popup, () => !!document.getElementById('restore'), undefined, 4000, 'restore button');
    const again = await page.evaluate(pageState, HIDDEN);
    assert.equal(again.shareHidden, true);
    assert.equal(again.commentsHidden, true);
  });
  await popup?.close();
}
