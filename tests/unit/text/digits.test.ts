// core/text/digits.ts: one digit folder for the publication date, the reading
// view's facts and detection's printed date.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateNearHeadline } from '../../../src/core/detect/shape.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { normalizeDigits } from '../../../src/core/text/digits.ts';

describe('normalizeDigits', () => {
  it('reads Arabic-Indic, Persian and full-width digits as ASCII', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('٢٤ يوليو ٢٠١٥')).toBe('24 يوليو 2015');
  });

  it('leaves every other character as it is', () => {
    expect(normalizeDigits('May 21, 2024 — ٪ ، ۔ Ａ')).toBe('May 21, 2024 — ٪ ، ۔ Ａ');
  });
});

describe('a date printed by the headline, in any digits', () => {
  const printed = (date: string): boolean => {
    const { document } = new JSDOM(
      `<body><article><h1>見出しの長いタイトルがここにある</h1><p class="date">${date}</p><p>本文</p></article></body>`,
    ).window;
    return dateNearHeadline(walkPage(document));
  };

  it('counts ASCII, Arabic-Indic and full-width digits alike', () => {
    expect(printed('2024年4月18日')).toBe(true);
    expect(printed('٢٠٢٤-٠٤-١٨')).toBe(true);
    expect(printed('２０２４年４月１８日')).toBe(true);
    expect(printed('四月十八日')).toBe(false);
  });
});
