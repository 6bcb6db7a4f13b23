// What the tools take out of a page, as the extension hides it by default.
import { DEFAULT_KINDS } from '../../core/kinds.ts';
import type { ClutterKind } from '../../core/types.ts';

/** The kinds the cleaned output (extract --cleaned-dir), the scoreboard and `npm start` remove: the extension's defaults. */
export const REMOVED_KINDS: readonly ClutterKind[] = DEFAULT_KINDS;
