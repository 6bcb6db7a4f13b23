// Property-based checks on generated DOMs: findClutter and hide never throw,
// never hide body text, and hide + restore is the identity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, hide, restore } from '../../../src/core/cleanup.ts';
import { findClutter } from '../../../src/core/clutter/index.ts';
import type { ArticleInfo } from '../../../src/core/types.ts';

interface GenNode {
  tag: string;
  cls: string;
  id: string;
  href: string;
  text: string;
  body: boolean;
  children: GenNode[];
}

const TAGS = [
  'div',
  'section',
  'aside',
  'ul',
  'li',
  'span',
  'a',
  'button',
  'h3',
  'form',
  'iframe',
  'textarea',
  'footer',
  'nav',
];
const NAMES = [
  '',
  '',
  'share',
  'social-icons',
  'comments',
  'comment-form',
  'related',
  'newsletter',
  'addthis_toolbox',
  'fb-comments',
  'disqus_thread',
  'tool-bar',
  'main-col',
  'story',
];
const HREFS = [
  '',
  '/x',
  'https://www.facebook.com/sharer/sharer.php?u=x',
  'https://twitter.com/paper',
  'https://t.me/share/url?url=x',
  'https://instagram.com/paper',
  'mailto:?subject=x',
];
const TEXTS = [
  '',
  'شارك',
  'التعليقات',
  'Share',
  'Comments (2)',
  'Read more',
  'Поделиться',
  '评论',
  'Follow us',
  '12',
  'News',
];
const BODY_TEXT = 'A body paragraph with enough words to be the article itself, which must never be hidden.';

const node: fc.Memo<GenNode> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.constantFrom(...NAMES),
    id: fc.constantFrom(...NAMES),
    href: fc.constantFrom(...HREFS),
    text: fc.constantFrom(...TEXTS),
    body: fc.boolean(),
    children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

function build(doc: Document, parent: Element, g: GenNode, paragraphs: Element[]): void {
  const el = doc.createElement(g.tag);
  if (g.cls) el.setAttribute('class', g.cls);
  if (g.id) el.setAttribute('id', `${g.id}-${paragraphs.length}-${parent.childElementCount}`);
  if (g.tag === 'a' && g.href) el.setAttribute('href', g.href);
  if (g.tag === 'iframe' && g.href) el.setAttribute('src', g.href);
  if (g.text) el.appendChild(doc.createTextNode(g.text));
  parent.appendChild(el);
  if (g.body && g.tag !== 'iframe' && g.tag !== 'textarea') {
    const p = doc.createElement('p');
    p.textContent = BODY_TEXT;
    el.appendChild(p);
    paragraphs.push(p);
  }
  if (g.tag !== 'iframe' && g.tag !== 'textarea') for (const c of g.children) build(doc, el, c, paragraphs);
}

function page(tree: GenNode[]): { doc: Document; article: ArticleInfo } {
  const doc = document.implementation.createHTMLDocument('generated');
  const paragraphs: Element[] = [];
  for (const g of tree) build(doc, doc.body, g, paragraphs);
  return { doc, article: { root: null, paragraphs, headline: null, standfirst: null } };
}

const hiddenUp = (el: Element): boolean => el.closest(`[${HIDDEN_ATTR}]`) !== null;

describe('clutter and cleanup on generated pages', () => {
  it('never throw, never hide body text, and restore exactly', () => {
    fc.assert(
      fc.property(fc.array(node(4), { minLength: 1, maxLength: 5 }), (tree) => {
        const { doc, article } = page(tree);
        const before = doc.documentElement.outerHTML;
        const hits = findClutter(doc, article);
        for (const h of hits) {
          for (const p of article.paragraphs) expect(h.element.contains(p) || p.contains(h.element)).toBe(false);
        }
        hide(doc, hits, ['share', 'comments', 'related', 'newsletter']);
        for (const p of article.paragraphs) expect(hiddenUp(p)).toBe(false);
        restore(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('stays bounded on a large and deep page (no quadratic walk)', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const p = doc.createElement('p');
    p.textContent = BODY_TEXT;
    doc.body.appendChild(p);
    // 2,000-deep chain plus 20,000 share-ish leaves.
    let cur: Element = doc.body;
    for (let i = 0; i < 2000; i++) {
      const d = doc.createElement('div');
      cur.appendChild(d);
      cur = d;
    }
    for (let i = 0; i < 2000; i++) {
      const box = doc.createElement('div');
      box.className = i % 2 ? 'share' : 'card';
      for (let k = 0; k < 9; k++) {
        const a = doc.createElement('a');
        a.setAttribute('href', k % 3 ? `/n/${i}/${k}` : 'https://twitter.com/intent/tweet?u=x');
        a.textContent = k % 2 ? 'Share' : `Story ${i}`;
        box.appendChild(a);
      }
      (i % 3 ? doc.body : cur).appendChild(box);
    }
    const article: ArticleInfo = { root: null, paragraphs: [p], headline: null, standfirst: null };
    const t0 = performance.now();
    const hits = findClutter(doc, article);
    const ms = performance.now() - t0;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.element.contains(p))).toBe(false);
    // Linear work on ~24,000 elements: seconds would mean a quadratic path.
    expect(ms).toBeLessThan(5000);
  });
});
