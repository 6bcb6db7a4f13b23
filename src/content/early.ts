// What the tiny document-start script (start.ts) does before the page is
// parsed, and leaves for the content script (index.ts, at document_end) on
// the isolated world's global, which pages cannot see:
//
//   document start ─► storage.local: this site's stylesheet ─► in at once (before the first paint)
//                 └─► storage.sync: settings ─► out again if auto-clean is off here; kinds filtered
//                 └─► a site with a stylesheet: ask for the clean side now (it arrives while the page parses)
//
// The content script takes the same promises, and what the settings say about
// this page (auto-clean, the kinds, the reading view), decided here so that it
// carries no settings code; it decides, once the page is parsed, whether the
// stylesheet stays (a news article) or goes (anything else).

import { CLUTTER_KINDS } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import type { ContentToBackground } from '../shared/messages.ts';
import { autoCleanFor, parseSettings, readerAlwaysIn, siteKey } from '../shared/settings.ts';
import { parseSiteStyle, styleItemKey, type SiteStyle } from '../shared/site-styles.ts';
import { EARLY_SLOT, type Early } from './early-slot.ts';
import type { ContentExtApi } from './ext.ts';
import { applySiteStyle, removeSiteStyle } from './site-style.ts';

export type { Early };

/** Starts the storage reads and the stylesheet for `doc` (the start script; or the content script, when alone). */
export function beginEarly(doc: Document, url: string, api: ContentExtApi): Early {
  const startedAt = performance.now();
  const host = /^https?:/iu.test(url) ? siteKey(url) : null;
  let readAt: number | null = null;
  let on = false;
  let at: number | null = null;
  let dropped = false;
  const items: Promise<Record<string, unknown>> = Promise.resolve()
    .then(() => api.storage.sync.get(null))
    .catch(() => ({}));
  const settings = items.then((all) => parseSettings(all));
  const page = settings.then(async (set) => ({
    autoClean: autoCleanFor(set, url) && set.kinds.length > 0,
    kinds: set.kinds,
    readerAlways: readerAlwaysIn(await items, url),
  }));
  const style: Promise<SiteStyle | null> = host
    ? Promise.resolve()
        .then(() => api.storage.local.get(styleItemKey(host)))
        .then((items) => {
          readAt = performance.now();
          return parseSiteStyle(items[styleItemKey(host)]);
        })
        .catch(() => null)
    : Promise.resolve(null);
  const put = (s: SiteStyle, kinds: readonly ClutterKind[]): void => {
    if (dropped) return;
    on = applySiteStyle(doc, s, kinds);
    at = on ? performance.now() : null;
  };
  const early: Early = {
    settings,
    page,
    style,
    styleOn: () => on,
    styleAt: () => at,
    drop: () => {
      dropped = true;
      if (on) removeSiteStyle(doc);
      on = false;
    },
    reapply: (s, kinds) => {
      if (on) removeSiteStyle(doc);
      on = false;
      put(s, kinds);
    },
    sideAsked: null,
    startedAt,
    readAt: () => readAt,
  };
  // The stylesheet goes in as soon as the site's entry is read: every selector in it is of a
  // kind that was hidden here before. Settings usually answer as fast; they may take it out.
  void style.then((s) => {
    if (!s) return;
    put(s, CLUTTER_KINDS);
    if (on) {
      const msg: ContentToBackground = { type: 'load-clean-side' };
      early.sideAsked = Promise.resolve()
        .then(() => api.runtime.sendMessage(msg))
        .then(
          () => undefined,
          () => undefined,
        );
    }
    void page.then(({ autoClean, kinds }) => {
      if (!on) return;
      if (!autoClean) early.drop();
      else if (s.sels.some((x) => !kinds.includes(x.kind))) early.reapply(s, kinds);
    });
  });
  return early;
}

export function leaveEarly(early: Early, global: object = globalThis): void {
  (global as Record<string, unknown>)[EARLY_SLOT] ??= early;
}
