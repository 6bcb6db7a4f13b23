// Renders the popup from the content script's state and the text side's
// results. Pure DOM building (textContent only): testable under jsdom.

import { CLUTTER_KINDS, KIND_MESSAGES, OPT_IN_KINDS } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import { plural, t, uiLanguage } from '../shared/i18n.ts';
import type { CiteContext } from './cite.ts';
import { el, icon } from '../shared/dom.ts';
import { formatPublished, shownDate as shownDateWith, type DateDisplay } from '../shared/date-display.ts';
import { ICONS } from './icons.ts';
import { markLongQuotes, quotesSection } from './quote-list.ts';
import type { PopupActions, PopupView } from './view.ts';

export { UNKNOWN_SPEAKER, type PopupActions, type PopupView } from './view.ts';

export type StatusKind = 'loading' | 'waiting' | 'restricted';

/** Loading, still-loading and "can't run here" states. */
export function renderStatus(main: HTMLElement, kind: StatusKind): void {
  const doc = main.ownerDocument;
  main.replaceChildren();
  main.dataset.state = kind;
  if (kind === 'restricted') {
    main.append(
      el(doc, 'section', { class: 'card notice', attrs: { id: 'restricted' } }, [
        el(doc, 'h1', { text: t('restrictedTitle') }),
        el(doc, 'p', { text: t('restrictedBody') }),
        el(doc, 'p', { class: 'muted', text: t('restrictedReload') }),
      ]),
    );
    return;
  }
  main.append(
    el(doc, 'h1', { class: 'visually-hidden', text: t('popupTitle') }),
    el(doc, 'p', { class: 'status', attrs: { role: 'status' } }, [
      el(doc, 'span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { text: t(kind === 'waiting' ? 'statusWaiting' : 'statusLoading') }),
    ]),
  );
}

/** "Removed 2 share bars, 1 comment section": hidden widgets grouped by kind. */
export function removedSummary(counts: Partial<Record<ClutterKind, number>>): string | null {
  const parts = CLUTTER_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) =>
    plural(KIND_MESSAGES[k].count, counts[k] ?? 0),
  );
  if (!parts.length) return null;
  let list: string;
  try {
    list = new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' }).format(parts);
  } catch {
    list = parts.join(', ');
  }
  return list;
}

/**
 * The reading view's button: one press opens the page in the reading view,
 * another gives the page back (a toggle: its label stays, aria-pressed tells).
 */
function readerRow(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!actions.toggleReader) return null;
  const on = view.reader?.on ?? false;
  const button = el(doc, 'button', {
    class: `btn reader-btn${on ? ' primary' : ''}`,
    attrs: { type: 'button', id: 'reader-toggle', 'aria-pressed': String(on), title: t('readerButtonHint') },
  });
  button.append(icon(doc, ICONS.book, 18), el(doc, 'span', { text: t('readerOpen') }));
  button.addEventListener('click', () => actions.toggleReader?.());
  const missing = view.reader && !view.reader.found && !on;
  return el(doc, 'div', { class: 'reader-row' }, [
    button,
    missing ? el(doc, 'p', { class: 'note', text: t('readerNoArticle'), attrs: { id: 'reader-note' } }) : null,
  ]);
}

/** The compact header: site, headline, and (for an article) the date and the dateline. */
function pageSection(doc: Document, view: PopupView, facts: HTMLElement | null): HTMLElement {
  const snap = view.state.snapshot;
  const title = snap?.title || view.state.title || view.state.url;
  return el(doc, 'section', { class: 'page', attrs: { 'aria-labelledby': 'page-title' } }, [
    el(doc, 'p', { class: 'site' }, [el(doc, 'bdi', { text: view.host ?? view.state.url, attrs: { dir: 'ltr' } })]),
    el(doc, 'h1', {
      class: 'title',
      text: title,
      attrs: { id: 'page-title', dir: 'auto', lang: snap?.lang ?? undefined, title },
    }),
    facts,
  ]);
}

function notNewsSection(doc: Document, view: PopupView, actions: PopupActions): HTMLElement {
  const d = view.state.detection;
  const signals = d.signals.length
    ? el(
        doc,
        'ul',
        { class: 'signals', attrs: { id: 'signals' } },
        d.signals.map((s) => el(doc, 'li', { text: s, attrs: { dir: 'ltr' } })),
      )
    : el(doc, 'p', { class: 'muted', text: t('noSignals') });
  const button = el(doc, 'button', {
    class: 'btn primary',
    text: t('cleanAnyway'),
    attrs: { type: 'button', id: 'clean-anyway' },
  });
  button.addEventListener('click', () => actions.clean());
  return el(doc, 'section', { class: 'card notice', attrs: { id: 'not-news' } }, [
    el(doc, 'h2', { text: t('notNewsTitle') }),
    el(doc, 'p', { text: t('notNewsBody') }),
    signals,
    el(doc, 'p', {
      class: 'muted small',
      text: t('notNewsScore', new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 }).format(d.score)),
    }),
    el(doc, 'div', { class: 'actions' }, [button]),
  ]);
}

/** The publication date as the popup shows it (UI locale, with time and zone when known). */
function shownDate(d: DateDisplay): string {
  return shownDateWith(d, t);
}

/** Where the quotes come from, for citations and exports. */
export function citeContext(view: PopupView): CiteContext {
  const text = view.text;
  const snap = view.state.snapshot;
  const published = text?.published ? formatPublished(text.published, uiLanguage()) : null;
  return {
    title: snap?.headline || snap?.title || view.state.title || view.state.url,
    url: view.state.url,
    site: view.host,
    agency: text?.dateline?.agency ?? null,
    place: text?.dateline?.place ?? null,
    date: published ? shownDate(published) : null,
    dateIso: published?.datetime ?? text?.published?.date ?? null,
    lang: snap?.lang ?? null,
    unknownSpeaker: t('speakerUnknown'),
  };
}

/** The date and the dateline, folded into one or two lines under the title. */
function factsList(doc: Document, view: PopupView): HTMLElement | null {
  const text = view.text;
  if (!text) return null;
  const lang = view.state.snapshot?.lang ?? undefined;
  const items: HTMLElement[] = [];
  // An icon for the eye, the label for screen readers (and as a tooltip).
  const term = (d: string, label: string): HTMLElement =>
    el(doc, 'dt', { attrs: { title: label } }, [
      icon(doc, d, 14),
      el(doc, 'span', { class: 'visually-hidden', text: label }),
    ]);
  const published = text.published ? formatPublished(text.published, uiLanguage()) : null;
  if (text.published && published) {
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
        term(ICONS.clock, t('publishedLabel')),
        el(doc, 'dd', {}, [
          el(doc, 'time', {
            class: 'value',
            text: shownDate(published),
            attrs: { datetime: published.datetime, title: t('publishedTooltip', text.published.text) },
          }),
          // The original text, for keyboard and touch too (a tooltip is mouse-only).
          el(doc, 'details', { class: 'as-printed' }, [
            el(doc, 'summary', { text: t('datePrinted') }),
            el(doc, 'bdi', { class: 'printed', text: text.published.text, attrs: { lang, dir: 'auto' } }),
          ]),
        ]),
      ]),
    );
  } else {
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
        term(ICONS.clock, t('publishedLabel')),
        el(doc, 'dd', { class: 'muted', text: t('dateUnknown') }),
      ]),
    );
  }
  const dl = text.dateline;
  if (dl && (dl.place || dl.agency)) {
    // <bdi>: page text isolated, aligned with the UI (not with its own direction).
    const parts: HTMLElement[] = [];
    if (dl.place)
      parts.push(
        el(doc, 'span', { class: 'visually-hidden', text: t('datelinePlace') }),
        el(doc, 'bdi', { class: 'place', text: dl.place, attrs: { lang } }),
      );
    if (dl.place && dl.agency)
      parts.push(el(doc, 'span', { class: 'sep', text: '·', attrs: { 'aria-hidden': 'true' } }));
    if (dl.agency)
      parts.push(
        el(doc, 'span', { class: 'visually-hidden', text: t('datelineAgency') }),
        el(doc, 'bdi', { class: 'agency', text: dl.agency, attrs: { lang } }),
      );
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'dateline', title: t('publishedTooltip', dl.text) } }, [
        term(ICONS.place, t('datelineLabel')),
        el(doc, 'dd', {}, parts),
      ]),
    );
  }
  return el(doc, 'dl', { class: 'facts' }, items);
}

function kindsPanel(doc: Document, view: PopupView, actions: PopupActions): [HTMLElement, HTMLElement] {
  const s = view.state;
  const rows = OPT_IN_KINDS.map((kind) => {
    const id = `kind-${kind}`;
    const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', id } });
    input.checked = view.kinds.includes(kind);
    input.addEventListener('change', () => actions.setKind(kind, input.checked));
    const found = s.found.filter((f) => f.kind === kind).length;
    return el(doc, 'label', { class: 'kind-row', attrs: { for: id } }, [
      el(doc, 'span', { class: 'switch-text' }, [
        el(doc, 'span', { text: t(KIND_MESSAGES[kind].label) }),
        found
          ? el(doc, 'span', {
              class: 'muted small',
              text: t('kindFoundHere', plural(KIND_MESSAGES[kind].count, found)),
            })
          : null,
      ]),
      input,
    ]);
  });
  const panel = el(doc, 'div', { class: 'extra-kinds', attrs: { id: 'extra-kinds' } }, [
    el(doc, 'fieldset', {}, [
      el(doc, 'legend', { class: 'visually-hidden', text: t('extraKindsLegend') }),
      ...rows,
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

/** "Always open this site's articles in the reading view" (news articles only, never the front page). */
function readerAlwaysSwitch(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.host || !actions.setReaderAlways) return null;
  const input = el(doc, 'input', {
    attrs: { type: 'checkbox', role: 'switch', id: 'reader-always', 'aria-describedby': 'reader-always-hint' },
  });
  input.checked = view.readerAlways ?? false;
  input.addEventListener('change', () => actions.setReaderAlways?.(input.checked));
  return el(doc, 'label', { class: 'site-row', attrs: { for: 'reader-always', title: t('readerAlwaysHint') } }, [
    input,
    el(doc, 'span', { class: 'switch-text' }, [
      el(doc, 'span', { text: t('readerAlways', view.host), attrs: { dir: 'auto' } }),
      el(doc, 'span', { class: 'visually-hidden', text: t('readerAlwaysHint'), attrs: { id: 'reader-always-hint' } }),
    ]),
  ]);
}

function siteSwitch(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.host) return null;
  const input = el(doc, 'input', {
    attrs: { type: 'checkbox', role: 'switch', id: 'site-toggle', 'aria-describedby': 'site-toggle-hint' },
  });
  input.checked = view.autoClean;
  input.addEventListener('change', () => actions.setAutoClean(input.checked));
  return el(doc, 'label', { class: 'site-row', attrs: { for: 'site-toggle', title: t('siteToggleHint') } }, [
    input,
    el(doc, 'span', { class: 'switch-text' }, [
      el(doc, 'span', { text: t('siteToggle', view.host), attrs: { dir: 'auto' } }),
      el(doc, 'span', { class: 'visually-hidden', text: t('siteToggleHint'), attrs: { id: 'site-toggle-hint' } }),
    ]),
  ]);
}

/**
 * The footer: what was removed with Restore / Clean again, the per-site
 * switch, the opt-in kinds, and the status line for copy and export. It
 * stays at the bottom of the popup while the quotes scroll.
 */
function dock(
  doc: Document,
  view: PopupView,
  actions: PopupActions,
  status: HTMLElement,
  withCleanup: boolean,
): HTMLElement {
  const s = view.state;
  const parts: Array<HTMLElement | null> = [status];
  let kinds: [HTMLElement, HTMLElement] | null = null;
  if (withCleanup) {
    let summary: string;
    if (s.cleaned) {
      const list = removedSummary(s.hiddenByKind);
      summary = list ? t('removedSummary', list) : t('removedNothing');
    } else {
      summary = t('removedRestored');
    }
    const button = s.cleaned
      ? el(doc, 'button', { class: 'btn small', text: t('restore'), attrs: { type: 'button', id: 'restore' } })
      : el(doc, 'button', {
          class: 'btn small primary',
          text: t('cleanAgain'),
          attrs: { type: 'button', id: 'clean-again' },
        });
    button.addEventListener('click', () => (s.cleaned ? actions.restore() : actions.clean()));
    parts.push(
      el(doc, 'h2', { class: 'visually-hidden', text: t('removedHeading'), attrs: { id: 'cleanup-heading' } }),
      el(doc, 'div', { class: 'cleanup-row' }, [
        el(doc, 'p', { class: 'summary', text: summary, attrs: { id: 'removed', role: 'status' } }),
        button,
      ]),
    );
    kinds = kindsPanel(doc, view, actions);
  }
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

/** Watches the list's width (zoom, popup resize): which quotes overflow their clamp changes with it. */
const resizeWatch = new WeakMap<HTMLElement, ResizeObserver>();
function watchQuoteWidths(main: HTMLElement): void {
  resizeWatch.get(main)?.disconnect();
  const list = main.querySelector<HTMLElement>('#quotes');
  const RO = main.ownerDocument.defaultView?.ResizeObserver;
  if (!list || !RO) return;
  let width = list.clientWidth;
  const ro = new RO(() => {
    if (list.clientWidth === width) return;
    width = list.clientWidth;
    markLongQuotes(list);
  });
  ro.observe(list);
  resizeWatch.set(main, ro);
}

export function renderView(main: HTMLElement, view: PopupView, actions: PopupActions): void {
  const doc = main.ownerDocument;
  const s = view.state;
  main.replaceChildren();
  main.dataset.state = s.detection.isNews ? 'news' : s.cleaned ? 'cleaned-on-request' : 'not-news';
  // One status line for copy and export, in the footer: always in view.
  const status = el(doc, 'p', { class: 'quote-status small', attrs: { id: 'quote-status', role: 'status' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (msg: string): void => {
    status.textContent = msg;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), 3000);
  };
  const article = s.detection.isNews || s.cleaned;
  main.append(pageSection(doc, view, article ? factsList(doc, view) : null));
  const reader = readerRow(doc, view, actions);
  if (reader) main.append(reader);
  if (!article) {
    main.append(notNewsSection(doc, view, actions));
  } else {
    if (!s.detection.isNews) main.append(el(doc, 'p', { class: 'note', text: t('cleanedOnRequest') }));
    // The text side could not be injected (or read the page): say so rather than show nothing.
    if (!s.snapshot) main.append(el(doc, 'p', { class: 'note warn', text: t('textUnavailable') }));
    const quotes = quotesSection(doc, view, actions, citeContext(view), say);
    if (quotes) main.append(quotes);
  }
  if (s.error) main.append(el(doc, 'p', { class: 'note warn', text: t('errorTitle'), attrs: { title: s.error } }));
  main.append(dock(doc, view, actions, status, article));
  markLongQuotes(main);
  watchQuoteWidths(main);
}
