// Options page: the general section (auto-clean, shortcut, kinds), per-site
// rules, the learned per-site stylesheets, the reading view and the back-up,
// one module each. Reads and writes storage directly; redraws when storage
// changes elsewhere.

import browser from 'webextension-polyfill';
import { applyUiDirection, localizeStatic } from '../shared/i18n.ts';
import { parseSettings } from '../shared/settings.ts';
import { startBackup } from './backup.ts';
import { startGeneral } from './general.ts';
import { startLearned } from './learned.ts';
import { startReaderOptions } from './reader.ts';
import { startSites } from './sites.ts';
import { saver } from './ui.ts';

export async function startOptions(doc: Document = document): Promise<void> {
  applyUiDirection(doc);
  localizeStatic(doc);
  const save = saver(doc);
  const renderGeneral = await startGeneral(doc, save);
  const renderSites = startSites(doc, save);
  const renderReader = await startReaderOptions(doc, save);
  startBackup(doc, save);
  const reloadLearned = startLearned(doc);
  const reload = async (): Promise<void> => {
    const items = (await browser.storage.sync.get(null)) as Record<string, unknown>;
    const settings = parseSettings(items);
    renderGeneral(settings);
    renderSites(settings);
    renderReader(items);
  };
  browser.storage.onChanged.addListener((_changes: unknown, area: string) => {
    if (area === 'sync') void reload();
    if (area === 'local') void reloadLearned();
  });
  await reload();
  await reloadLearned();
  // The controls show the stored settings now (until then a switch could read as off).
  doc.body.removeAttribute('aria-busy');
}
