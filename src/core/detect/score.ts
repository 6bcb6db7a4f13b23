// Detection's weights: each signal has a name (reported in `signals`) and a
// weight; the score is the squashed sum. Metadata can lie (og:type=article on
// a home page), so the page's shape (one dominant body vs. many headline
// links) weighs as much.

import type { Detection } from '../types.ts';
import type { DetectFeatures, MetaFeatures, ShapeFeatures } from './features.ts';
import { LD_NEWS } from './metadata.ts';

type Add = (name: string, weight: number) => void;

/** Signals read without walking the page: JSON-LD, meta tags, microdata, URL. */
function scoreMetadata(f: MetaFeatures, add: Add): void {
  // A blog post is an article, not necessarily news: it counts for less.
  if (f.ld) add(`json-ld:${f.ld}`, LD_NEWS.test(f.ld) ? 1.2 : f.ld === 'BlogPosting' ? 0.5 : 0.8);
  else if (f.microdata) add('microdata:NewsArticle', 1.2);
  if (f.ldNegative) add(`-json-ld:${f.ldNegative}`, -0.8);
  // A video page; a story with a video embedded says NewsArticle as well.
  if (f.ldVideo && !f.ld && !f.microdata) add('-json-ld:VideoObject', -0.8);
  // og:type says video or product; a story typed Article or NewsArticle in JSON-LD is still a story.
  if (f.ogNegative && !f.ld && !f.microdata) add(`-og:type=${f.ogNegative}`, -1.2);
  if (f.generator) add(`-generator:${f.generator}`, -1.5);
  if (f.ogArticle) add('og:type=article', 0.8);
  // og:type=website is many CMSs' default: it counts only when JSON-LD does not say "article".
  if (f.ogWebsite && !f.ld && !f.microdata) add('-og:type=website', -0.4);
  if (f.published) add('meta:published_time', 0.5);
  if (f.articleBody) add('itemprop:articleBody', 0.8);
  if (f.urlDate) add('url:date', 0.6);
  else if (f.urlId) add('url:id', 0.4);
  if (f.urlRoot) add('-url:home', -2.0);
  if (f.urlList) add('-url:list', -1.0);
  if (f.urlKind) add(`-url:${f.urlKind}`, f.urlKind === 'blog' ? -0.8 : -1.0);
}

const LONG_BODY = 1.4;
const DATELINE = 1.0;
const BYLINE = 0.3;
/** A date printed by the headline, on a page whose metadata gives none (else it says the same twice). */
const VISIBLE_DATE = 0.5;
/**
 * The most the page's shape can add: a long body, a dateline, a byline and a
 * printed date. Its other signals only subtract.
 */
export const SHAPE_MAX = LONG_BODY + DATELINE + BYLINE + VISIBLE_DATE;

/** The most the shape can add to a page with these metadata (a printed date counts only without a published-time meta). */
export function shapeMax(f: Pick<MetaFeatures, 'published'>): number {
  return f.published ? SHAPE_MAX - VISIBLE_DATE : SHAPE_MAX;
}

/** A shop's cart or a company's pricing page, on a page that only a blog post or an untyped page would be. */
function scoreShop(f: DetectFeatures, add: Add): void {
  // A shop's cart or a company's pricing: its posts are the company's, unless typed news.
  // Only on a blog post or an untyped page: a magazine that sells subscriptions still types its stories.
  const shop = f.shopGenerator ? 'cart' : f.shopLinks;
  const blogLike = f.ld === 'BlogPosting' || f.urlKind === 'blog' || (!f.ld && !f.ogArticle);
  if (shop && blogLike && !f.microdata)
    add(
      shop === 'cart' ? (f.shopGenerator ? '-shop-generator' : '-shop-links') : '-pricing-links',
      shop === 'cart' ? -1.5 : -1.0,
    );
}

/** Signals of the page's shape, read by the walk: body, dateline, byline, headline links. */
function scoreShape(f: DetectFeatures, add: Add): void {
  // One dominant body: long enough, and holding most of the page's paragraph text.
  if (f.bodyChars >= 1500 || (f.bodyChars >= 600 && f.bodyParagraphs >= 3))
    add(`body-paragraphs:${f.bodyParagraphs}`, f.bodyChars >= 1500 ? LONG_BODY : 0.9);
  else if (f.bodyChars >= 500) add(`body-paragraphs:${f.bodyParagraphs}`, 0.5);
  // An empty itemprop=articleBody is a body that loads late (or a saved copy that lost it).
  else if (f.bodyChars < 300) add('-no-body', f.articleBody ? -0.5 : f.bodyChars < 150 ? -1.5 : -0.8);
  if (f.dateline) add('dateline', DATELINE);
  if (f.byline) add('byline', BYLINE);
  // A date printed by the headline, with a byline or a dateline: a dated story, even without metadata.
  // (Alone it is weak: terms pages, Q&A and blog posts print dates too.)
  if (f.visibleDate && !f.published && (f.byline || f.dateline)) add('visible-date', VISIBLE_DATE);
  // Results or teasers: headline links standing alone inside the body, one for every other paragraph or more.
  if (f.listLinks >= 5 && f.listLinks * 2 >= f.bodyParagraphs) add(`-list-links:${f.listLinks}`, -1.2);
  scoreShop(f, add);
  // Many headline links against little body text: a front page, even when its metadata says "article".
  const ratio = f.headlineLinks / Math.max(1, f.bodyChars / 500);
  // A long dominant body outweighs a busy sidebar, and so does a short one under a dated headline
  // (a short story on a busy portal); a very link-heavy page does not.
  const dated = f.visibleDate || f.published;
  if (f.headlineLinks >= 20 && (ratio > 60 || (ratio > 15 && f.bodyChars < 1500 && !(dated && f.bodyParagraphs >= 3))))
    add(`-headline-links:${f.headlineLinks}`, ratio > 60 ? -1.5 : -0.8);
}

const BASE = -1.5;
export const probability = (sum: number): number => 1 / (1 + Math.exp(-sum));

/** The metadata's signals and their sum (the base included). */
function metadataPart(f: MetaFeatures): { sum: number; signals: string[] } {
  const signals: string[] = [];
  let sum = BASE;
  scoreMetadata(f, (name, w) => {
    signals.push(name);
    sum += w;
  });
  return { sum, signals };
}

/** Every signal's name and the summed weights. */
function scoreSum(f: DetectFeatures): { sum: number; signals: string[] } {
  const part = metadataPart(f);
  let sum = part.sum;
  scoreShape(f, (name, w) => {
    part.signals.push(name);
    sum += w;
  });
  return { sum, signals: part.signals };
}

/** Turns features into a score and named signals. */
export function scoreFeatures(f: DetectFeatures): Detection {
  const { sum, signals } = scoreSum(f);
  const score = probability(sum);
  return { isNews: score >= 0.5, score: Math.round(score * 1000) / 1000, signals };
}

/**
 * Keeps float rounding from ever deciding what the full score would call a tie:
 * a bound decides only when it clears the threshold (a sum of 0) by this much.
 */
const MARGIN = 1e-9;

/**
 * Each signal of the page walk at its least favourable value and at its most
 * favourable. The score rises with the body's length and paragraphs, a
 * dateline, a byline and a printed date, and falls with every headline link,
 * list link and shop link, whatever the other signals are
 * (tests/unit/detect/bounds.test.ts checks it over random features), so an
 * unread signal set to these values bounds the score from below and above.
 */
const WORST_SHAPE: ShapeFeatures = {
  bodyParagraphs: 0,
  bodyChars: 0,
  dateline: false,
  byline: false,
  visibleDate: false,
  headlineLinks: Infinity,
  listLinks: Infinity,
  shopLinks: 'cart',
};
const BEST_SHAPE: ShapeFeatures = {
  bodyParagraphs: Infinity,
  bodyChars: Infinity,
  dateline: true,
  byline: true,
  visibleDate: true,
  headlineLinks: 0,
  listLinks: 0,
  shopLinks: null,
};

/** The signals read so far: all of the metadata's, and those of the walk read yet. */
export type KnownFeatures = MetaFeatures & Partial<ShapeFeatures>;

/**
 * The answer the full score will give, when the signals read so far already
 * fix it: false when even the best values of the unread ones stay below the
 * news threshold, true when even their worst values stay above it, else null
 * (read on). `limits` caps the worst values of unread counts (the most links
 * the page can have). The load path asks it before walking the page and again
 * before counting its links (detectOnLoad).
 */
export function decided(known: KnownFeatures, limits: Partial<ShapeFeatures> = {}): boolean | null {
  if (scoreSum({ ...BEST_SHAPE, ...known }).sum < -MARGIN) return false;
  if (scoreSum({ ...WORST_SHAPE, ...limits, ...known }).sum > MARGIN) return true;
  return null;
}

/**
 * The metadata's part of the score, and whether it rules the page out (no
 * page shape could make it news: decided() on the metadata alone).
 */
export function metadataScore(f: MetaFeatures): { sum: number; signals: string[]; ruledOut: boolean } {
  return { ...metadataPart(f), ruledOut: decided(f) === false };
}

/** The walk's signals that count for nothing: no dateline, byline or printed date, no links. */
const NEUTRAL_SHAPE: ShapeFeatures = { ...WORST_SHAPE, headlineLinks: 0, listLinks: 0, shopLinks: null };

/**
 * The score and signals of what was read, when decided() answered before the
 * rest was read: the unread signals count for nothing, and `marker` says so.
 * (Between the worst and the best values of the unread ones, so it is on the
 * answer's side of the threshold.)
 */
export function partialDetection(known: KnownFeatures, isNews: boolean, marker: string): Detection {
  // A walked page's body is always read before anything is decided from the walk.
  const read =
    'bodyChars' in known ? scoreSum({ ...NEUTRAL_SHAPE, ...(known as DetectFeatures) }) : metadataPart(known);
  return {
    isNews,
    score: Math.round(probability(read.sum) * 1000) / 1000,
    signals: [...read.signals, marker],
  };
}
