// Grouping: a seed grows to the outermost container that is still the same
// widget (it adds at most a few letters of its own) and holds no part of the
// article. The guards say what the article protects.

import type { ArticleInfo } from '../types.ts';
import { freeText, leadsParent, lettersOutside, linkShare } from './letters.ts';
import type { Seed } from './seeds.ts';
import { foldNames } from './signatures.ts';

/**
 * What a container may add around its widgets and still be the same widget:
 * PLAIN_SLACK letters and digits of plain text (a "Share:" label; a date or a
 * byline is more), and SLACK letters of buttons and links that are no widget
 * of ours, or a share of the widget text it holds (a bar with long labels may
 * carry a "reader mode" button), never more than MAX_SLACK.
 */
const PLAIN_SLACK = 8;
const SLACK = 12;
const SLACK_SHARE = 0.3;
const MAX_SLACK = 40;
/** Levels a widget may grow above its seed. */
const MAX_UP = 6;

const STOP_TAGS = new Set(['html', 'body', 'main', 'head']);

export interface Guards {
  /** Body paragraphs, headline, standfirst, h1s: never inside a hit. */
  protectedEls: Set<Element>;
  /** Every ancestor of a protected element: never a hit. */
  ancestors: Set<Element>;
  /** Memo of insideProtected(). */
  inside: Map<Element, boolean>;
}

export function buildGuards(doc: Document, article: ArticleInfo): Guards {
  const protectedEls = new Set<Element>();
  for (const p of article.paragraphs) protectedEls.add(p);
  if (article.headline) protectedEls.add(article.headline);
  if (article.standfirst) protectedEls.add(article.standfirst);
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 20; i++) {
    const h = h1s.item(i);
    if (h) protectedEls.add(h);
  }
  const ancestors = new Set<Element>();
  const mark = (el: Element): void => {
    for (let a = el.parentElement; a && !ancestors.has(a); a = a.parentElement) ancestors.add(a);
  };
  protectedEls.forEach(mark);
  if (article.root) {
    ancestors.add(article.root);
    mark(article.root);
  }
  return { protectedEls, ancestors, inside: new Map() };
}

/** Inside a protected element. Memoized along the path: O(n) over a whole page, even a deep one. */
export function insideProtected(el: Element, g: Guards): boolean {
  const path: Element[] = [];
  let result = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const known = g.inside.get(a);
    if (known !== undefined) {
      result = known;
      break;
    }
    if (g.protectedEls.has(a)) {
      result = true;
      break;
    }
    path.push(a);
  }
  for (const p of path) g.inside.set(p, result);
  return result;
}

const isStop = (el: Element, g: Guards): boolean =>
  STOP_TAGS.has(el.localName) || g.ancestors.has(el) || el.getAttribute('role') === 'main';

/** Per-search memo of a container's free text: seeds in one bar share their parents. */
export type FreeMemo = Map<Element, { plain: number; active: number; all?: number }>;

/** Does the parent of an item seed add no more than the slack around the widgets it holds? */
function sameWidget(p: Element, clutterSet: ReadonlySet<Element>, memo: FreeMemo): boolean {
  let known = memo.get(p);
  if (!known) {
    known = freeText(p, clutterSet, PLAIN_SLACK, MAX_SLACK);
    memo.set(p, known);
  }
  const { plain, active } = known;
  if (plain > PLAIN_SLACK) return false;
  const free = plain + active;
  if (free > SLACK) {
    if (free > MAX_SLACK) return false;
    known.all ??= lettersOutside(p, null, 10 * MAX_SLACK);
    if (free > SLACK_SHARE * (known.all - free)) return false;
  }
  return true;
}

/** Does the parent of a label seed, `up` levels above it, still belong to the widget the label titles? */
function titledWidget(seed: Seed, p: Element, cur: Element, up: number): boolean {
  if (up >= 3 || !leadsParent(p, cur)) return false;
  if (seed.kind === 'related') {
    const { links, all } = linkShare(p);
    return !(all > 3000 || links < 0.5 * all);
  }
  if (seed.kind === 'newsletter') return lettersOutside(p, null, 400) <= 400;
  return p.querySelector('form,textarea,iframe,ol,ul,[id*="comment" i],[class*="comment" i]') !== null;
}

/** Grows a seed to its outermost widget container. */
export function group(seed: Seed, g: Guards, clutterSet: ReadonlySet<Element>, memo: FreeMemo): Element {
  let cur = seed.el;
  for (let up = 0; up < MAX_UP; up++) {
    const p = cur.parentElement;
    if (!p || isStop(p, g)) break;
    if (seed.mode === 'item' ? !sameWidget(p, clutterSet, memo) : !titledWidget(seed, p, cur, up)) break;
    cur = p;
  }
  return toDialog(cur, g) ?? cur;
}

const DIALOG = /(?:^|[^a-z])(?:popup|modal|dialog|lightbox|overlay)/u;

/** A share or comment label that titles a popup stands for the whole popup. */
function toDialog(el: Element, g: Guards): Element | null {
  let cur = el;
  for (let up = 0; up < 3; up++) {
    const p = cur.parentElement;
    if (!p || isStop(p, g) || !leadsParent(p, cur)) return null;
    if (DIALOG.test(foldNames(p)) || p.getAttribute('role') === 'dialog' || p.localName === 'dialog') return p;
    cur = p;
  }
  return null;
}
