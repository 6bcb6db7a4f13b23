// core/page/non-body.ts, widgetWordLevel: one search of the whole class/id
// string (WIDGET_PART) answers 0 before any token is split when no part is a
// widget word, and each token is searched whole instead of split into parts.
// The answer must be the part-by-part reading's on every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widgetWordLevel } from '../../../src/core/page/non-body.ts';
import {
  BODY_WORDS,
  classParts,
  STATE_TOKEN,
  WEAK_ALTERNATION,
  WIDGET_ALTERNATION,
} from '../../../src/core/page/patterns.ts';

/** Each word list as a pattern over one class part, as widgetWordLevel tested them before. */
const WIDGET_WORDS = classParts(WIDGET_ALTERNATION);
const WEAK_WIDGET_WORDS = classParts(WEAK_ALTERNATION);

/** The part-by-part reading (widgetWordLevel before): every part of every token, each against both word lists. */
function byTokens(ci: string): 0 | 1 | 2 {
  if (!ci || BODY_WORDS.test(ci)) return 0;
  let level: 0 | 1 | 2 = 0;
  for (const token of ci.split(/\s+/u)) {
    if (!token || STATE_TOKEN.test(token)) continue;
    for (const part of token.split(/[-_]+/u)) {
      if (WIDGET_WORDS.test(part)) return 2;
      if (WEAK_WIDGET_WORDS.test(part)) level = 1;
    }
  }
  return level;
}

const WORDS = [
  'comments',
  'Comment',
  'share',
  'SHARE',
  'sharebar',
  'social',
  'ads',
  'head',
  'header',
  'related',
  'relatedness',
  'article',
  'body',
  'article-body',
  'story',
  'text',
  'is',
  'has',
  'open',
  'nav',
  'navbar',
  'menu',
  'wrapper',
  'col',
  'md',
  '8',
  'byline',
  'gallery',
  'taboola',
  'more',
  'stories',
  'commentary',
  'ad',
  'adv',
  'advert',
];
const SEPARATORS = ['-', '_', '--', '__', ' ', '  ', '\t', '\n', ''];

describe('widgetWordLevel', () => {
  it('answers as the token-by-token reading does, on any class/id string', () => {
    const classString = fc
      .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
      .map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(classString, fc.string()), (ci) => {
        expect(widgetWordLevel(ci)).toBe(byTokens(ci));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds a word only as a whole part of a token', () => {
    expect(widgetWordLevel('article-comments')).toBe(2);
    expect(widgetWordLevel('col-md-8 share_bar')).toBe(1);
    expect(widgetWordLevel('commentary header headline')).toBe(0);
    expect(widgetWordLevel('share-comments')).toBe(2); // the weak part first, the strong one after it
    expect(widgetWordLevel('post social-links')).toBe(1);
    expect(widgetWordLevel('is-open comments')).toBe(2);
    expect(widgetWordLevel('has-comments')).toBe(0); // a state token names no part
    expect(widgetWordLevel('story-body share')).toBe(0); // the body's own wrapper
  });
});
