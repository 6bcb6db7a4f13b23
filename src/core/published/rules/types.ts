// What the resolution rules take and give.

import type { ParsedDate } from '../parse.ts';
import type { DateContext, DateReading } from '../read.ts';

/** A rule that passes over a candidate: it is not the publication date, whatever its rank. */
export interface SkipRule {
  name: string;
  skips: (r: DateReading, ctx: DateContext) => boolean;
}

/** The answer taking shape: the candidate it is read from, the day and timestamp it gives. */
export interface Pick {
  from: DateReading;
  day: ParsedDate;
  iso: string | null;
  /** Added to the answer's source when a rule changed what the candidate said ("shown" gives "…+shown"). */
  mark: string | null;
}

/**
 * A rule that may overrule or amend the first candidate believed: it returns the new
 * pick, or null when it does not apply. When a rule that `ends` answers, no later rule runs.
 */
export interface PickRule {
  name: string;
  run: (pick: Pick, ctx: DateContext) => Pick | null;
  ends: boolean;
}
