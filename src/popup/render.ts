// Renders the popup from the content script's state and the text side's
// results. Pure DOM building (textContent only): testable under jsdom.

import type { TextResults } from '../core/report.ts';
import type { ClutterKind, Quote } from '../core/types.ts';
import { CLUTTER_KINDS, type ContentState } from '../shared/messages.ts';
import { plural, t, uiLanguage } from '../shared/i18n.ts';
import { el } from './dom.ts';
import { formatPublished } from './format.ts';

export interface PopupView {
  state: ContentState;
  /** null when the text side failed or had no snapshot. */
  text: TextResults | null;
  autoClean: boolean;
  host: string | null;
}

export interface PopupActions {
  highlight(q: Quote): void;
  restore(): void;
  clean(): void;
  setAutoClean(on: boolean): void;
}

export type StatusKind = 'loading' | 'waiting' | 'restricted';

const KIND_KEYS: Record<ClutterKind, string> = {
  share: 'kindShare',
  comments: 'kindComments',
  related: 'kindRelated',
  newsletter: 'kindNewsletter',
};

/** Loading, still-loading and "can't run here" states. */
export function renderStatus(main: HTMLElement, kind: StatusKind): void {
  const doc = main.ownerDocument;
  main.replaceChildren();
  main.dataset.state = kind;
  if (kind === 'restricted') {
    main.append(
      el(doc, 'section', { class: 'card notice', attrs: { id: 'restricted' } }, [
        el(doc, 'h2', { text: t('restrictedTitle') }),
        el(doc, 'p', { text: t('restrictedBody') }),
        el(doc, 'p', { class: 'muted', text: t('restrictedReload') }),
      ]),
    );
    return;
  }
  main.append(
    el(doc, 'p', { class: 'status', attrs: { role: 'status' } }, [
      el(doc, 'span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { text: t(kind === 'waiting' ? 'statusWaiting' : 'statusLoading') }),
    ]),
  );
}

/** "Removed 2 share bars, 1 comment section": hidden widgets grouped by kind. */
export function removedSummary(counts: Partial<Record<ClutterKind, number>>): string | null {
  const parts = CLUTTER_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) => plural(KIND_KEYS[k], counts[k] ?? 0));
  if (!parts.length) return null;
  let list: string;
  try {
    list = new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' }).format(parts);
  } catch {
    list = parts.join(', ');
  }
  return list;
}

function countKinds(state: ContentState, onlyHidden: boolean): Partial<Record<ClutterKind, number>> {
  if (onlyHidden && state.hiddenByKind) return state.hiddenByKind;
  const out: Partial<Record<ClutterKind, number>> = {};
  for (const f of state.found) {
    if (onlyHidden && !state.hiddenKinds.includes(f.kind)) continue;
    out[f.kind] = (out[f.kind] ?? 0) + 1;
  }
  return out;
}

function pageSection(doc: Document, view: PopupView): HTMLElement {
  const snap = view.state.snapshot;
  const title = snap?.title || view.state.title || view.state.url;
  return el(doc, 'section', { class: 'page', attrs: { 'aria-labelledby': 'page-title' } }, [
    el(doc, 'p', { class: 'site' }, [el(doc, 'bdi', { text: view.host ?? view.state.url, attrs: { dir: 'ltr' } })]),
    el(doc, 'h1', {
      class: 'title',
      text: title,
      attrs: { id: 'page-title', dir: 'auto', lang: snap?.lang ?? undefined },
    }),
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

function factsSection(doc: Document, view: PopupView): HTMLElement | null {
  const text = view.text;
  const lang = view.state.snapshot?.lang ?? undefined;
  const items: HTMLElement[] = [];
  const published = text?.published ? formatPublished(text.published, uiLanguage()) : null;
  if (text?.published && published) {
    const shown =
      published.time && published.zone
        ? t('dateTimeZone', [published.date, published.time, published.zone])
        : published.time
          ? t('dateTime', [published.date, published.time])
          : published.date;
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
        el(doc, 'h2', { class: 'label', text: t('publishedLabel') }),
        el(doc, 'time', {
          class: 'value',
          text: shown,
          attrs: { datetime: published.datetime, title: t('publishedTooltip', text.published.text) },
        }),
      ]),
    );
  } else if (text) {
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
        el(doc, 'h2', { class: 'label', text: t('publishedLabel') }),
        el(doc, 'p', { class: 'value muted', text: t('dateUnknown') }),
      ]),
    );
  }
  const dl = text?.dateline;
  if (dl && (dl.place || dl.agency)) {
    const rows: HTMLElement[] = [];
    // <bdi>: page text isolated, aligned with the UI (not with its own direction).
    if (dl.place)
      rows.push(
        el(doc, 'dt', { text: t('datelinePlace') }),
        el(doc, 'dd', {}, [el(doc, 'bdi', { class: 'place', text: dl.place, attrs: { lang } })]),
      );
    if (dl.agency)
      rows.push(
        el(doc, 'dt', { text: t('datelineAgency') }),
        el(doc, 'dd', {}, [el(doc, 'bdi', { class: 'agency', text: dl.agency, attrs: { lang } })]),
      );
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'dateline' } }, [
        el(doc, 'h2', { class: 'label', text: t('datelineLabel') }),
        el(doc, 'dl', {}, rows),
        el(doc, 'p', { class: 'printed' }, [el(doc, 'bdi', { text: dl.text, attrs: { lang } })]),
      ]),
    );
  }
  return items.length ? el(doc, 'section', { class: 'facts' }, items) : null;
}

function quotesSection(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  const quotes = view.text?.quotes;
  if (!quotes) return null;
  const lang = view.state.snapshot?.lang ?? undefined;
  const dir = view.state.snapshot?.dir ?? 'auto';
  const header = el(doc, 'div', { class: 'section-head' }, [
    el(doc, 'h2', { text: t('quotesHeading'), attrs: { id: 'quotes-heading' } }),
    el(doc, 'span', { class: 'count', text: plural('quoteCount', quotes.length), attrs: { id: 'quote-count' } }),
  ]);
  if (!quotes.length) {
    return el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } }, [
      header,
      el(doc, 'p', { class: 'muted', text: t('noQuotes') }),
    ]);
  }
  const list = el(
    doc,
    'ol',
    { class: 'quote-list', attrs: { id: 'quotes' } },
    quotes.map((q) => {
      // The item follows the article's direction (its accent bar too); the UI around it may not.
      const button = el(
        doc,
        'button',
        // Its name is the quote and speaker; the hint says what a click does.
        { class: 'quote', attrs: { type: 'button', dir, title: t('quoteShowHint') } },
        [
          el(doc, 'span', { class: 'q-text', text: q.text, attrs: { lang, dir } }),
          el(doc, 'span', {
            class: q.speaker ? 'q-speaker' : 'q-speaker unknown',
            text: q.speaker ?? t('speakerUnknown'),
            attrs: q.speaker ? { lang, dir: 'auto' } : {},
          }),
        ],
      );
      button.addEventListener('click', () => actions.highlight(q));
      return el(doc, 'li', { attrs: { 'data-paragraph': String(q.paragraph) } }, [button]);
    }),
  );
  return el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } }, [header, list]);
}

function cleanupSection(doc: Document, view: PopupView, actions: PopupActions): HTMLElement {
  const s = view.state;
  let summary: string;
  if (s.cleaned) {
    const list = removedSummary(countKinds(s, true));
    summary = list ? t('removedSummary', list) : t('removedNothing');
  } else {
    summary = t('removedRestored');
  }
  const button = s.cleaned
    ? el(doc, 'button', { class: 'btn', text: t('restore'), attrs: { type: 'button', id: 'restore' } })
    : el(doc, 'button', { class: 'btn primary', text: t('cleanAgain'), attrs: { type: 'button', id: 'clean-again' } });
  button.addEventListener('click', () => (s.cleaned ? actions.restore() : actions.clean()));
  return el(doc, 'section', { class: 'cleanup', attrs: { 'aria-labelledby': 'cleanup-heading' } }, [
    el(doc, 'h2', { text: t('removedHeading'), attrs: { id: 'cleanup-heading', class: 'visually-hidden' } }),
    el(doc, 'p', { class: 'summary', text: summary, attrs: { id: 'removed', role: 'status' } }),
    button,
  ]);
}

function siteSection(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.host) return null;
  const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', id: 'site-toggle' } });
  input.checked = view.autoClean;
  input.addEventListener('change', () => actions.setAutoClean(input.checked));
  return el(doc, 'footer', { class: 'site-switch' }, [
    el(doc, 'label', { attrs: { for: 'site-toggle' } }, [
      el(doc, 'span', { class: 'switch-text' }, [
        el(doc, 'span', { text: t('siteToggle', view.host), attrs: { dir: 'auto' } }),
        el(doc, 'span', { class: 'muted small', text: t('siteToggleHint') }),
      ]),
      input,
    ]),
  ]);
}

export function renderView(main: HTMLElement, view: PopupView, actions: PopupActions): void {
  const doc = main.ownerDocument;
  const s = view.state;
  main.replaceChildren();
  main.dataset.state = s.detection.isNews ? 'news' : s.cleaned ? 'cleaned-on-request' : 'not-news';
  main.append(pageSection(doc, view));
  if (!s.detection.isNews && !s.cleaned) {
    main.append(notNewsSection(doc, view, actions));
  } else {
    if (!s.detection.isNews) main.append(el(doc, 'p', { class: 'note', text: t('cleanedOnRequest') }));
    const parts = [factsSection(doc, view), quotesSection(doc, view, actions), cleanupSection(doc, view, actions)];
    for (const p of parts) if (p) main.append(p);
  }
  if (s.error) main.append(el(doc, 'p', { class: 'note warn', text: t('errorTitle'), attrs: { title: s.error } }));
  const site = siteSection(doc, view, actions);
  if (site) main.append(site);
}
