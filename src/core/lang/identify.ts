// Which of our languages a text is written in, from its closed-class words
// (each language file's functionWords and notNames): for pages whose declared language is
// missing or wrong (a French article under a template's lang="en"). Scripts
// with letters of their own are told apart by page-lang.ts, which needs no
// word lists; this runs on the text side only.

import { functionWordsOf, LANGS } from './index.ts';

/** A language wins when this share of the words are its own and it has this many times the runner-up's. */
const MIN_SHARE = 0.12;
const MIN_LEAD = 1.6;
/** Fewer words than this tell nothing. */
const MIN_WORDS = 40;

let table: Map<string, string[]> | null = null;

/** Each word, the languages that list it. */
function wordTable(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  for (const m of LANGS)
    for (const w of [...functionWordsOf(m), ...(m.speech.notNames ?? [])]) {
      const k = w.toLowerCase().replace(/’/gu, "'");
      const codes = table.get(k) ?? [];
      if (!codes.includes(m.code)) codes.push(m.code);
      table.set(k, codes);
    }
  return table;
}

/** Can identifyLang tell this language from the others (does its file list function words)? */
export function identifiable(code: string): boolean {
  return LANGS.some((m) => m.code === code && functionWordsOf(m).length > 0);
}

/**
 * The language whose closed-class words make up the text, when one clearly does; null when the
 * text is short, in another language, or shared between two.
 */
export function identifyLang(text: string): string | null {
  const words =
    text
      .slice(0, 4000)
      .toLowerCase()
      .replace(/’/gu, "'")
      .match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const t = wordTable();
  const counts = new Map<string, number>();
  for (const w of words) for (const code of t.get(w) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SHARE * words.length) return null;
  return !second || best[1] >= MIN_LEAD * second[1] ? best[0] : null;
}
