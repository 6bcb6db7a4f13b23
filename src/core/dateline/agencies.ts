// The news agencies a dateline may name (every language's `agencies` section,
// lang/<code>.ts), and the letter folding the dateline compares names with.

import { LANGS } from '../lang/index.ts';

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

/** Folds the letter variants of the Arabic script (hamza on alef, Persian and Urdu ya, kaf and ha, ta marbuta), tatweel, harakat, dots and spacing. */
export const foldName = (s: string): string => foldDatelineWord(s).replace(/ى/gu, 'ي');

/** foldName, but alef maqsura stays apart from ya: the stop word على is not the name علي. */
export const foldDatelineWord = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\u0640|\p{Mn}/gu, '') // tatweel and harakat
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[یې]/gu, 'ي')
    .replace(/ک/gu, 'ك')
    .replace(/[ہۀھة]/gu, 'ه')
    .replace(/[.\s\u200c]+/gu, ' ')
    .trim()
    .toLowerCase();

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
