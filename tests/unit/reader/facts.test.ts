// core/reader/facts: the reading view's facts line says the date and the
// dateline only where the kept header and first paragraph do not print them.
import { describe, expect, it } from 'vitest';
import { factsToShow } from '../../../src/core/reader/facts.ts';
import type { Dateline, Published } from '../../../src/core/types.ts';

const published = (date: string): Published => ({ date, iso: null, text: date, source: 'meta:article:published_time' });
const dateline = (text: string, place: string, agency: string | null): Dateline => ({ text, place, agency });

describe('factsToShow', () => {
  it('leaves out a date the kept header prints, in Arabic-Indic or Western digits', () => {
    const p = published('2024-06-03');
    expect(factsToShow('نشر في: الاثنين 3 يونيو 2024 - 11:15 صباحاً', '', p, null).date).toBe(false);
    expect(factsToShow('نشر في: الاثنين ٣ يونيو ٢٠٢٤', '', p, null).date).toBe(false);
    expect(factsToShow('Published June 03, 2024', '', p, null).date).toBe(false);
  });

  it('keeps the date when the header prints none, or another day', () => {
    const p = published('2024-06-03');
    expect(factsToShow('By Laura Bennett', '', p, null).date).toBe(true);
    expect(factsToShow('Updated 13 June 2024', '', p, null).date).toBe(true);
    expect(factsToShow('', '', null, null).date).toBe(false);
  });

  it('leaves out a dateline the first paragraph opens with, and keeps one it does not', () => {
    const dl = dateline('عمّان - بترا.', 'عمّان', 'بترا');
    expect(factsToShow('', 'عمّان - بترا. بدأت محطة جديدة العمل صباح اليوم', null, dl).dateline).toBe(false);
    expect(factsToShow('', 'بدأت محطة جديدة العمل صباح اليوم', null, dl).dateline).toBe(true);
    const en = dateline('MOSCOW (Reuters) -', 'MOSCOW', 'Reuters');
    expect(factsToShow('', '  MOSCOW (Reuters) - The Kremlin said on Monday', null, en).dateline).toBe(false);
  });
});
