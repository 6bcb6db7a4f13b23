// What the popup renders from, and what it can ask for: shared by render.ts
// and quote-list.ts (types and constants only).

import type { TextResults } from '../core/report.ts';
import type { ClutterKind, Quote } from '../core/types.ts';
import type { ContentState, ReaderState } from '../shared/messages.ts';

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
  /** Whether the "Also remove" panel is open (kept across re-renders). */
  kindsOpen?: boolean;
  /** Indexes of the quotes opened in full (kept across re-renders). */
  expanded?: Set<number>;
  /** The reading view in the tab (null: never opened there, so off). */
  reader?: ReaderState | null;
  /** This site's news articles open in the reading view as they load. */
  readerAlways?: boolean;
}

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
  /** Opens or closes the reading view in the tab (absent: no reading view control). */
  toggleReader?(): void;
  /** Turns "always open in reading view" on or off for this site. */
  setReaderAlways?(on: boolean): void;
}

/** The filter value for quotes without a named speaker (no speaker is ever empty). */
export const UNKNOWN_SPEAKER = '';
