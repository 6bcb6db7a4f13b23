import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/article/index.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { detectNews } from '../../../src/core/detect/index.ts';

const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'), 'text/html');
const html = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();

const LONG =
  'The committee met on Tuesday to discuss the proposal in detail, and its members agreed to publish a full report before the end of the month.';

describe('findArticle on the seed page (ar)', () => {
  const doc = fixture('seed-ar.html');
  const a = findArticle(doc);

  it('finds the body, the headline and the announce-text standfirst', () => {
    expect(a.root?.classList.contains('article__body')).toBe(true);
    expect(a.headline?.localName).toBe('h1');
    expect(a.standfirst?.classList.contains('article__announce-text')).toBe(true);
  });

  it('returns the six body paragraphs, the first opening with the dateline', () => {
    expect(a.paragraphs).toHaveLength(6);
    expect(text(a.paragraphs[0] ?? null).startsWith('موسكو - سبوتنيك.')).toBe(true);
    expect(text(a.paragraphs[5] ?? null)).toContain('وأكد الكرملين');
  });

  it('leaves out share bar, follow-us, related links, comments and the standfirst', () => {
    const all = a.paragraphs.map(text).join('\n');
    for (const s of ['انسخ الرابط', 'تابعنا عبر', 'انظر أيضا', 'التعليق بواسطة', 'أعلن الرئيس الروسي']) {
      expect(all).not.toContain(s);
    }
  });
});

describe('findArticle on the wire story (en)', () => {
  const a = findArticle(fixture('wire-en.html'));

  it('finds the body and headline; first paragraph holds the dateline', () => {
    expect(a.root?.classList.contains('article-body')).toBe(true);
    expect(text(a.headline)).toBe('Senate panel advances bipartisan grid security bill');
    expect(text(a.paragraphs[0] ?? null).startsWith('WASHINGTON (Reuters) -')).toBe(true);
  });

  it('keeps every body paragraph, in order, and nothing else', () => {
    expect(a.paragraphs).toHaveLength(11);
    expect(a.paragraphs.map((p) => p.getAttribute('data-testid'))).toEqual(
      Array.from({ length: 11 }, (_, i) => `paragraph-${i}`),
    );
  });

  it('excludes the caption, ad label, newsletter box, credits, related and comments', () => {
    const all = a.paragraphs.map(text).join('\n');
    for (const s of [
      'REUTERS/File Photo',
      'Scroll to continue',
      'Sign up for',
      'Reporting by',
      'Related Coverage',
      'Most Read',
    ]) {
      expect(all).not.toContain(s);
    }
  });
});

describe('findArticle in other languages and layouts', () => {
  it('ru: lead div before the body is the standfirst, not a paragraph', () => {
    const a = findArticle(fixture('detect-ru.html'));
    expect(a.standfirst?.className).toBe('news-header__lead');
    expect(text(a.paragraphs[0] ?? null).startsWith('МОСКВА, 29 июня. /ТАСС/.')).toBe(true);
    expect(a.paragraphs).toHaveLength(4);
  });

  it('fr: itemprop=articleBody is the root; itemprop=headline; chapo is the standfirst', () => {
    const a = findArticle(fixture('detect-fr.html'));
    expect(a.root?.getAttribute('itemprop')).toBe('articleBody');
    expect(a.headline?.getAttribute('itemprop')).toBe('headline');
    expect(a.standfirst?.className).toBe('article__chapo');
    expect(a.paragraphs.map(text).join(' ')).not.toContain('Soyez le premier');
  });

  it('ar: a body held in a <div> with <br> lines, no <p>', () => {
    const a = findArticle(fixture('detect-ar.html'));
    expect(a.root?.className).toBe('news-text');
    expect(a.paragraphs).toHaveLength(1);
    expect(text(a.paragraphs[0] ?? null).startsWith('القاهرة - وكالات.')).toBe(true);
    expect(text(a.paragraphs[0] ?? null)).not.toContain('اقرأ أيضا');
  });

  it('zh and ja: CJK paragraphs are weighted as real text', () => {
    const zh = findArticle(fixture('detect-zh.html'));
    expect(text(zh.paragraphs[0] ?? null).startsWith('新华社武汉7月2日电')).toBe(true);
    expect(zh.paragraphs.map(text).join('')).not.toContain('相关新闻');
    const ja = findArticle(fixture('detect-ja.html'));
    expect(ja.paragraphs).toHaveLength(3);
    expect(text(ja.paragraphs[0] ?? null).startsWith('【9月20日 AFP】')).toBe(true);
  });

  it('de: no metadata; a comments box with paragraphs stays out', () => {
    const a = findArticle(fixture('detect-de.html'));
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs.map(text).join(' ')).not.toContain('Kommentar');
  });

  it('a form wrapping the whole page (ASP.NET) is no form widget; a comment form still is', () => {
    const body = [1, 2, 3, 4].map((i) => `<p>${LONG} (${i})</p>`).join('');
    const doc = html(
      `<form id="aspnetForm" method="post"><div class="story">${body}</div></form>` +
        `<form class="reply"><p>${LONG} (reply)</p><textarea></textarea></form>`,
    );
    const a = findArticle(doc);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs.map(text).join(' ')).not.toContain('(reply)');
  });

  it('joins a body split across sibling containers by an ad', () => {
    const doc = html(
      `<h1>Title of the story here</h1><div id="body"><div class="part">${'<p>' + LONG + '</p>'.repeat(1)}<p>${LONG}</p><p>${LONG}</p></div>` +
        `<div class="ad-slot">Advertisement</div><div class="part"><p>${LONG} Second part.</p><p>${LONG}</p><p>${LONG}</p></div></div>`,
    );
    const a = findArticle(doc);
    expect(a.root?.id).toBe('body');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.paragraphs.map(text).join(' ')).not.toContain('Advertisement');
  });

  it('drops link lists inside the body and keeps short real paragraphs', () => {
    const doc = html(
      `<article><div class="text"><p>${LONG}</p><p>Short one.</p><p>${LONG}</p>` +
        `<p><a href="/a">Another story headline goes here</a></p><ul><li><a href="/b">More headline links in a list here</a></li></ul><p>${LONG}</p></div></article>`,
    );
    const a = findArticle(doc);
    const texts = a.paragraphs.map(text);
    expect(texts).toContain('Short one.');
    expect(texts.join(' ')).not.toContain('headline');
    expect(texts).toHaveLength(4);
  });

  it('picks the <h1> that matches og:title over a logo <h1>', () => {
    const doc = html(
      `<h1 class="logo">Daily Paper</h1><div class="story"><h1>Floods close main road</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`,
      '<meta property="og:title" content="Floods close main road">',
    );
    expect(text(findArticle(doc).headline)).toBe('Floods close main road');
  });

  it('returns no root and no paragraphs on a page without body text', () => {
    const a = findArticle(fixture('section-front-en.html'));
    expect(a.paragraphs).toHaveLength(0);
    expect(a.root).toBeNull();
  });
});

describe('one shared page walk', () => {
  it('detectNews and findArticle give the same results with a shared walk as alone', () => {
    const doc = fixture('wire-en.html');
    const url = 'https://wire.example.com/world/us/senate-panel-advances-grid-security-bill-2023-03-14/';
    const walk = walkPage(doc);
    expect(detectNews(doc, url, walk)).toEqual(detectNews(doc, url));
    const shared = findArticle(doc, walk);
    const alone = findArticle(doc);
    expect(shared.root).toBe(alone.root);
    expect(shared.paragraphs).toEqual(alone.paragraphs);
    expect(walk.ranking?.top?.el).toBe(alone.root);
  });
});
