// The site's stylesheet on the load path: the entry the document-start script
// read and put in (early.ts), taken out again when the page is not news, is
// restored or is not to be cleaned, and what a cleaned article teaches it
// (the clean side's learnSiteStyle, in slices).

import type { Slicer } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind } from '../core/types.ts';
import type { LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import type { CleanSide } from './clean-side.ts';
import type { Early } from './early-slot.ts';
import { removeSiteStyle } from './site-style.ts';

/** An unchanged entry is written again this long after its last write. */
const REWRITE_AFTER_MS = 86_400_000;

export interface SiteStyleKeeper {
  /** Takes the site's stylesheet out of the page (and keeps it out). */
  drop(): void;
  /** Waits for the entry the start script read, and notes when the start script's steps happened. */
  read(timings: LoadTimings): Promise<void>;
  /**
   * What this cleaned article teaches the site's stylesheet: selectors for the
   * widgets hidden here, which stored ones still match, and which ones hit the
   * article (those leave the page's stylesheet at once). Resolves to the time
   * it took on the page's thread (ms).
   */
  learn(
    side: CleanSide,
    article: ArticleInfo,
    hidden: readonly ClutterHit[],
    kinds: readonly ClutterKind[],
    slicer: Slicer,
    check: () => void,
  ): Promise<number>;
}

/** `onSiteStyle` gets the site's entry after a cleaned article changed it (null: nothing left to keep). */
export function siteStyleKeeper(
  doc: Document,
  early: Early | null,
  onSiteStyle: (style: SiteStyle | null) => void,
): SiteStyleKeeper {
  /** The site's stylesheet entry as read at document start (then as this page left it). */
  let stored: SiteStyle | null = null;
  return {
    drop: () => {
      if (early) early.drop();
      else removeSiteStyle(doc);
    },
    read: async (timings) => {
      if (!early) return;
      stored = await early.style;
      timings.siteStyleAt = early.styleAt() ?? undefined;
      timings.earlyAt = early.startedAt;
      timings.readAt = early.readAt() ?? undefined;
      timings.siteStyleRules = early.styleOn() ? (stored?.sels.length ?? 0) : 0;
    },
    learn: async (side, article, hidden, kinds, slicer, check) => {
      slicer.resume();
      const t0 = slicer.stats.totalMs;
      const before = stored;
      const learned = await slicer.run(side.learnSiteStyle(doc, article, hidden, before, Date.now()), check);
      slicer.end();
      if (learned.unsafe.length && before && early?.styleOn()) {
        // A selector that hides part of this article: the page's stylesheet goes on without it.
        const kept = before.sels.filter((s) => !learned.unsafe.includes(s.sel));
        if (kept.length) early.reapply({ ...before, sels: kept }, kinds);
        else early.drop();
      }
      // Written when the selectors changed, or a day after the last write (so that its age stays true).
      const stale = !before || Date.now() - before.at > REWRITE_AFTER_MS;
      if (learned.changed || (learned.style && stale)) onSiteStyle(learned.style);
      stored = learned.style;
      return slicer.stats.totalMs - t0;
    },
  };
}
