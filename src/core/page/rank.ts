// Candidate containers of the article body, ranked: Readability's scoring made
// much cheaper. Shared by detection (is there one dominant body?) and the
// article (its root). Every loop is bounded.

import { foldedText } from '../dom.ts';
import { runSync, type Steps } from '../slice.ts';
import { classAndId, linkDensity, weightedLength } from './blocks.ts';
import { ANCESTOR_CHECK, inNonBody, type NonBodyMemo } from './non-body.ts';
import { BODY_WORDS } from './patterns.ts';
import { readMicrodataSteps, walkPage, walkPageSteps, type PageWalk } from './walk.ts';

export interface Candidate {
  el: Element;
  score: number;
  /** Qualified blocks at most three levels below this element, and their weighted characters. */
  paragraphs: number;
  chars: number;
}

export interface Ranking {
  /** Best container of body text, or null when the page has none. */
  top: Candidate | null;
  /** Qualified paragraphs on the whole page and their weighted characters. */
  paragraphs: number;
  chars: number;
}

/**
 * Readability-style candidate scoring, much cheaper: each qualified block
 * credits its parent fully and its grandparent by half; the winner's score is
 * damped by its link density, and the winner climbs to its parent while the
 * parent gathers as much (body split into several containers by ads).
 */
export function rankCandidates(doc: Document, walk: PageWalk = walkPage(doc)): Ranking {
  return runSync(rankCandidatesSteps(doc, walk));
}

/** Blocks scored between two pauses of a sliced ranking. */
const RANK_STRIDE = 24;

/** rankCandidates as a step function (core/slice): pauses every RANK_STRIDE blocks and after each damped candidate. */
export function* rankCandidatesSteps(doc: Document, walk: PageWalk): Steps<Ranking> {
  if (walk.ranking) return walk.ranking;
  const body = doc.body;
  if (!body) return { top: null, paragraphs: 0, chars: 0 };
  const scores = new Map<Element, Candidate>();
  const credit = (el: Element | null, score: number, chars: number): void => {
    if (!el || el === doc.documentElement) return;
    let c = scores.get(el);
    if (!c) {
      c = { el, score: 0, paragraphs: 0, chars: 0 };
      scores.set(el, c);
    }
    c.score += score;
    c.paragraphs++;
    c.chars += chars;
  };
  let paragraphs = 0;
  let chars = 0;
  const memo: NonBodyMemo = new Map();
  let seen = 0;
  for (const block of walk.blocks) {
    if (++seen % RANK_STRIDE === 0) yield;
    // Fold at most a few thousand characters: a text-holding wrapper may hold the whole page.
    const raw = block.textContent ?? '';
    // foldedText reads textContent again, and leaves out a <noscript>'s text: only then is it needed.
    const text =
      raw.length > 4000
        ? raw.slice(0, 4000).replace(/\s+/gu, ' ').trim()
        : block.querySelector('noscript')
          ? foldedText(block)
          : raw.replace(/\s+/gu, ' ').trim();
    const len = raw.length > 4000 ? weightedLength(raw) : weightedLength(text);
    if (len < 60) continue;
    if (inNonBody(block, body, ANCESTOR_CHECK, memo)) continue;
    if (linkDensity(block, raw.length > 4000 ? raw.length : text.length, raw.length > 4000) > 0.4) continue;
    paragraphs++;
    chars += len;
    // Commas (any script) mark real sentences rather than teaser fragments.
    const commas = (text.match(/[,،、，;]/gu) ?? []).length;
    const score = 1 + Math.min(len / 100, 3) + Math.min(commas, 3) * 0.3;
    // A text-holding <div> is its own container when it holds several <br> lines.
    const parent = block.localName !== 'p' && block.querySelector('br + br, br ~ br') ? block : block.parentElement;
    credit(parent, score, len);
    credit(parent?.parentElement ?? null, score / 2, len);
    credit(parent?.parentElement?.parentElement ?? null, score / 4, len);
  }
  walk.ranking = { top: yield* pickTop(scores), paragraphs, chars };
  return walk.ranking;
}

/**
 * The page walk with its ranking made (a step function): what the article
 * needs, in slices, on a page that detection decided without walking it.
 */
export function* rankedWalkSteps(doc: Document): Steps<PageWalk> {
  const walk = yield* walkPageSteps(doc, yield* readMicrodataSteps(doc));
  yield* rankCandidatesSteps(doc, walk);
  return walk;
}

/**
 * The best candidate: only the strongest few are damped by link density (it
 * costs a subtree read each), then the winner climbs while its parent holds
 * about as much (the body split across sibling containers).
 */
function* pickTop(scores: ReadonlyMap<Element, Candidate>): Steps<Candidate | null> {
  let best: Candidate | null = null;
  let bestScore = 0;
  const strongest = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, 5);
  for (const c of strongest) {
    yield; // each damping reads a candidate's links: on a page-sized candidate, a few hundred
    const ci = classAndId(c.el);
    const bonus = ci && BODY_WORDS.test(ci) ? 1.25 : 1;
    // Raw lengths: folding the text of a page-sized candidate would be a regex over the whole page.
    const s = c.score * bonus * (1 - Math.min(0.9, linkDensity(c.el, (c.el.textContent ?? '').length, true)));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  for (let i = 0; best && i < 3; i++) {
    const parentEl: Element | null = best.el.parentElement;
    const up: Candidate | undefined = parentEl ? scores.get(parentEl) : undefined;
    if (!up || up.score < best.score * 0.9) break;
    best = up;
  }
  return best;
}
