// core/reader: the article as the reading view keeps it. Runs on demand only
// (never on a page's load path), on any Document: jsdom, Chromium, Firefox.
//
//   core/article       headline, standfirst (shared with the clean side)
//   core/clutter       share / comment / related / newsletter widgets
//   walk.ts + rules    the page's blocks as laid out; furniture left out by name, tag, role
//   region.ts          the best container of real paragraphs, grown to the body's split-off parts
//   walk.ts + rules    the region's blocks; captions and the byline set aside
//   rules (blocks)     each block judged: link lines, …
//   visible.ts         keep / hide sets for the view, and the text they leave visible
//
// No length or word-count threshold decides whether a page has an article:
// lengths are weighted for CJK text (core/page/blocks.weightedLength) and
// every pattern is Unicode-aware.

import { findArticle } from '../article/index.ts';
import { findClutter } from '../clutter/index.ts';
import { weightedLength } from '../page/blocks.ts';
import { walkPage, type PageWalk } from '../page/walk.ts';
import type { ArticleInfo, ClutterHit } from '../types.ts';
import { bestRoot, growRegion, mainSignature, scoreBlocks, signatureOf, type Scores } from './region.ts';
import { blockRule, elementRule, type RuleContext } from './rules.ts';
import type { Block, ReadableArticle } from './types.ts';
import { planView, visibleTextOf } from './visible.ts';
import { collectBlocks, type Walked } from './walk.ts';

export type { Block, BlockKind, Dropped, ReadableArticle } from './types.ts';
export { hideOutside, visibleTextOf } from './visible.ts';

export interface ReaderInput {
  /** The page walk of this document already made (detection's), to share it. */
  walk?: PageWalk;
  /** core/article's answer for this document, if already known. */
  article?: ArticleInfo;
  /** core/clutter's hits for this document, if already known. */
  clutter?: readonly ClutterHit[];
}

/** Share of the text above which an element holds the body, whatever its name says. */
const HOLDS_BODY_SHARE = 0.4;
/** itemprop=articleBody is the root when it holds this share of the best container's mass. */
const MARKED_BODY_SHARE = 0.5;

const MEDIA = 'img, picture, video, audio, iframe, embed, object';

/** Elements looked at between the headline and the body for the byline and date lines. */
const MAX_HEADER_WALK = 200;

/**
 * The byline and date lines between the headline and the body: the elements
 * there that the byline rule sets aside (outermost ones, outside the body).
 */
function headerLines(headline: Element | null, body: Element, ctx: RuleContext): Element[] {
  if (!headline || !(headline.compareDocumentPosition(body) & 4)) return [];
  const out: Element[] = [];
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? headline, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  let budget = MAX_HEADER_WALK;
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) {
    const el = n as Element;
    if (el === body || el.contains(body) || !(el.compareDocumentPosition(body) & 4)) {
      if (el === body || !el.contains(body)) break;
      continue;
    }
    if (headline.contains(el) || out.some((o) => o.contains(el))) continue;
    if (elementRule(el, ctx)?.rule === 'byline') out.push(el);
  }
  return out;
}

const byDocumentOrder = (a: Element, b: Element): number => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

const pText = (el: Element): number => {
  let n = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) n += (ps[i]?.textContent ?? '').length;
  return n;
};

/**
 * The guard of the furniture rules on the page: an element that holds the
 * headline, or HOLDS_BODY_SHARE of the page's <p> text (of all its text when
 * it has no <p>), is the article's wrapper, whatever its name says.
 */
function holdsShare(scope: readonly Element[], headline: Element | null): (el: Element) => boolean {
  const paras = scope.reduce((n, el) => n + pText(el), 0);
  const all = scope.reduce((n, el) => n + (el.textContent ?? '').length, 0);
  return (el) =>
    (headline !== null && el.contains(headline)) ||
    (paras > 0 ? pText(el) >= HOLDS_BODY_SHARE * paras : (el.textContent ?? '').length >= HOLDS_BODY_SHARE * all);
}

/** The article's region on the page: its root, the parts it grows to (the standfirst first), and the block scores. */
interface Region {
  root: Element;
  parts: Element[];
  scores: Scores;
}

/**
 * The page's blocks, furniture left out; the best container of real
 * paragraphs (itemprop=articleBody where it names the body), grown to the
 * body's split-off parts.
 */
function findRegion(
  doc: Document,
  body: HTMLElement,
  walk: PageWalk,
  info: ArticleInfo,
  ctx: RuleContext,
): Region | null {
  const page = collectBlocks(body, (el) => elementRule(el, ctx));
  const scores = scoreBlocks(page.blocks, doc.documentElement ?? body);
  let root = bestRoot(scores);
  const marked = walk.itemprops.get('articlebody')?.[0];
  // itemprop=articleBody names the body, unless it marks a part of the best container (one paragraph).
  if (
    marked &&
    (!root ||
      marked.contains(root) ||
      (scores.mass.get(marked) ?? 0) >= MARKED_BODY_SHARE * (scores.mass.get(root) ?? 0))
  )
    root = marked;
  if (!root) return null;
  const parts = growRegion(root, scores, (el) => elementRule(el, ctx)?.action === 'drop');
  // The standfirst opens the body's text when it stands before it, outside it.
  const lead = info.standfirst;
  if (
    lead &&
    !parts.some((p) => p.contains(lead) || lead.contains(p)) &&
    lead.compareDocumentPosition(parts[0] ?? root) & 4
  )
    parts.unshift(lead);
  return { root, parts, scores };
}

/** The blocks of the region's parts, numbered in reading order, with the media, drops and asides met on the way. */
function walkRegion(parts: readonly Element[], ctx: RuleContext): Walked {
  const out: Walked = { blocks: [], media: [], dropped: [], aside: [] };
  for (const part of parts) {
    const w = collectBlocks(part, (el) => elementRule(el, ctx));
    for (const b of w.blocks) out.blocks.push({ ...b, index: out.blocks.length });
    out.media.push(...w.media);
    out.dropped.push(...w.dropped);
    out.aside.push(...w.aside);
  }
  // The pictures of figures and galleries set aside are media of the story too.
  for (const a of out.aside)
    if (a.rule === 'figure' || a.rule === 'gallery') out.media.push(...a.el.querySelectorAll(MEDIA));
  return out;
}

/** The blocks the block rules keep; what they leave out is added to `walked.dropped`. */
function judgeBlocks(walked: Walked, region: Region, hits: readonly ClutterHit[]): Block[] {
  const { blocks, dropped } = walked;
  const main = mainSignature(region.root, region.scores);
  let lastBody = -1;
  for (const b of blocks) if (signatureOf(b) === main) lastBody = b.index;
  const comments = hits.filter((h) => h.kind === 'comments').map((h) => h.element);
  const kept: Block[] = [];
  for (const b of blocks) {
    const rule = blockRule(b, { blocks, lastBody, comments });
    if (!rule) kept.push(b);
    else if (b.whole) dropped.push({ el: b.el, rule });
    // Part of an element's content: hidden when its text is all inside elements (a bare text node cannot be).
    else if (b.nodes.every((n) => n.nodeType === 1 || !/\S/u.test(n.nodeValue ?? ''))) {
      for (const n of b.nodes) if (n.nodeType === 1) dropped.push({ el: n as Element, rule });
    } else kept.push(b);
  }
  return kept;
}

/** The view: what it keeps and hides, its text, and the header lines above the body. */
function buildView(
  info: ArticleInfo,
  region: Region,
  kept: readonly Block[],
  walked: Walked,
  hits: readonly ClutterHit[],
  ctx: RuleContext,
): ReadableArticle {
  const { root, parts } = region;
  const { media, dropped, aside } = walked;
  const asideEls = new Set(aside.map((a) => a.el));
  const content = new Set<Element>([...kept.map((b) => b.el), ...media, ...asideEls]);
  const plan = planView(parts, content, new Set(dropped.map((d) => d.el)));
  const hide = new Set(plan.hideInside);
  const text = visibleTextOf(plan.keep, new Set([...hide, ...asideEls]));

  const lead = info.standfirst;
  const byline = [
    ...headerLines(info.headline, parts.find((p) => p !== lead) ?? root, ctx),
    ...aside.filter((a) => a.rule === 'byline').map((a) => a.el),
  ];
  const headerEls = [info.headline, info.standfirst, ...byline].filter((e): e is Element => e !== null);
  // A share bar or comment count taken for a header line is no part of the view.
  const widgetEls = hits.map((h) => h.element);
  const keep = [...headerEls.filter((h) => !plan.keep.some((k) => k.contains(h))), ...plan.keep]
    .filter((k) => !widgetEls.some((w) => w.contains(k)))
    .sort(byDocumentOrder);
  const inView = (el: Element): boolean => plan.keep.some((k) => k.contains(el));
  // Share and comment widgets inside what is kept (a comment count in the byline) stay hidden in the view.
  const widgets = hits
    .map((h) => h.element)
    .filter((el) => keep.some((k) => k !== el && k.contains(el)) && !hide.has(el));
  const hideInside = [...plan.hideInside, ...widgets];
  return {
    root,
    headline: info.headline,
    standfirst: info.standfirst,
    byline,
    blocks: kept.filter((b) => inView(b.el)),
    media: media.filter(inView),
    aside: aside.map((a) => a.el).filter(inView),
    keep,
    hideInside,
    dropped,
    text,
    visibleText: visibleTextOf(keep, new Set([...hide, ...widgets])),
  };
}

/**
 * The article of `doc` as the reading view keeps it, or null when the page
 * has no article body. Pure: reads the document, changes nothing.
 */
export function extractReadable(
  doc: Document,
  _url: string | null = null,
  input: ReaderInput = {},
): ReadableArticle | null {
  const body = doc.body;
  if (!body) return null;
  const walk = input.walk ?? walkPage(doc);
  const info = input.article ?? findArticle(doc, walk);
  const hits = input.clutter ?? findClutter(doc, info);
  const clutter = new Map<Element, string>();
  for (const h of hits) clutter.set(h.element, h.rule);
  const header = new Set<Element>();
  if (info.headline) header.add(info.headline);

  const pageCtx: RuleContext = {
    clutter,
    header,
    headline: info.headline,
    holdsBody: holdsShare([body], info.headline),
  };
  const region = findRegion(doc, body, walk, info, pageCtx);
  if (!region) return null;

  // The region's blocks. The guard weighs real paragraphs here: a related box may hold more text
  // than a short article, never more of the region's scored paragraphs.
  const { parts, scores } = region;
  const regionMass = parts.reduce((n, p) => n + (scores.mass.get(p) ?? 0), 0);
  const ctx: RuleContext = {
    clutter,
    header,
    headline: info.headline,
    holdsBody: (el) =>
      (info.headline !== null && el.contains(info.headline)) ||
      (scores.mass.get(el) ?? 0) >= HOLDS_BODY_SHARE * regionMass,
  };
  const walked = walkRegion(parts, ctx);
  const kept = judgeBlocks(walked, region, hits);
  if (!kept.some((b) => weightedLength(b.text) > 0)) return null;
  return buildView(info, region, kept, walked, hits, ctx);
}
