// The sliced load path gives exactly the answers of the whole one (issue 16):
// the same step functions, run whole by runSync or in slices by a Slicer that
// yields to a real macrotask at every pause point.
import { readdirSync, readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/core/article/index.ts';
import { rankedWalkSteps } from '../../../src/core/page/rank.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { hide, hideSteps, HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import { findClutter, findClutterSteps } from '../../../src/core/clutter/index.ts';
import { detectOnLoad, detectOnLoadSteps } from '../../../src/core/detect/index.ts';
import { cssPath } from '../../../src/core/dom.ts';
import { runSync, Slicer, type Steps } from '../../../src/core/slice.ts';
import type { ClutterHit, ClutterKind } from '../../../src/core/types.ts';
import { createCleanSide } from '../../../src/content/clean-impl.ts';
import { ContentController } from '../../../src/content/controller.ts';

const DIR = new NodeURL('../../fixtures/', import.meta.url);
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const ALL: ClutterKind[] = ['share', 'comments', 'related', 'newsletter'];
const parse = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(new NodeURL(file, DIR), 'utf8'), 'text/html');
const url = (file: string): string => `https://news.example.org/2024/05/02/${file.replace(/\.html$/u, '')}`;
const macrotask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const hitsOf = (hits: readonly ClutterHit[]) => hits.map((h) => [cssPath(h.element), h.kind, h.rule]);

describe('sliced and whole give the same answers', () => {
  it.each(FIXTURES)('%s: detection, article, clutter, hiding', async (file) => {
    // Whole, as the CLI and eval run it.
    const a = parse(file);
    const whole = detectOnLoad(a, url(file));
    const articleA = findArticle(a, whole.walk ?? walkPage(a));
    const hitsA = findClutter(a, articleA);
    const hiddenA = hide(a, hitsA, ALL);

    // In slices: a pause at every pause point (sliceMs 0), a real macrotask between slices.
    const b = parse(file);
    const slicer = new Slicer(macrotask, { sliceMs: 0 });
    const sliced = await slicer.run(detectOnLoadSteps(b, url(file)));
    // A page decided unwalked is walked and ranked in slices for its article, as the clean side does.
    const articleB = findArticle(b, sliced.walk ?? (await slicer.run(rankedWalkSteps(b))));
    const hitsB = await slicer.run(findClutterSteps(b, articleB));
    const hiddenB = await slicer.run(hideSteps(b, hitsB, ALL));
    slicer.end();

    expect(sliced.detection).toEqual(whole.detection);
    expect(sliced.walk?.blocks.map(cssPath)).toEqual(whole.walk?.blocks.map(cssPath));
    expect(sliced.walk?.links.length).toEqual(whole.walk?.links.length);
    expect(articleB.paragraphs.map(cssPath)).toEqual(articleA.paragraphs.map(cssPath));
    expect(hitsOf(hitsB)).toEqual(hitsOf(hitsA));
    expect(hitsOf(hiddenB)).toEqual(hitsOf(hiddenA));
    expect(b.documentElement.outerHTML).toBe(a.documentElement.outerHTML);
    // It did pause: every page is walked in more than one slice.
    expect(slicer.stats.slices).toBeGreaterThan(3);
  });

  it('the controller hides the same widgets on load (sliced) as the popup’s clean (whole)', async () => {
    // The load path cleans news pages only: every news fixture with widgets.
    const news = FIXTURES.filter((f) => detectOnLoad(parse(f), url(f)).detection.isNews);
    expect(news.length).toBeGreaterThanOrEqual(8);
    let hidden = 0;
    for (const file of news) {
      const side = createCleanSide();
      const a = parse(file);
      const whole = new ContentController({ doc: a, url: url(file), cleanSide: () => side });
      whole.clean(['share', 'comments']);
      whole.stop();
      const b = parse(file);
      const sliced = new ContentController({
        doc: b,
        url: url(file),
        cleanSide: () => side,
        yieldFn: macrotask,
        sliceMs: 0,
      });
      await sliced.runLoadPath(true, ['share', 'comments']);
      sliced.stop();
      expect(sliced.state().found, file).toEqual(whole.state().found);
      expect(sliced.state().hiddenByKind, file).toEqual(whole.state().hiddenByKind);
      expect(b.documentElement.outerHTML, file).toBe(a.documentElement.outerHTML);
      expect(sliced.state().timings.slices, file).toBeGreaterThan(3);
      hidden += b.querySelectorAll(`[${HIDDEN_ATTR}]`).length;
    }
    expect(hidden).toBeGreaterThan(10);
  });
});

describe('Slicer', () => {
  function* count(n: number): Steps<number> {
    let i = 0;
    for (; i < n; i++) yield;
    return i;
  }

  it('runs whole without pausing, and in slices by its clock', async () => {
    expect(runSync(count(5))).toBe(5);
    let t = 0;
    let yields = 0;
    const slicer = new Slicer(
      async () => {
        yields++;
      },
      { sliceMs: 3, now: () => t++ },
    );
    expect(await slicer.run(count(30))).toBe(30);
    slicer.end();
    // Each step costs one tick of this clock: a pause every 3 ticks.
    expect(yields).toBeGreaterThanOrEqual(8);
    expect(slicer.stats.longestMs).toBeLessThanOrEqual(4);
    expect(slicer.stats.slices).toBe(yields + 1);
  });

  it('abandons the work when the world changed meanwhile, and closes the step function', async () => {
    let closed = false;
    function* endless(): Steps<void> {
      try {
        for (;;) yield;
      } finally {
        closed = true;
      }
    }
    let calls = 0;
    const slicer = new Slicer(async () => {}, { sliceMs: 0 });
    await expect(
      slicer.run(endless(), () => {
        if (++calls === 3) throw new Error('superseded');
      }),
    ).rejects.toThrow('superseded');
    expect(closed).toBe(true);
  });
});
