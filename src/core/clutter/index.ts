// core/clutter: share, comment, related and newsletter widgets.
//
//   one pass over elements ──► seeds (rule families, seeds.ts; lowest SEED_RANK wins):
//     share-link:<net>   links to sharing endpoints          (signatures.ts)
//     vendor:<lib>       share-widget libraries by class/id  (signatures.ts)
//     comments:<vendor>  comment platforms by class/id/frame (signatures.ts)
//     comments:form      a form with a textarea
//     words:<category>   labels in 14 languages              (words.ts, lang/*)
//     <kind>:generic-*   generic class/id names              (signatures.ts)
//     follow:profiles    ≥ 2 social profile links together   (signatures.ts)
//   seeds ──► grouped to the outermost container that adds ≤ SLACK letters of
//             its own and holds no body paragraph (group.ts, letters.ts) ──► deduplicated hits

import { runSync, type Steps } from '../slice.ts';
import type { ArticleInfo, ClutterHit } from '../types.ts';
import { buildGuards, group, insideProtected, type FreeMemo, type Guards } from './group.ts';
import { classify, distinctNetworks, plausible, shareNamed, type Seed } from './seeds.ts';

/** Seeds per page; past this the page is odd and the rest are ignored. */
const MAX_SEEDS = 3000;
/**
 * Elements classified, and seeds grouped, between two pauses of a sliced
 * search. Few: the first elements run cold (code compiled on first use), a few
 * milliseconds for some dozens.
 */
const VISIT_STRIDE = 32;
const GROUP_STRIDE = 32;

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
    const g = buildGuards(doc, article);
    const seeds = yield* collectSeeds(doc, g, within);
    const best = yield* groupSeeds(seeds, g);
    yield;
    return outermost(best);
  } catch {
    // Runs on every page load: an odd page gets no clean-up, never an error.
    return [];
  }
}

/** Every element under the roots (the whole document by default) classified: the seeds, in document order. */
function* collectSeeds(doc: Document, g: Guards, within?: readonly Element[]): Steps<Seed[]> {
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
  return seeds;
}

/** Each seed grown to its widget; the surest seed (lowest rank) names each widget element. */
function* groupSeeds(seeds: readonly Seed[], g: Guards): Steps<Map<Element, Seed>> {
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
  return best;
}

/** Outermost wins: a hit inside another hit of the same kind is dropped. */
function outermost(best: ReadonlyMap<Element, Seed>): ClutterHit[] {
  const hits: ClutterHit[] = [];
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
