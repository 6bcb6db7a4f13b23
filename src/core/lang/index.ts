// Every language, in one list: the order is the one ties are broken in (the
// first language to list a clutter label gives it its category). The
// content script and the clean side carry none of it: the clean side's
// label table is built from this list at build time (vite.config.ts,
// __CLEARLINE_LABELS__), and the text side imports what it reads.
import * as ar from './ar.ts';
import * as en from './en.ts';
import * as ru from './ru.ts';
import * as fr from './fr.ts';
import * as es from './es.ts';
import * as de from './de.ts';
import * as zh from './zh.ts';
import * as ja from './ja.ts';
import * as fa from './fa.ts';
import * as uk from './uk.ts';
import * as bg from './bg.ts';
import * as ko from './ko.ts';
import * as it from './it.ts';
import * as pt from './pt.ts';
import * as ur from './ur.ts';
import type { LangModule } from './types.ts';

export const LANGS: readonly LangModule[] = [
  ar,
  en,
  ru,
  fr,
  es,
  de,
  zh,
  ja,
  fa,
  uk,
  bg,
  ko,
  it,
  pt,
  ur,
] as LangModule[];

/** The module for a BCP 47 tag's primary subtag, if we have one. */
export function langFor(tag: string | null | undefined): LangModule | undefined {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l.code === primary);
}

/** A language's closed-class words (speech.functionWords, one string), as a list. */
export const functionWordsOf = (m: LangModule): string[] =>
  (m.speech.functionWords ?? '').split(/\s+/u).filter(Boolean);
