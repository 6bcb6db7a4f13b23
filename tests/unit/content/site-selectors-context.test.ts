// What a cleaned page teaches the site's stylesheet about a widget whose own
// names are layout words or two letters: a weak name inside a named ancestor
// (core/site-selectors.ts, contextSelectors), so that the next visit hides the
// widget itself before the first paint, not only the named parts inside it.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/article/index.ts';
import { HIDDEN_ATTR, hide } from '../../../src/core/cleanup.ts';
import { contextSelectors, learnSiteSelectors } from '../../../src/core/site-selectors.ts';
import { runSync } from '../../../src/core/slice.ts';
import type { ClutterHit } from '../../../src/core/types.ts';
import { isSafeSelector, MAX_SITE_SELECTORS } from '../../../src/shared/site-styles.ts';

const LONG =
  'The committee met on Tuesday to discuss the proposal in detail, and its members agreed to publish a full report before the end of the month.';

const page = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

const story = `<article class="story"><h1>Harbour ferry returns after a year of repairs</h1>${Array.from(
  { length: 6 },
  (_, i) => `<p>${LONG} Paragraph ${i + 1}.</p>`,
).join('')}</article>`;

/** Hides the elements the selectors name, as clean-up would have found them. */
function hideAll(doc: Document, sels: string[]): ClutterHit[] {
  const hits: ClutterHit[] = sels.map((sel) => ({
    element: doc.querySelector(sel) as Element,
    kind: 'share',
    rule: 'test',
  }));
  return hide(doc, hits, ['share']);
}

describe('contextSelectors: a weak own name inside a named ancestor', () => {
  it('anchors a layout-word class in its named parent, a two-letter class in a named ancestor', () => {
    const doc = page(
      `<div class="top-bar-style-1"><div class="td-header-sp-top-widget"><a href="/x">x</a></div></div>` +
        `<aside id="sidebar"><div class="holder"><div class="fb"><span>like</span></div></div></aside>`,
    );
    const widget = doc.querySelector('.td-header-sp-top-widget') as Element;
    expect(contextSelectors(widget)).toContain('div.top-bar-style-1 > div.td-header-sp-top-widget');
    const fb = doc.querySelector('.fb') as Element;
    expect(contextSelectors(fb)).toContain('#sidebar div.fb');
    for (const sel of [...contextSelectors(widget), ...contextSelectors(fb)])
      expect(isSafeSelector(sel), sel).toBe(true);
  });

  it('never a bare tag, a counter, a generated name or a state, and nothing without a named ancestor', () => {
    const doc = page(
      `<div id="share-rail"><div></div><div class="item-4411"></div><div class="sc-bdVaJa"></div><div class="is-open"></div></div>` +
        `<div><div class="row"><div class="fb"></div></div></div>`,
    );
    for (const el of Array.from(doc.querySelectorAll('#share-rail > div'))) expect(contextSelectors(el)).toEqual([]);
    expect(contextSelectors(doc.querySelector('.fb') as Element)).toEqual([]);
  });
});

describe('learnSiteSelectors with context names', () => {
  it('names a widget wrapped only in layout words by its named parent, not by the parts inside it', () => {
    const doc = page(
      `<div class="top-bar-style-1"><div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a href="https://facebook.com/harbour">f</a></span></div></div>${story}`,
    );
    const hidden = hideAll(doc, ['.td-header-sp-top-widget']);
    const lesson = runSync(learnSiteSelectors(doc, findArticle(doc), hidden, [], MAX_SITE_SELECTORS));
    expect(lesson.fresh).toEqual([{ sel: 'div.top-bar-style-1 > div.td-header-sp-top-widget', kind: 'share' }]);
  });

  it('a context name that also matches a widget left on the page is not used', () => {
    // Two "tools" boxes under the same named rail: only one is hidden, so neither name is unique.
    const doc = page(
      `<div class="share-rail"><div class="tools"><span>a</span></div><div class="tools"><span>b</span></div></div>${story}`,
    );
    const hidden = hideAll(doc, ['.tools']);
    const lesson = runSync(learnSiteSelectors(doc, findArticle(doc), hidden, [], MAX_SITE_SELECTORS));
    expect(lesson.fresh.map((f) => f.sel)).not.toContain('div.share-rail > div.tools');
    for (const { sel } of lesson.fresh)
      for (const m of doc.querySelectorAll(sel)) expect(m.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
  });
});
