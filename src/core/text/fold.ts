// Letter folding for comparing words as readers do: Arabic letter variants are
// one letter, harakat and tatweel are nothing, and case is folded. Used to
// compare names and words, never to change what is shown.
//
// The Arabic script's variants are listed once, below, a group each; each
// folding names the groups it folds (charFolder). They do not all fold the same
// letters: the date parser folds the Persian keheh, the dateline the Urdu ha
// forms, the clutter labels only what Arabic labels vary in.

import { ARABIC_MARK_CHARS } from './scripts.ts';

/** A letter group of the Arabic script: its variants, and the letter they fold to. */
export type LetterGroup = readonly [variants: string, base: string];

// The Arabic script's letter variants, one group each (a folding picks the groups it needs; unused
// groups stay out of a bundle).
/** Alef with hamza above or below, alef with madda. */
export const ALEF_HAMZA: LetterGroup = ['أإآ', 'ا'];
/** Alef wasla. */
export const ALEF_WASLA: LetterGroup = ['ٱ', 'ا'];
/** Alef maqsura, which pages also write for a final ya. */
export const ALEF_MAQSURA: LetterGroup = ['ى', 'ي'];
/** The Persian and Urdu ya. */
export const FARSI_YA: LetterGroup = ['ی', 'ي'];
/** Ya with hamza. */
export const YA_HAMZA: LetterGroup = ['ئ', 'ي'];
/** The Pashto and Uyghur e. */
export const YA_E: LetterGroup = ['ې', 'ي'];
/** Waw with hamza. */
export const WAW_HAMZA: LetterGroup = ['ؤ', 'و'];
/** The hamza on its own: dropped. */
export const HAMZA: LetterGroup = ['ء', ''];
/** Ta marbuta. */
export const TA_MARBUTA: LetterGroup = ['ة', 'ه'];
/** The Urdu and Persian ha forms (goal, with ya above, doachashmee). */
export const URDU_HA: LetterGroup = ['ہۀھ', 'ه'];
/** The Persian keheh. */
export const KEHEH: LetterGroup = ['ک', 'ك'];

export interface CharFold {
  /** The letter groups folded. */
  letters: readonly LetterGroup[];
  /** Other characters, each replaced by its value (curly apostrophes, Cyrillic ё, odd spaces). */
  also?: Readonly<Record<string, string>>;
  /** The body of a character class: what is dropped (harakat, tatweel, joiners). Never whitespace. */
  drop?: string;
  /** Runs of whitespace become one space, in the same pass. */
  spaceRuns?: boolean;
}

/** A character class body listing `chars` one by one. */
const classOf = (chars: Iterable<string>): string => [...chars].map((c) => c.replace(/[\\\]^-]/u, '\\$&')).join('');

/** A folding of single characters, in one pass over the string: `letters` and `also` replaced, `drop` removed. */
export function charFolder(spec: CharFold): (s: string) => string {
  const map = new Map<string, string>();
  for (const [variants, base] of spec.letters) for (const c of variants) map.set(c, base);
  for (const [c, to] of Object.entries(spec.also ?? {})) map.set(c, to);
  const parts = [
    ...(spec.drop ? [`[${spec.drop}]`] : []),
    `[${classOf(map.keys())}]`,
    ...(spec.spaceRuns ? ['\\s+'] : []),
  ];
  const re = new RegExp(parts.join('|'), 'gu');
  const spaceRuns = spec.spaceRuns === true;
  // What matched is a mapped character, a dropped one, or (spaceRuns) a run of whitespace.
  return (s) => s.replace(re, (c) => map.get(c) ?? (spaceRuns && !c.trim() ? ' ' : ''));
}

/**
 * Folds Arabic letter variants (أ إ آ ٱ → ا, ئ ی → ي, ؤ → و, ة → ه, ء dropped) and drops harakat and
 * tatweel. Alef maqsura (ى) stays apart from ya.
 */
export const foldArabic: (s: string) => string = /* @__PURE__ */ charFolder({
  letters: [ALEF_HAMZA, ALEF_WASLA, YA_HAMZA, FARSI_YA, WAW_HAMZA, HAMZA, TA_MARBUTA],
  drop: ARABIC_MARK_CHARS,
});

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
