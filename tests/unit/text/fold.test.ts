// core/text/fold.ts: the Arabic script's letter groups, written once, and the
// foldings built from them. Each folding folds the groups it names and no other:
// these blocks pin which, so that a change to one is a decision, not drift.
import { describe, expect, it } from 'vitest';
import { foldArabic as scoreFold } from '../../../src/cli/eval/score.ts';
import { foldText } from '../../../src/core/clutter/words.ts';
import { foldDatelineWord, foldName } from '../../../src/core/dateline/agencies.ts';
import { fold } from '../../../src/core/published/words.ts';
import { ALEF_HAMZA, charFolder, foldArabic, foldWord, HAMZA, KEHEH, TA_MARBUTA } from '../../../src/core/text/fold.ts';

describe('charFolder', () => {
  it('replaces the letters of its groups and of `also`, drops `drop`, in one pass', () => {
    const f = charFolder({ letters: [ALEF_HAMZA, TA_MARBUTA, HAMZA], also: { x: 'y' }, drop: '\\u064B-\\u0652' });
    expect(f('أَمِيرة')).toBe('اميره');
    expect(f('سماء')).toBe('سما');
    expect(f('xax')).toBe('yay');
    // One pass: what a replacement writes is never read again.
    expect(charFolder({ letters: [KEHEH], also: { ك: 'X' } })('کك')).toBe('كX');
  });

  it('folds runs of whitespace to one space only when asked', () => {
    expect(charFolder({ letters: [TA_MARBUTA], spaceRuns: true })('a \t\n b')).toBe('a b');
    expect(charFolder({ letters: [TA_MARBUTA] })('a \t b')).toBe('a \t b');
  });
});

describe('the foldings and the letters each folds', () => {
  it('foldArabic / foldWord (quotes): alefs, ya and waw with hamza, the Persian ya, ta marbuta, hamza; not alef maqsura', () => {
    expect(foldArabic('أإآٱ ئی ؤ ة ء ى')).toBe('اااا يي و ه  ى');
    expect(foldArabic('مُحَمَّـد')).toBe('محمد');
    expect(foldWord('ＡＢＣ أحمد')).toBe('abc احمد');
  });

  it('the clutter labels: hamza alefs, alef maqsura, ta marbuta, curly apostrophes; marks, joiners and spacing', () => {
    expect(foldText('  شارِكْ   المقالة ')).toBe('شارك المقاله');
    expect(foldText('إلى')).toBe('الي');
    expect(foldText('ٱ ی ک')).toBe('ٱ ی ک');
    expect(foldText('Don’t  MISS')).toBe("don't miss");
    expect(foldText('نظر\u200cات')).toBe('نظرات');
  });

  it('the date parser: alefs, alef maqsura and the Persian ya, keheh, ё; marks; digits and odd spaces', () => {
    expect(fold('آذار ٢٠٢٤')).toBe('اذار 2024');
    expect(fold('ى ی ک')).toBe('ي ي ك');
    expect(fold('ة ؤ')).toBe('ة ؤ');
    expect(fold('Сентябрь\u00a0ёж')).toBe('сентябрь еж');
  });

  it('the dateline: alefs, Persian, Urdu and Pashto ya, keheh, the ha forms and ta marbuta; dots and spacing', () => {
    expect(foldDatelineWord('إسلام آباد')).toBe('اسلام اباد');
    expect(foldDatelineWord('کراچی')).toBe('كراچي');
    expect(foldDatelineWord('ہۀھة')).toBe('هههه');
    expect(foldDatelineWord('U.S.  ')).toBe('u s');
    // Alef maqsura stays apart from ya in words (على is a stop word), not in names.
    expect(foldDatelineWord('على')).toBe('على');
    expect(foldName('على')).toBe('علي');
  });

  it('the scoreboard (LABELS.md): alefs, hamza seats, every ya form, ta marbuta; harakat stay', () => {
    expect(scoreFold('أإآٱ ؤ ئىی ء ة')).toBe('اااا و ييي  ه');
    expect(scoreFold('مُحَمَّد')).toBe('مُحَمَّد');
  });
});
