// The shape of one language's data. Each language lives in one file,
// core/lang/<code>.ts, which exports one constant per section below. The
// sections are separate exports on purpose: the content script's load path
// imports only `clutter` (see clutter-words.ts), so months, verbs and agency
// names never reach its bundle.

/** Words that label share / comment / related / newsletter widgets (load path). */
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
}

/** Month names and other date words (text side: core/published, core/dateline). */
export interface DateWords {
  /** months[i] lists every printed form of month i+1 (names, abbreviations, series). */
  months: string[][];
}

/** News agencies as printed in this language (text side: core/dateline). */
export interface Agency {
  /** Canonical short name, e.g. "Reuters". */
  name: string;
  /** Printed forms in this language, e.g. ["Reuters", "رويترز"]. */
  forms: string[];
}

export interface LangModule {
  code: string;
  dir: 'ltr' | 'rtl';
  clutter: ClutterWords;
  speech: SpeechWords;
  dates: DateWords;
  agencies: Agency[];
}
