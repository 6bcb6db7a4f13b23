// The shapes the quote rules pass around: a quotation candidate, what a rule
// says about its speaker, and the context every rule reads.

import type { LangModule } from '../lang/types.ts';
import type { Cue, CueMatcher, Family, Gender } from './cues.ts';
import type { Entity, EntityTable } from './entities/table.ts';
import type { Lexicon } from './lexicon.ts';
import type { Span } from './marks.ts';

export interface QuoteInput {
  paragraphs: readonly string[];
  headline: string | null;
  standfirst: string | null;
  lang: string | null;
}

/** A unit of text: the headline (index -1), the standfirst (-2) or a body paragraph (0…). */
export interface Unit {
  text: string;
  index: number;
  /** Quotation spans in reading order. */
  spans: Span[];
  /** Offsets just after each sentence end. */
  bounds: number[];
}

/** The text around a quotation within its sentence, between its neighbouring quotations. */
export interface Around {
  before: string;
  after: string;
}

/** One direct quotation found in the text, not yet credited. */
export interface Candidate {
  text: string;
  /** Position in `units` of the unit where it opens, and its span there. */
  ui: number;
  k: number;
  span: Span;
  /** Where it closes (another unit when it runs over paragraphs). */
  endUi: number;
  endK: number;
  endSpan: Span;
  around: Around;
  /** Nothing but punctuation after it in its last unit. */
  endsUnit: boolean;
  /** Nothing before it in its first unit. */
  opensUnit: boolean;
}

/**
 * Who a rule says spoke: a name as printed, a pronoun, a noun phrase ("the minister", "الوزارة"),
 * or nobody named ("وأضاف:", "afirmó."): the last three are resolved to an entity of the article.
 */
export interface SpeakerRef {
  kind: 'name' | 'pronoun' | 'nominal' | 'none';
  text: string | null;
  /** A role printed beside the name ("Ukrainian Ambassador", "وزيرة الخارجية"). */
  role: string | null;
  gender: Gender;
  /** Already resolved (a speaker carried over from another quotation). */
  entity?: Entity;
  /** Someone described, not named ("señaló el italiano", "sagte der 64-Jährige"): a person, never a body. */
  person?: boolean;
  /** Someone the article does not name ("said someone at the meeting", "dijo otra persona"): credited to nobody. */
  unnamed?: boolean;
  /**
   * Read right after the verb with no article ("sagte Jung"), or alone before a verb that opens the
   * sentence with no subject after it ("Brandt sagte: …"): a name even where nouns are capitalized.
   */
  afterVerb?: boolean;
  /**
   * The speaker spoke through a statement, which the verb agrees with (وقال بيان الخارجية): its gender
   * is the statement's, not the speaker's.
   */
  statement?: Gender;
}

/** A rule's answer for one candidate. */
export interface Attribution {
  rule: string;
  ref: SpeakerRef;
  cue: Cue | null;
  /** A quotation that goes on from one credited to nobody: a quotation still, and nobody's. */
  nobody?: boolean;
}

/** Who a quotation was finally credited to: an entity's fullest name and role, or a description. */
export interface Speaker {
  name: string;
  role: string | null;
  gender: Gender;
  /** The entity of the article it resolved to; null for a description ("l’avocat de la partie"). */
  entity: Entity | null;
}

/** A candidate with the rule that credited it and the speaker that came out. */
export interface Credited {
  c: Candidate;
  attribution: Attribution;
  speaker: Speaker | null;
}

/** Everything the rules read: the texts, the language data, the cues and the entities. */
/** A speech cue outside quotation marks whose subject is a gendered pronoun (`…, he said.`). */
export interface PronounCue {
  ui: number;
  pos: number;
  sentence: number;
  gender: NonNullable<Gender>;
}

export interface QuoteContext {
  units: Unit[];
  fam: Family;
  mods: LangModule[];
  lex: Lexicon;
  cues: CueMatcher;
  entities: EntityTable;
  /** The pronoun cues of the article in reading order (Latin script), found with the cue subjects. */
  pronouns: PronounCue[];
}

export const nameRef = (text: string, gender: Gender = null, role: string | null = null): SpeakerRef => ({
  kind: 'name',
  text,
  role,
  gender,
});
export const pronounRef = (gender: Gender): SpeakerRef => ({ kind: 'pronoun', text: null, role: null, gender });
export const noneRef = (gender: Gender): SpeakerRef => ({ kind: 'none', text: null, role: null, gender });
export const nominalRef = (text: string, gender: Gender = null): SpeakerRef => ({
  kind: 'nominal',
  text,
  role: null,
  gender,
});
