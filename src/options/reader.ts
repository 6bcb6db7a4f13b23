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
  type ReaderSettings,
  type ReaderSite,
} from '../shared/settings.ts';
import { byId, commandShortcut, fillSiteList, siteForm, type Save, type SiteRow } from './ui.ts';

/** A site in the list: it opens in the reading view, keeps its own type, or both. */
function readerSiteRow(host: string, site: ReaderSite): SiteRow {
  return {
    host,
    note: [site.always ? t('readerOpen') : null, hasOwnType(site) ? t('optReaderOwnType') : null]
      .filter(Boolean)
      .join(' · '),
    removeLabel: site.always ? t('optReaderRemove', host) : t('optSiteRemove', host),
    onRemove: () => void browser.storage.sync.remove(readerSiteItemKey(host)),
  };
}

/** Wires the section; returns what redraws it from storage's items (the page calls it on every change). */
export async function startReaderOptions(doc: Document, save: Save): Promise<(items: Record<string, unknown>) => void> {
  const shortcut = await commandShortcut('toggle-reader');
  byId(doc, 'reader-shortcut').textContent = shortcut ? t('optReaderShortcut', shortcut) : t('optReaderShortcutNone');

  let current: ReaderSettings = { reader: {}, readerSites: {} };
  const quotes = byId<HTMLInputElement>(doc, 'reader-quotes');
  quotes.addEventListener('change', () => void save({ [READER_KEY]: { ...current.reader, quotes: quotes.checked } }));
  siteForm(
    doc,
    'reader-site',
    (host) => void save({ [readerSiteItemKey(host)]: { ...current.readerSites[host], always: true } }),
  );

  const list = byId<HTMLUListElement>(doc, 'reader-site-list');
  return (items) => {
    current = parseReaderSettings(items);
    quotes.checked = current.reader.quotes ?? false;
    const rows = Object.entries(current.readerSites)
      .filter(([, site]) => site.always || hasOwnType(site))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([host, site]) => readerSiteRow(host, site));
    fillSiteList(list, rows, t('optReaderNoSites'));
  };
}
