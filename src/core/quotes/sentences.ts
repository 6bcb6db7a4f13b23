// Sentences and words inside one paragraph, as the quote rules need them.

import type { Lexicon } from './lexicon.ts';

/**
 * Offsets just after each sentence end: . ! ? ؟ followed by a space, and CJK 。！？. A period after
 * an initial or an honorific (J. Smith, Mr. Smith, M. Dupont) ends nothing.
 */
export function sentenceBounds(text: string, lex: Lexicon): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?؟](?=[\s\u00a0])|[。！？]/gu)) {
    const i = m.index ?? 0;
    if (text[i] === '.') {
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1] ?? '';
      if (/^\p{Lu}$/u.test(word) || lex.title(word) !== undefined || lex.title(`${word}.`) !== undefined) continue;
    }
    out.push(i + 1);
  }
  return out;
}

/** The sentence [from, to) of `text` that holds offset `at`. */
export function sentenceAt(bounds: readonly number[], textLength: number, at: number): [number, number] {
  let from = 0;
  let to = textLength;
  for (const b of bounds) {
    if (b <= at) from = b;
    else {
      to = b;
      break;
    }
  }
  return [from, to];
}

/** Whitespace-separated tokens. */
export const tokens = (s: string): string[] => s.split(/[\s\u00a0]+/u).filter((t) => t.length > 0);

/** A token without the quotation marks and punctuation around it. */
export const bare = (t: string): string => t.replace(/^[(\u201c\u201d"'«»„‘’]+|[)"'\u201c\u201d«»„‘’,;:.!?؟،]+$/gu, '');

/**
 * A word without its elided article or preposition, before a lowercase noun ("l’agence" → "agence",
 * "dell’avvocato" → "avvocato"); not a name's own particle (D’Alema, l’EPA).
 */
export const unelided = (w: string): string => w.replace(/^(?:[ld]|dell|all|dall|nell|sull|un)['’](?=\p{Ll})/iu, '');

/** A capitalized word that may belong to a name: M., O'Neill, Jean-Luc, Müller. */
export const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}\p{N}'’.\-\uFFFD]*$/u;
