// The popup's compact header: the site, the headline and, for an article, the
// publication date and the dateline; and the same facts as a citation's source.

import type { Dateline, Published } from '../core/types.ts';
import { formatPublished, shownDate as shownDateWith, type DateDisplay } from '../shared/date-display.ts';
import { el, icon } from '../shared/dom.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import type { CiteContext } from './cite.ts';
import { ICONS } from './icons.ts';
import type { PopupView } from './view.ts';

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

/** A fact's term: an icon for the eye, the label for screen readers (and as a tooltip). */
function term(doc: Document, d: string, label: string): HTMLElement {
  return el(doc, 'dt', { attrs: { title: label } }, [
    icon(doc, d, 14),
    el(doc, 'span', { class: 'visually-hidden', text: label }),
  ]);
}

/** The publication date, with the text the page printed; or "unknown". */
function publishedFact(doc: Document, published: Published | null, lang: string | undefined): HTMLElement {
  const shown = published ? formatPublished(published, uiLanguage()) : null;
  if (!published || !shown)
    return el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
      term(doc, ICONS.clock, t('publishedLabel')),
      el(doc, 'dd', { class: 'muted', text: t('dateUnknown') }),
    ]);
  return el(doc, 'div', { class: 'fact', attrs: { id: 'published' } }, [
    term(doc, ICONS.clock, t('publishedLabel')),
    el(doc, 'dd', {}, [
      el(doc, 'time', {
        class: 'value',
        text: shownDate(shown),
        attrs: { datetime: shown.datetime, title: t('publishedTooltip', published.text) },
      }),
      // The original text, for keyboard and touch too (a tooltip is mouse-only).
      el(doc, 'details', { class: 'as-printed' }, [
        el(doc, 'summary', { text: t('datePrinted') }),
        el(doc, 'bdi', { class: 'printed', text: published.text, attrs: { lang, dir: 'auto' } }),
      ]),
    ]),
  ]);
}

/** The dateline's place and agency (null when it names neither). */
function datelineFact(doc: Document, dl: Dateline | null, lang: string | undefined): HTMLElement | null {
  if (!dl || !(dl.place || dl.agency)) return null;
  // <bdi>: page text isolated, aligned with the UI (not with its own direction).
  const parts: HTMLElement[] = [];
  if (dl.place)
    parts.push(
      el(doc, 'span', { class: 'visually-hidden', text: t('datelinePlace') }),
      el(doc, 'bdi', { class: 'place', text: dl.place, attrs: { lang } }),
    );
  if (dl.place && dl.agency) parts.push(el(doc, 'span', { class: 'sep', text: '·', attrs: { 'aria-hidden': 'true' } }));
  if (dl.agency)
    parts.push(
      el(doc, 'span', { class: 'visually-hidden', text: t('datelineAgency') }),
      el(doc, 'bdi', { class: 'agency', text: dl.agency, attrs: { lang } }),
    );
  return el(doc, 'div', { class: 'fact', attrs: { id: 'dateline', title: t('publishedTooltip', dl.text) } }, [
    term(doc, ICONS.place, t('datelineLabel')),
    el(doc, 'dd', {}, parts),
  ]);
}

/** The date and the dateline, folded into one or two lines under the title. */
function factsList(doc: Document, view: PopupView): HTMLElement | null {
  const text = view.text;
  if (!text) return null;
  const lang = view.state.snapshot?.lang ?? undefined;
  return el(doc, 'dl', { class: 'facts' }, [
    publishedFact(doc, text.published, lang),
    datelineFact(doc, text.dateline, lang),
  ]);
}

/** The compact header: site, headline, and (for an article) the date and the dateline. */
export function pageSection(doc: Document, view: PopupView, article: boolean): HTMLElement {
  const snap = view.state.snapshot;
  const title = snap?.title || view.state.title || view.state.url;
  return el(doc, 'section', { class: 'page', attrs: { 'aria-labelledby': 'page-title' } }, [
    el(doc, 'p', { class: 'site' }, [el(doc, 'bdi', { text: view.host ?? view.state.url, attrs: { dir: 'ltr' } })]),
    el(doc, 'h1', {
      class: 'title',
      text: title,
      attrs: { id: 'page-title', dir: 'auto', lang: snap?.lang ?? undefined, title },
    }),
    article ? factsList(doc, view) : null,
  ]);
}
