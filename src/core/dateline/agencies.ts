// The news agencies a dateline may name (every language's `agencies` section,
// lang/<code>.ts), and the letter folding the dateline compares names with.

import { LANGS } from '../lang/index.ts';
import {
  ALEF_HAMZA,
  ALEF_MAQSURA,
  ALEF_WASLA,
  charFolder,
  FARSI_YA,
  KEHEH,
  type LetterGroup,
  TA_MARBUTA,
  URDU_HA,
  YA_E,
} from '../text/fold.ts';

export interface AgencyForm {
  form: string;
  name: string;
}

let agencyForms: AgencyForm[] | null = null;

/** Every printed agency form of every language, longest first. */
export function allAgencies(): AgencyForm[] {
  if (!agencyForms) {
    agencyForms = LANGS.flatMap((l) => l.agencies.flatMap((a) => a.forms.map((form) => ({ form, name: a.name }))));
    agencyForms.sort((a, b) => b.form.length - a.form.length);
  }
  return agencyForms;
}

/** Hamza and wasla alefs, the Persian, Urdu and Pashto ya, kaf and ha forms, ta marbuta. */
const DATELINE_LETTERS: readonly LetterGroup[] = [ALEF_HAMZA, ALEF_WASLA, FARSI_YA, YA_E, KEHEH, URDU_HA, TA_MARBUTA];
/** Tatweel and harakat. */
const DATELINE_DROP = '\\u0640\\p{Mn}';
const foldWordLetters = /* @__PURE__ */ charFolder({ letters: DATELINE_LETTERS, drop: DATELINE_DROP });
const foldNameLetters = /* @__PURE__ */ charFolder({
  letters: [...DATELINE_LETTERS, ALEF_MAQSURA],
  drop: DATELINE_DROP,
});
/** Dots, spacing and ZWNJ as one space, trimmed, lower case. */
const spacedLower = (s: string): string =>
  s
    .replace(/[.\s\u200c]+/gu, ' ')
    .trim()
    .toLowerCase();

/** Folds the letter variants of the Arabic script (hamza on alef, Persian and Urdu ya, kaf and ha, ta marbuta), tatweel, harakat, dots and spacing. */
export const foldName = (s: string): string => spacedLower(foldNameLetters(s.normalize('NFKC')));

/** foldName, but alef maqsura stays apart from ya: the stop word على is not the name علي. */
export const foldDatelineWord = (s: string): string => spacedLower(foldWordLetters(s.normalize('NFKC')));

/** The known agency a short text names, as printed, or null. Case matters for Latin acronyms ("AP" vs "ap"). */
export function knownAgency(text: string): string | null {
  const t = foldName(text);
  for (const a of allAgencies()) {
    const f = foldName(a.form);
    if (t === f && (text.includes(a.form) || !/^[A-Z]+$/.test(a.form))) return text.trim();
  }
  return null;
}

/** The known agency form found inside a bracketed text ("dpa/lno" → "dpa"). */
export function agencyInside(text: string): string | null {
  const whole = knownAgency(text);
  if (whole) return whole;
  for (const part of text.split(/[/,;]| - /u)) {
    const hit = knownAgency(part);
    if (hit) return hit;
  }
  return null;
}

/** Whitespace folded to single spaces, trimmed. */
export const clean = (s: string): string => s.replace(/\s+/gu, ' ').trim();
