// The shape of one language's data. Each language lives in one file,
// core/lang/<code>.ts, which exports one constant per section below, and one
// line in lang/index.ts lists it. The clean side never carries these lists: the
// build folds the `clutter` sections into one label table (clutter/words.ts,
// buildLabelTable), so months, verbs and agency names never reach its bundle.

/**
 * Words that label share / comment / related / newsletter widgets (load path).
 * Each entry must be the whole short text of a button, link or heading (digits
 * and punctuation around it are allowed, e.g. "Comments (12)"); a `*` stands
 * for up to 30 more characters, e.g. "comment with *", "分享到*". Case and
 * Arabic letter variants are folded before matching.
 */
export interface ClutterWords {
  share: string[];
  copyLink: string[];
  followUs: string[];
  print: string[];
  comments: string[];
  related: string[];
  newsletter: string[];
}

/** Quotation conventions and speech cues (text side: core/quotes). */
export interface SpeechWords {
  /** Quotation mark pairs used in this language, outermost convention first. */
  quotePairs: Array<[open: string, close: string]>;
  /** Speech cue verbs and phrases, in the forms they are printed. */
  verbs: string[];
  /** Cue forms that mark a female subject (Arabic قالت, Russian сказала), where the verb shows gender. */
  verbsFemale?: string[];
  /** Cue forms that mark a male subject, where the verb shows gender (Russian сказал). */
  verbsMale?: string[];
  /**
   * Cue forms that are also common words of another sense (Arabic بين "he explained", also
   * "between"): a cue only when a complementizer (`complementizers`) follows within three words or a
   * colon right after it ("وبين سموه أن …", "وبين:").
   */
  verbsWithClause?: string[];
  /**
   * Words after which a cue word is a noun, not a verb (Arabic "وهو طالب جامعي", "he is a university
   * student": طالب is also "demanded").
   */
  nounCueLeads?: string[];
  /**
   * Prepositions: a cue word right after one is a noun or an adjective, never the verb (Arabic "على
   * أكمل وجه", "to the fullest": أكمل is also "he went on").
   */
  prepositionLeads?: string[];
  /**
   * Cue forms that mark a plural subject (aseguran, spiegano, expliquent): they never stand for one
   * person named before, so a plural cue without a subject of its own credits nobody.
   */
  verbsPlural?: string[];
  /**
   * Adverbs printed between the auxiliary and the participle of a compound cue ("a également
   * déclaré", "ha además señalado"): the cue matches with one of them inside.
   */
  cueAdverbs?: string[];
  /** Clitics printed glued to a cue (Arabic و, ف, ك). */
  cuePrefixes?: string[];
  /** Subject pronouns that stand for an earlier speaker, by gender. */
  pronouns?: { male: string[]; female: string[]; other: string[] };
  /** Titles before a name: those that tell its gender (Mr, Prince, Duchess), and those of either gender (Me, Dr). */
  titles?: { male: string[]; female: string[]; neutral?: string[] };
  /**
   * Honorifics of address (Arabic معالي، سماحة، فضيلة): before a role, a title or a name they are the
   * person's, and part of neither (معالي وزير الخارجية عادل الجبير: the role is وزير الخارجية). Alone
   * they are common nouns (سماحة الإسلام, أكثر سعادة).
   */
  honorifics?: string[];
  /** Words that end a speaker phrase read after a cue (Arabic في، أمام، خلال). */
  stops?: string[];
  /** Words before a quotation that make it a title or a name, not speech (called, titled). */
  naming?: string[];
  /**
   * Of those, the words that name a title and may take a colon before it (Arabic "بعنوان: «…»",
   * "titled: …"); not the nouns of a kind of work or body (صحيفة: "وقالت الصحيفة: «…»" is speech).
   */
  namingColon?: string[];
  /**
   * Nouns that a short name in marks follows (Arabic مجموعة “…”، مهرجان «…»): that span names a
   * group, an event or a work, it is no speech.
   */
  nameHeads?: string[];
  /** Verbs that give the name of someone just described (Arabic أحد السكان، ويدعى أحمد): the name after them is the speaker's. */
  namingVerbs?: string[];
  /** Given names whose first letter is the conjunction's (Arabic وليد، وائل): such a word opens no new clause. */
  namesWithConjunction?: string[];
  /** Role words that are given names too (Arabic مساعد): a role only in construct with a role word after them. */
  rolesInConstruct?: string[];
  /** Adjectives that make the noun before them a time (Arabic الخميس الماضي، الأسبوع المقبل): no subject. */
  timeModifiers?: string[];
  /** The days of the week as printed after a name (Arabic "وقال أوباما الأربعاء"): a time, no family name. */
  weekdays?: string[];
  /**
   * Speech verbs whose object is the one told (Arabic أبلغ، أخبر): what follows them may be the
   * addressee ("أبلغ «الشرق الأوسط» أن …"), not their subject.
   */
  tellVerbs?: string[];
  /**
   * The verb "say" itself, in every person it is printed in (قال، قالت، يقول): after it, ل with a
   * pronoun is whom it was said to (وقال له فلان:), not the start of its subject.
   */
  sayVerbs?: string[];
  /**
   * Verbs whose subject stands between them and the noun of speech that ends the cue (Arabic "وخلص
   * شريف إلى القول"، "ومضى الحسني بالقول"): they take no object, so the words between are the subject
   * (not "وخاطب قادة التنظيم بالقول", whose subject is elided and قادة its object).
   */
  leadVerbs?: string[];
  /**
   * Verbs by which a body or a person issues a statement (Arabic "وأصدر الاتحاد … بيانا قال فيه"): the
   * statement speaks for its issuer, who is the subject between the verb and the statement's noun.
   */
  issueVerbs?: string[];
  /** Capitalized words that start sentences but are never names (The, But, In). */
  notNames?: string[];
  /**
   * Closed-class words, lowercase, separated by spaces or line breaks: interrogatives, conjunctions, adverbs, pronouns, determiners,
   * auxiliaries, numerals. Capitalized because they open a sentence, they are never names, nor the
   * start of one ("Wer Tijen auf Twitter folgt", "Elf Tage nach …", "Впрочем, …").
   */
  functionWords?: string;
  /** Words between a subject and its verb (Chinese 在, 也, 纷纷): a subject read before a cue ends at them. */
  afterSubject?: string[];
  /** Verb forms that qualify the name right after them (Korean headlines: `"…" 외친 이재명`, "Lee, who cried …"). */
  beforeName?: string[];
  /** Endings of capitalized common nouns, never names (German -ung, -heit: "unter Berufung auf"). */
  nounEndings?: string[];
  /**
   * Roles and titles a person or body is given in apposition to a name ("minister", "spokesman",
   * "Klimaforscher", "وزير"): they tell a role from the name beside it, and a later "the minister"
   * refers back to whoever held it. Written lowercase in cased scripts; German compounds match by
   * their ending (Klimaforscher ends in forscher).
   */
  roles?: string[];
  /**
   * Endings of a role's feminine form, each with the ending of the masculine form it replaces
   * (Sprecherin from Sprecher: ['in', '']; abogada from abogado: ['a', 'o']; spokeswoman: ['woman',
   * 'man']). A role word of the list so made from another role of the list tells a woman, and the
   * masculine form of such a pair a man (unless it ends in -e: "a presidente" is a woman's too); a
   * role word with no such pair tells nothing (ministre, portavoz).
   */
  femaleRoles?: Array<[female: string, male: string]>;
  /**
   * Endings of masculine roles that women still hold under that form, where the feminine made by
   * adding an ending only is recent (French professeur, procureur beside professeure, procureure:
   * "Marie Roy, professeur d’histoire"): such a masculine form tells no man.
   */
  sharedMasculine?: string[];
  /**
   * Case endings a role noun takes and the ending of its base form, for languages that decline
   * nouns (Russian министра → министр, пресс-секретаря → пресс-секретарь, главы → глава).
   */
  roleCases?: Array<[ending: string, base: string]>;
  /**
   * Role words meaning "counterpart" (نظيره, homologue, counterpart), also listed in `roles`. In
   * Arabic the ه that ends نظيره is the possessive "his", not the feminine ending: a man.
   */
  counterparts?: string[];
  /**
   * A patronymic as the second word of a name (Сергей Викторович Лавров), any case: where a language
   * has them, three capitalized words after a role whose second is none are the role's complement
   * and a name (пресс-секретарь Кремля Дмитрий Песков).
   */
  patronymic?: string;
  /** Articles and determiners that open a noun phrase ("the", "le", "l’", "der"): "the minister said". */
  determiners?: string[];
  /**
   * Words between a subject and its speech verb ("has", "also"): "Smith has also said"; also the
   * adverbs, of one word or more, between a verb and the subject after it ("insiste quant à lui
   * Paul Roy", "opina en cambio Sergi Gómez").
   */
  auxiliaries?: string[];
  /** Lowercase particles inside names ("de", "van", "bin"): "Luiz Inácio Lula da Silva". */
  connectors?: string[];
  /**
   * The particles of connectors that join a name to the father's (Arabic بن، بنت): what follows one is
   * another person's name, so محمد بن سلمان is never the سلمان of the same article.
   */
  sonOf?: string[];
  /** Particles of other languages that are plain words here and never join a name (Italian "da": Meloni da Trump). */
  notParticles?: string[];
  /** Words that open a reported clause ("that", "que", "dass"): "Smith said that she …". */
  complementizers?: string[];
  /** Relative pronouns that open a clause inside an appositive ("who", "qui", "der"): the role ends before them. */
  relatives?: string[];
  /**
   * Subject pronouns of a group ("they", "ellos", "ils"): "They said, “…”" is no one person named
   * before, and the quotation is credited to nobody.
   */
  pluralPronouns?: string[];
  /** Pronouns after a source cue that stand for an earlier person (selon lui, según ella, according to him). */
  sourcePronouns?: { male: string[]; female: string[] };
  /** Words for "one of" that open a description of someone unnamed (أحد المسؤولين, l’un des avocats): never resolved to a name. */
  partitives?: string[];
  /**
   * Nouns of kinship and close relation (زوج، والدة، شقيق، أسرة) that, with a possessive pronoun
   * glued on (زوجها، والدته), describe someone by the one named before: a subject, not the object a
   * possessed noun after the verb otherwise is (Arabic script).
   */
  kin?: string[];
  /**
   * Adjectives that, after an indefinite role and its adjective of origin, describe someone the
   * article does not name (مسؤول أمريكي كبير، وزير سابق، مصدر مطلع): no word of a name (Arabic script).
   */
  unnamedAdjectives?: string[];
  /**
   * Words that open the subject after a cue when it is someone the article does not name: an
   * indefinite pronoun or article ("said someone at the meeting", "a ajouté un ténor de la droite",
   * "dijo otra persona"). With no role or name read there, the quotation is credited to nobody.
   */
  unnamedSubjects?: string[];
  /** Conjunctions ("and", "et", "und"): inside a body's name they join its parts (Alliance of Motion Picture and Television Producers). */
  conjunctions?: string[];
  /** Documents whose words are their issuer's ("statement", "report", "بيان"): "the statement said" credits the issuer. */
  statementNouns?: string[];
  /** Words that mark a body, not a person ("ministry", "ministère", "وزارة"), to resolve "the ministry". */
  bodies?: string[];
  /** The subject usually follows the speech verb (German "sagte Haustein", Arabic "قال الوزير"). */
  subjectAfterVerb?: boolean;
  /** The verb closes the sentence and the speaker opens it (Persian, Urdu). */
  verbFinal?: boolean;
  /** Every noun is capitalized (German), so one capitalized word alone is no evidence of a name. */
  nounsCapitalized?: boolean;
  /** Genitive endings of the names a role's complement takes (России, Кремля, України). */
  genitiveEndings?: string[];
  /** Endings of adjectives, which open a body's name (Большая палата) and are no complement. */
  adjectiveEndings?: string[];
  /** Prefixes of the addressee after a cue, not its subject (Arabic لـ: "قالت لرويترز"). */
  addresseePrefixes?: string[];
  /** Words that open a new clause after a subject read after its verb (Arabic وهو, الذي). */
  clauseOpeners?: string[];
  /** Cue forms that are also plural nouns ("states", "notes"): a cue only after its subject, not after "EU" in "from EU states". */
  nounLikeCues?: string[];
  /**
   * Words opening the sentence after a quotation that take it up ("Así lo ha asegurado X", "Lo ha
   * detto X", "C’est ce qu’a affirmé X", "Così X."): the speaker is read in that sentence.
   */
  anaphoricLeads?: string[];
  /**
   * Adverbial phrases that open a sentence before its verb and its subject (من جهة ثانية، في غضون
   * ذلك, verb-first scripts): the subject right after the verb that follows them opens the sentence.
   */
  sentenceAdverbials?: string[];
  /**
   * Formulas of blessing said after a holy name (Arabic صلى الله عليه وسلم، تعالى، رضي الله عنه): part
   * of no name. Right after a speech verb with no name before them (قال تعالى: «…»), those with a
   * `name` stand for the one they bless, printed so.
   */
  eulogies?: { words: string; name?: string }[];
  /** Cues that only introduce what follows them (Arabic بالقول، بقوله: by saying): they credit no quotation before them. */
  forwardCues?: string[];
  /**
   * Cues whose object follows them ("told Reuters", "tells CNN"): a name right after one is the
   * addressee, never the subject, even after a quotation.
   */
  objectCues?: string[];
  /** Words that hold a one-character cue of a script without spaces and are no speech (说明 explain, 知道 know). */
  cueCompounds?: string[];
  /** Cues that never have their speaker beside them: reported-speech moods (German sei, seien). */
  subjectlessCues?: string[];
  /** Cues that name their source after them, whatever the word order ("according to X", "según X", "Para X,"). */
  sourceCues?: string[];
  /**
   * Prepositions that open an adverbial between a speech verb and its subject: "a indiqué à l’AFP
   * Paul Durand", "señaló a Efe la portavoz …", "estime pour sa part le sénateur …". Elided forms
   * end in their apostrophe (all’).
   */
  prepositions?: string[];
  /** Words that continue a role phrase into its complement ("of", "باسم"): "spokesman of the ministry". */
  roleLinks?: string[];
  /**
   * Prepositions besides the role links that tie a person's name to the body or place they come from,
   * before a speech verb ("Mary Collins from the charity Friends of the Earth said", "… with the Red
   * Cross said"): the person speaks, not the body.
   */
  memberLinks?: string[];
  /**
   * Given names of two words (Arabic: عبد and any definite noun, عبد الوافي; a noun and الدين, الله,
   * الهدى, صلاح الدين، فضل الله، نور الهدى): the definite word does not end the name.
   */
  nameCompounds?: { heads: string[]; tails: string[] };
}

/** Month names and other date words (text side: core/published, core/dateline). */
export interface DateWords {
  /** months[i] lists every printed form of month i+1 (names, abbreviations, series). */
  months: string[][];
  /** Words that label the publication date ("Published", "نشر"): the date after them is the one. */
  published?: string[];
  /** Words that label a modification date ("Updated", "تحديث"): the date after them is not the publication date. */
  updated?: string[];
  /** Order of all-numeric dates when both readings are possible (default dmy). */
  numericOrder?: 'dmy' | 'mdy';
  /** Hijri (Islamic) month names; such dates are converted with Intl's islamic calendars. */
  hijriMonths?: string[][];
  /** Solar Hijri month names (Intl's persian calendar). */
  persianMonths?: string[][];
}

/** News agencies, and the outlets that sign datelines, as printed in this language (text side: core/dateline). */
export interface Agency {
  /** Canonical short name, e.g. "Reuters". */
  name: string;
  /** Printed forms in this language, e.g. ["Reuters", "رويترز"]. */
  forms: string[];
}

/**
 * How this language's press prints a dateline (text side: core/dateline), beyond
 * the shapes every language shares ("PLACE (AGENCY) -", "PLACE - AGENCY.").
 */
export interface DatelineWords {
  /** The script these shapes are written in (a Unicode script name, e.g. "Arabic"): they are tried on text that opens in it. */
  script: string;
  /**
   * Dateline shapes, most specific first. Slots: `{place}`, `{agency}` (a known
   * agency, or any name in brackets or «…»), `{reporter}` (a name of two to four
   * words), `{staff}` (a `staff` phrase); `!` after a slot name means it must be a
   * known place or agency, `*` that an agency slot takes any name, brackets or not. Marks: `-` any dash (also a spaced tatweel), `:`,
   * `(` `)`, `«` `»`, `/`. A shape is taken only when one of its slots is a known
   * place or agency, and, run into the first sentence, only when it ends in a mark
   * or a known name.
   */
  shapes: string[];
  /** Places datelines name (cities, and words like "عواصم" that stand for several), as printed. */
  places: string[];
  /** The paper's own staff where an agency would stand ("نمائندہ خصوصی", "مراسلنا"): a dateline with no agency. */
  staff?: string[];
  /** Words that open a byline, a section label or a kicker, never a dateline's place or name ("كتب", "حوار", "عاجل"). */
  labels?: string[];
}

export interface LangModule {
  code: string;
  dir: 'ltr' | 'rtl';
  clutter: ClutterWords;
  speech: SpeechWords;
  dates: DateWords;
  agencies: Agency[];
  /** Optional: the language's own dateline shapes. */
  dateline?: DatelineWords;
}
