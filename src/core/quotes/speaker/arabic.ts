// The Arabic noun phrase a speaker is read from (arabic-cue.ts reads it next to a cue): Arabic puts
// the verb first and its subject after it (وقال وزير الخارجية سامح شكري …), with the addressee glued
// to a preposition (لرويترز), and a role before or after the name.

import { foldWord } from '../../text/fold.ts';
import type { Gender } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';

/** Longest noun phrase read as a speaker. */
const MAX_WORDS = 16;
/** Longest phrase read when it is all role so far (roles chained before the name, each with its complement). */
const MAX_ROLE_WORDS = 28;

/**
 * The stem of an active participle, as a pattern source: of the first form, a long vowel after its
 * first letter (قائل، لافت), or of a derived form, م before it (مضيف، مستطرد), of at most `most` letters
 * after the م. The accusative ending (قائلا، مازحاً) follows it where it is used.
 */
export const participleStem = (most = ''): string => String.raw`(?:\p{L}ا\p{L}{2}|م\p{L}{3,${most}})`;
/** A manner adverb after a name (كيري مازحا، مستطردا). */
const MANNER = new RegExp(`^${participleStem('5')}(?:اً?|ًا)$`, 'u');
/**
 * Of those, the participles of a derived verb (مُفعِلا: محذرا، موضحا) and قائلا: a name fits the pattern
 * of فاعلا or opens on ما (ماريا، مارتا) more often than these.
 */
const SAID_HOW = /^(?:م[^ا]\p{L}{2,4}ا|قائل(?:ا|ة))$/u;
/** The tanween of the accusative (مخاطبًا، رسميًا): an adverb's, never a name's. */
const TANWEEN = /ً/u;

/** A word without the marks and punctuation around it. */
export const strip = (w: string): string => w.replace(/^[(«"“”]+|[،,:؛.)»"“”!؟?]+$/gu, '');
export const isDefinite = (w: string): boolean => /^(?:و|ف)?(?:ال|لل)/u.test(w);

/** Is the word a statement's noun, maybe in the accusative (بيانا، تقريرًا)? */
export const statementNounForm = (w: string, lex: Lexicon): boolean =>
  lex.statementNoun(w.replace(/(?:ا|ًا|اً)$/u, ''));

/** Does the word carry the addressee's preposition (لرويترز, لـ"العربية", للصحفيين)? */
function addressee(w: string, lex: Lexicon): boolean {
  if (w.length < 3) return false;
  // لـ"الرياض"، ل»المدينة»: the preposition glued to a medium's name in marks, however they face.
  if (/^لـ?["«»“”]/u.test(w)) return true;
  return lex.addresseePrefixes.some((p) => w.startsWith(p) && !w.startsWith('لا'));
}

/** A particle that opens a clause, with a conjunction, a preposition or a pronoun glued on (وأن، بأن، فإن، لأنه). */
const PARTICLE = /^(?:و|ف)?(?:ب|ل)?(?:أن|إن|ان)\p{M}*(?:ه|ها|هم|هما|نا|ني|ك|كم)?$/u;

/**
 * Does what follows a span in marks right after a cue verb ask for the verb's subject and what it
 * said, so that the span is the subject, a name (وقال "نعمان بن حافظ" لـ"سبق": "…"، وأكد «المرصد
 * السوري لحقوق الإنسان» أن …، قال "كريس فيليرز" المتحدث باسم "بوينج"، إن …)? A colon, the
 * particle that opens what was said, the addressee, a role in apposition, or إلى أن. A short
 * quotation after the verb ends its clause instead (وقال «قصدك نطلق».).
 */
function subjectFollows(after: string, lex: Lexicon): boolean {
  const rest = after.trimStart();
  if (/^:/u.test(rest)) return true;
  const [w0 = '', w1 = ''] = rest.replace(/^[،,]\s*/u, '').split(/\s+/u);
  const w = strip(w0);
  return (
    (PARTICLE.test(w) && !lex.connector(w)) ||
    addressee(w0, lex) ||
    lex.role(w) ||
    (w === 'إلى' && PARTICLE.test(strip(w1)))
  );
}

/**
 * What marks right after a cue enclose (`inner`), with what follows them (`after`): the words of a
 * name of two to four words when what follows asks for the subject (subjectFollows); else null, as
 * for a role in marks or for anything with punctuation or marks inside.
 */
export function subjectInMarks(inner: string, after: string, lex: Lexicon): string[] | null {
  const words = inner.trim().split(/\s+/u);
  if (/[«»"“”.!?؟،,:؛]/u.test(inner) || words.length < 2 || words.length > 4 || !subjectFollows(after, lex))
    return null;
  // "قال «المسؤول اليمني»:": a role in marks stands for someone named before, as one without marks does.
  if (lex.role(strip(words[0] ?? ''))) return null;
  return words.map(strip);
}

/** subjectInMarks on the marks that open `text`. */
export function markedSubject(text: string, lex: Lexicon): string[] | null {
  const m = /^\s*[«"“]([^«»"“”.!?؟،,:؛]+)[»"”]/u.exec(text);
  return m ? subjectInMarks(m[1] ?? '', text.slice(m[0].length), lex) : null;
}

/** The words of the noun phrase that starts `text`: up to a stop word, a clause or punctuation. */
export function phraseAt(text: string, lex: Lexicon): string[] {
  const words: string[] = [];
  const raws = text.trim().split(/\s+/u);
  // (A phrase that opens on a role and has no name of four words yet goes on, to the name after a chain
  // of roles: أخصائي طب وجراحة العيون رئيس العلاقات العامة بالجمعية … عضو هيئة التدريس … الدكتور وسيم
  // عالم. Its last word may be a body's own name so far: في جامعة طيبة.)
  const within = (): boolean =>
    words.length < MAX_WORDS ||
    (words.length < MAX_ROLE_WORDS &&
      lex.role(words[0] ?? '') &&
      untitledWords(splitArabic(words, lex).name, lex).length < 4);
  for (let i = 0; i < raws.length && within(); i++) {
    const raw0 = raws[i] ?? '';
    if (words.length === 0) {
      const subject = markedSubject(raws.slice(i).join(' '), lex);
      if (subject) return subject;
    }
    // A name set in marks right after the cue (وقال «الحذيفي» في تصريحات) is still the subject.
    const marked = words.length === 0 ? /^[«"“]([^«»"“”\s]{2,})[»"”][،,:؛.]?$/u.exec(raw0) : null;
    const raw = marked?.[1] ?? raw0;
    const w = strip(raw);
    // "الطاهي التنفيذي في «كلاريدجز» مارتن نايل": a body's name in marks inside a role's complement,
    // after its link, is read on (up to four words to the closing mark).
    const roleSoFar = words.length > 0 && lex.role(words[0] ?? '');
    const link = roleSoFar && words.length > 1 && lex.roleLink(words[words.length - 1] ?? '');
    // So is the name in marks of a body just named (صحيفة "لوفيجارو" الفرنسية، حركة «الشباب»), alone or
    // in a role (رئيس حزب «القوات اللبنانية» الدكتور …، مدير معهد «سرب» المهندس …).
    const last = words[words.length - 1] ?? '';
    const ownName = (words.length === 1 && lex.body(last)) || (roleSoFar && words.length > 1 && bodyish(last, lex));
    if ((link || ownName) && /^[«"“]/u.test(raw)) {
      const close = raws.slice(i, i + 4).findIndex((r) => /[»"”][،,:]?$/u.test(r));
      if (close >= 0) {
        for (const r of raws.slice(i, i + close + 1)) words.push(strip(r.replace(/[«»"“”]/gu, '')));
        i += close;
        continue;
      }
    }
    // "قائد المنتخب السعودي (14 عاما) سعود الحقباني": an age in brackets between a role and the name,
    // or between a name and its role, is read past.
    if (words.length > 0 && /^\(/u.test(raw)) {
      const close = raws.slice(i, i + 3).findIndex((r) => /\)[،,:]?$/u.test(r));
      const inside = raws.slice(i, i + close + 1).join(' ');
      if (close >= 0 && /^\(\s*\p{N}+\s*\p{L}*\s*\p{L}*\s*\)[،,:]?$/u.test(inside)) {
        // (After a name, only a role in apposition goes on: محمد شاكر (45 عاما) أستاذ التعليم الثانوي,
        // not نوريو إيتو (70 عاما) ابنة …)
        const named = splitArabic(words, lex).name !== null;
        if (/[،,:]$/u.test(inside) || (named && !lex.role(strip(raws[i + close + 1] ?? '')))) break;
        i += close;
        continue;
      }
    }
    if (w.length === 0 || /^["“”«»(]/u.test(raw) || /^\p{N}/u.test(w)) break;
    // "وتابع ماكلين يقول:": a speech verb after the subject (saying) is no part of it.
    if (words.length > 0 && lex.sayVerb(w)) break;
    // "رسول الله صلى الله عليه وسلم"، "الله تعالى": a formula of blessing ends the name before it.
    if (lex.eulogy(raws.slice(i, i + 4).join(' '))) break;
    // "ووصفت هيلاري بعضهم بـ«…»": the preposition بـ and what follows it are no part of the subject, and
    // the object before it (بعضهم) is not either.
    if (/^بـ/u.test(raw)) {
      if (words.length > 1 && /(?:ه|ها|هم|هما)$/u.test(words[words.length - 1] ?? '')) words.pop();
      break;
    }
    // "وأشاد بالجهود …": a preposition glued to a definite noun right after the verb; the subject is
    // the verb's own (he), not the phrase.
    if (words.length === 0 && /^(?:ب|ك)ال/u.test(w)) break;
    // "وختم حديثه بـ…"، "وأعلن جاهزيته …"، "دعا خطباؤهم الشعب": a noun with a possessive pronoun
    // right after the verb is its object (or a subject that names nobody); the subject is the verb's own.
    if (words.length === 0 && possessed(w, lex)) break;
    // "يعترف بحمله ثلاثة هواتف": so is ب glued to such a noun (not a family name opening on با: باسلمه).
    if (words.length === 0 && /^ب[^ا]\p{L}{2,}?(?:ه|ها|هم|هما)$/u.test(w) && !/الله$/u.test(w)) break;
    // "أكد الخميس الماضي …", "قال الأسبوع المقبل": a time right after the verb, not its subject.
    if (words.length === 0 && isDefinite(w) && lex.timeModifier(strip(raws[i + 1] ?? ''))) {
      if (/[،,:؛.]$/u.test(raws[i + 1] ?? '')) break;
      i++;
      continue;
    }
    // "قال كل من ضيف الله السبيعي وأحمد الحكمي": each of those named, the first of them read.
    if (words.length === 0 && w === 'كل' && strip(raws[i + 1] ?? '') === 'من') {
      i++;
      continue;
    }
    // "ويقول لـ "الاقتصادية" إنزو بونتيلو": the addressee's preposition set apart from the medium's
    // name in marks; the subject follows them.
    if (words.length === 0 && /^لـ?$/u.test(raw) && /^["«“]/u.test(raws[i + 1] ?? '')) {
      const close = raws.slice(i + 1, i + 5).findIndex((r) => /[»"”][،,:]?$/u.test(r));
      if (close >= 0) {
        i += close + 1;
        continue;
      }
    }
    if (words.length === 0 && addressee(w, lex)) {
      // "قالت لرويترز"، "قال لوكالة الأنباء الفرنسية": the addressee, then maybe the subject.
      while (isDefinite(strip(raws[i + 1] ?? '')) && !lex.role(strip(raws[i + 1] ?? ''))) i++;
      if (/[،,:؛.]$/u.test(raw)) break;
      continue;
    }
    // (A word after بن is the father's name though it reads as a particle: وليد بن على الجلال.)
    const fathers = lex.sonOf(words[words.length - 1] ?? '');
    if (
      !fathers &&
      ((lex.stop(w) && !(roleSoFar && lex.roleLink(w) && splitArabic(words, lex).name === null)) || lex.clauseOpener(w))
    )
      break;
    // "وربط الوزير الفرنسي بين التغيير وبين …": بين before a definite noun is "between", no part of a
    // name (هاك بين تشاو: it is one).
    if (/^و?بين$/u.test(w) && isDefinite(strip(raws[i + 1] ?? ''))) break;
    // "وقال أردوغان حسب ما نقلت وسائل إعلامية": according to what, a source cue (حسب alone may be a
    // name: حسب الله).
    if (/^(?:حسب|بحسب)$/u.test(w) && strip(raws[i + 1] ?? '') === 'ما') break;
    // "النائب عن كتلة الوفاء للمقاومة حسن فضل الله", "المفوض العام للأونروا فيليب لازاريني": a definite
    // genitive with ل inside a role's complement (not right after the role word), a name after it, is
    // no addressee.
    const genitive =
      roleSoFar &&
      /^لل\p{L}{3,}$/u.test(w) &&
      (w === raw || /^[^،,]+[،,]$/u.test(raw)) &&
      words.length >= 2 &&
      // A name after it, maybe after the body's adjective (للجامعة العربية أحمد أبو الغيط), or a second
      // role joined by و (نائب رئيس الجمعية للإدارة وعضو جمعية …).
      (nameWord(strip(raws[i + 1] ?? ''), lex) ||
        (isNisba(strip(raws[i + 1] ?? '')) && nameWord(strip(raws[i + 2] ?? ''), lex)) ||
        titledAfterAdjectives(raws.slice(i + 1, i + 9).map(strip), lex) ||
        (/^و\p{L}{3,}$/u.test(strip(raws[i + 1] ?? '')) && lex.role(strip(raws[i + 1] ?? '').slice(1))) ||
        // Or, after a comma, the title that opens the name or a second role (المدير العام للشركة،
        // المهندس …؛ … للعيون، استشاري أكاديمي …).
        (/[،,]$/u.test(raw) && titleOrRole(strip(raws[i + 1] ?? ''), lex)));
    // "الاتحاد السعودي للكرة الطائرة"، "اللجنة السعودية للرقابة": a definite genitive with لل after a
    // body's definite noun and its adjective of origin is part of the body's name.
    const bodyGenitive =
      words.length >= 2 &&
      /^لل\p{L}{3,}$/u.test(w) &&
      isDefinite(words[0] ?? '') &&
      lex.body(words[0] ?? '') &&
      isNisba(words[words.length - 1] ?? '');
    if (words.length > 0 && addressee(w, lex) && !genitive && !bodyGenitive) break;
    // A particle, with a conjunction or a pronoun glued on (وأن، بأن، فإن، لأنه), starts a new clause;
    // a name that merely opens with its letters (أنور، أنس، أنخيل) does not.
    // (Not the particle of a name, فان: بن فان بيوردن.)
    const particle = PARTICLE.test(w) && !lex.connector(w);
    if (words.length > 0 && particle) break;
    // "أحد المسؤولين ورفض نشر اسمه": after two words, و glued to a word opens a new clause.
    // Not a word whose own first letter is و (وزارة، وكالة، وزير).
    // Nor a verb that gives the name of the one described (أحد السكان ويدعى أحمد).
    const naming = namesNext(w, lex);
    // (Not a word that ends the phrase at a comma, a family name: البروفسور الدكتور مارتن وينتركورن،.)
    // (Nor the word after a name's particle or a title, which is a name: كريس فان ويل، الدكتور وسيم; nor
    // the second of two nouns in construct with a role: أخصائي طب وجراحة العيون.)
    if (
      words.length >= 2 &&
      /^و[^ا]/u.test(w) &&
      !(/[،,]$/u.test(raw) && nameWord(words[words.length - 1] ?? '', lex)) &&
      !lex.connector(words[words.length - 1] ?? '') &&
      lex.title(words[words.length - 1] ?? '') === undefined &&
      !coordinatedGenitive(words, w, strip(raws[i + 1] ?? ''), lex) &&
      !isDefinite(w) &&
      !lex.body(w) &&
      !lex.role(w) &&
      !naming &&
      !lex.nameWithConjunction(w)
    )
      break;
    // "جنرال في القوات الجوية طلب عدم الكشف عن اسمه": a word before عدم (asked not to …) is a verb
    // that opens a clause, no name.
    if (words.length > 0 && strip(raws[i + 1] ?? '') === 'عدم') break;
    // "وقال مسؤول كبير بوزارة الخزانة محذرا «…»": a participle of manner (SAID_HOW) or a word with a
    // tanween right before what was said says how it was said, no name (not after a name's particle: دا
    // كاستا).
    const next = raws[i + 1];
    const said = w !== raw || next === undefined || /^[«"“:]/u.test(next) || PARTICLE.test(strip(next));
    const afterParticle = lex.connector(words[words.length - 1] ?? '');
    if (words.length > 0 && (SAID_HOW.test(w) || TANWEEN.test(w)) && said && !afterParticle) break;
    words.push(w);
    if (marked) break;
    // (A full stop ends the phrase, but not after an initial or an abbreviation of two letters: د. محمد.)
    if (w !== raw && !/^\p{L}{1,2}\.$/u.test(raw)) {
      // "الرئيس الروسي، فلاديمير بوتين،": a role, a comma, then the name in apposition.
      const next = strip(raws[i + 1] ?? '');
      // So is a role with its complement (عضو وفد الحزب الديمقراطي، المتحدث باسم المقاومة الجنوبية).
      const roleOnly = (): boolean => {
        const parts = splitArabic(words, lex);
        return parts.role !== null && parts.name === null;
      };
      const appositive = next && !isDefinite(next) && !lex.stop(next) && nameWord(next, lex);
      if (/[،,]$/u.test(raw) && appositive && (rolePhrase(words, lex) || roleOnly())) continue;
      // So is a title that opens the name after a role (المدير العام للشركة، المهندس فلان), or a second
      // role after a role alone (المدير التنفيذي للمستشفى، استشاري طب الأطفال، الدكتور فلان).
      // (Not one joined by و, another person: رئيس الهيئة، ورئيس الوفد فلان.)
      const titled = lex.title(next) !== undefined && lex.role(words[0] ?? '');
      const another = /^و/u.test(next) && titleOrRole(next.slice(1), lex);
      if (/[،,]$/u.test(raw) && !another && (titled || (lex.role(next) && roleOnly()))) continue;
      // "أحد سكان الحي، ويدعى أحمد حسن،": the description, a comma, then the verb that names him.
      if (/[،,]$/u.test(raw) && namesNext(next, lex) && !words.some((x) => namesNext(x, lex))) continue;
      break;
    }
  }
  // A phrase that stops on a link (الطاهي التنفيذي في) ends before it; one that stops on the title of a
  // name it could not read (خادم الحرمين الشريفين، الملك "الحازم" …) before that title.
  // (Not a family name that is a title after its particle: آل الشيخ.)
  const last = (): string => words[words.length - 1] ?? '';
  const dangling = (): boolean => lex.title(last()) !== undefined && !lex.connector(words[words.length - 2] ?? '');
  while (words.length > 1 && (lex.stop(last()) || dangling())) words.pop();
  return words;
}

/** كان (was), maybe with a conjunction glued on: the subject and what the person was follow it. */
export const wasVerb = (w: string): boolean => /^[وف]?كانت?$/u.test(w);

/** A title, or a role word that is no title (المهندس، استشاري). */
const titleOrRole = (w: string, lex: Lexicon): boolean => lex.title(w) !== undefined || lex.role(w);

/** The words of a name that are no title (الدكتور وسيم: وسيم). */
export const untitledWords = (name: string | null, lex: Lexicon): string[] =>
  (name ?? '').split(' ').filter((w) => w && lex.title(w) === undefined);

/**
 * "أخصائي طب وجراحة العيون": after a role without the article and a noun in construct with it (no
 * article either), `w`, a noun with و glued on before a definite `next`, shares that noun's genitive.
 */
function coordinatedGenitive(words: readonly string[], w: string, next: string, lex: Lexicon): boolean {
  const [head = '', noun = ''] = words.slice(-2);
  return (
    words.length === 2 &&
    lex.role(head) &&
    !isDefinite(head) &&
    !isDefinite(noun) &&
    !lex.role(noun) &&
    /^و\p{L}{3,}$/u.test(w) &&
    !isDefinite(w) &&
    isDefinite(next)
  );
}

/**
 * A noun with a possessive pronoun glued on (تصريحاته، جاهزيته، خطباؤهم، سماعها): not a role of his or
 * hers (مدربه، نظيرته), nor one of them (أحدهم).
 */
function possessed(w: string, lex: Lexicon): boolean {
  const m = /^(\p{Script=Arabic}{3,}?)(ت?)(?:ه|ها|هم|هما|هن)$/u.exec(w);
  if (!m || (!m[2] && !/(?:ها|هم|هما|هن)$/u.test(w))) return false;
  // (زوجته is زوجة with the pronoun, زوجها زوج or زوجة, أبوها أب; a conjunction may be glued on: ووالدته.)
  const stem = m[1] ?? '';
  const kin = [stem, stem.replace(/^[وف]/u, '')].some(
    (s) => lex.kin(s) || lex.kin(`${s}ة`) || lex.kin(s.replace(/و$/u, '')),
  );
  return !kin && !lex.role(w) && !lex.counterpart(w) && !lex.partitive(w);
}

/** A verb that gives the name of someone just described (يدعى، ويدعى، واسمه). */
function namesNext(w: string, lex: Lexicon): boolean {
  return lex.namingVerb(w) || (/^و/u.test(w) && lex.namingVerb(w.slice(1)));
}

/** A body, or a body with the genitive's ل glued on (لحلف، لجامعة). */
export function bodyish(w: string, lex: Lexicon): boolean {
  // With ل or ب glued on: لحلف شمال الأطلسي، بمنطقة مكة المكرمة.
  return lex.body(w) || (/^[لب][^ل]/u.test(w) && w.length > 3 && lex.body(w.slice(1)));
}

/** A role and nothing else: a role word, then role words and words with the article (الرئيس الروسي). */
export function rolePhrase(words: readonly string[], lex: Lexicon): boolean {
  return lex.role(words[0] ?? '') && words.every((w) => lex.role(w) || isDefinite(w));
}

/**
 * "جامعة الملك سعود عبدالله الصقعبي", "بجامعة الأمير سطام بن عبدالعزيز الدكتور خالد العتيبي": a body
 * at `at` named after a king or a prince (the title, a name and its بن chain), when a name of two words
 * or nothing follows: the index after the body's name, else -1.
 */
function royalName(words: readonly string[], at: number, lex: Lexicon): number {
  const head = words[at] ?? '';
  if (!bodyish(head, lex) || isDefinite(head) || lex.title(words[at + 1] ?? '') === undefined) return -1;
  if (!nameWord(words[at + 2] ?? '', lex)) return -1;
  let k = at + 3;
  while (lex.sonOf(words[k] ?? '') && k + 1 < words.length) k += 2;
  // (Or when the phrase ends on it: مدير مستشفى الملك فهد, a director nobody names.)
  return words.length - k >= 2 || k === words.length ? k : -1;
}

/**
 * "للتدريب التقني والمهني الدكتور علي …": definite adjectives of the genitive (one joined by و
 * too), then a title, or a link and a place of up to two words, then a title or a second role
 * (للمملكة العربية السعودية في لوس أنجلوس السفير …): the genitive is inside the role, the name comes after.
 */
function titledAfterAdjectives(next: readonly string[], lex: Lexicon): boolean {
  let k = 0;
  while (k < next.length && /^و?ال\p{L}{2,}ي(?:ة)?$/u.test(next[k] ?? '')) k++;
  if (k === 0) return false;
  if (lex.title(next[k] ?? '') !== undefined) return true;
  // (Or after where: للمملكة العربية السعودية في لوس أنجلوس السفير الدكتور …)
  if (!lex.roleLink(next[k] ?? '')) return false;
  const place = next.slice(k + 1, k + 4).findIndex((w) => titleOrRole(w, lex));
  return place > 0 && next.slice(k + 1, k + 1 + place).every((w) => !isDefinite(w) && !lex.stop(w));
}

/** A word that may open a name: no article, no preposition glued on, no stop word. */
export function nameWord(w: string, lex: Lexicon): boolean {
  return w.length > 1 && !isDefinite(w) && !lex.stop(w) && !lex.role(w) && !/^(?:ب|ل|و|ف)ال/u.test(w);
}

/**
 * The words of a foreign proper name at the start of `words` (أولمبيك مارسيليا): indefinite, no role, title,
 * body, kin or stop word, no possessive or tanween, up to three; counted only when a word that is no
 * name follows (a possessive, the article, a stop word), so the run's end is known.
 */
function properRun(words: readonly string[], lex: Lexicon): number {
  const proper = (w: string): boolean =>
    nameWord(w, lex) &&
    lex.title(w) === undefined &&
    !lex.body(w) &&
    !lex.kin(w) &&
    !lex.possessiveRole(w) &&
    !TANWEEN.test(w) &&
    !/(?:ه|ها|هم|هما)$/u.test(w) &&
    !/^(?:[وف]|[بل]ال)/u.test(w) &&
    !statementNounForm(w, lex);
  let n = 0;
  while (n < 3 && proper(words[n] ?? '')) n++;
  const after = words[n] ?? '';
  const ends =
    n < words.length &&
    (isDefinite(after) || /(?:ه|ها|هم|هما)$/u.test(after) || lex.stop(after) || lex.possessiveRole(after));
  return ends ? n : 0;
}

export interface ArabicParts {
  name: string | null;
  role: string | null;
  gender: Gender;
}

/**
 * Splits a phrase into its role and the name after it: `عضو الشورى السابق خليل عبدالله الخليل`,
 * `خادم الحرمين الشريفين الملك سلمان`. A name then a role in apposition keeps the name alone.
 */
export function splitArabic(words: readonly string[], lex: Lexicon): ArabicParts {
  // "أحد سكان الحي ويدعى أحمد حسن": a description, then the verb that names the one described.
  const k = words.findIndex((w, i) => i > 0 && namesNext(w, lex));
  if (k > 0 && k + 1 < words.length) {
    const own = splitArabic(words.slice(k + 1), lex);
    const gender = /^و?ت/u.test(words[k] ?? '') || /ها$/u.test(words[k] ?? '') ? 'female' : own.gender;
    if (own.name) return { name: own.name, role: words.slice(0, k).join(' '), gender };
  }
  // "أحد سكان الحي", "إحدى الناجيات": someone described, never named.
  if (lex.partitive(words[0] ?? '')) return { name: null, role: null, gender: null };
  // "وقال الصيني جانغ يونغلي"، "التشيلي مانويل بيليغريني": an adjective of origin, then a name of two
  // words or more, describes the one named (a family name alone, القحطاني, has no name after it).
  const first = words[0] ?? '';
  if (isNisba(first) && !lex.role(first) && !lex.body(first) && nameWord(words[1] ?? '', lex)) {
    const named = arabicName(words.slice(1), lex);
    if (named.length >= 2) return { name: named.join(' '), role: first, gender: /ية$/u.test(first) ? 'female' : null };
  }
  let i = 0;
  let roleStart = 0;
  let roleEnd = -1;
  let gender: Gender = null;
  // A title and the adjective of a country (الملك الأردني، الأمير السعودي) stand as a role.
  if (lex.title(words[0] ?? '') !== undefined && isNisba(words[1] ?? '')) {
    gender = lex.title(words[0] ?? '') ?? null;
    roleEnd = 1;
    while (isNisba(words[roleEnd + 1] ?? '')) roleEnd++;
    i = roleEnd + 1;
  }
  // "مساعد مدير العمليات كزافيه جينوت": a word that is a given name too (مساعد) heads a role only in
  // construct with a role word after it.
  if (roleEnd < 0 && lex.roleInConstruct(words[0] ?? '') && lex.role(words[1] ?? '')) i = 1;
  // "معالي وزير الخارجية عادل الجبير"، "سماحة مفتي عام المملكة الشيخ …"، "الدكتور الشاعر صالح الشادي":
  // honorifics of address and titles before a role are the person's, not the role's: the role starts
  // after them, and the titles open the name.
  let titlesBefore: string[] = [];
  if (roleEnd < 0 && i === 0) {
    let t = 0;
    while (lex.honorific(words[t] ?? '') || lex.title(words[t] ?? '') !== undefined) t++;
    const head = words[t] ?? '';
    const titles = words.slice(0, t).filter((w) => !lex.honorific(w));
    // (After a title, only a definite role: not د أمين، العميد ركن طيار.)
    if (t > 0 && lex.role(head) && lex.title(head) === undefined && (titles.length === 0 || isDefinite(head))) {
      i = roleStart = t;
      titlesBefore = titles;
      gender = titles.map((w) => lex.title(w)).find((g) => g) ?? null;
    }
  }
  while (i < words.length && lex.role(words[i] ?? '') && lex.title(words[i] ?? '') === undefined) {
    const head = words[i] ?? '';
    // "نظيره" (his counterpart) ends in the possessive ه, "نظيرته" (her… / a woman counterpart) in ت before it.
    // "مدربه" (his coach) likewise; "مستشارته" (his adviser, a woman) keeps the ة of the role.
    const possessed = lex.counterpart(head) || lex.possessiveRole(head) ? !/ت(?:ه|ها|هم|هما)$/u.test(head) : false;
    // (Nor a role with the possessive ه glued on: قائده، مديره.)
    const his = /ه$/u.test(head) && lex.role(head.slice(0, -1));
    gender ??=
      !possessed && !his && /[ةه]$/u.test(foldWord(head)) && !/^ال?(?:نائب|خليفة|أسطورة)$/u.test(head)
        ? 'female'
        : 'male';
    roleEnd = i++;
    const roleAt = roleEnd;
    // The role's complement: definite nouns and adjectives (الشورى السابق), a link and its noun (باسم
    // الوزارة، في جامعة القاهرة), a genitive with ل (لجامعة الدول العربية), a body in construct
    // with its definite genitive (اتحاد المزارعين، هيئة الموانئ).
    while (i < words.length) {
      const w = words[i] ?? '';
      const next = words[i + 1] ?? '';
      if (lex.title(w) !== undefined) break;
      const royal = royalName(words, i, lex);
      if (royal > 0) {
        i = royal;
        roleEnd = i - 1;
        continue;
      }
      // "الخبير في مجال السفر في تصريح خاص": a link before a statement's noun says where he spoke, and
      // ends the role.
      if (lex.roleLink(w) && lex.statementNoun(next)) break;
      if (lex.roleLink(w) && i + 1 < words.length) {
        i += 2;
        // (في جامعة الملك سعود …)
        const linkedRoyal = royalName(words, i - 1, lex);
        if (linkedRoyal > 0) {
          i = linkedRoyal;
          roleEnd = i - 1;
          continue;
        }
        // "المتحدث باسم شركة أرامكو سعيد الغامدي": the body's own name after it, a name of two words after.
        const own = words[i] ?? '';
        if (bodyish(next, lex) && own && !isDefinite(own) && !lex.role(own) && words.length - (i + 1) >= 2) i++;
      } else if (isDefinite(w) && !lex.role(w)) i++;
      // "المسؤول بالخزانة الأميركية": a definite noun with ب right after the role is where he serves.
      else if (i === roleAt + 1 && /^بال\p{L}{3,}$/u.test(w) && !lex.stop(w)) i++;
      // "المنظمة غير الحكومية": غير and the adjective it negates.
      else if (w === 'غير' && isDefinite(next) && i > roleAt + 1) i += 2;
      else if (/^ل[^ل]/u.test(w) && w.length >= 3 && !lex.stop(w) && isDefinite(next)) i++;
      // "حارس مرمى الشباب وليد عبدالله": a role in construct takes a noun without the article and its
      // definite genitive, when a name follows them.
      else if (
        i === roleAt + 1 &&
        !isDefinite(head) &&
        !isDefinite(w) &&
        !lex.role(w) &&
        isDefinite(next) &&
        i + 2 < words.length
      )
        i += 2;
      // "أخصائي طب وجراحة العيون الدكتور …": two nouns joined by و in construct with one definite genitive.
      else if (
        i === roleAt + 1 &&
        coordinatedGenitive(words.slice(0, i + 1), next, words[i + 2] ?? '', lex) &&
        i + 3 < words.length
      )
        i += 3;
      // "نجمة هوليوود سلمى حايك"، "أسطورة آرسنال تيري هنري": a role without the article is in construct
      // with the word after it, its genitive, when a name of two words follows.
      else if (
        i === roleAt + 1 &&
        !isDefinite(head) &&
        lex.title(head) === undefined &&
        !lex.counterpart(head) &&
        !lex.possessiveRole(head) &&
        // (Not after a title, in a military rank: العميد ركن طيار أحمد عسيري; nor an adjective of
        // origin: فنان فرنسي.)
        !words.slice(0, roleAt).some((x) => lex.title(x) !== undefined) &&
        !isNisba(w) &&
        nameWord(w, lex) &&
        !lex.body(w) &&
        !lex.connector(w) &&
        !lex.connector(next) &&
        // (A chain with بن after the next word reads differently: … ينبع سامر بن علي العنيني.)
        !lex.sonOf(words[i + 2] ?? '') &&
        words.length - (i + 1) >= 2 &&
        nameWord(next, lex)
      )
        i += 1;
      // "المفوض العام للأونروا": a genitive with لل after an adjective of the role, not right after it
      // ("قال المتحدث للصحفيين" is the addressee).
      else if (/^لل\p{L}{3,}$/u.test(w) && i > roleAt + 1 && isDefinite(words[i - 1] ?? '')) i++;
      // "عضو لجنة المقاولين في الغرفة التجارية بجدة عبدالله بكر رضوان"، "مدير الكرة السابق بالفريق الأول
      // …": a place, or a definite noun, with ب glued on says where the role is held; the complement goes on.
      else if (/^ب\p{L}{3,}$/u.test(w) && (isDefinite(w.slice(1)) || lex.place(w.slice(1))) && i + 1 < words.length)
        i++;
      else if (bodyish(w, lex)) {
        // A body in construct with its genitive, a chain of up to two more nouns before the definite
        // one (مستشفى الشفاء، لحلف شمال الأطلسي، نادي الهلال).
        // A word that is a role and a body too (محافظة: a governor, a province) goes on with the chain
        // (مجلس محافظة البصرة).
        let k = i + 1;
        const chains = (w: string): boolean => !isDefinite(w) && (!lex.role(w) || lex.body(w));
        while (k < words.length && k - i <= 2 && chains(words[k] ?? '')) k++;
        if (k >= words.length || !isDefinite(words[k] ?? '') || lex.title(words[k] ?? '') !== undefined) {
          // "عضو المكتب السياسي لحركة حماس باسم نعيم": a body and its own name without the article, a
          // name of two words or more after them.
          const own = words[i + 1] ?? '';
          // (Or the phrase ends on them: المدرب السابق لمنتخب انجلترا, a role with no name after it.)
          if (own && !isDefinite(own) && !lex.role(own) && (words.length - (i + 2) >= 2 || i + 2 === words.length)) {
            i += 2;
            roleEnd = i - 1;
          }
          break;
        }
        // "بمحافظة جدة سعيد الغامدي": when the chain would take the phrase's last words, they are a
        // name and a definite family name; the body's genitive is the one word after it.
        if (k === words.length - 1 && k - i >= 3) {
          i += 2;
          roleEnd = i - 1;
          break;
        }
        i = k + 1;
      } else break;
      roleEnd = i - 1;
    }
  }
  // "مدير مستشفى الشفاء الدكتور محمد أبو سلمية": a title after the role opens the name.
  // (Not when a title already opens the name right after the role: وزير الإعلام الدكتور محمد المومني
  // زيارة الأمير …, whose second title is another person's.)
  const opensTitled = lex.title(words[roleEnd + 1] ?? '') !== undefined;
  let titled = opensTitled
    ? -1
    : words.findIndex((w, k) => k > roleEnd + 1 && roleEnd >= 0 && lex.title(w) !== undefined);
  // (An honorific before that title is the person's too: إمام المسجد الحرام فضيلة الشيخ …)
  while (titled > roleEnd + 1 && lex.honorific(words[titled - 1] ?? '')) titled--;
  if (titled > 0 && words.slice(roleEnd + 1, titled).every((w) => !lex.connector(w))) roleEnd = titled - 1;
  // "مواطن يدعى خالد": the word that names him is no part of the name.
  // (Not a body that heads a name in marks, حركة «…», in construct with a definite noun: حركة المقاومة
  // الإسلامية is the body's own name.)
  const head = (words[roleEnd + 1] ?? '').replace(/^و/u, '');
  const construct = lex.body(head) && isDefinite(words[roleEnd + 2] ?? '');
  const naming = lex.naming.includes(head) && !construct ? 1 : 0;
  let rest = words.slice(roleEnd + 1 + naming);
  // "المهندس الزراعي في بيشة سالم القرني": a link and one word after a titled role are its place, when a
  // name of two words follows.
  const place = lex.roleLink(rest[0] ?? '') && !lex.statementNoun(rest[1] ?? '') && rest.length >= 4;
  if (place && roleEnd >= 0 && naming === 0 && nameWord(rest[2] ?? '', lex)) {
    roleEnd += 2;
    rest = rest.slice(2);
  }
  // (A role that ended on a link's adjunct, في تصريح خاص, has no name after it.)
  const read = lex.stop(rest[0] ?? '') || lex.roleLink(rest[0] ?? '') ? [] : arabicName(rest, lex);
  const nameWords = read.length > 0 && lex.title(read[0] ?? '') === undefined ? [...titlesBefore, ...read] : read;
  const title = nameWords[0] ? lex.title(nameWords[0]) : undefined;
  if (title) gender ??= title;
  let role = roleEnd >= 0 ? words.slice(roleStart, roleEnd + 1).join(' ') : null;
  // "علي شايف الحريري المتحدث باسم المقاومة الجنوبية": a name first, then a role (and its complement)
  // in apposition, with no other name after it: that role is the name's.
  const after = rest.slice(read.length);
  // (Not a day, الأحد, which reads as the role word أحد.)
  const apposedRole =
    lex.role(after[0] ?? '') && lex.title(after[0] ?? '') === undefined && !lex.weekday(after[0] ?? '');
  if (role === null && read.length >= 2 && apposedRole) {
    const apposed = splitArabic(after, lex);
    if (apposed.role && !apposed.name) {
      role = apposed.role;
      gender ??= apposed.gender;
    }
  }
  // "مسؤول أمريكي", "ناشطة سورية": an indefinite role and an adjective of origin describe someone unnamed.
  const indefinite = roleEnd === roleStart && !isDefinite(words[roleStart] ?? '');
  // "محامي سانز"، "مدرب برشلونة"، "مستشار أوباما": an indefinite role in construct with one word that
  // ends the phrase has it for its genitive (whose lawyer, whose coach): someone described, not that name.
  const genitiveName =
    indefinite &&
    roleStart === 0 &&
    titlesBefore.length === 0 &&
    lex.title(words[0] ?? '') === undefined &&
    !lex.possessiveRole(words[0] ?? '') &&
    !lex.counterpart(words[0] ?? '') &&
    // (Not a role word that is a given name too: أمين معلوف.)
    !lex.roleInConstruct(words[0] ?? '') &&
    read.length === 1 &&
    words.length === 2 &&
    // (Nor a genitive with a possessive, وزير خارجيته, his foreign minister: taken up from before.)
    !/(?:ه|ها|هم|هما)$/u.test(words[1] ?? '');
  if (genitiveName) return { name: null, role: words.join(' '), gender };
  if (indefinite && nameWords.length > 0 && nameWords.every((w) => unnamedAdjective(w, lex)))
    return { name: null, role, gender };
  // "الرئيس الأميركي عن الاتفاق في مواجهة منتقديه", "تشرح المصممة فكرتها قائلة": a word with a
  // possessive pronoun right after a role (his critics, her idea) is its complement or the verb's
  // object, no name.
  const possessive = roleEnd >= 0 && /^\p{L}{4,}(?:يه|ها|هم|هما)$/u.test(nameWords[0] ?? '');
  const name =
    nameWords.length > 0 && !(nameWords.length === 1 && title !== undefined) && !possessive
      ? nameWords.join(' ')
      : null;
  return { name, role, gender };
}

/**
 * An adjective after an indefinite role that describes someone unnamed: of origin without the article
 * (مسؤول أمريكي، ناشطة سورية), or of rank and standing (lang unnamedAdjectives: وزير سابق، مسؤول كبير).
 */
export function unnamedAdjective(w: string, lex: Lexicon): boolean {
  return /^(?!ال)\p{L}{3,}(?:ي|ية)$/u.test(w) || lex.unnamedAdjective(w);
}

/** A definite adjective of origin (الأردني، السعودية): the article and the ending ي / ية. */
export function isNisba(word: string): boolean {
  return /^ال\p{L}{2,}(?:ي|ية)$/u.test(word);
}

/**
 * The name that opens `words`, by the shape of Arabic names: a title, up to three plain names
 * (خليل عبدالله الخليل), chains of بن / بنت / آل / أبو (محمد بن نايف بن عبدالعزيز آل سعود), and one
 * family name with the article at the end (سامي الخطيب). A role after it (رئيس هيئة …) ends it.
 */
export function arabicName(words: readonly string[], lex: Lexicon): string[] {
  const out: string[] = [];
  let plain = 0;
  let chained = false;
  let linkNext = false;
  for (const [k, w] of words.entries()) {
    if (out.length === 0) {
      out.push(w);
      // A name opening on its particle (دي ماريا، فان دايك) links on to the word after it.
      if (lex.connector(w) && words.length > 1) {
        linkNext = true;
        plain = 1;
        continue;
      }
      // A body's name runs on through its definite genitives and adjectives (وزارة الداخلية التركية،
      // اللجنة الأوروبية).
      if (lex.body(w)) {
        const rest = words.slice(1, 6);
        // A head without the article is in construct with the word after it (مكتب الرئيس).
        const inConstruct = !isDefinite(w);
        for (let j = 0; j < rest.length; j++) {
          const x = rest[j] ?? '';
          // (A day after the body's name is when it spoke: أعلن الكرملين الأربعاء.)
          if (lex.weekday(x)) break;
          // A genitive with ل inside the name, before its definite noun (المرصد السوري لحقوق الإنسان);
          // not an addressee (لوكالة الأنباء).
          const genitive = /^ل[^ل]\p{L}{2,}$/u.test(x) && !addressee(x, lex) && isDefinite(rest[j + 1] ?? '');
          // A noun in construct right after the head, then its definite genitive (وكالة أنباء الأناضول،
          // وزارة شؤون المرأة).
          const construct = j === 0 && !lex.stop(x) && isDefinite(rest[1] ?? '') && !lex.role(rest[1] ?? '');
          if (j === 0 && inConstruct) {
            // "شرطة فاستمانلاند": the head's genitive is a name, when the phrase ends on it. (Not an
            // adjective agreeing with the head, مؤسسة خيرية، صندوق استثماري, nor another body's noun.)
            const adjective = /ة$/u.test(w) ? /ية$/u.test(x) : /ي$/u.test(x);
            if (words.length === 2 && nameWord(x, lex) && lex.title(x) === undefined && !lex.body(x) && !adjective) {
              out.push(x);
              break;
            }
            if (!isDefinite(x) && !lex.stop(x)) {
              const next = rest[1] ?? '';
              // The head's genitive may be a role, itself in construct (مكتب رئيس الوزراء)…
              if (lex.role(x) && isDefinite(next)) {
                out.push(x, next);
                j++;
                continue;
              }
              // …or a noun in construct whose genitive is a name, when the phrase ends on it (مكتب محافظ
              // دياربكر، وزارة خارجية روسيا).
              if (words.length === 3 && nameWord(next, lex) && lex.title(next) === undefined) out.push(x, next);
              // …or a proper name of two or three words, the phrase going on after it with what is no
              // name (نادي أولمبيك مارسيليا مدربه، شركة بريتيش بتروليوم الأرباح).
              else if (words.length > 3 && !construct) {
                const run = properRun(rest, lex);
                if (run >= 2) out.push(...rest.slice(0, run));
              }
              if (!construct) break;
            }
          }
          // (مكتب الرئيس: a definite role is the genitive of a head without the article.)
          const roleGenitive = j === 0 && inConstruct && isDefinite(x);
          // (المكتب الإعلامي: a definite adjective of origin agreeing with a definite head, though
          // إعلامي is a role too.)
          const nisba = j === 0 && !inConstruct && isDefinite(x) && (/ة$/u.test(w) ? /ية$/u.test(x) : /ي$/u.test(x));
          if ((!isDefinite(x) && !genitive && !construct) || (lex.role(x) && !roleGenitive && !nisba)) break;
          // A plural after a genitive that is not one agrees with neither (موقع الشركة الإيرانيين
          // المهتمين: the verb's object); one after a plural does (نقابة الصحفيين الفلسطينيين).
          const prev = rest[j - 1] ?? '';
          if (j > 0 && /^ال.+(?:ين|ون)$/u.test(x) && /^ال/u.test(prev) && !/(?:ين|ون)$/u.test(prev)) break;
          out.push(x);
        }
        break;
      }
      // A family name alone (وطالب العدوان الحكومة): the next word is no part of it. (Not a name that
      // only looks like و or ف before the article, فاليري، والتر: no conjunction opens a subject.)
      if (/^(?:ال|لل)/u.test(w) && lex.title(w) === undefined) break;
      if (lex.title(w) === undefined) plain = 1;
      continue;
    }
    if (linkNext) {
      // "ابي مخاطبًا الحشد": no name has a tanween (an adverb, مخاطبًا): the particle was the name (آبي,
      // Abe). (A stop word may still be a father's name after بن, وليد بن على.)
      if (TANWEEN.test(w)) {
        linkNext = false;
        break;
      }
      out.push(w);
      // A chain of particles (فون دير لاين) links on to the word after the last.
      if (lex.connector(w) && !/^آل$/u.test(out[out.length - 2] ?? '')) continue;
      linkNext = false;
      if (/^آل$/u.test(out[out.length - 2] ?? '')) break;
      continue;
    }
    if (lex.connector(w)) {
      // (Right after the titles it opens the name, as a first word does: العميد عبد الله الصبيحي.)
      if (out.every((x) => lex.title(x) !== undefined || lex.honorific(x))) plain = 1;
      out.push(w);
      linkNext = chained = true;
      continue;
    }
    // "سمو الأمير …", "معالي الدكتور …": titles stacked before the name.
    // (And an honorific before a title: فضيلة الشيخ.)
    const titleNext = lex.title(words[k + 1] ?? '') !== undefined;
    if (
      (lex.title(w) !== undefined || (lex.honorific(w) && titleNext)) &&
      out.every((x) => lex.title(x) !== undefined || lex.honorific(x))
    ) {
      out.push(w);
      continue;
    }
    // "أحمد نجم الأمين العام": a role word after a given name and before a definite role is a family
    // name (نجم), the role in apposition after it.
    const next = words[k + 1] ?? '';
    if (plain === 1 && out.length === 1 && lex.role(w) && !isDefinite(w) && isDefinite(next) && lex.role(next)) {
      out.push(w);
      break;
    }
    // "السيدة توملينسون لمناسبة حفل التخرج"، "أن تنطبع فيها أجاب": a stop word (a preposition, a
    // pronoun, a particle) is no part of a name and ends it.
    if (lex.role(w) || lex.title(w) !== undefined || lex.stop(w)) break;
    // "جان نويل بريم والد الرهينة": kin in construct with a definite noun after a name is the person
    // described by it, no part of the name.
    if (lex.kin(w) && isDefinite(next)) break;
    // "عبد الوافي", "صلاح الدين", "فضل الله": two words of one given name (language data).
    if (isDefinite(w) && lex.compoundName(out[out.length - 1] ?? '', w)) {
      out.push(w);
      continue;
    }
    // "وقال اوباما الاربعاء": a day after the name is when, not a family name.
    if (lex.weekday(w)) break;
    // "المهندس الوليد الدريعان"، "الأمير الوليد بن طلال": right after the titles, a given name with the
    // article (الوليد، الحسين), when a family name or بن follows it.
    const titlesOnly = plain === 0 && out.every((x) => lex.title(x) !== undefined || lex.honorific(x));
    if (
      titlesOnly &&
      isDefinite(w) &&
      !isNisba(w) &&
      (lex.sonOf(next) || (isDefinite(next) && !lex.role(next) && !lex.stop(next) && lex.title(next) === undefined))
    ) {
      out.push(w);
      plain = 1;
      continue;
    }
    if (isDefinite(w)) {
      // A family name with the article; a noun ending in ة after the name (العاصمة) is the verb's object,
      // unless the phrase ends on it (أشرف القدرة أن …, الخصاونة:) or a role in apposition follows it
      // (خالد بن محمد العطية وزير الخارجية): a family name.
      if (plain > 0 && (!/ة$/u.test(w) || k === words.length - 1 || lex.role(words[k + 1] ?? ''))) out.push(w);
      break;
    }
    // "ملهم بن محمد هندي:": after a chain of بن, a family name without the article ends the name when
    // the phrase ends on it; a word after it is the verb's object.
    // (Not a word with a preposition glued on, لحافظ، بالاجتماع, nor an adverb, رسميًا.)
    const adverb = /(?:ً|اً|ًا)$/u.test(w) || /^(?:ل|بال)/u.test(w);
    if (chained && k === words.length - 1 && !MANNER.test(w) && !adverb && !/(?:ه|ها|هم)$/u.test(w)) {
      out.push(w);
      break;
    }
    if (chained || plain >= 3) break;
    // "كيري مازحا": an adverb of manner after the name (فاعلا، مُفعِلا، مستفعلا) ends it.
    if (MANNER.test(w)) break;
    // "وليد عبدالله تعافيه": after a name of two words, a noun with a possessive pronoun (تعافيه،
    // استعداده، رغبتها; not عبدالله) is the verb's object.
    if (plain >= 2 && /^\p{L}{4,}(?:ه|ها|هم)$/u.test(w) && !/الله$/u.test(w)) break;
    // "تقييم القائد جون تيري لفالكاو": after a name of two words, one glued to ل is whom it was for;
    // after one word, a body's noun glued to ل is (كما أفاد فالون لهيئة الإذاعة البريطانية).
    if (plain >= 2 && /^ل[^ل]\p{L}{3,}$/u.test(w)) break;
    if (plain >= 1 && /^ل[^ل]\p{L}{2,}$/u.test(w) && (addressee(w, lex) || lex.body(w.slice(1)))) break;
    out.push(w);
    plain++;
  }
  if (linkNext) out.pop();
  return out;
}
