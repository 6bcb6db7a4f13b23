// What the real-popup scenarios share: opening the toolbar popup for a tab, and
// reading it. Probes take the popup's document as their first argument: in
// Firefox the popup is not a WebDriver target, and is read through the
// extension's own view of it (driver/firefox.ts).
import assert from 'node:assert/strict';
import type { Driver, PopupFn, PopupHandle, RealPopup, Tab } from '../driver/driver.ts';
import { artifact } from './artifacts.ts';
import { anyMarked, HIDDEN } from './page.ts';
import type { Runner } from './runner.ts';
import { sleep, waitFor } from './wait.ts';

/** The driver's real popup: the real-popup suite's sessions have one. */
export function realPopupOf(driver: Driver): RealPopup {
  if (!driver.realPopup) throw new Error(`this ${driver.name} session does not drive the real popup`);
  return driver.realPopup;
}

/** What the popup shows, read from its document. */
export function probe(doc: Document) {
  const win = doc.defaultView as Window;
  const main = doc.getElementById('main');
  const items = [...doc.querySelectorAll('#quotes li')];
  const dock = doc.querySelector('.dock');
  const rect = dock?.getBoundingClientRect();
  return {
    state: main?.dataset.state ?? null,
    dir: doc.documentElement.dir,
    lang: doc.documentElement.lang,
    title: doc.querySelector('.title')?.textContent ?? null,
    quotes: items.map((li) => ({
      text: li.querySelector('.q-text')?.textContent ?? '',
      speaker: li.querySelector('.q-speaker')?.textContent ?? '',
      role: li.querySelector('.q-role')?.textContent ?? null,
      dir: li.querySelector('.q-text')?.getAttribute('dir') ?? null,
      long: li.classList.contains('long'),
    })),
    count: doc.getElementById('quote-count')?.textContent ?? null,
    place: doc.querySelector('#dateline .place')?.textContent ?? null,
    agency: doc.querySelector('#dateline .agency')?.textContent ?? null,
    datetime: doc.querySelector('#published time')?.getAttribute('datetime') ?? null,
    removed: doc.getElementById('removed')?.textContent ?? null,
    restore: !!doc.getElementById('restore'),
    cleanAgain: !!doc.getElementById('clean-again'),
    width: win.innerWidth,
    height: win.innerHeight,
    scrollHeight: doc.documentElement.scrollHeight,
    overflowX: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
    dockBottom: rect ? Math.round(rect.bottom) : null,
    dockPosition: dock ? win.getComputedStyle(dock).position : null,
    dark: win.matchMedia('(prefers-color-scheme: dark)').matches,
    focused: doc.hasFocus(),
  };
}
export type PopupProbe = ReturnType<typeof probe>;

function popupState(doc: Document): string | null {
  const s = doc.getElementById('main')?.dataset.state;
  return s && s !== 'loading' && s !== 'waiting' ? s : null;
}

export function clickIn(doc: Document, sel: string): boolean {
  const el = doc.querySelector<HTMLElement>(sel);
  if (!el) return false;
  el.click();
  return true;
}

/** Polls `fn` on the popup's document until it returns a truthy value. */
export async function waitPopup<A, R>(
  driver: Driver,
  popup: PopupHandle,
  fn: PopupFn<A, R>,
  arg: A,
  timeoutMs: number,
  what: string,
): Promise<NonNullable<R>> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await realPopupOf(driver)
      .eval(popup, fn, arg)
      .catch(() => null);
    if (v) return v as NonNullable<R>;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} in the real popup`);
}

/** Opens the real popup for `tab` and waits until it shows a state, and its size has settled. */
export async function openRealPopup(driver: Driver, tab: Tab): Promise<PopupHandle> {
  const real = realPopupOf(driver);
  await real.close(null); // one left open by a failed step would block the next
  const popup = await real.open(tab);
  await waitPopup(driver, popup, popupState, undefined, 12000, 'the popup state');
  // The popup sizes itself to its content: let the browser settle the panel size.
  await sleep(400);
  return popup;
}

/** A screenshot of the real popup, once its transitions (0.15 s) have run. */
export async function popupShot(driver: Driver, popup: PopupHandle, name: string): Promise<void> {
  await sleep(300);
  await realPopupOf(driver).shot(popup, artifact(driver, name));
}

/** A tab with the article `name`, once its clutter is hidden. */
export async function loadArticle(driver: Driver, origin: string, name: string): Promise<Tab> {
  const page = await driver.newTab({ width: 1100, height: 900 });
  await page.goto(`${origin}/${name}`);
  await waitFor(page, anyMarked, HIDDEN, 8000, `clutter hidden on ${name}`);
  return page;
}

/** Light and dark screenshots of the real popup (it is put back to light). */
export async function lightAndDark(driver: Driver, popup: PopupHandle, run: Runner, base: string): Promise<void> {
  const real = realPopupOf(driver);
  await popupShot(driver, popup, `${base}-light`);
  await real.setDark(popup, true);
  const dark = await waitPopup(
    driver,
    popup,
    (d) => (d.defaultView as Window).matchMedia('(prefers-color-scheme: dark)').matches,
    undefined,
    4000,
    'dark mode',
  );
  assert.ok(dark);
  await sleep(200);
  await popupShot(driver, popup, `${base}-dark`);
  await real.setDark(popup, false);
  await waitPopup(
    driver,
    popup,
    (d) => !(d.defaultView as Window).matchMedia('(prefers-color-scheme: dark)').matches,
    undefined,
    4000,
    'light mode',
  );
  run.log(`screenshots ${driver.name}-${base}-light.png, -dark.png`);
}

/** The checks any layout of 20+ quotes must pass in the real popup. */
export function assertFills(v: PopupProbe, what: string): void {
  assert.equal(v.state, 'news', `${what}: news`);
  assert.ok(v.quotes.length >= 20, `${what}: 20+ quotes (got ${v.quotes.length})`);
  assert.ok(new Set(v.quotes.map((q) => q.speaker)).size >= 6, `${what}: several speakers`);
  // As tall as the browser allows (600 px in both), and the page itself scrolls.
  assert.ok(v.height >= 560 && v.height <= 600, `${what}: popup height ${v.height}`);
  assert.ok(v.scrollHeight > v.height + 200, `${what}: the quotes scroll with the page`);
  assert.ok(v.width >= 440 && v.width <= 800, `${what}: popup width ${v.width}`);
  assert.ok(v.overflowX <= 1, `${what}: no sideways scrolling`);
  // The footer (clean-up) stays at the bottom of the popup while the list scrolls.
  assert.equal(v.dockPosition, 'sticky', `${what}: sticky footer`);
  assert.ok(
    Math.abs((v.dockBottom ?? NaN) - v.height) <= 1,
    `${what}: footer at the bottom (${v.dockBottom} of ${v.height})`,
  );
}
