// Hostile pages (issue 8), the large ones: a page of 100,000 nodes and nesting
// 5,000 deep (no stack overflow anywhere: the walks are iterative or capped).
// Each test is bounded in time; the budgets are the extension's own (≤ 50 ms CPU
// per second for the late-widget observer) with slack for a loaded CI machine.
import { afterEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, hide, restore, watchLateClutter, type LateWatcher } from '../../../src/core/cleanup.ts';
import { findClutter } from '../../../src/core/clutter/index.ts';
import { visibleText } from '../../../src/core/dom.ts';
import { analyzeDocument } from '../../../src/core/report.ts';
import type { ArticleInfo } from '../../../src/core/types.ts';
import { ALL, cleanPage, isHidden, load, shareBar, sleep, URL_ } from './helpers.ts';

let watchers: LateWatcher[] = [];
afterEach(() => {
  for (const w of watchers) w.stop();
  watchers = [];
});

describe('a page of 100,000 nodes', () => {
  it('is analysed within bounds and says in the Report that it degraded', () => {
    const { doc } = load();
    // 100,000 nodes after the article (a comment dump, a huge footer): 35,000
    // elements, their text and the whitespace between them, as parsed HTML has.
    // The walks are capped at 30,000 elements.
    const dump = doc.createElement('div');
    dump.className = 'archive';
    for (let i = 0; i < 3500; i++) {
      const item = doc.createElement('div');
      item.className = 'card';
      for (let k = 0; k < 9; k++) {
        const s = doc.createElement(k % 3 ? 'span' : 'a');
        s.textContent = `item ${i}.${k}`;
        item.append('\n  ', s);
      }
      item.append('\n');
      dump.append('\n', item);
    }
    doc.body.appendChild(dump);
    const nodes = countNodes(doc.body);
    expect(nodes).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const { report, article, hits } = analyzeDocument(doc, URL_);
    const ms = performance.now() - t0;
    expect(report.notes?.some((n) => n.startsWith('page-too-large'))).toBe(true);
    expect(report.isNews).toBe(true);
    expect(article.paragraphs.length).toBe(4);
    expect(report.published?.date).toBe('2026-03-14');
    // The share bar and comments, before the caps, are still found and hidden.
    hide(doc, hits, ALL);
    expect(isHidden(doc.getElementById('share-top') as Element)).toBe(true);
    expect(isHidden(doc.getElementById('comments') as Element)).toBe(true);
    expect(article.paragraphs.every((p) => !isHidden(p))).toBe(true);
    restore(doc);
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    // jsdom is far slower than a browser: this bound only catches a quadratic walk.
    expect(ms).toBeLessThan(15000);
  });
});

function countNodes(root: Node): number {
  let n = 0;
  const w = root.ownerDocument?.createTreeWalker(root, 0xffffffff);
  while (w?.nextNode()) n++;
  return n;
}

/**
 * Nests `depth` elements under `parent`, then puts `leaf` at the bottom. Built
 * in detached chunks of 100 levels: inserting one level at a time into a
 * connected deep tree is quadratic in jsdom (it walks every ancestor), and
 * attaching a 5,000-deep subtree at once overflows jsdom's own recursion.
 */
function chain(doc: Document, parent: Element, depth: number, leaf: Element): void {
  let cur: Element = parent;
  for (let done = 0; done < depth; ) {
    const top = doc.createElement('div');
    let bottom: Element = top;
    for (let i = 1; i < 100 && done + i < depth; i++) {
      const d = doc.createElement(i % 2 ? 'span' : 'div');
      bottom.appendChild(d);
      bottom = d;
    }
    done += 100;
    cur.appendChild(top);
    cur = bottom;
  }
  cur.appendChild(leaf);
}

/** The same, built bottom-up and never attached (jsdom itself recurses when attaching a deep subtree). */
function detachedChain(doc: Document, depth: number, leaf: Element): Element {
  let cur = leaf;
  for (let i = 0; i < depth; i++) {
    const d = doc.createElement(i % 2 ? 'div' : 'span');
    d.appendChild(cur);
    cur = d;
  }
  return cur;
}

describe('nesting 5,000 deep', () => {
  it('analyze, clean-up and restore never overflow the stack', () => {
    const { doc } = load();
    // A share bar at the bottom of a 5,000-deep chain, beside the article.
    const bar = shareBar(doc, 0);
    chain(doc, doc.getElementById('late') as Element, 5000, bar);
    let depth = 0;
    for (let a: Element | null = bar; a; a = a.parentElement) depth++;
    expect(depth).toBeGreaterThan(5000);
    const pristine = doc.documentElement.outerHTML;
    let analysis: ReturnType<typeof analyzeDocument> | null = null;
    expect(() => {
      analysis = analyzeDocument(doc, URL_);
    }).not.toThrow();
    if (!analysis) return;
    const { report, article, hits } = analysis as ReturnType<typeof analyzeDocument>;
    expect(report.isNews).toBe(true);
    expect(article.paragraphs.length).toBe(4);
    hide(doc, hits, ALL);
    expect(isHidden(bar)).toBe(true);
    expect(article.paragraphs.every((q) => !isHidden(q))).toBe(true);
    restore(doc);
    expect(doc.documentElement.outerHTML).toBe(pristine);
  });

  it('visibleText and the clutter walks are iterative (20,000 levels, detached)', () => {
    const { doc } = load('<!doctype html><html><body><main id="m"></main></body></html>');
    const script = doc.createElement('script');
    script.textContent = 'ignored()';
    const leaf = doc.createElement('b');
    leaf.textContent = 'bottom';
    leaf.appendChild(script);
    const p = doc.createElement('p');
    p.textContent = 'A paragraph, with commas, long enough to be the body of an article on this page. ';
    p.appendChild(detachedChain(doc, 20000, leaf));
    // 20,000 frames of a recursive walk would overflow Node's default stack.
    expect(visibleText(p).endsWith('bottom')).toBe(true);
    expect(visibleText(p)).not.toContain('ignored');
    const box = doc.createElement('div');
    box.appendChild(detachedChain(doc, 20000, shareBar(doc, 9)));
    const none: ArticleInfo = { root: null, paragraphs: [], headline: null, standfirst: null };
    expect(findClutter(doc, none, [box]).some((h) => h.kind === 'share')).toBe(true);
  });

  it('a widget added late at the bottom of a 5,000-deep chain is found and hidden', async () => {
    const { doc } = load();
    const bottom = doc.createElement('div');
    chain(doc, doc.getElementById('late') as Element, 5000, bottom);
    const { article } = cleanPage(doc);
    const w = watchLateClutter(doc, article, (hits) => hide(doc, hits, ALL), { batchMs: 10 });
    watchers.push(w);
    const bar = shareBar(doc, 1);
    bottom.appendChild(bar);
    for (let i = 0; i < 20 && !isHidden(bar); i++) await sleep(25);
    expect(isHidden(bar)).toBe(true);
  });
});
