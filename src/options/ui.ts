// What the options page's sections share: their elements by id, the saved
// notice, the site lists (a host, a note on it, and a ✕ that forgets it) and
// the forms that add a site. DOM APIs and textContent only.

import browser from 'webextension-polyfill';
import { el } from '../shared/dom.ts';
import { t } from '../shared/i18n.ts';
import { siteKey } from '../shared/settings.ts';

/** Writes storage.sync items (and says "Saved"). */
export type Save = (items: Record<string, unknown>) => Promise<void>;

export function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`options: #${id} missing`);
  return e as T;
}

/** The save every section uses: storage.sync, then "Saved" in the header for a moment. */
export function saver(doc: Document): Save {
  const saved = byId(doc, 'saved');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return async (items) => {
    await browser.storage.sync.set(items);
    saved.textContent = t('optSaved');
    clearTimeout(timer);
    timer = setTimeout(() => (saved.textContent = ''), 1500);
  };
}

/** The shortcut the user has for one of our commands ('' when none, or without a commands API). */
export async function commandShortcut(name: string): Promise<string> {
  try {
    return (await browser.commands.getAll()).find((c) => c.name === name)?.shortcut ?? '';
  } catch {
    return '';
  }
}

export interface SiteRow {
  host: string;
  /** What is kept for the site ("Always clean", "3 kept"). */
  note: string;
  noteClass?: string;
  /** The ✕ button's name for screen readers (and its tooltip). */
  removeLabel: string;
  onRemove(): void;
}

/** Fills a site list with its rows, or with one muted line when there are none. */
export function fillSiteList(list: HTMLUListElement, rows: readonly SiteRow[], emptyText: string): void {
  const doc = list.ownerDocument;
  list.replaceChildren();
  if (!rows.length) {
    list.append(el(doc, 'li', { class: 'muted', text: emptyText }));
    return;
  }
  for (const row of rows) {
    const remove = el(doc, 'button', {
      class: 'icon-btn',
      text: '✕',
      attrs: { type: 'button', 'aria-label': row.removeLabel, title: row.removeLabel },
    });
    remove.addEventListener('click', () => row.onRemove());
    list.append(
      el(doc, 'li', {}, [
        el(doc, 'span', { class: 'host', text: row.host, attrs: { dir: 'ltr' } }),
        el(doc, 'span', { class: row.noteClass ?? 'muted small', text: row.note }),
        remove,
      ]),
    );
  }
}

/**
 * An "add a site" form (`<form id=ID>` with an error line `#ID-error`): its
 * host field goes first, and a valid host is handed to `add`; anything else
 * is refused with a message.
 */
export function siteForm(doc: Document, id: string, add: (host: string) => void): void {
  const form = byId<HTMLFormElement>(doc, `${id}-form`);
  const error = byId(doc, `${id}-error`);
  const input = el(doc, 'input', {
    attrs: {
      id: `${id}-host`,
      type: 'text',
      dir: 'ltr',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-error`,
    },
  });
  form.prepend(el(doc, 'label', { class: 'field' }, [el(doc, 'span', { text: t('optSiteHost') }), input]));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const host = siteKey(input.value);
    if (!host || !host.includes('.')) {
      error.textContent = t('optSiteInvalid');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.value = '';
    add(host);
  });
}
