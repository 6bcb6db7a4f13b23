// The contract between the document-start script (start.ts, early.ts) and the
// content script (index.ts): what the start script began, left on the
// isolated world's global, which pages cannot see. The content script calls
// these closures; it does not carry their code.

import type { ClutterKind } from '../core/types.ts';
import { parseSettings, type Settings } from '../shared/settings.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import type { ContentExtApi } from './ext.ts';

export interface Early {
  /** Everything in storage.sync, as read at the start (the reading view's per-site choice reads it). */
  items: Promise<Record<string, unknown>>;
  settings: Promise<Settings>;
  /** The site's stylesheet entry, as stored (null: none). */
  style: Promise<SiteStyle | null>;
  /** Whether the site's stylesheet is in the page now. */
  styleOn(): boolean;
  /** When (performance.now()) it went in, or null. */
  styleAt(): number | null;
  /** Takes the stylesheet out for good (the page is not news, or was restored). */
  drop(): void;
  /** Puts it in again with fewer selectors (a selector hit this page's article). */
  reapply(style: SiteStyle, kinds: readonly ClutterKind[]): void;
  /** Whether the clean side was already asked for. */
  sideAsked: Promise<void> | null;
  /** When (performance.now()) the start script ran, and when the site's entry was read (null: not yet). */
  startedAt: number;
  readAt(): number | null;
}

/** The isolated world's global slot where the start script leaves its Early. */
export const EARLY_SLOT = '__clearlineEarly';

/** The Early the start script left, if it ran (taken once). */
export function takeEarly(global: object = globalThis): Early | null {
  const g = global as Record<string, unknown>;
  const early = g[EARLY_SLOT] as Early | undefined;
  delete g[EARLY_SLOT];
  return early && typeof early === 'object' && typeof early.drop === 'function' ? early : null;
}

/** When the start script did not run: settings only, no stylesheet. */
export function lateEarly(api: ContentExtApi): Early {
  const items: Promise<Record<string, unknown>> = Promise.resolve()
    .then(() => api.storage.sync.get(null))
    .catch(() => ({}));
  return {
    items,
    settings: items.then((all) => parseSettings(all)),
    style: Promise.resolve(null),
    styleOn: () => false,
    styleAt: () => null,
    drop: () => {},
    reapply: () => {},
    sideAsked: null,
    startedAt: performance.now(),
    readAt: () => null,
  };
}
