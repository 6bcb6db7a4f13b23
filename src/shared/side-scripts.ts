// The scripts injected into a tab after load, each built by crxjs as one
// self-contained IIFE file (no loader, no web_accessible_resources); the import
// gives its path in the build. See src/content/sides.ts.
import cleanSideScript from '../content/clean.ts?iife';
import textSideScript from '../content/text.ts?iife';

/** From the extension's root: Firefox resolves a relative path against the calling page. */
const rooted = (path: string): string => `/${path.replace(/^\/+/u, '')}`;

/** Article, clutter, hide and restore: injected where clean-up runs. */
export const CLEAN_SIDE_SCRIPT: string = rooted(cleanSideScript);
/** Snapshot and quote highlighter: injected by the popup. */
export const TEXT_SIDE_SCRIPT: string = rooted(textSideScript);

/** Firefox reports a script that failed to load in executeScript's result, not as a rejection. */
export function injectionError(results: ReadonlyArray<unknown>): string | null {
  const failed = results.find((r) => r && typeof r === 'object' && (r as { error?: unknown }).error !== undefined);
  return failed ? String((failed as { error?: unknown }).error) : null;
}
