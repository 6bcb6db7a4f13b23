// Filling the entity table before any quotation is credited: the names the
// article gives (with the role beside them), the speakers of every speech cue
// outside quotation marks, and every later mention of them, in reading order.

import { arabicPattern, foldWord } from '../../text/fold.ts';
import { endsOnCue, type Cue } from '../cues.ts';
import type { QuoteContext, Unit } from '../model.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Entity } from './table.ts';
import { sentenceAt, tokens } from '../sentences.ts';
import { readSpeaker } from '../speaker/index.ts';
import { roleThenName } from '../speaker/arabic-cue.ts';
import { entityFor, unnamedDescription } from '../resolve.ts';
import { cjkSubject, readKorean } from '../speaker/cjk.ts';
import {
  arabicName,
  bodyish,
  isDefinite,
  nameWord,
  phraseAt,
  splitArabic,
  untitledWords,
  wasVerb,
} from '../speaker/arabic.ts';
import { splitRole, titleIn } from '../speaker/names.ts';
import { inSpan, opensSentence, runsOf, type Run } from './runs.ts';
import { appositiveSubject, modifierBeforeRole, roleLedSubject, verbRoleLead } from './subjects.ts';

/**
 * The role written before a name: "the interior minister, Ana Ferreira", "The head of the regional
 * hotel association, Rita Nunes" (a noun phrase and a comma), "o senador Lasier Martins", "le
 * ministre de l'Intérieur Jean Dupont" (role words right before it). Null when none.
 */
function roleBefore(text: string, q: QuoteContext): string | null {
  const clause =
    text
      .slice(Math.max(0, text.length - 120))
      .split(/[.;:!?()"“”«»]|,(?=[^,]*,\s*$)/u)
      .pop() ?? '';
  const toks = tokens(clause);
  const comma = /,$/u.test(toks[toks.length - 1] ?? '');
  if (comma) toks[toks.length - 1] = (toks[toks.length - 1] ?? '').slice(0, -1);
  const role: string[] = [];
  for (let i = toks.length - 1; i >= 0 && role.length < 10; i--) {
    const raw = toks[i] ?? '';
    if (/,$/u.test(raw) || q.cues.find(raw).length > 0) break;
    // Without a comma the role ends at its determiner; with one the whole noun phrase is the role.
    if (q.lex.determiner(raw) && (!comma || i === 0 || !q.lex.roleLink(toks[i - 1] ?? ''))) break;
    // Without a comma only role words and their links stand between the role and the name.
    const w = raw.replace(/^[ld][’']/u, '');
    const complement =
      /^\p{Lu}/u.test(raw) &&
      (q.lex.roleLink(toks[i - 1] ?? '') || (q.lex.patronymic !== null && q.lex.role(toks[i - 1] ?? '')));
    // An adjective after the role word, right before the name ("la premier italiana Giorgia Meloni").
    const adjective =
      role.length === 0 && /^\p{Ll}+$/u.test(raw) && q.lex.role((toks[i - 1] ?? '').replace(/^[ld][’']/u, ''));
    if (
      !comma &&
      !(
        q.lex.role(w) ||
        q.lex.roleLink(raw) ||
        complement ||
        adjective ||
        (role.length > 0 && /^[ld][’']\p{Lu}/u.test(raw))
      )
    )
      break;
    role.unshift(raw);
    // "…, ha detto a SkyTg24 l'Ambasciatore d'Israele in Italia, Alon Bar": a role word with its elided
    // article opens the noun phrase; what stands before it is the clause the phrase sits in.
    if (comma && /^[lL][’']\p{L}/u.test(raw) && q.lex.role(w)) break;
  }
  while (role.length > 0 && q.lex.roleLink(role[0] ?? '')) role.shift();
  if (!role.some((w) => q.lex.role(w.replace(/^[ld][’']/u, '')))) return null;
  // A clause, not a role: a word the role cannot hold (a verb, a lowercase name of something else) is left out.
  return comma && role.length > 8 ? null : role.join(' ');
}

/** "Embora Pacheco esteja …": a sentence opener before the surname of someone already known by a full name. */
function openerBeforeSurname(q: QuoteContext, unit: Unit, run: Run): boolean {
  // Only the sentence's first word is capitalized for opening it: "Her son, Luis Alvarez," names Luis.
  const [from] = sentenceAt(unit.bounds, unit.text.length, run.start);
  if (run.words.length !== 2 || unit.text.slice(from, run.start).trim() !== '') return false;
  const known = q.entities.find(run.words[1] ?? '');
  const full = known?.full.split(' ') ?? [];
  return full.length >= 2 && full[0] !== run.words[0];
}

/** Latin script: full names (two words or more, or a body's name), with their role and acronym. */
function collectLatinNames(q: QuoteContext): void {
  q.units.forEach((unit) => {
    for (const run of runsOf(q, unit)) {
      // "Embora Pacheco esteja …": a sentence opener before a surname already known is no first name.
      if (openerBeforeSurname(q, unit, run)) continue;
      const parts = splitRole(run.words, q.lex);
      if (!parts) continue;
      const words = parts.name.split(' ');
      const body = words.some((w) => q.lex.body(w));
      const named = words.filter((w, i) => !q.lex.connector(w) && titleIn(words, i, q.lex) === undefined);
      // "Mohammed, cadre ferroviaire, a assisté …": a given name alone that opens its sentence with a
      // role set off after it names the person the sentence is about (and a colon's quotation after).
      const after = unit.text.slice(run.start + run.words.join(' ').length);
      const alone =
        named.length === 1 &&
        run.words.length === 1 &&
        !q.lex.nounsCapitalized &&
        !q.lex.common(words[0] ?? '') &&
        opensSentence(unit, run.start) &&
        appositionAfter(after, q) !== null;
      if (named.length < 2 && !body && !alone) continue;
      const gender = run.words.map((_, i) => titleIn(run.words, i, q.lex)).find((g) => g !== undefined) ?? null;
      const end = run.start + run.words.join(' ').length;
      const apposition = appositionAfter(unit.text.slice(end), q) ?? roleBefore(unit.text.slice(0, run.start), q);
      // German capitalizes every noun ("Demontage der Gastgeber"): there a run names someone only with
      // a role, a title or an apposition; other names come in through the cues they speak by.
      const titled = run.words.some((w) => q.lex.title(w) !== undefined);
      if (q.lex.nounsCapitalized && !body && !parts.role && !apposition && !titled && !personLike(q, unit, run))
        continue;
      const e = q.entities.add(parts.name, { role: parts.role, gender, body: body || run.complement === true });
      // "Netherlands Organisation for Applied Scientific Research (TNO)"
      const acr = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,11})\)/u.exec(unit.text.slice(end));
      if (acr?.[1]) q.entities.alias(e, acr[1]);
      // A role's complement ("the mayor of New York") holds no role of its own.
      if (apposition && !body && !run.complement) q.entities.addRole(e, apposition);
    }
  });
}

/**
 * Where nouns are capitalized: two or three words none of which the article prints lowercase or
 * reads as a noun, opening a sentence before a lowercase verb or followed by a party in brackets
 * ("Olaf Scholz besuchte …", "Friedrich Merz (CDU) kritisierte …"), name a person.
 */
function personLike(q: QuoteContext, unit: Unit, run: Run): boolean {
  if (run.words.length < 2 || run.words.length > 3) return false;
  if (run.words.some((w) => q.lex.common(w) || q.lex.notName(w) || !/^\p{Lu}\p{Ll}/u.test(w))) return false;
  const rest = unit.text.slice(run.start + run.words.join(' ').length);
  if (/^\s*\(\p{Lu}[\p{L}/ -]{1,15}\)/u.test(rest)) return true;
  // An age in brackets after the run, anywhere in the sentence ("denn Marcell Jansen (33) ist …",
  // "Gunthild Schön (77) blättert …"): the press gives a person's age so, never a thing's. (Three
  // words opening a sentence may hold its first word: "Denn Thomas Weber (33)".)
  const opens = opensSentence(unit, run.start);
  if (/^\s*\([1-9]\d?\)/u.test(rest) && (run.words.length === 2 || !opens)) return true;
  // "Vor mehreren Zehntausend Zuhörern sprach er": after a preposition that opens the sentence the
  // run is its object, no subject.
  const [from] = sentenceAt(unit.bounds, unit.text.length, run.start);
  const lead = tokens(unit.text.slice(from, run.start))[0];
  if (lead && q.lex.adverbialPreposition(lead.toLowerCase())) return false;
  return opens && /^\s+\p{Ll}/u.test(rest);
}

/**
 * A name given in quotation marks, as for someone who keeps their real name back: “Maritza”, una
 * estudiante recién graduada …, at the start of a sentence and followed by an apposition with a role.
 */
function collectQuotedNames(q: QuoteContext): void {
  q.units.forEach((unit, ui) => {
    for (const span of unit.spans) {
      if (span.close === null) continue;
      const name = unit.text.slice(span.open + 1, span.close).trim();
      if (!/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(name)) continue;
      const [from] = sentenceAt(unit.bounds, unit.text.length, span.open);
      if (unit.text.slice(from, span.open).trim() !== '') continue;
      const role = appositionAfter(unit.text.slice(span.close + 1), q);
      if (!role) continue;
      const e = q.entities.add(name, { role });
      q.entities.mention(e, ui, span.open + 1, from, false, true);
    }
  });
}

/** ", the European Union's foreign policy chief," right after a name. */
function appositionAfter(rest: string, q: QuoteContext): string | null {
  const m = /^,\s*([^,.;:!?()"“”«»]{3,160}),/u.exec(rest);
  const phrase = m?.[1]?.trim();
  if (!phrase || !/^\p{Ll}/u.test(phrase)) return null;
  // The role ends where a relative clause starts ("una estudiante … que prefiere omitir su nombre").
  const all = tokens(phrase);
  const rel = all.findIndex((w, i) => i > 0 && q.lex.relative(w));
  const words = rel > 0 ? all.slice(0, rel) : all;
  if (words.length > 10 || !words.some((w) => q.lex.role(w.replace(/['’]s$/u, '')))) return null;
  return words.filter((w, i) => !(i === 0 && q.lex.determiner(w))).join(' ');
}

/**
 * "الرئيس الأمريكي جو بايدن الأوضاع": verb first, the object follows the subject's name and may
 * read as a family name with the article. When the article names the person elsewhere by the word
 * before it alone (وقال بايدن), more often than with it, that word ends the name.
 */
function withoutObject(name: string, all: string, lex: Lexicon): string {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  // (Not the second half of a compound given name, الدين in صدر الدين القبنجي: الدين stands alone as a noun.)
  // (Nor a father's name after بن, عبدالعزيز in فيصل بن عبدالعزيز السديري: a family name follows it.)
  const third = words[words.length - 3] ?? '';
  if (words.length < 3 || !/^ال/u.test(last) || lex.compoundName(third, before) || lex.sonOf(third)) return name;
  const count = (re: RegExp): number => all.match(re)?.length ?? 0;
  // (Alone: not followed by another word of a name, as عبدالله is in عبدالله عطيف، another person.)
  const alone = [...all.matchAll(new RegExp(`(?<![\\p{L}])${arabicPattern(before)}(?![\\p{L}])`, 'gu'))].filter((m) => {
    const next = /^\s*([^\s]*)/u.exec(all.slice((m.index ?? 0) + m[0].length))?.[1] ?? '';
    return !nameWord(next.replace(/[،,.:؛!?؟»"”]+$/u, ''), lex) || /^[،,.:؛!?؟]/u.test(next);
  }).length;
  const joined = count(new RegExp(`(?<![\\p{L}])${arabicPattern(before)}\\s+${arabicPattern(last)}(?![\\p{L}])`, 'gu'));
  return alone > joined ? words.slice(0, -1).join(' ') : name;
}

/** Does the Arabic word stand in the text, alone or with a conjunction or preposition glued on? */
const wordIn = (text: string, w: string): boolean =>
  new RegExp(`(?<![\\p{L}])(?:و|ف|ل|ب)?${arabicPattern(w)}(?![\\p{L}])`, 'u').test(text);

/** The last word of the 30 characters before `at` (the word a phrase starting there follows). */
const wordBefore = (text: string, at: number): string =>
  text
    .slice(Math.max(0, at - 30), at)
    .trim()
    .split(/\s+/u)
    .pop() ?? '';

/** The person whose role the longest opening of `words` (three words or more) spells, if any. */
function roleHolderOpening(words: readonly string[], q: QuoteContext): Entity | null {
  for (let n = words.length; n >= 3; n--) {
    const e = q.entities.roleHolder(words.slice(0, n).join(' '));
    if (e) return e;
  }
  return null;
}

/**
 * "يتوج أحمد عيد رئيس الاتحاد … الفريق الحائز": after the word that opens a sentence (its verb, no
 * speech verb: those are read as cues), a name of two words or more with its role in apposition
 * after it names a person; a subjectless "وأضاف" later may be his.
 */
function namesAfterOpeningVerb(q: QuoteContext, unit: Unit): void {
  for (const from of [0, ...unit.bounds]) {
    const lead = /^\s*(\S+)\s+/u.exec(unit.text.slice(from));
    // (Not a "sentence" cut after an initial: قال م. ناصر بن محمد المطوع.)
    if (!lead || inSpan(unit, from) || /(?:^|\s)\p{L}{1,2}\.\s*$/u.test(unit.text.slice(0, from))) continue;
    const verb = lead[1] ?? '';
    // (Not an adverbial with its preposition and conjunction glued on: وبهذا، ولذلك.)
    const unjoined = verb.replace(/^[وف](?=\p{L}{2})/u, '');
    const stop = q.lex.stop(unjoined) || q.lex.stop(unjoined.replace(/^[بلك](?=\p{L}{3})/u, ''));
    if (!/^\p{Script=Arabic}{3,}$/u.test(verb) || stop || endsOnCue(q.cues, verb)) continue;
    if (q.lex.role(verb) || q.lex.title(verb) !== undefined || bodyish(verb, q.lex) || /^(?:و|ف)?ال/u.test(verb))
      continue;
    const phrase = phraseAt(unit.text.slice(from + lead[0].length), q.lex);
    const parts = splitArabic(phrase, q.lex);
    const named = parts.name?.split(' ') ?? [];
    if (!parts.name || !parts.role || named.length < 2 || named.join(' ') !== phrase.slice(0, named.length).join(' '))
      continue;
    // (After كان an indefinite role is what the person was, no apposition: وكان شين أول مستثمر خارجي;
    // وكان اقليدس تساكالوتوس وزير المالية اليوناني قد … stays.)
    const [head = '', genitive = ''] = parts.role.split(' ');
    if (wasVerb(verb) && !isDefinite(head) && !isDefinite(genitive)) continue;
    // (Its first word opens a name; a family name may carry the article: سامي الحربي.)
    const word = (w: string, k: number): boolean =>
      (k === 0
        ? nameWord(w, q.lex) && !q.lex.connector(w)
        : !q.lex.stop(w) && !q.lex.role(w) && q.lex.title(w) === undefined) && !endsOnCue(q.cues, w);
    if (!named.every(word) || q.entities.find(parts.name)) continue;
    q.entities.add(parts.name, { role: parts.role, gender: parts.gender });
  }
}

/** Arabic script: a role or title and the name after it (الرئيس الروسي فلاديمير بوتين), anywhere. */
function collectArabicNames(q: QuoteContext): void {
  const all = q.units.map((u) => u.text).join('\n');
  const body = q.units.filter((u) => u.index >= 0).map((u) => u.text);
  // "وطالب الكاتب …" (and … demanded): a speech verb with و or ف glued on, or opening its sentence,
  // opens its clause; it is no role (طالب, a student), and the role after it is read on its own.
  const clauseVerb = (w: string, opens = false): boolean => (opens || /^[وف]/u.test(w)) && endsOnCue(q.cues, w);
  q.units.forEach((unit, ui) => {
    for (const m of unit.text.matchAll(/[\p{Script=Arabic}\p{M}.]+/gu)) {
      const at = m.index ?? 0;
      const word = m[0];
      if (inSpan(unit, at) || (q.lex.title(word) === undefined && !q.lex.role(word))) continue;
      const prev = wordBefore(unit.text, at);
      // "عبدالعزيز بن طالب": after بن a role word is the father's name.
      if (q.lex.sonOf(prev)) continue;
      // (Or after an adverbial of a word or two and a comma that opens the sentence: من جهته، طالب فرنسوا
      // بايرو …, بدوره، أوضح; or after a conjunction that opens a clause: فيما طالب مندوب سوريا …)
      const opens =
        at === 0 ||
        /(?:^|[.!?؟:])\s*(?:(?:\S+\s+)?\S+[،,]\s*)?$/u.test(unit.text.slice(0, at)) ||
        q.lex.clauseOpener(prev);
      if (clauseVerb(word, opens)) continue;
      // Not a word that merely continues a phrase already read (the role's complement).
      const prevOpens = /(?:^|[.!?؟:])\s*\S+\s*$/u.test(unit.text.slice(Math.max(0, at - 30), at));
      if (prev && !clauseVerb(prev, prevOpens) && (q.lex.role(prev) || q.lex.title(prev) !== undefined)) continue;
      // "جامعة الملك سعود", "بجامعة الأمير سطام": a title right after a body's noun in construct (no
      // article) names the body.
      const head = prev.replace(/^[بل](?=\p{L}{3})/u, '');
      if (q.lex.title(word) !== undefined && q.lex.body(head) && !/^(?:و|ف)?ال/u.test(head)) continue;
      // "للرئيس الروسي فلاديمير بوتين": a role after the preposition ل still names its holder.
      // "…، والمهندس زياد الشيحة", "ورئيس الوفد عبدالله الحواس": the conjunction is no part of the role.
      const bare = word.slice(1);
      const joined = /^[وف]\p{L}{3}/u.test(word) && (q.lex.role(bare) || q.lex.title(bare) !== undefined);
      const text = unit.text.slice(joined ? at + 1 : at).replace(/^لل(?=\p{L}{3})/u, 'ال');
      // "مدير إدارة مشروع واسط، المهندس بدر الدُلامي:": the name after the comma is the role's holder.
      const apposed = roleThenName(text, q.lex);
      if (apposed?.name && !apposed.name.split(' ').some((w) => q.cues.find(w).length > 0)) {
        q.entities.add(apposed.name, { role: apposed.role, gender: apposed.gender });
        continue;
      }
      // A speech verb ends the phrase (الرئيس الفرنسي إيمانويل ماكرون قال: …).
      const phrase = phraseAt(text, q.lex);
      const verb = phrase.findIndex((w, k) => k > 0 && !q.lex.sonOf(phrase[k - 1] ?? '') && q.cues.find(w).length > 0);
      const parts = splitArabic(verb > 0 ? phrase.slice(0, verb) : phrase, q.lex);
      const name = parts.name ? withoutObject(parts.name, all, q.lex) : null;
      const named = untitledWords(name, q.lex);
      // A headline puts its verb after the subject (وزير التعليم يناقش خطة …): unless a speech verb
      // ends it, what follows a role there is a name only when the story has each of its words too.
      const told = unit.index >= 0 || verb > 0 || named.every((w) => body.some((t) => wordIn(t, w)));
      // A role and a "name", or a role and what follows it, that spell word for word a role given
      // someone before are that person described (وبسؤال مدير إدارة مشروع واسط عن الهدف … قال, after
      // مدير إدارة مشروع واسط، المهندس بدر الدُلامي).
      const spelled = name
        ? parts.role && q.entities.roleHolder(`${parts.role} ${name}`)
        : roleHolderOpening(verb > 0 ? phrase.slice(0, verb) : phrase, q);
      if (spelled) {
        // (The subject when it opens its sentence, a word at most before it: وبسؤال مدير … قال.)
        const [from] = sentenceAt(unit.bounds, unit.text.length, at);
        const opening = unit.text.slice(from, at).trim().split(/\s+/u).filter(Boolean).length <= 1;
        q.entities.mention(spelled, ui, at, from, false, opening);
      } else if (name && told && named.length >= 1 && (named.length >= 2 || parts.role)) {
        q.entities.add(name, { role: parts.role, gender: parts.gender });
      }
    }
    if (unit.index < 0) return;
    namesAfterOpeningVerb(q, unit);
    // "تقدم عبدالله بن علي الحواس بشكوى …": a name with بن in it names a person though no role or
    // speech verb stands beside it; a subjectless "وقال" after it may be his.
    for (const m of unit.text.matchAll(
      /(?<![\p{L}])\p{Script=Arabic}{2,}\s+(?:بن|ابن|بنت)\s+\p{Script=Arabic}{2,}/gu,
    )) {
      const at = m.index ?? 0;
      const words = phraseAt(unit.text.slice(at), q.lex);
      const prev = wordBefore(unit.text, at);
      const first = words[0] ?? '';
      if (inSpan(unit, at) || !nameWord(first, q.lex) || q.lex.title(first) !== undefined) continue;
      // (Not a verb before a family name with بن: وقال ابن معمر، وثمن بن صقر.)
      if (endsOnCue(q.cues, first)) continue;
      // (After a role, a title or a connector the name was read with them, above.)
      if (q.lex.role(prev) || q.lex.title(prev) !== undefined || q.lex.connector(prev)) continue;
      const name = arabicName(words, q.lex);
      // A given name, بن, the father's and the family's.
      if (name.length >= 4 && !q.entities.find(name.join(' '))) q.entities.add(name.join(' '));
    }
  });
}

/**
 * "وقال: «…»، حسب رويترز": a source cue after a speech verb of its own sentence names who reports
 * the words, not who speaks them.
 */
function reportedSource(q: QuoteContext, unit: Unit, cues: readonly Cue[], cue: Cue): boolean {
  if (!q.lex.sourceCue(cue.text)) return false;
  // "وشدد رئيس الوزراء بحسب سكاي نيوز على أن …": a source inside a clause whose speech verb came
  // before it reports that speaker's words; the speaker stays in focus.
  const [from] = sentenceAt(unit.bounds, unit.text.length, cue.start);
  if (cues.some((o) => o.start >= from && o.start < cue.start && !q.lex.sourceCue(o.text))) return true;
  const span = unit.spans.find(
    (sp) => sp.close !== null && sp.close < cue.start && /^[\s,،]*$/u.test(unit.text.slice(sp.close + 1, cue.start)),
  );
  if (!span) return false;
  // (The quotation may end its own sentence: "وقال: «…». حسب رويترز".)
  const [start] = sentenceAt(unit.bounds, unit.text.length, span.open);
  return cues.some((o) => o.start >= start && o.start < span.open && !q.lex.sourceCue(o.text));
}

/**
 * The speaker of every cue outside quotation marks, in reading order: reported speech names people
 * too, and a subjectless "وأضاف" or "he added" keeps the one already speaking in focus.
 */
function collectCueSubjects(q: QuoteContext): Array<() => void> {
  const later: Array<() => void> = [];
  q.units.forEach((unit, ui) => {
    const cues = q.cues.find(unit.text).filter((cue) => !inSpan(unit, cue.start));
    for (const cue of cues) {
      const [start, to] = sentenceAt(unit.bounds, unit.text.length, cue.start);
      if (reportedSource(q, unit, cues, cue)) continue;
      // An Arabic headline puts its subject before the verb (الخليج للتدريب توقِّع عقود …): a cue with words
      // before it in a headline names no subject after it.
      if (q.fam === 'arabic' && unit.index === -1 && /[\p{L}]/u.test(unit.text.slice(start, cue.start))) continue;
      // Right after a closing mark the subject may follow the verb ("…", valora el universitario X):
      // read from that mark on, as the rules do.
      const closes = unit.spans.map((sp) => sp.close ?? -1).filter((c) => c >= start && c < cue.start);
      const lastClose = closes.length ? Math.max(...closes) : -1;
      const after = lastClose >= 0 && /^[\s,.—–-]*$/u.test(unit.text.slice(lastClose + 1, cue.start));
      const from = after ? lastClose + 1 : start;
      let sentence = unit.text.slice(from, to);
      const local = { ...cue, start: cue.start - from, end: cue.end - from };
      // "Lo ha detto il capo di stato maggiore Herzi Halevi, in una nota": a sentence opened by an
      // anaphoric lead names its subject after the verb, as rule next-sentence reads it after a
      // quotation; the lead is no subject (blanked, offsets kept).
      const lead = !after && q.fam === 'latin' ? q.lex.anaphoricLead(sentence) : null;
      const leadAt = lead ? sentence.indexOf(lead) : -1;
      const takenUp = lead !== null && local.start >= leadAt + lead.length && local.start <= 40;
      if (takenUp && lead)
        sentence = sentence.slice(0, leadAt) + ' '.repeat(lead.length) + sentence.slice(leadAt + lead.length);
      const ref = readSpeaker(q, sentence, local, after || takenUp ? 'after' : 'reported', sentence);
      // A gendered pronoun (`…, he said.`) is resolved as the quotations before it are credited
      // (rule pronoun-speech, in creditAll); Latin script only.
      if (ref.kind === 'pronoun' && ref.gender && q.fam === 'latin')
        q.pronouns.push({ ui, pos: cue.start, sentence: start, gender: ref.gender });
      // A pronoun or a missing subject keeps whoever is in focus: it adds no mention of its own.
      if (ref.kind === 'pronoun' || ref.kind === 'none') continue;
      // A description nobody named ("le ministre des Affaires étrangères") still reports speech.
      const credit = (): void => {
        const e =
          entityFor(ref, ui, cue.start, q) ??
          (ref.kind === 'nominal' && ref.text ? q.entities.describe(ref.text, unnamedDescription(ref.text, q)) : null);
        // (A spokesman credited to his ministry keeps his own gender in the mention, as a statement
        // keeps its verb's: a "وأضاف" after "قال المتحدث باسم الخارجية" goes on with him.)
        // (So does an Arabic subject the verb agrees with: "رجحت عضو اللجنة، النائبة أواز …" is a woman
        // whose role reads as a man's, and a "وأضافت" after her goes on with her.)
        const voice =
          ref.kind === 'nominal' && e?.body
            ? (ref.gender ?? cue.gender)
            : q.fam === 'arabic' && e && !e.body && ref.kind === 'name'
              ? cue.gender
              : null;
        if (e) q.entities.mention(e, ui, cue.start, start, true, true, ref.statement ?? voice ?? null);
      };
      // "Former President Donald Trump spoke … “…,” the former president said": a noun phrase stands for
      // someone named before, in speech or not; it is resolved once every mention is known, as the
      // rules resolve it (Latin script).
      if (ref.kind === 'nominal' && q.fam === 'latin') later.push(credit);
      else credit();
    }
  });
  return later;
}

/**
 * "وقدّم سعيد الموري أداءً جيدًا … وعبّر الموري عن سعادته": the family name of a person known by a
 * full name (two words or more) and a role names them alone, when no other entity ends on it and it
 * is no role, title, body or stop word.
 */
function familyNames(q: QuoteContext): Map<Entity, string> {
  const count = new Map<string, number>();
  const last = (e: Entity): string => e.full.split(/\s+/u).pop() ?? '';
  for (const e of q.entities.entities) count.set(foldWord(last(e)), (count.get(foldWord(last(e))) ?? 0) + 1);
  const out = new Map<Entity, string>();
  for (const e of q.entities.entities) {
    const w = last(e);
    const plain = !q.lex.role(w) && q.lex.title(w) === undefined && !q.lex.body(w) && !q.lex.stop(w);
    // (Only someone the article gave a role, whose name opens on a name's word: not بحفر الباطن.)
    const [first = ''] = e.full.split(/\s+/u);
    const person = e.role !== null && nameWord(first, q.lex) && !/^[بل]/u.test(first);
    if (e.body || e.described || e.full.split(/\s+/u).length < 2 || w.length < 4 || !plain || !person) continue;
    if (count.get(foldWord(w)) === 1 && !e.forms.includes(w)) out.set(e, w);
  }
  return out;
}

/** Every later mention of a known entity, by any of its forms. */
function collectMentions(q: QuoteContext): void {
  // Arabic: each entity's forms as patterns, built once per article; its family name apart.
  const surnames = q.fam === 'arabic' ? familyNames(q) : new Map<Entity, string>();
  // (An initial in the name is printed with its full stop, which the name was read without: د. فلان.)
  const formOf = (form: string): RegExp => {
    const words = form.split(' ');
    const source = words
      .map((w, k) => {
        if (k === words.length - 1) return arabicPattern(w);
        return arabicPattern(w) + (/^\p{L}{1,2}$/u.test(w) ? '(?:\\.[\\s\\u00a0]*|[\\s\\u00a0]+)' : '[\\s\\u00a0]+');
      })
      .join('');
    return new RegExp(`(?<![\\p{L}])(${source})(?![\\p{L}])`, 'gu');
  };
  const patterns =
    q.fam === 'arabic'
      ? q.entities.entities.map((e) => {
          const family = surnames.get(e);
          return { e, forms: e.forms.map(formOf), family: family ? formOf(family) : null };
        })
      : [];
  q.units.forEach((unit, ui) => {
    if (q.fam === 'latin') {
      const runs = runsOf(q, unit);
      runs.forEach((run, k) => {
        const parts = splitRole(run.words, q.lex);
        const tail = openerBeforeSurname(q, unit, run) ? (run.words[1] ?? '') : '';
        const e = parts ? (q.entities.find(parts.name) ?? (tail ? q.entities.find(tail) : null)) : null;
        if (!e) return;
        // "White House press secretary Karoline Leavitt": the modifier of a role is no subject; the
        // name after the role takes its place.
        const end = (r: typeof run): number => r.start + r.words.join(' ').length;
        const prev = runs[k - 1];
        const next = runs[k + 1];
        const modifier = next !== undefined && modifierBeforeRole(q, unit.text.slice(end(run), next.start));
        const modified =
          prev !== undefined &&
          modifierBeforeRole(q, unit.text.slice(end(prev), run.start)) &&
          opensSentence(unit, prev.start);
        q.entities.mention(
          e,
          ui,
          run.start,
          sentenceAt(unit.bounds, unit.text.length, run.start)[0],
          false,
          !modifier &&
            (opensSentence(unit, run.start) ||
              modified ||
              appositiveSubject(q, unit, run) ||
              roleLedSubject(q, unit, run)),
        );
      });
      return;
    }
    if (q.fam !== 'arabic') return;
    for (const { e, forms, family } of patterns) {
      const full = forms.flatMap((re) => [...unit.text.matchAll(re)]);
      // (The family name inside a full form, as printed in the table, was met with that form.)
      const inFull = (m: RegExpMatchArray): boolean =>
        e.forms.some((f) => unit.text.slice(0, (m.index ?? 0) + m[0].length).endsWith(f));
      const alone = family ? [...unit.text.matchAll(family)].filter((m) => !inFull(m)) : [];
      for (const m of [...full, ...alone]) {
        const at = m.index ?? 0;
        // An object (لخادم الحرمين، بالوزير) is not who later speaks: only bare mentions count.
        if (inSpan(unit, at) || /[لب]$/u.test(unit.text.slice(Math.max(0, at - 1), at))) continue;
        q.entities.mention(
          e,
          ui,
          at,
          sentenceAt(unit.bounds, unit.text.length, at)[0],
          false,
          opensSentence(unit, at) || verbRoleLead(q, unit, at),
        );
      }
    }
  });
}

/** Gender from the pronoun right after a person's speech cue ("Meghan said she …", "X a affirmé qu'elle …"). */
function learnGender(q: QuoteContext): void {
  const ms = q.entities.mentions;
  for (const m of ms) {
    if (!m.speech || m.entity.gender || m.entity.body) continue;
    const unit = q.units[m.ui];
    const cue = unit ? q.cues.find(unit.text.slice(m.pos, m.pos + 60))[0] : undefined;
    const after = unit && cue ? tokens(unit.text.slice(m.pos + cue.end, m.pos + cue.end + 40)) : [];
    if (after[0] && q.lex.complementizer(after[0])) after.shift();
    const g = after[0] ? q.lex.pronoun(after[0].replace(/[,;:.]$/u, '')) : undefined;
    if (g === 'male' || g === 'female') m.entity.gender = g;
  }
}

/**
 * Chinese and Japanese: a Latin-script name (说这话的大叔Tomas) is what a later 他 may stand for;
 * Korean: the topic of each sentence (이 후보는 …) is its current subject.
 */
function collectEastAsian(q: QuoteContext): void {
  const texts = q.units.map((u) => u.text);
  q.units.forEach((unit, ui) => {
    if (q.fam === 'cjk') {
      for (const m of unit.text.matchAll(/(?<![\p{Script=Latin}])\p{Lu}\p{Ll}{2,}(?![\p{Script=Latin}])/gu)) {
        const at = m.index ?? 0;
        if (inSpan(unit, at)) continue;
        q.entities.mention(q.entities.add(m[0]), ui, at, sentenceAt(unit.bounds, unit.text.length, at)[0], false, true);
      }
      // A sentence whose subject is a role and a name is about that person (for a later 他 or 植田総裁).
      for (const from of [0, ...unit.bounds]) {
        if (from >= unit.text.length || inSpan(unit, from)) continue;
        const [, to] = sentenceAt(unit.bounds, unit.text.length, from);
        const ref = cjkSubject(unit.text.slice(from, to), q.lex);
        if (ref?.text)
          q.entities.mention(entityFor(ref, ui, from, q) ?? q.entities.add(ref.text), ui, from, from, false, true);
      }
      return;
    }
    for (const from of [0, ...unit.bounds]) {
      if (from >= unit.text.length || inSpan(unit, from)) continue;
      const [, to] = sentenceAt(unit.bounds, unit.text.length, from);
      const ref = readKorean(unit.text.slice(from, to), q.lex, texts);
      // A topic-marked subject is whom the sentence reports on, as a cue's subject is.
      if (ref.kind === 'name' && ref.text)
        q.entities.mention(q.entities.add(ref.text, { role: ref.role }), ui, from, from, true, true);
    }
  });
}

/** Builds the article's entity table. */
export function collectEntities(q: QuoteContext): void {
  if (q.fam === 'latin') {
    collectLatinNames(q);
    collectQuotedNames(q);
  }
  if (q.fam === 'arabic' && !q.lex.verbFinal) collectArabicNames(q);
  const nominals = collectCueSubjects(q);
  collectMentions(q);
  for (const credit of nominals) credit();
  if (q.fam === 'cjk' || q.fam === 'hangul') collectEastAsian(q);
  if (q.fam === 'latin') learnGender(q);
}
