// The reading view's type: from what the reader chose (shared/settings.ts,
// each field optional) and the page's language to the values the stylesheet
// uses. Pure, so the popup, the options page and the tests can use it too.
//
// The defaults follow the script, the way print does: Arabic and Persian get
// a Naskh stack and a larger size (the script's x-height is small at Latin
// sizes), Urdu a Nastaliq stack with tall lines (its words descend steeply),
// Chinese, Japanese and Korean their own line height and a sans face (screens
// set CJK body text in Gothic / Hei); every other script the Latin defaults.
// The font stacks are presentation, not language data: they name fonts, never
// words (core/lang holds the words).

import {
  READER_LIMITS,
  type ReaderFont,
  type ReaderPrefs,
  type ReaderTheme,
  type ReaderType,
} from '../shared/settings.ts';

export type ScriptStyle = 'latin' | 'arabic' | 'nastaliq' | 'cjk';
export type ThemeName = Exclude<ReaderTheme, 'auto'>;

interface Base {
  /** Body text size, px. */
  size: number;
  lineHeight: number;
  /** Measure, em. */
  width: number;
  font: ReaderFont;
}

export const BASES: Record<ScriptStyle, Base> = {
  latin: { size: 19, lineHeight: 1.6, width: 34, font: 'serif' },
  arabic: { size: 22, lineHeight: 1.85, width: 34, font: 'serif' },
  nastaliq: { size: 22, lineHeight: 2.3, width: 32, font: 'serif' },
  cjk: { size: 18, lineHeight: 1.85, width: 36, font: 'sans' },
};

const SERIF = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif";
const SANS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const NASKH =
  "'Noto Naskh Arabic', Amiri, 'Scheherazade New', 'Traditional Arabic', 'Sakkal Majalla', 'Times New Roman'";
const ARABIC_SANS = "'Noto Sans Arabic', Vazirmatn, 'Segoe UI', Tahoma, 'Geeza Pro', 'DejaVu Sans'";
const NASTALIQ = "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Alvi Nastaleeq'";

const CJK: Record<string, { serif: string; sans: string }> = {
  ja: {
    serif: "'Noto Serif JP', 'Noto Serif CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho', YuMincho, serif",
    sans: "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif",
  },
  ko: {
    serif: "'Noto Serif KR', 'Noto Serif CJK KR', AppleMyungjo, Batang, serif",
    sans: "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
  },
  zh: {
    serif: "'Noto Serif SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif",
    sans: "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  },
};

/** Languages written in the Arabic script (Naskh), and Urdu's Nastaliq. */
const ARABIC_LANGS = new Set(['ar', 'fa', 'ps', 'ckb', 'ku', 'sd', 'ug', 'ks']);
const NASTALIQ_LANGS = new Set(['ur']);
const CJK_LANGS = new Set(['zh', 'ja', 'ko']);

const primary = (lang: string | null): string => (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';

function scriptStyle(lang: string | null): ScriptStyle {
  const p = primary(lang);
  if (NASTALIQ_LANGS.has(p)) return 'nastaliq';
  if (ARABIC_LANGS.has(p)) return 'arabic';
  if (CJK_LANGS.has(p)) return 'cjk';
  return 'latin';
}

/** The font stack for a language and a face (Latin fallbacks after the script's own fonts). */
function fontStack(lang: string | null, font: ReaderFont): string {
  const style = scriptStyle(lang);
  if (style === 'cjk') return (CJK[primary(lang)] ?? CJK.zh ?? { serif: SERIF, sans: SANS })[font];
  // The Latin face first for the Latin words of an Arabic-script text (names, acronyms), then the script's own.
  if (style === 'nastaliq')
    return `${NASTALIQ}, ${font === 'serif' ? NASKH : ARABIC_SANS}, ${font === 'serif' ? SERIF : SANS}`;
  if (style === 'arabic') return font === 'serif' ? `${NASKH}, ${SERIF}` : `${ARABIC_SANS}, ${SANS}`;
  return font === 'serif' ? SERIF : SANS;
}

/** Everything the stylesheet needs. */
export interface ResolvedType {
  lang: string | null;
  script: ScriptStyle;
  font: ReaderFont;
  fontFamily: string;
  /** As chosen ('auto' follows the browser's dark mode in the stylesheet itself). */
  theme: ReaderTheme;
  /** The theme in effect now (for the toolbar and the tests). */
  effectiveTheme: ThemeName;
  sizePct: number;
  lineHeightPct: number;
  sizePx: number;
  lineHeight: number;
  widthEm: number;
}

export function resolveType(type: ReaderType, lang: string | null, dark: boolean): ResolvedType {
  const script = scriptStyle(lang);
  const base = BASES[script];
  const font = type.font ?? base.font;
  const sizePct = type.size ?? 100;
  const lineHeightPct = type.lineHeight ?? 100;
  const theme = type.theme ?? 'auto';
  return {
    lang,
    script,
    font,
    fontFamily: fontStack(lang, font),
    theme,
    effectiveTheme: theme === 'auto' ? (dark ? 'dark' : 'light') : theme,
    sizePct,
    lineHeightPct,
    sizePx: Math.round((base.size * sizePct) / 100),
    lineHeight: Math.round(base.lineHeight * lineHeightPct) / 100,
    widthEm: type.width ?? base.width,
  };
}

/** The steps the toolbar's − and + buttons walk (all valid stored values). */
export const SIZE_STEPS = [70, 80, 90, 100, 110, 120, 135, 150, 170, 200] as const;
export const LINE_HEIGHT_STEPS = [80, 90, 100, 110, 120, 135, 150] as const;

/** The next value of `steps` from `value` in direction `dir` (clamped; off-grid values snap). */
export function step(steps: readonly number[], value: number, dir: 1 | -1): number {
  if (dir > 0) return steps.find((s) => s > value) ?? steps[steps.length - 1] ?? value;
  return [...steps].reverse().find((s) => s < value) ?? steps[0] ?? value;
}

export function stepWidth(width: number, dir: 1 | -1): number {
  const { min, max, step: by } = READER_LIMITS.width;
  return Math.min(max, Math.max(min, width + dir * by));
}

/** A reader's change applied to the stored prefs (a field equal to the default is removed). */
export function withChange<T extends ReaderPrefs>(prefs: T, change: ReaderType): T {
  const out = { ...prefs, ...change };
  if (out.size === 100) delete out.size;
  if (out.lineHeight === 100) delete out.lineHeight;
  if (out.theme === 'auto') delete out.theme;
  return out;
}
