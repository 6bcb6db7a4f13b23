// unwalkedLinkLimits (core/detect/shape.ts): before any walk, the load path
// bounds the link signals by the walk's own count run over the page's link
// collections. The bounds must never be below what the walk counts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLinks } from '../../../src/core/detect/links.ts';
import { paragraphBody } from '../../../src/core/detect/paragraphs.ts';
import { unwalkedLinkLimits } from '../../../src/core/detect/shape.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { runSync } from '../../../src/core/slice.ts';

const FIXTURES = resolve(__dirname, '../../fixtures');
const fixtureNames = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string): Document => parse(readFileSync(resolve(FIXTURES, name), 'utf8'));

describe('unwalkedLinkLimits: the walk’s link count over the page’s own link collections', () => {
  it.each(fixtureNames)('%s: at or above what countLinks counts on the walk', (name) => {
    const doc = fixture(name);
    const root = paragraphBody(doc).root;
    if (!root) return;
    const walk = walkPage(doc);
    const counts = runSync(countLinks(walk.links, root, 'news.example'));
    const all = [...unwalkedLinkLimits(doc, 'https://news.example/a/story', root, walk.links.length)];
    expect(all).toHaveLength(3);
    for (const [i, limits] of all.entries()) {
      expect(limits.listLinks).toBeGreaterThanOrEqual(counts.list);
      expect(limits.headlineLinks).toBeGreaterThanOrEqual(counts.headline);
      // Each is at least as tight as the one before.
      const before = all[i - 1];
      if (before) {
        expect(limits.listLinks).toBeLessThanOrEqual(before.listLinks);
        expect(limits.headlineLinks).toBeLessThanOrEqual(before.headlineLinks);
      }
    }
  });

  it('counts a headline standing alone in the body, not one in a sentence; outside, only headlines', () => {
    const doc = parse(`<body>
      <nav><a href="/a">Home</a><a href="/b">A story of the day with a long title</a></nav>
      <article><p>Text with <a href="/c">a link set in the sentence itself</a> inside it.</p>
      <div><a href="/d">Another story standing alone here</a></div><a href="/e">More</a></article></body>`);
    const root = doc.querySelector('article') as Element;
    expect([...unwalkedLinkLimits(doc, 'https://news.example/x', root, 7)]).toEqual([
      { headlineLinks: 7, listLinks: 3 },
      { headlineLinks: 7, listLinks: 1 },
      { headlineLinks: 1, listLinks: 1 },
    ]);
    expect([...unwalkedLinkLimits(doc, 'https://news.example/x', root, 0)].at(-1)).toEqual({
      headlineLinks: 0,
      listLinks: 0,
    });
  });
});
