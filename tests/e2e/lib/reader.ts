// What the reading-view scenarios read of the page and of the view's toolbar,
// and the two articles they open (tests/fixtures/read-en.html, read-ar.html).
import assert from 'node:assert/strict';
import type { Tab } from '../driver/driver.ts';
import type { Runner } from './runner.ts';
import { waitFor } from './wait.ts';

/** An article: its file, the selectors of its paragraphs and of a body paragraph, and what the view must not show. */
export interface ArticleSpec {
  file: string;
  body: string;
  paragraphs: string;
  hidden: string[];
  absent: string[];
}

export const EN: ArticleSpec = {
  file: 'read-en.html',
  body: '#story-body > p:nth-of-type(2)',
  paragraphs: '#story-body > p, #story-body li, .story-title, .story-standfirst',
  hidden: [
    '.site-header',
    '#sidebar',
    '#related',
    '#comments',
    '#cookie-bar',
    '#footer',
    '#ad-1',
    '#newsletter',
    '#share-top',
    '.kicker',
  ],
  absent: [
    'Most read',
    'Heatwave closes schools',
    'Related coverage',
    'Comments (2)',
    'We use cookies',
    'Advertisement',
    'Sign up',
    'Privacy',
  ],
};

export const AR: ArticleSpec = {
  file: 'read-ar.html',
  body: '#news-text > p:nth-of-type(3)',
  paragraphs: '#news-text > p, .news-title',
  hidden: ['.topbar', '#ticker', '#sidebar', '#related', '#comments', '#footer', '#ad-1', '#share-top'],
  absent: ['الأكثر قراءة', 'أخبار ذات صلة', 'التعليقات', 'إعلان', 'عاجل', 'جميع الحقوق محفوظة'],
};

// ---- in the page (main world: the DOM only)

export interface PageSnapshot {
  html: string;
  x: number;
  y: number;
}

export function snapshotPage(): PageSnapshot {
  return { html: document.documentElement.outerHTML, x: scrollX, y: scrollY };
}

/** The view's theme while it is open, else null. */
export function reading(): string | null {
  return document.documentElement.getAttribute('data-clearline-reading');
}

/** What the reader sees: visible elements by selector, the article's paragraphs, the type. */
export function viewProbe(sel: ArticleSpec) {
  const shown = (el: Element | null) => {
    if (!el) return null;
    const rects = el.getClientRects();
    if (!rects.length) return false;
    const r = el.getBoundingClientRect();
    return getComputedStyle(el).visibility === 'visible' && r.width > 0 && r.height > 0;
  };
  const paras = [...document.querySelectorAll(sel.paragraphs)];
  const p = document.querySelector(sel.body);
  const cs = p ? getComputedStyle(p) : null;
  // The date and dateline: an attribute that the stylesheet shows in ::before (Firefox reports content as attr(…)).
  const factsEl = paras.find((x) => !['none', 'normal', ''].includes(getComputedStyle(x, '::before').content));
  const before = factsEl?.getAttribute('data-clearline-read-facts') ?? null;
  return {
    hidden: Object.fromEntries(sel.hidden.map((s) => [s, shown(document.querySelector(s))])),
    paragraphs: paras.length,
    shownParagraphs: paras.filter(shown).length,
    text: document.body.innerText,
    dirs: paras.map((x) => x.getAttribute('dir')),
    directions: paras.map((x) => getComputedStyle(x).direction),
    fontSize: cs?.fontSize ?? null,
    lineHeight: cs?.lineHeight ?? null,
    fontFamily: cs?.fontFamily ?? null,
    width: p ? Math.round(p.getBoundingClientRect().width) : null,
    maxWidth: cs?.maxWidth ?? null,
    color: cs?.color ?? null,
    background: getComputedStyle(document.documentElement).backgroundColor,
    facts: before,
    headline: shown(document.querySelector('h1')),
  };
}
export type View = ReturnType<typeof viewProbe>;

/** A control in the reading view's toolbar (an open shadow root). */
export function barClick(id: string): boolean {
  const el = document.querySelector('[data-clearline-read=bar]')?.shadowRoot?.getElementById(id);
  if (!el) return false;
  el.click();
  return true;
}

export function barProbe() {
  const host = document.querySelector('[data-clearline-read=bar]');
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  const r = host.getBoundingClientRect();
  return {
    dir: host.getAttribute('dir'),
    left: Math.round(r.left),
    right: Math.round(innerWidth - r.right),
    panelOpen: !root.getElementById('panel')?.hidden,
    size: root.getElementById('size-value')?.textContent ?? null,
    width: root.getElementById('width-value')?.textContent ?? null,
    spacing: root.getElementById('spacing-value')?.textContent ?? null,
    pressed: [...root.querySelectorAll('[aria-pressed=true]')].map((b) => b.id),
    quotes: (root.getElementById('quotes') as HTMLInputElement | null)?.checked ?? null,
    siteOnly: (root.getElementById('site-only') as HTMLInputElement | null)?.checked ?? null,
    labels: [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent),
  };
}

/** The quotations the view marks (CSS Custom Highlight API). */
export function quoteMarks(): string[] {
  const h = (globalThis.CSS as { highlights?: Map<string, Iterable<Range>> } | undefined)?.highlights?.get(
    'clearline-read-quote',
  );
  return h ? [...h].map((r) => r.toString()) : [];
}

// ---- in Node

/** The toolbar, which the view always has while it is open. */
export async function theBar(tab: Tab): Promise<NonNullable<ReturnType<typeof barProbe>>> {
  const bar = await tab.evaluate(barProbe);
  if (!bar) throw new Error('the reading view has no toolbar');
  return bar;
}

/** The DOM serializations are equal; else the first difference, in context. */
export function assertSameDom(after: string, before: string, what = 'DOM identical'): void {
  if (after === before) return;
  let i = 0;
  while (i < after.length && after[i] === before[i]) i++;
  assert.fail(
    `${what}: differs at ${i}:\n  before …${before.slice(Math.max(0, i - 80), i + 120)}…\n  after  …${after.slice(Math.max(0, i - 80), i + 120)}…`,
  );
}

/** Waits for the reading view to close, checks the page's DOM is exactly `before`'s, and returns the page after. */
export async function closedExactly(tab: Tab, before: PageSnapshot, what: string): Promise<PageSnapshot> {
  await waitFor(tab, () => !document.documentElement.hasAttribute('data-clearline-reading'), undefined, 4000, what);
  const after = await tab.evaluate(snapshotPage);
  assertSameDom(after.html, before.html);
  return after;
}

/** Checks what the view shows of an article (`spec`: EN or AR). */
export function assertView(v: View, spec: ArticleSpec, run: Runner, label: string): void {
  run.log(
    `${label}: ${v.shownParagraphs}/${v.paragraphs} paragraphs shown; font ${v.fontSize} / ${v.lineHeight}, width ${v.width}px; bg ${v.background}; facts ${v.facts}`,
  );
  for (const [sel, shown] of Object.entries(v.hidden)) assert.equal(shown, false, `${sel} not visible in the view`);
  assert.equal(v.shownParagraphs, v.paragraphs, 'every article paragraph visible');
  for (const s of spec.absent) assert.ok(!v.text.includes(s), `"${s}" not in the visible text`);
  assert.ok(
    v.dirs.every((d) => d === 'auto'),
    'every paragraph dir=auto',
  );
}

/** Waits for the clean-up (the page as a reader has it). */
export const cleanedUp = (tab: Tab): Promise<boolean> =>
  waitFor(tab, () => !!document.querySelector('[data-clearline-hidden]'), undefined, 8000, 'clean-up');
