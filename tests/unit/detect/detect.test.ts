import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectFeatures,
  detectNews,
  detectOnLoad,
  PARTLY_READ,
  METADATA_ONLY,
  metadataScore,
  SHAPE_MAX,
  scoreFeatures,
  shapeMax,
} from '../../../src/core/detect/index.ts';
import { NO_METADATA } from './helpers.ts';

const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'), 'text/html');
const html = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

/**
 * A walked page gets exactly the full detection, signals and score included;
 * one decided before its links were counted, the signals read (the full ones but the links').
 */
function expectWalkedLikeFull(onLoad: ReturnType<typeof detectOnLoad>, full: ReturnType<typeof detectNews>): void {
  if (!onLoad.walk) return;
  const read = onLoad.detection.signals.filter((s) => s !== PARTLY_READ);
  if (read.length < onLoad.detection.signals.length) expect(full.signals).toEqual(expect.arrayContaining(read));
  else expect(onLoad.detection).toEqual(full);
}

const para = (text: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${text} Sentence number ${i + 1}, with a clause, and another one.</p>`).join(
    '',
  );
const LONG =
  'The committee met on Tuesday to discuss the proposal in detail, and its members agreed to publish a full report before the end of the month, officials said.';

describe('detectNews on fixtures', () => {
  it('wire story (en): news, with metadata, body, dateline, byline and URL signals', () => {
    const d = detectNews(
      fixture('wire-en.html'),
      'https://wire.example.com/world/us/senate-panel-advances-grid-security-bill-2023-03-14/',
    );
    expect(d.isNews).toBe(true);
    expect(d.score).toBeGreaterThan(0.9);
    expect(d.signals).toEqual(
      expect.arrayContaining([
        'json-ld:NewsArticle',
        'og:type=article',
        'meta:published_time',
        'dateline',
        'byline',
        'url:date',
      ]),
    );
    expect(d.signals.some((s) => /^body-paragraphs:\d+$/u.test(s))).toBe(true);
  });

  it('section front whose metadata lies (og:type=article, NewsArticle) is not news', () => {
    const d = detectNews(fixture('section-front-en.html'), 'https://wire.example.com/world/');
    expect(d.signals).toEqual(expect.arrayContaining(['og:type=article', 'json-ld:NewsArticle', '-no-body']));
    expect(d.signals.some((s) => s.startsWith('-headline-links:'))).toBe(true);
    expect(d.isNews).toBe(false);
  });

  it('seed page (ar): news, with the Arabic dateline shape', () => {
    const d = detectNews(fixture('seed-ar.html'), 'https://arabic.example.org/20211028/putin-csto.html');
    expect(d.isNews).toBe(true);
    expect(d.signals).toContain('dateline');
  });

  it.each([
    ['detect-ru.html', 'json-ld:NewsArticle'], // JSON-LD inside an array and an @graph
    ['detect-fr.html', 'itemprop:articleBody'],
    ['detect-ja.html', 'dateline'], // 【9月20日 AFP】
    ['detect-zh.html', 'dateline'], // 新华社武汉7月2日电
    ['detect-de.html', 'dateline'], // no metadata at all
  ])('%s is news (signal %s)', (file, signal) => {
    // A neutral page URL: the test DOM's own URL is a site root.
    const d = detectNews(fixture(file), 'https://news.example/a/story');
    expect(d.signals).toContain(signal);
    expect(d.isNews).toBe(true);
  });

  it('detect-ar.html (text in a <div> with <br>) is news; its URL comes from the canonical link', () => {
    const d = detectNews(fixture('detect-ar.html'));
    expect(d.signals).toEqual(expect.arrayContaining(['dateline', 'url:date']));
    expect(d.isNews).toBe(true);
  });

  it('home page (es) without article metadata is not news', () => {
    const d = detectNews(fixture('detect-es.html'), 'https://eldiario.example/');
    expect(d.isNews).toBe(false);
    expect(d.signals).toEqual(expect.arrayContaining(['-og:type=website', '-no-body', '-url:home']));
  });
});

describe('detectNews signal families', () => {
  it('reads JSON-LD types from arrays of types and from @graph', () => {
    const head = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["ReportageNewsArticle","Article"]}]}</script>`;
    expect(detectNews(html(para(LONG, 6), head)).signals).toContain('json-ld:ReportageNewsArticle');
  });

  it('list-page JSON-LD types count against', () => {
    const head = `<script type="application/ld+json">{"@type":"CollectionPage"}</script>`;
    expect(detectNews(html('<p>Short.</p>', head)).signals).toContain('-json-ld:CollectionPage');
  });

  it('reads og:type, published-time meta and microdata', () => {
    const head = `<meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02T10:00:00Z">`;
    const d = detectNews(html(`<div itemscope itemtype="http://schema.org/NewsArticle">${para(LONG, 4)}</div>`, head));
    expect(d.signals).toEqual(
      expect.arrayContaining(['og:type=article', 'meta:published_time', 'microdata:NewsArticle']),
    );
  });

  it('counts body paragraphs and ignores paragraphs inside comments and related boxes', () => {
    const body = `<div class="story">${para(LONG, 5)}</div><div class="comments">${para(LONG, 9)}</div>`;
    const f = detectFeatures(html(body));
    expect(f.bodyParagraphs).toBe(5);
  });

  it('a page of long text with no other signal stays below the line; a byline or a dated URL tips it', () => {
    const doc = html(para(LONG, 8));
    expect(detectNews(doc, 'https://news.example/section/story').isNews).toBe(false);
    expect(detectNews(doc, 'https://news.example/2024/01/02/committee-report').isNews).toBe(true);
  });

  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday to approve the bill.'],
    ['МОСКВА, 29 июня. /ТАСС/. Новый мост открыли в среду в Московской области.'],
    ['موسكو - سبوتنيك. قال الرئيس الروسي إن بلاده مستعدة للحوار مع جميع الأطراف.'],
    ['新京报快讯（记者 王明）今日有网友爆料称，相关数据在网上出售。'],
    ['〔記者王小明／台北報導〕財政部今天下午公佈中獎清冊。'],
    ['المدينة نيوز :- بلغت حصيلة الضحايا في الولايات المتحدة أكثر من خمسين ألفا.'],
    ['Berlin - Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen.'],
  ])('dateline shape: %s', (first) => {
    const doc = html(`<div class="story"><p>${first} ${LONG}</p><p>${LONG}</p></div>`);
    expect(detectFeatures(doc).dateline).toBe(true);
  });

  it('a first paragraph without a dateline gives no dateline signal', () => {
    const doc = html(
      `<div class="story"><p>The Senate voted on Tuesday, officials said. ${LONG}</p><p>${LONG}</p></div>`,
    );
    expect(detectFeatures(doc).dateline).toBe(false);
  });

  it('URL signals: date, article id, home, list', () => {
    const doc = html('<p>x</p>');
    expect(detectFeatures(doc, 'https://a.example/politics/20211028/some-story.html').urlDate).toBe(true);
    expect(detectFeatures(doc, 'https://a.example/news/7349926').urlId).toBe(true);
    expect(detectFeatures(doc, 'https://a.example/en/').urlRoot).toBe(true);
    expect(detectFeatures(doc, 'https://a.example/tag/elections/').urlList).toBe(true);
    expect(detectFeatures(doc, 'https://a.example/search?q=elections').urlList).toBe(true);
  });

  it('many headline links against a short body count against, even with article metadata', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the city budget vote</a></li>`,
    ).join('');
    const head = `<meta property="og:type" content="article">`;
    const d = detectNews(html(`<ul>${links}</ul><p>Only a short blurb here.</p>`, head));
    expect(d.signals).toContain('-headline-links:40');
    expect(d.isNews).toBe(false);
  });

  it('scoreFeatures is monotone in its signals and bounded', () => {
    const base = detectFeatures(html(para(LONG, 5)));
    const more = scoreFeatures({ ...base, ld: 'NewsArticle', dateline: true });
    expect(more.score).toBeGreaterThan(scoreFeatures(base).score);
    expect(more.score).toBeLessThanOrEqual(1);
    expect(scoreFeatures({ ...base, urlRoot: true }).score).toBeGreaterThanOrEqual(0);
  });

  it('stays bounded on a huge page', () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `<div class="row"><span>cell ${i}</span><a href="/x/${i}">link ${i}</a></div>`,
    ).join('');
    const doc = html(`${rows}<div class="story">${para(LONG, 5)}</div>`);
    const t0 = performance.now();
    const d = detectNews(doc);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(d.signals.length).toBeGreaterThan(0);
  });
});

describe('detectOnLoad: pages their metadata rules out are not walked', () => {
  const fixtures: Array<[string, string | null]> = [
    ['wire-en.html', 'https://wire.example.com/world/us/senate-panel-advances-grid-security-bill-2023-03-14/'],
    ['section-front-en.html', 'https://wire.example.com/world/'],
    ['seed-ar.html', 'https://arabic.example.org/20211028/putin-csto.html'],
    ['detect-de.html', 'https://news.example/a/story'],
    ['detect-es.html', 'https://eldiario.example/'],
    ['detect-ar.html', null],
  ];

  it.each(fixtures)('%s: the same answer as detectNews', (file, url) => {
    const onLoad = detectOnLoad(fixture(file), url);
    const full = detectNews(fixture(file), url);
    expect(onLoad.detection.isNews).toBe(full.isNews);
    expectWalkedLikeFull(onLoad, full);
  });

  it("skips the walk on a site's front page without article metadata, and says so", () => {
    const { detection, walk } = detectOnLoad(fixture('detect-es.html'), 'https://eldiario.example/');
    expect(walk).toBeNull();
    expect(detection.isNews).toBe(false);
    expect(detection.signals).toEqual(expect.arrayContaining(['-og:type=website', '-url:home', METADATA_ONLY]));
  });

  it('walks every page whose shape could still make it news', () => {
    // No metadata at all: the body, a dateline and a byline decide (the German fixture is news).
    const { detection, walk } = detectOnLoad(fixture('detect-de.html'), 'https://news.example/a/story');
    expect(walk).not.toBeNull();
    expect(detection.isNews).toBe(true);
    // A front page that claims to be an article is walked too, and its shape says no.
    const front = detectOnLoad(fixture('section-front-en.html'), 'https://wire.example.com/world/');
    expect(front.walk).not.toBeNull();
    expect(front.detection.isNews).toBe(false);
  });

  it('ruling out is sound: no page shape can lift a ruled-out metadata score to news', () => {
    const features = fc.record({
      ld: fc.constantFrom(null, 'NewsArticle', 'Article', 'BlogPosting'),
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
      bodyParagraphs: fc.nat(200),
      bodyChars: fc.nat(20000),
      dateline: fc.boolean(),
      byline: fc.boolean(),
      urlDate: fc.boolean(),
      urlId: fc.boolean(),
      urlRoot: fc.boolean(),
      urlList: fc.boolean(),
      urlKind: fc.constantFrom(null, 'wiki', 'blog'),
      headlineLinks: fc.nat(300),
      listLinks: fc.nat(40),
      visibleDate: fc.boolean(),
      shopLinks: fc.constantFrom(null, 'cart' as const, 'pricing' as const),
    });
    let ruledOut = 0;
    fc.assert(
      fc.property(features, (f) => {
        if (!metadataScore(f).ruledOut) return;
        ruledOut++;
        expect(scoreFeatures(f).isNews).toBe(false);
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous.
    expect(ruledOut).toBeGreaterThan(50);
  });

  it('SHAPE_MAX is what the best shape adds: a long body, a dateline, a byline and a printed date', () => {
    const base = NO_METADATA;
    const shape = {
      bodyParagraphs: 30,
      bodyChars: 5000,
      dateline: true,
      byline: true,
      headlineLinks: 0,
      listLinks: 0,
      visibleDate: true,
      shopLinks: null,
    };
    const logit = (p: number): number => Math.log(p / (1 - p));
    const best = scoreFeatures({ ...base, ...shape });
    expect(logit(best.score)).toBeCloseTo(metadataScore(base).sum + SHAPE_MAX, 1);
    // With a published-time meta, the printed date adds nothing more.
    const dated = { ...base, published: true };
    expect(shapeMax(dated)).toBeLessThan(SHAPE_MAX);
    expect(logit(scoreFeatures({ ...dated, ...shape }).score)).toBeCloseTo(
      metadataScore(dated).sum + shapeMax(dated),
      1,
    );
  });
});

describe('detectNews on the kinds of pages readers visit', () => {
  const kind = (name: string): Document => fixture(`kinds/${name}`);
  // [fixture, url (null: the page's canonical link), is news, signals it must name]
  const pages: Array<[string, string | null, boolean, string[]]> = [
    ['encyclopedia-en.html', null, false, ['json-ld:Article', '-generator:MediaWiki', '-url:wiki']],
    ['encyclopedia-ar.html', null, false, ['-generator:MediaWiki', '-url:wiki']],
    ['shop-blog-en.html', null, false, ['json-ld:BlogPosting', '-url:blog', '-shop-links']],
    ['company-blog-en.html', null, false, ['json-ld:BlogPosting', '-url:blog', '-pricing-links']],
    ['product-en.html', null, false, ['-json-ld:Product', '-og:type=product', '-url:product']],
    ['product-ar.html', null, false, ['-shop-links']],
    [
      'search-ar.html',
      'https://alkhabar.example/search/?keyword=%D8%AA%D8%AD%D9%84%D9%8A%D8%A9',
      false,
      ['-url:list', '-list-links:6'],
    ],
    ['forum-en.html', null, false, ['-json-ld:DiscussionForumPosting', '-generator:Discourse']],
    ['forum-ar.html', null, false, ['-generator:vBulletin', '-url:forum']],
    ['docs-en.html', null, false, ['-generator:Docusaurus', '-url:docs']],
    ['video-en.html', null, false, ['-og:type=video.other', '-json-ld:VideoObject', '-url:video']],
    ['liveblog-en.html', null, true, ['json-ld:LiveBlogPosting']],
    ['liveblog-fr.html', null, true, ['og:type=article', 'url:date']],
    ['zh-nometa.html', 'https://www.huadong.example/shehui/article/ljdt.html', true, ['visible-date']],
    ['ar-nometa.html', 'https://alsahel.example/local/article.php', true, ['visible-date', 'dateline']],
  ];

  it.each(pages)('%s: news %s', (file, url, news, signals) => {
    const d = detectNews(kind(file), url === null ? null : url);
    expect(d.signals).toEqual(expect.arrayContaining(signals));
    expect(d.isNews).toBe(news);
  });

  it.each(pages)('%s: detectOnLoad gives the same answer', (file, url) => {
    const onLoad = detectOnLoad(kind(file), url);
    const full = detectNews(kind(file), url);
    expect(onLoad.detection.isNews).toBe(full.isNews);
    expectWalkedLikeFull(onLoad, full);
  });

  it('a search page is not news by its shape alone (no URL, no list metadata)', () => {
    const d = detectNews(kind('search-ar.html'), 'https://alkhabar.example/ar/natayij');
    expect(d.signals.some((s) => s.startsWith('-list-links:'))).toBe(true);
    expect(d.isNews).toBe(false);
  });

  it('a Chinese story with no news metadata on a busy portal: its dated headline outweighs the sidebars', () => {
    const f = detectFeatures(kind('zh-nometa.html'), 'https://www.huadong.example/shehui/article/ljdt.html');
    expect(f.ld).toBeNull();
    expect(f.ogArticle).toBe(false);
    expect(f.published).toBe(false);
    expect(f.headlineLinks).toBeGreaterThanOrEqual(20);
    expect(f.visibleDate).toBe(true);
  });

  it('an Arabic story with no date metadata: the date printed by the headline and the dateline on its own line', () => {
    const f = detectFeatures(kind('ar-nometa.html'), 'https://alsahel.example/local/article.php');
    expect(f.published).toBe(false);
    expect(f.visibleDate).toBe(true);
    expect(f.dateline).toBe(true);
  });

  it('a blog or video path counts only when the page is not typed news', () => {
    const news = `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`;
    const blog = 'https://paper.example/blogs/politics/2024/05/the-week-in-parliament';
    expect(detectFeatures(html(para(LONG, 4)), blog).urlKind).toBe('blog');
    expect(detectFeatures(html(para(LONG, 4), news), blog).urlKind).toBeNull();
    expect(detectFeatures(html(para(LONG, 4), news), 'https://wiki.example/wiki/Tides').urlKind).toBe('wiki');
  });

  it('VideoObject counts against only without an article type', () => {
    const video = `{"@type":"VideoObject","name":"Clip"}`;
    const alone = detectNews(html(para(LONG, 4), `<script type="application/ld+json">${video}</script>`));
    expect(alone.signals).toContain('-json-ld:VideoObject');
    const withStory = detectNews(
      html(para(LONG, 4), `<script type="application/ld+json">[{"@type":"NewsArticle"},${video}]</script>`),
    );
    expect(withStory.signals).not.toContain('-json-ld:VideoObject');
  });

  it('cart links on another host, or a /pricing page below the root, are not a shop', () => {
    const links = (hrefs: string[]): Document =>
      html(`${hrefs.map((h) => `<a href="${h}">x</a>`).join('')}<div class="story">${para(LONG, 4)}</div>`);
    const url = 'https://paper.example/news/2024/05/story';
    expect(detectFeatures(links(['/cart']), url).shopLinks).toBe('cart');
    expect(detectFeatures(links(['https://paper.example/checkout/']), url).shopLinks).toBe('cart');
    expect(detectFeatures(links(['/pricing']), url).shopLinks).toBe('pricing');
    expect(detectFeatures(links(['https://store.example/cart']), url).shopLinks).toBeNull();
    expect(detectFeatures(links(['/getinsider/pricing/', '/sport/basket']), url).shopLinks).toBeNull();
  });

  it('a printed date counts only with a byline or a dateline (terms pages and Q&A print dates too)', () => {
    const page = (extra: string): Document =>
      html(
        `<h1>Terms of service for all members of the site</h1><div class="meta">Updated May 21, 2024</div>${extra}${para(LONG, 6)}`,
      );
    expect(detectNews(page('')).signals).not.toContain('visible-date');
    expect(detectNews(page('<div class="byline">By Maya Holt</div>')).signals).toContain('visible-date');
  });

  it('a cart link does not count against a story its metadata types as an article', () => {
    const head = `<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"Article"}</script>`;
    const body = `<a href="/cart">Cart</a><div class="story">${para(LONG, 6)}</div>`;
    expect(detectNews(html(body, head)).signals).not.toContain('-shop-links');
    expect(detectNews(html(body)).signals).toContain('-shop-links');
    const blog = `<script type="application/ld+json">{"@type":"BlogPosting"}</script>`;
    expect(detectNews(html(body, blog)).signals).toContain('-shop-links');
    expect(detectNews(html(body, `<meta name="generator" content="WooCommerce 8.2.1">${blog}`)).signals).toContain(
      '-shop-generator',
    );
  });

  it('a date printed next to the headline, in any script', () => {
    const page = (date: string): Document =>
      html(
        `<h1>The council approves the new budget after a long debate</h1><div class="meta">${date}</div>${para(LONG, 4)}`,
      );
    for (const d of [
      '18.04.2024',
      '2024-04-18 09:35',
      '2024年4月18日',
      'May 21, 2024',
      '٢٤ يوليو ٢٠١٥',
      '24 يوليو 2015',
    ])
      expect(detectFeatures(page(d)).visibleDate).toBe(true);
    for (const d of ['By Maya Holt', 'Updated 09:35', 'Section: Politics'])
      expect(detectFeatures(page(d)).visibleDate).toBe(false);
    // A long block after the headline is the body, not a date line (and is not read in full).
    expect(detectFeatures(page(`<p>${LONG} It was signed on 18.04.2024. ${LONG}</p>`)).visibleDate).toBe(false);
  });

  it('explainable: each feature that moves the score adds a signal of its own', () => {
    // A page of plain text, scored near the middle where every weight shows.
    const base = { ...detectFeatures(html(para(LONG, 6)), 'https://news.example/section/story'), byline: true };
    const plain = scoreFeatures(base);
    const toggles: Array<Partial<typeof base>> = [
      { ldNegative: 'Product' },
      { ogNegative: 'video.other' },
      { generator: 'MediaWiki' },
      { urlKind: 'forum' },
      { listLinks: 12 },
      { shopLinks: 'cart' },
      { shopGenerator: true },
      { ldVideo: true, ld: null, microdata: false },
      { visibleDate: true, published: false },
    ];
    for (const t of toggles) {
      const d = scoreFeatures({ ...base, ...t });
      expect(d.score).not.toBe(plain.score);
      expect(d.signals.filter((s) => !plain.signals.includes(s)).length).toBeGreaterThan(0);
    }
  });
});
