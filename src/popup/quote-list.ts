// The quotes list: each quote with its speaker and role, clamped to a few
// lines and opened in full on demand, with its own "show in the page" and
// "copy" buttons; the speaker filter and the exports. textContent only.

import type { Quote } from '../core/types.ts';
import { plural, t, uiDir } from '../shared/i18n.ts';
import { citation, exportFileName, quotesJson, quotesMarkdown, type CiteContext } from './cite.ts';
import { el, icon } from '../shared/dom.ts';
import { ICONS } from './icons.ts';
import { UNKNOWN_SPEAKER, type PopupActions, type PopupView } from './view.ts';

export interface SpeakerEntry {
  count: number;
  /** The first role the article gives this speaker, or null. */
  role: string | null;
}

/** Speakers in order of first appearance, with how many quotes each has and their role. */
export function speakerIndex(quotes: readonly Quote[]): Map<string, SpeakerEntry> {
  const out = new Map<string, SpeakerEntry>();
  for (const q of quotes) {
    const key = q.speaker ?? UNKNOWN_SPEAKER;
    const e = out.get(key) ?? { count: 0, role: null };
    e.count++;
    if (!e.role && q.speaker && q.speakerRole) e.role = q.speakerRole;
    out.set(key, e);
  }
  return out;
}

/** Page text inside a UI string that has no markup (an <option>): a bidi isolate. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

/** "Jean Dupont — ministre de l'Intérieur", or the name alone. */
function speakerLabel(name: string, role: string | null): string {
  return role ? `${name} — ${role}` : name;
}

/**
 * Marks the quotes whose text is longer than its clamp (class "long") and
 * shows their "Show more" button. Needs layout: run it once the list is in
 * the document, and again when it is filtered or resized. Open quotes keep
 * their state (their clamp is off, so they cannot be measured).
 */
export function markLongQuotes(root: ParentNode): void {
  for (const li of root.querySelectorAll<HTMLElement>('.quote-item')) {
    if (li.hidden || li.classList.contains('open')) continue;
    const text = li.querySelector<HTMLElement>('.q-text');
    const more = li.querySelector<HTMLElement>('.q-more');
    if (!text || !more) continue;
    const long = text.scrollHeight > text.clientHeight + 1;
    li.classList.toggle('long', long);
    more.hidden = !long;
  }
}

/** The quote's speaker (or "unknown") and, when the article gives one, the speaker's role. */
function speakerLine(doc: Document, q: Quote, lang: string | undefined): HTMLElement {
  return el(doc, 'p', { class: 'q-who' }, [
    el(doc, 'bdi', {
      class: q.speaker ? 'q-speaker' : 'q-speaker unknown',
      text: q.speaker ?? t('speakerUnknown'),
      attrs: q.speaker ? { lang, dir: 'auto' } : {},
    }),
    ...(q.speaker && q.speakerRole
      ? [
          el(doc, 'span', { class: 'q-sep', text: ' — ' }),
          el(doc, 'bdi', { class: 'q-role', text: q.speakerRole, attrs: { lang, dir: 'auto' } }),
        ]
      : []),
  ]);
}

/** A quote's icon button (locate, copy), named by `label` for screen readers and as a tooltip. */
function iconButton(doc: Document, cls: string, label: string, path: string, onClick: () => void): HTMLElement {
  const button = el(doc, 'button', {
    class: `icon-btn ${cls}`,
    attrs: { type: 'button', 'aria-label': label, title: label },
  });
  button.append(icon(doc, path, 16));
  button.addEventListener('click', onClick);
  return button;
}

function quoteItem(
  doc: Document,
  view: PopupView,
  actions: PopupActions,
  q: Quote,
  i: number,
  ctx: CiteContext,
  say: (msg: string) => void,
): HTMLLIElement {
  const lang = view.state.snapshot?.lang ?? undefined;
  const dir = view.state.snapshot?.dir ?? 'auto';
  const n = String(i + 1);
  const textId = `q-text-${i}`;
  // The item follows the article's direction (its accent bar too); the UI around it may not.
  const text = el(doc, 'p', { class: 'q-text', text: q.text, attrs: { id: textId, lang, dir } });
  const who = speakerLine(doc, q, lang);

  const moreLabel = el(doc, 'span', { text: t('quoteMore') });
  // Its words are the UI's: its direction too (the item has the article's).
  const more = el(doc, 'button', {
    class: 'q-more',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': textId, dir: uiDir() },
  });
  more.append(moreLabel, icon(doc, ICONS.chevron, 14));
  more.hidden = true;

  const locate = iconButton(doc, 'locate', t('quoteLocate', n), ICONS.locate, () => actions.highlight(q));
  const copy = iconButton(doc, 'copy', t('copyQuote', n), ICONS.copy, () => {
    void actions.copy(citation(q, ctx)).then((ok) => say(t(ok ? 'copied' : 'copyFailed')));
  });

  const li = el(
    doc,
    'li',
    {
      class: 'quote-item',
      attrs: { dir, 'data-paragraph': String(q.paragraph), 'data-speaker': q.speaker ?? UNKNOWN_SPEAKER },
    },
    [text, el(doc, 'div', { class: 'q-foot' }, [who, el(doc, 'div', { class: 'q-actions' }, [more, locate, copy])])],
  );

  const setOpen = (open: boolean): void => {
    li.classList.toggle('open', open);
    if (open) li.classList.add('long');
    more.hidden = !li.classList.contains('long');
    more.setAttribute('aria-expanded', String(open));
    moreLabel.textContent = t(open ? 'quoteLess' : 'quoteMore');
    view.expanded ??= new Set();
    if (open) view.expanded.add(i);
    else view.expanded.delete(i);
  };
  more.addEventListener('click', () => setOpen(!li.classList.contains('open')));
  // A click on a long quote's text opens or closes it too (not when the reader is selecting text).
  text.addEventListener('click', () => {
    if (!li.classList.contains('long')) return;
    const sel = doc.defaultView?.getSelection();
    if (sel && !sel.isCollapsed && text.contains(sel.anchorNode)) return;
    setOpen(!li.classList.contains('open'));
  });
  if (view.expanded?.has(i)) setOpen(true);
  return li;
}

/** Shows only one speaker's quotes (null: all), and says how many are shown. */
function filterQuotes(items: readonly HTMLLIElement[], count: HTMLElement, speaker: string | null): void {
  let shown = 0;
  for (const li of items) {
    li.hidden = speaker !== null && li.dataset.speaker !== speaker;
    if (!li.hidden) shown++;
  }
  count.textContent =
    speaker === null ? plural('quoteCount', items.length) : t('quotesShownOf', [String(shown), String(items.length)]);
}

/** The speaker filter (a speaker's name and role, with how many quotes each has), applied as it is drawn. */
function speakerFilter(
  doc: Document,
  view: PopupView,
  quotes: readonly Quote[],
  list: HTMLElement,
  apply: (speaker: string | null) => void,
): HTMLElement | null {
  const speakers = speakerIndex(quotes);
  if (speakers.size <= 1) return null;
  const select = el(doc, 'select', { attrs: { id: 'speaker-filter' } }, [
    el(doc, 'option', { text: t('speakerFilterAll'), attrs: { value: '*' } }),
    ...[...speakers].map(([name, e]) =>
      el(doc, 'option', {
        text: t('speakerFilterOption', [
          name === UNKNOWN_SPEAKER ? t('speakerUnknown') : isolate(speakerLabel(name, e.role)),
          String(e.count),
        ]),
        attrs: { value: name },
      }),
    ),
  ]);
  const current = view.speaker ?? null;
  select.value = current !== null && speakers.has(current) ? current : '*';
  select.addEventListener('change', () => {
    view.speaker = select.value === '*' ? null : select.value;
    apply(view.speaker);
    markLongQuotes(list); // the newly shown quotes were not measured while hidden
  });
  apply(select.value === '*' ? null : select.value);
  return el(doc, 'div', { class: 'filter' }, [
    el(doc, 'label', { class: 'visually-hidden', text: t('speakerFilterLabel'), attrs: { for: 'speaker-filter' } }),
    select,
  ]);
}

/** "Export: Markdown, JSON": every quote with its speaker and the article's source, as a file. */
function exportGroup(
  doc: Document,
  quotes: readonly Quote[],
  actions: PopupActions,
  ctx: CiteContext,
  say: (msg: string) => void,
): HTMLElement {
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
  return el(doc, 'div', { class: 'export', attrs: { role: 'group', 'aria-labelledby': 'export-label' } }, [
    el(doc, 'span', { class: 'muted small', text: t('exportLabel'), attrs: { id: 'export-label' } }),
    exportBtn('export-md', t('exportMarkdown'), 'md'),
    exportBtn('export-json', t('exportJson'), 'json'),
  ]);
}

/** The quotes section, or null when the text side gave nothing. */
export function quotesSection(
  doc: Document,
  view: PopupView,
  actions: PopupActions,
  ctx: CiteContext,
  say: (msg: string) => void,
): HTMLElement | null {
  const quotes = view.text?.quotes;
  if (!quotes) return null;
  const count = el(doc, 'span', {
    class: 'count',
    text: plural('quoteCount', quotes.length),
    attrs: { id: 'quote-count' },
  });
  const header = el(doc, 'div', { class: 'section-head' }, [
    el(doc, 'h2', { text: t('quotesHeading'), attrs: { id: 'quotes-heading' } }),
    count,
  ]);
  const section = (parts: HTMLElement[]): HTMLElement =>
    el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } }, parts);
  if (!quotes.length) return section([header, el(doc, 'p', { class: 'muted', text: t('noQuotes') })]);

  const items = quotes.map((q, i) => quoteItem(doc, view, actions, q, i, ctx, say));
  const list = el(doc, 'ol', { class: 'quote-list', attrs: { id: 'quotes' } }, items);
  const filter = speakerFilter(doc, view, quotes, list, (speaker) => filterQuotes(items, count, speaker));
  if (filter) header.append(filter);
  return section([header, list, exportGroup(doc, quotes, actions, ctx, say)]);
}
