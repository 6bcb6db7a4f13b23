// core/detect: is this page one news article? Runs on every page load, so it
// reads only metadata, attributes and the text of a bounded set of elements:
// no layout, no regex over the whole page's text.
//
// Each signal has a name (reported in `signals`) and a weight; the score is
// the squashed sum. Metadata can lie (og:type=article on a home page), so the
// page's shape (one dominant body vs. many headline links) weighs as much.

import { ldTypes, readJsonLd, readMeta } from './meta.ts';
import {
  classAndId,
  foldedText,
  inNonBody,
  rankCandidatesSteps,
  scanMicrodataSteps,
  scanPage,
  scanPageSteps,
  weightedLength,
} from './article/blocks.ts';
import type { Microdata, PageScan } from './article/blocks.ts';
import { runSync, type Steps } from './slice.ts';
import type { Detection } from './types.ts';

/** JSON-LD types of one news article (schema.org NewsArticle and its kin). */
const LD_NEWS =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting)$/u;
/** JSON-LD types of an article that is not necessarily news. */
const LD_ARTICLE = /^(?:Article|BlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/u;
/** JSON-LD types of list pages, shops and docs. */
const LD_NOT_ARTICLE =
  /^(?:CollectionPage|ItemList|SearchResultsPage|Product|ProductGroup|Offer|Store|FAQPage|TechArticle|ProfilePage)$/u;

/** Meta keys that give an article's publication time. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'article.published',
  'date',
];

/** A date in the URL path: /2021/10/28/, /20211028/, -2021-10-28 */
const URL_DATE = /(?:^|[/_-])(?:19|20)\d{2}[/_-]?(?:0[1-9]|1[0-2])(?:[/_-]?(?:0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)/u;
/** An article id or slug in the last URL path segment: a long number or a long hyphenated slug. */
const URL_ID = /(?:\d{5,}|(?:[\p{L}\p{N}]+[-_]){4,}[\p{L}\p{N}]+)(?:\.s?html?|\.php|\.aspx?)?\/?$/u;
/** Listing paths: tags, categories, search, authors, pagination. */
const URL_LIST =
  /\/(?:tags?|topics?|category|categories|section|search|author|authors|page\/\d+)(?:\/|$)|[?&](?:q|s|query|page)=/iu;

/**
 * Shapes of a dateline opening the first paragraph (shape only: place and
 * agency names are core/dateline's business and live in lang files).
 */
const DATELINE_SHAPES: ReadonlyArray<[name: string, re: RegExp]> = [
  // WASHINGTON (Reuters) -   KÖLN (dpa) -   PARIS, 3 mai (AFP) -   MOSCOW, June 29.
  ['caps-place', /^\p{Lu}[\p{Lu}\p{M}'’.-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}\s*(?:\(|,|[-–—])/u],
  // موسكو - سبوتنيك.   القاهرة - وكالات.   Madrid, 3 may (EFE).
  [
    'place-dash-agency',
    /^[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?\s*[-–—]\s*[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?\s*[.:]/u,
  ],
  // المدينة نيوز :-   القاهرة -   Berlin – (a place or outlet of one to three words, then a dash)
  ['short-place-dash', /^[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20}){0,2}\s*(?::\s*[-–—]|\s[-–—]\s)/u],
  // 【9月20日 AFP】
  ['bracket', /^【[^】]{2,30}】/u],
  // 新京报快讯（记者 …）  本报讯（记者 …）
  ['zh-xun', /^[\p{Script=Han}]{1,12}(?:快讯|讯|電|电)\s*[（(〔]/u],
  // 〔記者巫其倫／台北報導〕
  ['zh-reporter', /^[〔［[【](?:記者|记者)[^〕］\]】]{1,24}(?:報導|报道)[〕］\]】]/u],
  // 新华社武汉7月2日电
  ['zh-dian', /^[\p{Script=Han}]{2,12}\d{1,2}月\d{1,2}日电/u],
];

export interface DetectFeatures {
  ld: string | null;
  ldNegative: string | null;
  /** schema.org NewsArticle microdata (itemtype): says the same as JSON-LD. */
  microdata: boolean;
  ogArticle: boolean;
  ogWebsite: boolean;
  published: boolean;
  articleBody: boolean;
  bodyParagraphs: number;
  bodyChars: number;
  pageChars: number;
  dateline: boolean;
  byline: boolean;
  urlDate: boolean;
  urlId: boolean;
  urlRoot: boolean;
  urlList: boolean;
  headlineLinks: number;
}

function urlPath(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (!/^https?:$/u.test(u.protocol)) return null;
    return decodeURIComponent(u.pathname) + u.search;
  } catch {
    return null;
  }
}

/** The page's canonical URL when the caller has none (saved pages, tests). */
function pageUrl(doc: Document, url: string | null): string | null {
  if (url && /^https?:/iu.test(url)) return url;
  const canonical =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content') ??
    null;
  if (canonical && /^https?:/iu.test(canonical)) return canonical;
  const base = doc.URL;
  return base && /^https?:/iu.test(base) ? base : null;
}

/**
 * Headline-like links outside the body: link text of 4+ words (or 12+ CJK
 * characters). Many of them mean a front page or a list. The scan keeps only
 * the page's first links, so this is bounded.
 */
function* countHeadlineLinks(links: readonly Element[], root: Element | null): Steps<number> {
  let n = 0;
  let seen = 0;
  for (const a of links) {
    if (++seen % 128 === 0) yield;
    const raw = a.textContent ?? '';
    // Cheap length gate before folding whitespace.
    if (raw.length < 15 || (root && root.contains(a))) continue;
    const text = raw.replace(/\s+/gu, ' ').trim();
    if (text.length < 15 || text.length > 250) continue;
    const words = text.split(' ').length;
    if (words < 4 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{12}/u.test(text))
      continue;
    n++;
  }
  return n;
}

/** The signals read without walking the page. */
export type MetaFeatures = Pick<
  DetectFeatures,
  | 'ld'
  | 'ldNegative'
  | 'microdata'
  | 'ogArticle'
  | 'ogWebsite'
  | 'published'
  | 'articleBody'
  | 'urlDate'
  | 'urlId'
  | 'urlRoot'
  | 'urlList'
>;

/** JSON-LD, meta tags, microdata and the URL; `bodyEl` is the itemprop=articleBody element, for the body's length. */
function metadataFeatures(
  doc: Document,
  url: string | null,
  micro: Microdata,
): { features: MetaFeatures; bodyEl: Element | null } {
  let ld: string | null = null;
  let ldNegative: string | null = null;
  for (const node of readJsonLd(doc)) {
    for (const t of ldTypes(node)) {
      if (LD_NEWS.test(t)) ld = t;
      else if (LD_ARTICLE.test(t) && (ld === null || !LD_NEWS.test(ld))) ld = t;
      else if (LD_NOT_ARTICLE.test(t)) ldNegative ??= t;
    }
  }
  const meta = readMeta(doc);
  const ogType = (meta.get('og:type')?.[0] ?? '').toLowerCase();
  const bodyEl = micro.itemprops.get('articlebody')?.find((el) => el.localName !== 'meta') ?? null;
  const path = urlPath(pageUrl(doc, url));
  return {
    bodyEl,
    features: {
      ld,
      ldNegative,
      microdata: micro.newsItemtype,
      ogArticle: ogType === 'article' || ogType.endsWith(':article'),
      ogWebsite: ogType === 'website',
      published: PUBLISHED_META.some((k) => meta.has(k)) || micro.itemprops.has('datepublished'),
      articleBody: bodyEl !== null,
      urlDate: path !== null && URL_DATE.test(path),
      urlId: path !== null && URL_ID.test(path.split('?')[0] ?? ''),
      // A site's root or a language root ("/", "/en/", "/index.html"), without a query naming an item.
      urlRoot: path !== null && /^\/?(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?|home\/?)?$/iu.test(path),
      urlList: path !== null && URL_LIST.test(path),
    },
  };
}

/** Measures every signal of the page (exported for tuning scripts and tests). */
export function detectFeatures(
  doc: Document,
  url: string | null = null,
  scan: PageScan = scanPage(doc),
  meta: { features: MetaFeatures; bodyEl: Element | null } = metadataFeatures(doc, url, scan),
): DetectFeatures {
  return runSync(detectFeaturesSteps(doc, url, scan, meta));
}

/** detectFeatures as a step function (core/slice). */
function* detectFeaturesSteps(
  doc: Document,
  url: string | null,
  scan: PageScan,
  meta: { features: MetaFeatures; bodyEl: Element | null },
): Steps<DetectFeatures> {
  const { bodyEl } = meta;
  const ranking = yield* rankCandidatesSteps(doc, scan);
  const top = ranking.top;
  const first = top ? firstBodyText(top.el) : '';
  let byline = false;
  for (const el of [...scan.bylines, ...(scan.itemprops.get('author') ?? [])]) {
    const t = foldedText(el);
    if (t.length >= 3 && t.length <= 120 && !/comment/iu.test(classAndId(el))) {
      byline = true;
      break;
    }
  }
  const bodyChars = Math.round(Math.max(top?.chars ?? 0, bodyEl ? weightedLength(foldedText(bodyEl)) : 0));
  yield;
  const headlineLinks = yield* countHeadlineLinks(scan.links, top?.el ?? null);
  return {
    ...meta.features,
    bodyParagraphs: top?.paragraphs ?? 0,
    bodyChars,
    pageChars: Math.round(ranking.chars),
    dateline: first !== '' && DATELINE_SHAPES.some(([, re]) => re.test(first.slice(0, 80))),
    byline,
    headlineLinks,
  };
}

/** Text of the first qualified paragraph of the candidate (for the dateline shape). */
function firstBodyText(root: Element): string {
  const ps = root.querySelectorAll('p');
  for (let i = 0; i < ps.length && i < 20; i++) {
    const p = ps[i];
    if (!p || inNonBody(p, root)) continue;
    const t = foldedText(p);
    if (t.length >= 40) return t;
  }
  return foldedText(root).slice(0, 120);
}

type Add = (name: string, weight: number) => void;

/** Signals read without walking the page: JSON-LD, meta tags, microdata, URL. */
function scoreMetadata(f: MetaFeatures, add: Add): void {
  if (f.ld) add(`json-ld:${f.ld}`, LD_NEWS.test(f.ld) ? 1.2 : 0.8);
  else if (f.microdata) add('microdata:NewsArticle', 1.2);
  if (f.ldNegative) add(`-json-ld:${f.ldNegative}`, -0.8);
  if (f.ogArticle) add('og:type=article', 0.8);
  // og:type=website is many CMSs' default: it counts only when JSON-LD does not say "article".
  if (f.ogWebsite && !f.ld && !f.microdata) add('-og:type=website', -0.4);
  if (f.published) add('meta:published_time', 0.5);
  if (f.articleBody) add('itemprop:articleBody', 0.8);
  if (f.urlDate) add('url:date', 0.6);
  else if (f.urlId) add('url:id', 0.4);
  if (f.urlRoot) add('-url:home', -2.0);
  if (f.urlList) add('-url:list', -1.0);
}

const LONG_BODY = 1.4;
const DATELINE = 1.0;
const BYLINE = 0.3;
/** The most the page's shape can add: a long body, a dateline and a byline. Its other signals only subtract. */
export const SHAPE_MAX = LONG_BODY + DATELINE + BYLINE;

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
  // Many headline links against little body text: a front page, even when its metadata says "article".
  const ratio = f.headlineLinks / Math.max(1, f.bodyChars / 500);
  // A long dominant body outweighs a busy sidebar; a very link-heavy page does not.
  if (f.headlineLinks >= 20 && (ratio > 60 || (ratio > 15 && f.bodyChars < 1500)))
    add(`-headline-links:${f.headlineLinks}`, ratio > 60 ? -1.5 : -0.8);
}

const BASE = -1.5;
const probability = (sum: number): number => 1 / (1 + Math.exp(-sum));

/** Turns features into a score and named signals. */
export function scoreFeatures(f: DetectFeatures): Detection {
  const { signals, sum: metadataSum } = metadataScore(f);
  let sum = metadataSum;
  scoreShape(f, (name, w) => {
    signals.push(name);
    sum += w;
  });
  const score = probability(sum);
  return { isNews: score >= 0.5, score: Math.round(score * 1000) / 1000, signals };
}

/** Is this page a news article? Cheap enough to run on every page load. */
export function detectNews(doc: Document, url: string | null = null, scan?: PageScan): Detection {
  return scoreFeatures(detectFeatures(doc, url, scan));
}

/** Signal of a page decided from its metadata and URL, without walking it. */
export const METADATA_ONLY = 'metadata-only';

/**
 * Detection on the load path, giving the same answer as detectNews. Metadata,
 * microdata and the URL are read first (native queries and a few elements).
 * When even the best page shape (SHAPE_MAX) could not lift the score to news,
 * as on a site's front page or a page typed as a list, the page is not walked:
 * `scan` is then null, and the score is the metadata's alone.
 */
export function detectOnLoad(doc: Document, url: string | null): OnLoadDetection {
  return runSync(detectOnLoadSteps(doc, url));
}

export interface OnLoadDetection {
  detection: Detection;
  /** The page walk, shared with findArticle; null when the metadata ruled the page out unwalked. */
  scan: PageScan | null;
}

/**
 * detectOnLoad as a step function (core/slice): the content script runs it in
 * slices, the other callers whole; the same code either way.
 */
export function* detectOnLoadSteps(doc: Document, url: string | null): Steps<OnLoadDetection> {
  const micro = yield* scanMicrodataSteps(doc);
  const meta = metadataFeatures(doc, url, micro);
  const quick = metadataScore(meta.features);
  if (quick.ruledOut) {
    const score = Math.round(probability(quick.sum) * 1000) / 1000;
    return { detection: { isNews: false, score, signals: [...quick.signals, METADATA_ONLY] }, scan: null };
  }
  yield;
  const scan = yield* scanPageSteps(doc, micro);
  const features = yield* detectFeaturesSteps(doc, url, scan, meta);
  return { detection: scoreFeatures(features), scan };
}

/**
 * The metadata's part of the score, and whether it rules the page out: true
 * when even SHAPE_MAX added to it stays below the news threshold. A margin
 * keeps float rounding from ever deciding what the full score would call a tie.
 */
export function metadataScore(f: MetaFeatures): { sum: number; signals: string[]; ruledOut: boolean } {
  const signals: string[] = [];
  let sum = BASE;
  scoreMetadata(f, (name, w) => {
    signals.push(name);
    sum += w;
  });
  return { sum, signals, ruledOut: sum + SHAPE_MAX < -1e-9 };
}
