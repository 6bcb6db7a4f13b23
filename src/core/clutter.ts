// core/clutter: share, comment, related and newsletter widgets.
//
//   one pass over elements ──► seeds (rule families, each in clutter/*):
//     share-link:<net>   links to sharing endpoints          (signatures.ts)
//     follow:profiles    ≥ 2 social profile links together   (signatures.ts)
//     vendor:<lib>       share-widget libraries by class/id  (signatures.ts)
//     comments:<vendor>  comment platforms by class/id/frame (signatures.ts)
//     comments:form      a form with a textarea
//     words:<category>   labels in 14 languages              (words.ts, lang/*)
//     <kind>:generic-*   generic class/id names              (signatures.ts)
//   seeds ──► grouped to the outermost container that adds ≤ SLACK letters of
//             its own and holds no body paragraph ──► deduplicated hits

import {
  foldNames,
  frameVendor,
  GENERIC_NAMES,
  genericOf,
  profileNetwork,
  shareEndpoint,
  vendorOf,
} from './clutter/signatures.ts';
import { freeText, leadsParent, lettersOutside, linkShare, shortText } from './clutter/scan.ts';
import { matchLabel } from './clutter/words.ts';
import { runSync, type Steps } from './slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind } from './types.ts';

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
/** Seeds per page; past this the page is odd and the rest are ignored. */
const MAX_SEEDS = 3000;

type Mode = 'item' | 'label';
interface Seed {
  el: Element;
  kind: ClutterKind;
  rule: string;
  mode: Mode;
  /**
   * Social networks the grouped widget must link to for the seed to count: 2
   * for a lone profile link, 1 for a follow-us label, 0 otherwise.
   */
  needNets: number;
  /** Lower wins when two seeds group to one element. */
  rank: number;
}

const STOP_TAGS = new Set(['html', 'body', 'main', 'head']);
const NO_SEED_TAGS = new Set([
  'html',
  'body',
  'main',
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'meta',
  'link',
  'title',
  'br',
  'path',
  'use',
]);
const LABEL_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'legend',
  'summary',
  'div',
  'span',
  'p',
  'strong',
  'b',
  'em',
  'i',
  'label',
  'li',
  'dt',
  'small',
  'font',
  'caption',
]);
const ITEM_TAGS = new Set(['a', 'button']);
/** Block containers: an element that opens with one of these is no label. */
const BLOCK_CHILD_TAGS = new Set(['div', 'p', 'ul', 'ol', 'section', 'article', 'aside', 'table', 'form', 'figure']);

interface Guards {
  /** Body paragraphs, headline, standfirst, h1s: never inside a hit. */
  protectedEls: Set<Element>;
  /** Every ancestor of a protected element: never a hit. */
  ancestors: Set<Element>;
  /** Memo of insideProtected(). */
  inside: Map<Element, boolean>;
}

function buildGuards(doc: Document, article: ArticleInfo): Guards {
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
function insideProtected(el: Element, g: Guards): boolean {
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

/** What an element's class and id say, worked out once per distinct value (list items repeat theirs). */
interface NameVerdict {
  vendor: readonly [string, ClutterKind] | null;
  generic: readonly [ClutterKind, string] | null;
}
const NO_NAMES: NameVerdict = { vendor: null, generic: null };
const MAX_MEMO = 4000;
const nameMemo = new Map<string, NameVerdict>();

function namesOf(el: Element): NameVerdict {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return NO_NAMES;
  const key = `${id ?? ''} ${cls ?? ''}`;
  let v = nameMemo.get(key);
  if (!v) {
    const names = foldNames(el);
    v = { vendor: vendorOf(names), generic: genericOf(names) };
    if (nameMemo.size >= MAX_MEMO) nameMemo.clear();
    nameMemo.set(key, v);
  }
  return v;
}

/**
 * The text of a label candidate, or null past 120 characters: a leaf's
 * textContent (one native call), else a walk capped at 12 nodes. The cap
 * matters: textContent of every level of a deep inline chain would read the
 * chain's whole text again at each level.
 */
function labelText(el: Element, first: Element | null): string | null {
  if (first) return shortText(el, 12, 120);
  const t = el.textContent ?? '';
  return t.length <= 120 ? t : null;
}

/** The seed an element gives, if any. Most specific families first. */
function classify(el: Element, spotim: ReadonlySet<Element>): Seed | null {
  const tag = el.localName;
  if (NO_SEED_TAGS.has(tag)) return null;
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href) {
      const net = shareEndpoint(href);
      if (net) return { el, kind: 'share', rule: `share-link:${net}`, mode: 'item', needNets: 0, rank: 0 };
    }
  } else if (tag === 'iframe') {
    const src = el.getAttribute('src') || el.getAttribute('data-src') || el.getAttribute('data-lazy-src') || '';
    const v = src ? frameVendor(src) : null;
    if (v) return { el, kind: v[1], rule: v[0], mode: 'item', needNets: 0, rank: 0 };
  } else if (tag.startsWith('fb:')) {
    const comments = tag === 'fb:comments';
    return {
      el,
      kind: comments ? 'comments' : 'share',
      rule: comments ? 'comments:facebook' : 'vendor:fb-plugin',
      mode: 'item',
      needNets: 0,
      rank: 0,
    };
  } else if (tag === 'form' && el.getElementsByTagName('textarea').length > 0) {
    return { el, kind: 'comments', rule: 'comments:form', mode: 'item', needNets: 0, rank: 1 };
  }
  if (spotim.has(el)) return { el, kind: 'comments', rule: 'comments:openweb', mode: 'item', needNets: 0, rank: 0 };
  const names = namesOf(el);
  if (names.vendor) {
    const [rule, kind] = names.vendor;
    return { el, kind, rule, mode: 'item', needNets: 0, rank: 0 };
  }
  const labelTag = LABEL_TAGS.has(tag);
  // role=button is read only where it can matter: an element that is no item or label by tag, or a label that holds text.
  if (ITEM_TAGS.has(tag) || labelTag || el.getAttribute('role') === 'button') {
    // A label is short inline text: an element that opens with a block holds blocks, not a label
    // (its inner block is checked on its own, and grouping climbs back to it).
    const first = el.firstElementChild;
    if (!first || (el.childElementCount <= 3 && !BLOCK_CHILD_TAGS.has(first.localName))) {
      let text = labelText(el, first);
      const isItem = text !== null && (!labelTag || el.getAttribute('role') === 'button');
      // Icon buttons say what they do in title / aria-label only.
      if (text !== null && isItem && !/\p{L}/u.test(text)) {
        text = el.getAttribute('aria-label') || el.getAttribute('title') || text;
      }
      const m = text ? matchLabel(text) : null;
      if (m) {
        const [kind, rule] = m;
        // "Read more" on a link is a teaser, not a related box.
        if (!(isItem && (kind === 'related' || kind === 'newsletter'))) {
          const mode: Mode = kind === 'share' || isItem ? 'item' : 'label';
          return { el, kind, rule, mode, needNets: rule === 'words:follow-us' ? 1 : 0, rank: 2 };
        }
      }
    }
  }
  if (names.generic) {
    const [kind, rule] = names.generic;
    return { el, kind, rule, mode: 'item', needNets: 0, rank: 3 };
  }
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href && profileNetwork(href))
      return { el, kind: 'share', rule: 'follow:profiles', mode: 'item', needNets: 2, rank: 4 };
  }
  return null;
}

/** Generic class/id seeds must look like a widget, not a page region that happens to carry the name. */
function plausible(seed: Seed): boolean {
  if (seed.rank !== 3) return true;
  switch (seed.kind) {
    case 'share': {
      // Named "social…" but holding text: only a widget if it links to a network.
      const letters = lettersOutside(seed.el, null, 300);
      return letters <= 60 || (letters <= 300 && distinctNetworks(seed.el) > 0);
    }
    case 'newsletter':
      return lettersOutside(seed.el, null, 600) <= 600;
    case 'related': {
      const { links, all } = linkShare(seed.el);
      return all <= 4000 && links >= 0.4 * all;
    }
    default:
      return true;
  }
}

/** Named like a share/follow widget by its own class or id. */
function shareNamed(el: Element): boolean {
  const names = foldNames(el);
  return names !== '' && GENERIC_NAMES.some(([kind, , re]) => kind === 'share' && re.test(names));
}

function distinctNetworks(el: Element): number {
  const nets = new Set<string>();
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 200; i++) {
    const href = links.item(i)?.getAttribute('href');
    const net = href ? (profileNetwork(href) ?? (shareEndpoint(href) ? 'share' : null)) : null;
    if (net) nets.add(net);
  }
  return nets.size;
}

/** Per-scan memo of a container's free text: seeds in one bar share their parents. */
type FreeMemo = Map<Element, { plain: number; active: number; all?: number }>;

/** Grows a seed to its outermost widget container. */
function group(seed: Seed, g: Guards, clutterSet: ReadonlySet<Element>, memo: FreeMemo): Element {
  let cur = seed.el;
  for (let up = 0; up < MAX_UP; up++) {
    const p = cur.parentElement;
    if (!p || isStop(p, g)) break;
    if (seed.mode === 'item') {
      let known = memo.get(p);
      if (!known) {
        known = freeText(p, clutterSet, PLAIN_SLACK, MAX_SLACK);
        memo.set(p, known);
      }
      const { plain, active } = known;
      if (plain > PLAIN_SLACK) break;
      const free = plain + active;
      if (free > SLACK) {
        if (free > MAX_SLACK) break;
        known.all ??= lettersOutside(p, null, 10 * MAX_SLACK);
        if (free > SLACK_SHARE * (known.all - free)) break;
      }
    } else {
      if (up >= 3 || !leadsParent(p, cur)) break;
      if (seed.kind === 'related') {
        const { links, all } = linkShare(p);
        if (all > 3000 || links < 0.5 * all) break;
      } else if (seed.kind === 'newsletter') {
        if (lettersOutside(p, null, 400) > 400) break;
      } else if (p.querySelector('form,textarea,iframe,ol,ul,[id*="comment" i],[class*="comment" i]') === null) {
        break;
      }
    }
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

/**
 * Finds share / comments / related / newsletter widgets, each grouped to its
 * outermost container that holds no article body text. With `within`, only
 * those subtrees are searched (used for widgets that arrive after load).
 */
export function findClutter(doc: Document, article: ArticleInfo, within?: readonly Element[]): ClutterHit[] {
  return runSync(findClutterSteps(doc, article, within));
}

/** findClutter as a step function (core/slice): the content script runs it in slices. */
export function* findClutterSteps(
  doc: Document,
  article: ArticleInfo,
  within?: readonly Element[],
): Steps<ClutterHit[]> {
  try {
    return yield* scan(doc, article, within);
  } catch {
    // Runs on every page load: an odd page gets no clean-up, never an error.
    return [];
  }
}

/** Elements classified, and seeds grouped, between two pauses of a sliced search. */
const VISIT_STRIDE = 256;
const GROUP_STRIDE = 32;

function* scan(doc: Document, article: ArticleInfo, within?: readonly Element[]): Steps<ClutterHit[]> {
  const g = buildGuards(doc, article);
  const seeds: Seed[] = [];
  // One native query instead of an attribute test on every element.
  const spotim = new Set(doc.querySelectorAll('[data-spotim-module]'));
  const visit = (el: Element): void => {
    if (seeds.length >= MAX_SEEDS) return;
    const s = classify(el, spotim);
    if (s && !insideProtected(el, g) && !g.ancestors.has(el) && plausible(s)) seeds.push(s);
  };
  const roots: readonly Element[] = within ?? (doc.documentElement ? [doc.documentElement] : []);
  yield;
  let visited = 0;
  // A sibling walk, not a live HTMLCollection: indexing one is slow in some DOMs.
  for (const root of roots) {
    let el: Element | null = root;
    while (el && seeds.length < MAX_SEEDS) {
      if (++visited % VISIT_STRIDE === 0) yield;
      // Nothing inside a body paragraph or the headline is ever a hit: skip the subtree.
      const guarded = g.protectedEls.has(el);
      if (!guarded) visit(el);
      // An icon's drawing (an <svg>'s shapes) holds no widget of its own: the <svg> itself is enough.
      let next: Element | null = guarded || el.localName === 'svg' ? null : el.firstElementChild;
      while (!next && el && el !== root) {
        next = el.nextElementSibling;
        if (!next) el = el.parentElement;
      }
      el = el === root && !next ? null : next;
    }
  }

  // Letters inside share/comments seeds are widget text, not the container's own.
  const clutterSet = new Set<Element>();
  for (const s of seeds) if (s.kind === 'share' || s.kind === 'comments') clutterSet.add(s.el);

  const best = new Map<Element, Seed>();
  const memo: FreeMemo = new Map();
  const netMemo = new Map<Element, number>();
  const nets = (el: Element): number => {
    let n = netMemo.get(el);
    if (n === undefined) netMemo.set(el, (n = distinctNetworks(el)));
    return n;
  };
  let grouped = 0;
  for (const s of seeds) {
    if (++grouped % GROUP_STRIDE === 0) yield;
    const el = group(s, g, clutterSet, memo);
    // A lone profile link counts when the links beside it reach other networks.
    if (s.needNets > 0 && nets(el) < s.needNets && !(s.needNets === 1 && (shareNamed(el) || shareNamed(s.el)))) {
      if (s.needNets < 2 || el !== s.el || !s.el.parentElement || nets(s.el.parentElement) < 2) continue;
    }
    const prev = best.get(el);
    if (!prev || s.rank < prev.rank) best.set(el, s);
  }

  // Outermost wins: drop a hit inside another hit of the same kind.
  const hits: ClutterHit[] = [];
  yield;
  for (const [el, s] of best) {
    let nested = false;
    // Bounded walk: a widget nested deeper than this in another is at worst listed twice.
    let up = 0;
    for (let a = el.parentElement; a && up < 100; a = a.parentElement, up++) {
      if (best.get(a)?.kind === s.kind) {
        nested = true;
        break;
      }
    }
    if (!nested) hits.push({ element: el, kind: s.kind, rule: s.rule });
  }
  return hits;
}
