// Hostile pages (issue 8): a re-insertion storm, widgets in shadow roots and
// frames, a page that breaks its own globals, infinite scroll. The huge and deep
// pages are in large.test.ts.
// Each test is bounded in time; the budgets are the extension's own (≤ 50 ms CPU
// per second for the late-widget observer) with slack for a loaded CI machine.
import { afterEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, hide, restore, watchLateClutter, type LateWatcher } from '../../../src/core/cleanup.ts';
import { analyze } from '../../../src/core/report.ts';
import { ALL, cleanPage, FIXTURE, isHidden, load, shareBar, sleep, URL_ } from './helpers.ts';

/**
 * The observer's budget, and what one slice may run past it (checked between
 * slices). These are wall-clock readings inside a test runner that shares two
 * cores with other test files, so the slack is wide: the assertions catch an
 * observer that stops throttling (a storm then costs seconds), not milliseconds.
 * Exact accounting is tested with a virtual clock in cleanup.test.ts; real speed
 * is measured by `npm run bench`.
 */
const BUDGET = 50;
const SLACK = 100;

let watchers: LateWatcher[] = [];
afterEach(() => {
  for (const w of watchers) w.stop();
  watchers = [];
});

describe('a page that re-inserts its share bar 10,000 times', () => {
  it('keeps the observer within 50 ms CPU per second and ends clean', async () => {
    const { doc } = load();
    const { article } = cleanPage(doc);
    const late = doc.getElementById('late') as Element;
    const w = watchLateClutter(doc, article, (hits) => hide(doc, hits, ALL), { batchMs: 20, idleMs: 400 });
    watchers.push(w);
    // A fresh bar each time (a framework re-rendering it), the old one thrown away.
    let bar: Element | null = null;
    const t0 = performance.now();
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 1000; i++) {
        bar?.remove();
        bar = shareBar(doc, round * 1000 + i);
        late.appendChild(bar);
      }
      await sleep(30);
    }
    // Quiet: the watcher looks again at what it skipped over budget, then settles.
    for (let i = 0; i < 40 && !(bar && isHidden(bar)); i++) await sleep(50);
    const wall = performance.now() - t0;
    const usage = w.usage?.();
    expect(usage).toBeDefined();
    if (!usage || !bar) return;
    expect(usage.maxWindowMs).toBeLessThan(BUDGET + SLACK);
    expect(usage.cpuMs / Math.max(1, wall / 1000)).toBeLessThan(BUDGET + SLACK);
    expect(isHidden(bar)).toBe(true);
    expect(article.paragraphs.length).toBe(4);
    expect(article.paragraphs.every((p) => !isHidden(p))).toBe(true);
  });
});

describe('widgets in frames and shadow roots', () => {
  it('hides a comment iframe and a like-button iframe as elements', () => {
    const { doc } = load();
    const late = doc.getElementById('late') as Element;
    const disqus = doc.createElement('iframe');
    disqus.setAttribute('src', 'https://disqus.com/embed/comments/?base=default&f=post');
    const like = doc.createElement('iframe');
    like.setAttribute('src', 'https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fpost.example');
    // An iframe with its own document (srcdoc): we never reach inside a frame.
    const own = doc.createElement('iframe');
    own.setAttribute('srcdoc', '<p>Embedded chart</p>');
    // Each in its own box, with page text between them (else they group into one widget).
    const note = (): Element => {
      const p = doc.createElement('p');
      p.textContent = 'Text of the page between the widgets.';
      return p;
    };
    const box = (el: Element): Element => {
      const d = doc.createElement('div');
      d.appendChild(el);
      return d;
    };
    late.append(box(disqus), note(), box(like), note(), box(own));
    const { hits } = cleanPage(doc);
    expect(hits.find((h) => h.element.contains(disqus))?.kind).toBe('comments');
    expect(hits.find((h) => h.element.contains(like))?.kind).toBe('share');
    expect(isHidden(disqus)).toBe(true);
    expect(isHidden(like)).toBe(true);
    expect(isHidden(own)).toBe(false);
  });

  it('hides a known widget host with an open shadow root; never enters the shadow tree', () => {
    const { doc } = load();
    const late = doc.getElementById('late') as Element;
    // Known by its own class: hidden as an element, its shadow tree untouched.
    const host = doc.createElement('div');
    host.className = 'sharethis-inline-share-buttons';
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = shareBar(doc, 2);
    shadow.appendChild(inner);
    // Unknown host (no name): what is inside the shadow root is out of scope.
    const anon = doc.createElement('x-widget');
    anon.attachShadow({ mode: 'open' }).appendChild(shareBar(doc, 3));
    // A closed shadow root is not even visible to us.
    const closed = doc.createElement('div');
    closed.attachShadow({ mode: 'closed' }).appendChild(shareBar(doc, 4));
    const note = (): Element => {
      const p = doc.createElement('p');
      p.textContent = 'Text of the page between the widgets.';
      return p;
    };
    late.append(host, note(), anon, note(), closed);
    const { hits, article } = cleanPage(doc);
    expect(hits.some((h) => h.element === host)).toBe(true);
    expect(host.getAttribute(HIDDEN_ATTR)).toBe('share');
    expect(isHidden(anon) || isHidden(closed)).toBe(false);
    expect(inner.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(shadow.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(article.paragraphs.every((p) => !isHidden(p))).toBe(true);
  });

  it('an unnamed web component in the body, with its text in a shadow root, is left alone', () => {
    const { doc } = load();
    const host = doc.createElement('story-paragraph');
    const p = doc.createElement('p');
    p.textContent = 'Text rendered by a web component, which clean-up must leave as it is.';
    host.attachShadow({ mode: 'open' }).appendChild(p);
    doc.getElementById('story-body')?.appendChild(host);
    const { article } = cleanPage(doc);
    // Inside the article body (an ancestor of protected paragraphs): never hidden.
    expect(isHidden(host)).toBe(false);
    expect(article.paragraphs).not.toContain(p);
  });
});

describe('a page that redefines builtins on its own window', () => {
  const CLOBBER = `
    for (const m of ['map', 'filter', 'forEach', 'push', 'includes', 'some', 'every', 'slice', 'join', 'indexOf', 'sort', 'find', 'concat'])
      Array.prototype[m] = function () { throw new Error('page broke Array.prototype.' + m); };
    Array.from = function () { throw new Error('page broke Array.from'); };
    JSON.parse = function () { throw new Error('page broke JSON.parse'); };
    JSON.stringify = function () { throw new Error('page broke JSON.stringify'); };
    String.prototype.replace = function () { throw new Error('page broke replace'); };
    RegExp.prototype.test = function () { return true; };
    Object.keys = function () { return []; };
    window.Map = window.Set = window.WeakSet = function () { throw new Error('page broke collections'); };
    window.setTimeout = function () { throw new Error('page broke setTimeout'); };
    window.performance = undefined;
  `;

  it.each([
    ['a throwing MutationObserver', 'window.MutationObserver = function () { throw new Error("no"); };'],
    [
      'a silent fake MutationObserver',
      'window.MutationObserver = function () { this.observe = function () {}; this.disconnect = function () {}; };',
    ],
    [
      'an observer whose observe() throws',
      'const O = window.MutationObserver; window.MutationObserver = function (cb) { const o = new O(cb); o.observe = function () { throw new Error("no"); }; return o; };',
    ],
    ['no MutationObserver at all', 'delete window.MutationObserver; window.MutationObserver = undefined;'],
    [
      'a throwing MutationObserver getter',
      'Object.defineProperty(window, "MutationObserver", { get() { throw new Error("no"); } });',
    ],
  ])('still analyses, cleans and catches late widgets with %s', async (_name, mo) => {
    const { dom, doc } = load(FIXTURE.replace('</head>', `<script>${CLOBBER}\n${mo}</script></head>`), {
      runScripts: 'dangerously',
    });
    // The page's script ran in its own realm.
    expect(() => (dom.window as unknown as { eval(s: string): unknown }).eval('[1].map(String)')).toThrow();
    let report: ReturnType<typeof analyze> | null = null;
    expect(() => {
      report = analyze(doc, URL_);
    }).not.toThrow();
    expect((report as ReturnType<typeof analyze> | null)?.isNews).toBe(true);
    expect((report as ReturnType<typeof analyze> | null)?.published?.date).toBe('2026-03-14');
    const { article } = cleanPage(doc);
    expect(isHidden(doc.getElementById('share-top') as Element)).toBe(true);
    expect(article.paragraphs.length).toBe(4);
    let w: LateWatcher | null = null;
    expect(() => {
      w = watchLateClutter(doc, article, (hits) => hide(doc, hits, ALL), { batchMs: 10 });
    }).not.toThrow();
    if (w) watchers.push(w);
    const bar = shareBar(doc, 5);
    doc.getElementById('late')?.appendChild(bar);
    for (let i = 0; i < 20 && !isHidden(bar); i++) await sleep(20);
    expect(isHidden(bar)).toBe(true);
    restore(doc);
    expect(doc.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
  });
});

describe('infinite scroll', () => {
  function teaser(doc: Document, n: number): Element {
    const art = doc.createElement('article');
    art.className = 'next-story';
    const h = doc.createElement('h2');
    h.textContent = `Next story number ${n}`;
    const p = doc.createElement('p');
    p.textContent = `Story ${n} starts here, with a sentence or two of text, as infinite scroll pages show them.`;
    art.append(h, p, shareBar(doc, 100 + n));
    return art;
  }

  it('keeps the observer cost bounded while articles keep coming, and stops after the page settles', async () => {
    const { doc } = load();
    const { article } = cleanPage(doc);
    const w = watchLateClutter(doc, article, (hits) => hide(doc, hits, ALL), { batchMs: 20, idleMs: 200 });
    watchers.push(w);
    const feed = doc.getElementById('late') as Element;
    const t0 = performance.now();
    const added: Element[] = [];
    for (let i = 0; i < 60; i++) {
      const t = teaser(doc, i);
      added.push(t);
      feed.appendChild(t);
      await sleep(10);
    }
    for (let i = 0; i < 30 && !w.usage?.().stopped; i++) await sleep(50);
    const wall = performance.now() - t0;
    const usage = w.usage?.();
    expect(usage?.stopped).toBe(true);
    expect(usage?.maxWindowMs ?? Infinity).toBeLessThan(BUDGET + SLACK);
    expect((usage?.cpuMs ?? Infinity) / Math.max(1, wall / 1000)).toBeLessThan(BUDGET + SLACK);
    // Every loaded story's share bar was hidden, none of their text.
    for (const t of added) {
      expect(isHidden(t.querySelector('.share-bar') as Element)).toBe(true);
      expect(isHidden(t.querySelector('p') as Element)).toBe(false);
    }
    // Stopped: later additions cost nothing.
    const batches = usage?.batches ?? 0;
    feed.appendChild(teaser(doc, 999));
    await sleep(60);
    expect(w.usage?.().batches).toBe(batches);
  });

  it('stops at maxMs even when the page never stops adding', async () => {
    const { doc } = load();
    const { article } = cleanPage(doc);
    const w = watchLateClutter(doc, article, () => undefined, { batchMs: 10, idleMs: 10000, maxMs: 300 });
    watchers.push(w);
    const feed = doc.getElementById('late') as Element;
    for (let i = 0; i < 60 && !w.usage?.().stopped; i++) {
      feed.appendChild(teaser(doc, i));
      await sleep(15);
    }
    expect(w.usage?.().stopped).toBe(true);
  });
});
