// The site's stylesheet on the load path: the entry the document-start script
// read and put in (early.ts), taken out again when the page is not news, is
// restored or is not to be cleaned. What a cleaned article teaches it is the
// clean side's work (clean-impl.ts), on the entry held here.

import type { LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import type { SiteStyleHold } from './clean-side.ts';
import type { Early } from './early-slot.ts';
import { removeSiteStyle } from './site-style.ts';

export interface SiteStyleKeeper {
  /** Takes the site's stylesheet out of the page (and keeps it out). */
  drop(): void;
  /** Waits for the entry the start script read, and notes when the start script's steps happened. */
  read(timings: LoadTimings): Promise<void>;
  /** The entry, for the clean side to learn from and update. */
  hold: SiteStyleHold;
}

/** `onSiteStyle` gets the site's entry after a cleaned article changed it (null: nothing left to keep). */
export function siteStyleKeeper(
  doc: Document,
  early: Early | null,
  onSiteStyle: (style: SiteStyle | null) => void,
): SiteStyleKeeper {
  const hold: SiteStyleHold = { stored: null, early, onSiteStyle };
  return {
    hold,
    drop: () => {
      if (early) early.drop();
      else removeSiteStyle(doc);
    },
    read: async (timings) => {
      if (!early) return;
      const stored = await early.style;
      hold.stored = stored;
      timings.siteStyleAt = early.styleAt() ?? undefined;
      timings.earlyAt = early.startedAt;
      timings.readAt = early.readAt() ?? undefined;
      timings.siteStyleRules = early.styleOn() ? (stored?.sels.length ?? 0) : 0;
    },
  };
}
