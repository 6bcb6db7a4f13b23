// The per-site stylesheet in the page: one <style> that hides the widgets
// Clearline hid on the site's earlier articles, put in at document start
// (before the first paint) and taken out when the page turns out not to be
// news, on restore, or when the page refutes one of its selectors. Its
// selectors are checked against a strict grammar (shared/site-styles.ts)
// before they are written.

import type { ClutterKind } from '../core/types.ts';
import { siteStyleCss, type SiteStyle } from '../shared/site-styles.ts';

/** Marks the per-site stylesheet. */
export const SITE_STYLE_ATTR = 'data-clearline-site';

/** Puts in (or replaces) the site's stylesheet; false when it has no rule for these kinds. */
export function applySiteStyle(doc: Document, style: SiteStyle, kinds: readonly ClutterKind[]): boolean {
  const css = siteStyleCss(style, kinds);
  removeSiteStyle(doc);
  if (!css) return false;
  const el = doc.createElement('style');
  el.setAttribute(SITE_STYLE_ATTR, '');
  el.textContent = css;
  // At document start there may be no <head> yet: <html> takes it, and the parser puts <head> after it.
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return false;
  parent.appendChild(el);
  return true;
}

export function removeSiteStyle(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`style[${SITE_STYLE_ATTR}]`))) el.remove();
}
