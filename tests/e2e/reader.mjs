// The reading view, end to end, written once against the driver that
// reader-chromium.mjs (playwright-core) and reader-firefox.mjs (puppeteer-core
// over WebDriver BiDi) implement:
//   newPage · goto · gotoExt · evaluate · screenshot(page, file, fullPage) · closePage · bringToFront
//   press(page, key) · pressShortcut(page): the command's keys typed into the page
//   commandPath(): the toggle-reader command as near to the browser's own dispatch as the browser allows
//   (commandPathNote says how)
//   extEval(fn, arg) · dark (the browser's colour scheme)
//
// What it checks: the popup's button and the keyboard command open the view;
// nav, sidebar, related, comments, ads, cookie bar are not visible and every
// article paragraph is; the type settings change the page and are remembered;
// the quotes can be highlighted and jump-to works in the view; a pop-up the page
// appends later stays hidden; the popup's button, Escape and the command give
// the page back exactly (the DOM serialization and the scroll position compared
// before and after); a site set to "always open in reading view" opens its
// articles as they load. Screenshots of an English and an Arabic article in the
// reading view, light and dark, go to artifacts/e2e/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, createRunner, waitFor } from './scenario.mjs';
import { startServer } from './server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const shot = (driver, page, file, fullPage = false) =>
  driver.screenshot(page, path.join(ARTIFACTS, `${driver.name}-${file}.png`), fullPage);

// In the extension: the id of the tab showing `url` (its content script answers get-state).
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
async function syncItems() {
  return (globalThis.browser ?? globalThis.chrome).storage.sync.get(null);
}
async function clearReaderItems() {
  const api = globalThis.browser ?? globalThis.chrome;
  const all = await api.storage.sync.get(null);
  const keys = Object.keys(all).filter((k) => k === 'reader' || k.startsWith('reader:'));
  if (keys.length) await api.storage.sync.remove(keys);
  return keys;
}

// In the page (main world: it reads the DOM only).
function snapshotPage() {
  return { html: document.documentElement.outerHTML, x: scrollX, y: scrollY };
}
function reading() {
  return document.documentElement.getAttribute('data-clearline-reading');
}
/** What the reader sees: visible elements by selector, the article's paragraphs, the type. */
function viewProbe(sel) {
  const shown = (el) => {
    if (!el) return null;
    const rects = el.getClientRects();
    if (!rects.length) return false;
    const r = el.getBoundingClientRect();
    return getComputedStyle(el).visibility === 'visible' && r.width > 0 && r.height > 0;
  };
  const paras = [...document.querySelectorAll(sel.paragraphs)];
  const p = document.querySelector(sel.body);
  const cs = p ? getComputedStyle(p) : null;
  // The date and dateline: an attribute that the stylesheet shows in ::before (Firefox reports content as attr(…)).
  const factsEl = paras.find((x) => !['none', 'normal', ''].includes(getComputedStyle(x, '::before').content));
  const before = factsEl?.getAttribute('data-clearline-read-facts') ?? null;
  return {
    hidden: Object.fromEntries(sel.hidden.map((s) => [s, shown(document.querySelector(s))])),
    paragraphs: paras.length,
    shownParagraphs: paras.filter(shown).length,
    text: document.body.innerText,
    dirs: paras.map((x) => x.getAttribute('dir')),
    directions: paras.map((x) => getComputedStyle(x).direction),
    fontSize: cs?.fontSize ?? null,
    lineHeight: cs?.lineHeight ?? null,
    fontFamily: cs?.fontFamily ?? null,
    width: p ? Math.round(p.getBoundingClientRect().width) : null,
    maxWidth: cs?.maxWidth ?? null,
    color: cs?.color ?? null,
    background: getComputedStyle(document.documentElement).backgroundColor,
    facts: before,
    headline: shown(document.querySelector('h1')),
  };
}
/** A control in the reading view's toolbar (an open shadow root). */
function barClick(id) {
  const el = document.querySelector('[data-clearline-read=bar]')?.shadowRoot?.getElementById(id);
  if (!el) return false;
  el.click();
  return true;
}
function barProbe() {
  const host = document.querySelector('[data-clearline-read=bar]');
  const root = host?.shadowRoot;
  if (!root) return null;
  const r = host.getBoundingClientRect();
  return {
    dir: host.getAttribute('dir'),
    left: Math.round(r.left),
    right: Math.round(innerWidth - r.right),
    panelOpen: !root.getElementById('panel')?.hidden,
    size: root.getElementById('size-value')?.textContent ?? null,
    width: root.getElementById('width-value')?.textContent ?? null,
    spacing: root.getElementById('spacing-value')?.textContent ?? null,
    pressed: [...root.querySelectorAll('[aria-pressed=true]')].map((b) => b.id),
    quotes: root.getElementById('quotes')?.checked ?? null,
    siteOnly: root.getElementById('site-only')?.checked ?? null,
    labels: [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent),
  };
}
function quoteMarks() {
  const h = globalThis.CSS?.highlights?.get('clearline-read-quote');
  return h ? [...h].map((r) => r.toString()) : [];
}

const EN = {
  file: 'read-en.html',
  body: '#story-body > p:nth-of-type(2)',
  paragraphs: '#story-body > p, #story-body li, .story-title, .story-standfirst',
  hidden: [
    '.site-header',
    '#sidebar',
    '#related',
    '#comments',
    '#cookie-bar',
    '#footer',
    '#ad-1',
    '#newsletter',
    '#share-top',
    '.kicker',
  ],
  absent: [
    'Most read',
    'Heatwave closes schools',
    'Related coverage',
    'Comments (2)',
    'We use cookies',
    'Advertisement',
    'Sign up',
    'Privacy',
  ],
};
const AR = {
  file: 'read-ar.html',
  body: '#news-text > p:nth-of-type(3)',
  paragraphs: '#news-text > p, .news-title',
  hidden: ['.topbar', '#ticker', '#sidebar', '#related', '#comments', '#footer', '#ad-1', '#share-top'],
  absent: ['الأكثر قراءة', 'أخبار ذات صلة', 'التعليقات', 'إعلان', 'عاجل', 'جميع الحقوق محفوظة'],
};

async function openPopupPage(driver, tabId) {
  const popup = await driver.newPage({ width: 460, height: 900 });
  await driver.gotoExt(popup, `src/popup/popup.html?tabId=${tabId}`);
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

/** The DOM serializations are equal; else the first difference, in context. */
function assertSameDom(after, before, what = 'DOM identical') {
  if (after === before) return;
  let i = 0;
  while (i < after.length && after[i] === before[i]) i++;
  assert.fail(
    `${what}: differs at ${i}:\n  before …${before.slice(Math.max(0, i - 80), i + 120)}…\n  after  …${after.slice(Math.max(0, i - 80), i + 120)}…`,
  );
}

/** Waits for the reading view to close, checks the page's DOM is exactly `before`'s, and returns the page after. */
async function closedExactly(driver, page, before, what) {
  await waitFor(
    driver,
    page,
    () => !document.documentElement.hasAttribute('data-clearline-reading'),
    undefined,
    4000,
    what,
  );
  const after = await driver.evaluate(page, snapshotPage);
  assertSameDom(after.html, before.html);
  return after;
}

function click(sel) {
  const el = document.querySelector(sel);
  if (!el) return false;
  el.click();
  return true;
}

/** Checks what the view shows of an article (`spec`: EN or AR). */
function assertView(v, spec, run, label) {
  run.log(
    `${label}: ${v.shownParagraphs}/${v.paragraphs} paragraphs shown; font ${v.fontSize} / ${v.lineHeight}, width ${v.width}px; bg ${v.background}; facts ${v.facts}`,
  );
  for (const [sel, shown] of Object.entries(v.hidden)) assert.equal(shown, false, `${sel} not visible in the view`);
  assert.equal(v.shownParagraphs, v.paragraphs, 'every article paragraph visible');
  for (const s of spec.absent) assert.ok(!v.text.includes(s), `"${s}" not in the visible text`);
  assert.ok(
    v.dirs.every((d) => d === 'auto'),
    'every paragraph dir=auto',
  );
}

/** The main scenario: English UI, light mode. */
export async function readerScenario(driver, origin, run) {
  await driver.extEval(clearReaderItems);
  const url = `${origin}/${EN.file}`;
  const page = await driver.newPage({ width: 1100, height: 850 });
  let tabId = null;
  let before = null;
  let popup = null;

  await run.step('English article: the popup\'s "Reading view" button opens the view', async () => {
    await driver.goto(page, url);
    // Auto-clean runs first: the page is as a reader has it, clutter hidden.
    await waitFor(driver, page, () => !!document.querySelector('[data-clearline-hidden]'), undefined, 8000, 'clean-up');
    before = await driver.evaluate(page, snapshotPage);
    tabId = await driver.extEval(findTabIdIn, url);
    assert.equal(typeof tabId, 'number');
    popup = await openPopupPage(driver, tabId);
    const pressed0 = await driver.evaluate(popup, () =>
      document.getElementById('reader-toggle')?.getAttribute('aria-pressed'),
    );
    assert.equal(pressed0, 'false', 'the button says the view is off');
    const t0 = Date.now();
    assert.ok(await driver.evaluate(popup, click, '#reader-toggle'));
    await waitFor(driver, page, reading, undefined, 8000, 'reading view');
    run.log(`reading view open ${Date.now() - t0} ms after the click (injection, extraction, styling)`);
    await waitFor(
      driver,
      popup,
      () => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === 'true',
      undefined,
      4000,
      'popup button pressed',
    );
    const v = await driver.evaluate(page, viewProbe, EN);
    assertView(v, EN, run, 'English, light');
    assert.equal(v.fontSize, '19px', 'Latin default size');
    assert.match(v.fontFamily, /^Charter/, 'serif stack');
    assert.equal(v.lineHeight, '30.4px', '1.6 line height');
    assert.ok(v.width <= 34 * 19 + 1, `measure ≤ 34em (${v.width}px)`);
    assert.equal(v.background, 'rgb(251, 251, 249)', 'light theme (the browser is light)');
    assert.match(
      v.facts ?? '',
      /May 21, 2024.*LISBON.*Reuters/su,
      'date and dateline above the body, as the popup states them',
    );
    assert.ok(v.headline, 'headline shown');
    const bar = await driver.evaluate(page, barProbe);
    run.log('toolbar', JSON.stringify({ dir: bar.dir, right: bar.right, labels: bar.labels }));
    assert.equal(bar.dir, 'ltr');
    assert.ok(bar.right < 40, 'toolbar at the inline end (right in an English UI)');
    await shot(driver, page, 'reader-en-light');
  });

  await run.step('type settings: size, width, spacing, face, theme change the page and are remembered', async () => {
    assert.ok(await driver.evaluate(page, barClick, 'type'));
    assert.equal((await driver.evaluate(page, barProbe)).panelOpen, true);
    assert.ok(await driver.evaluate(page, barClick, 'size-more'));
    assert.ok(await driver.evaluate(page, barClick, 'size-more'));
    assert.ok(await driver.evaluate(page, barClick, 'width-less'));
    assert.ok(await driver.evaluate(page, barClick, 'spacing-more'));
    assert.ok(await driver.evaluate(page, barClick, 'font-sans'));
    assert.ok(await driver.evaluate(page, barClick, 'theme-sepia'));
    const v = await driver.evaluate(page, viewProbe, EN);
    const b = await driver.evaluate(page, barProbe);
    run.log(
      'after changes',
      JSON.stringify({ font: v.fontSize, lh: v.lineHeight, max: v.maxWidth, bg: v.background, bar: b }),
    );
    assert.equal(v.fontSize, '23px', '19px × 120%');
    assert.match(v.fontFamily, /^system-ui/, 'sans stack');
    assert.equal(v.background, 'rgb(244, 236, 216)', 'sepia');
    assert.equal(v.maxWidth, `${32 * 23}px`, '32em measure');
    assert.ok(Math.abs(parseFloat(v.lineHeight) - 23 * 1.76) < 0.1, `line height 1.76 (${v.lineHeight})`);
    assert.deepEqual(b.pressed.sort(), ['font-sans', 'theme-sepia']);
    const stored = await driver.extEval(syncItems);
    assert.deepEqual(stored.reader, { size: 120, width: 32, lineHeight: 110, font: 'sans', theme: 'sepia' });
    await shot(driver, page, 'reader-en-sepia-panel');
    // Escape closes the panel first, and leaves the view on.
    await driver.press(page, 'Escape');
    assert.equal((await driver.evaluate(page, barProbe))?.panelOpen, false, 'panel closed');
    assert.ok(await driver.evaluate(page, reading), 'still reading');
    // "Only for this site": the type goes to the site's own entry; the global one is untouched.
    assert.ok(await driver.evaluate(page, barClick, 'type'));
    assert.ok(await driver.evaluate(page, barClick, 'site-only'));
    assert.ok(await driver.evaluate(page, barClick, 'theme-dark'));
    const own = await driver.extEval(syncItems);
    run.log('site entry', JSON.stringify(own['reader:127.0.0.1']));
    assert.equal(own['reader:127.0.0.1'].theme, 'dark');
    assert.equal(own.reader.theme, 'sepia', 'global unchanged');
    assert.ok(await driver.evaluate(page, barClick, 'site-only'));
    assert.equal((await driver.extEval(syncItems))['reader:127.0.0.1'], undefined, 'site entry gone');
    assert.ok(await driver.evaluate(page, barClick, 'reset'));
    await sleep(150);
    const reset = await driver.evaluate(page, viewProbe, EN);
    assert.equal(reset.fontSize, '19px', 'reset: default size');
    assert.equal(reset.background, 'rgb(251, 251, 249)', 'reset: auto theme, light');
    assert.deepEqual((await driver.extEval(syncItems)).reader, {});
    assert.ok(await driver.evaluate(page, barClick, 'type'));
  });

  await run.step('restore from the popup: the DOM and the scroll position exactly as before', async () => {
    assert.ok(await driver.evaluate(popup, click, '#reader-toggle'));
    const after = await closedExactly(driver, page, before, 'view closed');
    run.log(
      `restored: scroll ${after.x},${after.y} (before ${before.x},${before.y}), ${after.html.length} chars of DOM identical`,
    );
    assert.deepEqual([after.x, after.y], [before.x, before.y], 'scroll position back');
    await waitFor(
      driver,
      popup,
      () => document.getElementById('reader-toggle')?.getAttribute('aria-pressed') === 'false',
      undefined,
      4000,
      'popup button released',
    );
  });

  await run.step('Escape restores exactly (scroll position back)', async () => {
    // Half-way down the article: the view opens at the same paragraph, Escape comes back to 700.
    await driver.evaluate(page, () => window.scrollTo(0, 700));
    await sleep(100);
    before = await driver.evaluate(page, snapshotPage);
    assert.equal(before.y, 700, 'page scrolled to 700');
    assert.ok(await driver.evaluate(popup, click, '#reader-toggle'));
    await waitFor(driver, page, reading, undefined, 6000, 'reading view');
    const inView = await driver.evaluate(page, () => scrollY);
    await driver.bringToFront(page);
    await driver.press(page, 'Escape');
    const after = await closedExactly(driver, page, before, 'view closed');
    run.log(`Escape: in the view at ${inView}, back at ${after.y} (before ${before.y})`);
    assert.deepEqual([after.x, after.y], [before.x, before.y], 'scroll position back');
  });

  await run.step('the keyboard command opens and closes the view', async () => {
    await driver.bringToFront(page);
    await driver.pressShortcut(page);
    let real = true;
    try {
      await waitFor(driver, page, reading, undefined, 2500, 'reading view by the real shortcut');
    } catch {
      real = false;
    }
    run.log(
      real
        ? 'shortcut: Alt+Shift+R typed into the page opened the reading view (the browser ran the command)'
        : `shortcut: keys typed by the automation reach the page, not the browser's command dispatch; instead: ${driver.commandPathNote}`,
    );
    if (!real) {
      const r = await driver.commandPath();
      run.log('command path reply', JSON.stringify(r));
      await waitFor(driver, page, reading, undefined, 6000, 'reading view by the command path');
    }
    const v = await driver.evaluate(page, viewProbe, EN);
    assertView(v, EN, run, 'by command');
    if (real) await driver.pressShortcut(page);
    else await driver.commandPath();
    const after = await closedExactly(driver, page, before, 'view closed');
    assert.deepEqual([after.x, after.y], [before.x, before.y], 'scroll position back');
  });

  await run.step(
    'quotes: highlighted in the view on request, jump-to from the popup; late pop-ups stay hidden',
    async () => {
      assert.ok(await driver.evaluate(popup, click, '#reader-toggle'));
      await waitFor(driver, page, reading, undefined, 6000, 'reading view');
      assert.deepEqual(await driver.evaluate(page, quoteMarks), [], 'off by default');
      assert.ok(await driver.evaluate(page, barClick, 'type'));
      const canHighlight = (await driver.evaluate(page, barProbe)).quotes !== null;
      if (canHighlight) {
        assert.ok(await driver.evaluate(page, barClick, 'quotes'));
        const marks = await driver.evaluate(page, quoteMarks);
        run.log('quotes marked', JSON.stringify(marks.map((m) => m.slice(0, 40))));
        assert.equal(marks.length, 2, 'the two quotes the popup lists');
        assert.equal((await driver.extEval(syncItems)).reader.quotes, true, 'remembered');
        await driver.evaluate(page, () => window.scrollTo(0, 0));
        await shot(driver, page, 'reader-en-quotes');
        assert.ok(await driver.evaluate(page, barClick, 'quotes'));
        assert.deepEqual(await driver.evaluate(page, quoteMarks), [], 'off again');
      } else run.log('this browser has no CSS Custom Highlight API: no quote marks');
      assert.ok(await driver.evaluate(page, barClick, 'type'));
      // Jump-to from the popup: the quote's paragraph scrolled into view and marked, in the view.
      await driver.evaluate(page, () => window.scrollTo(0, 0));
      assert.ok(await driver.evaluate(popup, click, '#quotes li:nth-child(2) .locate'));
      const where = await waitFor(
        driver,
        page,
        () => {
          const el = document.querySelector('[data-clearline-highlight]');
          const r = el?.getBoundingClientRect();
          return r && r.top >= 0 && r.bottom <= innerHeight
            ? { top: Math.round(r.top), text: el.textContent.slice(0, 40) }
            : null;
        },
        undefined,
        5000,
        'quote in view',
      );
      run.log('jump-to in the view', JSON.stringify(where));
      assert.match(where.text, /We tested the charging arms/u);
      // A pop-up the page appends to <body> after the view opened stays hidden.
      const late = await driver.evaluate(page, async () => {
        const d = document.createElement('div');
        d.id = 'late-modal';
        d.textContent = 'Subscribe now!';
        d.style.cssText = 'position:fixed;inset:20% 20%;background:#c00;color:#fff;z-index:99999';
        document.body.append(d);
        await new Promise((r) => setTimeout(r, 50));
        const shown = d.getClientRects().length > 0;
        d.remove();
        return shown;
      });
      assert.equal(late, false, 'late pop-up hidden');
      // The toolbar's close button gives the page back; the reader scrolled, so the quote stays in view.
      // The jump-to highlight fades and removes itself (content/highlight.ts).
      await waitFor(
        driver,
        page,
        () =>
          !document.querySelector('[data-clearline-highlight]') &&
          !document.getElementById('clearline-highlight-style'),
        undefined,
        9000,
        'jump-to highlight gone',
      );
      assert.ok(await driver.evaluate(page, barClick, 'close'));
      await closedExactly(driver, page, before, 'view closed');
      const stillThere = await driver.evaluate(page, () => {
        const p = [...document.querySelectorAll('#story-body p')].find((x) => x.textContent.includes('We tested'));
        const r = p.getBoundingClientRect();
        return { top: Math.round(r.top), inView: r.bottom > 0 && r.top < innerHeight };
      });
      run.log(`closed after scrolling in the view: the same paragraph in view (${JSON.stringify(stillThere)})`);
      assert.ok(stillThere.inView, 'the reader keeps their place');
    },
  );
  await driver.closePage(popup);

  await run.step(
    'always open in reading view: set in the popup, applied as articles load, never to other pages',
    async () => {
      await driver.evaluate(page, () => window.scrollTo(0, 0));
      const p = await openPopupPage(driver, tabId);
      assert.ok(await driver.evaluate(p, click, '#reader-always'));
      await waitFor(driver, page, reading, undefined, 6000, 'opened at once');
      const stored = await driver.extEval(syncItems);
      assert.deepEqual(stored['reader:127.0.0.1'], { always: true });
      await driver.closePage(p);
      // A reload opens it again, by itself.
      await driver.goto(page, url);
      await waitFor(driver, page, reading, undefined, 8000, 'opened on load');
      const v = await driver.evaluate(page, viewProbe, EN);
      assertView(v, EN, run, 'opened on load');
      // Not a news article: left alone.
      const front = await driver.newPage({ width: 1000, height: 800 });
      await driver.goto(front, `${origin}/section-front-en.html`);
      await sleep(1500);
      assert.equal(await driver.evaluate(front, reading), null, 'a section front stays as it is');
      await driver.closePage(front);
      // The options page lists the site, and forgets it.
      const o = await driver.newPage({ width: 800, height: 900 });
      await driver.gotoExt(o, 'src/options/options.html');
      await waitFor(
        driver,
        o,
        () => [...document.querySelectorAll('#reader-site-list .host')].map((h) => h.textContent).join(',') || null,
        undefined,
        6000,
        'reader sites listed',
      );
      await shot(driver, o, 'options-reader', true);
      assert.ok(await driver.evaluate(o, click, '#reader-site-list button'));
      await waitFor(
        driver,
        o,
        () => !document.querySelector('#reader-site-list .host'),
        undefined,
        4000,
        'site forgotten',
      );
      assert.equal((await driver.extEval(syncItems))['reader:127.0.0.1'], undefined);
      await driver.closePage(o);
    },
  );

  await run.step(
    'Arabic article in the English UI, light: Naskh type, larger, each paragraph by its own direction',
    async () => {
      await driver.extEval(clearReaderItems);
      const ar = await driver.newPage({ width: 1100, height: 850 });
      const arUrl = `${origin}/${AR.file}`;
      await driver.goto(ar, arUrl);
      await waitFor(driver, ar, () => !!document.querySelector('[data-clearline-hidden]'), undefined, 8000, 'clean-up');
      const arBefore = await driver.evaluate(ar, snapshotPage);
      const id = await driver.extEval(findTabIdIn, arUrl);
      const p = await openPopupPage(driver, id);
      assert.ok(await driver.evaluate(p, click, '#reader-toggle'));
      await waitFor(driver, ar, reading, undefined, 8000, 'reading view');
      const v = await driver.evaluate(ar, viewProbe, AR);
      assertView(v, AR, run, 'Arabic, light');
      assert.equal(v.fontSize, '22px', 'Arabic default size');
      assert.match(v.fontFamily, /^"Noto Naskh Arabic"/u, 'Naskh stack');
      const english = v.directions[5];
      run.log('directions', v.directions.join(' '));
      assert.equal(english, 'ltr', 'the English paragraph lays out left to right');
      assert.equal(
        v.directions.filter((d) => d === 'rtl').length,
        v.directions.length - 1,
        'the Arabic ones right to left',
      );
      assert.match(v.facts ?? '', /June 3, 2024.*عمّان.*بترا/su, 'date and dateline');
      await shot(driver, ar, 'reader-ar-light');
      await driver.press(ar, 'Escape');
      await closedExactly(driver, ar, arBefore, 'closed');
      await driver.closePage(p);
      await driver.closePage(ar);
    },
  );
  await driver.closePage(page);
}

/** Arabic UI, dark mode: the view follows the browser's dark mode, its toolbar mirrors. */
export async function readerDarkScenario(driver, origin, run) {
  await driver.extEval(clearReaderItems);
  for (const spec of [AR, EN]) {
    const lang = spec === AR ? 'ar' : 'en';
    await run.step(
      `${lang === 'ar' ? 'Arabic' : 'English'} article, Arabic UI, dark: the view is dark, its toolbar on the left`,
      async () => {
        const page = await driver.newPage({ width: 1100, height: 850 });
        const url = `${origin}/${spec.file}`;
        await driver.goto(page, url);
        await waitFor(
          driver,
          page,
          () => !!document.querySelector('[data-clearline-hidden]'),
          undefined,
          8000,
          'clean-up',
        );
        const before = await driver.evaluate(page, snapshotPage);
        const id = await driver.extEval(findTabIdIn, url);
        const p = await openPopupPage(driver, id);
        assert.ok(await driver.evaluate(p, click, '#reader-toggle'));
        await waitFor(driver, page, reading, undefined, 8000, 'reading view');
        const v = await driver.evaluate(page, viewProbe, spec);
        assertView(v, spec, run, `${lang}, dark`);
        assert.equal(v.background, 'rgb(27, 28, 31)', 'dark theme, from the browser');
        assert.equal(await driver.evaluate(page, reading), 'dark');
        const bar = await driver.evaluate(page, barProbe);
        run.log('toolbar', JSON.stringify({ dir: bar.dir, left: bar.left, labels: bar.labels }));
        assert.equal(bar.dir, 'rtl');
        assert.ok(bar.left < 40, 'toolbar at the inline end (left in an Arabic UI)');
        await shot(driver, page, `reader-${lang}-dark`);
        assert.ok(await driver.evaluate(page, barClick, 'type'));
        await shot(driver, page, `reader-${lang}-dark-panel`);
        assert.ok(await driver.evaluate(p, click, '#reader-toggle'));
        await closedExactly(driver, page, before, 'closed');
        await driver.closePage(p);
        await driver.closePage(page);
      },
    );
  }
}

/**
 * One browser's reading-view suite: the light scenario in one session, the dark Arabic one in
 * another, against the test server; the exit code says whether every step passed.
 */
export async function runReaderSuite(name, launch) {
  const run = createRunner(name);
  const srv = await startServer();
  try {
    const light = await launch();
    try {
      await readerScenario(light, srv.origin, run);
    } finally {
      await light.close();
    }
    const dark = await launch({ lang: 'ar', dark: true });
    try {
      await readerDarkScenario(dark, srv.origin, run);
    } finally {
      await dark.close();
    }
  } catch (e) {
    await run.step('browser session', () => Promise.reject(e));
  } finally {
    await srv.close();
  }
  process.exitCode = run.summary() ? 1 : 0;
}
