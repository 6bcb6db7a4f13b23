// Widget labels in every language (core/lang/*: the `clutter` sections), as
// one anchored regex per category, built once on first use.
import { LANGS } from '../lang/index.ts';
import { ALEF_HAMZA, ALEF_MAQSURA, charFolder, escapeRegExp, TA_MARBUTA } from '../text/fold.ts';
import type { ClutterWords } from '../lang/types.ts';
import type { ClutterKind } from '../types.ts';

/** Hamza alefs, alef maqsura and ta marbuta, curly apostrophes; harakat, tatweel, joiners and direction marks dropped. */
const foldLabelChars = /* @__PURE__ */ charFolder({
  letters: [ALEF_HAMZA, ALEF_MAQSURA, TA_MARBUTA],
  also: { '’': "'", '‘': "'" },
  drop: '\\u064B-\\u0652\\u0640\\u200C-\\u200F',
  spaceRuns: true,
});

/** Characters that need more than lower-casing: Arabic letters and marks, ZWNJ and marks, curly apostrophes. */
const NEEDS_FOLD = /[\u0600-\u06FF\u200C-\u200F’‘]/u;
const SPACES = /\s+/gu;

/** Case, Arabic letter variants, tatweel, diacritics, ZWNJ and spacing folded away. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  // Most label texts need no letter folding: skip the per-character callback (the load path's hot spot).
  if (!NEEDS_FOLD.test(lower)) return lower.replace(SPACES, ' ').trim();
  return foldLabelChars(lower).trim();
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

/** Spaces are optional in labels ("copy link", "copylink"); keys have none. */
const squeeze = (s: string): string => s.replace(/ /gu, '');
/** Digits, punctuation and symbols around a label ("Comments (12)", "| شارك"). */
const EDGES = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * The label words of every language, folded and squeezed, in a form that
 * survives JSON: whole labels per category ("\n"-separated), and the `*`
 * labels as one regex source with a capture group per category in
 * `categories`. The extension build computes it once (vite.config.ts defines
 * it as __CLEARLINE_LABELS__), so the content script neither carries the raw
 * lists nor folds them on every page; elsewhere it is computed on first use.
 */
export interface LabelTable {
  exact: Partial<Record<WordCategory, string>>;
  prefix: string | null;
  categories: WordCategory[];
}

/** Builds the label table from the lang modules' `clutter` sections. */
export function buildLabelTable(): LabelTable {
  const exact: Partial<Record<WordCategory, string>> = {};
  const seen = new Set<string>();
  const groups: string[] = [];
  const categories: WordCategory[] = [];
  for (const cat of Object.keys(CATEGORY) as WordCategory[]) {
    const wild = new Set<string>();
    const keys: string[] = [];
    for (const lang of LANGS) {
      for (const w of lang.clutter[cat] ?? []) {
        if (typeof w !== 'string') continue; // a hole in a hand-edited list must not break the load path
        const f = squeeze(foldText(w));
        if (!f) continue;
        if (f.includes('*')) wild.add(f.split('*').map(escapeRegExp).join('.{0,30}'));
        else if (!seen.has(f)) {
          // The first category to list a label keeps it.
          seen.add(f);
          keys.push(f);
        }
      }
    }
    if (keys.length) exact[cat] = keys.join('\n');
    if (!wild.size) continue;
    groups.push(`(${[...wild].join('|')})`);
    categories.push(cat);
  }
  return { exact, prefix: groups.length ? `^(?:${groups.join('|')})$` : null, categories };
}

interface Compiled {
  /** Whole labels → category: one lookup per text. */
  exact: Map<string, WordCategory>;
  /** Labels with `*`, one capture group per category in `categories`. */
  prefix: RegExp | null;
  categories: WordCategory[];
}
let compiled: Compiled | null = null;

function hydrate(table: LabelTable): Compiled {
  const exact = new Map<string, WordCategory>();
  for (const cat of Object.keys(table.exact) as WordCategory[]) {
    for (const key of table.exact[cat]?.split('\n') ?? []) exact.set(key, cat);
  }
  return { exact, prefix: table.prefix ? new RegExp(table.prefix, 'u') : null, categories: table.categories };
}

declare const __CLEARLINE_LABELS__: LabelTable;

function compile(): Compiled {
  return hydrate(typeof __CLEARLINE_LABELS__ !== 'undefined' ? __CLEARLINE_LABELS__ : buildLabelTable());
}

/** Longest text (in UTF-16 units) worth matching as a label. */
export const MAX_LABEL_CHARS = 60;

type LabelMatch = readonly [ClutterKind, string] | null;
/** Answers by raw text: menus, bylines and buttons repeat their labels across a page. */
const memo = new Map<string, LabelMatch>();
const MAX_MEMO = 4000;

/** The kind and rule of a widget label, or null. `text` is raw textContent. */
export function matchLabel(text: string): LabelMatch {
  if (text.length > MAX_LABEL_CHARS * 2) return null;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const m = matchFolded(text);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(text, m);
  return m;
}

function matchFolded(text: string): LabelMatch {
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
