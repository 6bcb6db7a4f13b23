// Reading the speaker next to a cue in Latin and Cyrillic script: a pronoun, a
// name before the cue (skipping an appositive) or after it (inverted), a noun
// phrase ("the union said", "a dit l’avocat de la partie"), or nobody.

import type { Cue } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';
import { nameRef, nominalRef, noneRef, pronounRef, type SpeakerRef } from '../model.ts';
import { escapeRegExp } from '../../text/fold.ts';
import { bare, NAME_TOKEN, tokens, unelided } from '../sentences.ts';
import { afterAdverbial } from './adverbial.ts';
import { nameAfterCue, nameAfterRole } from './after-cue.ts';
import {
  isRole,
  nameParticle,
  roleComplementStart,
  roleWordBefore,
  splitRole,
  withoutAffiliation,
  type NameParts,
} from './names.ts';

/**
 * The capitalized name run that ends a text (`… Andrew Pollard`), or null. `opens`: the text starts
 * a sentence (not a segment after a comma), so its first word may be capitalized for that alone.
 */
export function trailingName(text: string, lex: Lexicon, opens = true): NameParts | null {
  if (/[,;:.!?]\s*$/u.test(text)) return null;
  const toks = tokens(text);
  const run: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const raw = toks[i] ?? '';
    const t = bare(raw);
    if (run.length > 0 && /[,;:.!?)]$/u.test(raw) && !/^\p{Lu}\.$/u.test(raw)) break;
    // A name never runs across a quotation mark (`… for a Diet Coke,” Sharon said`).
    if (run.length > 0 && /["”«»“„]$/u.test(raw)) break;
    if (/^\(/u.test(raw)) break;
    if (NAME_TOKEN.test(t) && !lex.notName(t)) run.unshift(t);
    else if (
      run.length > 0 &&
      nameParticle(t, bare(toks[i - 1] ?? ''), lex) &&
      i > 0 &&
      NAME_TOKEN.test(bare(toks[i - 1] ?? ''))
    )
      run.unshift(t);
    else break;
    if (run.length >= 7) break;
  }
  // "O senador do Podemos", "le ministre de la Santé": a name after a particle and a lowercase word
  // completes a noun phrase; it is not the subject.
  const before = toks[toks.length - run.length - 1] ?? '';
  if (lex.connector(run[0] ?? '') && /^\p{Ll}/u.test(bare(before))) return null;
  while (run.length > 0 && lex.connector(run[0] ?? '')) run.shift();
  // A word capitalized only because it opens the sentence (Embora Pacheco, Hoje): not part of the name.
  const opener =
    (opens && toks.length === run.length) || /[.!?:"“”«»]$/u.test(toks[toks.length - run.length - 1] ?? '');
  if (run.length > 1 && opener && lex.common(run[0] ?? '')) run.shift();
  if (run.length === 1 && opener && lex.common(run[0] ?? '')) return null;
  // After a short preposition the first word is its object ("На виступі в Раді Венедіктова заявила").
  const lead = bare(toks[toks.length - run.length - 1] ?? '');
  // A name alone after a preposition of an adverbial is all its object ("der Aktivist der Union aus
  // Chicago sagt", "les élus réunis à Bruxelles ont dit"): no subject.
  if (run.length === 1 && lex.adverbialPreposition(lead) && lex.title(run[0] ?? '') === undefined) return null;
  if (run.length > 1 && lex.preposition(lead) && lex.title(run[0] ?? '') === undefined) run.shift();
  // A lone initial ("М", "Я") is not a name.
  if (run.length === 1 && (run[0] ?? '').replace(/\.$/u, '').length < 2) return null;
  const afterRole = roleWordBefore(bare(toks[toks.length - run.length - 1] ?? ''), lex);
  // "Jana Krüger von Greenpeace Deutschland": the body after the name is no part of it.
  return run.length > 0 ? splitRole(withoutAffiliation(run, lex), lex, afterRole) : null;
}

/** The capitalized name run that starts a text (`Andrew Pollard, director …`), or null. */
export function leadingName(text: string, lex: Lexicon): NameParts | null {
  const toks = tokens(text);
  let i = 0;
  if (toks[0] && lex.determiner(toks[0]) && !NAME_TOKEN.test(toks[0])) i = 1;
  const run: string[] = [];
  for (; i < toks.length && run.length < 7; i++) {
    const raw = toks[i] ?? '';
    const t = bare(raw);
    if (/^\(/u.test(raw)) break;
    if (NAME_TOKEN.test(t) && !lex.notName(t)) run.push(t);
    else if (run.length > 0 && lex.connector(t)) run.push(t);
    else break;
    if (/[,;:.!?)]$/u.test(raw) && !(/^\p{Lu}\.$/u.test(raw) || lex.title(raw) !== undefined)) break;
    if (/["”»]$/u.test(raw)) break;
  }
  while (run.length > 0 && lex.connector(run[run.length - 1] ?? '')) run.pop();
  return run.length > 0 ? splitRole(run, lex) : null;
}

/** Speaker before a cue, skipping auxiliaries and an appositive: `Pollard, director of the group, has said`. */
export function nameBeforeCue(text: string, lex: Lexicon): NameParts | null {
  // A party or an age in brackets after the name is no part of it: "Friedrich Merz (CDU) kritisierte".
  const toks = tokens(text.replace(/\s*\([^()]{1,30}\)\s*$/u, ' '));
  while (toks.length > 0 && lex.auxiliary(bare(toks[toks.length - 1] ?? ''))) toks.pop();
  const before = toks.join(' ');
  const direct = trailingName(before, lex);
  if (direct) {
    const holder = holderBefore(toks, direct, lex);
    return holder === undefined ? (memberBefore(toks, direct, lex) ?? direct) : holder;
  }
  const segs = before.split(/[,،]/u);
  for (let k = segs.length - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const seg = (segs[k] ?? '').trim();
    if (seg.length === 0) continue;
    seen++;
    // A party and place tag is an appositive ("Sen. Elizabeth Warren, D-Mass., said", "R-Hutchinson").
    if (/^\p{Lu}{1,3}-\p{Lu}[\p{L}.]*$/u.test(seg)) continue;
    // So is an age ("Smith, 45, who has lived there for years, said").
    if (/^\p{N}{1,3}$/u.test(seg)) continue;
    // (A segment after a comma opens no sentence: "…, Teniente General Herzi Halevi, dijo" keeps the
    // role word the article also prints lowercase.)
    const name = trailingName(seg, lex, k === 0);
    // "Asimismo, señala", "Hier, il a dit": a subject is never cut from its verb by a lone comma;
    // only an appositive between them ("Pollard, director of the group, said") skips one.
    if (name && seen === 1 && segs.slice(0, k).every((x) => !x.trim())) return null;
    // The whole segment is the name, after the words that open a sentence ("Seine Kollegin Ruth Betz").
    const whole = tokens(seg).map(bare);
    // "Eine Nutzerin, die …, schrieb": where nouns are capitalized, an indefinite article and one noun
    // describe someone the article does not name; the noun alone would read as a name.
    const [article = '', noun = ''] = whole;
    if (lex.nounsCapitalized && whole.length === 2 && lex.unnamedSubject(article.toLowerCase()) && name?.name === noun)
      return { name: `${article} ${noun}`, role: null };
    while (whole.length > 1 && /^\p{Lu}/u.test(whole[0] ?? '') && lex.notName(whole[0] ?? '')) whole.shift();
    if (name && name.name === whole.join(' ')) return { name: name.name, role: appositive(segs, k, lex) };
    // "Dr. Omar Haddad, the director of …, said": an abbreviated title opens the segment, and the
    // name read ends at its period; the title belongs to the name.
    const title = tokens(seg)[0] ?? '';
    if (name && whole.length > 1 && lex.title(title) !== undefined && name.name === whole.slice(1).join(' '))
      return { name: `${title} ${name.name}`, role: appositive(segs, k, lex) };
    if (name && name.role && `${name.role} ${name.name}` === whole.join(' ')) return name;
    // "Council member Lisa Chang, who voted against it, said": a role of mixed case before the name.
    const led = name ? roleLed(seg, name, lex) : null;
    if (led) return led;
    // A clause opened by a pronoun ("Hoje, ele calcula") is no appositive: the pronoun is the subject.
    if (lex.pronoun(bare(tokens(seg)[0] ?? '')) !== undefined) return null;
    // A lowercase segment, or one holding a role, is an appositive (", director of the group,",
    // ", Al Jazeera's manager of communications,"); anything else ends the search.
    // A long lowercase segment is a clause of its own ("Rendido, tentou encontrar … o que, diz,"),
    // unless a relative clause is under way ("Lombardi, che conosce Trump …, quando ha acquistato …,").
    const relative = segs.slice(0, k).some((x) => lex.relative(tokens(x)[0] ?? ''));
    if (/^\p{Ll}/u.test(seg) && tokens(seg).length > 12 && !relative) return null;
    if (/^\p{Ll}/u.test(seg) || tokens(seg).some((w) => lex.role(bare(w).replace(/['’]s$/u, '')))) continue;
    return null;
  }
  return null;
}

/**
 * "Charlotte Houpline, fondatrice WARA affirme", "Barrêt Koivogui chef d’antenne du massif du Ziama
 * déclare": the run before the cue is the complement of a role; the speaker is the person named
 * before the role. `direct` is that run; null when it is no complement. A complement with no person
 * before it is no speaker either ("the mayor of New York said"): the role is read as a noun phrase.
 */
function holderBefore(toks: readonly string[], direct: NameParts, lex: Lexicon): NameParts | null | undefined {
  const own = [direct.role, direct.name].filter(Boolean).join(' ').split(' ').length;
  const at = roleComplementStart(toks.map(bare), toks.length - own, lex);
  if (at < 0) return undefined;
  const person = trailingName(toks.slice(0, at).join(' ').replace(/,$/u, ''), lex);
  const role = toks.slice(at).map(bare).join(' ');
  // "The Labour Party’s chancellor of the Exchequer": a possessive before the role holds no one.
  return person && /\s/u.test(person.name) && !/['’]s$/u.test(person.name) ? { name: person.name, role } : null;
}

/**
 * "Mary Collins of the Royal Society said", "Jade Chapman from the charity Surfers Against Sewage told",
 * "Anna Meier von der Verbraucherzentrale sagte": the run before the cue is the body (or place) the
 * person named before it comes from, after a link, its article and at most two lowercase words. The
 * person is the speaker: a name of two words or more, no body's and no role's. Null when none.
 */
function memberBefore(toks: readonly string[], direct: NameParts, lex: Lexicon): NameParts | null {
  const own = [direct.role, direct.name].filter(Boolean).join(' ').split(' ').length;
  const isLink = (w: string): boolean => lex.roleLink(w) || lex.memberLink(w);
  let i = toks.length - own - 1;
  // The rest of the body's name that the run left out ("Surfers Against", "Oxford" after "at").
  for (let k = 0; i >= 0 && k < 4 && /^\p{Lu}[\p{L}'’-]*$/u.test(toks[i] ?? ''); k++) i--;
  for (let lower = 0; i >= 0 && lower < 3 && !isLink(toks[i] ?? ''); i--, lower++)
    if (!/^\p{Ll}+$/u.test(toks[i] ?? '')) return null;
  // "von der": the link is the first of them.
  while (i > 0 && isLink(toks[i - 1] ?? '')) i--;
  if (i < 2 || !isLink(toks[i] ?? '')) return null;
  const between = toks.slice(i + 1, toks.length - own).filter((w) => /^\p{Ll}/u.test(w));
  // (The article comes first, then the lowercase words: "the charity", not "charity the".)
  if (between.slice(1).some((w) => lex.determiner(w))) return null;
  const person = trailingName(toks.slice(0, i).join(' '), lex);
  const words = person?.name.split(' ') ?? [];
  if (!person || words.length < 2) return null;
  if (words.some((w) => lex.body(w) || lex.role(w) || lex.connector(w))) return null;
  return { name: person.name, role: person.role };
}

/**
 * A name run of two or three words that ends on a role word, with no role split off, printed right
 * after a definite article ("the Conservative MP", "die Stuttgarter Sportdirektorin"): the article
 * and the run, as a description; else null. An indefinite article ("a Labour MP") is left as it was.
 */
function definiteRole(name: NameParts, text: string, last: boolean, lex: Lexicon): string | null {
  const words = name.name.split(' ');
  if (name.role || words.length < 2 || words.length > 3 || !lex.role(words[words.length - 1] ?? '')) return null;
  const all = [...text.matchAll(new RegExp(`(\\p{L}+)\\s+${escapeRegExp(name.name)}(?![\\p{L}])`, 'gu'))];
  const det = (last ? all[all.length - 1] : all[0])?.[1] ?? '';
  if (!lex.determiner(det) || lex.unnamedSubject(det.toLowerCase())) return null;
  return `${det} ${name.name}`;
}

/** A segment that is a role (of any case, a determiner allowed) and then the name read at its end. */
function roleLed(seg: string, name: NameParts, lex: Lexicon): NameParts | null {
  const words = tokens(seg).map(bare);
  const own = [name.role, name.name].filter(Boolean).join(' ').split(' ').length;
  const prefix = words.slice(0, words.length - own);
  if (prefix.length === 0 || prefix.length > 4 || !prefix.some((w) => /^\p{Ll}/u.test(w) && lex.role(w))) return null;
  if (!prefix.every((w) => lex.role(w) || lex.determiner(w) || NAME_TOKEN.test(w))) return null;
  return { name: name.name, role: [...prefix, name.role].filter(Boolean).join(' ') };
}

/** The appositive after segment k ("Kaja Kallas, the EU's foreign policy chief, said"), cut at a relative clause. */
function appositive(segs: readonly string[], k: number, lex: Lexicon): string | null {
  const next = (segs[k + 1] ?? '').trim();
  if (!next || !/^\p{Ll}/u.test(next)) return null;
  const all = tokens(next);
  // A relative clause is no appositive (", who serves on the council,").
  if (lex.relative(all[0] ?? '')) return null;
  const rel = all.findIndex((w, i) => i > 0 && lex.relative(w));
  const words = rel > 0 ? all.slice(0, rel) : all;
  if (words[0] && lex.determiner(words[0])) words.shift();
  if (!words.some((w) => isRole(bare(w).replace(/['’]s$/u, ''), lex))) return null;
  return words.length >= 1 && words.length <= 10 ? words.join(' ') : null;
}

/** A noun phrase names a speaker only when it holds a role, a body or a statement ("the union", not "the interview by"). */
function speakerNoun(phrase: string, lex: Lexicon): boolean {
  // (With its elided article: "écrit l’agence", "ha detto l’avvocato".)
  return tokens(phrase)
    .map((w) => unelided(bare(w)))
    .some((w) => lex.role(w) || lex.body(w) || lex.statementNoun(w));
}

/** A noun phrase right after a cue, led by a determiner: "a dit l’avocat de la partie", "erklärt der Wissenschaftler". */
function nominalAfter(text: string, lex: Lexicon): string | null {
  // Adverbs between the verb and its subject ("ha twittato poi la premier") are skipped.
  let after = text;
  for (let k = 0; k < 2; k++) {
    const adv = /^[\s,]*(\p{Ll}+)\s/u.exec(after);
    if (adv?.[1] && lex.auxiliary(adv[1])) after = after.slice(adv[0].length - 1);
  }
  const m = /^[\s,«»"“”]*((?:l’|l'|\p{L}+\s)[^,.;:!?«»"“”()]{2,60}?)\s*(?=[,.;:!?«»"“”()]|$)/u.exec(after);
  let phrase = m?.[1]?.trim();
  if (!phrase) return null;
  // Where nouns are capitalized, a lowercase word after the last noun is the verb ("Laut einer
  // Sprecherin der Bahn sind …"): the phrase ends before it.
  if (lex.nounsCapitalized) {
    const words = tokens(phrase);
    while (
      words.length > 2 &&
      /^\p{Ll}/u.test(words[words.length - 1] ?? '') &&
      !lex.role(words[words.length - 1] ?? '')
    )
      words.pop();
    phrase = words.join(' ');
  }
  const first = /^(l’|l')/u.test(phrase) ? 'l’' : (tokens(phrase)[0] ?? '');
  if (!lex.determiner(first) && !lex.determiner(first.replace('’', "'"))) return null;
  // "apuntó la vicepresidenta por una charla que tuvo …": an adverbial after the role (a preposition
  // that links no complement to it) is no part of the subject.
  const words = tokens(phrase);
  // (So is one after a body: "scrive l'agenzia su X".)
  const role = words.findIndex((w) => lex.role(bare(w)) || lex.body(unelided(bare(w))));
  const adverbial = role < 0 ? -1 : words.findIndex((w, i) => i > role && lex.adverbialPreposition(w));
  if (adverbial > 0) phrase = words.slice(0, adverbial).join(' ');
  return tokens(phrase).length <= 7 && speakerNoun(phrase, lex) ? phrase : null;
}

/**
 * A noun phrase right before a cue, as the clause's subject: "the union said", "O senador
 * criticou", "la ministra dijo". Its determiner opens the text or follows punctuation.
 */
function nominalBefore(before: string, lex: Lexicon): string | null {
  const toks = tokens(before);
  while (toks.length > 0 && lex.auxiliary(bare(toks[toks.length - 1] ?? ''))) toks.pop();
  for (let i = toks.length - 1; i >= Math.max(0, toks.length - 6); i--) {
    const raw = toks[i] ?? '';
    if (i < toks.length - 1 && /[,;:.!?]$/u.test(raw)) return null;
    if (lex.determiner(raw) || lex.determiner(raw.replace(/^(l['’]).*/u, '$1'))) {
      const lead = toks[i - 1];
      if (lead !== undefined && !/[,;:.!?"“”«»]$/u.test(lead)) return null;
      const phrase = toks.slice(i).join(' ');
      return /[,;:.!?]$/u.test(phrase) || !speakerNoun(phrase, lex) ? null : phrase;
    }
  }
  return null;
}

/** The text after a cue less the adverbs that open it ("rappelle ainsi", "insiste quant à lui", "opina en cambio"). */
function pastAdverbs(after: string, lex: Lexicon): string {
  let rest = after;
  for (let k = 0; k < 2; k++) {
    const gap = /^[\s,]*/u.exec(rest)?.[0] ?? '';
    const lead = lex.adverbLead(rest.slice(gap.length));
    if (!lead) break;
    rest = ` ${rest.slice(gap.length + lead.length)}`;
  }
  return rest;
}

/**
 * "Según ha contado Javier Imbroda, …": a verb of up to two lowercase words between a source cue and
 * its source is read past, when a name follows it ("Pour avoir publié ce message" has no source).
 */
function pastSourceVerb(after: string, lex: Lexicon): string {
  const toks = tokens(after);
  const verb = (w: string): boolean =>
    /^\p{Ll}+$/u.test(w) &&
    !lex.determiner(w) &&
    !lex.connector(w) &&
    !lex.adverbialPreposition(w) &&
    !lex.complementizer(w) &&
    lex.pronoun(w) === undefined &&
    lex.sourcePronoun(w) === undefined;
  let i = 0;
  while (i < 2 && verb(toks[i] ?? '')) i++;
  const next = toks[i] ?? '';
  return i > 0 && NAME_TOKEN.test(bare(next)) && !lex.notName(bare(next)) ? ` ${toks.slice(i).join(' ')}` : after;
}

/** Latin and Cyrillic scripts: who the cue at `cue` in `ctx` credits. `side` is where the cue is, relative to the quote. */
export function readLatin(ctx: string, cue: Cue, side: 'before' | 'after' | 'reported', lex: Lexicon): SpeakerRef {
  const before = ctx.slice(0, cue.start);
  let after = pastAdverbs(ctx.slice(cue.end), lex);
  if (lex.subjectlessCue(cue.text)) return noneRef(cue.gender);
  // French inversion carries the pronoun in the cue: "a-t-il dit", "dit-elle".
  const inverted = /-(?:t-)?(il|elle|ils|elles)(?=\s|$)/u.exec(cue.text);
  if (inverted) return pronounRef(inverted[1] === 'il' ? 'male' : inverted[1] === 'elle' ? 'female' : null);
  // A pronoun set off by a comma is no subject of the verb: "Chang, who voted against it, said".
  const prevRaw = tokens(before)
    .filter((w) => !lex.auxiliary(bare(w)))
    .pop();
  const prevWord = prevRaw && !/,$/u.test(prevRaw) ? bare(prevRaw) : '';
  const nextWord = bare(tokens(after)[0] ?? '');
  // "Q," she remembered telling Harry: the word right after the quotation is the subject.
  const firstWord = side === 'after' ? bare(tokens(ctx)[0] ?? '') : '';
  for (const w of [prevWord, firstWord]) {
    // "They said to us, “…”": a group, no one person named before.
    if (lex.pluralPronoun(w)) return { ...noneRef(cue.gender), unnamed: true };
    const g = lex.pronoun(w);
    if (g) return pronounRef(g === 'other' ? null : g);
  }
  // Verb second: "Vor mehreren Zehntausend Zuhörern sprach er …": a subject pronoun right after the
  // verb is its subject, and the capitalized words before the verb are no subject.
  const v2 = lex.subjectAfterVerb && !/^\s*,/u.test(ctx.slice(cue.end)) ? lex.pronoun(nextWord) : undefined;
  if (v2 === 'male' || v2 === 'female') return pronounRef(v2);
  let pre = nameBeforeCue(before, lex);
  // "top diplomats from EU states will meet": a noun-like cue after a name that is a preposition's object is a noun.
  if (pre && lex.nounLikeCue(cue.text)) {
    const toks = tokens(before);
    const lead = bare(toks[toks.length - pre.name.split(' ').length - 1] ?? '');
    if (/^\p{Ll}/u.test(lead) && !lex.auxiliary(lead) && !lex.conjunction(lead)) pre = null;
  }
  // The subject follows the verb only after a quotation ("Q," said Oliver Peiler; "Q", dijo el
  // portavoz Oliver Peiler) or in verb-second languages ("Q", sagte Haustein); elsewhere a name
  // after the verb is its object ("urged the Israeli government").
  // Source cues ("according to X", "Para X,") name their source after them, and reported speech
  // may end on its subject ("Soddisfatto … si è detto Matteo Salvini.").
  const source = lex.sourceCue(cue.text);
  // "Selon lui, « … »", "según ella": the person the pronoun stands for.
  const sourcePronoun = source ? lex.sourcePronoun(nextWord) : undefined;
  if (sourcePronoun) return pronounRef(sourcePronoun);
  if (source) after = pastSourceVerb(after, lex);
  const endsOnName =
    side === 'reported' &&
    /^\s+(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(?:,\s+\p{Ll}[^,;:!?]*)?\s*[.!?]?\s*$/u.test(
      after,
    );
  // "Gli ha risposto la premier Giorgia Meloni: «…»", "Así lo explicó el director …, Juan Pérez: “…”":
  // no subject before the verb, and the words between it and the colon are the subject.
  const colonAfter =
    side === 'before' && pre === null && nominalBefore(before, lex) === null && /^[^.!?«»"“”„]*[:：]\s*$/u.test(after);
  // "Q," an official told Reuters: after "told" stands its object, whatever the word order; and
  // "Merkel sagte, Deutschland werde …": after a comma the verb's clause begins, not its subject.
  const commaAfter = side !== 'after' && /^\s*,/u.test(ctx.slice(cue.end));
  const inverted2 =
    !lex.objectCue(cue.text) &&
    !commaAfter &&
    (side === 'after' || lex.subjectAfterVerb || source || endsOnName || colonAfter);
  // "a indiqué à l’AFP Paul Durand", "señaló a Efe la portavoz …": an adverbial before the subject.
  const beyond = inverted2 ? afterAdverbial(after, lex) : null;
  const post = inverted2 ? (nameAfterCue(after, lex) ?? (beyond ? nameAfterCue(beyond, lex) : null)) : null;
  let name = lex.subjectAfterVerb || source ? (post ?? pre) : (pre ?? post);
  // "Im Gespräch mit Werner Bader berichtete die Präsidentin des Verbandes, Hanna Roth: …": where the
  // verb comes second, a clause opened by a prepositional phrase has its subject after the verb; the
  // name inside the phrase is the preposition's object. A role right after the verb is the subject.
  const opener = bare(tokens(before)[0] ?? '').toLowerCase();
  const [article = '', head = ''] = tokens(after).map(bare);
  const roleAfter = lex.determiner(article) && isRole(head, lex);
  if (name === pre && lex.subjectAfterVerb && side !== 'after' && lex.adverbialPreposition(opener) && roleAfter)
    name = null;
  // "sagte laut Manuskript", "Laut Medienberichten sagte er": a document after a source cue is no
  // one's name (German capitalizes it); the speaker is read as for a cue with no subject.
  if (name === post && source && !name?.role && lex.statementNoun(name?.name ?? '')) name = pre;
  // "Brandt sagte: „…“": one word alone opening the sentence before a verb with no subject after it is
  // that verb's subject, a name even where nouns are capitalized (a noun there would need its article).
  const opening =
    name !== null &&
    name === pre &&
    !name.role &&
    !cue.plural &&
    !/\s/u.test(name.name) &&
    before.trim() === name.name &&
    /^\s*:/u.test(ctx.slice(cue.end));
  // "the Conservative MP said", "so die Stuttgarter Sportdirektorin": capitalized words ending on a
  // role, after a definite article, describe someone by their role; they are no name.
  // Read then as a noun phrase, which may go on to the name ("der Sportliche Leiter des ÖSV, Mario Stecher").
  const described = name ? definiteRole(name, name === pre ? before : after, name === pre, lex) : null;
  if (described) name = null;
  if (name)
    return { ...nameRef(name.name, cue.gender, name.role), afterVerb: (name === post && !name.role) || opening };
  // "Q," said he / "Q", dijo él.
  const g = inverted2 ? lex.pronoun(nextWord) : undefined;
  if (g && g !== 'other') return pronounRef(g);
  const possessive = possessiveBefore(before, lex);
  if (possessive) return nameRef(possessive, cue.gender);
  const nominalPast = beyond ? nominalAfter(beyond, lex) : null;
  const nominal =
    (inverted2
      ? (nominalAfter(after, lex) ?? nominalPast ?? nominalBefore(before, lex))
      : nominalBefore(before, lex)) ?? described;
  if (nominal) {
    // "a affirmé le Premier ministre, Michel Barnier,": the name set off after the role is the speaker.
    const named = inverted2 ? nameAfterRole(nominal === nominalPast ? (beyond ?? '') : after, nominal) : null;
    return named ? nameRef(named, cue.gender, nominal.replace(/^\S+\s+/u, '')) : nominalRef(nominal, cue.gender);
  }
  // "he declined, saying …": the subject of the clause before the cue.
  const clause = before
    .split(/[,،;]/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  const last = clause[clause.length - 1];
  if (last) {
    const g = lex.pronoun(bare(tokens(last)[0] ?? ''));
    if (g) return pronounRef(g === 'other' ? null : g);
  }
  if (inverted2) {
    const unnamed = unnamedAfter(after, lex);
    if (unnamed) return { ...nominalRef(unnamed, cue.gender), unnamed: true };
  }
  return inverted2 && describedAfter(after, lex) ? { ...noneRef(cue.gender), person: true } : noneRef(cue.gender);
}

/**
 * "said someone at the meeting", "said one person", "a ajouté un ténor de la droite", "dijo otra
 * persona", "sagte jemand": a subject after the verb opened by an indefinite pronoun or article, with
 * no role or name read in it, is someone the article does not name (not the person in focus). A name
 * set off by a comma after it ("said a friend, Jane Smith") is left to the other readers.
 */
function unnamedAfter(after: string, lex: Lexicon): string | null {
  const m = /^[\s,]*([^,.;:!?«»"“”„()]{1,80})([,.;:!?«»"“”„()]?)/u.exec(after);
  const phrase = m?.[1]?.trim() ?? '';
  const first = bare(tokens(phrase)[0] ?? '');
  if (!first || !/^\p{Ll}/u.test(first) || !lex.unnamedSubject(first)) return null;
  if (m?.[2] === ',' && /^\s*\p{Lu}\p{Ll}/u.test(after.slice((m.index ?? 0) + m[0].length))) return null;
  return phrase;
}

/** "señaló el italiano.", "sagte der 64-Jährige": a determiner and one lowercase word, someone described. */
function describedAfter(after: string, lex: Lexicon): boolean {
  const m = /^[\s,]*(\p{L}+)\s+[\p{Ll}\p{N}][\p{L}\p{N}-]*\s*(?:[.,;]|$)/u.exec(after);
  return m !== null && lex.determiner(m[1] ?? '');
}

/** "TNO's report said", "Netanyahu's office said": the owner of the statement or of the office. */
function possessiveBefore(before: string, lex: Lexicon): string | null {
  const toks = tokens(before);
  const noun = bare(toks[toks.length - 1] ?? '');
  const owner = toks[toks.length - 2] ?? '';
  if (!lex.statementNoun(noun) && !lex.body(noun)) return null;
  const m = /^(\p{Lu}[\p{L}\p{N}.-]*)['’]s?$/u.exec(owner);
  return m?.[1] ?? null;
}
