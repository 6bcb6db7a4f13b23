// The speech data of the languages that apply to one article (lang/<code>.ts
// `speech` sections), merged once into the sets the quote rules ask about.
// Nothing here is a word list of its own: every word comes from a language file.

import { functionWordsOf, LANGS } from '../lang/index.ts';
import type { LangModule } from '../lang/types.ts';
import { arabicPattern, foldWord } from '../text/fold.ts';
import type { Gender } from './cues.ts';

export interface Lexicon {
  /** Capitalized words that are never names: sentence openers, pronouns, common nouns by their endings. */
  notName(word: string): boolean;
  /** The gender a subject pronoun tells; 'other' for plural and neuter ones; undefined when not a pronoun. */
  pronoun(word: string): Gender | 'other' | undefined;
  /** A subject pronoun of a group (they, ellos, ils)? */
  pluralPronoun(word: string): boolean;
  /** A pronoun after a source cue (selon lui, según ella), by gender. */
  sourcePronoun(word: string): Gender | undefined;
  /** The gender an honorific or title tells (Mr, Mme, Herr, الأمير), null for one of either gender (Me, Dr); undefined when not one. */
  title(word: string): Gender | undefined;
  /** An honorific of address (معالي، سماحة): the person's before a role, a title or a name. */
  honorific(word: string): boolean;
  /** A cue that only introduces what follows it (بالقول، بقوله)? */
  forwardCue(text: string): boolean;
  /** A role or title noun (minister, Klimaforscher, وزير, الوزير, مدربه)? */
  role(word: string): boolean;
  /** An Arabic role only with a possessive pronoun on it (مدربه، محاميها، مستشارته)? */
  possessiveRole(word: string): boolean;
  /**
   * The gender a role word's form tells: female for a feminine form made from a masculine role of the
   * list (Sprecherin, abogada, avocate, spokeswoman), male for a masculine one whose feminine form is
   * listed (Sprecher, abogado, avocat, spokesman); null when it has no such pair (ministre, portavoz).
   */
  roleForm(word: string): 'male' | 'female' | null;
  /** An article or determiner that opens a noun phrase? */
  determiner(word: string): boolean;
  auxiliary(word: string): boolean;
  connector(word: string): boolean;
  /** A particle that joins a name to the father's (بن)? */
  sonOf(word: string): boolean;
  statementNoun(word: string): boolean;
  /** A place the language's datelines name (جدة، الرياض): where a role is held, never a name's word. */
  place(word: string): boolean;
  body(word: string): boolean;
  /** Words that end a speaker phrase read after a cue (Arabic في، أمام). */
  stop(word: string): boolean;
  clauseOpener(word: string): boolean;
  roleLink(word: string): boolean;
  /** A preposition tying a person to the body they come from (from, with), besides the role links? */
  memberLink(word: string): boolean;
  conjunction(word: string): boolean;
  complementizer(word: string): boolean;
  partitive(word: string): boolean;
  /** A noun of kinship (زوجة، شقيق), given without the possessive pronoun. */
  kin(word: string): boolean;
  /** An adjective of rank or standing after an indefinite role (كبير، سابق): someone unnamed. */
  unnamedAdjective(word: string): boolean;
  /** A word opening a subject that names nobody ("someone", "jemand", "un" in "dijo un vecino"). */
  unnamedSubject(word: string): boolean;
  /** A role word meaning "counterpart" (نظيره, homologue): the role of the one named before. */
  counterpart(word: string): boolean;
  relative(word: string): boolean;
  /** A short lowercase word that is no particle, article, role or conjunction: a preposition (в, на, in, à). */
  preposition(word: string): boolean;
  /** A cue form that is also a plural noun ("states")? */
  nounLikeCue(cue: string): boolean;
  /** The adverb of one word or more ("quant à lui", "en cambio", "also") that opens `text`, or null. */
  adverbLead(text: string): string | null;
  /** The anaphoric lead ("Así lo", "Così") that opens `text`, or null. */
  anaphoricLead(text: string): string | null;
  /** The sentence adverbial (من جهة ثانية) that opens `text`, or null. */
  sentenceAdverbial(text: string): string | null;
  /**
   * The formula of blessing that opens a text (after an opening bracket or dash: (صلى الله عليه وسلم),
   * -رضي الله عنه-): its length and whom it stands for alone (null when it names no one); else null.
   */
  eulogy(text: string): { length: number; name: string | null } | null;
  /** A cue whose object follows it ("told Reuters"): the name after it is no subject. */
  objectCue(cue: string): boolean;
  /** A cue that never has its speaker beside it (German sei)? */
  subjectlessCue(cue: string): boolean;
  /** A preposition that opens an adverbial between a cue and its subject (à, pour, a, all’)? */
  adverbialPreposition(word: string): boolean;
  /** A verb that gives the name of someone just described (يدعى), glued conjunction apart? */
  namingVerb(word: string): boolean;
  /** A noun that a short name in marks may follow (مجموعة، مهرجان), with its article, clitics or possessive? */
  nameHead(word: string): boolean;
  /** A given name whose first letter is a glued conjunction's (وليد، وائل)? */
  nameWithConjunction(word: string): boolean;
  /** A role word that is a given name too (مساعد): a role only before another role word? */
  roleInConstruct(word: string): boolean;
  /** An adjective that makes the noun before it a time (الماضي، المقبل)? */
  timeModifier(word: string): boolean;
  /** A day of the week (الأربعاء)? */
  weekday(word: string): boolean;
  /** A speech verb whose object is the one told (أبلغ، وأخبرت)? */
  tellVerb(word: string): boolean;
  /** The verb "say" itself (قال، يقول), after which ل with a pronoun is whom it was said to? */
  sayVerb(word: string): boolean;
  /** A verb whose subject comes before the noun of speech that ends the cue (ومضى الحسني بالقول)? */
  leadVerb(word: string): boolean;
  /** A verb by which a statement is issued (أصدر، نشرت)? */
  issueVerb(word: string): boolean;
  /** A cue that names its source after it ("according to", "según", "Para")? */
  sourceCue(cue: string): boolean;
  addresseePrefixes: readonly string[];
  subjectAfterVerb: boolean;
  verbFinal: boolean;
  /** Every noun is capitalized (German): one capitalized word is no name unless it is known as one. */
  nounsCapitalized: boolean;
  /**
   * A role's complement by its form: a noun in the genitive (России, Кремля) or an acronym (МИД), not
   * an adjective opening a body's name (Большая Палата ВС).
   */
  complementForm(word: string): boolean;
  /** Words that end a Chinese subject (在, 也, 纷纷), as one pattern. */
  afterSubject: RegExp;
  /** Korean verb forms that qualify the name right after them (외친 이재명). */
  beforeName: readonly string[];
  /** Does `word` join the name word before it into one given name (عبد الوافي، صلاح الدين)? */
  compoundName(prev: string, word: string): boolean;
  /** Is `word` a patronymic (Викторович, Дмитриевны)? Null where the language has none. */
  patronymic: ((word: string) => boolean) | null;
  /** Words before a quotation that make it a title or a name (called, بعنوان). */
  naming: readonly string[];
  /** Naming words that may take a colon before the title (بعنوان:, titled:). */
  namingColon: readonly string[];
  /** Sentence openers and pronouns: a capitalized one after a closing mark starts a new sentence. */
  sentenceStarters: ReadonlySet<string>;
  /**
   * A word the article also prints in lowercase (a common word capitalized because it opens a
   * sentence: Embora, Hoje). Set per article by the quote context; false for the shared lexicon.
   */
  common(word: string): boolean;
}

const folded = (words: Iterable<string>): Set<string> => new Set([...words].map(foldWord));
/** A word folded, without an elided article (l’avocate, d’Etat). */
const unelidedFold = (w: string): string => foldWord(w).replace(/^[ld][’']/u, '');
/** A word as printed, without its harakat and tatweel. */
const unmarked = (w: string): string => w.normalize('NFKC').replace(/[\p{M}\u0640]/gu, '');

/** Arabic role nouns also occur with the article (وزير / الوزير) and glued clitics (والوزير). */
function arabicVariants(word: string): string[] {
  const w = foldWord(word);
  return w.startsWith('ال') ? [w, w.slice(2)] : [w, `ال${w}`];
}

const cache = new WeakMap<readonly LangModule[], Lexicon>();

/** Every entry one section gives in these languages, in their order. */
type Gather = <T>(pick: (m: LangModule) => readonly T[] | undefined) => T[];

/** Subject pronouns by gender, and the capitalized words that are never names (pronouns, function words and month names among them). */
function pronounsAndNotNames(
  mods: readonly LangModule[],
  all: Gather,
): { notNames: Set<string>; male: Set<string>; female: Set<string>; other: Set<string> } {
  const notNames = new Set(all((m) => m.speech.notNames));
  const male = new Set(all((m) => m.speech.pronouns?.male));
  const female = new Set(all((m) => m.speech.pronouns?.female));
  const other = new Set(all((m) => m.speech.pronouns?.other));
  for (const w of [...male, ...female, ...other]) notNames.add(w);
  // Capitalized as a sentence opens, with either apostrophe (you've, you’ve).
  for (const w of mods.flatMap(functionWordsOf)) {
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    notNames.add(cap);
    notNames.add(cap.replace(/'/gu, '’'));
  }
  // Month names are never speakers ("the May 22 operations").
  for (const m of mods)
    for (const forms of m.dates.months)
      for (const f of forms) if (/^\p{L}+$/u.test(f)) notNames.add(f.charAt(0).toUpperCase() + f.slice(1));
  return { notNames, male, female, other };
}

/** The gender an honorific or title tells, null for one of either gender, undefined when the word is none. */
function titleReader(all: Gather): Lexicon['title'] {
  const titleMale = folded(all((m) => m.speech.titles?.male));
  const titleFemale = folded(all((m) => m.speech.titles?.female));
  const titleNeutral = folded(all((m) => m.speech.titles?.neutral));
  return (w) => {
    // "M." and "M", "Dr." and "Dr": a title is the same word with or without its period.
    const f0 = foldWord(w);
    const f = titleFemale.has(f0) || titleMale.has(f0) || titleNeutral.has(f0) ? f0 : `${f0}.`;
    if (titleFemale.has(f)) return 'female';
    if (titleMale.has(f)) return 'male';
    return titleNeutral.has(f) ? null : undefined;
  };
}

/** The phrase of `leads` that opens a text (whole words, longest first), or null. */
function leadOf(leads: readonly string[]): (text: string) => string | null {
  const sorted = [...leads].sort((a, b) => b.length - a.length);
  return (text) => {
    const t = text.trimStart();
    return sorted.find((l) => t.startsWith(l) && !/[\p{L}\p{M}]/u.test(t.charAt(l.length))) ?? null;
  };
}

/** Reads the formula of blessing that opens a text (Lexicon.eulogy), longest first. */
function eulogyReader(formulas: readonly { words: string; name?: string }[]): Lexicon['eulogy'] {
  if (formulas.length === 0) return () => null;
  const alt = [...formulas]
    .sort((a, b) => b.words.length - a.words.length)
    .map((f) => f.words.split(' ').map(arabicPattern).join('\\s+'));
  const re = new RegExp(`^\\s*[(\\-–ـ{]*\\s*(${alt.join('|')})(?![\\p{L}\\p{M}])\\s*[)\\-–ـ}]*`, 'u');
  const names = new Map(formulas.map((f) => [foldWord(f.words), f.name ?? null]));
  return (text) => {
    const m = re.exec(text);
    if (!m) return null;
    const said = foldWord(unmarked(m[1] ?? '').replace(/\s+/gu, ' '));
    return { length: m[0].length, name: names.get(said) ?? null };
  };
}

/** The word classes that are plain membership tests of a folded word list. */
function memberTests(all: Gather) {
  const test = (words: readonly string[]) => {
    const set = folded(words);
    return (w: string): boolean => set.has(foldWord(w));
  };
  // A word printed with a hamza on its alef is not one printed with another (إمام, an imam, is not أمام,
  // before): folded they are one word, so a list entry counts only when printed the same or bare.
  const printedTest = (words: readonly string[]) => {
    const set = folded(words);
    const printed = new Set(words.map(unmarked));
    const printedBare = folded(words.filter((e) => !/[أإآ]/u.test(e)));
    return (w: string): boolean => {
      const f = foldWord(w);
      if (!set.has(f) || !/[أإآ]/u.test(w)) return set.has(f);
      return printed.has(unmarked(w)) || printedBare.has(f);
    };
  };
  return {
    auxiliary: test(all((m) => m.speech.auxiliaries)),
    statementNoun: test(all((m) => m.speech.statementNouns).flatMap(arabicVariants)),
    place: test(all((m) => m.dateline?.places)),
    stop: printedTest(all((m) => m.speech.stops)),
    clauseOpener: test(all((m) => m.speech.clauseOpeners)),
    roleLink: test(all((m) => m.speech.roleLinks)),
    memberLink: test(all((m) => m.speech.memberLinks)),
    complementizer: test(all((m) => m.speech.complementizers)),
    partitive: test(all((m) => m.speech.partitives)),
    kin: test(all((m) => m.speech.kin)),
    unnamedAdjective: test(all((m) => m.speech.unnamedAdjectives)),
    unnamedSubject: test(all((m) => m.speech.unnamedSubjects)),
    pluralPronoun: test(all((m) => m.speech.pluralPronouns)),
    relative: test(all((m) => m.speech.relatives)),
    sourceCue: test(all((m) => m.speech.sourceCues)),
    namingVerb: test(all((m) => m.speech.namingVerbs)),
    nameWithConjunction: test(all((m) => m.speech.namesWithConjunction)),
    honorific: test(all((m) => m.speech.honorifics)),
    forwardCue: test(all((m) => m.speech.forwardCues)),
    timeModifier: test(all((m) => m.speech.timeModifiers)),
    weekday: test(all((m) => m.speech.weekdays)),
    tellVerb: test(all((m) => m.speech.tellVerbs)),
    sayVerb: test(all((m) => m.speech.sayVerbs)),
    leadVerb: test(all((m) => m.speech.leadVerbs)),
    issueVerb: test(all((m) => m.speech.issueVerbs)),
    roleInConstruct: test(all((m) => m.speech.rolesInConstruct).flatMap(arabicVariants)),
    nameHead: ((heads: Set<string>) => (w: string) => {
      const f = foldWord(w);
      // With a conjunction or a preposition glued on, or a head that opens with one of their letters
      // (فعالية، فرقة, not عالية، رقة), with the article or not.
      // (لل is ل and the article: للمسابقة.)
      return [f, f.replace(/^[وفبل]/u, ''), f.replace(/^[وف]?لل/u, '')].some((word) => {
        const bare = word.replace(/^(?:ال|ل(?=ل))/u, '');
        // (And the sound feminine plural of a head in ة: فعاليات «…», مبادرات.)
        const singular = /\p{L}{3}ات$/u.test(bare) ? foldWord(`${bare.slice(0, -2)}ة`) : '';
        return heads.has(bare) || heads.has(bare.replace(/(?:ه|ها|هم)$/u, '')) || heads.has(singular);
      });
    })(new Set(all((m) => m.speech.nameHeads).map(foldWord))),
    adverbialPreposition: test(all((m) => m.speech.prepositions)),
    subjectlessCue: test(all((m) => m.speech.subjectlessCues)),
    nounLikeCue: test(all((m) => m.speech.nounLikeCues)),
    objectCue: test(all((m) => m.speech.objectCues)),
    anaphoricLead: leadOf(all((m) => m.speech.anaphoricLeads)),
    sentenceAdverbial: leadOf(all((m) => m.speech.sentenceAdverbials)),
    eulogy: eulogyReader(all((m) => m.speech.eulogies)),
    adverbLead: leadOf(all((m) => m.speech.auxiliaries)),
  };
}

/**
 * The role nouns of these languages, and the test of a word for one (a compound, a case, a clitic).
 * `compounds`: German is among them, whose compounds end in a role noun (Klimaforscher,
 * Außenminister): long roles match as endings.
 */
function roleReader(
  mods: readonly LangModule[],
  all: Gather,
  compounds: boolean,
): { roles: Set<string>; role: (w: string) => boolean; possessiveRole: (w: string) => boolean } {
  const roles = new Set<string>();
  for (const r of all((m) => m.speech.roles)) for (const v of arabicVariants(r)) roles.add(v);
  // Short German roles end compounds too (Konzernchef, Zahnarzt); those of other languages only from five letters.
  const germanRoles = new Set(mods.filter((m) => m.code === 'de').flatMap((m) => m.speech.roles ?? []));
  const compoundRoles = compounds
    ? [...roles].filter((r) => (r.length >= 5 || (r.length === 4 && germanRoles.has(r))) && /^\p{Ll}+$/u.test(r))
    : [];
  const roleCases = all((m) => m.speech.roleCases);
  // "مدربه", "محاميها", "مستشارته" (ة turns to ت before the pronoun): a role with a possessive pronoun.
  const possessiveRole = (w: string): boolean => {
    const m = /^(?:و|ف)?(\p{Script=Arabic}{3,}?)(ت?)(?:ه|ها|هم|هما)$/u.exec(foldWord(w));
    if (!m) return false;
    const base = m[1] ?? '';
    return !roles.has(foldWord(w)) && (m[2] ? roles.has(`${base}ه`) : roles.has(base));
  };
  const role = (w: string): boolean => {
    // Elided articles (l’avocat, d’Etat) and glued conjunctions (والوزير) are not part of the word.
    const f = unelidedFold(w)
      .replace(/^(?:و|ف)(?=ال)/u, '')
      .replace(/^لل(?=\p{L}{3})/u, 'ال');
    return (
      possessiveRole(w) ||
      roles.has(f) ||
      // A glued conjunction before a role without the article (ونظيره).
      (/^[وف]\p{Script=Arabic}{3}/u.test(f) && roles.has(f.slice(1))) ||
      compoundRoles.some((r) => f.endsWith(r) && f.length > r.length + 2) ||
      roleCases.some(
        ([end, base]) => f.endsWith(end) && f.length > end.length + 2 && roles.has(f.slice(0, -end.length) + base),
      )
    );
  };
  return { roles, role, possessiveRole };
}

/** What a word's form tells in languages whose nouns decline: a patronymic, a role's complement. */
function nameForms(mods: readonly LangModule[], all: Gather): Pick<Lexicon, 'patronymic' | 'complementForm'> {
  const patronymics = mods.flatMap((m) => (m.speech.patronymic ? [m.speech.patronymic] : []));
  const patronymic = patronymics.length ? new RegExp(`^\\p{Lu}\\p{Ll}+(?:${patronymics.join('|')})$`, 'u') : null;
  const genitives = all((m) => m.speech.genitiveEndings);
  const adjectives = all((m) => m.speech.adjectiveEndings);
  const ends = (w: string, endings: readonly string[]): boolean =>
    endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  return {
    patronymic: patronymic ? (w) => patronymic.test(w) : null,
    complementForm: (w) => /^\p{Lu}{2,6}$/u.test(w) || (ends(w, genitives) && !ends(w, adjectives)),
  };
}

/** The merged lexicon of these languages (cached per language set). */
export function lexiconFor(mods: readonly LangModule[]): Lexicon {
  const hit = cache.get(mods);
  if (hit) return hit;
  const all: Gather = (pick) => mods.flatMap((m) => [...(pick(m) ?? [])]);
  const { notNames, male, female, other } = pronounsAndNotNames(mods, all);
  const endings = all((m) => m.speech.nounEndings);
  // A stem of five letters or more before the ending: Erklärung, Berufung are nouns; Jung, Hartung stay names.
  const noun = endings.length ? new RegExp(`^\\p{Lu}\\p{L}{4,}(?:${endings.join('|')})$`, 'u') : null;
  // German compounds end in a role or a body noun (Außenminister, Bundesgericht).
  const compounds = mods.some((m) => m.code === 'de');
  const { roles, role, possessiveRole } = roleReader(mods, all, compounds);
  const femaleEndings = all((m) => m.speech.femaleRoles);
  const sharedMasculine = all((m) => m.speech.sharedMasculine);
  const counterparts = folded(all((m) => m.speech.counterparts));
  const determiners = folded(all((m) => m.speech.determiners));
  // Names keep their particles whatever the article's language (von der Leyen in a Spanish article).
  const connectors = folded(LANGS.flatMap((m) => m.speech.connectors ?? []));
  for (const w of all((m) => m.speech.notParticles)) connectors.delete(foldWord(w));
  const sonOf = folded(LANGS.flatMap((m) => m.speech.sonOf ?? []));
  const bodies = new Set(all((m) => m.speech.bodies).flatMap(arabicVariants));
  const compoundBodies = compounds ? [...bodies].filter((b) => /^\p{Ll}{3,}$/u.test(b)) : [];
  const conjunctions = folded(all((m) => m.speech.conjunctions));
  const after = all((m) => m.speech.afterSubject);
  const heads = folded(all((m) => m.speech.nameCompounds?.heads));
  const tails = folded(all((m) => m.speech.nameCompounds?.tails));
  const sourceMale = folded(all((m) => m.speech.sourcePronouns?.male));
  const sourceFemale = folded(all((m) => m.speech.sourcePronouns?.female));
  const lex: Lexicon = {
    ...memberTests(all),
    notName: (w) => notNames.has(w) || (noun !== null && noun.test(w)),
    pronoun: (w) => (male.has(w) ? 'male' : female.has(w) ? 'female' : other.has(w) ? 'other' : undefined),
    sourcePronoun: (w) => {
      const f = foldWord(w);
      if (sourceMale.has(f)) return 'male';
      return sourceFemale.has(f) ? 'female' : undefined;
    },
    title: titleReader(all),
    role,
    possessiveRole,
    roleForm: (w) => {
      // (As role() reads it: without an elided article, l’avocate.)
      const f = unelidedFold(w);
      if (!role(f)) return null;
      const made = (from: string, to: string): boolean =>
        f.endsWith(from) && f.length > from.length + 2 && role(f.slice(0, f.length - from.length) + to);
      if (femaleEndings.some(([fe, ma]) => made(fe, ma))) return 'female';
      // (A masculine form in -e may be a woman's too: "a presidente da Petrobras", "la presidente"; so
      // may one whose feminine only adds an ending, where the language keeps it for women: professeur.)
      const shared = sharedMasculine.some((e) => f.endsWith(e));
      return femaleEndings.some(([fe, ma]) => ma !== 'e' && !(shared && ma === '') && made(ma, fe)) ? 'male' : null;
    },
    determiner: (w) => determiners.has(foldWord(w)),
    counterpart: (w) => {
      const f = unelidedFold(w);
      return counterparts.has(f) || (/^[وف]\p{Script=Arabic}{3}/u.test(f) && counterparts.has(f.slice(1)));
    },
    connector: (w) => connectors.has(foldWord(w)),
    sonOf: (w) => sonOf.has(foldWord(w)),
    body: (w) => {
      const f = foldWord(w);
      // German compounds end in a body noun too (Präsidialamt, Bundesgericht).
      return bodies.has(f) || (compounds && compoundBodies.some((b) => f.endsWith(b) && f.length > b.length + 2));
    },
    conjunction: (w) => conjunctions.has(foldWord(w)),
    preposition: (w) =>
      /^\p{Ll}{1,3}$/u.test(w) &&
      !connectors.has(foldWord(w)) &&
      !determiners.has(foldWord(w)) &&
      !conjunctions.has(foldWord(w)) &&
      !roles.has(foldWord(w)),
    addresseePrefixes: all((m) => m.speech.addresseePrefixes),
    subjectAfterVerb: mods[0]?.speech.subjectAfterVerb === true,
    verbFinal: mods[0]?.speech.verbFinal === true,
    nounsCapitalized: mods[0]?.speech.nounsCapitalized === true,
    afterSubject: new RegExp(`(?:${after.join('|') || '(?!)'})`, 'u'),
    beforeName: all((m) => m.speech.beforeName),
    compoundName: (prev, w) => heads.has(foldWord(prev)) || tails.has(foldWord(w)),
    ...nameForms(mods, all),
    naming: all((m) => m.speech.naming),
    namingColon: all((m) => m.speech.namingColon),
    sentenceStarters: new Set([...all((m) => m.speech.notNames), ...male, ...female]),
    common: () => false,
  };
  cache.set(mods, lex);
  return lex;
}
