// The popup's footer (the dock): what was removed, with Restore / Clean again,
// the per-site switch, the opt-in kinds, "always open in the reading view",
// and the status line for copy and export. It stays at the bottom of the
// popup while the quotes scroll.

import { CLUTTER_KINDS, KIND_MESSAGES, OPT_IN_KINDS } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import { el, icon } from '../shared/dom.ts';
import { plural, t, uiLanguage } from '../shared/i18n.ts';
import { ICONS } from './icons.ts';
import type { PopupActions, PopupView } from './view.ts';

/** "Removed 2 share bars, 1 comment section": hidden widgets grouped by kind. */
export function removedSummary(counts: Partial<Record<ClutterKind, number>>): string | null {
  const parts = CLUTTER_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) =>
    plural(KIND_MESSAGES[k].count, counts[k] ?? 0),
  );
  if (!parts.length) return null;
  try {
    return new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}

/** What was removed (or that the page is restored), and the button that does the other. */
function cleanupRows(doc: Document, view: PopupView, actions: PopupActions): HTMLElement[] {
  const s = view.state;
  const list = s.cleaned ? removedSummary(s.hiddenByKind) : null;
  const summary = s.cleaned ? (list ? t('removedSummary', list) : t('removedNothing')) : t('removedRestored');
  const button = s.cleaned
    ? el(doc, 'button', { class: 'btn small', text: t('restore'), attrs: { type: 'button', id: 'restore' } })
    : el(doc, 'button', {
        class: 'btn small primary',
        text: t('cleanAgain'),
        attrs: { type: 'button', id: 'clean-again' },
      });
  button.addEventListener('click', () => (s.cleaned ? actions.restore() : actions.clean()));
  return [
    el(doc, 'h2', { class: 'visually-hidden', text: t('removedHeading'), attrs: { id: 'cleanup-heading' } }),
    el(doc, 'div', { class: 'cleanup-row' }, [
      el(doc, 'p', { class: 'summary', text: summary, attrs: { id: 'removed', role: 'status' } }),
      button,
    ]),
  ];
}

/** One opt-in kind's switch, with how many of it this page has. */
function kindRow(doc: Document, view: PopupView, actions: PopupActions, kind: ClutterKind): HTMLElement {
  const id = `kind-${kind}`;
  const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', id } });
  input.checked = view.kinds.includes(kind);
  input.addEventListener('change', () => actions.setKind(kind, input.checked));
  const found = view.state.found.filter((f) => f.kind === kind).length;
  return el(doc, 'label', { class: 'kind-row', attrs: { for: id } }, [
    el(doc, 'span', { class: 'switch-text' }, [
      el(doc, 'span', { text: t(KIND_MESSAGES[kind].label) }),
      found
        ? el(doc, 'span', { class: 'muted small', text: t('kindFoundHere', plural(KIND_MESSAGES[kind].count, found)) })
        : null,
    ]),
    input,
  ]);
}

/** "Also remove": its toggle button and the panel of opt-in kinds it opens. */
function kindsPanel(doc: Document, view: PopupView, actions: PopupActions): [HTMLElement, HTMLElement] {
  const panel = el(doc, 'div', { class: 'extra-kinds', attrs: { id: 'extra-kinds' } }, [
    el(doc, 'fieldset', {}, [
      el(doc, 'legend', { class: 'visually-hidden', text: t('extraKindsLegend') }),
      ...OPT_IN_KINDS.map((kind) => kindRow(doc, view, actions, kind)),
      el(doc, 'p', { class: 'muted small', text: t('extraKindsHint') }),
    ]),
  ]);
  // Closed until asked for: the opt-in kinds are for the few who want them, and the footer stays small.
  const on = OPT_IN_KINDS.filter((k) => view.kinds.includes(k)).length;
  const toggle = el(doc, 'button', {
    class: 'link-btn',
    attrs: { type: 'button', id: 'extra-kinds-toggle', 'aria-controls': 'extra-kinds' },
  });
  toggle.append(
    el(doc, 'span', { text: on ? t('extraKindsOn', [t('extraKindsLegend'), String(on)]) : t('extraKindsLegend') }),
    icon(doc, ICONS.chevron, 14),
  );
  const setOpen = (open: boolean): void => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    view.kindsOpen = open;
  };
  setOpen(view.kindsOpen ?? false);
  toggle.addEventListener('click', () => setOpen(panel.hidden));
  return [toggle, panel];
}

/** A switch about this site: its label names the site, its hint is the tooltip and the description. */
function siteSwitchRow(
  doc: Document,
  id: string,
  label: string,
  hint: string,
  checked: boolean,
  set: (on: boolean) => void,
): HTMLElement {
  const input = el(doc, 'input', {
    attrs: { type: 'checkbox', role: 'switch', id, 'aria-describedby': `${id}-hint` },
  });
  input.checked = checked;
  input.addEventListener('change', () => set(input.checked));
  return el(doc, 'label', { class: 'site-row', attrs: { for: id, title: hint } }, [
    input,
    el(doc, 'span', { class: 'switch-text' }, [
      el(doc, 'span', { text: label, attrs: { dir: 'auto' } }),
      el(doc, 'span', { class: 'visually-hidden', text: hint, attrs: { id: `${id}-hint` } }),
    ]),
  ]);
}

/** Auto-clean on this site. */
function siteSwitch(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.host) return null;
  return siteSwitchRow(doc, 'site-toggle', t('siteToggle', view.host), t('siteToggleHint'), view.autoClean, (on) =>
    actions.setAutoClean(on),
  );
}

/** "Always open this site's articles in the reading view" (news articles only, never the front page). */
function readerAlwaysSwitch(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.host || !actions.setReaderAlways) return null;
  return siteSwitchRow(
    doc,
    'reader-always',
    t('readerAlways', view.host),
    t('readerAlwaysHint'),
    view.readerAlways ?? false,
    (on) => actions.setReaderAlways?.(on),
  );
}

/** The footer; `withCleanup` on an article (or a page cleaned on request). */
export function dock(
  doc: Document,
  view: PopupView,
  actions: PopupActions,
  status: HTMLElement,
  withCleanup: boolean,
): HTMLElement {
  const parts: Array<HTMLElement | null> = [status];
  const kinds = withCleanup ? kindsPanel(doc, view, actions) : null;
  if (withCleanup) parts.push(...cleanupRows(doc, view, actions));
  const site = siteSwitch(doc, view, actions);
  if (site || kinds) parts.push(el(doc, 'div', { class: 'dock-row' }, [site, kinds?.[0]]));
  if (kinds) parts.push(kinds[1]);
  const always = withCleanup ? readerAlwaysSwitch(doc, view, actions) : null;
  if (always) parts.push(el(doc, 'div', { class: 'dock-row' }, [always]));
  return el(
    doc,
    'footer',
    { class: 'dock', attrs: { 'aria-labelledby': withCleanup ? 'cleanup-heading' : null } },
    parts,
  );
}
