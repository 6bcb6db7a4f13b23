// What the tools take out of a page, as the extension hides it by default.
import type { ClutterKind } from '../../core/types.ts';

/** The kinds the cleaned output (extract --cleaned-dir), the scoreboard and `npm start` remove. */
export const REMOVED_KINDS: readonly ClutterKind[] = ['share', 'comments'];
