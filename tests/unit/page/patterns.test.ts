// core/page/patterns.ts: the class/id word groups that the page's widget words
// and the reading view's furniture words both match are written once; the
// state and embed patterns the view extends are the page's plus its own.
import { describe, expect, it } from 'vitest';
import {
  classParts,
  EMBED_CLASS,
  SHARED_WIDGET_PARTS,
  STATE_TOKEN,
  WIDGET_ALTERNATION,
} from '../../../src/core/page/patterns.ts';
import { CHROME_WORDS, EMBED_CLASS as VIEW_EMBED_CLASS, VIEW_STATE_TOKEN } from '../../../src/core/reader/patterns.ts';

/** The page's widget words over one class part (widgetWordLevel reads them through WIDGET_PART). */
const WIDGET_WORDS = classParts(WIDGET_ALTERNATION);

describe('the shared widget word groups', () => {
  it('are widget words of the page and furniture of the reading view alike', () => {
    for (const part of [
      'comments',
      'Disqus',
      'sharebar',
      'relacionadas',
      'recommendations',
      'newsletter',
      'advertising',
      'sponsored',
      'breadcrumb',
      'cookies',
      'mostread',
    ])
      expect([WIDGET_WORDS.test(part), CHROME_WORDS.test(part)], part).toEqual([true, true]);
    expect(SHARED_WIDGET_PARTS.split('|').length).toBeGreaterThan(20);
  });

  it('match a whole class part, never a piece of one', () => {
    for (const part of ['commentary', 'shared', 'relatedness', 'head']) {
      expect(WIDGET_WORDS.test(part), part).toBe(false);
      expect(CHROME_WORDS.test(part), part).toBe(false);
    }
  });

  it('each pattern keeps its own words besides', () => {
    // The page: bylines, captions and galleries hold no body text.
    expect(['byline', 'caption', 'gallery'].map((w) => WIDGET_WORDS.test(w))).toEqual([true, true, true]);
    expect(['byline', 'caption', 'gallery'].map((w) => CHROME_WORDS.test(w))).toEqual([false, false, false]);
    // The view: ad slots, paywalls and menus are furniture.
    expect(['adslot', 'paywall', 'menu'].map((w) => CHROME_WORDS.test(w))).toEqual([true, true, true]);
    expect(['adslot', 'paywall', 'menu'].map((w) => WIDGET_WORDS.test(w))).toEqual([false, false, false]);
  });
});

describe('state tokens and embeds', () => {
  it('a class token that states a condition, for the page and the view', () => {
    for (const t of ['is-open', 'has-sidebar', 'no-ads', 'modal-enabled', 'menu_open'])
      expect([STATE_TOKEN.test(t), VIEW_STATE_TOKEN.test(t)], t).toEqual([true, true]);
    expect([STATE_TOKEN.test('share-bar'), VIEW_STATE_TOKEN.test('share-bar')]).toEqual([false, false]);
    // "without-…" is a state for the view only: on the page, "without-banner" still names a banner.
    expect([STATE_TOKEN.test('without-banner'), VIEW_STATE_TOKEN.test('without-banner')]).toEqual([false, true]);
  });

  it('embedded posts: the page’s, and the players the view adds', () => {
    for (const c of ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'fb-post', 'reddit-card'])
      expect([EMBED_CLASS.test(c), VIEW_EMBED_CLASS.test(c)], c).toEqual([true, true]);
    for (const c of ['twitter-video', 'bluesky-embed'])
      expect([EMBED_CLASS.test(c), VIEW_EMBED_CLASS.test(c)], c).toEqual([false, true]);
  });
});
