// What a cleaned page teaches the site's stylesheet (core/site-selectors.ts,
// issue 16): names of the page's own words, never counters, hashes, states or
// layout; a first article's widgets learned by name, confirmed or refuted by the
// next.
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/article/index.ts';
import { hide, HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import { findClutter } from '../../../src/core/clutter/index.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { isNamingToken, learnSiteSelectors, namingSelectors } from '../../../src/core/site-selectors.ts';
import { runSync } from '../../../src/core/slice.ts';
import { isSafeSelector, MAX_SITE_SELECTORS } from '../../../src/shared/site-styles.ts';
import { fixtureDoc as fixture } from '../fixture.ts';

describe('what a cleaned page teaches', () => {
  it('names: words of the page, not counters, hashes, states or layout', () => {
    for (const t of ['story-share', 'social-share', 'a2a_kit', 'comments', 'shareBar', 'شارك'])
      expect(isNamingToken(t), t).toBe(true);
    for (const t of [
      'row',
      'col-md-6',
      'css-1q2w3e',
      'sc-bdVaJa',
      'post-12345',
      'is-active',
      'wrapper',
      'x',
      'main-content',
    ])
      expect(isNamingToken(t), t).toBe(false);
    const el = new DOMParser().parseFromString(
      '<div id="post-4411" class="row share-tools is-open" data-component="share-bar" style="x">',
      'text/html',
    ).body.firstElementChild as Element;
    const sels = namingSelectors(el);
    expect(sels).toEqual(['div.share-tools', 'div[data-component="share-bar"]']);
    expect(sels.every(isSafeSelector)).toBe(true);
  });

  function cleaned(name: string) {
    const doc = fixture(name);
    const article = findArticle(doc, walkPage(doc));
    const hits = findClutter(doc, article);
    const hidden = hide(doc, hits, ['share', 'comments']);
    return { doc, article, hidden };
  }

  it('learns the share bar and the comments of a first article, by name', () => {
    const { doc, article, hidden } = cleaned('e2e-site-article-1.html');
    const lesson = runSync(learnSiteSelectors(doc, article, hidden, [], MAX_SITE_SELECTORS));
    expect(lesson.fresh).toEqual([
      { sel: 'div.story-share', kind: 'share' },
      { sel: '#comments', kind: 'comments' },
    ]);
    // Each matches only hidden widgets on its page.
    for (const { sel } of lesson.fresh)
      for (const m of doc.querySelectorAll(sel)) expect(m.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
  });

  it('a second article of the site confirms them; a selector on the article’s text is unsafe', () => {
    const { doc, article, hidden } = cleaned('e2e-site-article-2.html');
    const stored = ['div.story-share', '#comments', 'div.story-body', 'div.not-on-this-page'];
    const lesson = runSync(learnSiteSelectors(doc, article, hidden, stored, MAX_SITE_SELECTORS));
    expect([...lesson.confirmed].sort()).toEqual(['#comments', 'div.story-share']);
    expect([...lesson.unsafe]).toEqual(['div.story-body']);
    // Already covered by a confirmed selector: nothing new.
    expect(lesson.fresh).toEqual([]);
  });
});
