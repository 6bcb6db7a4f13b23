// Renders the popup from the content script's state and the text side's
// results: the header (header.ts), the reading view's button, the quotes
// (quote-list.ts) or why the page is not an article, and the footer
// (dock.ts). Pure DOM building (textContent only): testable under jsdom.

import { el, icon } from '../shared/dom.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { dock } from './dock.ts';
import { citeContext, pageSection } from './header.ts';
import { ICONS } from './icons.ts';
import { markLongQuotes, quotesSection } from './quote-list.ts';
import type { PopupActions, PopupView } from './view.ts';

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
  main.append(pageSection(doc, view, article));
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
