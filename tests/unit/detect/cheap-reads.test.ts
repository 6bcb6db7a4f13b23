// Detection's cheap reads on the load path (core/detect): each was rewritten
// to cost less, and must give what the code it replaced gave. The replaced
// code is kept here as the reference.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLinks, linkBounds } from '../../../src/core/detect/links.ts';
import { urlId } from '../../../src/core/detect/metadata.ts';
import { paragraphBody, type ParagraphBody } from '../../../src/core/detect/paragraphs.ts';
import { ANCESTOR_CHECK, inNonBody, type NonBodyMemo } from '../../../src/core/page/non-body.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { runSync } from '../../../src/core/slice.ts';

const FIXTURES = resolve(__dirname, '../../fixtures');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string): Document => parse(readFileSync(resolve(FIXTURES, name), 'utf8'));

describe('urlId: an article id or slug ending the path, without backtracking', () => {
  /** The pattern urlId replaced. */
  const URL_ID = /(?:\d{5,}|(?:[\p{L}\p{N}]+[-_]){4,}[\p{L}\p{N}]+)(?:\.s?html?|\.php|\.aspx?)?\/?$/u;

  it.each([
    ['/world/2023/senate-panel-advances-grid-security-bill/', true],
    ['/article/164913/الناشط-الحقوقي-السوداني-خالد-عبد-الكريم-ماسا-لـ«ا', false],
    ['/news/a-b-c-d-e.html', true],
    ['/news/a-b-c-d.html', false],
    ['/news/story_one_two_three_four', true],
    ['/news/1234567', true],
    ['/news/a1234', false],
    ['/news/1234567.shtml/', true],
    ['/news/x.a-b-c-d-e', true],
    ['/news/a--b-c-d-e', false],
    ['/news/-a-b-c-d', false],
    ['/news/a-b-c-d-e//', false],
    ['/news/a-b-c-d-e.HTML', false],
    ['/', false],
    ['', false],
  ])('%s: %s, as the pattern says', (path, expected) => {
    expect(urlId(path)).toBe(expected);
    expect(URL_ID.test(path)).toBe(expected);
  });

  it('agrees with the pattern on random paths', () => {
    const piece = fc.constantFrom(
      'a',
      'Ö',
      'ل',
      'ـ',
      '字',
      '7',
      '12',
      '1234',
      '12345',
      '-',
      '_',
      '--',
      '.',
      '/',
      '.html',
      '.php',
      '.aspx',
      '«',
      ' ',
      'x1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const path = pieces.join('');
        expect(urlId(path)).toBe(URL_ID.test(path));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('paragraphBody: the widget check asked of the likeliest parents only', () => {
  /** The paragraph body as it was read before: every parent checked as its first paragraph is met. */
  function reference(doc: Document): ParagraphBody {
    const best: ParagraphBody = { root: null, chars: 0, paragraphs: 0 };
    const body = doc.body;
    const ps = body.getElementsByTagName('p');
    const byParent = new Map<Element, ParagraphBody | null>();
    const memo: NonBodyMemo = new Map();
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i] as Element;
      const root = p.parentElement;
      const len = (p.textContent ?? '').trim().length;
      if (!root || len < 60 || p.closest('noscript')) continue;
      let sum = byParent.get(root);
      if (sum === undefined)
        byParent.set(
          root,
          (sum = inNonBody(root, body, ANCESTOR_CHECK, memo) ? null : { root, chars: 0, paragraphs: 0 }),
        );
      if (!sum) continue;
      sum.chars += len;
      sum.paragraphs++;
      if (sum.chars > best.chars) Object.assign(best, sum);
    }
    return best;
  }

  it.each(fixtureNames)('%s: the same body as before', (name) => {
    expect(paragraphBody(fixture(name))).toEqual(reference(fixture(name)));
  });

  it('the same body on random pages: ties, widgets and short paragraphs', () => {
    const text = (n: number): string => 'Word of a sentence. '.repeat(n);
    const para = fc.record({ parent: fc.integer({ min: 0, max: 5 }), words: fc.integer({ min: 1, max: 8 }) });
    const widgetOf = fc.array(fc.boolean(), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 30 }), widgetOf, (paras, widget) => {
        const doc = parse('<html><body></body></html>');
        const parents = widget.map((w, i) => {
          const div = doc.createElement('div');
          if (w) div.className = 'comments';
          div.id = `p${i}`;
          doc.body.append(div);
          return div;
        });
        for (const { parent, words } of paras) {
          const p = doc.createElement('p');
          p.textContent = text(words); // 20 characters a word: 1 to 8 words straddle the 60-character floor
          parents[parent]?.append(p);
        }
        expect(paragraphBody(doc)).toEqual(reference(doc));
      }),
      { numRuns: 300 },
    );
  });
});

describe('linkBounds: the most links countLinks can find, from the page’s own collections', () => {
  it.each(fixtureNames)('%s: at or above what countLinks counts on the walk', (name) => {
    const doc = fixture(name);
    const root = paragraphBody(doc).root;
    if (!root) return;
    const walk = walkPage(doc);
    const counts = runSync(countLinks(walk.links, root, 'news.example'));
    const bounds = linkBounds(doc.body, root, walk.links.length);
    expect(bounds.list).toBeGreaterThanOrEqual(counts.list);
    expect(bounds.headline()).toBeGreaterThanOrEqual(counts.headline);
  });

  it('counts a link standing alone in the body, not one in a sentence; outside, only a headline’s length of text', () => {
    const doc = parse(`<body>
      <nav><a href="/a">Home</a><a href="/b">A story of the day with a long title</a></nav>
      <article><p>Text with <a href="/c">a link set in the sentence itself</a> inside it.</p>
      <div><a href="/d">Another story standing alone here</a></div><a href="/e">More</a></article></body>`);
    const root = doc.querySelector('article') as Element;
    const bounds = linkBounds(doc.body, root, 800);
    expect(bounds.list).toBe(1);
    expect(bounds.headline()).toBe(1);
    expect(linkBounds(doc.body, root, 0).list).toBe(0);
  });
});
