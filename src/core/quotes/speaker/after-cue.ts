// The name a cue's subject gives after the verb ("said NBC commentator Dwyane
// Wade", "a déclaré le ministre, Bruno Le Maire"): the name that opens the
// phrase after its determiner and role words, the one that closes a longer
// description, or the one set off by commas after a role.

import type { Lexicon } from '../lexicon.ts';
import { bare, NAME_TOKEN, tokens } from '../sentences.ts';
import { isRole, nameParticle, splitRole, withoutAffiliation, type NameParts } from './names.ts';

/**
 * The name in commas right after a role phrase read after the cue ("…, Michel Barnier, devant …").
 * The phrase may end on an initial whose period the words read left out ("l’avocate de Paul D.,
 * Léa Roux").
 */
export function nameAfterRole(after: string, phrase: string): string | null {
  const at = after.indexOf(phrase);
  if (at < 0) return null;
  const m = /^\.?\s*,\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]+){0,3})\s*(?:[,.;:!?]|$)/u.exec(
    after.slice(at + phrase.length),
  );
  return m?.[1] ?? null;
}

/**
 * A name after the cue: "said Oliver Peiler", "dijo el portavoz Oliver Peiler" (role before it),
 * "said Kyiv resident Svitlana Onofryichuk" (a capitalized modifier and a role noun before it).
 */
export function nameAfterCue(after: string, lex: Lexicon): NameParts | null {
  const toks = phraseAfterCue(after, lex);
  const roled = nameClosingRole(toks, lex);
  if (roled) return roled;
  const found = nameOpeningPhrase(toks, after, lex);
  // Nothing read, one word ("Trainerin und frühere Weltmeisterin …") or an acronym ("NBC"): the
  // name may close a longer description.
  return found && /\s/u.test(found.name) ? found : (nameClosingPhrase(toks, lex) ?? found);
}

/** The words after a cue up to the first punctuation, a period after an initial or a title excepted (M. Dupont). */
function phraseAfterCue(after: string, lex: Lexicon): string[] {
  const toks: string[] = [];
  for (const raw of tokens(after.replace(/^[\s,:—–-]*/u, ''))) {
    // An opening mark, or punctuation set off by a space ("a déclaré Jean Dupont : …"), ends it.
    if (/^[(«»"“”„]/u.test(raw) || !/[\p{L}\p{N}]/u.test(raw)) break;
    // An elided article before a name is a word of its own ("prosegue l'Unicef").
    const elided = /^([lL][’'])(\p{Lu}.*)$/u.exec(bare(raw));
    if (elided) toks.push(`${elided[1]?.toLowerCase()}`, elided[2] ?? '');
    else toks.push(bare(raw));
    const initial = /^\p{Lu}\.$/u.test(raw) || lex.title(raw) !== undefined;
    if (/[,;:!?)«»"“”„]$/u.test(raw) || (/\.$/u.test(raw) && !initial)) break;
  }
  return toks;
}

/**
 * "said NBC commentator and three-time NBA champion Dwyane Wade", "sagte NBC-Co-Kommentator und
 * dreifach-NBA-Champion Dwyane Wade": a description of up to ten words, with no preposition in it
 * and no article but its first word, then a name of two words or more that ends the phrase. A
 * compound on an acronym (NBA-Champion, UN-Botschafter) is a noun of the description, not a word
 * of the name. An adverbial may follow the name.
 */
function nameClosingPhrase(phrase: readonly string[], lex: Lexicon): NameParts | null {
  // A lowercase word that, capitalized, is never a name: a function word (am, on, ha, cui).
  const closed = (t: string): boolean => lex.notName(t.charAt(0).toUpperCase() + t.slice(1));
  // An adverbial after the name ends the phrase there ("… Dwyane Wade am Samstag", "… on Monday").
  const adverbial = phrase.findIndex(
    (t, p) =>
      p >= 2 &&
      /^\p{Ll}/u.test(t) &&
      !lex.connector(t) &&
      (lex.adverbialPreposition(t) || closed(t)) &&
      NAME_TOKEN.test(phrase[p - 1] ?? '') &&
      (NAME_TOKEN.test(phrase[p - 2] ?? '') || lex.connector(phrase[p - 2] ?? '')),
  );
  const toks = adverbial > 0 ? phrase.slice(0, adverbial) : phrase;
  const run: string[] = [];
  let k = toks.length;
  for (; k > 0; k--) {
    const t = toks[k - 1] ?? '';
    // Particles inside the name (Maria van der Berg); an article only after another particle.
    const prev = toks[k - 2] ?? '';
    const inner = run.length > 0 && nameParticle(t, prev, lex) && (NAME_TOKEN.test(prev) || lex.connector(prev));
    if (!inner && (!NAME_TOKEN.test(t) || lex.notName(t) || /^\p{Lu}{2,}-/u.test(t))) break;
    run.unshift(t);
  }
  const description = toks.slice(0, k);
  if (run.length < 2 || description.length === 0 || description.length > 10) return null;
  // A preposition, or an article inside it, makes it a clause of its own ("ein Sprecher des
  // Innenministeriums der Deutschen Presse-Agentur": the agency is the addressee); so do a verb's
  // auxiliary, a relative, a pronoun and the other words that are never names ("ha contado Javier
  // Imbroda", "cui Gershon Baskin").
  const clause = (t: string, i: number): boolean =>
    lex.adverbialPreposition(t) ||
    (i > 0 && lex.determiner(t)) ||
    lex.auxiliary(t) ||
    lex.relative(t) ||
    lex.complementizer(t) ||
    lex.pronoun(t) !== undefined ||
    (!lex.conjunction(t) && !lex.determiner(t) && closed(t));
  if (!description.some((t) => /^\p{Ll}/u.test(t)) || description.some(clause)) return null;
  const parts = splitRole(run, lex);
  if (!parts) return null;
  const role = [...description.filter((t) => !lex.determiner(t) && !lex.auxiliary(t)), parts.role ?? ''];
  return { name: parts.name, role: role.join(' ').trim() || null };
}

/**
 * "ha commentato il vicepremier e ministro degli Affari Esteri Antonio Tajani", "dijo el jefe de la
 * diplomacia europea Josep Borrell": a role in lowercase opens the phrase (after its determiner), its
 * complement follows with links and no other preposition, and a name of two words or more ends it.
 * After a link or an article the run's first words are the complement ("de l’Intérieur Gérald
 * Darmanin"): the name is its last two words, and a run of two there is the complement alone.
 */
function nameClosingRole(toks: readonly string[], lex: Lexicon): NameParts | null {
  const i = lex.determiner(toks[0] ?? '') ? 1 : 0;
  if (!/^\p{Ll}/u.test(toks[i] ?? '') || !isRole(toks[i] ?? '', lex)) return null;
  let k = toks.length;
  while (k > i + 1 && NAME_TOKEN.test(toks[k - 1] ?? '') && !lex.notName(toks[k - 1] ?? '')) k--;
  const lead = toks[k - 1] ?? '';
  const linked = lex.roleLink(lead) || lex.determiner(lead);
  const run = toks.slice(linked ? Math.max(k, toks.length - 2) : k);
  if (run.length < 2 || (linked && toks.length - k < 3) || k - i > 10) return null;
  if (run.some((w) => lex.body(w) || lex.title(w) !== undefined)) return null;
  // Only role words, adjectives, links and the complement's own words stand between role and name.
  const middle = toks.slice(i + 1, toks.length - run.length);
  const clause = (t: string): boolean =>
    (lex.adverbialPreposition(t) && !lex.roleLink(t)) ||
    lex.auxiliary(t) ||
    lex.relative(t) ||
    lex.complementizer(t) ||
    lex.pronoun(t) !== undefined;
  if (middle.some(clause) || middle.some((t) => /[.!?]$/u.test(t))) return null;
  const role = toks.slice(i, toks.length - run.length).filter((t, j) => j > 0 || !lex.determiner(t));
  return { name: run.join(' '), role: role.join(' ').replace(/([’'])\s+/gu, '$1') };
}

/** A name, or another particle and a name, at `j` (von der Leyen). */
function particleBeforeName(toks: readonly string[], j: number, lex: Lexicon): boolean {
  const next = toks[j] ?? '';
  return NAME_TOKEN.test(next) || (lex.connector(next) && NAME_TOKEN.test(toks[j + 1] ?? ''));
}

/** The name that opens the phrase after a cue, after its determiner, role words and adjectives. */
function nameOpeningPhrase(toks: readonly string[], after: string, lex: Lexicon): NameParts | null {
  let i = 0;
  const lead: string[] = [];
  // Only a determiner and role words may stand between the cue and the name ("said on Monday" is no name).
  const leads = (t: string): boolean => /^\p{Ll}/u.test(t) && (lex.determiner(t) || lex.role(t) || lex.auxiliary(t));
  // An adjective may stand there too when a role follows ("der russische UN-Botschafter Wassili Nebensja").
  let adjectives = 0;
  while (i < toks.length && lead.length < 4 && /^\p{Ll}/u.test(toks[i] ?? '')) {
    if (!leads(toks[i] ?? '')) adjectives++;
    lead.push(toks[i++] ?? '');
  }
  const runAt = (from: number): string[] => {
    const run: string[] = [];
    for (let j = from; j < toks.length && run.length < 7; j++) {
      const t = toks[j] ?? '';
      if (NAME_TOKEN.test(t) && !lex.notName(t)) run.push(t);
      else if (run.length > 0 && nameParticle(t, toks[j - 1] ?? '', lex) && particleBeforeName(toks, j + 1, lex))
        run.push(t);
      else break;
    }
    return withoutAffiliation(run, lex);
  };
  // "dijo a la ministra Ana López el alcalde …": a name after a preposition is its object.
  if (lead[0] && lex.adverbialPreposition(lead[0]) && !lex.determiner(lead[0])) return null;
  const first = runAt(i);
  // A role's complement may stand there after it ("заявил мэр города Андрей Соколов").
  const roled = first.some((w) => isRole(w, lex)) || lead.some((w) => isRole(w, lex));
  if (first.length === 0 || (adjectives > 0 && !roled)) return null;
  // "el consejero de Medio Ambiente, Mariano Sánchez": after a role and a particle the run is the
  // role's complement; the name is the one set off by a comma after it.
  if (roled && lex.connector(lead[lead.length - 1] ?? '')) {
    const named = nameAfterRole(after, first.join(' '));
    if (named) return { name: named, role: [...lead.filter((w) => !lex.determiner(w)), ...first].join(' ') };
  }
  // "das Jahr", "der Wissenschaftler": one capitalized word after an article is a noun, not a name.
  // A name with an elided article is a body's ("prosegue l'Unicef").
  const elidedLead = lead.length === 1 && /^l[’']$/u.test(lead[0] ?? '');
  if (first.length === 1 && !elidedLead && lead.some((w) => lex.determiner(w)) && !lex.role(first[0] ?? ''))
    return null;
  const roleLead = lead.filter((w) => !lex.determiner(w) && !lex.auxiliary(w));
  // A modifier, role nouns, then the name: "Kyiv resident Svitlana Onofryichuk".
  let j = i + first.length;
  const mid: string[] = [];
  while (j < toks.length && /^\p{Ll}/u.test(toks[j] ?? '') && lex.role(toks[j] ?? '')) mid.push(toks[j++] ?? '');
  // The role's complement, one lowercase word right before the name ("ТАСС директор музея Елена Гагарина").
  if (mid.length > 0 && /^\p{Ll}/u.test(toks[j] ?? '') && runAt(j + 1).length > 0) mid.push(toks[j++] ?? '');
  const second = mid.length > 0 ? runAt(j) : [];
  if (second.length > 0) {
    const parts = splitRole(second, lex);
    if (parts) return { name: parts.name, role: [...roleLead, ...first, ...mid, parts.role ?? ''].join(' ').trim() };
  }
  const parts = splitRole(
    first,
    lex,
    lead.some((w) => isRole(w, lex)),
  );
  if (!parts) return null;
  const role = [...roleLead, parts.role ?? ''].join(' ').trim();
  return { name: parts.name, role: role || null };
}
