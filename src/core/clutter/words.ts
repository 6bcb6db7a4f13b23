// Widget labels in every language (core/lang/*: the `clutter` sections), as
// one anchored regex per category, built once on first use.
import { CLUTTER_BY_LANG } from '../lang/clutter-words.ts';
import type { ClutterWords } from '../lang/types.ts';
import type { ClutterKind } from '../types.ts';

const FOLD: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ة: 'ه', '’': "'", '‘': "'" };

/** Characters that need more than lower-casing: Arabic letters and marks, ZWNJ and marks, curly apostrophes. */
const NEEDS_FOLD = /[\u0600-\u06FF\u200C-\u200F’‘]/u;
const SPACES = /\s+/gu;

/** Case, Arabic letter variants, tatweel, diacritics, ZWNJ and spacing folded away. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  // Most label texts need no letter folding: skip the per-character callback (the load path's hot spot).
  if (!NEEDS_FOLD.test(lower)) return lower.replace(SPACES, ' ').trim();
  return lower
    .replace(/[\u064B-\u0652\u0640\u200C-\u200F]|[أإآىة’‘]|\s+/gu, (c) =>
      c in FOLD ? (FOLD[c] ?? c) : c.trim() ? '' : ' ',
    )
    .trim();
}

export type WordCategory = keyof ClutterWords;

/** Category → [kind, rule name]. */
const CATEGORY: Readonly<Record<WordCategory, readonly [ClutterKind, string]>> = {
  share: ['share', 'words:share'],
  copyLink: ['share', 'words:copy-link'],
  followUs: ['share', 'words:follow-us'],
  print: ['share', 'words:print'],
  comments: ['comments', 'words:comments'],
  related: ['related', 'words:related'],
  newsletter: ['newsletter', 'words:newsletter'],
};

const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/gu, '\\$&');
/** Spaces are optional in labels ("copy link", "copylink"); keys have none. */
const squeeze = (s: string): string => s.replace(/ /gu, '');
/** Digits, punctuation and symbols around a label ("Comments (12)", "| شارك"). */
const EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;

interface Compiled {
  /** Whole labels → category: one lookup per text. */
  exact: Map<string, WordCategory>;
  /** Labels with `*`, one capture group per category in `categories`. */
  prefix: RegExp | null;
  categories: WordCategory[];
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  const exact = new Map<string, WordCategory>();
  const groups: string[] = [];
  const categories: WordCategory[] = [];
  for (const cat of Object.keys(CATEGORY) as WordCategory[]) {
    const wild = new Set<string>();
    for (const code of Object.keys(CLUTTER_BY_LANG)) {
      for (const w of CLUTTER_BY_LANG[code]?.[cat] ?? []) {
        if (typeof w !== 'string') continue; // a hole in a hand-edited list must not break the load path
        const f = squeeze(foldText(w));
        if (!f) continue;
        if (f.includes('*')) wild.add(f.split('*').map(escape).join('.{0,30}'));
        else if (!exact.has(f)) exact.set(f, cat);
      }
    }
    if (!wild.size) continue;
    groups.push(`(${[...wild].join('|')})`);
    categories.push(cat);
  }
  const prefix = groups.length ? new RegExp(`^(?:${groups.join('|')})$`, 'u') : null;
  return { exact, prefix, categories };
}

/** Longest text (in UTF-16 units) worth matching as a label. */
export const MAX_LABEL_CHARS = 60;

/** The kind and rule of a widget label, or null. `text` is raw textContent. */
export function matchLabel(text: string): readonly [ClutterKind, string] | null {
  if (text.length > MAX_LABEL_CHARS * 2) return null;
  const t = foldText(text);
  if (!t || t.length > MAX_LABEL_CHARS) return null;
  compiled ??= compile();
  const key = squeeze(t.replace(EDGES, ''));
  if (!key) return null;
  const cat = compiled.exact.get(key);
  if (cat) return CATEGORY[cat];
  const m = compiled.prefix?.exec(key);
  if (!m) return null;
  for (let i = 0; i < compiled.categories.length; i++) {
    const c = compiled.categories[i];
    if (c && m[i + 1] !== undefined) return CATEGORY[c];
  }
  return null;
}
