// The options page's per-site rules: the list (always or never clean) and the
// form that adds one. A site's learned stylesheet goes with its rule.

import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import { siteItemKey, type Settings } from '../shared/settings.ts';
import { styleItemKey } from '../shared/site-styles.ts';
import { byId, fillSiteList, siteForm, type Save } from './ui.ts';

/** Wires the section; returns what redraws its list from the settings. */
export function startSites(doc: Document, save: Save): (s: Settings) => void {
  const list = byId<HTMLUListElement>(doc, 'site-list');
  const mode = byId<HTMLSelectElement>(doc, 'site-mode');
  siteForm(doc, 'site', (host) => void save({ [siteItemKey(host)]: mode.value === 'on' }));
  return (s) =>
    fillSiteList(
      list,
      Object.keys(s.sites)
        .sort()
        .map((host) => ({
          host,
          note: t(s.sites[host] ? 'optSiteOn' : 'optSiteOff'),
          removeLabel: t('optSiteRemove', host),
          // The site's learned stylesheet goes with its rule (the background also clears it on this change).
          onRemove: () => {
            void browser.storage.sync.remove(siteItemKey(host));
            void browser.storage.local.remove(styleItemKey(host));
          },
        })),
      t('optNoSites'),
    );
}
