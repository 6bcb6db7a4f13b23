// From what a rule read next to a cue to the speaker the reader sees: a name
// resolves to its entity's fullest name, a pronoun or a subjectless verb to
// the entity the text is about, "the minister" to whoever holds that role,
// "the statement" to whoever issued it. What cannot be a speaker is dropped.

import { endsOnCue } from './cues.ts';
import type { Entity, Want } from './entities/table.ts';
import type { Attribution, Candidate, Credited, QuoteContext, Speaker, SpeakerRef } from './model.ts';
import { arabicPattern, foldWord } from '../text/fold.ts';
import { bare, sentenceAt, tokens, unelided } from './sentences.ts';
import { isDefinite, isNisba, nameWord, unnamedAdjective } from './speaker/arabic.ts';
import { roleGender } from './speaker/names.ts';

export const speakerOf = (e: Entity, role: string | null = null): Speaker => ({
  name: e.full,
  role: e.role ?? role,
  gender: e.gender,
  entity: e,
});

/**
 * One word with the Arabic article (الوزارة، البيان): a noun taken up from before, unless an entity is
 * known by it (الخليل). A longer definite phrase (اللجنة الأوروبية) is a body's own name.
 */
function definiteOnly(text: string, q: QuoteContext): boolean {
  const words = tokens(text);
  return q.fam === 'arabic' && words.length === 1 && /^(?:و|ف)?ال/u.test(words[0] ?? '');
}

/** A statement's noun in any of its Arabic forms (بيانا، بيانه، ببيان، والتقرير), or as printed. */
function statementWord(w: string, q: QuoteContext): boolean {
  const base = w.replace(/^[وف]?(?:[بلك])?(?:ال)?/u, '').replace(/(?:اً|ًا|ا|ه|ها|هم|هما)$/u, '');
  return q.lex.statementNoun(w) || (q.fam === 'arabic' && base.length >= 3 && q.lex.statementNoun(base));
}

/** How many units back a statement taken up («البيان») looks for the one last named. */
const STATEMENT_REACH = 4;

/**
 * "وجاء في بيان لوزارة الخارجية الباكستانية أن … وقال البيان إن «…»": the statement taken up is the one
 * last named, and its issuer is whoever spoke in that sentence (or opened it). Null when no sentence
 * within reach names a statement.
 */
function statementIssuer(ui: number, pos: number, q: QuoteContext): Entity | null {
  const ms = q.entities.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    if (!m || m.ui > ui || (m.ui === ui && m.pos >= pos)) continue;
    if (m.ui < ui - STATEMENT_REACH) break;
    const unit = q.units[m.ui];
    if (!unit || !(m.speech || m.subject) || m.entity.described) continue;
    const [start, end] = sentenceAt(unit.bounds, unit.text.length, m.pos);
    // (Not the sentence of the cue itself: its statement noun is the one being resolved.)
    const stop = m.ui === ui ? Math.min(end, pos) : end;
    const words = tokens(unit.text.slice(start, stop)).map(bare);
    if (words.some((w) => statementWord(w, q))) return m.entity;
  }
  return null;
}

/**
 * "وقال النادي الفرنسي" after نادي أولمبيك مارسيليا: a body's noun with the article and an adjective of
 * origin takes up the body of that noun named before by a proper name (its noun without the article,
 * then a name: نادي أولمبيك مارسيليا، شركة آسيا كابيتال). Not a body named by definite words (الاتحاد
 * الدولي لكرة القدم), for then الاتحاد الأوروبي would be taken for it.
 */
function bodyDescribed(text: string, ui: number, pos: number, q: QuoteContext): Entity | null {
  const [head = '', adjective = '', ...more] = tokens(text);
  if (q.fam !== 'arabic' || more.length || !/^ال/u.test(head) || !q.lex.body(head) || !isNisba(adjective)) return null;
  const noun = foldWord(head.slice(2));
  return q.entities.lastBefore(ui, pos, (e) => {
    const [first = '', second = ''] = e.full.split(/\s+/u);
    return e.body && foldWord(first) === noun && second !== '' && !isDefinite(second);
  });
}

/**
 * "وقال مسؤول أمني"، "طبيب إسرائيلي"، "مسؤولة أمريكية": an Arabic role without the article (and no
 * possessive) and adjectives of origin without it describe someone the article does not name, as an
 * indefinite article does elsewhere ("dijo un vecino"): not anyone named before. (A role word alone
 * may be a construct cut short: مدير «كويليام».)
 */
function indefiniteRole(words: readonly string[], q: QuoteContext): boolean {
  const [head = '', ...rest] = words;
  return (
    q.fam === 'arabic' &&
    rest.length >= 1 &&
    rest.length <= 2 &&
    q.lex.role(head) &&
    !isDefinite(head) &&
    !q.lex.possessiveRole(head) &&
    !q.lex.counterpart(head) &&
    rest.every((w) => unnamedAdjective(w, q.lex))
  );
}

/**
 * A description of someone the article does not name, as words: "أحد المسؤولين", "l’un des avocats",
 * "un vecino" (an indefinite article opens no one named before), "مصدر أمني".
 */
function unnamedWords(words: readonly string[], q: QuoteContext): boolean {
  const first = words[0] ?? '';
  // (One word too when it carries its own "of them": أحدهم.)
  const partitive = q.lex.partitive(first) && (words.length >= 2 || /(?:هم|هما|هن)$/u.test(first));
  return partitive || (words.length >= 2 && q.lex.unnamedSubject(first)) || indefiniteRole(words, q);
}

/** unnamedWords on a printed description. */
export const unnamedDescription = (text: string, q: QuoteContext): boolean => unnamedWords(tokens(text).map(bare), q);

/** "the minister", "O senador", "الوزارة", "the statement": the entity it stands for at (ui, pos), if any. */
function nominalEntity(ref: SpeakerRef, ui: number, pos: number, q: QuoteContext): Entity | null {
  // ("l’élu" is the role élu.)
  let words = tokens(ref.text ?? '')
    .map(bare)
    .flatMap((w) => {
      const noun = unelided(w);
      return noun === w ? [w] : [w.slice(0, w.length - noun.length), noun];
    });
  // Someone the article does not name is no one named before.
  if (unnamedWords(words, q)) return null;
  // "la premier nella serata di domenica": what follows the role, unless linked to it ("l’avocat de
  // la partie", "the head of the union"), is no part of the noun phrase.
  let lastRole = -1;
  words.forEach((w, i) => {
    if (q.lex.role(w)) lastRole = i;
  });
  const next = words[lastRole + 1];
  if (lastRole >= 0 && next !== undefined && !q.lex.roleLink(next)) words = words.slice(0, lastRole + 1);
  if (words.some((w) => q.lex.statementNoun(w))) {
    // (Only the noun alone takes up the statement last named: البيان الرئاسي الفرنسي says whose it is,
    // though its adjectives were read off the name.)
    const noun = words.find((w) => q.lex.statementNoun(w)) ?? '';
    const after = (q.units[ui]?.text.slice(pos) ?? '').split(noun)[1] ?? '';
    const qualified = isNisba(/^\s*(\S+)/u.exec(after)?.[1]?.replace(/[،,.:]$/u, '') ?? '');
    const bareNoun = words.filter((w) => !q.lex.determiner(w)).length === 1 && !qualified;
    return (
      (bareNoun ? statementIssuer(ui, pos, q) : null) ?? q.entities.salient(ui, pos, { gender: null, kind: 'any' })
    );
  }
  const roles = words.filter((w) => q.lex.role(w));
  // "O senador criticou", "the minister said": a bare role stands for the person the text is about;
  // one with a complement ("the minister of health", "l’avocat de la partie") is matched by role.
  // So does one with modifiers before its role word ("the Ukrainian president", "the Labour leader").
  const modified = words.length <= 4 && q.lex.determiner(words[0] ?? '') && q.lex.role(words[words.length - 1] ?? '');
  const bareRole =
    roles.length > 0 && ((words.length <= 3 && words.every((w) => q.lex.role(w) || q.lex.determiner(w))) || modified);
  // "l’avocate", "la ministra", "the spokesman": the role's form tells the gender.
  const gender = ref.gender ?? roleGender(words.join(' '), q.lex);
  const byRole = roles.length ? q.entities.byRole(words, ui, pos, gender) : null;
  // Someone given exactly this role of two words or more (الرئيس الروسي) is meant, whoever is in focus.
  const content = words.filter((w) => !q.lex.determiner(w));
  if (byRole && content.length >= 2 && content.every((w) => byRole.roleWords.has(foldWord(w)))) return byRole;
  const salient = bareRole ? q.entities.salient(ui, pos, { gender, kind: 'person' }) : null;
  if (salient) return salient;
  if (byRole) return byRole;
  const bodies = words.filter((w) => q.lex.body(w));
  if (!bodies.length) return null;
  // "the union said": the body of that name, else the body the text is about. (Arabic names a body by
  // its noun, وزارة الداخلية: "القيادة" is no body of another noun, وكالة أنباء.)
  const other = bareBody(words, q) && q.fam !== 'arabic';
  return (
    q.entities.byBody(bodies, ui, pos) ?? (other ? q.entities.salient(ui, pos, { gender: null, kind: 'body' }) : null)
  );
}

/** A determiner and a body noun, nothing more ("the union", "la empresa", "الوزارة"). */
function bareBody(words: readonly string[], q: QuoteContext): boolean {
  return words.length <= 3 && words.every((w) => q.lex.body(w) || q.lex.determiner(w));
}

/**
 * "وقال روبن" where the article named "النجم الهولندي آريين روبن" before, with no role the table
 * knows: one word of Arabic script that the article also prints after another word, always the same
 * one (آريين), which never stands without it and follows a description (an adjective of origin, a
 * role, a title) or a speech verb rather than opening a clause (a verb: دفع غوارديولا): that fuller
 * name.
 */
function fullerArabic(w: string, q: QuoteContext): string | null {
  if (q.fam !== 'arabic' || q.lex.verbFinal || /\s/u.test(w)) return null;
  const all = q.units.map((u) => u.text).join('\n');
  const pat = arabicPattern(w);
  const firsts = new Set<string>();
  for (const m of all.matchAll(new RegExp(`(\\S+)\\s+(\\p{Script=Arabic}+)\\s+${pat}(?![\\p{L}])`, 'gu'))) {
    const [, before = '', x = ''] = m;
    // (Not a word with a conjunction or a preposition glued on, a verb or a new clause's, an
    // addressee: وقالت، وحثت، لصحيفة; nor a link or a body's noun: باسم، اتحاد.)
    const glued = /^[وفل]/u.test(x) && !q.lex.nameWithConjunction(x);
    if (!nameWord(x, q.lex) || glued || endsOnCue(q.cues, x) || q.lex.title(x) !== undefined) continue;
    if (q.lex.connector(x) || q.lex.roleLink(x) || q.lex.body(x)) continue;
    const described = isNisba(before) || q.lex.role(before) || q.lex.title(before) !== undefined;
    if (described || endsOnCue(q.cues, before)) firsts.add(x);
  }
  const [x] = firsts;
  if (firsts.size !== 1 || !x) return null;
  const alone = new RegExp(`(?<![\\p{L}])${arabicPattern(x)}(?![\\p{L}])(?!\\s+${pat}(?![\\p{L}]))`, 'u');
  return alone.test(all) ? null : `${x} ${w}`;
}

/**
 * The entity of the fuller name of a one-word Arabic name (fullerArabic). An entity known by a longer
 * form that runs on after the word (ارسين فينجر واثبت: a verb read into the name) ends at it, since the
 * article uses the word alone as the last of the name.
 */
function fullerEntity(name: string, q: QuoteContext): Entity | null {
  const w = name.trim();
  const fuller = fullerArabic(w, q);
  if (!fuller) return null;
  const e = q.entities.find(fuller) ?? q.entities.add(fuller);
  const words = e.full.split(/\s+/u);
  const end = words.findIndex((x, i) => i > 0 && foldWord(x) === foldWord(w));
  if (end > 0 && end < words.length - 1) e.full = words.slice(0, end + 1).join(' ');
  // The word alone is one of its forms: its later mentions are found by it.
  if (!e.forms.includes(w)) e.forms.push(w);
  return e;
}

/**
 * "وخلص شريف إلى القول" where the article named "شريف الكيلاني" before: one word of Arabic script that
 * opens the name of exactly one person in the table (after any title) is that person's given name
 * used alone. (As a family name, the last word of a name, the table has found it already.)
 */
function givenNameEntity(name: string, q: QuoteContext): Entity | null {
  const w = name.trim();
  if (q.fam !== 'arabic' || /\s/u.test(w) || isDefinite(w)) return null;
  const f = foldWord(w);
  // The rest must read as a name, not as what a name ran on into (هاميلتون بأدائه السيئ، بارتوميو
  // لهيئة): no preposition glued on, no pronoun suffix, no adverb or abstract noun (أهمية، كلاً).
  const nameLike = (x: string): boolean =>
    /^\p{Script=Arabic}+$/u.test(x) &&
    !q.lex.stop(x) &&
    !q.lex.role(x) &&
    !/^[بل](?!ن$)\p{L}{2,}/u.test(x) &&
    !/(?:ية|ه|ها|هم)$/u.test(x.replace(/الله$/u, ''));
  const hits = q.entities.entities.filter((e) => {
    if (e.body || e.described) return false;
    const words = e.full.split(/\s+/u).filter((x) => q.lex.title(x) === undefined);
    return words.length >= 2 && foldWord(words[0] ?? '') === f && words.slice(1).every(nameLike);
  });
  const [e] = hits;
  if (hits.length !== 1 || !e) return null;
  if (!e.forms.includes(w)) e.forms.push(w);
  return e;
}

/**
 * "وبسؤال مدير إدارة مشروع واسط … قال": a role and a name read after it that together spell, word for
 * word, the role the article gave someone before (مدير إدارة مشروع واسط، المهندس بدر الدُلامي) are
 * that person's description, not a new name.
 */
function spelledRole(ref: SpeakerRef, q: QuoteContext): Entity | null {
  return ref.role && ref.text ? q.entities.roleHolder(`${ref.role} ${ref.text}`) : null;
}

/**
 * The entity a reference at (ui, pos) stands for: a name is found or added; a noun phrase, a
 * pronoun or a subjectless verb is resolved against the entities mentioned before it.
 */
/**
 * "وتوقع العدواني زيادة حركة المسافرين": an adjective of origin read as the role before a "name"
 * (الصيني جانغ يونغلي) is the family name of a person the article has named (فهد العدواني), who is
 * the subject; the words after it are the verb's object.
 */
function surnameRead(ref: SpeakerRef, q: QuoteContext): Entity | null {
  const role = ref.role?.trim() ?? '';
  if (q.fam !== 'arabic' || !/^ال\p{L}{2,}ي$/u.test(role)) return null;
  const e = q.entities.find(role);
  const words = e?.full.split(/\s+/u) ?? [];
  return e && !e.body && words.length >= 2 && foldWord(words[words.length - 1] ?? '') === foldWord(role) ? e : null;
}

export function entityFor(ref: SpeakerRef, ui: number, pos: number, q: QuoteContext): Entity | null {
  if (ref.entity) return ref.entity;
  if (ref.kind === 'name' && ref.text) {
    const found = q.entities.find(ref.text);
    // German capitalizes every noun: one unknown capitalized word (Gleichzeitig, Sommer) is no name.
    const lone = !/\s/u.test(ref.text.trim()) && !/^\p{Lu}{2,}$/u.test(ref.text) && !ref.afterVerb;
    if (!found && q.lex.nounsCapitalized && lone)
      return q.entities.salient(ui, pos, { gender: ref.gender, kind: 'any' });
    if (!found && definiteOnly(ref.text, q)) {
      // "قال بيان الرئاسة" with no presidency named before: that body, unnamed, issued it, and a
      // subjectless "وأضاف" after it goes on with it.
      const e = nominalEntity({ ...ref, kind: 'nominal' }, ui, pos, q);
      const issuer = ref.statement !== undefined && bareBody(tokens(ref.text).map(bare), q);
      return e ?? (issuer ? q.entities.add(ref.text.trim(), { body: true }) : null);
    }
    const e =
      found ??
      bodyDescribed(ref.text, ui, pos, q) ??
      surnameRead(ref, q) ??
      spelledRole(ref, q) ??
      fullerEntity(ref.text, q) ??
      givenNameEntity(ref.text, q) ??
      q.entities.add(ref.text, { role: ref.role, gender: ref.gender });
    if (ref.role) q.entities.addRole(e, ref.role);
    if (ref.gender && !e.gender) e.gender = ref.gender;
    return e;
  }
  if (ref.kind === 'nominal') {
    // A role nobody held before may be named just after ("…," the president said. President Joe Biden …);
    // not one described as someone unnamed ("a spokesman said", "so ein Sprecher"), who is no one named later.
    const e = nominalEntity(ref, ui, pos, q);
    const words = tokens(ref.text ?? '').map(bare);
    const first = words.findIndex((w) => q.lex.role(w));
    const head = words.slice(0, first + 1);
    const roleOnly = first >= 0 && first <= 2 && head.every((w) => q.lex.role(w) || q.lex.determiner(w));
    return e ?? (roleOnly && !unnamedWords(words, q) ? q.entities.byRoleAfter(head, ui, pos) : null);
  }
  const person = ref.person || (ref.kind === 'pronoun' && ref.gender);
  const want: Want = { gender: ref.gender, kind: person ? 'person' : 'any' };
  return q.entities.salient(ui, pos, want);
}

/** The last speaker credited before, agreeing in gender. */
function lastSpeaker(done: readonly Credited[], gender: SpeakerRef['gender']): Speaker | null {
  for (let i = done.length - 1; i >= 0; i--) {
    const s = done[i]?.speaker;
    if (s && (!gender || !s.gender || s.gender === gender)) return s;
  }
  return null;
}

/** Who the attribution finally credits, or null when nothing in the article can stand for it. */
export function resolveSpeaker(
  a: Attribution,
  c: Candidate,
  q: QuoteContext,
  done: readonly Credited[],
): Speaker | null {
  const ref = a.ref;
  if (a.nobody || ref.unnamed) return null;
  // "Según fuentes policiales, “…”", "According to police sources": a source cue names its source
  // after it; when no name is read there, the source is someone unnamed, not the last person named.
  if (a.cue && ref.kind === 'none' && q.lex.sourceCue(a.cue.text)) return null;
  // "aseguran desde la plataforma", "explican los vecinos": a plural subject is no one person named
  // before; only a name or a description read beside the cue stands, as printed.
  if (a.cue?.plural && ref.kind !== 'name') {
    const printed = ref.kind === 'nominal' ? { name: ref.text ?? '', role: null, gender: null, entity: null } : null;
    return printed && valid(printed.name, q) ? printed : null;
  }
  const e = entityFor(ref, c.ui, c.span.open, q);
  let out: Speaker | null = e ? speakerOf(e, ref.role) : null;
  const unknownNoun =
    ref.kind === 'name' && q.lex.nounsCapitalized && !ref.afterVerb && !/\s/u.test((ref.text ?? '').trim());
  if (!out && !unknownNoun && (ref.kind === 'nominal' || (ref.kind === 'name' && ref.text))) {
    // A description nobody in the article matches ("l’avocat de la partie", "أحد الشهود") stands as printed.
    out = { name: ref.text ?? '', role: null, gender: ref.gender, entity: null };
  }
  if (!out && (ref.kind === 'pronoun' || ref.kind === 'none')) out = lastSpeaker(done, ref.gender);
  return out && valid(out.name, q) ? out : null;
}

/** A speaker is a name or a description: never a pronoun, a bare title or honorific, a number or a date. */
function valid(name: string, q: QuoteContext): boolean {
  const t = name.trim();
  if (t.length < 2 || t.length > 120 || !/\p{L}/u.test(t)) return false;
  const words = tokens(t);
  if (words.length === 1) {
    const w = bare(words[0] ?? '');
    if (
      q.lex.pronoun(w) ||
      q.lex.title(w) !== undefined ||
      q.lex.honorific(w) ||
      (q.fam === 'latin' && q.lex.notName(w))
    )
      return false;
  }
  return !/^\p{N}/u.test(t);
}
