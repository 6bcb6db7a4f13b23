// The capitalized runs of an article's text that may name someone: outside
// quotation marks, without the words that open a sentence, cut at a word that
// is never a name, and with a role's complement left to the role.

import type { QuoteContext, Unit } from '../model.ts';
import { sentenceAt, tokens } from '../sentences.ts';
import { affiliationAt, genitiveComplement, isRole, nameParticle, roleWordBefore } from '../speaker/names.ts';

/**
 * Does the mention at `at` open its sentence, after at most two words ("Auch Samantha Burgess",
 * "وقال الوزير") or a short lead-in ending in a comma ("However, Nick Kaufman")?
 */
export function opensSentence(unit: Unit, at: number): boolean {
  const [from] = sentenceAt(unit.bounds, unit.text.length, at);
  const lead = unit.text.slice(from, at).trim();
  const words = tokens(lead).length;
  return words <= 2 || (/,$/u.test(lead) && words <= 6 && !lead.slice(0, -1).includes(','));
}

/** Is offset i inside one of the unit's quotation spans? */
export function inSpan(unit: Unit, i: number): boolean {
  return unit.spans.some((s) => i > s.open && i < (s.close ?? unit.text.length));
}

/** A capitalized run with the particles names carry (de, van, bin); a bracket ends it. */
const RUN = /(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Ll}{1,4}\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/** A capitalized article or preposition elided before a lowercase word: Nell'attacco, Dell’anno, L'esercito. */
const ELIDED_LOWER = /^\p{Lu}\p{Ll}{0,3}['’]\p{Ll}{2,}/u;

export interface Run {
  start: number;
  words: string[];
  /** Right after a role and its link ("El entrenador del Real Madrid"): the role's body, no person. */
  complement?: boolean;
}

/** A word ending in a period ends its run, unless it is an initial or a title (J. Smith, Mr. Smith). */
function cutAtPeriod(words: string[], q: QuoteContext): string[] {
  const i = words.findIndex((w) => w.endsWith('.') && !/^\p{Lu}\.$/u.test(w) && q.lex.title(w) === undefined);
  return i >= 0 ? words.slice(0, i + 1).map((w, k) => (k === i ? w.slice(0, -1) : w)) : words;
}

/** Name runs outside quotation marks: leading sentence openers dropped, all-caps headings skipped. */
export function runsOf(q: QuoteContext, unit: Unit): Run[] {
  const out: Run[] = [];
  const pieces = [...unit.text.matchAll(RUN)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
  for (let p = 0; p < pieces.length; p++) {
    const { start, text } = pieces[p] as { start: number; text: string };
    if (inSpan(unit, start)) continue;
    const words = cutAtPeriod(text.split(/\s+/u), q);
    // An elided article is no part of the name (L'Unrwa, D’autres).
    const elided = /^[LlDd][’'](?=\p{Lu})/u.exec(words[0] ?? '');
    if (elided) words[0] = (words[0] ?? '').slice(2);
    // Lowercase words inside a run must be name particles (Lula da Silva), else the run ends there;
    // a particle before a body ("Karsten Haustein von der Universität Leipzig") ends it too.
    // An article is a particle only after another one (von der Leyen, de la Cruz; not Demontage der Gastgeber).
    const particle = (w: string, i: number): boolean =>
      nameParticle(w, words[i - 1] ?? '', q.lex) ||
      // "Alliance of Motion Picture and Television Producers": a conjunction inside a body's name.
      (q.lex.conjunction(w) && words.slice(0, i).some((x) => q.lex.body(x)));
    // A person, then the body they belong to, ends at the particle ("Karsten Haustein von der Universität Leipzig").
    // So does a person's name before two capitalized words ("Jacqueline Rioba von World Vision"), unless
    // an article or a role's link before the run makes it a body's ("the Southern District of New York")
    // and no role opens it ("der Experte Markus Meinzer von Tax Justice Network").
    const ahead = tokens(unit.text.slice(Math.max(0, start - 20), start)).pop() ?? '';
    const person = (!q.lex.determiner(ahead) && !q.lex.roleLink(ahead)) || isRole(words[0] ?? '', q.lex);
    const affiliation = (i: number): boolean =>
      (i >= 2 && words.slice(i + 1).some((x) => q.lex.body(x)) && !words.slice(0, i).some((x) => q.lex.body(x))) ||
      (person && i === affiliationAt(words, q.lex));
    // A word that is never a name after the name has begun ends it too ("Вопрос-ответ Что …",
    // "Donald Trump Has Skipped …"), unless it is a particle (Bruno Le Maire): the words after it are
    // a run of their own.
    // A word elided before a lowercase one ("Nell'attacco", "Dell'anno") is a sentence's opener, no name.
    const never = (w: string): boolean => q.lex.notName(w) || ELIDED_LOWER.test(w);
    // A headline in title case prints its verb capitalized ("Mikhail Mishustin Says Impossible To …",
    // "Mina Hawk Posts Sweet Tribute"): a speech verb, printed lowercase in the cue list, ends the name.
    const verb = (w: string): boolean => {
      const low = w.toLowerCase();
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || q.lex.nounsCapitalized) return false;
      const [c] = q.cues.find(low);
      return c !== undefined && c.start === 0 && c.end === low.length && c.text === low;
    };
    let lead = 0;
    while (lead < words.length && (never(words[lead] ?? '') || q.lex.determiner(words[lead] ?? ''))) lead++;
    const cut = words.findIndex(
      (w, i) =>
        (/^\p{Ll}/u.test(w) && (!particle(w, i) || affiliation(i))) ||
        (i > lead && (never(w) || verb(w)) && !q.lex.connector(w)),
    );
    const kept = cut >= 0 ? words.slice(0, cut) : words;
    // "Olaf Scholz und Außenministerin Annalena Baerbock": the words after the cut are a run of their own.
    const next = cut >= 0 ? [...text.matchAll(/\S+/gu)].slice(cut + 1).find((t) => /^\p{Lu}/u.test(t[0])) : undefined;
    if (next?.index !== undefined) pieces.splice(p + 1, 0, { start: start + next.index, text: text.slice(next.index) });
    while (kept.length > 0 && q.lex.connector(kept[kept.length - 1] ?? '')) kept.pop();
    // The sentence openers and determiners that lead the run (counted above) are no part of the name.
    let skip = Math.min(lead, kept.length);
    // A word capitalized only because it opens the sentence (Embora, Hoje): the article also prints it lowercase.
    if (skip < kept.length - 1 && q.lex.common(kept[skip] ?? '') && opensSentence(unit, start)) skip++;
    // A particle left at the front after them opens no name ("L’hypothèse de Stephen Smith").
    while (skip < kept.length - 1 && /^\p{Ll}/u.test(kept[skip] ?? '') && q.lex.connector(kept[skip] ?? '')) skip++;
    const name = kept.slice(skip);
    // A run with no lowercase letter is a dateline place or a heading (LOS ANGELES (AP) —), not a person.
    if (name.length === 0 || (name.length > 1 && name.every((w) => !/\p{Ll}/u.test(w)))) continue;
    let offset = kept.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
    // "il senatore della Florida Marco Rubio": after a role and its link, the first word completes the role.
    const prev = tokens(unit.text.slice(Math.max(0, start - 40), start));
    const last = prev[prev.length - 1] ?? '';
    const linked = q.lex.roleLink(last) && q.lex.role(prev[prev.length - 2] ?? '');
    // Else the whole run is the complement: the body the role belongs to ("El entrenador del Real Madrid").
    const complement = linked && name.length < 3;
    while (linked && name.length >= 3) offset += (name.shift() ?? '').length + 1;
    // "представитель МИД России Мария Захарова", "міністр закордонних справ України Дмитро Кулеба": a
    // role's complement needs no link where nouns decline; it follows the role's words.
    if (roleWordBefore(last, q.lex) && genitiveComplement(name, q.lex)) offset += (name.shift() ?? '').length + 1;
    // After a short preposition the first word is its object ("в Раді Ірина Венедіктова").
    if (name.length >= 3 && q.lex.preposition(last) && q.lex.title(name[0] ?? '') === undefined)
      offset += (name.shift() ?? '').length + 1;
    out.push({ start: start + offset, words: name.map((w) => w.replace(/[,;:]$/u, '')), complement });
  }
  return out;
}
