import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectDateEvidence } from '../../src/core/date-evidence.ts';
import { resolvePublished } from '../../src/core/published.ts';
import type { ArticleInfo } from '../../src/core/types.ts';

const NOW = Date.UTC(2026, 0, 1);

function docOf(html: string): Document {
  return new JSDOM(html, { url: 'https://news.example.org/' }).window.document;
}

/** An article with no root or headline: collection must still work from metadata and the document. */
const bare: ArticleInfo = { root: null, paragraphs: [], headline: null, standfirst: null };

function published(html: string, url: string | null = null, lang: string | null = 'en') {
  const doc = docOf(html);
  return resolvePublished(collectDateEvidence(doc, bare, url), lang, NOW);
}

describe('published: the seed page', () => {
  it('reads 19:04 GMT28 أكتوبر/ تشرين الأول 2021 as 2021-10-28T19:04Z', () => {
    const html = readFileSync(resolve(__dirname, '../fixtures/seed-ar.html'), 'utf8');
    const doc = docOf(html);
    const article: ArticleInfo = {
      root: doc.querySelector('article'),
      paragraphs: Array.from(doc.querySelectorAll('article p')),
      headline: doc.querySelector('h1'),
      standfirst: null,
    };
    const p = resolvePublished(
      collectDateEvidence(doc, article, 'https://arabic.example.org/news/putin.html'),
      'ar',
      NOW,
    );
    expect(p).toMatchObject({ date: '2021-10-28', iso: '2021-10-28T19:04:00Z' });
    expect(p?.text).toContain('أكتوبر');
  });
});

describe('published: sources in order of trust', () => {
  it('takes JSON-LD datePublished from @graph, keeping the publisher offset', () => {
    const p = published(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"X"},
      {"@type":"NewsArticle","datePublished":"2021-10-28T23:30:00-05:00","dateModified":"2021-10-30T10:00:00-05:00"}]}</script>
      <p>Updated October 30, 2021</p>`);
    expect(p).toEqual({
      date: '2021-10-28',
      iso: '2021-10-28T23:30:00-05:00',
      text: '2021-10-28T23:30:00-05:00',
      source: 'json-ld:datePublished',
    });
  });
  it('reads JSON-LD arrays and ignores dateModified', () => {
    const p = published(`<script type="application/ld+json">[{"@type":"Organization"},
      {"@type":"Article","dateModified":"2020-05-09","datePublished":["2020-05-04T14:50:00+02:00"]}]</script>`);
    expect(p?.date).toBe('2020-05-04');
  });
  it('reads article:published_time and not article:modified_time', () => {
    const p = published(`<meta property="article:modified_time" content="2022-02-02T10:00:00+01:00">
      <meta property="article:published_time" content="2022-01-28T08:20:11+01:00">`);
    expect(p).toMatchObject({ date: '2022-01-28', source: 'meta:article:published_time' });
  });
  it('reads a <time> near the headline, not one in a related-article teaser', () => {
    const p =
      published(`<article><h1>Title</h1><div class="byline">By A. Writer <time datetime="2019-11-18T10:00:00-05:00">Nov 18</time></div>
      <p>Body text.</p></article>
      <aside class="related"><time datetime="2024-01-01T00:00:00Z">Jan 1</time></aside>`);
    expect(p?.date).toBe('2019-11-18');
  });
  it('reads visible text near the byline and skips the Updated date', () => {
    const p = published(
      `<article><h1>Title</h1><div class="meta">Updated 5 March 2021 · Published 3 March 2021</div><p>Body.</p></article>`,
    );
    expect(p?.date).toBe('2021-03-03');
  });
  it('ignores dates in comments and footers', () => {
    const p = published(
      `<article><h1>Title</h1><p>Body without a date.</p></article>
      <div id="comments"><span class="comment-date">April 19, 2019</span></div>
      <footer><span class="date">© 19.12.2019</span></footer>`,
      'https://news.example.org/2018/06/05/story.html',
    );
    expect(p).toMatchObject({ date: '2018-06-05', source: 'url' });
  });
  it('finds a body date split over several text nodes, tested once through its parent', () => {
    // No class names a date here: only the last-resort walk over body text can find it.
    const p = published(
      `<article><h1>Title</h1><p>Body text.</p><p><span>Posted</span> <b>28</b>.10.<i>2021</i> — 12 comments</p></article>`,
    );
    expect(p?.date).toBe('2021-10-28');
    // Digits that are a count, a clock or a price are no date.
    expect(published(`<article><h1>Title</h1><p>12 comments · 10:45 · 99 €</p></article>`)).toBeNull();
  });
  it('collects a date printed only in Persian or Arabic-Indic digits', () => {
    const p = published(`<article><h1>عنوان</h1><div class="date">۲۹ بهمن ۱۳۹۸</div><p>متن.</p></article>`, null, 'fa');
    expect(p?.date).toBe('2020-02-18');
  });
  it('reads a German "Stand:" (as of) date as the page\'s date, but not an "Aktualisiert" one', () => {
    const p = published(
      `<article><h1>Reisehinweise</h1><div class="meta">Stand: 20. April 2020, 14:57 Uhr</div><p>Text.</p></article>`,
      null,
      'de',
    );
    expect(p?.date).toBe('2020-04-20');
    expect(
      published(
        `<article><h1>T</h1><div class="meta">Aktualisiert: 30.12.2016</div><p>Text.</p></article>`,
        null,
        'de',
      ),
    ).toBeNull();
  });
  it('falls back on the URL date, and gives null with no date at all', () => {
    expect(published('<p>No date here.</p>', 'https://x.example/news/20211028-story')?.date).toBe('2021-10-28');
    expect(published('<p>No date here.</p>', 'https://x.example/news/story')).toBeNull();
  });
  it('uses the printed day when metadata gives a UTC instant on the next day (utc-vs-local)', () => {
    const p = published(`<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">
      <article><h1>Title</h1><div class="date">November 18, 2019</div><p>Body.</p></article>`);
    expect(p).toMatchObject({ date: '2019-11-18', iso: '2019-11-19T04:50:22+00:00' });
  });
  it('uses the URL day or a local machine time when a UTC instant falls on the next day', () => {
    const p = published(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11Z"}</script>`,
      'https://news.example.org/2020/02/17/story/',
    );
    expect(p).toMatchObject({ date: '2020-02-17', iso: '2020-02-18T02:18:11Z' });
    const q =
      published(`<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2023-11-09T01:09:55Z"},
      {"@type":"WebPage","datePublished":"2023-11-08 18:09:55"}]</script>`);
    expect(q?.date).toBe('2023-11-08');
  });
  it('does not take the local day from a machine value of another instant', () => {
    const p =
      published(`<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2021-09-19T14:00:49Z"},
      {"@type":"WebPage","datePublished":"2021-09-20T09:45:26-07:00"}]</script>`);
    expect(p?.date).toBe('2021-09-19');
  });
  it("keeps the publisher's offset in iso when the page prints the local clock of a UTC instant (publisher-offset)", () => {
    const p = published(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T03:25:00Z"}</script>
      <article><h1>عنوان</h1><div class="date">۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵</div><p>متن.</p></article>`,
      null,
      'fa',
    );
    expect(p).toMatchObject({ date: '2020-02-18', iso: '2020-02-18T06:55:00+03:30' });
    // A machine value of the same instant at the local offset says it outright, day included.
    const q = published(`<meta property="article:published_time" content="2021-03-01T22:30:00Z">
      <meta name="pubdate" content="2021-03-02T07:30:00+09:00">`);
    expect(q).toMatchObject({ date: '2021-03-02', iso: '2021-03-02T07:30:00+09:00' });
    // A printed clock equal to the UTC clock, or a time of another instant, leaves Z.
    const r = published(`<meta property="article:published_time" content="2018-06-18T10:01:00Z">
      <article><h1>T</h1><div class="date">June 18, 2018 10:01</div><p>Body.</p></article>`);
    expect(r?.iso).toBe('2018-06-18T10:01:00Z');
    const s = published(`<meta property="article:published_time" content="2018-06-18T10:01:00Z">
      <article><h1>T</h1><div class="date">June 18, 2018 10:07</div><p>Body.</p></article>`);
    expect(s?.iso).toBe('2018-06-18T10:01:00Z');
  });
  it('keeps the UTC day when nothing local disagrees', () => {
    const p = published(`<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">`);
    expect(p?.date).toBe('2020-05-02');
  });
  it('prefers the day the article header shows over older metadata (shown-over-metadata)', () => {
    const doc =
      docOf(`<script type="application/ld+json">{"@type":"Article","datePublished":"2021-01-01T11:00:00.000Z"}</script>
      <article><header><h1>Cloud gaming tested</h1><div class="byline"><time datetime="2023-04-01 12:00">01.04.2023, 12:00</time> A. Writer</div></header>
      <p>Body text.</p></article>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
    const p = resolvePublished(collectDateEvidence(doc, article, null), 'de', NOW);
    expect(p).toMatchObject({ date: '2023-04-01', source: 'time:header[datetime]+shown' });
  });
  it('keeps the metadata day when the header shows it, or shows only an updated day', () => {
    const html = (line: string): Document =>
      docOf(`<script type="application/ld+json">{"@type":"Article","datePublished":"2023-01-10"}</script>
      <article><h1>Stoffwechsel</h1><div class="meta">${line}</div><p>Body text.</p></article>`);
    for (const line of ['Aktualisiert am 06. Mär. 2023', '10.01.2023 · Aktualisiert am 06.03.2023', '01/10/2023']) {
      const doc = html(line);
      const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
      expect(resolvePublished(collectDateEvidence(doc, article, null), 'de', NOW)?.date).toBe('2023-01-10');
    }
  });
  it('keeps the metadata day when the URL or a printed date line agrees with it', () => {
    const html = `<meta property="article:published_time" content="2020-01-20T07:39:00-05:00">
      <article><h1>Another post</h1><div class="byline">by B. Popper on September 17, 2019</div><p>Body.</p></article>`;
    const doc = docOf(html);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
    const url = 'https://blog.example.org/2020/01/20/story/';
    expect(resolvePublished(collectDateEvidence(doc, article, url), 'en', NOW)?.date).toBe('2020-01-20');
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'en', NOW)?.date).toBe('2019-09-17');
  });
  it('reads the date in the article\'s own <aside class="meta">, not in an aside of other stories', () => {
    const doc =
      docOf(`<article><h1>Title</h1><aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside>
      <div class="body"><p>Body text.</p></div></article><aside class="teasers"><time datetime="2024-01-01T10:00:00+01:00">1. Jan</time></aside>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('.body'), headline: doc.querySelector('h1') };
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'de', NOW)?.date).toBe('2023-10-18');
    const doc2 = docOf(`<article><h1>Title</h1><div class="body"><p>Body text.</p></div></article>
      <aside class="teasers"><time datetime="2024-01-01T10:00:00+01:00">1. Jan</time></aside>`);
    expect(
      resolvePublished(collectDateEvidence(doc2, { ...bare, headline: doc2.querySelector('h1') }, null), 'de', NOW),
    ).toBeNull();
  });
  it('is not crowded out by many citation dates under one metadata key', () => {
    const cites = Array.from({ length: 80 }, (_, i) => `<meta name="citation_date" content="${1950 + (i % 50)}">`).join(
      '',
    );
    const p = published(
      `${cites}<article><h1>Paper</h1><p>Published: <time datetime="2017-01-30">30 January 2017</time></p></article>`,
    );
    expect(p?.date).toBe('2017-01-30');
  });
  it('reads dates in a main column whose class names a sidebar ("sidebar_content")', () => {
    const doc = docOf(`<div class="sidebar_content"><div class="post_detail"> 27 Sep 2016 </div>
      <div class="post_excerpt"><p>La justice a tenu son audience.</p></div></div>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('.post_excerpt') };
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'fr', NOW)?.date).toBe('2016-09-27');
    // Still not from a real sidebar beside the article.
    const doc2 = docOf(`<div class="main"><div class="post_excerpt"><p>Body.</p></div></div>
      <div class="sidebar"><div class="post_detail"> 27 Sep 2016 </div></div>`);
    const a2: ArticleInfo = { ...bare, root: doc2.querySelector('.post_excerpt') };
    expect(resolvePublished(collectDateEvidence(doc2, a2, null), 'fr', NOW)).toBeNull();
  });
  it('reads an Arabic Maghreb date in the header', () => {
    const p = published(
      `<article><h1>عنوان</h1><span class="post-date">الأربعاء 12 جانفي 2022 - 10:15</span><p>نص.</p></article>`,
      null,
      'ar',
    );
    expect(p?.date).toBe('2022-01-12');
  });
  it('reads a Russian date line', () => {
    const p = published(
      `<article><h1>Заголовок</h1><div class="article__date">13 января 2020, 17:04</div><p>Текст.</p></article>`,
      null,
      'ru',
    );
    expect(p?.date).toBe('2020-01-13');
  });
  it('reads a date that opens the body text as a dateline date (lead-date)', () => {
    const body =
      'Bei der Erinnerung an die Verfolgten wurden heute in der Stadt neue Steine verlegt, berichten die Veranstalter.';
    for (const [lead, want] of [
      ['27.1.2022 - ', '2022-01-27'],
      ['Karlsruhe, (12.11.2021). ', '2021-11-12'],
      ['(18.01.2018) ', '2018-01-18'],
    ] as const) {
      expect(published(`<main><h1>Titel</h1><p>${lead}${body}</p></main>`, null, 'de')?.date).toBe(want);
    }
    // A date that runs on into the sentence is an event.
    expect(published(`<main><h1>Titel</h1><p>Am 8. November 2021 findet ${body}</p></main>`, null, 'de')).toBeNull();
  });
  it('skips an event date in a short sentence of the page body (prose-date)', () => {
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
  it('does not read a date printed in the headline as the publication date (headline-date)', () => {
    const doc = docOf(`<article><header class="entry-header"><h1>Ergebnisse: Regionalmeisterschaft Aalen, 19.5.2007</h1>
      von M. Writer | 20. Mai 2007 | Ergebnisse</header><p>Body text.</p></article>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'de', NOW)?.date).toBe('2007-05-20');
    // A date line set inside the headline element is still read.
    const doc2 = docOf(
      `<main><h1>Zuschauer kehren zurück<br><small>02.02.2022 • Presse</small></h1><p>Body.</p></main>`,
    );
    const a2: ArticleInfo = { ...bare, headline: doc2.querySelector('h1') };
    expect(resolvePublished(collectDateEvidence(doc2, a2, null), 'de', NOW)?.date).toBe('2022-02-02');
  });
  it('keeps the metadata day when the header shows several other days (a list of stories)', () => {
    const doc =
      docOf(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-02-04T09:55:00+01:00"}</script>
      <article><header><h1>Zwei Überraschungen</h1><ul><li class="date">01.02.2022</li><li class="date">30.01.2022</li>
      <li class="date">31.01.2022</li></ul></header><p>Body text.</p></article>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'de', NOW)?.date).toBe('2022-02-04');
  });
  it("prefers a header <time>'s printed published day over its datetime of another day", () => {
    const doc = docOf(`<article><header><h1>Quand on comprend</h1>
      <time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></header><p>Texte.</p></article>
      <div class="list"><time datetime="2019-07-06T09:00:00Z">Résistons ensemble, 2 juillet 2019 Publié le 6 juillet</time></div>`);
    const article: ArticleInfo = { ...bare, root: doc.querySelector('article'), headline: doc.querySelector('h1') };
    expect(resolvePublished(collectDateEvidence(doc, article, null), 'fr', NOW)?.date).toBe('2019-06-29');
  });
  it("does not take the local day from another story's <time> text", () => {
    const p = published(`<meta property="article:published_time" content="2020-05-02T02:54:29Z">
      <article><h1>Title</h1><p>Body.</p></article><div class="list"><time>May 1, 2020</time></div>`);
    expect(p?.date).toBe('2020-05-02');
  });
  it('breaks a JSON-LD vs metadata disagreement with the printed date (metadata-tie)', () => {
    const html = (printed: string): string =>
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00.000Z"}</script>
      <meta property="article:published_time" content="2022-01-06T08:29:34">
      <article><header><div><div><div><div><h1>Vanlife</h1></div></div></div></div></header>
      <div class="body"><p>Body.</p><p class="date">${printed}</p></div></article>`;
    expect(published(html('06.01.2022'), null, 'de')).toMatchObject({
      date: '2022-01-06',
      source: 'meta:article:published_time+printed',
    });
    // No printed date, or one that agrees with the JSON-LD: JSON-LD stays.
    expect(published(html('Redaktion'), null, 'de')?.date).toBe('2022-01-04');
    expect(published(html('04.01.2022'), null, 'de')?.date).toBe('2022-01-04');
  });
  it('ignores a future date', () => {
    expect(published(`<meta property="article:published_time" content="2099-01-01T00:00:00Z">`)).toBeNull();
  });
});
