// Speech cues: which languages' words apply, and where a cue sits in a text.

import { LANGS, langFor } from '../lang/index.ts';
import type { LangModule } from '../lang/types.ts';
import { arabicPattern, escapeRegExp, foldArabic } from '../text/fold.ts';
import { HAN_KANA_ALL } from '../text/scripts.ts';

export type Gender = 'male' | 'female' | null;
export type Family = 'arabic' | 'cjk' | 'hangul' | 'latin';

/** Script family of a text: decides how speakers are read around a cue. */
export function familyOf(text: string): Family {
  const sample = text.slice(0, 4000);
  // What a global replace removes, counted in UTF-16 units: one string built, not an array of every match.
  const count = (re: RegExp): number => sample.length - sample.replace(re, '').length;
  const ar = count(/\p{Script=Arabic}/gu);
  const cjk = count(HAN_KANA_ALL);
  const ko = count(/\p{Script=Hangul}/gu);
  const other = count(/\p{L}/gu) - ar - cjk - ko;
  const max = Math.max(ar, cjk, ko, other);
  if (max === 0) return 'latin';
  if (max === ar) return 'arabic';
  if (max === ko) return 'hangul';
  if (max === cjk) return 'cjk';
  return 'latin';
}

/**
 * Languages whose cues apply: the declared one plus those written in the text's script.
 * `fam` is familyOf(fullText), when the caller has it already.
 */
export function languagesFor(lang: string | null, fullText: string, fam: Family = familyOf(fullText)): LangModule[] {
  const text = fullText.slice(0, 4000);
  const declared = langFor(lang);
  const byScript: Record<Family, string[]> = {
    // Persian letters (پ چ ژ گ) tell Persian from Arabic when the page does not say.
    // Urdu letters (ٹ ڈ ڑ ں ے) tell Urdu, Persian letters (پ چ ژ گ) Persian, when the page does not say.
    arabic:
      (text.match(/[ٹڈڑںے]/gu)?.length ?? 0) > text.length / 200
        ? ['ur', 'fa', 'ar']
        : (text.match(/[پچژگ]/gu)?.length ?? 0) > text.length / 200
          ? ['fa', 'ar']
          : ['ar', 'fa'],
    cjk: /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? ['ja', 'zh'] : ['zh', 'ja'],
    hangul: ['ko'],
    latin: /\p{Script=Cyrillic}/u.test(text) ? ['ru', 'uk', 'bg'] : [],
  };
  const codes = byScript[fam];
  const mods: LangModule[] = [];
  if (declared && (codes.length === 0 || codes.includes(declared.code))) mods.push(declared);
  for (const c of codes) {
    const m = LANGS.find((l) => l.code === c);
    if (m && !mods.includes(m)) mods.push(m);
  }
  // Latin script and an unknown or wrong language: try every Latin-script language.
  if (mods.length === 0) for (const m of LANGS) if (/^(en|fr|es|de|it|pt)$/u.test(m.code)) mods.push(m);
  return mods;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
  gender: Gender;
  /** The cue marks a plural subject (aseguran, spiegano): it stands for no one person named before. */
  plural?: boolean;
}

/**
 * A cue word as a regex source: Arabic letters fold alef/ya/ta-marbuta and allow diacritics; `inside`
 * (a regex source or '') is an adverb that may stand after the first word of a compound cue.
 */
function cueSource(word: string, inside: string): string {
  if (/\p{Script=Arabic}/u.test(word)) return arabicPattern(word);
  const [head = '', ...rest] = escapeRegExp(word).split(' ');
  const gap = '[\\s\\u00a0]+';
  return rest.length === 0 ? head : `${head}${inside ? `(?:${gap}(?:${inside}))?` : ''}${gap}${rest.join(gap)}`;
}

export interface CueMatcher {
  find(text: string): Cue[];
  mods: LangModule[];
}

/** Does a cue end where `word` ends (a speech verb, maybe with و or ف glued on: وقالت)? */
export function endsOnCue(cues: CueMatcher, word: string): boolean {
  return cues.find(word).some((k) => k.end === word.length);
}

const cache = new Map<string, CueMatcher>();

/** Every word the cues of these languages are built from, by kind. */
function cueWords(mods: LangModule[]) {
  const gender = new Map<string, Gender>();
  const plural = new Set<string>();
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const adverbs = new Set<string>();
  const clauseVerbs = new Set<string>();
  const nounLeads = new Set<string>();
  const roles = new Set<string>();
  const complementizers = new Set<string>();
  const prepositions = new Set<string>();
  for (const m of mods) {
    for (const v of m.speech.verbs) words.add(v);
    for (const v of m.speech.verbsFemale ?? []) {
      words.add(v);
      gender.set(v, 'female');
    }
    for (const v of m.speech.verbsMale ?? []) if (!gender.has(v)) gender.set(v, 'male');
    for (const v of m.speech.verbsPlural ?? []) {
      words.add(v);
      plural.add(v.toLowerCase());
    }
    for (const v of m.speech.verbsWithClause ?? []) clauseVerbs.add(v);
    for (const w of m.speech.nounCueLeads ?? []) nounLeads.add(foldArabic(w));
    for (const w of m.speech.prepositionLeads ?? []) prepositions.add(foldArabic(w));
    for (const r of m.speech.roles ?? []) roles.add(foldArabic(r));
    for (const c of m.speech.complementizers ?? []) complementizers.add(c);
    for (const p of m.speech.cuePrefixes ?? []) prefixes.add(p);
    for (const a of m.speech.cueAdverbs ?? []) adverbs.add(a);
  }
  return { gender, plural, words, prefixes, adverbs, clauseVerbs, nounLeads, roles, complementizers, prepositions };
}

/** Builds (once per language set) a matcher for every cue of the given languages. */
export function cueMatcher(mods: LangModule[], fam: Family): CueMatcher {
  const key = mods.map((m) => m.code).join(',') + fam;
  const hit = cache.get(key);
  if (hit) return hit;
  const { gender, plural, words, prefixes, adverbs, clauseVerbs, nounLeads, roles, complementizers, prepositions } =
    cueWords(mods);
  // The particle that joins a name to the father's (lang sonOf): the word after it is a name.
  const nameLinks = new Set(mods.flatMap((m) => m.speech.sonOf ?? []).map(foldArabic));
  // A verb opening its sentence is capitalized ("Valora que …", "Asegura que …").
  if (fam === 'latin')
    for (const w of [...words]) if (/^\p{Ll}/u.test(w)) words.add(w.charAt(0).toUpperCase() + w.slice(1));
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const inside = [...adverbs]
    .sort((a, b) => b.length - a.length)
    .map((a) => escapeRegExp(a).replace(/ /gu, '[\\s\\u00a0]+'))
    .join('|');
  // A verb that is also a word of another sense is a cue before a complementizer or a colon only.
  const clause = [...complementizers].map((c) => cueSource(c, '')).join('|');
  const gap = '[\\s\\u00a0]';
  const clauseAhead = `(?=(?:${gap}+[^\\s\\u00a0"“”«»]+){0,2}${gap}+(?:${clause || '(?!)'})(?![\\p{L}\\p{M}])|${gap}*:)`;
  const alternatives = [
    ...sorted.map((w) => cueSource(w, inside)),
    ...[...clauseVerbs].map((w) => `${cueSource(w, '')}${clauseAhead}`),
  ].join('|');
  const pre = prefixes.size > 0 ? `(?:${[...prefixes].map(escapeRegExp).join('|')})?` : '';
  // Space-separated scripts need whole words; CJK and Korean cues are suffixes glued to words.
  const glued = fam === 'cjk' || fam === 'hangul';
  const re = glued
    ? new RegExp(`(${alternatives})`, 'gu')
    : new RegExp(`(?<![\\p{L}\\p{M}])${pre}(${alternatives})(?![\\p{L}\\p{M}])`, 'gu');
  // The cue's words without the adverb inside it, for the lookups by word ("a également dit" → "a dit").
  const adverbInside = inside ? new RegExp(`[\\s\\u00a0]+(?:${inside})(?=[\\s\\u00a0])`, 'u') : null;
  const compounds = mods.flatMap((m) => m.speech.cueCompounds ?? []);
  const insideCompound = (text: string, start: number, word: string): boolean =>
    compounds.some((c) => {
      const at = c.indexOf(word);
      return at >= 0 && start - at >= 0 && text.startsWith(c, start - at);
    });
  const fold = foldArabic;
  const genderFolded = new Map<string, Gender>();
  for (const [k, v] of gender) genderFolded.set(fold(k), v);
  const matcher: CueMatcher = {
    mods,
    find(text: string): Cue[] {
      const out: Cue[] = [];
      for (const m of text.matchAll(re)) {
        const printed = m[1] ?? '';
        const start = (m.index ?? 0) + m[0].length - printed.length;
        const word = adverbInside ? printed.replace(adverbInside, '') : printed;
        // A one-character cue inside a longer word that is no speech (说明, 知道: lang cueCompounds).
        if (glued && word.length === 1 && insideCompound(text, start, word)) continue;
        // The word before the cue and its glued prefix (كل فرد, whose فـ is no conjunction).
        const at = m.index ?? 0;
        const lead = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
        // "وهو طالب جامعي": after a pronoun that opens a nominal clause, a cue word that is also a role
        // is a noun ("وهو يقول" stays a cue).
        if (lead && nounLeads.has(fold(lead)) && roles.has(fold(printed))) continue;
        // "على أكمل وجه": right after a preposition a cue word is a noun or an adjective.
        if (lead && prepositions.has(fold(lead))) continue;
        // "عبدالعزيز بن طالب": after بن (lang sonOf) a cue word is the father's name.
        if (lead && nameLinks.has(fold(lead))) continue;
        const cue: Cue = {
          start,
          end: start + printed.length,
          text: word,
          gender: genderFolded.get(fold(word)) ?? null,
        };
        if (plural.has(word.toLowerCase())) cue.plural = true;
        out.push(cue);
      }
      return out;
    },
  };
  cache.set(key, matcher);
  return matcher;
}
