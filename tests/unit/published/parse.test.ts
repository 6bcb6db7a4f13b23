import { describe, expect, it } from 'vitest';
import {
  dayOf,
  hijriToGregorian,
  isoOf,
  parseMachineDate,
  parseTextDates,
  parseUrlDate,
  persianToGregorian,
} from '../../../src/core/published/parse.ts';

/** The first day printed in a text, as YYYY-MM-DD. */
const day = (text: string, lang: string | null): string | null => {
  const p = parseTextDates(text, lang)[0];
  return p ? dayOf(p) : null;
};

describe('parseTextDates: Arabic', () => {
  it('reads the seed line with both month series and a lost space after GMT', () => {
    const [p] = parseTextDates('19:04 GMT28 أكتوبر/ تشرين الأول 2021', 'ar');
    expect(p && dayOf(p)).toBe('2021-10-28');
    expect(p && isoOf(p)).toBe('2021-10-28T19:04:00Z');
  });
  it.each([
    ['31 مارس (آذار) 2020', '2020-03-31'],
    ['15 كانون الثاني 2020', '2020-01-15'],
    ['3 تشرين الثاني 2019', '2019-11-03'],
    ['9 آب/اغسطس 2013', '2013-08-09'],
    ['12 جانفي 2021', '2021-01-12'],
    ['4 فيفري 2020', '2020-02-04'],
    ['5 يوليوز 2019', '2019-07-05'],
    ['3 غشت 2018', '2018-08-03'],
    ['9 شتنبر 2020', '2020-09-09'],
    ['1 نونبر 2020', '2020-11-01'],
    ['25 دجنبر 2019', '2019-12-25'],
    ['28 اكتوبر 2021', '2021-10-28'],
    ['2 ابريل 2020', '2020-04-02'],
    ['الخميس ٢٨ أكتوبر ٢٠٢١', '2021-10-28'],
    ['الأحد، 04 آب/اغسطس 2013', '2013-08-04'],
  ])('%s', (text, want) => {
    expect(day(text, 'ar')).toBe(want);
  });
  it('converts a Hijri date with Intl islamic calendars', () => {
    expect(day('الجمعة 23 ربيع الأول 1443 هـ', 'ar')).toBe('2021-10-29');
    expect(hijriToGregorian(1443, 3, 23)).toMatchObject({ y: 2021, m: 10, d: 29 });
  });
  it('prefers the Gregorian day when both calendars are printed', () => {
    expect(day('23 ربيع الأول 1443 الموافق 29 أكتوبر 2021', 'ar')).toBe('2021-10-29');
  });
});

describe('parseTextDates: Persian', () => {
  it('reads Solar Hijri dates and Persian digits', () => {
    expect(day('۲۹ بهمن ۱۳۹۸', 'fa')).toBe('2020-02-18');
    expect(persianToGregorian(1398, 11, 29)).toMatchObject({ y: 2020, m: 2, d: 18 });
    expect(day('۲۸ اکتبر ۲۰۲۱', 'fa')).toBe('2021-10-28');
  });
  it('reads Persian month names typed with the Arabic yeh (تير for تیر)', () => {
    expect(day('2 تير 1399 - 12:09:08 ب.ظ', 'fa')).toBe('2020-06-22');
  });
});

describe('parseTextDates: other languages', () => {
  it.each([
    ['28 октября 2021', 'ru', '2021-10-28'],
    ['28 окт. 2021, 12:00', 'ru', '2021-10-28'],
    ['21 вересня 2020', 'uk', '2020-09-21'],
    ['15 октомври 2020', 'bg', '2020-10-15'],
    ['mardi 5 juin 2018', 'fr', '2018-06-05'],
    ['le 1er févr. 2020', 'fr', '2020-02-01'],
    ['7 de octubre de 2020', 'es', '2020-10-07'],
    ['6 dicembre 2020', 'it', '2020-12-06'],
    ['1 de maio de 2020', 'pt', '2020-05-01'],
    ['28. Oktober 2021', 'de', '2021-10-28'],
    ['25. Nov. 2021 16:11 Uhr', 'de', '2021-11-25'],
    ['19.11.2021', 'de', '2021-11-19'],
    ['Von Redaktion 4. 2. 2022.', 'de', '2022-02-04'],
    ['2020年4月1日 10:29', 'zh', '2020-04-01'],
    ['2018年6月18日', 'ja', '2018-06-18'],
    ['2025년 5월 15일', 'ko', '2025-05-15'],
    ['2025. 05. 15 20:00', 'ko', '2025-05-15'],
    ['October 28, 2021', 'en', '2021-10-28'],
    ['Oct 28th, 2021', 'en', '2021-10-28'],
    ['28 Oct 2021', 'en', '2021-10-28'],
    ['10/28/2021', 'en', '2021-10-28'],
    ['28/10/2021', 'fr', '2021-10-28'],
  ])('%s (%s)', (text, lang, want) => {
    expect(day(text, lang)).toBe(want);
  });
  it('keeps the printed zone of a time', () => {
    const [p] = parseTextDates('Oct. 28, 2021 7:04 p.m. EDT', 'en');
    expect(p && isoOf(p)).toBe('2021-10-28T19:04:00-04:00');
  });
  it('finds nothing in text without a day', () => {
    expect(parseTextDates('ISSN 2222-2464, call +49 30 284447-42', 'de')).toEqual([]);
    expect(parseTextDates('Vogel des Jahres 2022', 'de')).toEqual([]);
  });
});

describe('parseMachineDate and parseUrlDate', () => {
  it('keeps the publisher offset and day', () => {
    const p = parseMachineDate('2021-10-28T23:30:00-05:00', null);
    expect(p && dayOf(p)).toBe('2021-10-28');
    expect(p && isoOf(p)).toBe('2021-10-28T23:30:00-05:00');
  });
  it.each([
    ['20200414T00:38:07Z', '2020-04-14'],
    ['2020-12-05T23:15:0Z', '2020-12-05'],
    ['Thu, 28 Oct 2021 19:04:00 +0000', '2021-10-28'],
    ['1635447840', '2021-10-28'],
    ['11/01/2023 12:43:42', '2023-11-01'],
  ])('%s', (v, want) => {
    const p = parseMachineDate(v, 'de');
    expect(p && dayOf(p)).toBe(want);
  });
  it('reads URL dates', () => {
    expect(dayOf(parseUrlDate('https://example.org/2021/10/28/slug.html')!)).toBe('2021-10-28');
    expect(dayOf(parseUrlDate('https://example.org/news/20211028/slug.html')!)).toBe('2021-10-28');
    expect(dayOf(parseUrlDate('https://example.org/2013/middle_east/8/3/story/index.html')!)).toBe('2013-08-03');
    expect(parseUrlDate('https://example.org/news/story-123456.html')).toBeNull();
    expect(parseUrlDate('https://web.archive.org/web/20160218174457/http://example.org/2010/05/story/')).toBeNull();
  });
  it('reads day-first URL dates, in the page language order when ambiguous', () => {
    const day = (url: string, lang: string | null = null): string | null => {
      const p = parseUrlDate(url, lang);
      return p ? dayOf(p) : null;
    };
    expect(day('https://example.org/presse/meldungen/29-10-2021')).toBe('2021-10-29');
    expect(day('https://example.org/detail/~02-01-2022-land-zahlt-praemie')).toBe('2022-01-02');
    expect(day('https://example.org/aktuelles/08112021-fachtag-zum-tag')).toBe('2021-11-08');
    expect(day('https://example.org/news/03.04.2019/story.html')).toBe('2019-04-03');
    expect(day('https://example.org/news/03-04-2019-story', 'en')).toBe('2019-03-04');
    expect(day('https://example.org/news/10-28-2021-story', 'de')).toBe('2021-10-28');
    // Version numbers and long IDs are not dates.
    expect(day('https://example.org/download/1.2.2010.3/')).toBeNull();
    expect(day('https://example.org/a/story,123081120215')).toBeNull();
  });
});
