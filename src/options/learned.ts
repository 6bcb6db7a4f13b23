// The options page's list of per-site stylesheets (storage.local): how many
// selectors each site keeps, and forgetting one site or all.

import browser from 'webextension-polyfill';
import { plural, t } from '../shared/i18n.ts';
import { keptCounts, STYLE_PREFIX, styleItemKey } from '../shared/site-styles.ts';
import { byId, fillSiteList } from './ui.ts';

/** Wires the section; returns what redraws it from storage.local. */
export function startLearned(doc: Document): () => Promise<void> {
  const list = byId<HTMLUListElement>(doc, 'learned-list');
  const forgetAll = byId<HTMLButtonElement>(doc, 'forget-all');
  forgetAll.addEventListener('click', () => {
    void (async () => {
      const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(STYLE_PREFIX));
      if (keys.length) await browser.storage.local.remove(keys);
    })();
  });
  return async () => {
    const kept = keptCounts((await browser.storage.local.get(null)) as Record<string, unknown>);
    forgetAll.disabled = kept.length === 0;
    fillSiteList(
      list,
      kept.map(({ host, count }) => ({
        host,
        note: plural('optLearnedCount', count),
        noteClass: 'muted small kept-count',
        removeLabel: t('optLearnedForget', host),
        onRemove: () => void browser.storage.local.remove(styleItemKey(host)),
      })),
      t('optLearnedNone'),
    );
  };
}
