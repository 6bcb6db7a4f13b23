// The popup opened as a page (src/popup/popup.html?tabId=N) in a tab of its
// own: what the page-mode scenarios check it through.

import type { Driver, Tab } from '../driver/driver.ts';
import { waitFor } from './wait.ts';

/**
 * Opens the popup for tab `tabId` (null: no ?tabId, so it asks for the active tab) and waits
 * until it shows a state. 900 px tall: full-page screenshots show all of it (a real popup is
 * at most 600 px, and scrolls).
 */
export async function openPopupPage(
  driver: Driver,
  tabId: number | null,
  size = { width: 460, height: 900 },
): Promise<Tab> {
  const popup = await driver.newTab(size);
  await popup.gotoExt(`src/popup/popup.html${tabId === null ? '' : `?tabId=${tabId}`}`);
  await waitFor(
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

/** What the popup page shows. */
export function popupView() {
  const main = document.getElementById('main');
  const q = [...document.querySelectorAll<HTMLLIElement>('#quotes li')];
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
    toggle: (document.getElementById('site-toggle') as HTMLInputElement | null)?.checked ?? null,
    visible: q.filter((li) => !li.hidden).length,
    speakers: [...document.querySelectorAll<HTMLOptionElement>('#speaker-filter option')].map((o) => o.value),
    printed: document.querySelector('#published details .printed')?.textContent ?? null,
    kinds: [...document.querySelectorAll<HTMLInputElement>('#extra-kinds input')].map((i) => `${i.id}=${i.checked}`),
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    height: Math.ceil(document.body.getBoundingClientRect().height),
  };
}
