// Date words for the parser: text folding (digits, case, Arabic letter variants) and
// the month tables and labels of every language, built from core/lang/<code>.ts
// `dates`, the page language's own forms first.

import { LANGS, langFor } from '../lang/index.ts';
import type { DateWords } from '../lang/types.ts';
import { normalizeDigits } from '../text/digits.ts';
import { ALEF_HAMZA, ALEF_MAQSURA, ALEF_WASLA, charFolder, escapeRegExp, FARSI_YA, KEHEH } from '../text/fold.ts';

/** The letters a date's words fold: hamza and wasla alefs, alef maqsura and the Persian ya, the Persian keheh; ё. */
const foldDateLetters = /* @__PURE__ */ charFolder({
  letters: [ALEF_HAMZA, ALEF_WASLA, ALEF_MAQSURA, FARSI_YA, KEHEH],
  also: {
    ё: 'е',
    '\u00a0': ' ',
    '\u2009': ' ',
    '\u202f': ' ',
    '\u200b': ' ',
    '\u200c': ' ',
    '\u200d': ' ',
    '\u200e': ' ',
    '\u200f': ' ',
  },
  drop: '\\u0640\\p{Mn}', // tatweel and harakat (NFKC has composed the rest)
});

/**
 * Folds a text for matching: NFKC, ASCII digits, lower case, Arabic letter
 * variants (hamza forms, alef maqsura, Persian yeh and keheh) folded, tatweel and harakat dropped,
 * narrow, no-break and zero-width spaces and direction marks made spaces.
 */
export function fold(s: string): string {
  return foldDateLetters(normalizeDigits(s.normalize('NFKC')).toLowerCase());
}

export interface MonthTable {
  re: string;
  lookup: Map<string, number>;
}

function buildTable(lists: Array<string[][] | undefined>): MonthTable | null {
  const lookup = new Map<string, number>();
  for (const months of lists) {
    months?.forEach((forms, i) => {
      for (const f of forms) {
        const k = fold(f);
        // Forms with digits (CJK "10月") are read by the numeric patterns instead.
        if (!k || /\d/.test(k) || lookup.has(k)) continue;
        lookup.set(k, i + 1);
      }
    });
  }
  if (!lookup.size) return null;
  const alts = [...lookup.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Month names stand alone: no letter right before or after (an abbreviation may take a dot).
  return { re: `(?<![\\p{L}\\p{M}])(${alts.join('|')})(?![\\p{L}\\p{M}])\\.?`, lookup };
}

export interface Tables {
  words: DateWords | undefined;
  months: MonthTable | null;
  hijri: MonthTable | null;
  persian: MonthTable | null;
  order: 'dmy' | 'mdy';
  published: string[];
  updated: string[];
}

const cache = new Map<string, Tables>();

/** Month tables for a page language: its own forms first, then every other language's. */
export function tablesFor(lang: string | null): Tables {
  const key = lang ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const own = langFor(lang);
  const ordered = own ? [own, ...LANGS.filter((l) => l !== own)] : [...LANGS];
  const words = own?.dates;
  const t: Tables = {
    words,
    months: buildTable(ordered.map((l) => l.dates.months)),
    hijri: buildTable(ordered.map((l) => l.dates.hijriMonths)),
    persian: buildTable(ordered.map((l) => l.dates.persianMonths)),
    order: words?.numericOrder ?? 'dmy',
    published: ordered.flatMap((l) => l.dates.published ?? []).map(fold),
    updated: ordered.flatMap((l) => l.dates.updated ?? []).map(fold),
  };
  cache.set(key, t);
  return t;
}

/** Words of the page language (and all others) that label publication and modification dates, folded. */
export function dateLabels(lang: string | null): { published: string[]; updated: string[] } {
  const t = tablesFor(lang);
  return { published: t.published, updated: t.updated };
}
