// A capitalized name run as the quote rules read it: the role words that open
// it, the particles inside it (Lula da Silva, von der Leyen), and, where nouns
// decline, the role's complement before the name (президент России Владимир Путин).

import type { Gender } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';

/** A capitalized name run split into the role before it and the name ("Ukrainian Ambassador" + "Andrii Melnyk"). */
export interface NameParts {
  name: string;
  role: string | null;
}

/**
 * A title word that ends a name of two words or more after a word that is no title (Gayle King,
 * Stephen King): the family name, which tells no gender; not "Prince Harry", nor "Mr King". In a
 * script with case only (an Arabic name may end on a title in apposition: الشيخ).
 */
function titleSurname(words: readonly string[], i: number, lex: Lexicon): boolean {
  const w = words[i] ?? '';
  return i > 0 && i === words.length - 1 && /\p{Ll}/u.test(w) && lex.title(words[i - 1] ?? '') === undefined;
}

/**
 * The title the word at `i` of a name is (its gender, null for a title that tells none), or undefined
 * when it is no title or is the family name a title word can be (titleSurname: Gayle King).
 */
export function titleIn(words: readonly string[], i: number, lex: Lexicon): Gender | undefined {
  return titleSurname(words, i, lex) ? undefined : lex.title(words[i] ?? '');
}

/**
 * The gender a role phrase tells by the form of its head, the first role word in it (la ministra de
 * Sanidad, Sprecherin des Ministeriums, l’avocat de la partie; a complement's gender is not the
 * person's: "avocat de la présidente"); null when its form tells none.
 */
export function roleGender(role: string, lex: Lexicon): 'male' | 'female' | null {
  const head = role
    .split(/[\s\u00a0]+/u)
    .map((w) => w.replace(/^[("“«]+|[)"”»,.;:]+$/gu, ''))
    .find((w) => lex.role(w));
  return head === undefined ? null : lex.roleForm(head);
}

/** A role word, or a compound ending in one (Editor-in-Chief, UN-Botschafter). */
export function isRole(w: string, lex: Lexicon): boolean {
  return lex.role(w) || w.split(/[-‐]/u).some((p) => p.length > 2 && lex.role(p));
}

/** The role words that open a run, and the name after them; null when nothing is left for a name. */
export function splitRole(words: readonly string[], lex: Lexicon, afterRole = false): NameParts | null {
  // A role alone ("Wissenschaftlerin", "NBC-Co-Kommentator") names nobody.
  if (words.length === 1 && isRole(words[0] ?? '', lex)) return null;
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (isRole(w, lex)) cut = i;
  }
  // "представитель МИД Мария Захарова", "spokesperson UNHCR Olga Sarrado": an acronym before a name
  // of two words or more is the body the person belongs to, no part of the name.
  if (words.length - cut >= 4 && /^\p{Lu}{2,6}$/u.test(words[cut + 1] ?? '') && /\p{Ll}/u.test(words[cut + 2] ?? ''))
    cut++;
  // "пресс-секретарь Кремля Дмитрий Песков": in a language with patronymics, three words after a role
  // whose second is none start with the role's complement; without a role word in the run the
  // complement alone is no role ("(министр иностранных дел) України Дмитро Кулеба").
  const roled = cut >= 0;
  if ((afterRole || roled) && genitiveComplement(words.slice(cut + 1), lex)) cut++;
  let name = words.slice(cut + 1);
  // "Experte von Tax Justice Network Markus Meinzer": after the role a particle opens its complement;
  // the name is the last two words.
  if (roled && lex.connector(name[0] ?? '') && name.length >= 4) {
    cut += name.length - 2;
    name = name.slice(-2);
  }
  // "Ministry of Finance Brian Manning": a body, a link and a one-word complement open the run, then
  // two words: the body is no part of the name. (A longer complement may hold the body's own name:
  // Centro de Formación Técnica Santo Tomás.)
  if (!roled && lex.body(name[0] ?? '')) {
    const link = name.findIndex((w, i) => i > 0 && (lex.connector(w) || lex.roleLink(w)));
    if (link > 0 && name.length - (link + 1) === 3)
      return { name: name.slice(-2).join(' '), role: name.slice(0, -2).join(' ') };
  }
  // "Prime Minister", "Foreign Secretary": a role of several words names nobody either.
  if (name.length === 0 || (roled && name.every((w) => isRole(w, lex)))) return null;
  return { name: name.join(' '), role: roled ? words.slice(0, cut + 1).join(' ') : null };
}

/**
 * Three capitalized words or more after a role, the second no patronymic: the first is the role's
 * complement, when its form says so (России, Кремля; not Ким Чен Ын, nor Большая Палата ВС).
 */
export function genitiveComplement(words: readonly string[], lex: Lexicon): boolean {
  return (
    lex.patronymic !== null &&
    words.length >= 3 &&
    !lex.patronymic(words[1] ?? '') &&
    !isRole(words[0] ?? '', lex) &&
    lex.complementForm(words[0] ?? '')
  );
}

/**
 * A lowercase word of the sentence that is no preposition or conjunction: before a name run, the
 * role's own words ("министр иностранных дел России Сергей Лавров"), after which a complement may
 * stand.
 */
export function roleWordBefore(word: string, lex: Lexicon): boolean {
  return /^\p{Ll}/u.test(word) && !lex.preposition(word) && !lex.conjunction(word);
}

/**
 * Where the role phrase starts whose complement is the run at `run` of `words` (bare words), or -1:
 * an acronym right after a role word ("fondatrice WARA"), or at most two words after a role link and
 * its article, with lowercase words and a role word before the link ("chef d’antenne du massif du
 * Ziama", "the mayor of New York"). Role words in lowercase only: capitalized nouns say nothing.
 */
export function roleComplementStart(words: readonly string[], run: number, lex: Lexicon): number {
  const lowRole = (w: string): boolean => /^\p{Ll}/u.test(w) && isRole(w, lex);
  if (words.length - run === 1 && /^\p{Lu}{2,6}$/u.test(words[run] ?? '') && lowRole(words[run - 1] ?? ''))
    return run - 1;
  if (words.length - run > 2) return -1;
  let i = run - 1;
  if (lex.determiner(words[i] ?? '')) i--;
  if (!lex.roleLink(words[i] ?? '')) return -1;
  let start = -1;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const w = (words[j] ?? '').replace(/^[ldLD][’']/u, '');
    if (!/^\p{Ll}/u.test(w)) break;
    if (lowRole(w)) start = j;
  }
  return start;
}

/**
 * Where a person's name of two words or more ends and the body they belong to begins: a particle
 * followed by two capitalized words or more, or by a body's word ("Jacqueline Rioba von World
 * Vision", "Jana Krüger von Greenpeace Deutschland"); -1 when none ("Ursula von der Leyen", "Lula
 * da Silva", "Karl von Habsburg" keep theirs).
 */
export function affiliationAt(words: readonly string[], lex: Lexicon): number {
  for (let i = 2; i < words.length - 1; i++) {
    if (!lex.connector(words[i] ?? '') || lex.connector(words[i - 1] ?? '')) continue;
    let j = i;
    while (j < words.length && lex.connector(words[j] ?? '')) j++;
    const rest = words.slice(j);
    if (words.slice(0, i).some((w) => lex.body(w))) return -1;
    if (rest.length >= 2 || rest.some((w) => lex.body(w))) return i;
  }
  return -1;
}

/** A name run less the body it is followed by (affiliationAt): "Jana Krüger von Greenpeace" → "Jana Krüger". */
export function withoutAffiliation(words: string[], lex: Lexicon): string[] {
  const cut = affiliationAt(words, lex);
  return cut > 0 ? words.slice(0, cut) : words;
}

/**
 * A particle inside a name (Lula da Silva); an article only after another particle (von der Leyen,
 * de la Cruz), not after a noun ("Tweet des Jahres", "Demontage der Gastgeber").
 */
export function nameParticle(word: string, prev: string, lex: Lexicon): boolean {
  return lex.connector(word) && (!lex.determiner(word) || lex.connector(prev));
}
