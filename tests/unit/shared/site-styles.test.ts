// The per-site stylesheet as shared/site-styles.ts keeps it (issue 16): the
// selector grammar, the stored entries read and written, how selectors age, and
// the bounds per site and over all sites.
import { describe, expect, it } from 'vitest';
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
} from '../../../src/shared/site-styles.ts';

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
