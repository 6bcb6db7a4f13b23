import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import {
  countDate,
  dateScores,
  foldArabic,
  hasVisibleContent,
  judgeDateline,
  longestCommonSubstring,
  matchQuotes,
  normalizeField,
  normalizeText,
  quoteOverlap,
  speakerMatches,
  visibleTextOf,
  widgetRemoved,
  type DateCounts,
} from '../../../src/cli/eval/score.ts';

describe('normalizeText', () => {
  it('applies NFKC, drops quotation marks and tatweel, folds case and whitespace', () => {
    expect(normalizeText('  «Hello\u00a0\n World»  ')).toBe('hello world');
    // NFKC: full-width letters and the ﬁ ligature become plain ASCII.
    expect(normalizeText('ＡＢＣ ﬁne')).toBe('abc fine');
    // Tatweel (U+0640) is removed: كـبـير → كبير.
    expect(normalizeText('كـبـير')).toBe('كبير');
    expect(normalizeText('“Мы”  „gut“ 「はい」')).toBe('мы gut はい');
  });
});

describe('foldArabic', () => {
  it('folds alef, hamza, ya and ta marbuta variants', () => {
    expect(foldArabic('أحمد إبراهيم آمنة')).toBe('احمد ابراهيم امنه');
    expect(foldArabic('مؤتمر رئيس مستشفى')).toBe('موتمر رييس مستشفي');
    // Persian ya (U+06CC) folds like Arabic ya.
    expect(foldArabic('علی')).toBe('علي');
  });
});

describe('quote overlap', () => {
  it('computes the longest common substring', () => {
    expect(longestCommonSubstring('abcdef', 'zcdez')).toBe(3);
    expect(longestCommonSubstring('', 'abc')).toBe(0);
  });

  it('matches when overlap ≥ 80% of the labelled text and found ≤ 1.25× longer', () => {
    const label = 'abcdefghij'; // 10 chars
    expect(quoteOverlap('abcdefgh', label)).toBe(8); // 8/10 = 80%: match
    expect(quoteOverlap('abcdefg', label)).toBe(0); // 7/10: no match
    expect(quoteOverlap('xabcdefghij', label)).toBe(10); // 11 ≤ 12.5: match
    expect(quoteOverlap('xyzabcdefghij', label)).toBe(0); // 13 > 12.5: too long
    // Normalization first: marks and case do not count against a match.
    expect(quoteOverlap('«ABCDEFGHIJ»', label)).toBe(10);
  });

  it('matches one to one, each labelled quote taking the best unmatched found quote', () => {
    const labeled = ['the economy is growing fast', 'we will not give up'];
    const found = ['we will not give up', 'the economy is growing', 'the economy is growing fast'];
    // Label 0 prefers found 2 (full overlap 27) over found 1 (22 ≥ 21.6 also matches).
    expect(matchQuotes(found, labeled)).toEqual([
      [2, 0],
      [0, 1],
    ]);
    // The same found quote cannot match two labelled ones.
    expect(matchQuotes(['we will not give up'], ['we will not give up', 'we will not give up'])).toEqual([[0, 0]]);
  });
});

describe('speakerMatches', () => {
  it('uses the last-word rule in both directions', () => {
    expect(speakerMatches('President Vladimir Putin', 'Putin')).toBe(true);
    expect(speakerMatches('Putin', 'Vladimir Putin')).toBe(true);
    expect(speakerMatches('Joe Biden', 'Vladimir Putin')).toBe(false);
    expect(speakerMatches(null, 'Putin')).toBe(false);
  });

  it('folds Arabic letters and works without spaces (CJK)', () => {
    // Labelled with hamza-alef, found with bare alef and ta marbuta written as ha.
    expect(speakerMatches('الرئيس احمد', 'أحمد')).toBe(true);
    expect(speakerMatches('وزارة الصحه', 'وزارة الصحة')).toBe(true);
    expect(speakerMatches('国家主席习近平', '习近平')).toBe(true);
    expect(speakerMatches('李克强', '习近平')).toBe(false);
  });
});

describe('datelines', () => {
  it('normalizes fields and drops edge punctuation', () => {
    expect(normalizeField('(Reuters)')).toBe('reuters');
    expect(normalizeField(' /ТАСС/. ')).toBe('тасс');
    expect(normalizeField(null)).toBeNull();
  });

  it('judges ok, invented, missed and wrong', () => {
    const want = { place: 'MOSCOW', agency: 'Reuters' };
    expect(judgeDateline({ place: 'Moscow', agency: 'REUTERS' }, want)).toBe('ok');
    expect(judgeDateline({ place: 'Moscow', agency: null }, want)).toBe('wrong');
    expect(judgeDateline(null, want)).toBe('missed');
    expect(judgeDateline({ place: 'Paris', agency: null }, null)).toBe('invented');
    expect(judgeDateline(null, null)).toBe('ok');
    expect(judgeDateline({ place: 'موسكو', agency: 'سبوتنيك' }, { place: 'موسكو', agency: 'سبوتنيك' })).toBe('ok');
  });
});

describe('htmldate-style date counting', () => {
  it('counts TP, FP, FN and derives precision, recall, accuracy and F', () => {
    let c: DateCounts = { tp: 0, fp: 0, fn: 0, pages: 0 };
    c = countDate(c, '2020-01-01', '2020-01-01'); // TP
    c = countDate(c, '2020-01-02', '2020-01-02'); // TP
    c = countDate(c, '2020-01-03', '2020-01-03'); // TP
    c = countDate(c, '2019-12-31', '2020-01-04'); // FP
    c = countDate(c, null, '2020-01-05'); // FN
    expect(c).toEqual({ tp: 3, fp: 1, fn: 1, pages: 5 });
    const s = dateScores(c);
    expect(s.precision).toBeCloseTo(0.75, 10); // 3 / 4
    expect(s.recall).toBeCloseTo(0.75, 10); // 3 / 4
    expect(s.accuracy).toBeCloseTo(0.6, 10); // 3 / 5
    expect(s.f).toBeCloseTo(0.75, 10);
  });

  it('gives zeros instead of NaN when nothing was returned', () => {
    const s = dateScores({ tp: 0, fp: 0, fn: 2, pages: 2 });
    expect(s).toEqual({ precision: 0, recall: 0, accuracy: 0, f: 0 });
  });
});

describe('visibility (clutter recall and keep)', () => {
  const page = (): Document =>
    new DOMParser().parseFromString(
      '<div class="share"><a href="#">Share</a></div>' +
        '<div class="comments"><span>Comments</span></div>' +
        '<div class="empty"><span> </span></div>' +
        '<div class="bar"><button class="b"></button></div>' +
        '<p id="body">The minister said the <b>budget</b> is final.</p>' +
        '<div class="inline" style="color: red; display:none">Hidden text</div>' +
        '<div class="inner"><span hidden>x</span></div>',
      'text/html',
    );

  it('treats a widget as removed only when nothing visible with content is left', () => {
    const doc = page();
    expect(widgetRemoved(doc, '.share')).toBe(false);
    expect(widgetRemoved(doc, '.empty')).toBe(true); // whitespace only
    expect(widgetRemoved(doc, '.bar')).toBe(false); // an empty button still counts
    expect(widgetRemoved(doc, '.inline')).toBe(true); // inline display:none
    expect(widgetRemoved(doc, '.inner')).toBe(true); // its only content is [hidden]
    doc.querySelector('.share')?.setAttribute(HIDDEN_ATTR, 'share');
    expect(widgetRemoved(doc, '.share')).toBe(true);
    // Hiding an ancestor hides the widget too.
    doc.body.setAttribute(HIDDEN_ATTR, 'comments');
    expect(hasVisibleContent(doc.querySelector('.comments') as Element)).toBe(false);
  });

  it('finds keep sentences across inline markup, and loses them when hidden', () => {
    const doc = page();
    const keep = normalizeText('The minister said the budget is final.');
    expect(visibleTextOf(doc).includes(keep)).toBe(true);
    expect(visibleTextOf(doc).includes('hidden text')).toBe(false);
    doc.getElementById('body')?.setAttribute(HIDDEN_ATTR, 'share');
    expect(visibleTextOf(doc).includes(keep)).toBe(false);
  });
});

describe('htmldate-style counting without a gold date', () => {
  it('counts any returned day as FP and nothing as FN', () => {
    let c: DateCounts = { tp: 0, fp: 0, fn: 0, pages: 0 };
    c = countDate(c, '2020-01-01', null);
    c = countDate(c, null, null);
    expect(c).toEqual({ tp: 0, fp: 1, fn: 1, pages: 2 });
  });
});
