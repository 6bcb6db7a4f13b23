// The options page's general section: the global auto-clean switch, the
// keyboard shortcut (and how to change it), and the kinds to remove.

import browser from 'webextension-polyfill';
import { CLUTTER_KINDS, KIND_MESSAGES } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import { el } from '../shared/dom.ts';
import { t } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { byId, commandShortcut, type Save } from './ui.ts';

interface ShortcutApi {
  openShortcutSettings?: () => Promise<void>;
}

/** Firefox (moz-extension:) or Chromium: where the shortcut is changed differs. */
function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

/** The real shortcut (the user may have changed or removed it) and how to change it. */
async function showShortcut(doc: Document): Promise<void> {
  const shortcut = await commandShortcut('toggle-clean');
  byId(doc, 'shortcut').textContent = shortcut ? t('optShortcut', shortcut) : t('optShortcutNone');
  const firefox = isFirefox();
  byId(doc, 'shortcut-how').textContent = t(firefox ? 'optShortcutHowFirefox' : 'optShortcutHowChrome');
  const change = byId<HTMLButtonElement>(doc, 'shortcut-change');
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

/** One checkbox per kind, in the kinds' order; any change saves the kinds checked. */
function kindChecks(doc: Document, save: Save): Map<ClutterKind, HTMLInputElement> {
  const box = byId(doc, 'kinds');
  const inputs = new Map<ClutterKind, HTMLInputElement>();
  for (const kind of CLUTTER_KINDS) {
    const input = el(doc, 'input', { attrs: { type: 'checkbox', id: `kind-${kind}`, value: kind } });
    box.append(
      el(doc, 'label', { class: 'check', attrs: { for: input.id } }, [
        input,
        el(doc, 'span', { text: t(KIND_MESSAGES[kind].label) }),
      ]),
    );
    inputs.set(kind, input);
    input.addEventListener('change', () => void save({ kinds: CLUTTER_KINDS.filter((k) => inputs.get(k)?.checked) }));
  }
  return inputs;
}

/** Wires the section; returns what redraws it from the settings. */
export async function startGeneral(doc: Document, save: Save): Promise<(s: Settings) => void> {
  await showShortcut(doc);
  const auto = byId<HTMLInputElement>(doc, 'auto-clean');
  auto.addEventListener('change', () => void save({ autoClean: auto.checked }));
  const kinds = kindChecks(doc, save);
  return (s) => {
    auto.checked = s.autoClean;
    for (const [k, input] of kinds) input.checked = s.kinds.includes(k);
  };
}
