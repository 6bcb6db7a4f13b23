// The e2e scenario, written once against a tiny driver interface that
// chromium.mjs (playwright-core) and firefox.mjs (puppeteer-core, BiDi)
// implement:
//   newPage({width,height}) · goto(page,url) · gotoExt(page,pathAndQuery)
//   evaluate(page,fn,arg) · screenshot(page,file) · extEval(fn,arg) · close()
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ARTIFACTS = path.resolve('artifacts/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

const HIDDEN = 'data-clearline-hidden';

export function createRunner(name) {
  const t0 = Date.now();
  let passed = 0;
  let failed = 0;
  const log = (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
  return {
    log,
    async step(title, fn) {
      try {
        await fn();
        passed++;
        log(`ok   ${title}`);
      } catch (e) {
        failed++;
        log(
          `FAIL ${title}\n      ${String(e?.stack ?? e)
            .split('\n')
            .slice(0, 6)
            .join('\n      ')}`,
        );
      }
    },
    summary() {
      console.log(`${name.toUpperCase()} E2E: ${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

/** Polls `fn` in the page until it returns a truthy value. */
export async function waitFor(driver, page, fn, arg, timeoutMs = 8000, what = 'condition') {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    last = await driver.evaluate(page, fn, arg).catch((e) => ((last = e), undefined));
    if (last && !(last instanceof Error)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

// In-extension helpers (run with driver.extEval: `browser` in Firefox, `chrome` in Chromium).
async function findTabIdIn(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const t of await api.tabs.query({})) {
    try {
      const r = await api.tabs.sendMessage(t.id, { type: 'get-state' });
      if (r && r.url === url) return t.id;
    } catch {
      // a tab without our content script
    }
  }
  return null;
}
async function allTabIds() {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.tabs.query({})).map((t) => t.id);
}
async function badgeOf(tabId) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.action.getBadgeText({ tabId });
}

// In-page probes (main world: they read the DOM only).
function pageState(hiddenAttr) {
  const hidden = (sel) => {
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

function popupView() {
  const main = document.getElementById('main');
  const q = [...document.querySelectorAll('#quotes li')];
  return {
    state: main?.dataset.state ?? null,
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    quotes: q.map((li) => ({
      text: li.querySelector('.q-text')?.textContent ?? '',
      speaker: li.querySelector('.q-speaker')?.textContent ?? '',
      lang: li.querySelector('.q-text')?.getAttribute('lang'),
      dir: li.querySelector('.q-text')?.getAttribute('dir'),
    })),
    count: document.getElementById('quote-count')?.textContent ?? null,
    place: document.querySelector('#dateline .place')?.textContent ?? null,
    agency: document.querySelector('#dateline .agency')?.textContent ?? null,
    datetime: document.querySelector('#published time')?.getAttribute('datetime') ?? null,
    dateText: document.querySelector('#published time')?.textContent ?? null,
    removed: document.getElementById('removed')?.textContent ?? null,
    signals: [...document.querySelectorAll('#signals li')].map((l) => l.textContent),
    title: document.querySelector('.title')?.textContent ?? null,
    restricted: !!document.getElementById('restricted'),
    toggle: document.getElementById('site-toggle')?.checked ?? null,
  };
}

function click(sel) {
  const el = document.querySelector(sel);
  if (!el) return false;
  el.click();
  return true;
}

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on an extension page (evaluated over the protocol: no CSP change needed). */
async function axeViolations(driver, page) {
  await driver.evaluate(page, AXE);
  return driver.evaluate(page, async () => {
    const r = await globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  });
}

const shot = (driver, page, file) => driver.screenshot(page, path.join(ARTIFACTS, `${driver.name}-${file}.png`));

async function openPopup(driver, tabId, size = { width: 380, height: 640 }) {
  const popup = await driver.newPage(size);
  await driver.gotoExt(popup, `src/popup/popup.html${tabId === null ? '' : `?tabId=${tabId}`}`);
  await waitFor(
    driver,
    popup,
    () => {
      const s = document.getElementById('main')?.dataset.state;
      return s && s !== 'loading' && s !== 'waiting' ? s : null;
    },
    undefined,
    10000,
    'popup state',
  );
  return popup;
}

/** The main scenario (English UI, light). */
export async function mainScenario(driver, origin, run) {
  const seedUrl = `${origin}/seed-ar.html`;
  const page = await driver.newPage({ width: 1000, height: 1400 });
  let tabId = null;
  let seedBody = '';

  await run.step('seed: share bar and comments hidden, article text intact', async () => {
    await driver.goto(page, seedUrl);
    await waitFor(driver, page, (a) => document.querySelectorAll(`[${a}]`).length > 0, HIDDEN, 8000, 'hidden marks');
    const s = await driver.evaluate(page, pageState, HIDDEN);
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
    const state = await driver.extEval(
      async (id) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, { type: 'get-state' }),
      tabId,
    );
    run.log('timings', JSON.stringify(state.timings), 'hidden', state.hiddenCount, JSON.stringify(state.hiddenByKind));
    assert.ok(state.hiddenCount >= 2);
    assert.equal(typeof state.timings.loadPathMs, 'number');
    assert.equal(await driver.extEval(badgeOf, tabId), String(state.hiddenCount));
  });

  let popup;
  await run.step('seed popup: 4 quotes with speakers, dateline, date, removed summary', async () => {
    popup = await openPopup(driver, tabId);
    const v = await driver.evaluate(popup, popupView);
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

  await run.step('seed popup: no axe-core accessibility violations', async () => {
    const v = await axeViolations(driver, popup);
    if (v.length) run.log('axe', v.join('\n      '));
    assert.deepEqual(v, []);
  });

  await run.step('seed popup: a click on a quote highlights it in the page', async () => {
    assert.ok(await driver.evaluate(popup, click, '#quotes li:nth-child(2) button'));
    const marked = await waitFor(
      driver,
      page,
      () => document.querySelector('[data-clearline-highlight]')?.textContent ?? null,
      undefined,
      4000,
      'highlight',
    );
    assert.ok(marked.includes('أيد الجميع'));
    await shot(driver, page, 'seed-highlight');
  });

  await run.step('seed popup: Restore brings everything back; Clean again hides it again', async () => {
    assert.ok(await driver.evaluate(popup, click, '#restore'));
    await waitFor(driver, popup, () => !!document.getElementById('clean-again'), undefined, 4000, 'clean-again button');
    const restored = await driver.evaluate(page, pageState, HIDDEN);
    assert.equal(restored.marks, 0);
    assert.equal(restored.shareHidden, false);
    assert.equal(restored.commentsHidden, false);
    assert.equal(restored.body, seedBody);
    assert.equal(await driver.extEval(badgeOf, tabId), '');
    await driver.evaluate(page, () => window.scrollTo(0, 0));
    await shot(driver, page, 'seed-before'); // restore is exact: this is the page as served
    assert.ok(await driver.evaluate(popup, click, '#clean-again'));
    await waitFor(driver, popup, () => !!document.getElementById('restore'), undefined, 4000, 'restore button');
    const again = await driver.evaluate(page, pageState, HIDDEN);
    assert.equal(again.shareHidden, true);
    assert.equal(again.commentsHidden, true);
  });
  await driver.closePage(popup);

  await run.step('late comment iframe hidden within 1 s of insertion', async () => {
    const late = await driver.newPage({ width: 1000, height: 900 });
    await driver.goto(late, `${origin}/e2e-late-comments.html`);
    const r = await waitFor(
      driver,
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
    const visible = await driver.evaluate(late, () => ({
      frame: getComputedStyle(document.getElementById('disqus_thread')).display,
      paras: [...document.querySelectorAll('#story-body p')].filter((p) => p.getClientRects().length).length,
      share: getComputedStyle(document.getElementById('share-tools')).display,
    }));
    assert.equal(visible.frame, 'none');
    assert.equal(visible.paras, 5);
    assert.equal(visible.share, 'none');
    await shot(driver, late, 'late-comments-after');
    await driver.closePage(late);
  });

  await run.step('English wire story: cleaned; popup in English, light', async () => {
    const wire = await driver.newPage({ width: 1000, height: 1200 });
    const url = `${origin}/wire-en.html`;
    await driver.goto(wire, url);
    await waitFor(driver, wire, (a) => document.querySelectorAll(`[${a}]`).length > 0, HIDDEN, 8000, 'hidden marks');
    await shot(driver, wire, 'wire-en-after');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    run.log(
      'wire popup',
      JSON.stringify({
        state: v.state,
        quotes: v.quotes.length,
        place: v.place,
        agency: v.agency,
        date: v.dateText,
        removed: v.removed,
      }),
    );
    assert.equal(v.state, 'news');
    assert.equal(v.dir, 'ltr');
    assert.ok(v.quotes.length > 0, 'quotes listed');
    assert.ok(v.datetime, 'a date');
    await shot(driver, p, 'popup-wire-en-light');
    await driver.closePage(p);
    await driver.closePage(wire);
  });

  await run.step('section front: not news, explained; Clean anyway works', async () => {
    const front = await driver.newPage({ width: 1000, height: 900 });
    const url = `${origin}/section-front-en.html`;
    await driver.goto(front, url);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal((await driver.evaluate(front, pageState, HIDDEN)).marks, 0, 'nothing hidden');
    const id = await driver.extEval(findTabIdIn, url);
    assert.equal(typeof id, 'number');
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    run.log('front popup', JSON.stringify({ state: v.state, signals: v.signals }));
    assert.equal(v.state, 'not-news');
    assert.ok(v.signals.length > 0, 'signals shown');
    await shot(driver, p, 'popup-not-news');
    assert.ok(await driver.evaluate(p, click, '#clean-anyway'));
    await waitFor(
      driver,
      p,
      () => document.getElementById('main')?.dataset.state === 'cleaned-on-request',
      undefined,
      4000,
      'cleaned on request',
    );
    await driver.closePage(p);
    await driver.closePage(front);
  });

  await run.step('restricted page: friendly explanation', async () => {
    // A browser page (chrome://version, about:blank): no content script runs there.
    const before = await driver.extEval(allTabIds);
    const browserPage = await driver.newPage({ width: 800, height: 600 });
    await driver.gotoRestricted(browserPage);
    const id = (await driver.extEval(allTabIds)).find((t) => !before.includes(t));
    assert.equal(typeof id, 'number', 'tab id of the browser page');
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    assert.equal(v.state, 'restricted');
    assert.ok(v.restricted);
    await shot(driver, p, 'popup-restricted');
    await driver.closePage(p);
    await driver.closePage(browserPage);
    // Opened without ?tabId, the popup asks the active tab: its own extension tab.
    const own = await openPopup(driver, null);
    assert.equal((await driver.evaluate(own, popupView)).state, 'restricted');
    await driver.closePage(own);
  });

  await run.step('page still loading: the popup waits, then shows the article', async () => {
    const before = await driver.extEval(allTabIds);
    const slow = await driver.newPage({ width: 1000, height: 900 });
    const loaded = driver.goto(slow, `${origin}/slow-seed.html`).catch(() => {});
    let id;
    for (let i = 0; i < 30 && id === undefined; i++) {
      id = (await driver.extEval(allTabIds)).find((t) => !before.includes(t));
      if (id === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(typeof id, 'number', 'tab id of the loading page');
    const p = await driver.newPage({ width: 380, height: 640 });
    await driver.gotoExt(p, `src/popup/popup.html?tabId=${id}`);
    const seen = new Set();
    const end = Date.now() + 12000;
    while (Date.now() < end) {
      const s = await driver
        .evaluate(p, () => document.getElementById('main')?.dataset.state ?? null)
        .catch(() => null);
      if (s) seen.add(s);
      if (s === 'news' || s === 'restricted') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    run.log('states seen while loading', [...seen].join(' → '));
    assert.ok(seen.has('waiting'), 'showed the waiting state');
    assert.ok(seen.has('news'), 'then the article');
    await loaded;
    await driver.closePage(p);
    await driver.closePage(slow);
  });

  await run.step('options page renders its controls', async () => {
    const o = await driver.newPage({ width: 800, height: 700 });
    await driver.gotoExt(o, 'src/options/options.html');
    const r = await waitFor(
      driver,
      o,
      () => {
        const n = document.querySelectorAll('#kinds input[type=checkbox]').length;
        return n ? { n, auto: document.getElementById('auto-clean').checked } : null;
      },
      undefined,
      6000,
      'options',
    );
    assert.deepEqual(r, { n: 4, auto: true });
    await shot(driver, o, 'options');
    await driver.closePage(o);
  });
}

/** Arabic UI in dark mode: the seed's popup (a second browser launch). */
export async function arabicScenario(driver, origin, run) {
  await run.step('Arabic UI, dark: seed popup mirrors and speaks Arabic', async () => {
    const page = await driver.newPage({ width: 1000, height: 900 });
    const url = `${origin}/seed-ar.html`;
    await driver.goto(page, url);
    await waitFor(driver, page, (a) => document.querySelectorAll(`[${a}]`).length > 0, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    const dark = await driver.evaluate(p, () => matchMedia('(prefers-color-scheme: dark)').matches);
    run.log(
      'arabic popup',
      JSON.stringify({ dir: v.dir, lang: v.lang, dark, count: v.count, removed: v.removed, date: v.dateText }),
    );
    await shot(driver, p, 'popup-seed-ar-dark');
    const axe = await axeViolations(driver, p);
    if (axe.length) run.log('axe', axe.join('\n      '));
    assert.deepEqual(axe, [], 'axe-core (dark, RTL)');
    assert.equal(v.dir, 'rtl');
    assert.match(v.lang, /^ar/);
    assert.equal(v.quotes.length, 4);
    assert.ok(dark, 'dark colour scheme');
    await driver.closePage(p);
  });
}
