// Detection's signals read without walking the page: JSON-LD types, og:type,
// meta name=generator, a stated publication time, microdata and the URL.

import { ldTypes, metaKey, readJsonLd } from '../meta.ts';
import { DETECTION_META } from '../page/meta-keys.ts';
import type { Microdata } from '../page/walk.ts';
import type { MetadataRead } from './features.ts';

/**
 * JSON-LD types of one news article: schema.org NewsArticle and its kin
 * (Reportage, Analysis, Opinion, Background, Review, AskPublic), LiveBlogPosting.
 */
export const LD_NEWS = /^(?:(?:Reportage|Analysis|Opinion|Background|Review|AskPublic)?NewsArticle|LiveBlogPosting)$/u;
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

/** A date in the URL path: /2021/10/28/, /20211028/, -2021-10-28 */
const URL_DATE = /(?:^|[/_-])(?:19|20)\d{2}[/_-]?(?:0[1-9]|1[0-2])(?:[/_-]?(?:0[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)/u;
/**
 * An article id or slug ending the URL path: 5+ digits, or 5+ words joined by
 * single hyphens or underscores, then maybe a page extension and a slash
 * (/123456, /some-words-of-a-title.html). Matched on the reversed path,
 * anchored at its start: the same pattern unanchored at the end backtracked
 * for tens of microseconds (hundreds on a long slug) when it failed.
 */
export const urlId = (path: string): boolean =>
  /^\/?(?:(?:l?mths?|php|x?psa)\.)?(?:\d{5}|[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){4})/u.test([...path].reverse().join(''));

/** Listing paths: tags, categories, search, authors, pagination. */
export const URL_LIST =
  /\/(?:tags?|topics?|category|categories|section|search|search-results|results|author|authors|page\/\d+)(?:\/|$)|[?&](?:q|s|query|page|keywords?|kw|term|text|search|search_query|searchword|wd|k)=/iu;
/** A site's root or a language root ("/", "/en/", "/index.html"), without a query naming an item. */
const URL_ROOT = /^\/?(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?|home\/?)?$/iu;
/** Paths of pages that are not news: a wiki, docs, a forum thread, a product; a blog or a video page unless typed news. */
const URL_KINDS: ReadonlyArray<[kind: string, re: RegExp, evenIfNewsTyped: boolean]> = [
  ['wiki', /\/wiki\//iu, true],
  ['docs', /\/(?:docs|documentation)(?:\/|$)/iu, true],
  ['forum', /\/(?:forums?|threads?|viewtopic\.php|showthread\.php)(?:[/?]|$)/iu, true],
  ['product', /\/products?\//iu, true],
  ['blog', /\/blogs?\//iu, false],
  ['video', /\/(?:videos?|watch)(?:[/?]|$)/iu, false],
];

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

const isHttp = (u: string | null | undefined): u is string => !!u && /^https?:/iu.test(u);

/** The page's canonical URL when the caller has none (saved pages, tests). */
export function pageUrl(doc: Document, url: string | null): string | null {
  if (isHttp(url)) return url;
  const canonical =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  if (isHttp(canonical)) return canonical;
  return isHttp(doc.URL) ? doc.URL : null;
}

/** The JSON-LD types that count: the article type (news first), the first type of a page that is not news, video. */
function jsonLdFeatures(doc: Document): { ld: string | null; ldNegative: string | null; ldVideo: boolean } {
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
  return { ld, ldNegative, ldVideo };
}

/** The <meta> keys detection reads besides og:type and generator. */
const PUBLISHED_KEYS: ReadonlySet<string> = new Set(DETECTION_META);

/**
 * What detection reads of the <meta content> tags, keyed as core/meta's
 * readMeta keys them (property, name, itemprop or http-equiv, lower-cased;
 * empty contents skipped), without building its whole table: og:type's first
 * value, every generator, whether a publication-time key is stated. (A live
 * collection, not a selector: the browser keeps it until the page changes.)
 */
function metaSignals(doc: Document): { ogType: string; generator: string; published: boolean } {
  let ogType = '';
  const generators: string[] = [];
  let published = false;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i] as Element;
    const key = metaKey(m);
    const content = (m.getAttribute('content') ?? '').trim();
    if (!content) continue;
    if (key === 'og:type') ogType ||= content.toLowerCase();
    else if (key === 'generator') generators.push(content);
    else if (PUBLISHED_KEYS.has(key)) published = true;
  }
  return { ogType, generator: generators.join(' '), published };
}

/** What the page's head and URL say, before its microdata is read (pageMetadata). */
export interface PageMetadata {
  ld: string | null;
  ldNegative: string | null;
  ldVideo: boolean;
  ogType: string;
  generator: string;
  published: boolean;
  /** The URL's path and query, or null. */
  path: string | null;
}

/** JSON-LD, meta tags and the URL: the metadata read without the page's microdata. */
export function pageMetadata(doc: Document, url: string | null): PageMetadata {
  return { ...jsonLdFeatures(doc), ...metaSignals(doc), path: urlPath(pageUrl(doc, url)) };
}

/** No microdata: what metadataFeatures is given before the microdata is read (every signal at its lowest). */
export const NO_MICRODATA: Microdata = { itemprops: new Map(), newsItemtype: false };

/**
 * The metadata's signals: the page's (pageMetadata) with its microdata; `bodyEl`
 * is the itemprop=articleBody element, for the body's length. Every signal is
 * at least as favourable to "news" with the microdata as with NO_MICRODATA
 * (the load path decides some pages before reading it).
 */
export function metadataFeatures(page: PageMetadata, micro: Microdata): MetadataRead {
  const { ld, ldNegative, ldVideo, ogType, generator, published, path } = page;
  const bodyEl = micro.itemprops.get('articlebody')?.find((el) => el.localName !== 'meta') ?? null;
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
      published: published || micro.itemprops.has('datepublished'),
      articleBody: bodyEl !== null,
      urlDate: path !== null && URL_DATE.test(path),
      urlId: path !== null && urlId(path.split('?')[0] as string),
      urlRoot: path !== null && URL_ROOT.test(path),
      urlList: path !== null && URL_LIST.test(path),
      urlKind,
    },
  };
}
