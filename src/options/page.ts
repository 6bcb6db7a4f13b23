// Options page: global switch, kinds, per-site rules. Reads and writes
// storage.sync directly; re-renders when storage changes elsewhere.

import browser from 'webextension-polyfill';
import { CLUTTER_KINDS, KIND_MESSAGES } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import { applyUiDirection, localizeStatic, plural, t } from '../shared/i18n.ts';
import {
  parseReaderSettings,
  parseSettings,
  parseSettingsFile,
  settingsToFile,
  siteItemKey,
  siteKey,
  type Settings,
} from '../shared/settings.ts';
import { keptCounts, STYLE_PREFIX, styleItemKey } from '../shared/site-styles.ts';
import { downloadText } from '../popup/download.ts';
import { startReaderOptions } from './reader.ts';

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`options: #${id} missing`);
  return e as T;
}

/** Firefox (moz-extension:) or Chromium: where the shortcut is changed differs. */
function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

interface ShortcutApi {
  openShortcutSettings?: () => Promise<void>;
}

/** The real shortcut (the user may have changed or removed it) and how to change it. */
async function showShortcut(doc: Document): Promise<void> {
  const line = byId(doc, 'shortcut');
  const how = byId(doc, 'shortcut-how');
  const change = byId<HTMLButtonElement>(doc, 'shortcut-change');
  let shortcut = '';
  try {
    shortcut = (await browser.commands.getAll()).find((c) => c.name === 'toggle-clean')?.shortcut ?? '';
  } catch {
    // no commands API: say there is none
  }
  line.textContent = shortcut ? t('optShortcut', shortcut) : t('optShortcutNone');
  const firefox = isFirefox();
  how.textContent = t(firefox ? 'optShortcutHowFirefox' : 'optShortcutHowChrome');
  const commands = browser.commands as unknown as ShortcutApi;
  if (firefox && typeof commands.openShortcutSettings !== 'function') {
    change.hidden = true;
    return;
  }
  change.addEventListener('click', () => {
    // Firefox 137+: its own API. Chromium: extension pages may open chrome://extensions.
    const opened =
      firefox && commands.openShortcutSettings
        ? commands.openShortcutSettings()
        : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    void Promise.resolve(opened).catch(() => {});
  });
}

export async function startOptions(doc: Document = document): Promise<void> {
  applyUiDirection(doc);
  localizeStatic(doc);
  const saved = byId(doc, 'saved');
  let savedTimer: ReturnType<typeof setTimeout> | undefined;
  const save = async (items: Record<string, unknown>): Promise<void> => {
    await browser.storage.sync.set(items);
    saved.textContent = t('optSaved');
    clearTimeout(savedTimer);
    savedTimer = setTimeout(() => (saved.textContent = ''), 1500);
  };

  await showShortcut(doc);

  const auto = byId<HTMLInputElement>(doc, 'auto-clean');
  auto.addEventListener('change', () => void save({ autoClean: auto.checked }));

  const kindsBox = byId(doc, 'kinds');
  const kindInputs = new Map<ClutterKind, HTMLInputElement>();
  for (const kind of CLUTTER_KINDS) {
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.id = `kind-${kind}`;
    input.value = kind;
    const label = doc.createElement('label');
    label.className = 'check';
    label.htmlFor = input.id;
    const text = doc.createElement('span');
    text.textContent = t(KIND_MESSAGES[kind].label);
    label.append(input, text);
    kindsBox.append(label);
    kindInputs.set(kind, input);
    input.addEventListener('change', () => {
      const kinds = CLUTTER_KINDS.filter((k) => kindInputs.get(k)?.checked);
      void save({ kinds });
    });
  }

  const list = byId<HTMLUListElement>(doc, 'site-list');
  const renderSites = (s: Settings): void => {
    list.replaceChildren();
    const hosts = Object.keys(s.sites).sort();
    if (!hosts.length) {
      const empty = doc.createElement('li');
      empty.className = 'muted';
      empty.textContent = t('optNoSites');
      list.append(empty);
      return;
    }
    for (const host of hosts) {
      const li = doc.createElement('li');
      const name = doc.createElement('span');
      name.className = 'host';
      name.dir = 'ltr';
      name.textContent = host;
      const mode = doc.createElement('span');
      mode.className = 'muted small';
      mode.textContent = t(s.sites[host] ? 'optSiteOn' : 'optSiteOff');
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.className = 'icon-btn';
      remove.textContent = '✕';
      remove.setAttribute('aria-label', t('optSiteRemove', host));
      remove.title = t('optSiteRemove', host);
      // The site's learned stylesheet goes with its rule (the background also clears it on this change).
      remove.addEventListener('click', () => {
        void browser.storage.sync.remove(siteItemKey(host));
        void browser.storage.local.remove(styleItemKey(host));
      });
      li.append(name, mode, remove);
      list.append(li);
    }
  };

  const render = (s: Settings): void => {
    auto.checked = s.autoClean;
    for (const [k, input] of kindInputs) input.checked = s.kinds.includes(k);
    renderSites(s);
  };
  const renderReader = await startReaderOptions(doc, save);
  const reload = async (): Promise<void> => {
    const items = (await browser.storage.sync.get(null)) as Record<string, unknown>;
    render(parseSettings(items));
    renderReader(items);
  };

  const form = byId<HTMLFormElement>(doc, 'site-form');
  const hostInput = byId<HTMLInputElement>(doc, 'site-host');
  const modeSelect = byId<HTMLSelectElement>(doc, 'site-mode');
  const error = byId(doc, 'site-error');
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
    void save({ [siteItemKey(host)]: modeSelect.value === 'on' });
  });

  // Back up and restore: a JSON file, through <a download> and <input type=file>.
  const importStatus = byId(doc, 'import-status');
  const fileInput = byId<HTMLInputElement>(doc, 'import-file');
  byId(doc, 'export-settings').addEventListener('click', () => {
    void (async () => {
      const items = (await browser.storage.sync.get(null)) as Record<string, unknown>;
      const s = { ...parseSettings(items), ...parseReaderSettings(items) };
      const day = new Date().toISOString().slice(0, 10);
      downloadText(
        doc,
        `clearline-settings-${day}.json`,
        'application/json;charset=utf-8',
        `${JSON.stringify(settingsToFile(s), null, 2)}\n`,
      );
    })();
  });
  byId(doc, 'import-settings').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void importFile(file);
  });
  const importFile = async (file: Blob): Promise<void> => {
    let parsed: ReturnType<typeof parseSettingsFile> = null;
    try {
      // A settings file is small: refuse anything big before parsing it.
      if (file.size <= 256 * 1024) parsed = parseSettingsFile(JSON.parse(await file.text()));
    } catch {
      parsed = null;
    }
    importStatus.classList.toggle('error', !parsed);
    if (!parsed) {
      importStatus.textContent = t('optImportError');
      return;
    }
    await save(parsed.items);
    importStatus.textContent = plural('optImportDone', parsed.sites);
  };

  // The per-site stylesheets (storage.local): how many selectors each site keeps, and forgetting them.
  const learnedList = byId<HTMLUListElement>(doc, 'learned-list');
  const forgetAll = byId<HTMLButtonElement>(doc, 'forget-all');
  const renderLearned = (items: Record<string, unknown>): void => {
    learnedList.replaceChildren();
    const kept = keptCounts(items);
    forgetAll.disabled = kept.length === 0;
    if (!kept.length) {
      const empty = doc.createElement('li');
      empty.className = 'muted';
      empty.textContent = t('optLearnedNone');
      learnedList.append(empty);
      return;
    }
    for (const { host, count } of kept) {
      const li = doc.createElement('li');
      const name = doc.createElement('span');
      name.className = 'host';
      name.dir = 'ltr';
      name.textContent = host;
      const n = doc.createElement('span');
      n.className = 'muted small kept-count';
      n.textContent = plural('optLearnedCount', count);
      const forget = doc.createElement('button');
      forget.type = 'button';
      forget.className = 'icon-btn';
      forget.textContent = '✕';
      forget.setAttribute('aria-label', t('optLearnedForget', host));
      forget.title = t('optLearnedForget', host);
      forget.addEventListener('click', () => void browser.storage.local.remove(styleItemKey(host)));
      li.append(name, n, forget);
      learnedList.append(li);
    }
  };
  const reloadLearned = async (): Promise<void> =>
    renderLearned((await browser.storage.local.get(null)) as Record<string, unknown>);
  forgetAll.addEventListener('click', () => {
    void (async () => {
      const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(STYLE_PREFIX));
      if (keys.length) await browser.storage.local.remove(keys);
    })();
  });

  browser.storage.onChanged.addListener((_changes: unknown, area: string) => {
    if (area === 'sync') void reload();
    if (area === 'local') void reloadLearned();
  });
  await reload();
  await reloadLearned();
}
