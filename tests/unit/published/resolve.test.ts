// The whole pipeline on pages written for it: sources in order of trust, languages and labels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDateEvidence, resolvePublished } from '../../../src/core/published/index.ts';
import { pickFromText } from '../../../src/core/published/read.ts';
import { dayOf } from '../../../src/core/published/parse.ts';
import type { ArticleInfo } from '../../../src/core/types.ts';
import { NOW, docOf, published } from './helpers.ts';

describe('published: the seed page', () => {
  it('reads 19:04 GMT28 أكتوبر/ تشرين الأول 2021 as 2021-10-28T19:04Z', () => {
    const html = readFileSync(resolve(__dirname, '../../fixtures/seed-ar.html'), 'utf8');
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
  it('reads visible text near the byline and skips the Updated date', () => {
    const p = published(
      `<article><h1>Title</h1><div class="meta">Updated 5 March 2021 · Published 3 March 2021</div><p>Body.</p></article>`,
    );
    expect(p?.date).toBe('2021-03-03');
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
});

describe('published: languages', () => {
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
  it('falls back on the URL date', () => {
    expect(published('<p>No date here.</p>', 'https://x.example/news/20211028-story')).toMatchObject({
      date: '2021-10-28',
      source: 'url',
    });
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
});

describe('published-label', () => {
  it('picks the date after a "published" label in a line of several', () => {
    const p = pickFromText('Updated 5 March 2021 · Published 3 March 2021', 'en', NOW);
    expect(p && dayOf(p)).toBe('2021-03-03');
  });
  it('knows the labels of every language, the page language first', () => {
    const p = pickFromText('Aktualisiert: 30.12.2016, Veröffentlicht: 28.12.2016', 'de', NOW);
    expect(p && dayOf(p)).toBe('2016-12-28');
  });
});

describe('updated-label', () => {
  it('passes over a date after an "updated" label, and reads none in a line that holds only one', () => {
    const p = pickFromText('12.12.2016 | Aktualisiert: 30.12.2016', 'de', NOW);
    expect(p && dayOf(p)).toBe('2016-12-12');
    expect(pickFromText('Aktualisiert: 30.12.2016', 'de', NOW)).toBeNull();
  });
  it('keeps only plausible days', () => {
    expect(pickFromText('1. Januar 2099', 'de', NOW)).toBeNull();
  });
});
