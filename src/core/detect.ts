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
import type { Microdata, NonBodyMemo, PageScan } from './article/blocks.ts';
import { runSync, type Steps } from './slice.ts';
import type { Detection } from './types.ts';

/** JSON-LD types of one news article (schema.org NewsArticle and its kin). */
const LD_NEWS =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting)$/u;
/** JSON-LD types of an article that is not necessarily news. */
const LD_ARTICLE = /^(?:Article|BlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/u;
/** JSON-LD types of list pages, shops, docs, forums and other pages that are not news. */
const LD_NOT_ARTICLE =
  /^(?:CollectionPage|ItemList|SearchResultsPage|Product|ProductGroup|Offer|Store|FAQPage|TechArticle|APIReference|ProfilePage|DiscussionForumPosting|QAPage|Recipe|Course|JobPosting|SoftwareApplication|MobileApplication|WebApplication|Book|Movie)$/u;
/** og:type values of pages that are not articles (a product, a video, a song, a profile, a place). */
const OG_NOT_ARTICLE =
  /^(?:product(?:\.\w+)?|video\.\w+|music\.\w+|book|profile|business\.business|place|restaurant\.\w+)$/u;
/**
 * Software that builds wikis, documentation and forums (meta name=generator): its
 * pages are not news. WordPress and Drupal, which news sites run on, are not here.
 */
const NOT_NEWS_GENERATOR =
  /\b(MediaWiki|DokuWiki|TiddlyWiki|Wiki\.js|Confluence|Docusaurus|MkDocs|Sphinx|VuePress|VitePress|GitBook|Antora|Discourse|phpBB|vBulletin|XenForo|MyBB|Simple Machines|Invision Community|Flarum|NodeBB)\b/iu;
/** Shop software (meta name=generator): the site sells, like one that links to its own cart. */
const SHOP_GENERATOR = /\b(?:WooCommerce|PrestaShop|Magento|OpenCart|Shopware|nopCommerce|Shopify)\b/iu;

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
  /\/(?:tags?|topics?|category|categories|section|search|search-results|results|author|authors|page\/\d+)(?:\/|$)|[?&](?:q|s|query|page|keywords?|kw|term|text|search|search_query|searchword|wd|k)=/iu;
/** Paths of pages that are not news: a wiki, docs, a forum thread, a product; a blog or a video page unless typed news. */
const URL_KINDS: ReadonlyArray<[kind: string, re: RegExp, evenIfNewsTyped: boolean]> = [
  ['wiki', /\/wiki\//iu, true],
  ['docs', /\/(?:docs|documentation)(?:\/|$)/iu, true],
  ['forum', /\/(?:forums?|threads?|viewtopic\.php|showthread\.php)(?:[/?]|$)/iu, true],
  ['product', /\/products?\//iu, true],
  ['blog', /\/blogs?\//iu, false],
  ['video', /\/(?:videos?|watch)(?:[/?]|$)/iu, false],
];

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
  // واس - الرياض   أ ف ب ـ باريس (a spaced tatweel as the dash)
  ['agency-tatweel', /^[\p{L}\p{M}. ]{2,25}\sـ\s[\p{L}\p{M}]{2,20}/u],
  // محمد العلي - سبق - الدمام:   ماجد الرفاعي- سبق- جدة:
  [
    'reporter-outlet-place',
    /^[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20}){1,3}\s*[-–—]\s*[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?\s*[-–—]\s*[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?\s*:/u,
  ],
  // القاهرة: «الشرق الأوسط»   بيروت - «الحياة»
  ['place-outlet', /^[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20})?\s*(?::|\s[-–—])\s*«[^»]{2,30}»/u],
  // محمد العلي (جدة)   لاہور (نمائندہ خصوصی)   (a line of its own, or a colon or dash after it)
  [
    'name-bracket',
    /^[\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20}){0,3}\s*\([\p{L}\p{M}]{2,20}(?: [\p{L}\p{M}]{2,20}){0,2}\)\s*(?:[:\-–—]|$)/u,
  ],
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
  /** JSON-LD VideoObject (counts against only when no article type is given). */
  ldVideo: boolean;
  /** og:type of a page that is not an article (product, video.other, profile…), else null. */
  ogNegative: string | null;
  /** A wiki, docs or forum platform named by meta name=generator, else null. */
  generator: string | null;
  /** A shop platform named by meta name=generator (counts as a cart link). */
  shopGenerator: boolean;
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
  /** The kind of page the URL path names (wiki, docs, forum, product, blog, video), else null. */
  urlKind: string | null;
  headlineLinks: number;
  /** Headline links inside the body that stand alone (not in a sentence): a list of results, not an article. */
  listLinks: number;
  /** A date printed next to the headline (the visible counterpart of a published-time meta). */
  visibleDate: boolean;
  /** Links to the site's own cart or checkout (a shop), or to its /pricing page (a company selling a product). */
  shopLinks: 'cart' | 'pricing' | null;
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

/** A link to a shop's cart or checkout, or to a company's /pricing page, as an href (relative, or to a host). */
const SHOP_HREF = /^(?:(?:https?:)?\/\/([^/?#]+))?(?:(?:\/[^?#]*)?\/(cart|checkout)|\/(pricing))(?:[/?#]|$)/iu;

interface LinkCounts {
  /** Headline-like links outside the body. */
  headline: number;
  /** Headline-like links inside the body to the site's own items, outside any paragraph, list item and widget. */
  list: number;
  /** Links to the site's own cart or checkout ('cart'), or to its /pricing page ('pricing'). */
  shop: 'cart' | 'pricing' | null;
}

/** Is this link text a headline: 4+ words (or 12+ CJK characters), 15 to 250 characters? */
function headlineText(a: Element): boolean {
  const raw = a.textContent ?? '';
  // Cheap length gate before folding whitespace.
  if (raw.length < 15) return false;
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (text.length < 15 || text.length > 250) return false;
  return (
    text.split(' ').length >= 4 ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{12}/u.test(text)
  );
}

/** A link to one of the site's own items: relative or on the page's host, and not to a tag or section list. */
function siteItemLink(a: Element, host: string | null): boolean {
  const href = a.getAttribute('href') ?? '';
  const m = /^(?:(https?:)?\/\/([^/?#]+)|[a-z][\w+.-]*:)/iu.exec(href);
  if (m && (m[2] === undefined || m[2].toLowerCase() !== host)) return false; // another site, or mailto:, whatsapp:…
  return !URL_LIST.test(href);
}

/** Is the link set in running text (a <p> between it and the body's root)? */
function inParagraph(a: Element, root: Element): boolean {
  for (let el = a.parentElement, i = 0; el && el !== root && i < 8; el = el.parentElement, i++)
    if (el.localName === 'p' || el.localName === 'li' || el.localName === 'blockquote') return true;
  return false;
}

/**
 * Headline-like links: outside the body, many of them mean a front page or a
 * list; inside it, standing alone (not in a sentence, a list item or a widget),
 * they are results or teasers, not an article. And links to the site's own cart.
 * The scan keeps only the page's first links, so this is bounded.
 */
function* countLinks(links: readonly Element[], root: Element | null, host: string | null): Steps<LinkCounts> {
  const counts: LinkCounts = { headline: 0, list: 0, shop: null };
  const memo: NonBodyMemo = new Map();
  let seen = 0;
  for (const a of links) {
    if (++seen % 128 === 0) yield;
    if (counts.shop !== 'cart') {
      const m = SHOP_HREF.exec(a.getAttribute('href') ?? '');
      if (m && (!m[1] || m[1].toLowerCase() === host)) counts.shop = m[2] ? 'cart' : 'pricing';
    }
    if (!headlineText(a)) continue;
    if (!root || !root.contains(a)) counts.headline++;
    else if (siteItemLink(a, host) && !inParagraph(a, root) && !inNonBody(a, root, 8, memo)) counts.list++;
  }
  return counts;
}

/** A date as pages print it, in any language: 2024-04-18, 18.04.2024, 2024年4月18日, 24 يوليو 2015, May 21, 2024. */
const PRINTED_DATE =
  /(?:^|\D)(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}|\d{1,2}\.?\s+[\p{L}\p{M}]{3,}\.?,?\s+(?:19|20)\d{2}|[\p{L}\p{M}]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})(?!\d)/u;
/** Arabic-Indic and Persian digits, read as 0-9. */
const toAsciiDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/** The text of an element if it is short (at most `max` characters), else null; reads no further than that. */
function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    text += (n as Text).data;
    if (text.length > max) return null;
  }
  return text;
}

/** Does a short element (150 characters at most) print a date? */
function printsDate(el: Element | null): boolean {
  const text = el ? shortText(el, 150) : null;
  return text !== null && PRINTED_DATE.test(toAsciiDigits(text));
}

/** A date printed next to the headline: in the few elements just before or after it, or after its wrapper. */
function dateNearHeadline(scan: PageScan): boolean {
  const h = scan.h1s.find((el) => (el.textContent ?? '').trim().length >= 10) ?? scan.h2s[0];
  if (!h) return false;
  let el: Element | null = h.previousElementSibling;
  for (let i = 0; el && i < 2; el = el.previousElementSibling, i++) if (printsDate(el)) return true;
  el = h.nextElementSibling;
  for (let i = 0; el && i < 4; el = el.nextElementSibling, i++) if (printsDate(el)) return true;
  // <header><h1/></header><div class="date">…: the headline's wrapper holds little else.
  const wrap = h.parentElement;
  if (wrap && wrap.childElementCount <= 3 && wrap.localName !== 'body') {
    el = wrap.nextElementSibling;
    for (let i = 0; el && i < 3; el = el.nextElementSibling, i++) if (printsDate(el)) return true;
  }
  return false;
}

/** The signals read without walking the page. */
export type MetaFeatures = Pick<
  DetectFeatures,
  | 'ld'
  | 'ldNegative'
  | 'ldVideo'
  | 'ogNegative'
  | 'generator'
  | 'shopGenerator'
  | 'microdata'
  | 'ogArticle'
  | 'ogWebsite'
  | 'published'
  | 'articleBody'
  | 'urlDate'
  | 'urlId'
  | 'urlRoot'
  | 'urlList'
  | 'urlKind'
>;

/** JSON-LD, meta tags, microdata and the URL; `bodyEl` is the itemprop=articleBody element, for the body's length. */
function metadataFeatures(
  doc: Document,
  url: string | null,
  micro: Microdata,
): { features: MetaFeatures; bodyEl: Element | null } {
  let ld: string | null = null;
  let ldNegative: string | null = null;
  let ldVideo = false;
  for (const node of readJsonLd(doc)) {
    for (const t of ldTypes(node)) {
      if (LD_NEWS.test(t)) ld = t;
      else if (LD_ARTICLE.test(t) && (ld === null || !LD_NEWS.test(ld))) ld = t;
      else if (LD_NOT_ARTICLE.test(t)) ldNegative ??= t;
      else if (t === 'VideoObject') ldVideo = true;
    }
  }
  const meta = readMeta(doc);
  const ogType = (meta.get('og:type')?.[0] ?? '').toLowerCase();
  const bodyEl = micro.itemprops.get('articlebody')?.find((el) => el.localName !== 'meta') ?? null;
  const path = urlPath(pageUrl(doc, url));
  const pathOnly = path?.split('?')[0] ?? '';
  const generator = (meta.get('generator') ?? []).join(' ');
  const newsTyped = (ld !== null && LD_NEWS.test(ld)) || micro.newsItemtype;
  const urlKind =
    path === null ? null : (URL_KINDS.find(([, re, even]) => re.test(path) && (even || !newsTyped))?.[0] ?? null);
  return {
    bodyEl,
    features: {
      ld,
      ldNegative,
      ldVideo,
      ogNegative: OG_NOT_ARTICLE.test(ogType) ? ogType : null,
      generator: NOT_NEWS_GENERATOR.exec(generator)?.[1] ?? null,
      shopGenerator: SHOP_GENERATOR.test(generator),
      microdata: micro.newsItemtype,
      ogArticle: ogType === 'article' || ogType.endsWith(':article'),
      ogWebsite: ogType === 'website',
      published: PUBLISHED_META.some((k) => meta.has(k)) || micro.itemprops.has('datepublished'),
      articleBody: bodyEl !== null,
      urlDate: path !== null && URL_DATE.test(path),
      urlId: path !== null && URL_ID.test(pathOnly),
      // A site's root or a language root ("/", "/en/", "/index.html"), without a query naming an item.
      urlRoot: path !== null && /^\/?(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?|home\/?)?$/iu.test(path),
      urlList: path !== null && URL_LIST.test(path),
      urlKind,
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
  const firsts = top ? firstBodyTexts(top.el) : [];
  let host: string | null = null;
  try {
    host = new URL(pageUrl(doc, url) ?? '').host.toLowerCase();
  } catch {
    host = null;
  }
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
  const links = yield* countLinks(scan.links, top?.el ?? null, host);
  return {
    ...meta.features,
    bodyParagraphs: top?.paragraphs ?? 0,
    bodyChars,
    pageChars: Math.round(ranking.chars),
    dateline: firsts.some((first) => DATELINE_SHAPES.some(([, re]) => re.test(first.slice(0, 80)))),
    byline,
    headlineLinks: links.headline,
    listLinks: links.list,
    visibleDate: dateNearHeadline(scan),
    shopLinks: links.shop,
  };
}

/**
 * Texts that may open with the dateline: the first qualified paragraph of the
 * candidate, and a short paragraph before it (a dateline on a line of its own).
 */
function firstBodyTexts(root: Element): string[] {
  const ps = root.querySelectorAll('p');
  let short: string | null = null;
  for (let i = 0; i < ps.length && i < 20; i++) {
    const p = ps[i];
    if (!p || inNonBody(p, root)) continue;
    const t = foldedText(p);
    if (t.length >= 40) return short ? [short, t] : [t];
    if (short === null && t.length >= 3) short = t;
  }
  return [foldedText(root).slice(0, 120)];
}

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
  // A shop's cart or a company's pricing: its posts are the company's, unless typed news.
  // Only on a blog post or an untyped page: a magazine that sells subscriptions still types its stories.
  const shop = f.shopGenerator ? 'cart' : f.shopLinks;
  const blogLike = f.ld === 'BlogPosting' || f.urlKind === 'blog' || (!f.ld && !f.ogArticle);
  if (shop && blogLike && !f.microdata)
    add(
      shop === 'cart' ? (f.shopGenerator ? '-shop-generator' : '-shop-links') : '-pricing-links',
      shop === 'cart' ? -1.5 : -1.0,
    );
  // Many headline links against little body text: a front page, even when its metadata says "article".
  const ratio = f.headlineLinks / Math.max(1, f.bodyChars / 500);
  // A long dominant body outweighs a busy sidebar, and so does a short one under a dated headline
  // (a short story on a busy portal); a very link-heavy page does not.
  const dated = f.visibleDate || f.published;
  if (f.headlineLinks >= 20 && (ratio > 60 || (ratio > 15 && f.bodyChars < 1500 && !(dated && f.bodyParagraphs >= 3))))
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
  return { sum, signals, ruledOut: sum + shapeMax(f) < -1e-9 };
}
