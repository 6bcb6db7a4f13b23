// Where the content script gets its clean side (clean-side.ts): the one the
// background injected into this page, asked for once (at document start on a
// site with a stylesheet, else when detection says "news"), and waited for on
// the load path. Clean-up asked for before it is in fails with
// MissingCleanSide, which the state reports while the side is still missing.

import type { CleanSide } from './clean-side.ts';
import type { Early } from './early-slot.ts';

/** Said in the state when clean-up was asked for and its code could not be loaded into the page. */
export const NO_CLEAN_SIDE = 'the clean-up code could not be loaded into this page';

/** Thrown when clean-up is asked for before its code is in the page (told apart by class, not by message). */
export class MissingCleanSide extends Error {
  constructor() {
    super(NO_CLEAN_SIDE);
    this.name = 'MissingCleanSide';
  }
}

export interface CleanSideLoader {
  /** The clean side, once injected (null before). */
  loaded(): CleanSide | null;
  /** The clean side, or MissingCleanSide. */
  require(): CleanSide;
  /** Asks for it now (unless the start script did), so that it is in by the time detection says "news". */
  prefetch(): void;
  /** Waits until it is in or cannot be; returns how long that took (ms: the browser's work, not the page's). */
  wait(now: () => number): Promise<number>;
}

/**
 * `loaded` reads the clean side once injected; `load` has it injected and
 * resolves when it is there or cannot be.
 */
export function cleanSideLoader(
  loaded: () => CleanSide | null,
  load: () => Promise<void>,
  early: Early | null,
): CleanSideLoader {
  /** The injection, once asked for. */
  let pending: Promise<void> | null = null;
  const prefetch = (): void => {
    if (pending || loaded()) return;
    pending = early?.sideAsked ?? load().catch(() => {});
  };
  return {
    loaded,
    require: () => {
      const side = loaded();
      if (!side) throw new MissingCleanSide();
      return side;
    },
    prefetch,
    wait: async (now) => {
      if (loaded()) return 0;
      const t0 = now();
      prefetch();
      await pending;
      // An early request that failed (no background yet): ask once more.
      if (!loaded() && early?.sideAsked) await load().catch(() => {});
      return now() - t0;
    },
  };
}
