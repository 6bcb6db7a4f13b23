// The options page's back-up: the settings exported as a JSON file (through
// <a download>) and imported from one (<input type=file>), validated by
// shared/settings.ts before anything is written.

import browser from 'webextension-polyfill';
import { downloadText } from '../shared/download.ts';
import { plural, t } from '../shared/i18n.ts';
import { parseReaderSettings, parseSettings, parseSettingsFile, settingsToFile } from '../shared/settings.ts';
import { byId, type Save } from './ui.ts';

/** A settings file is small: anything bigger is refused before it is parsed. */
const MAX_FILE_BYTES = 256 * 1024;

async function exportSettings(doc: Document): Promise<void> {
  const items = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const s = { ...parseSettings(items), ...parseReaderSettings(items) };
  const day = new Date().toISOString().slice(0, 10);
  downloadText(
    doc,
    `clearline-settings-${day}.json`,
    'application/json;charset=utf-8',
    `${JSON.stringify(settingsToFile(s), null, 2)}\n`,
  );
}

async function importSettings(file: Blob, status: HTMLElement, save: Save): Promise<void> {
  let parsed: ReturnType<typeof parseSettingsFile> = null;
  try {
    if (file.size <= MAX_FILE_BYTES) parsed = parseSettingsFile(JSON.parse(await file.text()));
  } catch {
    parsed = null;
  }
  status.classList.toggle('error', !parsed);
  if (!parsed) {
    status.textContent = t('optImportError');
    return;
  }
  await save(parsed.items);
  status.textContent = plural('optImportDone', parsed.sites);
}

export function startBackup(doc: Document, save: Save): void {
  const status = byId(doc, 'import-status');
  const fileInput = byId<HTMLInputElement>(doc, 'import-file');
  byId(doc, 'export-settings').addEventListener('click', () => void exportSettings(doc));
  byId(doc, 'import-settings').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importSettings(file, status, save);
  });
}
