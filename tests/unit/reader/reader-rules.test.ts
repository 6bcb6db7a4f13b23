// Every named rule of core/reader, each on markup written for it: what it
// takes out, and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractReadable } from '../../../src/core/reader/index.ts';
import { bestRoot, containerOf, growRegion, scoreBlocks, TRUNCATED } from '../../../src/core/reader/region.ts';
import {
  BLOCK_RULES,
  ELEMENT_RULES,
  elementRule,
  nameParts,
  titledAsChrome,
  type RuleContext,
} from '../../../src/core/reader/rules.ts';
import type { Block } from '../../../src/core/reader/types.ts';
import { collectBlocks } from '../../../src/core/reader/walk.ts';

const page = (body: string, head = ''): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const el = (html: string): Element => {
  const e = page(html).body.firstElementChild;
  if (!e) throw new Error('no element');
  return e;
};
const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  clutter: new Map(),
  header: new Set(),
  holdsBody: () => false,
  headline: null,
  ...over,
});
const rule = (html: string, over: Partial<RuleContext> = {}): string | null =>
  elementRule(el(html), ctx(over))?.rule ?? null;
const block = (text: string, over: Partial<Block> = {}): Block => ({
  el: el('<p></p>'),
  kind: 'paragraph',
  text,
  linkChars: 0,
  whole: true,
  index: 0,
  nodes: [],
  ...over,
});
const dropsBlock = (name: string, b: Block): boolean => {
  const r = BLOCK_RULES.find((x) => x.name === name);
  if (!r) throw new Error(`no rule ${name}`);
  return r.test(b, { blocks: [b], lastBody: -1, comments: [] });
};
const SENTENCE = 'The council met on Tuesday and agreed, after a long debate, to publish the full report next month.';

describe('the rule lists', () => {
  it('name every rule once', () => {
    const names = [...ELEMENT_RULES.map((r) => r.name), ...BLOCK_RULES.map((r) => r.name)];
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('nameParts', () => {
  it('splits class and id tokens at - _ : and camelCase, and drops state tokens', () => {
    expect(nameParts(el('<div class="article-body shareBar is-open" id="main_col"></div>'))).toEqual([
      'article',
      'body',
      'articlebody',
      'share',
      'bar',
      'main',
      'col',
      'maincol',
    ]);
  });
});

describe('hidden', () => {
  it('drops what the markup hides, even the body wrapper', () => {
    expect(rule('<div hidden><p>x</p></div>')).toBe('hidden');
    expect(rule('<div style="display: none"><p>x</p></div>', { holdsBody: () => true })).toBe('hidden');
    expect(rule('<div style="color: red"><p>x</p></div>')).toBeNull();
  });
});

describe('header and header:h1', () => {
  it('sets the headline, the standfirst and any <h1> aside', () => {
    const h = el('<h2>Title</h2>');
    expect(elementRule(h, ctx({ header: new Set([h]) }))).toEqual({ rule: 'header', action: 'aside' });
    expect(rule('<h1>Another title</h1>')).toBe('header:h1');
    expect(rule('<h2>A subheading</h2>')).toBeNull();
  });
});

describe('clutter', () => {
  it('drops what core/clutter found, but not an embedded post it took for a share box', () => {
    const bar = el('<div class="x"><a href="https://facebook.com/sharer">f</a></div>');
    expect(elementRule(bar, ctx({ clutter: new Map([[bar, 'share-link:facebook']]) }))?.rule).toBe(
      'clutter:share-link:facebook',
    );
    const embed = el('<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Hi</p></blockquote></div>');
    expect(elementRule(embed, ctx({ clutter: new Map([[embed, 'share:generic-class']]) }))).toBeNull();
  });
});

describe('pull-quote', () => {
  it('sets a pull quote aside; a block quote is body', () => {
    expect(rule('<aside class="pull-quote"><p>Words</p></aside>')).toBe('pull-quote');
    expect(rule('<div class="pq"><p>Words</p></div>')).toBe('pull-quote');
    expect(rule('<blockquote class="pullquote"><p>Words</p></blockquote>')).toBeNull();
  });
});

describe('chrome:tag and chrome:role', () => {
  it('drops navigation, asides, footers, forms and controls, by tag or role', () => {
    for (const tag of ['nav', 'aside', 'footer', 'form', 'button'])
      expect(rule(`<${tag}>x</${tag}>`)).toBe('chrome:tag');
    expect(rule('<div role="navigation">x</div>')).toBe('chrome:role');
    expect(rule('<div role="complementary">x</div>')).toBe('chrome:role');
    expect(rule('<div role="main">x</div>')).toBeNull();
  });

  it('yields to the guard: a <form> that wraps the whole page is walked', () => {
    expect(rule('<form><p>x</p></form>', { holdsBody: () => true })).toBeNull();
  });
});

describe('chrome:tag on <aside>', () => {
  it('walks an <aside> of prose (a fact box of the story), drops one of links', () => {
    expect(rule(`<aside><h3>Records</h3><p>${SENTENCE}</p><p>${SENTENCE}</p></aside>`)).toBeNull();
    expect(rule('<aside><a href="/1">One story</a> <a href="/2">Another story</a></aside>')).toBe('chrome:tag');
  });
});

describe('chrome:name', () => {
  it('drops ads, share, comments, related, newsletter, cookie and navigation boxes by class or id word', () => {
    for (const cls of ['ad-slot', 'share-bar', 'comments', 'related_stories', 'newsletterSignup', 'cookie-banner']) {
      expect(rule(`<div class="${cls}">x</div>`), cls).toBe('chrome:name');
    }
    expect(rule('<div id="breadcrumbs">x</div>')).toBe('chrome:name');
    // Compound parts that open with a furniture word.
    expect(rule('<div class="relatedposts">x</div>')).toBe('chrome:name');
    expect(rule('<div class="socialicons">x</div>')).toBe('chrome:name');
    // Ad slots named in the site's language.
    for (const cls of ['textPublicidade', 'werbung', 'bloc-reklama'])
      expect(rule(`<span class="${cls}">x</span>`), cls).toBe('chrome:name');
  });

  it('leaves words that only contain one alone: head, header, shadow, commentary, loaded, PrintThis', () => {
    for (const cls of ['head', 'article-header', 'shadow', 'commentary-body', 'is-loaded', 'thread', 'PrintThis']) {
      expect(rule(`<div class="${cls}">x</div>`), cls).toBeNull();
    }
  });

  it('spares embedded posts and the article wrapper', () => {
    expect(rule('<div class="social-embed"><p>x</p></div>')).toBeNull();
    expect(rule('<div class="content-with-share">x</div>', { holdsBody: () => true })).toBeNull();
  });
});

describe('chrome:titled', () => {
  it('drops a box titled as furniture however much text it holds', () => {
    const long = `<p>${SENTENCE}</p>`.repeat(10);
    expect(rule(`<section><h3 class="related-title">More</h3>${long}</section>`, { holdsBody: () => true })).toBe(
      'chrome:titled',
    );
    expect(titledAsChrome(el(`<div><div class="most-popular-header">Most read</div><ul><li>a</li></ul></div>`))).toBe(
      true,
    );
  });

  it('needs a heading as the title, and spares the box holding the headline', () => {
    expect(titledAsChrome(el(`<div><div class="share-bar">Share</div><p>${SENTENCE}</p></div>`))).toBe(false);
    const d = page(`<div id="box"><h3 class="related-title">More</h3><h1>Headline</h1><p>${SENTENCE}</p></div>`);
    const box = d.getElementById('box') as Element;
    expect(elementRule(box, ctx({ headline: d.querySelector('h1') }))).toBeNull();
  });
});

describe('chrome:box', () => {
  it('drops a sidebar or widget box that holds little text or mostly links', () => {
    expect(rule('<div class="sidebar"><a href="/a">One</a></div>')).toBe('chrome:box');
    const links = '<a href="/x">A linked headline of some length here</a> '.repeat(40);
    expect(rule(`<div class="widget">${links}</div>`)).toBe('chrome:box');
  });

  it('walks a box so named that holds long unlinked text (the body in a "content-with-sidebar" wrapper)', () => {
    expect(rule(`<div class="content-with-sidebar-wrap">${`<p>${SENTENCE}</p>`.repeat(15)}</div>`)).toBeNull();
  });
});

describe('figure, gallery and caption', () => {
  it('set figures, galleries and captions aside (kept in view, not body text)', () => {
    expect(elementRule(el('<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>'), ctx())).toEqual({
      rule: 'figure',
      action: 'aside',
    });
    expect(rule('<div class="photo-gallery"><img src="a.jpg"><span>1 of 8</span></div>')).toBe('gallery');
    expect(rule('<span class="image-caption">The harbour at dawn</span>')).toBe('caption');
    expect(rule('<p class="credit">Photo: Agency</p>')).toBe('caption');
  });

  it('walks a <figure> that holds a table or a block quote', () => {
    expect(rule('<figure><table><tr><td>1</td></tr></table></figure>')).toBeNull();
    expect(rule('<figure><blockquote><p>Words</p></blockquote></figure>')).toBeNull();
  });
});

describe('byline', () => {
  it('sets short byline and date lines aside, by name or microdata', () => {
    expect(rule('<div class="byline">By A. Writer</div>')).toBe('byline');
    expect(rule('<span class="post-date">4 March 2021</span>')).toBe('byline');
    expect(rule('<span itemprop="datePublished">4 de março de 2021</span>')).toBe('byline');
  });

  it('walks a long box so named: an author box of paragraphs is not a byline', () => {
    expect(rule(`<div class="meta">${`<p>${SENTENCE}</p>`.repeat(3)}</div>`)).toBeNull();
  });
});

describe('link-line', () => {
  it('drops a line that is mostly a link and no sentence', () => {
    expect(dropsBlock('link-line', block('Read more: Ferry timetable changes', { linkChars: 28 }))).toBe(true);
  });

  it('keeps a linked sentence, and a sentence with a link in it', () => {
    expect(dropsBlock('link-line', block('The full report is online.', { linkChars: 20 }))).toBe(false);
    expect(dropsBlock('link-line', block(SENTENCE, { linkChars: 10 }))).toBe(false);
  });
});

describe('no-letters', () => {
  it('drops counters and numbers on their own, but not table cells', () => {
    expect(dropsBlock('no-letters', block('6'))).toBe(true);
    expect(dropsBlock('no-letters', block('-5.44%'))).toBe(true);
    expect(dropsBlock('no-letters', block('2021', { kind: 'cell' }))).toBe(false);
    expect(dropsBlock('no-letters', block('٢٠٢١ مارس'))).toBe(false);
  });
});

describe('comments-intro', () => {
  it('drops what stands between the body’s last paragraph and a comment section', () => {
    const d = page(
      `<div id="body"><p>${SENTENCE}</p><p>${SENTENCE}</p><div><p>Read our rules before you comment below, please.</p></div><div class="fb-comments"></div></div>`,
    );
    const blocks = collectBlocks(d.getElementById('body') as Element, () => null).blocks;
    const r = BLOCK_RULES.find((x) => x.name === 'comments-intro');
    const c = { blocks, lastBody: 1, comments: [d.querySelector('.fb-comments') as Element] };
    expect(blocks.map((b) => r?.test(b, c))).toEqual([false, false, true]);
    // No comment section after it: the last lines stay.
    expect(blocks.map((b) => r?.test(b, { ...c, comments: [] }))).toEqual([false, false, false]);
  });
});

describe('label', () => {
  it('drops a word or two standing as a paragraph: Advertisement, Close, إعلان', () => {
    for (const t of ['Advertisement', 'Close', 'إعلان', 'Comments (3)'])
      expect(dropsBlock('label', block(t)), t).toBe(true);
  });

  it('keeps short sentences, in any script, subheadings, list items and CJK lines of the same length', () => {
    expect(dropsBlock('label', block('Yes.'))).toBe(false);
    expect(dropsBlock('label', block('ہاں، درست ہے۔'))).toBe(false);
    expect(dropsBlock('label', block('हाँ, सही है।'))).toBe(false);
    expect(dropsBlock('label', block('هل هذا صحيح؟'))).toBe(false);
    expect(dropsBlock('label', block('What it costs', { kind: 'heading' }))).toBe(false);
    expect(dropsBlock('label', block('Two eggs', { kind: 'list-item' }))).toBe(false);
    // Nine CJK characters weigh like 22 letters: a line, not a label.
    expect(dropsBlock('label', block('開館時間は午前九時'))).toBe(false);
  });
});

describe('the walk: blocks as a browser lays them out', () => {
  const walk = (html: string): string[] => collectBlocks(page(html).body, () => null).blocks.map((b) => b.text);

  it('makes one block of a <p>, and of each run of lines between two <br>s', () => {
    expect(walk('<div>One line<br>same paragraph<br><br>Second paragraph</div>')).toEqual([
      'One line\nsame paragraph',
      'Second paragraph',
    ]);
    expect(walk('<p>A <b>bold</b> word</p><p>Next</p>')).toEqual(['A bold word', 'Next']);
  });

  it('splits an element around its block children, text before and after being blocks of their own', () => {
    expect(walk('<div>Before<p>Inside</p>After</div>')).toEqual(['Before', 'Inside', 'After']);
    expect(walk('<a href="/x"><div>Card title</div><div>Card text</div></a>')).toEqual(['Card title', 'Card text']);
  });

  it('does not join two paragraphs across an empty element between their <br>s (an ad slot)', () => {
    expect(walk('<div>First paragraph<br><ins class="slot"></ins><br>Second paragraph</div>')).toEqual([
      'First paragraph',
      'Second paragraph',
    ]);
  });

  it('leaves out script and style, and counts the letters inside links', () => {
    const b = collectBlocks(page('<p>See <a href="/x">this page</a><script>var x=1</script></p>').body, () => null)
      .blocks[0];
    expect(b?.text).toBe('See this page');
    expect(b?.linkChars).toBe(8);
  });
});

describe('region: scoring, the best root, and the body split into chunks', () => {
  const para = (n: number): string => `<p>${SENTENCE} (${n})</p>`;

  it('scores the container of real paragraphs above a list of links', () => {
    const d = page(
      `<div id="links">${'<p><a href="/x">A headline that is only a link to elsewhere</a></p>'.repeat(10)}</div><div id="body">${para(1)}${para(2)}${para(3)}</div>`,
    );
    const blocks = collectBlocks(d.body, () => null).blocks;
    expect(bestRoot(scoreBlocks(blocks, d.documentElement))?.id).toBe('body');
  });

  it('does not score teaser summaries cut short with an ellipsis', () => {
    expect(TRUNCATED.test('The company has announced a reduced timetable…')).toBe(true);
    expect(TRUNCATED.test('The company has announced a reduced timetable [...]')).toBe(true);
    expect(TRUNCATED.test(SENTENCE)).toBe(false);
  });

  it('does not grow to teaser cards whose container looks like the body’s but whose paragraphs do not', () => {
    const d = page(
      `<div id="wrap"><div class="col"><div class="text" id="t1">${para(1)}${para(2)}${para(3)}</div></div>` +
        `<div class="col"><div class="text" id="t2"><p class="excerpt">${SENTENCE}</p><p class="excerpt">${SENTENCE}</p></div></div></div>`,
    );
    const blocks = collectBlocks(d.body, () => null).blocks;
    const root = d.getElementById('t1') as Element;
    expect(growRegion(root, scoreBlocks(blocks, d.documentElement), () => false).map((e) => e.id)).toEqual(['t1']);
  });

  it('grows the root to sibling chunks whose paragraphs have its signature, not to a comment list', () => {
    const d = page(
      `<div id="wrap"><div class="chunk" id="c1"><div class="text">${para(1)}${para(2)}${para(3)}${para(4)}</div></div>` +
        `<div class="ad"></div><div class="chunk" id="c2"><div class="text">${para(5)}${para(6)}</div></div>` +
        `<div class="thread" id="c3"><div class="reply">${para(7)}${para(8)}</div></div></div>`,
    );
    const blocks = collectBlocks(d.body, () => null).blocks;
    const scores = scoreBlocks(blocks, d.documentElement);
    const root = d.querySelector('#c1 .text') as Element;
    expect(containerOf(blocks[0] as Block)).toBe(root);
    expect(growRegion(root, scores, () => false).map((e) => e.id || e.className)).toEqual(['text', 'c2']);
  });
});

describe('extractReadable keeps the article whole', () => {
  it('finds a body held in <span>s between <br>s, with no <p> at all', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `<span>${SENTENCE} ${i}</span><br><br>`).join('');
    const a = extractReadable(
      page(`<div class="nav"><a href="/">Home</a></div><div class="post">${lines}</div>`),
      null,
    );
    expect(a?.text.split('\n')).toHaveLength(6);
  });

  it('takes the container of a paragraph that holds the body between <br>s, with the paragraph before it', () => {
    const lines = Array.from({ length: 5 }, () => `${SENTENCE}<br><br>`).join('');
    const d = page(`<div id="body"><p>${SENTENCE} First.</p><p>${lines}</p></div>`);
    const a = extractReadable(d, null);
    expect(a?.root.id).toBe('body');
    expect(a?.text.split('\n')).toHaveLength(6);
  });

  it('opens the text with the standfirst that stands before the body', () => {
    const d = page(
      `<h1>A headline of the page</h1><p class="lead">${SENTENCE} The lead.</p><div id="body">${`<p>${SENTENCE}</p>`.repeat(4)}</div>`,
      '<title>A headline of the page</title>',
    );
    const a = extractReadable(d, null);
    expect(a?.standfirst?.className).toBe('lead');
    expect(a?.text.split('\n')[0]).toContain('The lead.');
  });

  it('drops a related box inside the body even when it holds more text than a short article', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="card"><a href="/${i}">Another story of the day, number ${i}</a><span>${SENTENCE}</span></div>`,
    ).join('');
    const d = page(
      `<h1>Short news</h1><div id="body"><p>${SENTENCE}</p><div class="inline-related-posts">${teasers}</div><p>${SENTENCE} End.</p></div>`,
      '<title>Short news</title>',
    );
    const a = extractReadable(d, null);
    expect(a?.text.split('\n')).toEqual([SENTENCE, `${SENTENCE} End.`]);
  });

  it('prefers the container marked itemprop=articleBody', () => {
    const d = page(
      `<div id="other">${`<p>${SENTENCE}</p>`.repeat(6)}</div><div itemprop="articleBody" id="marked">${`<p>${SENTENCE}</p>`.repeat(4)}</div>`,
    );
    expect(extractReadable(d, null)?.root.id).toBe('marked');
  });
});
