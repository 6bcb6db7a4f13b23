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
    visible: q.filter((li) => !li.hidden).length,
    speakers: [...document.querySelectorAll('#speaker-filter option')].map((o) => o.value),
    printed: document.querySelector('#published details .printed')?.textContent ?? null,
    kinds: [...document.querySelectorAll('#extra-kinds input')].map((i) => `${i.id}=${i.checked}`),
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    height: Math.ceil(document.body.getBoundingClientRect().height),
  };
}

function click(sel) {
  const el = document.querySelector(sel);
  if (!el) return false;
  el.click();
  return true;
}

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on one popup/options state: prints one summary line, logs every
 * violation, and fails on serious or critical ones.
 */
export async function axeCheck(driver, page, run, state) {
  await driver.evaluate(page, AXE);
  const violations = await driver.evaluate(page, async () => {
    const r = await globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      target: v.nodes[0]?.target.join(' '),
    }));
  });
  const by = (impact) => violations.filter((v) => v.impact === impact).length;
  run.log(
    `axe ${driver.name} ${state}: ${violations.length} violations (critical ${by('critical')}, serious ${by('serious')}, moderate ${by('moderate')}, minor ${by('minor')})`,
  );
  for (const v of violations) run.log(`  axe ${v.id} (${v.impact}): ${v.nodes} × ${v.target}`);
  assert.equal(by('critical') + by('serious'), 0, `axe: serious/critical violations in ${state}`);
  return violations;
}

/** Replaces the clipboard and download link of a popup page with recorders (no user gesture in tests). */
function recordOutputs() {
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (t) => void window.__copied.push(t) },
  });
  window.__downloads = [];
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) window.__downloads.push({ name: this.download, href: this.href });
  };
  return true;
}

async function downloadedText(i) {
  const d = window.__downloads[i];
  return d ? { name: d.name, text: await (await fetch(d.href)).text() } : null;
}

const shot = (driver, page, file) => driver.screenshot(page, path.join(ARTIFACTS, `${driver.name}-${file}.png`));

// 900 px tall: full-page screenshots show all of it (a real popup is at most 600 px, and scrolls).
async function openPopup(driver, tabId, size = { width: 460, height: 900 }) {
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
    const hidden = Object.values(state.hiddenByKind).reduce((a, n) => a + n, 0);
    run.log('timings', JSON.stringify(state.timings), 'hidden', hidden, JSON.stringify(state.hiddenByKind));
    assert.ok(hidden >= 2);
    assert.equal(typeof state.timings.loadPathMs, 'number');
    assert.equal(await driver.extEval(badgeOf, tabId), String(hidden));
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

  await run.step('seed popup: axe-core, article state (English UI, Arabic article)', async () => {
    await axeCheck(driver, popup, run, 'article-seed-en-light');
  });

  await run.step('seed popup: speaker filter, copy with source, export Markdown and JSON', async () => {
    const v0 = await driver.evaluate(popup, popupView);
    assert.equal(v0.speakers.length, 3, 'all + two speakers');
    const kremlin = v0.speakers.find((s) => s.includes('الكرملين'));
    assert.ok(kremlin, 'Kremlin in the filter');
    await driver.evaluate(
      popup,
      (value) => {
        const sel = document.getElementById('speaker-filter');
        sel.value = value;
        sel.dispatchEvent(new Event('change'));
      },
      kremlin,
    );
    const v1 = await driver.evaluate(popup, popupView);
    assert.equal(v1.visible, 1, 'one Kremlin quote');
    run.log('filtered count', v1.count);
    await driver.evaluate(popup, () => {
      const sel = document.getElementById('speaker-filter');
      sel.value = '*';
      sel.dispatchEvent(new Event('change'));
    });
    assert.equal((await driver.evaluate(popup, popupView)).visible, 4);
    assert.ok(await driver.evaluate(popup, recordOutputs));
    assert.ok(await driver.evaluate(popup, click, '#quotes li:nth-child(2) .copy'));
    const copied = await waitFor(driver, popup, () => window.__copied[0], undefined, 3000, 'copied text');
    run.log('copied', copied);
    assert.match(
      copied,
      // The speaker's role, as the article prints it, follows the name.
      /^“أيد الجميع[^”]*” — فلاديمير بوتين, الرئيس الروسي, 127\.0\.0\.1\/سبوتنيك, October 28, 2021, .*GMT, http:\/\/127\.0\.0\.1:\d+\/seed-ar\.html$/,
    );
    assert.match(await driver.evaluate(popup, () => document.getElementById('quote-status').textContent), /copied/);
    assert.ok(await driver.evaluate(popup, click, '#export-md'));
    assert.ok(await driver.evaluate(popup, click, '#export-json'));
    const md = await driver.evaluate(popup, downloadedText, 0);
    const json = await driver.evaluate(popup, downloadedText, 1);
    run.log('exports', md.name, `${md.text.length} chars`, json.name, `${json.text.length} chars`);
    assert.equal(md.name, 'clearline-quotes-127.0.0.1-2021-10-28.md');
    assert.equal((md.text.match(/^> — /gm) ?? []).length, 4, 'four quotes in Markdown');
    const data = JSON.parse(json.text);
    assert.equal(data.quotes.length, 4);
    assert.equal(data.quotes.filter((q) => q.speaker?.includes('بوتين')).length, 3);
    assert.equal(data.agency, 'سبوتنيك');
    assert.ok(v0.printed, 'the date as printed is available');
  });

  await run.step('seed popup: every control is reachable with Tab, with a visible focus ring', async () => {
    await driver.evaluate(popup, () => document.activeElement?.blur());
    const seen = [];
    for (let i = 0; i < 40 && seen.at(-1) !== 'site-toggle'; i++) {
      await popup.keyboard.press('Tab');
      seen.push(
        await driver.evaluate(popup, () => {
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
    await driver.evaluate(popup, () => document.querySelector('#quotes li:nth-child(3) .locate').focus());
    await popup.keyboard.press('Enter');
    await waitFor(
      driver,
      page,
      () => !!document.querySelector('[data-clearline-highlight]'),
      undefined,
      4000,
      'highlight by keyboard',
    );
    await driver.evaluate(popup, () => document.activeElement?.blur());
  });

  await run.step('seed popup: 200% zoom stays readable (no sideways scrolling)', async () => {
    // A zoomed toolbar popup grows to 2 × 380 px (both browsers allow 800 px).
    const z = await driver.newPage({ width: 760, height: 1400 });
    await driver.gotoExt(z, `src/popup/popup.html?tabId=${tabId}`);
    await waitFor(driver, z, () => document.getElementById('main')?.dataset.state === 'news', undefined, 8000, 'news');
    await driver.evaluate(z, () => void (document.documentElement.style.zoom = '2'));
    const v = await driver.evaluate(z, popupView);
    run.log('zoom 200%: sideways overflow', v.overflowX, 'px');
    assert.ok(v.overflowX <= 1, 'no horizontal scrolling at 200%');
    await shot(driver, z, 'popup-article-ar-en-zoom200');
    await driver.closePage(z);
  });

  await run.step('seed popup: a click on a quote highlights it in the page', async () => {
    assert.ok(await driver.evaluate(popup, click, '#quotes li:nth-child(2) .locate'));
    const marked = await waitFor(
      driver,
      page,
      () => document.querySelector('[data-clearline-highlight]')?.textContent ?? null,
      undefined,
      4000,
      'highlight',
    );
    assert.ok(marked.includes('أيد الجميع'));
    const where = await waitFor(
      driver,
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
      driver,
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
        height: v.height,
      }),
    );
    assert.equal(v.state, 'news');
    assert.equal(v.dir, 'ltr');
    assert.ok(v.quotes.length > 0, 'quotes listed');
    assert.ok(v.datetime, 'a date');
    await shot(driver, p, 'popup-article-en-light');
    await axeCheck(driver, p, run, 'article-en-light');
    // Opt-in kinds: the newsletter box goes at once, and the choice is the global setting.
    const nl = () => getComputedStyle(document.getElementById('newsletter-inline')).display === 'none';
    assert.equal(await driver.evaluate(wire, nl), false, 'newsletter shown by default');
    assert.ok(await driver.evaluate(p, click, '#kind-newsletter'));
    await waitFor(driver, wire, nl, undefined, 4000, 'newsletter hidden');
    const stored = await driver.extEval(async () =>
      (globalThis.browser ?? globalThis.chrome).storage.sync.get('kinds'),
    );
    assert.deepEqual(stored.kinds, ['share', 'comments', 'newsletter']);
    await waitFor(
      driver,
      p,
      () => /newsletter box/.test(document.getElementById('removed')?.textContent),
      undefined,
      3000,
      'summary with the newsletter box',
    );
    const after = await driver.evaluate(p, popupView);
    run.log('after opting in', after.removed, after.kinds.join(' '));
    assert.ok(after.kinds.includes('kind-newsletter=true'));
    await shot(driver, p, 'popup-article-en-light-newsletter');
    assert.ok(await driver.evaluate(p, click, '#kind-newsletter'));
    await waitFor(
      driver,
      wire,
      () => !getComputedStyle(document.getElementById('newsletter-inline')).display.includes('none'),
      undefined,
      4000,
      'newsletter back',
    );
    const back = await driver.extEval(async () => (globalThis.browser ?? globalThis.chrome).storage.sync.get('kinds'));
    assert.deepEqual(back.kinds, ['share', 'comments']);
    await driver.closePage(p);
    await driver.closePage(wire);
  });

  await run.step('hostile quotations: markup in a quote is shown as text, never run', async () => {
    const hp = await driver.newPage({ width: 1000, height: 900 });
    const url = `${origin}/e2e-hostile-quote.html`;
    await driver.goto(hp, url);
    await waitFor(driver, hp, (a) => document.querySelectorAll(`[${a}]`).length > 0, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    const texts = v.quotes.map((q) => q.text);
    run.log('hostile quotes', JSON.stringify(texts.slice(0, 2)));
    assert.ok(texts.includes(`Type <img src=x onerror="document.title='pwned'"> into any form and see what happens,`));
    assert.ok(texts.includes('A script tag like <script>alert(document.cookie)</script> is how these attacks begin.'));
    assert.ok(await driver.evaluate(p, recordOutputs));
    assert.ok(await driver.evaluate(p, click, '#quotes li:nth-child(1) .copy'));
    const copied = await waitFor(driver, p, () => window.__copied[0], undefined, 3000, 'copied text');
    assert.ok(copied.startsWith(`“Type <img src=x onerror="document.title='pwned'"> into`), copied);
    const dom = await driver.evaluate(p, () => ({
      imgs: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('main script').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .length,
      title: document.title,
      elements: document.querySelectorAll('#quotes .q-text *').length,
    }));
    run.log('hostile popup DOM', JSON.stringify(dom));
    assert.deepEqual(dom, { imgs: 0, scripts: 0, handlers: 0, title: 'Clearline', elements: 0 });
    assert.notEqual(await driver.evaluate(hp, () => document.title), 'pwned');
    await shot(driver, p, 'popup-hostile-quote');
    await driver.closePage(p);
    await driver.closePage(hp);
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
    await axeCheck(driver, p, run, 'not-news');
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
    await axeCheck(driver, p, run, 'restricted');
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
    const loaded = driver.goto(slow, `${origin}/slow-seed.html?ms=7000`).catch(() => {});
    let id;
    for (let i = 0; i < 30 && id === undefined; i++) {
      id = (await driver.extEval(allTabIds)).find((t) => !before.includes(t));
      if (id === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(typeof id, 'number', 'tab id of the loading page');
    const p = await driver.newPage({ width: 380, height: 640 });
    await driver.gotoExt(p, `src/popup/popup.html?tabId=${id}`);
    const seen = new Set();
    const end = Date.now() + 16000;
    while (Date.now() < end) {
      const s = await driver
        .evaluate(p, () => document.getElementById('main')?.dataset.state ?? null)
        .catch(() => null);
      if (s === 'waiting' && !seen.has('waiting')) {
        await shot(driver, p, 'popup-loading');
        await axeCheck(driver, p, run, 'loading');
      }
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
        // aria-busy goes when the stored settings are drawn.
        const n = document.querySelectorAll('#kinds input[type=checkbox]').length;
        return n && !document.body.hasAttribute('aria-busy')
          ? { n, auto: document.getElementById('auto-clean').checked }
          : null;
      },
      undefined,
      6000,
      'options',
    );
    assert.deepEqual(r, { n: 4, auto: true });
    const shortcut = await driver.evaluate(o, () => ({
      line: document.getElementById('shortcut').textContent,
      how: document.getElementById('shortcut-how').textContent,
    }));
    run.log('shortcut', JSON.stringify(shortcut));
    assert.match(shortcut.line, /Alt\+Shift\+L/);
    assert.match(shortcut.how, driver.name === 'firefox' ? /about:addons/ : /chrome:\/\/extensions\/shortcuts/);
    await axeCheck(driver, o, run, 'options');
    await new Promise((r) => setTimeout(r, 300)); // the switches' 0.15 s transition
    await shot(driver, o, 'options');
    // Export, then import a file with one more site rule.
    assert.ok(await driver.evaluate(o, recordOutputs));
    assert.ok(await driver.evaluate(o, click, '#export-settings'));
    await waitFor(driver, o, () => window.__downloads.length > 0, undefined, 3000, 'export');
    const file = JSON.parse((await driver.evaluate(o, downloadedText, 0)).text);
    assert.equal(file.format, 'clearline-settings');
    file.sites['imported.example'] = false;
    await driver.evaluate(
      o,
      (text) => {
        const input = document.getElementById('import-file');
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'settings.json', { type: 'application/json' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change'));
      },
      JSON.stringify(file),
    );
    await waitFor(
      driver,
      o,
      () => [...document.querySelectorAll('#site-list .host')].some((h) => h.textContent === 'imported.example'),
      undefined,
      4000,
      'imported site rule listed',
    );
    run.log('import', await driver.evaluate(o, () => document.getElementById('import-status').textContent));
    await driver.evaluate(o, () =>
      (globalThis.browser ?? globalThis.chrome).storage.sync.remove('site:imported.example'),
    );
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
    await shot(driver, p, 'popup-article-ar-dark');
    await axeCheck(driver, p, run, 'article-ar-dark');
    assert.equal(v.dir, 'rtl');
    assert.match(v.lang, /^ar/);
    assert.equal(v.quotes.length, 4);
    assert.ok(dark, 'dark colour scheme');
    assert.equal(v.place, 'موسكو');
    await driver.closePage(p);
    await driver.closePage(page);
  });

  await run.step('Arabic UI, dark: an English article (mixed direction), options page', async () => {
    const page = await driver.newPage({ width: 1000, height: 900 });
    const url = `${origin}/wire-en.html`;
    await driver.goto(page, url);
    await waitFor(driver, page, (a) => document.querySelectorAll(`[${a}]`).length > 0, HIDDEN, 8000, 'hidden marks');
    const id = await driver.extEval(findTabIdIn, url);
    const p = await openPopup(driver, id);
    const v = await driver.evaluate(p, popupView);
    run.log('english article, arabic UI', JSON.stringify({ dir: v.dir, q: v.quotes[0]?.dir, removed: v.removed }));
    assert.equal(v.dir, 'rtl');
    assert.equal(v.quotes[0]?.dir, 'ltr');
    await shot(driver, p, 'popup-article-en-ar-dark');
    await axeCheck(driver, p, run, 'article-en-in-ar-dark');
    await driver.closePage(p);
    await driver.closePage(page);
    const o = await driver.newPage({ width: 800, height: 900 });
    await driver.gotoExt(o, 'src/options/options.html');
    await waitFor(driver, o, () => document.querySelectorAll('#kinds input').length === 4, undefined, 6000, 'options');
    await new Promise((r) => setTimeout(r, 300));
    await shot(driver, o, 'options-ar-dark');
    await axeCheck(driver, o, run, 'options-ar-dark');
    await driver.closePage(o);
  });
}
