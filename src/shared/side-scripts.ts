// The scripts injected into a tab after load, each built by crxjs as one
// self-contained IIFE file (no loader, no web_accessible_resources); the import
// gives its path in the build. See src/content/sides.ts.
import cleanSideScript from '../content/clean.ts?iife';
import textSideScript from '../content/text.ts?iife';
import readSideScript from '../content/read.ts?iife';

/** From the extension's root: Firefox resolves a relative path against the calling page. */
const rooted = (path: string): string => `/${path.replace(/^\/+/u, '')}`;

/** Article, clutter, hide and restore: injected where clean-up runs. */
export const CLEAN_SIDE_SCRIPT: string = rooted(cleanSideScript);
/** Snapshot and quote highlighter: injected by the popup. */
export const TEXT_SIDE_SCRIPT: string = rooted(textSideScript);
/** The reading view: injected into a tab's top frame when it is asked for. */
export const READ_SIDE_SCRIPT: string = rooted(readSideScript);

/** The part of the scripting API used here (the polyfill's type in the extension, a mock in tests). */
export interface ScriptingLike {
  executeScript(details: {
    target: { tabId: number; frameIds?: number[] };
    files: string[];
    injectImmediately?: boolean;
  }): Promise<unknown[]>;
}

/**
 * Injects our own script files into a tab (or some of its frames), now rather
 * than at document_idle. True when they are in; false, with a console warning,
 * when the page refuses them. Firefox reports a script that failed to load in
 * the result rather than rejecting: both count as failures.
 */
export async function injectScripts(
  scripting: ScriptingLike,
  target: { tabId: number; frameIds?: number[] },
  files: string[],
): Promise<boolean> {
  try {
    const results = await scripting.executeScript({ target, files, injectImmediately: true });
    const failed = results.find((r) => r && typeof r === 'object' && (r as { error?: unknown }).error !== undefined);
    if (failed) throw new Error(String((failed as { error?: unknown }).error));
    return true;
  } catch (e) {
    console.warn(`[clearline] could not load ${files.join(', ')}`, e);
    return false;
  }
}
