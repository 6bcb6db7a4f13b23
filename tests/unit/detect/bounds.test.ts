// decided(): the load path's answer before every signal is read. It must be
// the full score's answer whenever it gives one (the score is monotone in each
// signal of the walk), and detectOnLoad must then agree with detectNews.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decided,
  detectNews,
  detectOnLoad,
  PARAGRAPHS_ONLY,
  PARTLY_READ,
  METADATA_ONLY,
  scoreFeatures,
  type DetectFeatures,
  type MetaFeatures,
} from '../../../src/core/detect/index.ts';
import { NO_METADATA } from './helpers.ts';

const META_KEYS = [
  'ld',
  'ldNegative',
  'ldVideo',
  'ogNegative',
  'generator',
  'shopGenerator',
  'microdata',
  'ogArticle',
  'ogWebsite',
  'published',
  'articleBody',
  'urlDate',
  'urlId',
  'urlRoot',
  'urlList',
  'urlKind',
] as const satisfies ReadonlyArray<keyof MetaFeatures>;

const SHAPE_KEYS = [
  'bodyParagraphs',
  'bodyChars',
  'dateline',
  'byline',
  'visibleDate',
  'headlineLinks',
  'listLinks',
  'shopLinks',
] as const satisfies ReadonlyArray<Exclude<keyof DetectFeatures, keyof MetaFeatures>>;

const features: fc.Arbitrary<DetectFeatures> = fc.record({
  ld: fc.constantFrom(null, 'NewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting'),
  ldNegative: fc.constantFrom(null, 'CollectionPage'),
  ldVideo: fc.boolean(),
  ogNegative: fc.constantFrom(null, 'product', 'video.other'),
  generator: fc.constantFrom(null, 'MediaWiki'),
  shopGenerator: fc.boolean(),
  microdata: fc.boolean(),
  ogArticle: fc.boolean(),
  ogWebsite: fc.boolean(),
  published: fc.boolean(),
  articleBody: fc.boolean(),
  // Around every threshold of the body's length and paragraphs, and far beyond.
  bodyParagraphs: fc.oneof(fc.nat(8), fc.nat(200)),
  bodyChars: fc.oneof(fc.constantFrom(0, 149, 150, 299, 300, 499, 500, 599, 600, 1499, 1500), fc.nat(30000)),
  dateline: fc.boolean(),
  byline: fc.boolean(),
  urlDate: fc.boolean(),
  urlId: fc.boolean(),
  urlRoot: fc.boolean(),
  urlList: fc.boolean(),
  urlKind: fc.constantFrom(null, 'wiki', 'blog', 'video'),
  headlineLinks: fc.oneof(fc.constantFrom(0, 19, 20, 21), fc.nat(900)),
  listLinks: fc.oneof(fc.nat(8), fc.nat(60)),
  visibleDate: fc.boolean(),
  shopLinks: fc.constantFrom(null, 'cart' as const, 'pricing' as const),
});

/** The metadata of `f` and the walk's signals not named in `unread`. */
function known(f: DetectFeatures, unread: ReadonlySet<string>): Parameters<typeof decided>[0] {
  const out: Record<string, unknown> = {};
  for (const k of META_KEYS) out[k] = f[k];
  for (const k of SHAPE_KEYS) if (!unread.has(k)) out[k] = f[k];
  return out as Parameters<typeof decided>[0];
}

describe('decided: the answer before every signal is read', () => {
  it('is the full score’s answer whenever it answers, whichever signals of the walk are unread', () => {
    let answered = 0;
    fc.assert(
      fc.property(features, fc.subarray([...SHAPE_KEYS]), (f, unread) => {
        const early = decided(known(f, new Set(unread)));
        if (early === null) return;
        answered++;
        expect(early).toBe(scoreFeatures(f).isNews);
      }),
      { numRuns: 20000 },
    );
    expect(answered).toBeGreaterThan(2000);
  });

  it('is the full score’s answer with the unread link counts capped at or above the page’s own', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        features,
        fc.nat(400),
        fc.nat(40),
        fc.subarray(['dateline', 'visibleDate', 'byline']),
        (f, moreHeadline, moreList, more) => {
          // The links unread, and maybe some of the other signals the load path reads late.
          const unread = new Set(['headlineLinks', 'listLinks', 'shopLinks', ...more]);
          const limits = { headlineLinks: f.headlineLinks + moreHeadline, listLinks: f.listLinks + moreList };
          const early = decided(known(f, unread), limits);
          if (early === null) return;
          answered++;
          expect(early).toBe(scoreFeatures(f).isNews);
        },
      ),
      { numRuns: 20000 },
    );
    expect(answered).toBeGreaterThan(2000);
  });

  it('with every signal read, it is the full score’s answer (a tie, a sum of 0, is left to the full score)', () => {
    fc.assert(
      fc.property(features, (f) => {
        const full = scoreFeatures(f);
        expect(decided(known(f, new Set()))).toBe(full.score === 0.5 ? null : full.isNews);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers before the links are read, both ways', () => {
    // A long typed story is news however many links the page has; a page without a body is not news with none.
    const seen = { news: 0, notNews: 0 };
    fc.assert(
      fc.property(features, (f) => {
        const early = decided(known(f, new Set(['headlineLinks', 'listLinks', 'shopLinks'])));
        if (early === true) seen.news++;
        if (early === false) seen.notNews++;
      }),
      { numRuns: 3000 },
    );
    expect(seen.news).toBeGreaterThan(20);
    expect(seen.notNews).toBeGreaterThan(20);
  });

  it('scores a page no higher without its microdata: the load path may decide "news" before reading it', () => {
    // What the microdata gives (a NewsArticle itemtype, itemprop=articleBody and datePublished) only
    // raises the score, and without a news type a blog or video path may count against the page.
    fc.assert(
      fc.property(
        features,
        fc.subarray(['microdata', 'articleBody', 'published'] as const, { minLength: 1 }),
        fc.constantFrom(null, 'blog', 'video'),
        (f, unread, kind) => {
          const low: DetectFeatures = { ...f };
          for (const k of unread) low[k] = false;
          if (f.urlKind === null && low.microdata !== f.microdata) low.urlKind = kind;
          expect(scoreFeatures(low).score).toBeLessThanOrEqual(scoreFeatures(f).score);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('never calls a page news from its metadata alone: the best metadata adds less than the worst shape takes', () => {
    // Every combination of the metadata's positive signals, and of those the shape's
    // shop penalty reads (the negative ones only lower the sum and the shape reads
    // none of them): the strongest metadata (+2.4 over the base) cannot outweigh a
    // page without a body and full of headline and list links (-3.2 or less), so
    // every page that may be news is walked.
    const values: Partial<{ [K in keyof MetaFeatures]: ReadonlyArray<MetaFeatures[K]> }> = {
      ld: [null, 'NewsArticle', 'Article', 'BlogPosting'],
      microdata: [false, true],
      ogArticle: [false, true],
      published: [false, true],
      articleBody: [false, true],
      urlDate: [false, true],
      urlId: [false, true],
      shopGenerator: [false, true],
      urlKind: [null, 'blog'],
    };
    let combos: MetaFeatures[] = [NO_METADATA];
    for (const [key, vs] of Object.entries(values))
      combos = combos.flatMap((c) => (vs as readonly unknown[]).map((v) => ({ ...c, [key]: v })));
    expect(combos).toHaveLength(4 * 2 ** 8);
    for (const c of combos) expect(decided(c)).not.toBe(true);
    // The strongest of them is still walked, not ruled out.
    expect(
      decided({
        ...NO_METADATA,
        ld: 'NewsArticle',
        ogArticle: true,
        published: true,
        articleBody: true,
        urlDate: true,
      }),
    ).toBeNull();
  });
});

describe('detectOnLoad: the links are counted only when they can change the answer', () => {
  const fixture = (name: string): Document =>
    new DOMParser().parseFromString(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'), 'text/html');

  it('a typed story with a long paragraph body is news before its microdata, walk and links are read, as detectNews says', () => {
    const url = 'https://wire.example.com/world/us/senate-panel-advances-grid-security-bill-2023-03-14/';
    const { detection, walk } = detectOnLoad(fixture('wire-en.html'), url);
    const full = detectNews(fixture('wire-en.html'), url);
    expect(walk).toBeNull();
    expect(detection.isNews).toBe(true);
    expect(full.isNews).toBe(true);
    expect(detection.signals).toContain(PARAGRAPHS_ONLY);
    // The signals read are the full detection's, in its order.
    expect(full.signals.filter((s) => detection.signals.includes(s))).toEqual(
      detection.signals.filter((s) => s !== PARAGRAPHS_ONLY),
    );
  });

  it('a long body whose sentences carry many links is decided by the paragraphs: links in a sentence are no list', () => {
    // og:type=article and a slug, but no date: with every link of the body counted as a list, it would be walked.
    const url = 'https://news.example/news/a-story-of-the-day';
    const page = (): Document =>
      new DOMParser().parseFromString(
        `<html><head><meta property="og:type" content="article"></head><body><h1>A story of the day</h1><div class="story">${'<p>The council said on Tuesday that <a href="/a">the new plan for the river</a> would be ready by <a href="/b">the end of the year</a>, officials said.</p>'.repeat(16)}</div></body></html>`,
        'text/html',
      );
    const { detection, walk } = detectOnLoad(page(), url);
    expect(walk).toBeNull();
    expect(detection.signals).toContain(PARAGRAPHS_ONLY);
    expect(detection.isNews).toBe(detectNews(page(), url).isNews);
    expect(detection.isNews).toBe(true);
  });

  it('the same story with its text in <div>s (no paragraph body) is walked and ranked, and still news', () => {
    const url = 'https://wire.example.com/world/us/senate-panel-advances-grid-security-bill-2023-03-14/';
    const divs = (): Document => {
      const doc = fixture('wire-en.html');
      for (const p of Array.from(doc.querySelectorAll('p'))) {
        const div = doc.createElement('div');
        div.append(...Array.from(p.childNodes));
        p.replaceWith(div);
      }
      return doc;
    };
    const { detection, walk } = detectOnLoad(divs(), url);
    expect(walk).not.toBeNull();
    expect(detection.signals).not.toContain(PARAGRAPHS_ONLY);
    expect(detection.isNews).toBe(detectNews(divs(), url).isNews);
    expect(detection.isNews).toBe(true);
  });

  it('a site’s front page is decided by its metadata and URL, unwalked, as detectNews says', () => {
    const front = (): Document =>
      new DOMParser().parseFromString(
        `<html><head><meta property="og:type" content="website"></head><body>${'<p>A teaser of a story, long enough to count as a paragraph of running text here.</p>'.repeat(30)}</body></html>`,
        'text/html',
      );
    const { detection, walk } = detectOnLoad(front(), 'https://wire.example.com/');
    expect(walk).toBeNull();
    expect(detection.signals).toContain(METADATA_ONLY);
    expect(detection.isNews).toBe(false);
    expect(detectNews(front(), 'https://wire.example.com/').isNews).toBe(false);
  });

  it('on every fixture page, gives detectNews’s answer', () => {
    const dir = resolve(__dirname, '../../fixtures');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const name of pages)
      for (const url of [null, 'https://news.example/2024/05/02/a-story-of-the-day', 'https://news.example/'])
        expect([name, url, detectOnLoad(fixture(name), url).detection.isNews]).toEqual([
          name,
          url,
          detectNews(fixture(name), url).isNews,
        ]);
  });

  it('a front page that claims to be an article has its links counted: they decide', () => {
    const { detection, walk } = detectOnLoad(fixture('section-front-en.html'), 'https://wire.example.com/world/');
    const full = detectNews(fixture('section-front-en.html'), 'https://wire.example.com/world/');
    expect(walk).not.toBeNull();
    expect(detection.isNews).toBe(full.isNews);
    if (!detection.signals.includes(PARTLY_READ)) expect(detection).toEqual(full);
  });
});
