// core/reader on whole pages written for this project: what the reading view
// keeps, what it hides, and the text it leaves visible, in English, Arabic
// (paragraphs between <br>s, direction set only in CSS) and Japanese (short
// lines held in <span>s: no length threshold may reject them).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReadable, type ReadableArticle } from '../../../src/core/reader/index.ts';
import { hideOutside, visibleTextOf } from '../../../src/core/reader/visible.ts';

const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8'), 'text/html');
const page = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

function extract(doc: Document): ReadableArticle {
  const a = extractReadable(doc, null);
  if (!a) throw new Error('no article');
  return a;
}

/**
 * What the reading view shows, read from the whole page the way its stylesheet
 * would hide it: hideOutside and hideInside display:none, the loose text of
 * the kept elements' ancestors visibility:hidden.
 */
function shown(doc: Document, a: ReadableArticle): string {
  const hidden = new Set([...hideOutside(doc.body, a.keep), ...a.hideInside]);
  const kept = new Set(a.keep);
  const parts: string[] = [];
  const walk = (el: Element, visible: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && visible) parts.push((c as Text).data);
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (hidden.has(e) || ['script', 'style', 'noscript', 'template'].includes(e.localName)) continue;
      const cell = e.localName === 'td' || e.localName === 'th';
      const block = !cell && !['a', 'span', 'b', 'i', 'em', 'strong'].includes(e.localName);
      parts.push(block || e.localName === 'br' ? '\n' : cell ? ' ' : '');
      walk(e, visible || kept.has(e));
      parts.push(block ? '\n' : cell ? ' ' : '');
    }
  };
  walk(doc.body, false);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l))
    .join('\n');
}

describe('extractReadable on an English news page (reader-en.html)', () => {
  const doc = fixture('reader-en.html');
  const a = extract(doc);
  const lines = a.text.split('\n');

  it('keeps the body in reading order: standfirst, paragraphs, subheading, list items, table rows, quotes, embedded post', () => {
    expect(lines).toEqual([
      'After two winters of flooding, councillors back a plan that will take four years and most of the reserve fund.',
      'PORTHAVEN — The town council voted on Tuesday to rebuild the old sea wall, ending a debate that has divided the harbour for almost a decade.',
      'The vote was eleven to four, with two members absent, and it commits the town to the largest building project in its modern history.',
      '"We have patched this wall for thirty years, and every winter the sea takes the patches back," said the council leader, Ruth Abbott.',
      'What the plan covers',
      'The plan replaces six hundred metres of stone with a concrete core, raises the walkway by a metre and adds two storm gates at the harbour mouth.',
      'A concrete core faced with the old stone, so that the front looks as it does today.',
      'Two storm gates, closed on the highest tides of the year.',
      'Phase Years',
      'Foundations 2022 to 2023',
      'Wall and gates 2024 to 2025',
      'The council has backed the sea wall plan, eleven votes to four.',
      '— Porthaven Council (@porthaven) March 2, 2021',
      'Opponents argued that the money would be better spent on moving the homes closest to the water.',
      'The work is due to start next spring, once the fishing season has ended, and the harbour will stay open throughout.',
    ]);
  });

  it('finds the header: headline, standfirst, byline; the view keeps them; the text has the standfirst, not the others', () => {
    expect(a.headline?.textContent).toBe('Harbour town votes to rebuild its sea wall');
    expect(a.standfirst?.className).toBe('story-standfirst');
    expect(a.byline.map((b) => b.className)).toEqual(['byline']);
    for (const el of [a.headline, a.standfirst, ...a.byline]) expect(a.keep).toContain(el);
    expect(a.text).not.toContain('Mara Quinn');
    expect(a.text).not.toContain('Harbour town votes');
    expect(a.visibleText).toContain('By Mara Quinn');
  });

  it('keeps the figure and the pull quote in view, beside the text', () => {
    const figure = doc.querySelector('figure');
    const pull = doc.querySelector('.pullquote');
    expect(a.aside).toEqual([figure, pull]);
    expect(a.media).toEqual([doc.querySelector('img')]);
    expect(a.text).not.toContain('Photo: Coast Courier');
    expect(a.visibleText).toContain('The sea wall after the storm of January.');
    expect(a.visibleText).toContain('Every winter the sea takes the patches back.');
  });

  it('shows no furniture: cookie bar, navigation, share bar, ad, tags, newsletter, related, comments, sidebar, footer', () => {
    const all = a.visibleText;
    for (const s of [
      'We use cookies',
      'Sport',
      'Facebook',
      'Advertisement',
      'Flooding',
      'Sign up',
      'More from the coast',
      'Ferry timetable',
      'my cellar has flooded',
      'Most read',
      'All rights reserved',
    ]) {
      expect(all).not.toContain(s);
    }
  });

  it('the text is exactly what the view shows of the page (hiding outside and inside), minus header and asides', () => {
    expect(visibleTextOf(a.keep, new Set([...a.hideInside, ...a.aside, a.headline!, ...a.byline]))).toBe(a.text);
    expect(shown(doc, a)).toBe(a.visibleText);
  });

  it('joins the body split around an ad into one region and hides the ad inside it', () => {
    const chunks = [...doc.querySelectorAll('.body-chunk')];
    for (const c of chunks) expect(a.keep).toContain(c);
    expect(a.keep).not.toContain(doc.querySelector('.ad-slot'));
    expect(a.dropped.map((d) => d.rule)).toContain('chrome:name');
  });

  it('changes nothing in the page', () => {
    const before = doc.documentElement.outerHTML;
    extract(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractReadable on an Arabic page (reader-ar.html): <br> paragraphs, direction in CSS only', () => {
  const doc = fixture('reader-ar.html');
  const a = extract(doc);

  it('the view shows exactly the header and the text, the ad label inside the body hidden', () => {
    expect(shown(doc, a)).toBe(a.visibleText);
    expect(a.visibleText.split('\n').slice(2).join('\n')).toBe(a.text);
  });

  it('keeps the four paragraphs, the dateline first, and hides the ad label between them', () => {
    const lines = a.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.startsWith('الإسكندرية - الساحل.')).toBe(true);
    expect(lines[1]).toContain('«هذه المكتبة مفتوحة للجميع');
    expect(a.text).not.toContain('إعلان');
    expect(a.hideInside.map((e) => e.className)).toEqual(['ads']);
  });

  it('shows the headline and date line, and none of the menu, share icons, related news or footer', () => {
    expect(a.byline.map((e) => e.className)).toEqual(['news-date']);
    for (const s of ['الرئيسية', 'شارك', 'أخبار ذات صلة', 'وزير الثقافة', 'الأكثر قراءة', 'جميع الحقوق']) {
      expect(a.visibleText).not.toContain(s);
    }
  });
});

describe('extractReadable on a Japanese page (reader-ja.html): short lines in <span>s', () => {
  const doc = fixture('reader-ja.html');
  const a = extract(doc);

  it('the view shows exactly the headline, the date line and the text', () => {
    expect(shown(doc, a)).toBe(a.visibleText);
    expect(a.visibleText.split('\n').slice(0, 2)).toEqual(['駅前に新しい図書館が開館', '2021年3月4日 10時30分']);
  });

  it('keeps every line, though none is long', () => {
    expect(a.text.split('\n')).toEqual([
      '港町市の駅前に四日、新しい市立図書館が開館した。',
      '蔵書は約五万冊で、子ども向けの読書室も設けられた。',
      '市長は開館式で「誰もが気軽に立ち寄れる場所にしたい」と述べた。',
      '開館時間は午前九時から午後九時まで。',
    ]);
    expect(a.visibleText).not.toContain('関連記事');
    expect(a.visibleText).not.toContain('ツイート');
  });
});

describe('extractReadable on pages without an article', () => {
  it('returns null on an empty page and on a page of links', () => {
    expect(extractReadable(page(''), null)).toBeNull();
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Story number ${i} of the day</a></li>`);
    expect(extractReadable(page(`<ul>${links.join('')}</ul>`), null)).toBeNull();
  });

  it('survives a page nested far deeper than its walks go', () => {
    const deep = `${'<div>'.repeat(1500)}<p>${'A sentence of the deep page, with a comma. '.repeat(5)}</p>${'</div>'.repeat(1500)}`;
    expect(() => extractReadable(page(deep), null)).not.toThrow();
  });
});
