// One block per pick rule, under its name in PICK_RULES: the rule on typed candidates,
// then the whole pipeline on a page written for it.
import { describe, expect, it } from 'vitest';
import { collectDateEvidence, resolvePublished } from '../../../src/core/published/index.ts';
import { RANKS } from '../../../src/core/published/sources.ts';
import { NOW, articleOf, docOf, ld, meta, printed, published, publishedIn, runPick, time, urlOf } from './helpers.ts';

describe('shown-over-metadata', () => {
  it('takes the day the header shows over metadata more than a day off', () => {
    const pick = runPick(
      'shown-over-metadata',
      [ld('2021-01-01T11:00:00.000Z'), printed('header', '01.04.2023')],
      'de',
    );
    expect(pick).toMatchObject({ day: { y: 2023, m: 4, d: 1 }, mark: 'shown' });
    expect(pick?.from.origin).toBe('text');
  });
  it('keeps the metadata when the header shows its day, a day beside it, or its day read month-first', () => {
    for (const shown of ['10.01.2023', '11.01.2023', '01/10/2023'])
      expect(runPick('shown-over-metadata', [ld('2023-01-10'), printed('header', shown)], 'de')).toBeNull();
  });
  it('keeps the metadata when the URL or a date line outside the header agrees with it', () => {
    const shown = printed('header', 'September 17, 2019');
    const agree = [urlOf('https://blog.example.org/2020/01/20/story/'), printed('article', 'January 20, 2020')];
    for (const c of agree) expect(runPick('shown-over-metadata', [meta('pubdate', '2020-01-20'), shown, c])).toBeNull();
    expect(runPick('shown-over-metadata', [meta('pubdate', '2020-01-20'), shown])?.day).toMatchObject({ d: 17 });
  });
  it('keeps the metadata when the header shows several other days (a list of stories)', () => {
    const days = ['01.02.2022', '30.01.2022'].map((d) => printed('header', d));
    expect(runPick('shown-over-metadata', [ld('2022-02-04T09:55:00+01:00'), ...days], 'de')).toBeNull();
  });
  it('does not overrule a <time> outside the header, or a generic metadata key', () => {
    const shown = printed('header', '01.04.2023');
    expect(runPick('shown-over-metadata', [time('article', 'machine', '2021-01-01'), shown], 'de')).toBeNull();
    expect(runPick('shown-over-metadata', [meta('dc.date', '2021-01-01', RANKS.metaGeneric), shown], 'de')).toBeNull();
  });
  it('on a page: the header <time> over older JSON-LD', () => {
    const p = publishedIn(
      `<script type="application/ld+json">{"@type":"Article","datePublished":"2021-01-01T11:00:00.000Z"}</script>
      <article><header><h1>Cloud gaming tested</h1><div class="byline"><time datetime="2023-04-01 12:00">01.04.2023, 12:00</time> A. Writer</div></header>
      <p>Body text.</p></article>`,
      'article',
      'de',
    );
    expect(p).toMatchObject({ date: '2023-04-01', source: 'time:header[datetime]+shown' });
  });
  it('on a page: keeps the metadata day when the header shows it, or shows only an updated day', () => {
    for (const line of ['Aktualisiert am 06. Mär. 2023', '10.01.2023 · Aktualisiert am 06.03.2023', '01/10/2023']) {
      const html = `<script type="application/ld+json">{"@type":"Article","datePublished":"2023-01-10"}</script>
        <article><h1>Stoffwechsel</h1><div class="meta">${line}</div><p>Body text.</p></article>`;
      expect(publishedIn(html, 'article', 'de')?.date).toBe('2023-01-10');
    }
  });
  it('on a page: a header <time> printed "published" day over its datetime of another day', () => {
    const html = `<article><header><h1>Quand on comprend</h1>
      <time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></header><p>Texte.</p></article>
      <div class="list"><time datetime="2019-07-06T09:00:00Z">Résistons ensemble, 2 juillet 2019 Publié le 6 juillet</time></div>`;
    expect(publishedIn(html, 'article', 'fr')?.date).toBe('2019-06-29');
  });
  it('on a page: keeps the metadata day when the URL agrees with it, else takes the shown day', () => {
    const html = `<meta property="article:published_time" content="2020-01-20T07:39:00-05:00">
      <article><h1>Another post</h1><div class="byline">by B. Popper on September 17, 2019</div><p>Body.</p></article>`;
    expect(publishedIn(html, 'article', 'en', 'https://blog.example.org/2020/01/20/story/')?.date).toBe('2020-01-20');
    expect(publishedIn(html, 'article', 'en')?.date).toBe('2019-09-17');
  });
});

describe('metadata-tie', () => {
  const tie = [ld('2022-01-04T07:29:00.000Z'), meta('article:published_time', '2022-01-06T08:29:34')];
  it('gives the metadata day when a printed date agrees with it and none with the JSON-LD', () => {
    const pick = runPick('metadata-tie', [...tie, printed('article', '06.01.2022')], 'de');
    expect(pick).toMatchObject({ day: { y: 2022, m: 1, d: 6 }, mark: 'printed', iso: null });
    expect(pick?.from.key).toBe('article:published_time');
  });
  it('keeps the JSON-LD with no printed date, or one that agrees with it', () => {
    expect(runPick('metadata-tie', tie, 'de')).toBeNull();
    expect(runPick('metadata-tie', [...tie, printed('article', '04.01.2022')], 'de')).toBeNull();
  });
  it('reads only what a reader sees, and only when the JSON-LD leads', () => {
    expect(runPick('metadata-tie', [...tie, time('page', 'printed', '06.01.2022', true)], 'de')).toBeNull();
    const [, m] = tie;
    expect(
      runPick('metadata-tie', [m!, ld('2022-01-04T07:29:00Z', 5), printed('page', '04.01.2022')], 'de'),
    ).toBeNull();
  });
  it('on a page: breaks a JSON-LD vs metadata disagreement with the printed date', () => {
    const html = (line: string): string =>
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00.000Z"}</script>
      <meta property="article:published_time" content="2022-01-06T08:29:34">
      <article><header><div><div><div><div><h1>Vanlife</h1></div></div></div></div></header>
      <div class="body"><p>Body.</p><p class="date">${line}</p></div></article>`;
    expect(published(html('06.01.2022'), null, 'de')).toMatchObject({
      date: '2022-01-06',
      source: 'meta:article:published_time+printed',
    });
    expect(published(html('Redaktion'), null, 'de')?.date).toBe('2022-01-04');
    expect(published(html('04.01.2022'), null, 'de')?.date).toBe('2022-01-04');
  });
});

describe('utc-vs-local', () => {
  it('takes the printed day one off from a UTC instant, keeping the instant in iso', () => {
    const pick = runPick('utc-vs-local', [
      meta('og:published_time', '2019-11-19T04:50:22+00:00'),
      printed('article', 'November 18, 2019'),
    ]);
    expect(pick).toMatchObject({ day: { d: 18 }, iso: '2019-11-19T04:50:22+00:00', mark: 'local-day' });
  });
  it('takes the URL day, or a machine value of the same instant on a local clock', () => {
    expect(
      runPick('utc-vs-local', [ld('2020-02-18T02:18:11Z'), urlOf('https://x.example/2020/02/17/story/')])?.day,
    ).toMatchObject({ d: 17 });
    expect(runPick('utc-vs-local', [ld('2023-11-09T01:09:55Z'), ld('2023-11-08 18:09:55', 2)])?.day).toMatchObject({
      d: 8,
    });
    // Another instant says nothing.
    expect(runPick('utc-vs-local', [ld('2021-09-19T14:00:49Z'), ld('2021-09-20T09:45:26-07:00', 2)])).toBeNull();
  });
  it('stops at a day that agrees, and not for a day the offset cannot reach', () => {
    const utc = ld('2019-11-19T04:50:22Z');
    expect(
      runPick('utc-vs-local', [utc, printed('header', 'November 19, 2019'), printed('article', 'November 18, 2019')]),
    ).toBeNull();
    expect(runPick('utc-vs-local', [ld('2019-11-19T16:50:22Z'), printed('article', 'November 18, 2019')])).toBeNull();
    expect(
      runPick('utc-vs-local', [ld('2019-11-19T04:50:22+02:00'), printed('article', 'November 18, 2019')]),
    ).toBeNull();
  });
  it("on a page: not from another story's <time> text", () => {
    const p = published(`<meta property="article:published_time" content="2020-05-02T02:54:29Z">
      <article><h1>Title</h1><p>Body.</p></article><div class="list"><time>May 1, 2020</time></div>`);
    expect(p).toMatchObject({ date: '2020-05-02', source: 'meta:article:published_time' });
    const q = published(`<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">
      <article><h1>Title</h1><div class="date">November 18, 2019</div><p>Body.</p></article>`);
    expect(q).toMatchObject({ date: '2019-11-18', source: 'meta:article:published_time+local-day' });
  });
  it('on a page: takes the URL day, or a local machine time, when a UTC instant falls on the next day', () => {
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
  it('on a page: keeps the UTC day when nothing local disagrees, or a machine value is another instant', () => {
    expect(published(`<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">`)?.date).toBe(
      '2020-05-02',
    );
    const p =
      published(`<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2021-09-19T14:00:49Z"},
      {"@type":"WebPage","datePublished":"2021-09-20T09:45:26-07:00"}]</script>`);
    expect(p?.date).toBe('2021-09-19');
  });
});

describe('publisher-offset', () => {
  it('gives the UTC instant at the offset of a printed local clock', () => {
    const pick = runPick(
      'publisher-offset',
      [ld('2020-02-18T03:25:00Z'), printed('header', '۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵')],
      'fa',
    );
    expect(pick).toMatchObject({ iso: '2020-02-18T06:55:00+03:30', mark: null, day: { d: 18 } });
  });
  it('takes a machine value of the same instant at a local offset as it is', () => {
    const pick = runPick('publisher-offset', [
      meta('article:published_time', '2021-03-01T22:30:00Z'),
      meta('pubdate', '2021-03-02T07:30:00+09:00', 4),
    ]);
    expect(pick?.iso).toBe('2021-03-02T07:30:00+09:00');
  });
  it('leaves Z for a clock equal to the UTC one, another instant, or a time that is not the publisher’s', () => {
    const utc = meta('article:published_time', '2018-06-18T10:01:00Z');
    expect(runPick('publisher-offset', [utc, printed('header', 'June 18, 2018 10:01')])).toBeNull();
    expect(runPick('publisher-offset', [utc, printed('header', 'June 18, 2018 10:07')])).toBeNull();
    expect(runPick('publisher-offset', [utc, printed('page', 'June 18, 2018 13:01')])).toBeNull();
    expect(runPick('publisher-offset', [utc, time('header', 'printed', 'June 18, 2018 13:01', true)])).toBeNull();
  });
  it('on a page: the day and the offset together', () => {
    const p = published(`<meta property="article:published_time" content="2021-03-01T22:30:00Z">
      <meta name="pubdate" content="2021-03-02T07:30:00+09:00">`);
    expect(p).toMatchObject({
      date: '2021-03-02',
      iso: '2021-03-02T07:30:00+09:00',
      source: 'meta:article:published_time+local-day',
    });
    const doc =
      docOf(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T03:25:00Z"}</script>
      <article><h1>عنوان</h1><div class="date">۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵</div><p>متن.</p></article>`);
    expect(resolvePublished(collectDateEvidence(doc, articleOf(doc), null), 'fa', NOW)).toMatchObject({
      date: '2020-02-18',
      iso: '2020-02-18T06:55:00+03:30',
      source: 'json-ld:datePublished',
    });
  });
});
