// Every UI string goes through i18n.getMessage. Plurals use Intl.PluralRules:
// a key "removedShare" has variants "removedShare_one", "_two", "_few", … and
// "_other" (Arabic needs all six).

import browser from 'webextension-polyfill';

export function t(key: string, subs?: string | string[]): string {
  const s = browser.i18n.getMessage(key, subs);
  return s || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

export function plural(key: string, n: number): string {
  let rule: string;
  try {
    rule = new Intl.PluralRules(uiLanguage()).select(n);
  } catch {
    rule = n === 1 ? 'one' : 'other';
  }
  const num = formatNumber(n);
  return browser.i18n.getMessage(`${key}_${rule}`, num) || browser.i18n.getMessage(`${key}_other`, num) || key;
}

/** Fills data-i18n / data-i18n-label / data-i18n-title attributes of static markup. */
export function localizeStatic(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel ?? ''));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle ?? '');
}

/** Sets lang/dir of an extension page from the UI language. */
export function applyUiDirection(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDir();
}
