// The site's stylesheet in the page (content/early.ts, content/site-style.ts,
// issue 16): put in at document start, taken out where auto-clean is off or the
// page is not news, kept to the kinds the user hides, taught by a news article.
import { describe, expect, it, vi } from 'vitest';
import { createCleanSide } from '../../../src/content/clean-impl.ts';
import { ContentController } from '../../../src/content/controller.ts';
import { beginEarly } from '../../../src/content/early.ts';
import type { ContentExtApi } from '../../../src/content/ext.ts';
import { SITE_STYLE_ATTR } from '../../../src/content/site-style.ts';
import { HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import { styleItemKey, type SiteStyle } from '../../../src/shared/site-styles.ts';
import { fixtureDoc as fixture } from '../fixture.ts';

const style = (sels: SiteStyle['sels'], at = 1): SiteStyle => ({ v: 1, at, sels });

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
