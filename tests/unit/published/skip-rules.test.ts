// One block per skip rule, under its name in SKIP_RULES (and the order of both lists): the rule on
// typed candidates, then the whole pipeline on a page written for it.
import { describe, expect, it } from 'vitest';
import { PICK_RULES, SKIP_RULES } from '../../../src/core/published/rules/index.ts';
import { body, meta, printed, published, publishedIn, skips, time, urlOf } from './helpers.ts';

describe('the rule lists', () => {
  it('run in this order', () => {
    expect(SKIP_RULES.map((r) => r.name)).toEqual(['updated-date', 'no-date', 'implausible-day', 'prose-date']);
    expect(PICK_RULES.map((r) => r.name)).toEqual([
      'shown-over-metadata',
      'metadata-tie',
      'utc-vs-local',
      'publisher-offset',
    ]);
    // The overruling rules end the resolution; the amending ones do not.
    expect(PICK_RULES.filter((r) => r.ends).map((r) => r.name)).toEqual(['shown-over-metadata', 'metadata-tie']);
  });
});

describe('updated-date', () => {
  it('passes over a <time> whose class names an update, and nothing else', () => {
    expect(skips('updated-date', time('header', 'machine', '2021-03-05T10:00:00Z', true))).toBe(true);
    expect(skips('updated-date', time('header', 'machine', '2021-03-05T10:00:00Z'))).toBe(false);
  });
  it('on a page: the updated <time> is not the date, the published one is', () => {
    const p = publishedIn(
      `<article><h1>T</h1><p class="info"><time class="updated" datetime="2021-03-05T10:00:00Z">5 March 2021</time>
      <span>Published 3 March 2021</span></p><p>Body.</p></article>`,
      'article',
      'en',
    );
    expect(p).toMatchObject({ date: '2021-03-03', source: 'text:header' });
  });
});

describe('no-date', () => {
  it('passes over a candidate that reads no day, and a printed line whose only day is an update', () => {
    expect(skips('no-date', meta('article:published_time', 'soon'))).toBe(true);
    expect(skips('no-date', printed('header', 'Updated 5 March 2021'))).toBe(true);
    expect(skips('no-date', printed('header', 'Published 3 March 2021'))).toBe(false);
    expect(skips('no-date', urlOf('https://x.example/news/story'))).toBe(true);
  });
  it('gives null when nothing reads as a day', () => {
    expect(published('<p>No date here.</p>', 'https://x.example/news/story')).toBeNull();
  });
});

describe('implausible-day', () => {
  it('passes over a machine day before 1995 or more than two days ahead', () => {
    expect(skips('implausible-day', meta('article:published_time', '2099-01-01T00:00:00Z'))).toBe(true);
    expect(skips('implausible-day', meta('article:published_time', '1990-05-01'))).toBe(true);
    expect(skips('implausible-day', meta('article:published_time', '2025-12-31'))).toBe(false);
    // A URL's day is taken as it is.
    expect(skips('implausible-day', urlOf('https://x.example/1990/05/01/story'))).toBe(false);
  });
  it('ignores a future date on a page', () => {
    expect(published(`<meta property="article:published_time" content="2099-01-01T00:00:00Z">`)).toBeNull();
  });
});

describe('prose-date', () => {
  const sentence = 'Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab dem Abend im Cafe statt.';
  it('passes over an event date in a sentence or a window of a long line, not a lead date', () => {
    expect(skips('prose-date', body('whole', sentence), 'de')).toBe(true);
    expect(skips('prose-date', body('window', '… findet am 19. Mai 2010 im Rathaus statt'), 'de')).toBe(true);
    expect(skips('prose-date', body('lead', `27.1.2022 - ${sentence}`), 'de')).toBe(false);
    expect(skips('prose-date', body('whole', '14.01.2022'), 'de')).toBe(false);
  });
  it('keeps a date with a clock time or a "published" label', () => {
    expect(skips('prose-date', body('window', '… findet am 19. Mai 2010 um 19:30 Uhr im Rathaus statt'), 'de')).toBe(
      false,
    );
    expect(skips('prose-date', body('whole', `Veröffentlicht: ${sentence}`), 'de')).toBe(false);
  });
  it('on a page: skips an event date in a short sentence of the page body', () => {
    expect(
      published(
        `<main><h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe statt.</p></main>`,
        null,
        'de',
      ),
    ).toBeNull();
    const p = published(
      `<main><h1>Satellitenbilder</h1><p>Ausschnitt eines Satellitenbildes bei St. Moritz vom 31.05.2021 (links) und die Klassen (rechts)</p>
      <p>14.01.2022 um 09:25</p></main>`,
      null,
      'de',
    );
    expect(p?.date).toBe('2022-01-14');
  });
});
