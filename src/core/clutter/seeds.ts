// Seeds: the elements that say by themselves that they are (part of) a widget,
// one rule family each, most specific first. clutter/group.ts then grows each
// seed to its widget's outermost container.

import { HEADING_TAGS } from '../dom.ts';
import type { ClutterKind } from '../types.ts';
import { lettersOutside, linkShare, shortText } from './letters.ts';
import {
  foldNames,
  frameVendor,
  GENERIC_NAMES,
  genericOf,
  profileNetwork,
  shareEndpoint,
  vendorOf,
} from './signatures.ts';
import { matchLabel } from './words.ts';

/**
 * Which family a seed comes from. When two seeds group to one element, the
 * lower rank (the surer family) names the hit.
 */
export const SEED_RANK = {
  /** A share endpoint, a widget library or comment platform (class/id, frame, fb: tag, OpenWeb module). */
  signature: 0,
  /** A form with a textarea. */
  commentForm: 1,
  /** A label in one of the languages' clutter words (words.ts). */
  label: 2,
  /** A generic class/id name (GENERIC_NAMES): must look like a widget too (plausible). */
  genericName: 3,
  /** A link to a social network profile: counts only beside other networks. */
  profileLink: 4,
} as const;
type SeedRank = (typeof SEED_RANK)[keyof typeof SEED_RANK];

/** 'item': the widget itself or a part of it; 'label': a heading that titles the widget after it. */
export type Mode = 'item' | 'label';

export interface Seed {
  el: Element;
  kind: ClutterKind;
  rule: string;
  mode: Mode;
  /**
   * Social networks the grouped widget must link to for the seed to count: 2
   * for a lone profile link, 1 for a follow-us label, 0 otherwise.
   */
  needNets: number;
  rank: SeedRank;
}

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
  ...HEADING_TAGS.filter((h) => h !== 'h1'),
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

const seed = (
  el: Element,
  kind: ClutterKind,
  rule: string,
  rank: SeedRank,
  mode: Mode = 'item',
  needNets = 0,
): Seed => ({
  el,
  kind,
  rule,
  mode,
  needNets,
  rank,
});

/** A seed by signature: a share link, a platform's frame, a Facebook plugin tag, a comment form. */
function signatureSeed(el: Element, tag: string): Seed | null {
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href) {
      const net = shareEndpoint(href);
      if (net) return seed(el, 'share', `share-link:${net}`, SEED_RANK.signature);
    }
  } else if (tag === 'iframe') {
    const src = el.getAttribute('src') || el.getAttribute('data-src') || el.getAttribute('data-lazy-src') || '';
    const v = src ? frameVendor(src) : null;
    if (v) return seed(el, v[1], v[0], SEED_RANK.signature);
  } else if (tag.startsWith('fb:')) {
    const comments = tag === 'fb:comments';
    return comments
      ? seed(el, 'comments', 'comments:facebook', SEED_RANK.signature)
      : seed(el, 'share', 'vendor:fb-plugin', SEED_RANK.signature);
  } else if (tag === 'form' && el.getElementsByTagName('textarea').length > 0) {
    return seed(el, 'comments', 'comments:form', SEED_RANK.commentForm);
  }
  return null;
}

/** A seed by its label words: a button or link that says what it does, or a heading over a widget. */
function labelSeed(el: Element, tag: string): Seed | null {
  const labelTag = LABEL_TAGS.has(tag);
  // role=button is read only where it can matter: an element that is no item or label by tag, or a label that holds text.
  if (!(ITEM_TAGS.has(tag) || labelTag || el.getAttribute('role') === 'button')) return null;
  // A label is short inline text: an element that opens with a block holds blocks, not a label
  // (its inner block is checked on its own, and grouping climbs back to it).
  const first = el.firstElementChild;
  if (first && (el.childElementCount > 3 || BLOCK_CHILD_TAGS.has(first.localName))) return null;
  let text = labelText(el, first);
  const isItem = text !== null && (!labelTag || el.getAttribute('role') === 'button');
  // Icon buttons say what they do in title / aria-label only.
  if (text !== null && isItem && !/\p{L}/u.test(text)) {
    text = el.getAttribute('aria-label') || el.getAttribute('title') || text;
  }
  const m = text ? matchLabel(text) : null;
  if (!m) return null;
  const [kind, rule] = m;
  // "Read more" on a link is a teaser, not a related box.
  if (isItem && (kind === 'related' || kind === 'newsletter')) return null;
  const mode: Mode = kind === 'share' || isItem ? 'item' : 'label';
  return seed(el, kind, rule, SEED_RANK.label, mode, rule === 'words:follow-us' ? 1 : 0);
}

/** The seed an element gives, if any. Most specific families first. */
export function classify(el: Element, spotim: ReadonlySet<Element>): Seed | null {
  const tag = el.localName;
  if (NO_SEED_TAGS.has(tag)) return null;
  const signed = signatureSeed(el, tag);
  if (signed) return signed;
  if (spotim.has(el)) return seed(el, 'comments', 'comments:openweb', SEED_RANK.signature);
  const names = namesOf(el);
  if (names.vendor) {
    const [rule, kind] = names.vendor;
    return seed(el, kind, rule, SEED_RANK.signature);
  }
  const labelled = labelSeed(el, tag);
  if (labelled) return labelled;
  if (names.generic) {
    const [kind, rule] = names.generic;
    return seed(el, kind, rule, SEED_RANK.genericName);
  }
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href && profileNetwork(href)) return seed(el, 'share', 'follow:profiles', SEED_RANK.profileLink, 'item', 2);
  }
  return null;
}

/** Generic class/id seeds must look like a widget, not a page region that happens to carry the name. */
export function plausible(s: Seed): boolean {
  if (s.rank !== SEED_RANK.genericName) return true;
  switch (s.kind) {
    case 'share': {
      // Named "social…" but holding text: only a widget if it links to a network.
      const letters = lettersOutside(s.el, null, 300);
      return letters <= 60 || (letters <= 300 && distinctNetworks(s.el) > 0);
    }
    case 'newsletter':
      return lettersOutside(s.el, null, 600) <= 600;
    case 'related': {
      const { links, all } = linkShare(s.el);
      return all <= 4000 && links >= 0.4 * all;
    }
    default:
      return true;
  }
}

/** Named like a share/follow widget by its own class or id. */
export function shareNamed(el: Element): boolean {
  const names = foldNames(el);
  return names !== '' && GENERIC_NAMES.some(([kind, , re]) => kind === 'share' && re.test(names));
}

/** The social networks an element's links reach (profiles or share endpoints), counted once each. */
export function distinctNetworks(el: Element): number {
  const nets = new Set<string>();
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 200; i++) {
    const href = links.item(i)?.getAttribute('href');
    const net = href ? (profileNetwork(href) ?? (shareEndpoint(href) ? 'share' : null)) : null;
    if (net) nets.add(net);
  }
  return nets.size;
}
