// Options page: global switch, kinds, per-site rules. Reads and writes
// storage.sync directly; re-renders when storage changes elsewhere.

import browser from 'webextension-polyfill';
import type { ClutterKind } from '../core/types.ts';
import { applyUiDirection, localizeStatic, t } from '../shared/i18n.ts';
import { CLUTTER_KINDS } from '../shared/messages.ts';
import { parseSettings, siteItemKey, siteKey, type Settings } from '../shared/settings.ts';

const KIND_LABELS: Record<ClutterKind, string> = {
  share: 'kindShareLabel',
  comments: 'kindCommentsLabel',
  related: 'kindRelatedLabel',
  newsletter: 'kindNewsletterLabel',
};

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`options: #${id} missing`);
  return e as T;
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

  // The user may have changed the shortcut (or removed it): show the real one.
  const shortcutLine = byId(doc, 'shortcut');
  try {
    const cmd = (await browser.commands.getAll()).find((c) => c.name === 'toggle-clean');
    if (cmd?.shortcut) shortcutLine.textContent = t('optShortcut', cmd.shortcut);
    else shortcutLine.hidden = true;
  } catch {
    shortcutLine.hidden = true;
  }

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
    text.textContent = t(KIND_LABELS[kind]);
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
      remove.addEventListener('click', () => void browser.storage.sync.remove(siteItemKey(host)));
      li.append(name, mode, remove);
      list.append(li);
    }
  };

  const render = (s: Settings): void => {
    auto.checked = s.autoClean;
    for (const [k, input] of kindInputs) input.checked = s.kinds.includes(k);
    renderSites(s);
  };
  const reload = async (): Promise<void> =>
    render(parseSettings((await browser.storage.sync.get(null)) as Record<string, unknown>));

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

  browser.storage.onChanged.addListener((_changes: unknown, area: string) => {
    if (area === 'sync') void reload();
  });
  await reload();
}
