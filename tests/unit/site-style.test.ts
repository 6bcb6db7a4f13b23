// The per-site stylesheet (issue 16): its grammar and bounds, what a cleaned
// page teaches it, how it ages, and the content script putting it in at
// document start and taking it out.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { findArticle } from '../../src/core/article/index.ts';
import { walkPage } from '../../src/core/page/walk.ts';
import { hide, HIDDEN_ATTR } from '../../src/core/cleanup.ts';
import { findClutter } from '../../src/core/clutter/index.ts';
import { isNamingToken, learnSiteSelectors, namingSelectors } from '../../src/core/site-selectors.ts';
import { runSync } from '../../src/core/slice.ts';
import { createCleanSide } from '../../src/content/clean-impl.ts';
import { ContentController } from '../../src/content/controller.ts';
import { beginEarly } from '../../src/content/early.ts';
import type { ContentExtApi } from '../../src/content/ext.ts';
import { SITE_STYLE_ATTR } from '../../src/content/site-style.ts';
import {
  evictedStyleKeys,
  isSafeSelector,
  keptCounts,
  MAX_MISSES,
  MAX_SITE_SELECTORS,
  mergeSiteStyle,
  parseSiteStyle,
  siteStyleCss,
  styleItemKey,
  type SiteStyle,
} from '../../src/shared/site-styles.ts';

const fixture = (name: string): Document =>
  new DOMParser().parseFromString(
    readFileSync(new NodeURL(`../fixtures/${name}`, import.meta.url), 'utf8'),
    'text/html',
  );
const style = (sels: SiteStyle['sels'], at = 1): SiteStyle => ({ v: 1, at, sels });

describe('selector grammar', () => {
  it('takes widgets named by their own id, classes and attributes', () => {
    for (const sel of [
      'div.story-share',
      '#comments',
      'section.social-share.bottom-bar',
      'div[data-component="share-bar"]',
      'iframe[src*="disqus.com"]',
      'aside.شارك',
      '.post-footer > .share-links',
    ])
      expect(isSafeSelector(sel), sel).toBe(true);
  });

  it('refuses positions, pseudo-classes, lists, bare tags and anything that could leave the rule', () => {
    for (const sel of [
      'div',
      'div:nth-of-type(2)',
      'div > div:first-child',
      'a, b',
      '.share{}',
      '.x}body{display:none}.y',
      '.a/*',
      '@import url(x)',
      '.a:has(p)',
      '[data-x="a b"]',
      '[data-x="a"b"]',
      '[data-x=unquoted]',
      '.a .b .c .d',
      'div > div.share',
      '',
      'x'.repeat(121),
    ])
      expect(isSafeSelector(sel), sel).toBe(false);
    expect(isSafeSelector(42)).toBe(false);
  });

  it('reads stored entries selector by selector, bounded', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ sel: `.share-${'x'.repeat(i + 1)}`, kind: 'share', miss: 0 }));
    const parsed = parseSiteStyle({
      v: 1,
      at: 5,
      sels: [
        { sel: 'div.share', kind: 'share', miss: 9 },
        { sel: 'div.share', kind: 'share', miss: 0 },
        { sel: 'div:nth-child(2)', kind: 'share', miss: 0 },
        { sel: '#comments', kind: 'everything', miss: 0 },
        'junk',
        ...many,
      ],
    });
    expect(parsed?.sels[0]).toEqual({ sel: 'div.share', kind: 'share', miss: MAX_MISSES });
    expect(parsed?.sels.length).toBe(MAX_SITE_SELECTORS);
    expect(parsed?.sels.filter((s) => s.sel === 'div.share')).toHaveLength(1);
    for (const bad of [null, 'x', [], { v: 2, sels: [] }, { v: 1, sels: 'x' }, { v: 1, sels: [] }])
      expect(parseSiteStyle(bad)).toBeNull();
  });

  it('writes one rule per selector, for the kinds the user hides', () => {
    const s = style([
      { sel: 'div.share', kind: 'share', miss: 0 },
      { sel: '#comments', kind: 'comments', miss: 0 },
      { sel: 'aside.related-box', kind: 'related', miss: 0 },
    ]);
    expect(siteStyleCss(s, ['share', 'comments'])).toBe(
      'div.share{display:none!important}\n#comments{display:none!important}',
    );
    expect(siteStyleCss(s, [])).toBe('');
  });
});

describe('ageing and bounds', () => {
  const old = style([
    { sel: 'div.share', kind: 'share', miss: 0 },
    { sel: '#comments', kind: 'comments', miss: 2 },
    { sel: 'div.gone-widget', kind: 'share', miss: 2 },
    { sel: 'div.story-body', kind: 'share', miss: 0 },
  ]);

  it('confirmed selectors start over, missed ones age and go, unsafe ones go at once, new ones come in', () => {
    const merged = mergeSiteStyle(
      old,
      {
        fresh: [{ sel: 'div.new-share', kind: 'share' }],
        confirmed: new Set(['#comments']),
        unsafe: new Set(['div.story-body']),
      },
      99,
    );
    expect(merged).toEqual({
      v: 1,
      at: 99,
      sels: [
        { sel: 'div.new-share', kind: 'share', miss: 0 },
        { sel: '#comments', kind: 'comments', miss: 0 },
        { sel: 'div.share', kind: 'share', miss: 1 },
      ],
    });
    // Nothing left: null (the entry is removed).
    expect(
      mergeSiteStyle(
        style([{ sel: 'div.a-share', kind: 'share', miss: MAX_MISSES - 1 }]),
        {
          fresh: [],
          confirmed: new Set(),
          unsafe: new Set(),
        },
        1,
      ),
    ).toBeNull();
  });

  it('keeps at most MAX_SITE_SELECTORS per site and MAX sites, the least recently updated going first', () => {
    const fresh = Array.from({ length: 30 }, (_, i) => ({
      sel: `div.share-${'a'.repeat(i + 1)}`,
      kind: 'share' as const,
    }));
    expect(mergeSiteStyle(null, { fresh, confirmed: new Set(), unsafe: new Set() }, 1)?.sels).toHaveLength(
      MAX_SITE_SELECTORS,
    );
    const items: Record<string, unknown> = { autoClean: true };
    for (let i = 0; i < 5; i++)
      items[styleItemKey(`site${i}.example`)] = style([{ sel: '#c', kind: 'share', miss: 0 }], i);
    expect(evictedStyleKeys(items, 3).sort()).toEqual([styleItemKey('site0.example'), styleItemKey('site1.example')]);
    expect(keptCounts(items).map((k) => k.host)).toEqual([0, 1, 2, 3, 4].map((i) => `site${i}.example`));
  });
});

describe('what a cleaned page teaches', () => {
  it('names: words of the page, not counters, hashes, states or layout', () => {
    for (const t of ['story-share', 'social-share', 'a2a_kit', 'comments', 'shareBar', 'شارك'])
      expect(isNamingToken(t), t).toBe(true);
    for (const t of [
      'row',
      'col-md-6',
      'css-1q2w3e',
      'sc-bdVaJa',
      'post-12345',
      'is-active',
      'wrapper',
      'x',
      'main-content',
    ])
      expect(isNamingToken(t), t).toBe(false);
    const el = new DOMParser().parseFromString(
      '<div id="post-4411" class="row share-tools is-open" data-component="share-bar" style="x">',
      'text/html',
    ).body.firstElementChild as Element;
    const sels = namingSelectors(el);
    expect(sels).toEqual(['div.share-tools', 'div[data-component="share-bar"]']);
    expect(sels.every(isSafeSelector)).toBe(true);
  });

  function cleaned(name: string) {
    const doc = fixture(name);
    const article = findArticle(doc, walkPage(doc));
    const hits = findClutter(doc, article);
    const hidden = hide(doc, hits, ['share', 'comments']);
    return { doc, article, hidden };
  }

  it('learns the share bar and the comments of a first article, by name', () => {
    const { doc, article, hidden } = cleaned('e2e-site-article-1.html');
    const lesson = runSync(learnSiteSelectors(doc, article, hidden, [], MAX_SITE_SELECTORS));
    expect(lesson.fresh).toEqual([
      { sel: 'div.story-share', kind: 'share' },
      { sel: '#comments', kind: 'comments' },
    ]);
    // Each matches only hidden widgets on its page.
    for (const { sel } of lesson.fresh)
      for (const m of doc.querySelectorAll(sel)) expect(m.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
  });

  it('a second article of the site confirms them; a selector on the article’s text is unsafe', () => {
    const { doc, article, hidden } = cleaned('e2e-site-article-2.html');
    const stored = ['div.story-share', '#comments', 'div.story-body', 'div.not-on-this-page'];
    const lesson = runSync(learnSiteSelectors(doc, article, hidden, stored, MAX_SITE_SELECTORS));
    expect([...lesson.confirmed].sort()).toEqual(['#comments', 'div.story-share']);
    expect([...lesson.unsafe]).toEqual(['div.story-body']);
    // Already covered by a confirmed selector: nothing new.
    expect(lesson.fresh).toEqual([]);
  });
});

describe('the stylesheet in the page', () => {
  const HOST = 'harbour.example';
  const stored = style([
    { sel: 'div.story-share', kind: 'share', miss: 0 },
    { sel: '#comments', kind: 'comments', miss: 1 },
  ]);

  function api(local: Record<string, unknown>, sync: Record<string, unknown> = {}) {
    const sendMessage = vi.fn(async (_m: unknown): Promise<unknown> => undefined);
    const a: ContentExtApi = {
      runtime: {
        id: 'x',
        getURL: (p) => `chrome-extension://x/${p}`,
        sendMessage,
        onMessage: { addListener: () => {} },
      },
      storage: { sync: { get: vi.fn(async () => sync) }, local: { get: vi.fn(async () => local) } },
    };
    return { a, sendMessage };
  }
  const sheet = (doc: Document) => doc.querySelector(`style[${SITE_STYLE_ATTR}]`)?.textContent ?? null;

  it('goes in at document start, and asks for the clean side at once', async () => {
    const doc = fixture('e2e-site-article-2.html');
    const { a, sendMessage } = api({ [styleItemKey(HOST)]: stored });
    const early = beginEarly(doc, `https://www.${HOST}/news/ferry`, a);
    await early.style;
    await early.settings;
    await Promise.resolve();
    expect(sheet(doc)).toBe('div.story-share{display:none!important}\n#comments{display:none!important}');
    expect(early.styleOn()).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-clean-side' });
  });

  it('comes out again when auto-clean is off for the site, and keeps to the kinds the user hides', async () => {
    const off = fixture('e2e-site-article-2.html');
    const e1 = beginEarly(
      off,
      `https://${HOST}/a`,
      api({ [styleItemKey(HOST)]: stored }, { [`site:${HOST}`]: false }).a,
    );
    await e1.settings;
    await new Promise((r) => setTimeout(r, 0));
    expect(sheet(off)).toBeNull();
    const kinds = fixture('e2e-site-article-2.html');
    const e2 = beginEarly(kinds, `https://${HOST}/a`, api({ [styleItemKey(HOST)]: stored }, { kinds: ['share'] }).a);
    await e2.settings;
    await new Promise((r) => setTimeout(r, 0));
    expect(sheet(kinds)).toBe('div.story-share{display:none!important}');
  });

  async function load(name: string, entry: SiteStyle) {
    const doc = fixture(name);
    const early = beginEarly(doc, `https://${HOST}/${name}`, api({ [styleItemKey(HOST)]: entry }).a);
    await early.style;
    const taught: Array<SiteStyle | null> = [];
    const side = createCleanSide();
    const c = new ContentController({
      doc,
      url: `https://${HOST}/${name}`,
      early,
      cleanSide: () => side,
      onSiteStyle: (s) => taught.push(s),
    });
    await c.runLoadPath(true, ['share', 'comments']);
    c.stop();
    return { doc, c, taught };
  }

  it('stays on a news article, which then teaches it (the confirmed selectors start over)', async () => {
    const { doc, c, taught } = await load('e2e-site-article-2.html', stored);
    expect(c.state().detection.isNews).toBe(true);
    expect(sheet(doc)).not.toBeNull();
    expect(taught).toEqual([
      {
        v: 1,
        at: expect.any(Number),
        sels: [
          { sel: 'div.story-share', kind: 'share', miss: 0 },
          { sel: '#comments', kind: 'comments', miss: 0 },
        ],
      },
    ]);
    expect(c.state().timings.siteStyleRules).toBe(2);
    // Restore brings everything back, the stylesheet's widgets too.
    c.restore();
    expect(sheet(doc)).toBeNull();
  });

  it('comes out on a page that is not news (the site’s front page), which teaches nothing', async () => {
    const { doc, c, taught } = await load('e2e-site-front.html', stored);
    expect(c.state().detection.isNews).toBe(false);
    expect(sheet(doc)).toBeNull();
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(taught).toEqual([]);
  });

  it('drops at once a selector that hides part of the article, in the page and in what it keeps', async () => {
    const bad = style([...stored.sels, { sel: 'div.story-body', kind: 'share', miss: 0 }]);
    const { doc, taught } = await load('e2e-site-article-2.html', bad);
    expect(sheet(doc)).not.toContain('story-body');
    expect(sheet(doc)).toContain('story-share');
    expect(taught[0]?.sels.map((s) => s.sel)).toEqual(['div.story-share', '#comments']);
  });
});
