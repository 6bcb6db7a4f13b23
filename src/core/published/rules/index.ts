// The resolution rules, in the order they run (resolve.ts). SKIP_RULES pass over
// candidates, most trusted first, until one is believed; PICK_RULES then may
// overrule it with a date the page shows (the first that answers ends), or amend
// its day and timestamp with the publisher's own.

import { metadataTie } from './metadata-tie.ts';
import { publisherOffset } from './publisher-offset.ts';
import { shownOverMetadata } from './shown-over-metadata.ts';
import { implausibleDay, noDate, proseDate, updatedDate } from './skip.ts';
import type { PickRule, SkipRule } from './types.ts';
import { utcVsLocal } from './utc-vs-local.ts';

export type { Pick, PickRule, SkipRule } from './types.ts';

export const SKIP_RULES: readonly SkipRule[] = [
  { name: 'updated-date', skips: updatedDate },
  { name: 'no-date', skips: noDate },
  { name: 'implausible-day', skips: implausibleDay },
  { name: 'prose-date', skips: proseDate },
];

export const PICK_RULES: readonly PickRule[] = [
  { name: 'shown-over-metadata', run: shownOverMetadata, ends: true },
  { name: 'metadata-tie', run: metadataTie, ends: true },
  { name: 'utc-vs-local', run: utcVsLocal, ends: false },
  { name: 'publisher-offset', run: publisherOffset, ends: false },
];
