// What the reading view's facts line (the date and the dateline above the body)
// still has to say when the page's own header and first paragraph are kept:
// a date the kept byline lines already print, or the dateline the first body
// block opens with, is not said twice.

import { normalizeDigits } from '../text/digits.ts';
import type { Dateline, Published } from '../types.ts';

export interface FactsShown {
  date: boolean;
  dateline: boolean;
}

/**
 * Whether the facts line should carry the date and the dateline. `header` is the text of the
 * byline and date lines the view keeps; `firstBlock` the text of its first body block.
 */
export function factsToShow(
  header: string,
  firstBlock: string,
  published: Published | null,
  dateline: Dateline | null,
): FactsShown {
  const year = published?.date.slice(0, 4) ?? null;
  const printed = normalizeDigits(header);
  const day = published ? String(Number(published.date.slice(8, 10))) : null;
  // The header prints that date when it holds its year and its day of the month.
  const dateInHeader =
    year !== null && day !== null && printed.includes(year) && new RegExp(`(?<!\\d)0?${day}(?!\\d)`, 'u').test(printed);
  const opening = firstBlock.trimStart().slice(0, (dateline?.text.length ?? 0) + 8);
  const datelineInBody = dateline !== null && dateline.text.length > 0 && opening.includes(dateline.text.trim());
  return { date: published !== null && !dateInHeader, dateline: dateline !== null && !datelineInBody };
}
