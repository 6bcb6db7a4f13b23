// Reading the speaker next to a cue in Arabic script (the noun-phrase grammar is in arabic.ts):
// the subject after the verb (وقال وزير الخارجية سامح شكري …), before it in a clause opened by أن, a
// topic put first, a source that quotes someone (نقلت … عن X قوله); Persian and Urdu put the verb
// last and the speaker first.

import type { Cue } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';
import { nameRef, nominalRef, noneRef, pronounRef, type SpeakerRef } from '../model.ts';
import {
  type ArabicParts,
  isDefinite,
  markedSubject,
  nameWord,
  participleStem,
  phraseAt,
  rolePhrase,
  splitArabic,
  statementNounForm,
  strip,
  wasVerb,
} from './arabic.ts';

/**
 * "وقال الباحث الفلكي، بقسم علوم الفلك بجامعة الملك عبدالعزيز، ملهم بن محمد هندي:": a role, its
 * complement set off by commas, then the name. The name after the second comma is the subject, not
 * a name inside the complement (الملك عبدالعزيز).
 */
function roleSetOff(after: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  const m = /^\s*([^،,:؛.«»"“”]{2,60})[،,]\s*([^،,:؛.«»"“”]{2,90})[،,]\s*([^،,:؛.«»"“”]+)/u.exec(after);
  if (!m) return null;
  const [, role = '', complement = '', rest = ''] = m;
  // "وقال منسق المشاريع في المنظمة غير الحكومية، تيري جوفو، …": all a role, then a name set off by
  // commas.
  const roleWords = role.trim().split(/\s+/u);
  const asRole = splitArabic(roleWords, lex);
  const nameWords = complement.trim().split(/\s+/u);
  const asName = splitArabic(nameWords, lex);
  const wholeRole = asRole.role !== null && !asRole.name && asRole.role.split(' ').length === roleWords.length;
  const wholeName = asName.name !== null && !asName.role && asName.name.split(' ').length === nameWords.length;
  if (wholeRole && wholeName && nameWord(nameWords[0] ?? '', lex) && nameWords.length >= 2)
    return nameRef(asName.name ?? '', cue.gender ?? asRole.gender, role.trim());
  if (!rolePhrase(roleWords, lex)) return null;
  // The complement is no name: it opens with a preposition glued on or a link (بقسم، في جامعة).
  const first = complement.trim().split(/\s+/u)[0] ?? '';
  if (!/^[بل]\p{L}{3,}/u.test(first) && !lex.roleLink(first)) return null;
  const words = phraseAt(rest, lex);
  const parts = splitArabic(words, lex);
  if (!parts.name || parts.role || !nameWord(words[0] ?? '', lex)) return null;
  return nameRef(parts.name, cue.gender ?? parts.gender, `${role.trim()}، ${complement.trim()}`);
}

/**
 * "يقول مدير إدارة مشروع واسط، المهندس بدر الدُلامي: «…»": a role of up to twelve words, a comma, then
 * a name (with its title) that what was said follows (a colon, marks, إن / أن, a comma before them): the name is the
 * subject, and all before the comma its role.
 */
export function roleThenName(after: string, lex: Lexicon): ArabicParts | null {
  const m = /^\s*([^،,:؛.«»"“”]{2,80})[،,]\s*([^،,:؛.«»"“”]{2,60}?)\s*(?:[:«"“]|[،,]?\s*(?:إن|أن|بأن)\s)/u.exec(after);
  if (!m) return null;
  const roleWords = (m[1] ?? '').trim().split(/\s+/u);
  const nameWords = (m[2] ?? '').trim().split(/\s+/u);
  const stop = (w: string): boolean => lex.stop(w) && !lex.roleLink(w);
  if (!lex.role(roleWords[0] ?? '') || roleWords.length > 12 || roleWords.some(stop)) return null;
  // (Nor و glued to the name's first word, a new clause: وقال النقيدان، وعند حضوره.)
  if (/^و/u.test(nameWords[0] ?? '') && !lex.nameWithConjunction(nameWords[0] ?? '')) return null;
  const { name, role, gender } = splitArabic(nameWords, lex);
  const named = name?.split(' ') ?? [];
  const whole = named.length + (role?.split(' ').length ?? 0) === nameWords.length;
  // (A title may open the name, المهندس بدر الدُلامي; any other role is another person's.)
  const bare = lex.title(named[0] ?? '') !== undefined ? named.slice(1) : named;
  if (!whole || role !== null || bare.length < 2 || !nameWord(bare[0] ?? '', lex)) return null;
  return { name, role: (m[1] ?? '').trim(), gender };
}

/**
 * An active participle, masculine or feminine, in the accusative: of the first form, with a long
 * vowel after its first letter (قائلا، لافتًا، ذاكرة), or of the derived forms, with م before it
 * (مضيفا، مشيرة، مستطردا).
 */
const PARTICIPLE = new RegExp(`^${participleStem()}(?:ا|ً|اً|ًا|ة)$`, 'u');
/** A participle of speech right after the cue (وختم قائلا، وكتب يقول). */
const SPEECH_PARTICIPLE = new RegExp(`^\\s*(?:قائلة|[يت]قول|${participleStem()}ا)(?=[\\s،,:]|$)`, 'u');

/**
 * "وكانت وزارة الداخلية (قد) أعلنت", "وكانت محكمة الاستئناف أكدت إدانته": the subject of كان, between
 * it and the verb; what follows the verb is its object.
 */
function wasSubject(before: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  const was = /(?:^|[.،,:؛]\s*)[وف]?(?:كان|كانت)\s+((?:[\p{Script=Arabic}]+\s+){1,7}?)(?:قد\s+)?$/u.exec(
    `${before.trimEnd()} `,
  );
  const subject = was?.[1]?.trim().split(/\s+/u) ?? [];
  if (subject.length === 0 || subject.some((w) => lex.stop(w))) return null;
  // A definite phrase with no role in it is read whole (الإعلام الفرنسي، المصادر الروسية), not as a
  // family name and what follows; a role (الرئيس الأميركي) stands for whoever holds it.
  const whole = subject.length > 1 && isDefinite(subject[0] ?? '') && !subject.some((w) => lex.role(w));
  return whole ? nominalRef(subject.join(' '), cue.gender) : refOf(subject, cue, lex);
}

/** Where a topic may open: the text's start, punctuation, or a list's bullet ("** الخال رامز يقول «…»"). */
const TOPIC_OPENS = String.raw`(?:^|[.،,:؛*•–—-]\s*)`;
/** A definite noun phrase put before its verb (أما الائتلاف الوطني، فقد دعا). */
const DEFINITE_TOPIC = new RegExp(
  String.raw`${TOPIC_OPENS}(?:أما|و)?\s*((?:ال[\p{Script=Arabic}]+)(?:\s+[\p{Script=Arabic}]+){0,5})\s*[،,]?\s*(?:ف?قد|ف)?\s*$`,
  'u',
);
/** "أما fofo فتقول": after أما and before ف, the topic is whatever names it (no article needed). */
const CONTRAST_TOPIC = new RegExp(String.raw`${TOPIC_OPENS}أما\s+((?:[^\s،,]+\s+){0,3}[^\s،,]+)\s*[،,]?\s*ف\s*$`, 'u');
/** "لاري فينج، الرئيس التنفيذي لشركة بلاك روك، قال": a name set before a role in apposition is the topic. */
const NAME_THEN_ROLE = new RegExp(
  String.raw`${TOPIC_OPENS}([^.،,:؛«»"“”*]{3,40}?)\s*[،,]\s*([^.،,:؛«»"“”*]{3,80}?)\s*[،,]?\s*$`,
  'u',
);

/**
 * Rule "ar-topic": a subject put before its verb, `أما الائتلاف الوطني، فقد دعا`. (The subject of كان,
 * wasSubject, readArabic has asked for already.)
 */
function arabicTopic(before: string, lex: Lexicon): SpeakerRef | null {
  const m = DEFINITE_TOPIC.exec(before);
  const phrase = m?.[1] ?? CONTRAST_TOPIC.exec(before)?.[1];
  const apposed = NAME_THEN_ROLE.exec(before);
  const role = (apposed?.[2] ?? '').trim();
  if (apposed && lex.role(role.split(/\s+/u)[0] ?? '')) {
    const words = (apposed[1] ?? '').trim().split(/\s+/u);
    // (Its كان opens the clause: وكانت سوزان ماكدانيال، العضو في اللجنة، صرحت.)
    if (words.length > 2 && wasVerb(words[0] ?? '')) words.shift();
    const { name, role: own } = splitArabic(words, lex);
    if (name && !own && words.length >= 2 && name.split(' ').length === words.length && nameWord(words[0] ?? '', lex))
      return nameRef(name, null, role);
  }
  if (!phrase || phrase.split(/\s+/u).some((w) => lex.stop(w))) return null;
  return nameRef(phrase);
}

/**
 * "وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا إعلاميا قال إنه «…»": a subjectless cue right
 * after an indefinite statement's noun (and an adjective or two) has that statement for subject,
 * which speaks for its issuer, the subject of the issuing verb before it.
 */
function issuerOf(before: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  const clause = (before.split(/[.؛:،,]/u).pop() ?? '').trim().split(/\s+/u);
  const noun = clause.findIndex((w, i) => i > 1 && statementNounForm(strip(w), lex));
  const verb = clause.findIndex((w) => lex.issueVerb(w.replace(/^[وف]/u, '')));
  // (The noun, then at most two adjectives before the cue.)
  if (verb < 0 || noun <= verb + 1 || clause.length - noun > 3) return null;
  const issuer = phraseAt(clause.slice(verb + 1, noun).join(' '), lex);
  return issuer.length > 0 ? { ...refOf(issuer, { ...cue, gender: null }, lex), statement: cue.gender } : null;
}

/**
 * "وذكرت الوكالة أن الرئيس الفرنسي إيمانويل ماكرون قال:": in a clause opened by أن / إن the subject
 * comes before its verb; a name (with its role) right before the cue is it.
 */
function embeddedSubject(before: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  const m = /(?:^|\s)(?:ب|و)?(?:أن|إن|ان)\s+((?:[\p{Script=Arabic}]+\s+){1,7})$/u.exec(`${before.trimEnd()} `);
  if (!m?.[1]) return null;
  const words = m[1].trim().split(/\s+/u);
  const parts = splitArabic(words, lex);
  if (!parts.name || parts.name.split(' ').length !== words.length - (parts.role?.split(' ').length ?? 0)) return null;
  return nameRef(parts.name, cue.gender ?? parts.gender, parts.role);
}

/**
 * "توقفنا لدى مدير المشروع، نزيه الكريع، الذي قال: «…»", "وزير حقوق الإنسان عزالدين الأصبحي، الذي
 * أضاف أن": a cue right after a relative (الذي، التي, agreeing with it) with no subject after it has
 * for subject the person the relative follows: the words set off by commas before it when they are
 * all a name, or the longest run before the relative that opens on a role or a title and reads wholly as
 * role and name. Else null (الدراسة، التي أكدت; بحسب ما أكد مورينيو الذي قال).
 */
function relativeSubject(before: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  const m = /(?:^|[.،,:؛!؟]\s*)([^.،,:؛!؟«»"“”]+?)\s*([،,]?)\s+(الذي|التي)\s*$/u.exec(before);
  if (!m?.[1] || cue.gender === (m[3] === 'الذي' ? 'female' : 'male')) return null;
  const words = m[1].trim().split(/\s+/u);
  for (let i = Math.max(0, words.length - 8); i < words.length; i++) {
    const tail = words.slice(i);
    const opener = tail[0] ?? '';
    if (i === 0 ? !m[2] : !lex.role(opener) && lex.title(opener) === undefined) continue;
    if (phraseAt(tail.join(' '), lex).length !== tail.length) continue;
    const { name, role, gender } = splitArabic(tail, lex);
    const nameWords = name?.split(' ') ?? [];
    // (A person: a name of two words or more, or one after a role; not الاتفاق، المنطقة, nor a body.)
    const head = nameWords[0] ?? '';
    const person = nameWord(head, lex) && !lex.body(head) && (nameWords.length >= 2 || role !== null);
    if (person && nameWords.length + (role?.split(' ').length ?? 0) === tail.length)
      return nameRef(name ?? '', cue.gender ?? gender, role);
  }
  return null;
}

/**
 * "وخلص شريف إلى القول:", "ومضى الحسني بالقول", "فيما عبر جمال خاشقجي عن الحادثة بقوله": a verb that
 * takes no object, with its conjunction (or after فيما، بينما، حيث), opens the clause, and the words
 * between it and the cue (ending in القول, or بقوله) are its subject, and maybe after it a
 * preposition's phrase that says what about (عن الحادثة، على هذا الطبق).
 */
function speechNounSubject(clause: string, cue: Cue, lex: Lexicon): SpeakerRef | null {
  if (!lex.forwardCue(cue.text)) return null;
  let lead = clause
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const opener = /^(?:فيما|بينما|حيث)$/u.test(lead[0] ?? '');
  if (opener) lead = lead.slice(1);
  const head = lead[0] ?? '';
  const bare = head.replace(/^[وف]/u, '');
  const verb = (opener || bare !== head) && (lex.leadVerb(bare) || lex.leadVerb(bare.replace(/^[يت]/u, '')));
  const words = lead.slice(1);
  const subject = verb && words.length >= 1 && words.length <= 12 ? phraseAt(words.join(' '), lex) : [];
  const rest = words.slice(subject.length);
  const about = rest.length === 0 || (rest.length <= 4 && /^(?:عن|على|في)$/u.test(rest[0] ?? ''));
  return subject.length > 0 && subject.length <= 8 && about ? refOf(subject, cue, lex) : null;
}

/**
 * "وقال بيان الخارجية المصرية إن", "وذكر تقرير وزارة الصحة": a statement in construct with a body
 * (its genitive: definite, or a body's noun) is that body's; the verb agrees with the statement.
 */
function statementOwner(after: string, words: readonly string[], cue: Cue, lex: Lexicon): SpeakerRef | null {
  const [head = '', owner = ''] = words;
  const construct = !isDefinite(head) && (isDefinite(owner) || lex.body(owner)) && !lex.stop(owner);
  if (!lex.statementNoun(head) || !construct || lex.weekday(owner)) return null;
  const ref = refOf(phraseAt(after.replace(/^\s*\S+\s+/u, ''), lex), { ...cue, gender: null }, lex);
  // (Not a body's noun alone, cut off from the name after it: تقرير شركة آسيا كابيتال.)
  return isDefinite(ref.text ?? '') || /\s/u.test(ref.text ?? '') ? { ...ref, statement: cue.gender } : null;
}

/**
 * "وقالت منظمة «هيومن رايتس ووتش»", "وأفاد موقع "السورية نت"", "موقع صحيفة "دايلي مايل"": one or two
 * body nouns and the name in marks after them, as one name; else null.
 */
function bodyNamedInMarks(after: string, lex: Lexicon): string | null {
  const m = /^\s*((?:\S+\s+){1,2})[«"“]([^«»"“”.!?؟،,:؛]{2,60})[»"”]/u.exec(after);
  const heads = m?.[1]?.trim().split(/\s+/u) ?? [];
  const inMarks = m?.[2]?.trim().split(/\s+/u) ?? [];
  return heads.length > 0 && heads.every((w) => lex.body(w)) && inMarks.length <= 4
    ? [...heads, ...inMarks].join(' ')
    : null;
}

/** Arabic script, verb first: the phrase after the cue, split into role and name. */
export function readArabic(ctx: string, cue: Cue, lex: Lexicon): SpeakerRef {
  const before = ctx.slice(0, cue.start);
  // "قال تعالى: «…»"، "يقول صلى الله عليه وسلم: «…»"، "قوله تعالى": a formula of blessing right after the
  // verb stands for the one it blesses.
  const blessed = lex.eulogy(ctx.slice(cue.end))?.name;
  if (blessed) return nameRef(blessed, cue.gender);
  // "نقلت وكالة رويترز عن مصدر أمني قوله": the one quoted is named after عن, before the cue.
  if (/^قول(?:ه|ها|هم)$/u.test(cue.text)) return quotedFrom(before, cue, lex);
  // "يقول أمين حامدي، وهو محلل يتابع أخبار طالبان، إن «…»": a verb inside a clause set off after a
  // name and opened by هو/هي has that pronoun for its subject (the one just named); what follows it
  // is its object.
  const clause = before.split(/[،,]/u).pop() ?? '';
  const own = /^\s*[وف]?(هو|هي)\s/u.exec(clause);
  if (own) return pronounRef(own[1] === 'هي' ? 'female' : 'male');
  // "وقال له يوكيو يوشيوكا:"، "وقالت لهم المدربة"، "قال لي:": after قال, ل and a pronoun is whom it was
  // said to; the subject follows, if any. (Not after other verbs, whose object may follow: يروي لنا
  // تفاصيل القصة; nor لي before a name, the name Li: قال لي كه تشيانغ.)
  const told = lex.sayVerb(cue.text)
    ? /^\s*ل(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)(?=[\s،,:.]|$)/u.exec(ctx.slice(cue.end))
    : null;
  const toldLi = told !== null && /لي$/u.test(told[0]) && /^\s*[\p{L}]/u.test(ctx.slice(cue.end + told[0].length));
  const after = ctx.slice(cue.end + (told && !toldLi ? told[0].length : 0));
  // "طالبا عدم كشف اسمه": after عدم (not …) the cue's word is a verbal noun; it names no subject.
  if (/(?:^|\s)[وب]?عدم\s*$/u.test(before)) return noneRef(cue.gender);
  const was = wasSubject(before, cue, lex);
  if (was) return was;
  const led = speechNounSubject(clause, cue, lex);
  if (led) return led;
  // A name of two to four words set in marks right after the cue is read whole: inside the marks it
  // is all name (القاضي in "حمد القاضي" is his family name, not a judge).
  const marked = lex.tellVerb(cue.text) ? null : markedSubject(after, lex);
  if (marked) return nameRef(marked.join(' '), cue.gender);
  const markedName = /^\s*[«"“][^«»"“”\s]{2,}[»"”](?:\s|[،,:]|$)/u.test(after);
  // (After a noun of speech, بالقول، بقوله، إلى القول, no subject follows: "بقوله خصوصا بعد …".)
  if ((!markedName && /^\s*[:："“”«]/u.test(after)) || after.trim().length === 0 || lex.forwardCue(cue.text))
    return (
      embeddedSubject(before, cue, lex) ??
      relativeSubject(before, cue, lex) ??
      (PARTICIPLE.test(cue.text) ? null : arabicTopic(before, lex)) ??
      noneRef(cue.gender)
    );
  // An active participle (قائلا، مضيفة، مشيرا) continues its sentence's subject; what follows it is its object.
  if (PARTICIPLE.test(cue.text)) return noneRef(cue.gender);
  // A circumstantial accusative right after the cue (كتب مغرّداً، قال موضحاً) says how, not who:
  // the subject is the sentence's topic, as when nothing follows the cue.
  // So does a participle of speech (وختم قائلا: …، وأضاف مؤكدا) or "saying" (وكتب يقول): the cue's
  // subject is not after it.
  const adverbial = /^\s*\p{L}[\p{L}\p{M}]*(?:اً|ًا)(?=[\s،,:]|$)/u.test(after) || SPEECH_PARTICIPLE.test(after);
  // "بحسب ما نقلته وكالة رويترز عن مسؤول": whom the report quotes (after عن), else whoever reported.
  // (Not ما إذا / ما لو: whether.)
  const relative = /^\s*ما\s+(?!إذا|لو)\p{L}+\s+/u.exec(after);
  if (relative) {
    const rest = after.slice(relative[0].length);
    const clause = rest.split(/[،,:]/u)[0] ?? '';
    return /(?:^|\s)عن\s/u.test(clause) ? quotedFrom(clause, cue, lex) : refOf(phraseAt(rest, lex), cue, lex);
  }
  // "حيث أكد استمرار إيران بدعم حلفائها": a verbal noun of the pattern استفعال right after the cue is
  // its object; the subject is elided. (Not تفعيل: تركيا and توفيق fit it, and تقرير speaks.)
  const first = strip(after.trim().split(/\s+/u)[0] ?? '');
  if (/^است\p{L}{2}ا\p{L}$/u.test(first)) return arabicTopic(before, lex) ?? noneRef(cue.gender);
  const set = adverbial ? null : roleSetOff(after, cue, lex);
  if (set) return set;
  const apposed = adverbial ? null : roleThenName(after, lex);
  if (apposed?.name) return nameRef(apposed.name, cue.gender ?? apposed.gender, apposed.role);
  const words = adverbial ? [] : phraseAt(after, lex);
  if (words.length === 0)
    return (
      relativeSubject(before, cue, lex) ?? issuerOf(before, cue, lex) ?? arabicTopic(before, lex) ?? noneRef(cue.gender)
    );
  const g = lex.pronoun(words[0] ?? '');
  if (g) return pronounRef(g === 'other' ? null : g);
  // "وشدد بيان صادر عن الرئاسة": a statement issued by someone speaks for them.
  const issued = /^\s*(?:\S+\s+){1,2}?(?:ال)?صادر(?:ة)?\s+عن\s|^\s*\S+\s+ل(?=\S{3})/u.exec(after);
  if (issued && lex.statementNoun(words[0] ?? '')) {
    // (تقرير للمقر الأوروبي: ل before the article drops its alif; the issuer is المقر الأوروبي.)
    const rest = after.slice(issued[0].length).replace(/^ل(?=\p{L}{3})/u, (l) => (/ل$/u.test(issued[0]) ? 'ال' : l));
    return refOf(phraseAt(rest, lex), cue, lex);
  }
  const owner = statementOwner(after, words, cue, lex);
  if (owner) return owner;
  // "حسب الحجم" (depending on the size), "حسب التقديرات": after a source cue, a definite noun that is
  // no body, no role and no statement names no source.
  const [only = ''] = words;
  const common = isDefinite(only) && !lex.body(only) && !lex.role(only) && !lex.statementNoun(only);
  if (lex.sourceCue(cue.text) && common) return noneRef(cue.gender);
  const parts = splitArabic(words, lex);
  const gender = cue.gender ?? parts.gender;
  const named = bodyNamedInMarks(after, lex);
  if (named) return nameRef(named, gender);
  if (parts.name) return nameRef(parts.name, gender, parts.role);
  return nominalRef(unlinked(words, lex).join(' '), gender);
}

/**
 * A role read on through a link that is also a preposition (النائب عن كتلة …، الأستاذ في جامعة …)
 * found no name after it: the words from the link on are what was said about (وقال رئيس الوزراء عن
 * الاتفاق), not the role's complement.
 */
function unlinked(words: readonly string[], lex: Lexicon): readonly string[] {
  const at = words.findIndex((w, i) => i > 0 && lex.roleLink(w) && lex.stop(w));
  return at > 0 ? words.slice(0, at) : words;
}

/**
 * The phrase after the last عن (from) before a cue like قوله: whom a source quotes; or after إلى (to)
 * when words are ascribed to someone (ونسبت الرسالة إلى عبدالملك الحوثي قوله).
 */
function quotedFrom(before: string, cue: Cue, lex: Lexicon): SpeakerRef {
  // In the sentence of the cue; "ونقلت عنه الوكالة قوله": from him, the one the text is about.
  const clause = before.split(/[.؛]/u).pop() ?? '';
  const m = /(?:^|\s)(عنه|عنها|عن|إلى|الى)\s+(?!.*(?:^|\s)(?:عنه|عنها|عن|إلى|الى)\s)(.*)$/su.exec(clause);
  if (!m) return noneRef(cue.gender);
  if (m[1] === 'عنه' || m[1] === 'عنها') return pronounRef(m[1] === 'عنها' ? 'female' : 'male');
  return refOf(phraseAt(m[2] ?? '', lex), cue, lex);
}

/** A speaker phrase as a name (with its role) or, failing one, a description. */
function refOf(words: string[], cue: Cue, lex: Lexicon): SpeakerRef {
  if (words.length === 0) return noneRef(cue.gender);
  const parts = splitArabic(words, lex);
  if (parts.name) return nameRef(parts.name, cue.gender ?? parts.gender, parts.role);
  return nominalRef(words.join(' '), cue.gender);
}

/** Persian and Urdu (verb last): the speaker opens the sentence, or the first clause not led by a connector. */
export function readVerbFinal(before: string, lex: Lexicon): SpeakerRef {
  for (const seg of before.split(/[،,]/u)) {
    const words = seg
      .trim()
      .split(/\s+/u)
      .filter((w) => w.length > 0);
    if (words.length === 0 || lex.stop(words[0] ?? '')) continue;
    const kept: string[] = [];
    for (const w of words) {
      if (lex.stop(w) || kept.length >= 6) break;
      kept.push(w);
    }
    // "وی افزود": a pronoun stands for whoever the text is about.
    const g = kept.length === 1 ? lex.pronoun(kept[0] ?? '') : undefined;
    if (g) return pronounRef(g === 'other' ? null : g);
    if (kept.length > 0) return nameRef(kept.join(' '));
  }
  return noneRef(null);
}
