// Letter folding for comparing words as readers do: Arabic alef, ya and ta
// marbuta variants are one letter, harakat and tatweel are nothing, and case
// is folded. Used to compare names and words, never to change what is shown.

import { ARABIC_MARKS } from './scripts.ts';

/** Folds Arabic letter variants (أ إ آ → ا, ى ئ ی → ي, ؤ → و, ة → ه, ء dropped) and drops harakat and tatweel. */
export function foldArabic(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[ئی]/gu, 'ي')
    .replace(/ؤ/gu, 'و')
    .replace(/ء/gu, '')
    .replace(/ة/gu, 'ه');
}

/** A word folded for comparison: NFKC, case folded, Arabic variants folded. */
export function foldWord(s: string): string {
  return foldArabic(s.normalize('NFKC').toLowerCase());
}

/** A regex source matching an Arabic word with any of its letter variants and harakat. */
export function arabicPattern(word: string): string {
  const ALT: Record<string, string> = {
    ا: '[اأإآٱ]',
    أ: '[اأإآٱ]',
    إ: '[اأإآٱ]',
    آ: '[اأإآٱ]',
    ى: '[ىي]',
    ي: '[يى]',
    ة: '[ةه]',
    ه: '[هة]',
  };
  let out = '';
  for (const ch of word) {
    if (/\p{Script=Arabic}/u.test(ch)) out += (ALT[ch] ?? escapeRegExp(ch)) + '[\\u064B-\\u0652\\u0640]*';
    else if (/\s/u.test(ch)) out += '[\\s\\u00a0]+';
    else out += escapeRegExp(ch);
  }
  return out;
}

/** Escapes the characters that mean something in a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
