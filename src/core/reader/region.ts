// The body region. One walk over the page's blocks (page furniture left out
// by the element rules) scores the containers of real paragraphs, the way
// Readability does but on laid-out blocks, so text held in <span>s or
// between <br>s counts like <p>s. The best container is the root; the
// region is the root and the parts of the body that sites split off around
// it (a body cut into chunks by ads), as a list of subtrees in document order.
//
//   good block  long enough (weighted for CJK), few links
//   score       1 + length/100 (at most 3) + commas (any script, at most 3) × 0.3,
//               credited to the block's container, half to its parent, a quarter above
//   signature   the tag and class of a good block's container and its own: a body cut
//               into chunks repeats it, a sidebar, a teaser or a comment list does not

import { weightedLength } from '../page/blocks.ts';
import { BODY_WORDS } from '../page/patterns.ts';
import { linkShare } from './rules.ts';
import type { Block } from './types.ts';

/** Good blocks are at least this long (weighted characters: a CJK character counts 2.5). */
const MIN_GOOD = 50;
/** ... and have at most this share of their letters in links. */
const MAX_LINKS = 0.4;
/** A summary cut short ("…", "...", "[…]"): a teaser of another page, not a paragraph of this one. */
export const TRUNCATED = /(?:\.{3}|…)\s*\]?$/u;
/** Levels above the root where split-off parts of the body are looked for. */
const MAX_LEVELS = 6;
/** A container signature is the body's when it carries this share of the root's mass. */
const DOMINANT_SHARE = 0.15;

export interface Scores {
  /** Candidate score of each container. */
  score: Map<Element, number>;
  /** Weighted characters of good blocks below each element. */
  mass: Map<Element, number>;
  /** The same per container signature. */
  bySig: Map<Element, Map<string, number>>;
  /** Letters of all blocks below each element, and those in links. */
  chars: Map<Element, number>;
  links: Map<Element, number>;
}

/**
 * The element that holds a block as one of its paragraphs: the parent of a
 * <p> (or of any element the block fills); the element itself when it holds
 * several blocks of its own (lines between <br>s).
 */
export function containerOf(b: Block): Element {
  return b.whole ? (b.el.parentElement ?? b.el) : b.el;
}

const tagAndClass = (el: Element): string =>
  `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/u).sort().join('.')}`;

/**
 * Tag and class of a block's container and of the block's own element: what
 * a body cut into chunks repeats (`div.body > p.`), and what tells a teaser's
 * summary (`div.card > p.excerpt`) from a paragraph.
 */
export function signatureOf(b: Block): string {
  const container = containerOf(b);
  return container === b.el ? `${tagAndClass(container)}>` : `${tagAndClass(container)}>${tagAndClass(b.el)}`;
}

const add = (m: Map<Element, number>, el: Element, n: number): void => void m.set(el, (m.get(el) ?? 0) + n);

/** Scores every container of the page's good blocks. */
export function scoreBlocks(blocks: readonly Block[], stop: Element): Scores {
  const s: Scores = { score: new Map(), mass: new Map(), bySig: new Map(), chars: new Map(), links: new Map() };
  for (const b of blocks) {
    const letters = b.text.replace(/\s+/gu, '').length;
    for (let a: Element | null = b.el; a && a !== stop; a = a.parentElement) {
      add(s.chars, a, letters);
      add(s.links, a, b.linkChars);
    }
    const len = weightedLength(b.text);
    if (len < MIN_GOOD || linkShare(b) > MAX_LINKS || TRUNCATED.test(b.text)) continue;
    const commas = (b.text.match(/[,،、，;؛；]/gu) ?? []).length;
    const score = 1 + Math.min(len / 100, 3) + Math.min(commas, 3) * 0.3;
    const container = containerOf(b);
    const sig = signatureOf(b);
    let level = 0;
    for (let a: Element | null = container; a && a !== stop; a = a.parentElement, level++) {
      if (level < 3) add(s.score, a, score / 2 ** level);
      add(s.mass, a, len);
      let m = s.bySig.get(a);
      if (!m) s.bySig.set(a, (m = new Map()));
      m.set(sig, (m.get(sig) ?? 0) + len);
    }
  }
  return s;
}

/**
 * The best container: its score damped by its share of linked text, named
 * like an article body a quarter better; it climbs to its parent while the
 * parent scores about as much (a body split across sibling containers).
 */
export function bestRoot(s: Scores): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of s.score) {
    const chars = s.chars.get(el) ?? 0;
    const density = chars ? (s.links.get(el) ?? 0) / chars : 0;
    const ci = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const v = score * (1 - Math.min(0.9, density)) * (BODY_WORDS.test(ci) ? 1.25 : 1);
    if (v > bestScore) {
      best = el;
      bestScore = v;
    }
  }
  for (let i = 0; best && i < 3; i++) {
    const up = best.parentElement;
    if (!up || (s.score.get(up) ?? 0) < (s.score.get(best) ?? 0) * 0.9) break;
    best = up;
  }
  // A paragraph holding lines between <br>s is one paragraph of the body, not its container.
  while (
    best &&
    INLINE_OR_PARAGRAPH.has(best.localName) &&
    best.parentElement &&
    best.parentElement.localName !== 'body'
  )
    best = best.parentElement;
  return best;
}

const STOP = new Set(['html', 'body']);
/** Never the article's container: a paragraph, a list item, a heading, inline markup. */
const INLINE_OR_PARAGRAPH = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'a',
  'font',
  'b',
  'strong',
  'em',
  'i',
  'small',
]);

/**
 * The region: `root` and the sibling subtrees, up to MAX_LEVELS above it, that
 * hold good blocks with the body's own signature, and mostly those. In
 * document order.
 */
/** The container signatures that carry DOMINANT_SHARE of the root's mass: the body's own. */
export function dominantSignatures(root: Element, s: Scores): Set<string> {
  const rootMass = s.mass.get(root) ?? 0;
  const dominant = new Set<string>();
  for (const [sig, m] of s.bySig.get(root) ?? []) if (m >= DOMINANT_SHARE * rootMass) dominant.add(sig);
  return dominant;
}

/** The container signature that carries most of the root's mass: the body's paragraphs. */
export function mainSignature(root: Element, s: Scores): string | null {
  let best: string | null = null;
  let mass = 0;
  for (const [sig, m] of s.bySig.get(root) ?? []) {
    if (m > mass) {
      best = sig;
      mass = m;
    }
  }
  return best;
}

export function growRegion(root: Element, s: Scores, isChrome: (el: Element) => boolean): Element[] {
  const dominant = dominantSignatures(root, s);
  const parts: Element[] = [root];
  if (dominant.size === 0) return parts;
  let branch = root;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = branch.parentElement;
    if (!parent || STOP.has(parent.localName)) break;
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === branch) continue;
      const m = s.bySig.get(sib);
      if (!m || isChrome(sib)) continue;
      let own = 0;
      for (const sig of dominant) own += m.get(sig) ?? 0;
      if (own >= MIN_GOOD * 2 && own >= 0.5 * (s.mass.get(sib) ?? 0)) parts.push(sib);
    }
    branch = parent;
  }
  return parts.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
