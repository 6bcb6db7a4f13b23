// An adverbial between a speech verb and the subject after it ("a indiqué à l’AFP Paul Durand",
// "señaló a Efe la portavoz …"), read past so the subject after it can be read (speaker/latin.ts).

import type { Lexicon } from '../lexicon.ts';
import { bare, NAME_TOKEN, tokens } from '../sentences.ts';

/**
 * The text after an adverbial that stands between a cue and its subject ("à l’AFP", "a Efe", "pour sa
 * part", "en rueda de prensa", "am Montag"), or null when none is there. The subject after it must open
 * with a determiner ("la portavoz …"); a name may follow directly only an elided article and its name
 * (à l’AFP Paul Durand, all’Ansa Marco Rossi), where the apostrophe ends the medium's name.
 */
export function afterAdverbial(after: string, lex: Lexicon): string | null {
  const toks = tokens(after.replace(/^[\s,]*/u, ''));
  let i = 0;
  while (i < toks.length && lex.auxiliary(bare(toks[i] ?? ''))) i++;
  let elided = false;
  let phrases = 0;
  for (; phrases < 2; phrases++) {
    const p = toks[i] ?? '';
    const glued = /^(\p{Ll}+[’'])\p{Lu}[\p{L}\p{N}-]*$/u.exec(p);
    // A preposition of two words ("auprès de l’AFP", "auprès du Parisien") is read as one.
    const two = !glued && lex.adverbialPreposition(`${p} ${toks[i + 1] ?? ''}`);
    if (two) i++;
    if (glued && lex.adverbialPreposition(glued[1] ?? '')) {
      // all’Ansa: the preposition, its article and the medium in one word.
      elided = true;
      i++;
    } else if (two || lex.adverbialPreposition(p)) {
      // "a EFE María González": a medium in capitals ends at the name after it.
      const acronym = /^\p{Lu}{2,}$/u.test(toks[i + 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(toks[i + 2] ?? '');
      const j = acronym ? i + 2 : adverbialObject(toks, i + 1, lex);
      if (j < 0) return null;
      elided = acronym || (/^[lL][’']\p{Lu}/u.test(toks[j - 1] ?? '') && j === i + 2);
      i = j;
    } else break;
    if (/[,;:.!?]$/u.test(toks[i - 1] ?? '')) return null;
    const next = toks[i] ?? '';
    if (lex.determiner(next) || (elided && NAME_TOKEN.test(next))) return toks.slice(i).join(' ');
  }
  return null;
}

/** Where the object of a preposition at `from` ends: a capitalized name, or a few lowercase words (sa part). */
function adverbialObject(toks: readonly string[], from: number, lex: Lexicon): number {
  let j = from;
  if (/^[lL][’']\p{Lu}/u.test(toks[j] ?? '')) return j + 1;
  if (lex.determiner(toks[j] ?? '')) j++;
  // "a la ministra Ana López": the addressee's role, then the name that ends it.
  let k = j;
  while (k < toks.length && k - j < 3 && /^\p{Ll}/u.test(toks[k] ?? '') && lex.role(bare(toks[k] ?? ''))) k++;
  if (k > j && NAME_TOKEN.test(bare(toks[k] ?? ''))) j = k;
  const start = j;
  const cap = NAME_TOKEN.test(toks[j] ?? '');
  while (j < toks.length && j - start < 4) {
    const t = toks[j] ?? '';
    if (lex.determiner(t) || /[,;:.!?"“”«»„]/u.test(t.slice(0, -1))) break;
    if (cap ? !NAME_TOKEN.test(t) : !/^\p{Ll}/u.test(t) || lex.role(t)) break;
    // "desde un megáfono a la Policía": a preposition opens the next adverbial, no part of this object.
    if (j > start && lex.adverbialPreposition(t)) break;
    j++;
    if (/[,;:.!?]$/u.test(t)) break;
  }
  return j > start ? j : -1;
}
