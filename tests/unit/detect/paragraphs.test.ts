// paragraphBody(): the parent holding the most <p> text outside widgets, read
// as Firefox's reader check reads a page; with firstLong, it stops at the first
// parent holding a long body, and detectOnLoad decides a strongly typed story
// there.
import { describe, expect, it } from 'vitest';
import { detectNews, detectOnLoad, PARAGRAPHS_ONLY } from '../../../src/core/detect/index.ts';
import { LONG_PARAGRAPH_BODY, paragraphBody } from '../../../src/core/detect/paragraphs.ts';

/** A paragraph of exactly `n` characters. */
const para = (n: number): string => `<p>${'word '.repeat(Math.ceil(n / 5)).slice(0, n - 1)}.</p>`;
const paras = (count: number, n: number): string => para(n).repeat(count);
const parse = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('paragraphBody', () => {
  it('takes the parent with the most paragraph text, and counts only paragraphs of 60 characters or more', () => {
    const doc = parse(`<div id="a">${paras(3, 300)}<p>Short caption.</p></div><div id="b">${paras(4, 400)}</div>`);
    const pb = paragraphBody(doc);
    expect(pb.root?.id).toBe('b');
    expect([pb.chars, pb.paragraphs]).toEqual([1600, 4]);
  });

  it('leaves out a widget holding more text (comments), and text inside <noscript>', () => {
    const doc = parse(`<div id="story">${paras(3, 500)}</div><section class="comments">${paras(10, 500)}</section>`);
    expect(paragraphBody(doc).root?.id).toBe('story');
    const ns = parse(`<noscript><div id="ns">${paras(10, 500)}</div></noscript><div id="story">${paras(3, 500)}</div>`);
    expect(paragraphBody(ns).root?.id).toBe('story');
    const none = parse(`<section class="comments">${paras(10, 500)}</section>`);
    expect(paragraphBody(none)).toEqual({ root: null, chars: 0, paragraphs: 0 });
  });

  it('of two parents holding as much, takes the one whose last paragraph comes first', () => {
    const doc = parse(`<div id="a">${paras(2, 300)}</div><div id="b">${paras(3, 200)}</div>`);
    expect(paragraphBody(doc).root?.id).toBe('a');
    // a's last paragraph comes after b's: b got to 600 first.
    const nested = parse(`<div id="a">${para(300)}<div id="b">${paras(3, 200)}</div>${para(300)}</div>`);
    expect(paragraphBody(nested).root?.id).toBe('b');
  });

  it('with firstLong, stops at the first parent holding a long body, past widgets', () => {
    const doc = parse(
      `<aside class="comments">${paras(4, 500)}</aside><div id="first">${paras(2, 800)}</div><div id="longer">${paras(10, 500)}</div>`,
    );
    const early = paragraphBody(doc, true);
    expect(early.root?.id).toBe('first');
    expect(early.chars).toBeGreaterThanOrEqual(LONG_PARAGRAPH_BODY);
    // A full read finds the longer one.
    expect(paragraphBody(doc).root?.id).toBe('longer');
  });

  it('with firstLong and no long body, reads everything and gives what a full read gives', () => {
    const doc = parse(`<div id="a">${paras(2, 300)}</div><div id="b">${paras(3, 300)}</div>`);
    expect(paragraphBody(doc, true)).toEqual(paragraphBody(doc));
  });
});

describe('detectOnLoad: a strongly typed story is decided at its first long body', () => {
  const url = 'https://news.example/2024/05/02/a-story-of-the-day';
  const strong =
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z">';
  const body = `<h1>A story of the day</h1><div id="first">${paras(2, 800)}</div><div id="longer">${paras(10, 500)}</div>${'<a href="/x">A headline link to another story of the site</a>'.repeat(300)}`;

  it('with a head that makes any long body news, stops at the first one and reports only the head', () => {
    const { detection, walk } = detectOnLoad(parse(body, strong), url);
    const full = detectNews(parse(body, strong), url);
    expect(walk).toBeNull();
    expect(detection.isNews).toBe(true);
    expect(full.isNews).toBe(true);
    expect(detection.signals).toContain(PARAGRAPHS_ONLY);
    expect(detection.signals.some((s) => s.startsWith('body-'))).toBe(false);
    expect(detection.signals.filter((s) => s !== PARAGRAPHS_ONLY).every((s) => full.signals.includes(s))).toBe(true);
  });

  it('with a weaker head, reads every paragraph and reports the whole body', () => {
    const weak = '<meta property="og:type" content="article">';
    const { detection } = detectOnLoad(parse(body, weak), url);
    expect(detection.isNews).toBe(detectNews(parse(body, weak), url).isNews);
    expect(detection.signals).toContain('body-paragraphs:10');
  });
});
