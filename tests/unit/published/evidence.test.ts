// The DOM side: typed candidates, ranked from RANKS, and the rules of collection
// (foreign blocks, headline-date, lead-date).
import { describe, expect, it } from 'vitest';
import { collectDateEvidence } from '../../../src/core/published/index.ts';
import { RANKS, sourceName } from '../../../src/core/published/sources.ts';
import type { DateCandidate } from '../../../src/core/types.ts';
import { articleOf, bare, docOf, published, publishedIn } from './helpers.ts';

const collect = (html: string, root?: string, url: string | null = null): DateCandidate[] => {
  const doc = docOf(html);
  return collectDateEvidence(doc, root ? articleOf(doc, root) : bare, url).candidates;
};

describe('typed candidates', () => {
  const page = `<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2021-10-28T23:30:00-05:00",
    "dateCreated":"2021-10-27"},{"@type":"WebPage","datePublished":"2021-10-29"}]</script>
    <meta property="article:published_time" content="2021-10-28T10:00:00Z"><meta name="pubdate" content="2021-10-28">
    <meta name="dc.date" content="2021-11-30">
    <article><header><div><div><div><h1>Title</h1></div></div></div><div class="byline"><time datetime="2021-10-28T23:30">Oct 28, 2021</time></div>
    <time class="updated" datetime="2021-10-30">Oct 30, 2021</time></header>
    <div class="body"><p>28.10.2021 - Body text.</p><p><time datetime="2021-10-28">in the body</time></p></div></article>`;
  const got = collect(page, 'article', 'https://news.example.org/2021/10/28/story');

  it('gives each what offered it, where, what for and how to read it, with its rank from RANKS', () => {
    const find = (name: string): DateCandidate | undefined => got.find((c) => sourceName(c) === name);
    expect(find('json-ld:datePublished')).toEqual({
      origin: 'json-ld',
      key: 'datePublished',
      role: 'published',
      form: 'machine',
      text: '2021-10-28T23:30:00-05:00',
      rank: RANKS.jsonLdArticle,
    });
    expect(find('json-ld:dateCreated')).toMatchObject({ role: 'generic', rank: RANKS.jsonLdCreated });
    expect(find('meta:article:published_time')).toMatchObject({ role: 'published', rank: RANKS.metaStandard });
    expect(find('meta:pubdate')).toMatchObject({ role: 'published', rank: RANKS.metaSite });
    expect(find('meta:dc.date')).toMatchObject({ role: 'generic', rank: RANKS.metaGeneric });
    expect(find('time:header[datetime]')).toMatchObject({ area: 'header', form: 'machine', rank: RANKS.timeHeader });
    expect(find('time:header:text')).toMatchObject({
      form: 'printed',
      text: 'Oct 28, 2021',
      rank: RANKS.timeHeaderText,
    });
    expect(find('time:updated[datetime]')).toMatchObject({ area: 'header', role: 'updated', rank: RANKS.updated });
    expect(find('time:article[datetime]')).toMatchObject({ area: 'article', rank: RANKS.timeArticle });
    expect(find('text:body:lead')).toMatchObject({ origin: 'body', cut: 'lead', text: '28.10.2021 - Body text.' });
    expect(find('url')).toMatchObject({ form: 'url', rank: RANKS.url });
  });
  it('lists them most trusted first, and crosses to the popup as JSON unchanged', () => {
    const ranks = got.map((c) => c.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(got[0]).toMatchObject({ origin: 'json-ld', rank: RANKS.jsonLdArticle });
    expect(JSON.parse(JSON.stringify({ candidates: got }))).toEqual({ candidates: got });
  });
  it('keeps its ranks in the order the table documents', () => {
    const order = Object.values(RANKS);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('keeps at most 60, and is not crowded out by many citation dates under one key', () => {
    const cites = Array.from({ length: 80 }, (_, i) => `<meta name="citation_date" content="${1950 + (i % 50)}">`);
    const html = `${cites.join('')}<article><h1>Paper</h1><p>Published: <time datetime="2017-01-30">30 January 2017</time></p></article>`;
    expect(collect(html).filter((c) => c.key === 'citation_date')).toHaveLength(3);
    expect(published(html)?.date).toBe('2017-01-30');
    const times = Array.from({ length: 80 }, (_, i) => `<p class="date">${(i % 28) + 1}.02.2020</p>`).join('');
    expect(collect(`<main>${times}</main>`).length).toBeLessThanOrEqual(60);
  });
});

describe('foreign blocks', () => {
  it('reads no date in comments, footers or a related-article teaser', () => {
    const p = published(
      `<article><h1>Title</h1><p>Body without a date.</p></article>
      <div id="comments"><span class="comment-date">April 19, 2019</span></div>
      <footer><span class="date">© 19.12.2019</span></footer>`,
      'https://news.example.org/2018/06/05/story.html',
    );
    expect(p).toMatchObject({ date: '2018-06-05', source: 'url' });
    const q =
      published(`<article><h1>Title</h1><div class="byline">By A. Writer <time datetime="2019-11-18T10:00:00-05:00">Nov 18</time></div>
      <p>Body text.</p></article><aside class="related"><time datetime="2024-01-01T00:00:00Z">Jan 1</time></aside>`);
    expect(q?.date).toBe('2019-11-18');
  });
  it('reads the article\'s own <aside class="meta">, not an aside of other stories', () => {
    const own = `<article><h1>Title</h1><aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside>
      <div class="body"><p>Body text.</p></div></article>`;
    const teasers = `<aside class="teasers"><time datetime="2024-01-01T10:00:00+01:00">1. Jan</time></aside>`;
    expect(publishedIn(own + teasers, '.body', 'de')?.date).toBe('2023-10-18');
    expect(
      publishedIn(
        `<article><h1>Title</h1><div class="body"><p>Body text.</p></div></article>${teasers}`,
        undefined,
        'de',
      ),
    ).toBeNull();
  });
  it('reads a main column whose class names a sidebar ("sidebar_content"), not a real sidebar', () => {
    const main = `<div class="sidebar_content"><div class="post_detail"> 27 Sep 2016 </div>
      <div class="post_excerpt"><p>La justice a tenu son audience.</p></div></div>`;
    expect(publishedIn(main, '.post_excerpt', 'fr')?.date).toBe('2016-09-27');
    const side = `<div class="main"><div class="post_excerpt"><p>Body.</p></div></div>
      <div class="sidebar"><div class="post_detail"> 27 Sep 2016 </div></div>`;
    expect(publishedIn(side, '.post_excerpt', 'fr')).toBeNull();
  });
});

describe('headline-date', () => {
  it("reads a container of the headline without the headline's own date", () => {
    const html = `<article><header class="entry-header"><h1>Ergebnisse: Regionalmeisterschaft Aalen, 19.5.2007</h1>
      von M. Writer | 20. Mai 2007 | Ergebnisse</header><p>Body text.</p></article>`;
    expect(publishedIn(html, 'article', 'de')?.date).toBe('2007-05-20');
  });
  it('still reads a date line set inside the headline element', () => {
    const html = `<main><h1>Zuschauer kehren zurück<br><small>02.02.2022 • Presse</small></h1><p>Body.</p></main>`;
    expect(publishedIn(html, undefined, 'de')?.date).toBe('2022-02-02');
  });
});

describe('lead-date', () => {
  const sentence =
    'Bei der Erinnerung an die Verfolgten wurden heute in der Stadt neue Steine verlegt, berichten die Veranstalter.';
  it('cuts a date that opens the body text as a lead, and a date inside a long line as a window', () => {
    const lead = collect(`<main><p>Karlsruhe, (12.11.2021). ${sentence}</p></main>`);
    expect(lead).toEqual([expect.objectContaining({ origin: 'body', cut: 'lead', rank: RANKS.body })]);
    const long = `${sentence} ${sentence} Am 8. November 2021 findet ${sentence}`;
    const window = collect(`<main><p>${long}</p></main>`);
    expect(window).toEqual([expect.objectContaining({ cut: 'window' })]);
    expect(window[0]?.text.length).toBeLessThan(long.length);
  });
  it('dates the text by its lead date, not by an event date that runs into the sentence', () => {
    for (const [lead, want] of [
      ['27.1.2022 - ', '2022-01-27'],
      ['Karlsruhe, (12.11.2021). ', '2021-11-12'],
      ['(18.01.2018) ', '2018-01-18'],
    ] as const) {
      expect(published(`<main><h1>Titel</h1><p>${lead}${sentence}</p></main>`, null, 'de')?.date).toBe(want);
    }
    expect(
      published(`<main><h1>Titel</h1><p>Am 8. November 2021 findet ${sentence}</p></main>`, null, 'de'),
    ).toBeNull();
  });
  it('ranks later body texts a step lower, in reading order', () => {
    const got = collect(`<main><p>Posted 01.02.2020</p><p>Posted 03.04.2021</p></main>`);
    expect(got.map((c) => [c.cut, c.rank])).toEqual([
      ['whole', RANKS.body],
      ['whole', RANKS.body + 0.01],
    ]);
  });
});
