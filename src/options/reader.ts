// The options page's reading-view section: its shortcut, quotes highlighted by
// default, and the sites whose news articles open in the reading view as they
// load (with the ones that keep text settings of their own). Storage is read
// and written through shared/settings.ts, validated on both ways.

import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import {
  hasOwnType,
  parseReaderSettings,
  READER_KEY,
  readerSiteItemKey,
  siteKey,
  type ReaderSettings,
} from '../shared/settings.ts';

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`options: #${id} missing`);
  return e as T;
}

/** Wires the section; returns what redraws it from storage's items (the page calls it on every change). */
export async function startReaderOptions(
  doc: Document,
  save: (items: Record<string, unknown>) => Promise<void>,
): Promise<(items: Record<string, unknown>) => void> {
  let shortcut = '';
  try {
    shortcut = (await browser.commands.getAll()).find((c) => c.name === 'toggle-reader')?.shortcut ?? '';
  } catch {
    // no commands API: say there is none
  }
  byId(doc, 'reader-shortcut').textContent = shortcut ? t('optReaderShortcut', shortcut) : t('optReaderShortcutNone');

  let current: ReaderSettings = { reader: {}, readerSites: {} };
  const quotes = byId<HTMLInputElement>(doc, 'reader-quotes');
  quotes.addEventListener('change', () => void save({ [READER_KEY]: { ...current.reader, quotes: quotes.checked } }));

  const list = byId<HTMLUListElement>(doc, 'reader-site-list');
  const render = (items: Record<string, unknown>): void => {
    current = parseReaderSettings(items);
    quotes.checked = current.reader.quotes ?? false;
    list.replaceChildren();
    const hosts = Object.keys(current.readerSites)
      .filter((h) => current.readerSites[h]?.always || hasOwnType(current.readerSites[h]))
      .sort();
    if (!hosts.length) {
      const empty = doc.createElement('li');
      empty.className = 'muted';
      empty.textContent = t('optReaderNoSites');
      list.append(empty);
      return;
    }
    for (const host of hosts) {
      const site = current.readerSites[host] ?? {};
      const li = doc.createElement('li');
      const name = doc.createElement('span');
      name.className = 'host';
      name.dir = 'ltr';
      name.textContent = host;
      const mode = doc.createElement('span');
      mode.className = 'muted small';
      mode.textContent = [site.always ? t('readerOpen') : null, hasOwnType(site) ? t('optReaderOwnType') : null]
        .filter(Boolean)
        .join(' · ');
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.className = 'icon-btn';
      remove.textContent = '✕';
      const label = site.always ? t('optReaderRemove', host) : t('optSiteRemove', host);
      remove.setAttribute('aria-label', label);
      remove.title = label;
      remove.addEventListener('click', () => void browser.storage.sync.remove(readerSiteItemKey(host)));
      li.append(name, mode, remove);
      list.append(li);
    }
  };

  const form = byId<HTMLFormElement>(doc, 'reader-site-form');
  const hostInput = byId<HTMLInputElement>(doc, 'reader-site-host');
  const error = byId(doc, 'reader-site-error');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const host = siteKey(hostInput.value);
    if (!host || !host.includes('.')) {
      error.textContent = t('optSiteInvalid');
      hostInput.setAttribute('aria-invalid', 'true');
      hostInput.focus();
      return;
    }
    error.textContent = '';
    hostInput.removeAttribute('aria-invalid');
    hostInput.value = '';
    void save({ [readerSiteItemKey(host)]: { ...current.readerSites[host], always: true } });
  });
  return render;
}
