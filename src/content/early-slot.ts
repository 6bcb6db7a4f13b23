// The contract between the document-start script (start.ts, early.ts) and the
// content script (index.ts): what the start script began, left on the
// isolated world's global, which pages cannot see. The content script calls
// these closures; it does not carry their code.

import type { ClutterKind } from '../core/types.ts';
import type { Settings } from '../shared/settings.ts';
import type { SiteStyle } from '../shared/site-styles.ts';

/** What the settings say about this page, decided by the start script (which carries their code). */
export interface PageSettings {
  /** Auto-clean is on for this page's site, with at least one kind to hide. */
  autoClean: boolean;
  /** The kinds to hide. */
  kinds: ClutterKind[];
  /** This site opens its news articles in the reading view as they load. */
  readerAlways: boolean;
}

export interface Early {
  settings: Promise<Settings>;
  /** What the settings say about this page: the content script reads this, not the settings. */
  page: Promise<PageSettings>;
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
