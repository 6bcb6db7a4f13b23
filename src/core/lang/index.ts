// Every language's full data, for the text side (popup, CLI). The load path
// must import clutter-words.ts instead, which pulls in only the clutter words.
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
