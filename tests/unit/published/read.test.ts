// Every candidate is parsed once at most, and only when a rule asks (read.ts): the parsers are
// wrapped to count their calls while the whole resolution runs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as parse from '../../../src/core/published/parse.ts';
import { resolvePublished } from '../../../src/core/published/resolve.ts';
import { readEvidence } from '../../../src/core/published/read.ts';
import { NOW, ld, meta, printed, time, urlOf } from './helpers.ts';

vi.mock('../../../src/core/published/parse.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/published/parse.ts')>();
  return {
    ...real,
    parseMachineDate: vi.fn(real.parseMachineDate),
    parseTextDates: vi.fn(real.parseTextDates),
    parseUrlDate: vi.fn(real.parseUrlDate),
  };
});

/** The texts each parser was called with. */
function calls(): string[] {
  return [
    ...vi.mocked(parse.parseMachineDate).mock.calls.map(([v]) => v),
    ...vi.mocked(parse.parseTextDates).mock.calls.map(([v]) => v),
    ...vi.mocked(parse.parseUrlDate).mock.calls.map(([v]) => v),
  ];
}

describe('each candidate parsed once', () => {
  beforeEach(() => vi.clearAllMocks());

  it('parses nothing until a rule asks, and a candidate asked twice once', () => {
    const ctx = readEvidence({ candidates: [ld('2020-02-18T02:18:11Z'), printed('header', '17.02.2020')] }, 'de', NOW);
    expect(calls()).toEqual([]);
    const [first] = ctx.candidates;
    const day = first?.parsed;
    expect(first?.parsed).toBe(day);
    expect(calls()).toEqual(['2020-02-18T02:18:11Z']);
  });

  it('parses each candidate at most once while every rule runs', () => {
    // A UTC instant that every pick rule looks around: header, article, URL and machine values.
    const candidates = [
      ld('2020-02-18T02:18:11Z'),
      meta('article:published_time', '2020-02-18T02:18:11+00:00'),
      time('header', 'machine', '2020-02-17T21:18:11-05:00'),
      time('header', 'printed', 'February 17, 2020 9:18 PM'),
      printed('article', 'February 17, 2020'),
      urlOf('https://news.example.org/2020/02/17/story/'),
    ];
    const p = resolvePublished({ candidates }, 'en', NOW);
    expect(p).toMatchObject({ date: '2020-02-17', source: 'json-ld:datePublished+local-day' });
    const texts = calls();
    expect(texts.length).toBeGreaterThan(1);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
