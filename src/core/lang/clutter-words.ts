// Clutter words of every language, merged, for the content script's load path.
// Importing only the `clutter` export keeps the other sections out of its bundle.
import { clutter as ar } from './ar.ts';
import { clutter as en } from './en.ts';
import { clutter as ru } from './ru.ts';
import { clutter as fr } from './fr.ts';
import { clutter as es } from './es.ts';
import { clutter as de } from './de.ts';
import { clutter as zh } from './zh.ts';
import { clutter as ja } from './ja.ts';
import { clutter as fa } from './fa.ts';
import { clutter as uk } from './uk.ts';
import { clutter as bg } from './bg.ts';
import { clutter as ko } from './ko.ts';
import { clutter as it } from './it.ts';
import { clutter as pt } from './pt.ts';
import { clutter as ur } from './ur.ts';
import type { ClutterWords } from './types.ts';

export const CLUTTER_BY_LANG: Readonly<Record<string, ClutterWords>> = {
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
};
