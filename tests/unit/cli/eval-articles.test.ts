// The article-body benchmark's metric (scrapinghub's evaluate.py, as its README
// states it), checked against examples computed by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyScores,
  checkReader,
  precisionOf,
  publishedRows,
  readerSummary,
  recallOf,
  shingleMatch,
  shingles,
  tokenize,
} from '../../../src/cli/eval/articles.ts';

describe('tokenize (Python’s \\w+ on str)', () => {
  it('keeps letters, digits and underscores of every script, and splits at punctuation', () => {
    expect(tokenize('Hello, world! 12_ab café')).toEqual(['Hello', 'world', '12_ab', 'café']);
    expect(tokenize('قال: «نعم» 東京タワー、３つ')).toEqual(['قال', 'نعم', '東京タワー', '３つ']);
  });

  it('splits at combining marks, as Python does (Arabic harakat, Devanagari signs)', () => {
    expect(tokenize('مُحَمَّد')).toEqual(['م', 'ح', 'م', 'د']);
    expect(tokenize('नमस्ते')).toEqual(['नमस', 'त']);
  });
});

describe('shingles', () => {
  it('are the runs of 4 tokens, counted', () => {
    const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });

  it('make one shingle of a text shorter than 4 tokens, and none of an empty one', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a\u0001b', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('shingleMatch, precision and recall of one page', () => {
  it('a b c d e against a b c d x: one shingle each way, normalised to thirds', () => {
    const m = shingleMatch('a b c d e', 'a b c d x');
    expect(m.tp).toBeCloseTo(1 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBeCloseTo(1 / 3);
    expect(precisionOf(m)).toBeCloseTo(0.5);
    expect(recallOf(m)).toBeCloseTo(0.5);
  });

  it('counts multiplicity: a repeated shingle predicted once is found once', () => {
    // Truth: abcd ×2, bcda, cdab, dabc (5); predicted: abcd. tp 1, fn 4, fp 0.
    const m = shingleMatch('a b c d a b c d', 'a b c d');
    expect(m.tp).toBeCloseTo(0.2);
    expect(m.fn).toBeCloseTo(0.8);
    expect(m.fp).toBe(0);
    expect(precisionOf(m)).toBe(1);
    expect(recallOf(m)).toBeCloseTo(0.2);
  });

  it('an empty prediction of an empty body is perfect', () => {
    const m = shingleMatch('', '');
    expect(precisionOf(m)).toBe(1);
    expect(recallOf(m)).toBe(1);
  });
});

describe('bodyScores over pages', () => {
  it('averages precision over pages that predicted something and recall over pages with a body', () => {
    const s = bodyScores([
      { truth: 'a b c d e', predicted: 'a b c d x' }, // P 0.5, R 0.5
      { truth: 'a b c d a b c d', predicted: 'a b c d' }, // P 1, R 0.2
      { truth: 'e f g h i', predicted: '' }, // no precision; R 0
      { truth: '', predicted: '' }, // neither
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.7 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (0.7 / 3)) / (0.75 + 0.7 / 3));
    // Exact token lists: only the empty page.
    expect(s.accuracy).toBeCloseTo(0.25);
  });

  it('accuracy ignores punctuation and spacing, not case', () => {
    expect(bodyScores([{ truth: 'One, two.\nThree', predicted: 'One two Three' }]).accuracy).toBe(1);
    expect(bodyScores([{ truth: 'One two', predicted: 'one two' }]).accuracy).toBe(0);
  });
});

describe('publishedRows', () => {
  it('reads the rows of the README table', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clearline-articles-'));
    writeFileSync(
      path.join(dir, 'README.md'),
      '# x\n\n| system | F1 | P | R |\n|---|---|---|---|\n| tool A 1.0 | 0.970 | 0.951 | 0.990 |\n| tool B | 0.665 | 0.500 | 0.994 |\n\ntext\n',
    );
    expect(publishedRows(dir)).toEqual([
      ['tool A 1.0', '0.970', '0.951', '0.990'],
      ['tool B', '0.665', '0.500', '0.994'],
    ]);
  });
});

describe('checkReader: the reading view on a labelled page', () => {
  const doc = new DOMParser().parseFromString(
    '<body><p>Body one.</p><div class="share"><a>Share</a> <a>Email</a></div><div id="c"><p>Great piece, thanks!</p></div></body>',
    'text/html',
  );
  const label = {
    id: 'x',
    lang: 'en',
    url: null,
    isNews: true,
    published: null,
    dateline: null,
    quotes: [],
    clutter: { share: ['.share'], comments: ['#c', '.absent'] },
    keep: ['The mayor opened the bridge.', 'Traffic will ease.', 'A sentence the page never showed.'],
  };

  it('counts keep sentences in the text, across line breaks, leaving out those the page never showed', () => {
    const c = checkReader(doc, 'The mayor opened\nthe bridge. People cheered.', label, [
      'A sentence the page never showed.',
    ]);
    expect([c.keepFound, c.keepTotal]).toEqual([1, 2]);
    expect(c.lost).toEqual(['Traffic will ease.']);
  });

  it('counts a widget as shown when one of its lines is a whole line of the text, not when a word of it is in a sentence', () => {
    const c = checkReader(doc, 'Share your views with the mayor.\nGreat piece, thanks!', label, []);
    expect([c.widgetsShown, c.widgets]).toEqual([1, 2]);
    expect(c.shown).toEqual(['#c: great piece, thanks!']);
  });

  it('a widget that repeats a line of the article (a form naming the headline) shows only when the text has that line more often than the page outside widgets', () => {
    const page = new DOMParser().parseFromString(
      '<body><h1>Bridge opens</h1><p>Body one.</p><div class="share"><p>Report: Bridge opens</p><p>Bridge opens</p></div></body>',
      'text/html',
    );
    const own = { ...label, clutter: { share: ['.share'], comments: [] } };
    const once = checkReader(page, 'Bridge opens\nBody one.', own, []);
    expect([once.widgetsShown, once.widgets]).toEqual([0, 1]);
    const twice = checkReader(page, 'Bridge opens\nBody one.\nBridge opens', own, []);
    expect(twice.widgetsShown).toBe(1);
  });

  it('totals: the keep share and the widgets shown', () => {
    const a = checkReader(doc, 'The mayor opened the bridge. Traffic will ease.', label, [
      'A sentence the page never showed.',
    ]);
    const b = checkReader(doc, 'Share Email', label, []);
    const s = readerSummary([a, b]);
    expect(s.totals).toEqual({ 'reader.keep': 0.4, 'reader.widgetsShown': 1 });
    expect(s.lines.join('\n')).toContain('x: widget in article.text: .share: share email');
  });
});
