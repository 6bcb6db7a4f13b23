// The reading view's one stylesheet. It hides what is not the article and
// re-sets the article in readable type, from marks on the page's own elements
// (read-view.ts), so that taking the marks and this <style> away gives the page
// back exactly.
//
//   html[data-clearline-reading]   the theme and the type, as custom properties
//   [data-clearline-read=hide]     not the article: display none
//   [data-clearline-read=path]     an ancestor of the article: laid out as a plain
//                                  block, its own loose text and boxes invisible
//   [data-clearline-read=keep]     the article (outermost kept elements): one
//                                  centred column in the reader's type
//   [data-clearline-read-role=…]   headline, standfirst, byline, aside (captions)
//   [data-clearline-read-dir]      an element we gave dir="auto"
//   [data-clearline-read-facts]    the first body block: the date and dateline above it
//
// Everything sits in a cascade layer, with !important: an important declaration
// in a layer beats every important declaration the page makes outside layers,
// whatever its selector's specificity, so the page's own !important rules
// cannot break the view (only its inline style="…!important" could).

import type { ResolvedType, ThemeName } from './read-type.ts';

export const READ_ATTR = 'data-clearline-read';
export const READING_ATTR = 'data-clearline-reading';
export const ROLE_ATTR = 'data-clearline-read-role';
export const DIR_MARK = 'data-clearline-read-dir';
export const FACTS_ATTR = 'data-clearline-read-facts';
export const READ_STYLE_ATTR = 'data-clearline-read-style';
export const QUOTE_HIGHLIGHT = 'clearline-read-quote';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  link: string;
  rule: string;
  quote: string;
  /** The toolbar's surface and accent. */
  surface: string;
  accent: string;
  scheme: 'light' | 'dark';
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: '#fbfbf9',
    fg: '#1d1d1b',
    muted: '#5d5d58',
    link: '#0b57a4',
    rule: '#d9d8d2',
    quote: 'rgba(245, 179, 1, 0.32)',
    surface: '#ffffff',
    accent: '#0b6e69',
    scheme: 'light',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#4b3a2a',
    muted: '#6e5b47',
    link: '#8a3f0f',
    rule: '#dccdaa',
    quote: 'rgba(214, 130, 0, 0.28)',
    surface: '#fbf5e6',
    accent: '#8a5a00',
    scheme: 'light',
  },
  dark: {
    bg: '#1b1c1f',
    fg: '#e4e2dd',
    muted: '#a9a69f',
    link: '#8ab4f8',
    rule: '#3b3d42',
    quote: 'rgba(245, 179, 1, 0.30)',
    surface: '#26282c',
    accent: '#4fc2b8',
    scheme: 'dark',
  },
};

const vars = (p: Palette): string =>
  `--clr-bg:${p.bg};--clr-fg:${p.fg};--clr-muted:${p.muted};--clr-link:${p.link};--clr-rule:${p.rule};` +
  `--clr-quote:${p.quote};--clr-surface:${p.surface};--clr-accent:${p.accent};color-scheme:${p.scheme}!important;`;

const K = `[${READ_ATTR}=keep]`;
const P = `[${READ_ATTR}=path]`;
const R = (role: string): string => `[${ROLE_ATTR}=${role}][${ROLE_ATTR}]`;
/** Elements that keep their own display (everything else kept is laid out as a block). */
const OWN_DISPLAY =
  'table, thead, tbody, tfoot, tr, td, th, li, img, video, iframe, embed, object, picture, svg, canvas, audio';
/** Elements that keep the page's face: code, and icon fonts (decorative, or named so). */
const OWN_FACE = 'pre, code, kbd, samp, tt, [aria-hidden=true], [class*=icon i], [class*=icon i] *, svg, svg *';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The theme's colours, as custom properties; "auto" follows the browser's dark mode. */
function themeRules(theme: ResolvedType['theme']): string {
  return theme === 'auto'
    ? `html[${READING_ATTR}]{${vars(PALETTES.light)}}` +
        `@media (prefers-color-scheme: dark){html[${READING_ATTR}]{${vars(PALETTES.dark)}}}`
    : `html[${READING_ATTR}]{${vars(PALETTES[theme])}}`;
}

/** The reader's type as custom properties on <html>, which gives up its own background and scrolling. */
function typeRules(t: ResolvedType): string {
  return `html[${READING_ATTR}] {
  --clr-size: ${t.sizePx}px; --clr-lh: ${t.lineHeight}; --clr-font: ${t.fontFamily};
  /* The measure in the body text's em, so that the headline and the byline share the body's column. */
  --clr-width: calc(var(--clr-size) * ${t.widthEm});
  background: var(--clr-bg) !important; overflow: visible !important; height: auto !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; scroll-behavior: auto !important;
  filter: none !important; opacity: 1 !important; transform: none !important;
  scroll-padding-block-start: 4rem !important;
}
`;
}

/** Everything that is not the article hidden; its ancestors laid out flat, their own text and boxes invisible. */
const PAGE_RULES = `html[${READING_ATTR}] > :not(head, body, [${READ_ATTR}=bar]) { display: none !important; }
[${READ_ATTR}=hide] { display: none !important; }
${P} {
  display: block !important; visibility: hidden !important; font-size: 0 !important; line-height: 0 !important;
  position: static !important; float: none !important; inset: auto !important; z-index: auto !important;
  width: auto !important; min-width: 0 !important; max-width: none !important;
  height: auto !important; min-height: 0 !important; max-height: none !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; outline: 0 !important;
  background: none !important; box-shadow: none !important; transform: none !important; filter: none !important;
  opacity: 1 !important; clip-path: none !important; mask: none !important; overflow: visible !important;
  columns: auto !important; contain: none !important; content-visibility: visible !important;
  text-indent: 0 !important;
}
${P}::before, ${P}::after { content: none !important; display: none !important; }
body${P} {
  padding: 4.5rem 1.25rem 6rem !important; min-height: 100vh !important; background: var(--clr-bg) !important;
  box-sizing: border-box !important;
}
`;

/** The article's kept elements: one centred column in the reader's type and colours. */
const ARTICLE_RULES = `${K} {
  visibility: visible !important; box-sizing: border-box !important;
  position: static !important; float: none !important; inset: auto !important; z-index: auto !important;
  width: auto !important; min-width: 0 !important; max-width: var(--clr-width) !important;
  height: auto !important; min-height: 0 !important; max-height: none !important; overflow: visible !important;
  margin: 0 auto 1em !important; padding-inline: 0 !important; border: 0 !important;
  background: none !important; box-shadow: none !important; transform: none !important; filter: none !important;
  opacity: 1 !important; clip-path: none !important; mask: none !important; columns: auto !important;
  font-size: var(--clr-size) !important; line-height: var(--clr-lh) !important;
  font-weight: 400 !important; font-style: normal !important; text-transform: none !important;
  text-indent: 0 !important;
}
${K}:not(${OWN_DISPLAY}) { display: block !important; }
${K}, ${K} * { color: var(--clr-fg) !important; background-color: transparent !important; text-shadow: none !important;
  letter-spacing: normal !important; word-spacing: normal !important; }
${K}:not(${OWN_FACE}), ${K} :not(${OWN_FACE}) { font-family: var(--clr-font) !important; }
${K} :is(pre, code, kbd, samp, tt) { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace !important; font-size: 0.88em !important; }
${K} * { line-height: inherit !important; max-width: 100% !important; }
${K} :not(${HEADINGS}, small, sub, sup, figcaption, caption, svg, svg *) { font-size: 1em !important; }
${K} :is(small, figcaption, caption) { font-size: 0.85em !important; }
${K} :is(sub, sup) { font-size: 0.75em !important; line-height: 0 !important; }
:is(${HEADINGS}):is(${K}), ${K} :is(${HEADINGS}) {
  font-weight: 700 !important; line-height: 1.25 !important; margin: 1.4em auto 0.5em !important;
}
:is(h1):is(${K}), ${K} h1 { font-size: calc(var(--clr-size) * 1.7) !important; }
:is(h2):is(${K}), ${K} h2 { font-size: calc(var(--clr-size) * 1.35) !important; }
:is(h3):is(${K}), ${K} h3 { font-size: calc(var(--clr-size) * 1.18) !important; }
:is(h4, h5, h6):is(${K}), ${K} :is(h4, h5, h6) { font-size: calc(var(--clr-size) * 1.05) !important; }
${K} :is(b, strong) { font-weight: 700 !important; }
${K} p { margin: 0 0 1em !important; padding: 0 !important; text-indent: 0 !important; }
${K}, ${K} :is(p, div, li, dd, dt, blockquote, figcaption, ${HEADINGS}) { text-align: start !important; }
${K} :is(ul, ol) { margin: 0 0 1em !important; padding-inline-start: 1.6em !important; }
${K} li { margin: 0 0 0.35em !important; }
${K} blockquote { margin: 1.2em 0 !important; padding: 0 !important; padding-inline-start: 1em !important;
  border: 0 !important; border-inline-start: 3px solid var(--clr-rule) !important; }
${K} figure { margin: 1.5em 0 !important; }
${K} :is(img, picture, video, svg, canvas) { height: auto !important; }
${K} :is(img, picture, video, iframe, embed, object, figure, table) { max-width: 100% !important; }
${K} table { display: block !important; overflow-x: auto !important; border-collapse: collapse !important; }
${K} :is(td, th) { border: 1px solid var(--clr-rule) !important; padding: 0.3em 0.6em !important; }
${K} hr { border: 0 !important; border-block-start: 1px solid var(--clr-rule) !important; }
${K} a, ${K} a * { color: var(--clr-link) !important; }
${K} a { text-decoration: underline !important; text-underline-offset: 0.15em !important;
  text-decoration-thickness: 1px !important; }
`;

/** Headline, standfirst, byline and captions; paragraphs that follow their own direction; the facts line. */
const ROLE_RULES = `${R('headline')} {
  font-size: calc(var(--clr-size) * 1.85) !important; line-height: 1.22 !important; font-weight: 700 !important;
  margin-block: 0 0.45em !important;
}
${R('headline')} * { font-size: 1em !important; font-weight: inherit !important; color: var(--clr-fg) !important;
  text-decoration: none !important; }
${R('standfirst')} { font-size: calc(var(--clr-size) * 1.12) !important; color: var(--clr-muted) !important; }
${R('byline')}, ${R('aside')} {
  font-size: calc(var(--clr-size) * 0.82) !important; line-height: 1.45 !important; color: var(--clr-muted) !important;
}
${R('byline')} * , ${R('aside')} * { color: var(--clr-muted) !important; }
${R('byline')} { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif !important; }
[${DIR_MARK}] { unicode-bidi: plaintext !important; }
[${FACTS_ATTR}]::before {
  content: attr(${FACTS_ATTR}) !important; display: block !important; visibility: visible !important;
  font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif !important;
  font-size: calc(var(--clr-size) * 0.8) !important; line-height: 1.45 !important; font-weight: 400 !important;
  font-style: normal !important; color: var(--clr-muted) !important; text-transform: none !important;
  margin: 0 0 1.1em !important; padding: 0 0 0.7em !important; border: 0 !important;
  border-block-end: 1px solid var(--clr-rule) !important; float: none !important; position: static !important;
  width: auto !important; height: auto !important; background: none !important;
}
`;

/** The toolbar's host above everything, and the quotes' highlight. */
const BAR_RULES = `[${READ_ATTR}=bar] {
  all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  inset-block-start: 0.75rem !important; inset-inline-end: 0.75rem !important; visibility: visible !important;
}
::highlight(${QUOTE_HIGHLIGHT}) { background-color: var(--clr-quote); color: inherit; }
`;

/** The stylesheet for one type (regenerated when the reader changes it). */
export function readerCss(t: ResolvedType): string {
  return `@layer clearline-read {
${themeRules(t.theme)}
${typeRules(t)}${PAGE_RULES}${ARTICLE_RULES}${ROLE_RULES}${BAR_RULES}}
`;
}
