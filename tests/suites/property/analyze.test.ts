// Property-based tests (issue 8) on generated pages, well-formed, malformed
// (tag soup through the HTML parser) and deeply nested:
//   1. analyze never throws;
//   2. the real pipeline (findArticle → findClutter → hide every kind) never
//      hides a body paragraph findArticle found, nor the headline;
//   3. hide then restore gives back the identical DOM (serialization equal).
// numRuns is bounded so the file stays a few seconds on CI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/article/index.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { HIDDEN_ATTR, hide, restore } from '../../../src/core/cleanup.ts';
import { findClutter } from '../../../src/core/clutter/index.ts';
import { analyze } from '../../../src/core/report.ts';
import type { ClutterKind } from '../../../src/core/types.ts';

const ALL: ClutterKind[] = ['share', 'comments', 'related', 'newsletter'];

// ---- generated trees (built with DOM calls) --------------------------------

interface GenNode {
  tag: string;
  cls: string;
  href: string;
  text: string;
  /** Wrap this node in a chain of this many <div>s (deep nesting). */
  wrap: number;
  children: GenNode[];
}

const TAGS = [
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'nav',
  'ul',
  'li',
  'p',
  'p',
  'p',
  'span',
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'form',
  'textarea',
  'iframe',
  'blockquote',
  'figure',
  'time',
  'br',
  'script',
  'table',
  'td',
];
const NAMES = [
  '',
  '',
  '',
  'share',
  'social-icons',
  'comments',
  'comment-form',
  'related',
  'newsletter',
  'addthis_toolbox',
  'disqus_thread',
  'article-body',
  'story',
  'byline',
  'date',
  'sidebar',
  'content',
];
const HREFS = [
  '',
  '/x',
  'https://www.facebook.com/sharer/sharer.php?u=x',
  'https://twitter.com/intent/tweet?url=x',
  'https://twitter.com/paper',
  'https://instagram.com/paper',
  'https://disqus.com/embed/comments/',
  // eslint-disable-next-line no-script-url -- hostile page data
  'javascript:void(0)',
];
const TEXTS = [
  '',
  'Share',
  'شارك',
  'التعليقات',
  'Comments (2)',
  'Read more',
  'Поделиться',
  '评论',
  'Follow us',
  '14 March 2026',
  '١٤ مارس ٢٠٢٦',
  'MOSCOW (Reuters) -',
  '"We will win," the minister said on Tuesday.',
  '«Мы победим», — сказал министр.',
  'A body paragraph with enough words and commas, like real article text, which must never be hidden by clean-up.',
  'يقول الوزير إن الحكومة ستواصل العمل، وإن الخطة ستنفذ خلال العام المقبل، حسب ما أعلن اليوم في مؤتمر صحفي.',
];

const genNode: fc.Memo<GenNode> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.constantFrom(...NAMES),
    href: fc.constantFrom(...HREFS),
    text: fc.constantFrom(...TEXTS),
    wrap: fc.oneof(
      { weight: 8, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }) },
    ),
    children: depth > 1 ? fc.array(genNode(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

function build(doc: Document, parent: Element, g: GenNode): void {
  let host = parent;
  for (let i = 0; i < g.wrap; i++) {
    const d = doc.createElement('div');
    host.appendChild(d);
    host = d;
  }
  const el = doc.createElement(g.tag);
  if (g.cls) el.setAttribute('class', g.cls);
  if (g.href) el.setAttribute(g.tag === 'iframe' ? 'src' : 'href', g.href);
  if (g.text) el.appendChild(doc.createTextNode(g.text));
  host.appendChild(el);
  if (g.tag === 'textarea' || g.tag === 'script' || g.tag === 'br' || g.tag === 'iframe') return;
  for (const c of g.children) build(doc, el, c);
}

const treePage = fc
  .record({
    title: fc.constantFrom('', 'Minister says plan will go ahead', 'عنوان الخبر'),
    ogArticle: fc.boolean(),
    lang: fc.constantFrom('', 'en', 'ar', 'ru', 'zh-CN', 'xx-invalid'),
    tree: fc.array(genNode(4), { minLength: 1, maxLength: 5 }),
  })
  .map(({ title, ogArticle, lang, tree }) => {
    const doc = document.implementation.createHTMLDocument(title);
    if (lang) doc.documentElement.setAttribute('lang', lang);
    if (ogArticle) {
      const m = doc.createElement('meta');
      m.setAttribute('property', 'og:type');
      m.setAttribute('content', 'article');
      doc.head.appendChild(m);
    }
    for (const g of tree) build(doc, doc.body, g);
    return doc;
  });

// ---- malformed pages (tag soup through the HTML parser) --------------------

const SOUP = [
  '<div class="share">',
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<p class="body">',
  '<a href="https://twitter.com/intent/tweet?u=1">',
  '</a>',
  '<a href="https://t.me/share/url?url=x">Telegram',
  '<section id="comments">',
  '<form><textarea>',
  '</textarea>',
  '<iframe src="https://disqus.com/embed/comments/">',
  '<table><tr><td>',
  '</table>',
  '<ul><li>',
  '<h1>',
  '</h1>',
  '<h2>Related',
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-1',
  '<script type="application/ld+json">{"@graph":[{"@graph":[{"mainEntity":{"@type":"NewsArticle"}}]}]}</script>',
  '</script>',
  '<meta property="article:published_time" content="not a date">',
  '<meta name="date" content="2026-13-45">',
  '<time datetime="2026-03-14T25:61">',
  '<template><p>in a template</p></template>',
  '<svg><a href="https://facebook.com/sharer/sharer.php?u=1"><text>Share</text></a></svg>',
  '<math><mi>x</mi>',
  '<!-- unclosed comment',
  '<![CDATA[ x ]]>',
  '<noscript><p>No script',
  '<select><option>14.03.2026',
  '<frameset>',
  '<plaintext>',
  '<base href="javascript:alert(1)">',
  '<body dir="rtl">',
  '<html lang="ar">',
  '&amp;&lt;&#x0;&#xD800;&nbsp;',
  '\u0000\uFFFD\u202E\u200F',
  '"',
  "'",
  '«',
  '„',
  '「',
  ' said the minister, ',
  'قال الوزير: "',
  'A body paragraph with enough words and commas, like real article text, which must never be hidden. ',
  '12 March 2026',
  'Share',
  'Comments',
  'Follow us',
];

const soupPage = fc.array(fc.constantFrom(...SOUP), { minLength: 1, maxLength: 60 }).map((parts) => {
  return new DOMParser().parseFromString(parts.join(''), 'text/html');
});

// A few hand-made pathological shapes, always in the mix.
function deepPage(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('deep');
  let cur: Element = doc.body;
  for (let i = 0; i < depth; i++) {
    const d = doc.createElement(i % 3 ? 'div' : 'section');
    if (i % 97 === 0) d.className = 'share';
    cur.appendChild(d);
    cur = d;
  }
  const p = doc.createElement('p');
  p.textContent = TEXTS[TEXTS.length - 2] as string;
  cur.appendChild(p);
  return doc;
}

const anyPage = fc.oneof(
  { weight: 4, arbitrary: treePage },
  { weight: 4, arbitrary: soupPage },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 800 }).map(deepPage) },
);

const URLS = fc.constantFrom(
  null,
  'https://news.example/2026/03/14/minister-plan.html',
  'https://news.example/',
  'not a url',
  'https://news.example/%E0%A4%A',
);

const isHidden = (el: Element): boolean => el.closest(`[${HIDDEN_ATTR}]`) !== null;

describe('analyze on generated pages', () => {
  it('never throws, and returns a well-formed Report', () => {
    fc.assert(
      fc.property(anyPage, URLS, (doc, url) => {
        const r = analyze(doc, url);
        expect(typeof r.isNews).toBe('boolean');
        expect(r.newsScore).toBeGreaterThanOrEqual(0);
        expect(r.newsScore).toBeLessThanOrEqual(1);
        expect(Array.isArray(r.quotes)).toBe(true);
        expect(Array.isArray(r.clutter)).toBe(true);
        // The Report crosses process boundaries: it must be plain data.
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 40 },
    );
  }, 30000);
});

describe('clean-up on generated pages (findArticle → findClutter → hide every kind)', () => {
  it('never hides a body paragraph or the headline, and restore gives back the identical DOM', () => {
    fc.assert(
      fc.property(anyPage, (doc) => {
        const before = doc.documentElement.outerHTML;
        const article = findArticle(doc, walkPage(doc));
        const hits = findClutter(doc, article);
        hide(doc, hits, ALL);
        for (const p of article.paragraphs) expect(isHidden(p)).toBe(false);
        if (article.headline) expect(isHidden(article.headline)).toBe(false);
        if (article.standfirst) expect(isHidden(article.standfirst)).toBe(false);
        // Nothing of the page is removed or changed but the marks.
        restore(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
        // Twice in a row is the same.
        hide(doc, findClutter(doc, article), ALL);
        restore(doc);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 40 },
    );
  }, 30000);
});
