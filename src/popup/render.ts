// Renders the popup from the content script's state and the text side's
// results. Pure DOM building (textContent only): testable under jsdom.

import type { TextResults } from '../core/report.ts';
import type { ClutterKind, Quote } from '../core/types.ts';
import { CLUTTER_KINDS, type ContentState } from '../shared/messages.ts';
import { plural, t, uiLanguage } from '../shared/i18n.ts';
import { citation, exportFileName, quotesJson, quotesMarkdown, type CiteContext } from './cite.ts';
import { el } from './dom.ts';
import { formatPublished, type DateDisplay } from './format.ts';

export interface PopupView {
  state: ContentState;
  /** null when the text side failed or had no snapshot. */
  text: TextResults | null;
  autoClean: boolean;
  host: string | null;
  /** The global kinds setting (the popup offers the opt-in ones). */
  kinds: ClutterKind[];
  /** Speaker filter of the quotes list: a speaker, UNKNOWN_SPEAKER, or null for all. */
  speaker?: string | null;
  /** Whether the "Also remove" disclosure is open (kept across re-renders). */
  kindsOpen?: boolean;
}

/** The filter value for quotes without a named speaker (no speaker is ever empty). */
export const UNKNOWN_SPEAKER = '';
/** Kinds that are off by default; the popup offers them as switches. */
export const OPT_IN_KINDS: readonly ClutterKind[] = ['related', 'newsletter'];

export interface PopupActions {
  highlight(q: Quote): void;
  restore(): void;
  clean(): void;
  setAutoClean(on: boolean): void;
  /** Turns one kind on or off (global setting) and applies it to the page. */
  setKind(kind: ClutterKind, on: boolean): void;
  /** Copies text to the clipboard; resolves to false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** Saves a file through a download link (no permission needed). */
  download(name: string, mime: string, text: string): void;
}

export type StatusKind = 'loading' | 'waiting' | 'restricted';

const KIND_LABELS: Record<ClutterKind, string> = {
  share: 'kindShareLabel',
  comments: 'kindCommentsLabel',
  related: 'kindRelatedLabel',
  newsletter: 'kindNewsletterLabel',
};

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

/** The publication date as the popup shows it (UI locale, with time and zone when known). */
function shownDate(d: DateDisplay): string {
  if (d.time && d.zone) return t('dateTimeZone', [d.date, d.time, d.zone]);
  if (d.time) return t('dateTime', [d.date, d.time]);
  return d.date;
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

function factsSection(doc: Document, view: PopupView): HTMLElement | null {
  const text = view.text;
  const lang = view.state.snapshot?.lang ?? undefined;
  const items: HTMLElement[] = [];
  const published = text?.published ? formatPublished(text.published, uiLanguage()) : null;
  if (text?.published && published) {
    items.push(
      el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
        el(doc, 'h2', { class: 'label', text: t('publishedLabel') }),
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

const COPY_ICON =
  'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z';

function icon(doc: Document, d: string): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

/** Speakers in order of first appearance, with how many quotes each has. */
function speakerCounts(quotes: readonly Quote[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of quotes) {
    const key = q.speaker ?? UNKNOWN_SPEAKER;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function quotesSection(doc: Document, view: PopupView, actions: PopupActions): HTMLElement | null {
  const quotes = view.text?.quotes;
  if (!quotes) return null;
  const lang = view.state.snapshot?.lang ?? undefined;
  const dir = view.state.snapshot?.dir ?? 'auto';
  const count = el(doc, 'span', {
    class: 'count',
    text: plural('quoteCount', quotes.length),
    attrs: { id: 'quote-count' },
  });
  const header = el(doc, 'div', { class: 'section-head' }, [
    el(doc, 'h2', { text: t('quotesHeading'), attrs: { id: 'quotes-heading' } }),
    count,
  ]);
  if (!quotes.length) {
    return el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } }, [
      header,
      el(doc, 'p', { class: 'muted', text: t('noQuotes') }),
    ]);
  }
  const ctx = citeContext(view);
  const status = el(doc, 'p', { class: 'quote-status muted small', attrs: { id: 'quote-status', role: 'status' } });
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (msg: string): void => {
    status.textContent = msg;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), 3000);
  };

  const items = quotes.map((q, i) => {
    // The item follows the article's direction (its accent bar too); the UI around it may not.
    const button = el(
      doc,
      'button',
      // Its name is the quote and speaker; the hint says what a click does.
      { class: 'quote', attrs: { type: 'button', title: t('quoteShowHint') } },
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
    const copy = el(doc, 'button', {
      class: 'icon-btn copy',
      attrs: { type: 'button', 'aria-label': t('copyQuote', String(i + 1)), title: t('copyQuote', String(i + 1)) },
    });
    copy.append(icon(doc, COPY_ICON));
    copy.addEventListener('click', () => {
      void actions.copy(citation(q, ctx)).then((ok) => say(t(ok ? 'copied' : 'copyFailed')));
    });
    return el(
      doc,
      'li',
      {
        class: 'quote-item',
        attrs: { dir, 'data-paragraph': String(q.paragraph), 'data-speaker': q.speaker ?? UNKNOWN_SPEAKER },
      },
      [button, copy],
    );
  });
  const list = el(doc, 'ol', { class: 'quote-list', attrs: { id: 'quotes' } }, items);

  const applyFilter = (speaker: string | null): void => {
    let shown = 0;
    for (const li of items) {
      li.hidden = speaker !== null && li.dataset.speaker !== speaker;
      if (!li.hidden) shown++;
    }
    count.textContent =
      speaker === null
        ? plural('quoteCount', quotes.length)
        : t('quotesShownOf', [String(shown), String(quotes.length)]);
  };

  const parts: HTMLElement[] = [header];
  const speakers = speakerCounts(quotes);
  if (speakers.size > 1) {
    const select = el(doc, 'select', { attrs: { id: 'speaker-filter' } }, [
      el(doc, 'option', { text: t('speakerFilterAll'), attrs: { value: '*' } }),
      ...[...speakers].map(([name, n]) =>
        el(doc, 'option', {
          text: t('speakerFilterOption', [name === UNKNOWN_SPEAKER ? t('speakerUnknown') : name, String(n)]),
          attrs: { value: name },
        }),
      ),
    ]);
    const current = view.speaker ?? null;
    select.value = current !== null && speakers.has(current) ? current : '*';
    select.addEventListener('change', () => {
      view.speaker = select.value === '*' ? null : select.value;
      applyFilter(view.speaker);
    });
    // In the heading row: the list stays in view in a 600 px popup.
    header.insertBefore(
      el(doc, 'div', { class: 'filter' }, [
        el(doc, 'label', { class: 'visually-hidden', text: t('speakerFilterLabel'), attrs: { for: 'speaker-filter' } }),
        select,
      ]),
      count,
    );
    applyFilter(select.value === '*' ? null : select.value);
  }
  parts.push(list);

  const exportBtn = (id: string, label: string, ext: 'md' | 'json'): HTMLElement => {
    const b = el(doc, 'button', { class: 'btn small', text: label, attrs: { type: 'button', id } });
    b.addEventListener('click', () => {
      const name = exportFileName(ctx, ext);
      if (ext === 'md') actions.download(name, 'text/markdown;charset=utf-8', quotesMarkdown(quotes, ctx));
      else actions.download(name, 'application/json;charset=utf-8', quotesJson(quotes, ctx));
      say(t('exportDone', name));
    });
    return b;
  };
  parts.push(
    el(doc, 'div', { class: 'export', attrs: { role: 'group', 'aria-labelledby': 'export-label' } }, [
      el(doc, 'span', { class: 'muted small', text: t('exportLabel'), attrs: { id: 'export-label' } }),
      exportBtn('export-md', t('exportMarkdown'), 'md'),
      exportBtn('export-json', t('exportJson'), 'json'),
    ]),
    status,
  );
  return el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } }, parts);
}

function kindSwitches(doc: Document, view: PopupView, actions: PopupActions): HTMLElement {
  const s = view.state;
  const rows = OPT_IN_KINDS.map((kind) => {
    const id = `kind-${kind}`;
    const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', id } });
    input.checked = view.kinds.includes(kind);
    input.addEventListener('change', () => actions.setKind(kind, input.checked));
    const found = s.found.filter((f) => f.kind === kind).length;
    return el(doc, 'label', { class: 'kind-row', attrs: { for: id } }, [
      el(doc, 'span', { class: 'switch-text' }, [
        el(doc, 'span', { text: t(KIND_LABELS[kind]) }),
        found
          ? el(doc, 'span', { class: 'muted small', text: t('kindFoundHere', plural(KIND_KEYS[kind], found)) })
          : null,
      ]),
      input,
    ]);
  });
  // Collapsed until used: opt-in kinds are for the few who want them.
  const box = el(doc, 'details', { class: 'extra-kinds', attrs: { id: 'extra-kinds' } }, [
    el(doc, 'summary', { text: t('extraKindsLegend') }),
    el(doc, 'fieldset', {}, [
      el(doc, 'legend', { class: 'visually-hidden', text: t('extraKindsLegend') }),
      ...rows,
      el(doc, 'p', { class: 'muted small', text: t('extraKindsHint') }),
    ]),
  ]);
  box.open = view.kindsOpen ?? OPT_IN_KINDS.some((k) => view.kinds.includes(k));
  box.addEventListener('toggle', () => (view.kindsOpen = box.open));
  return box;
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
    el(doc, 'div', { class: 'cleanup-row' }, [
      el(doc, 'p', { class: 'summary', text: summary, attrs: { id: 'removed', role: 'status' } }),
      button,
    ]),
    kindSwitches(doc, view, actions),
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
    // The text side could not be injected (or read the page): say so rather than show nothing.
    if (!s.snapshot) main.append(el(doc, 'p', { class: 'note warn', text: t('textUnavailable') }));
    const parts = [factsSection(doc, view), quotesSection(doc, view, actions), cleanupSection(doc, view, actions)];
    for (const p of parts) if (p) main.append(p);
  }
  if (s.error) main.append(el(doc, 'p', { class: 'note warn', text: t('errorTitle'), attrs: { title: s.error } }));
  const site = siteSection(doc, view, actions);
  if (site) main.append(site);
}
