// Shared by the hostile-page tests (issue 8): the fixture page, the content
// script's load path, and a share bar to re-insert.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { findArticle } from '../../../src/core/article/index.ts';
import { walkPage } from '../../../src/core/page/walk.ts';
import { HIDDEN_ATTR, hide } from '../../../src/core/cleanup.ts';
import { findClutter } from '../../../src/core/clutter/index.ts';
import type { ArticleInfo, ClutterHit, ClutterKind } from '../../../src/core/types.ts';

export const FIXTURE = readFileSync(new NodeURL('../../fixtures/hostile-article.html', import.meta.url), 'utf8');
export const URL_ = 'https://post.example/2026/03/14/bridge';
export const ALL: ClutterKind[] = ['share', 'comments', 'related', 'newsletter'];

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const isHidden = (el: Element): boolean => el.closest(`[${HIDDEN_ATTR}]`) !== null;

export function load(html = FIXTURE, opts: ConstructorParameters<typeof JSDOM>[1] = {}): { dom: JSDOM; doc: Document } {
  const dom = new JSDOM(html, { url: URL_, ...opts });
  return { dom, doc: dom.window.document };
}

/** The content script's load path: article, clutter, hide every kind. */
export function cleanPage(doc: Document): { article: ArticleInfo; hits: ClutterHit[] } {
  const article = findArticle(doc, walkPage(doc));
  const hits = findClutter(doc, article);
  hide(doc, hits, ALL);
  return { article, hits };
}

export function shareBar(doc: Document, n: number): Element {
  const bar = doc.createElement('div');
  bar.className = 'share-bar';
  bar.id = `late-share-${n}`;
  for (const href of [
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://twitter.com/intent/tweet?url=x',
    'https://t.me/share/url?url=x',
  ]) {
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.textContent = 'Share';
    bar.appendChild(a);
  }
  return bar;
}
