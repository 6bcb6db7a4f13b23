// How much each kind of date candidate is trusted: the RANKS table (lower is
// trusted more), and the name a candidate goes by in the answer
// ("time:header[datetime]"). The metadata keys read are core/page/meta-keys.ts's.

import type { DateCandidate } from '../types.ts';

/**
 * How much each kind of candidate is trusted, most first. Candidates are tried in
 * this order; equal ranks keep the order they were collected in (JSON-LD, metadata,
 * microdata, <time>, texts, URL).
 */
export const RANKS = {
  /** datePublished of an Article-like JSON-LD node (NewsArticle, BlogPosting, Report…). */
  jsonLdArticle: 0,
  /** datePublished of a JSON-LD node of another or no type. */
  jsonLdOther: 1,
  /** datePublished of a WebPage node. */
  jsonLdPage: 2,
  /** The standard publishing keys (Open Graph, schema.org, Parse.ly, Dublin Core "issued", citation). */
  metaStandard: 3,
  /** itemprop="datePublished" (not a <meta>) and <time pubdate>. */
  itemprop: 3,
  /** The sites' own publishing keys (publish-date, pubdate, ptime…). */
  metaSite: 4,
  /** JSON-LD dateCreated and uploadDate. */
  jsonLdCreated: 5,
  /** A <time> near the headline: its datetime, then its printed text. */
  timeHeader: 6,
  timeHeaderText: 6.5,
  /** A <time> in the article. */
  timeArticle: 7,
  timeArticleText: 7.5,
  /** A short text near the headline in an element named for a date or byline. */
  textHeader: 8,
  /** A <time> elsewhere on the page (outside blocks of other stories). */
  timePage: 9,
  timePageText: 9.5,
  /** A short text in the article in an element named for a date or byline. */
  textArticle: 10,
  /** The same elsewhere on the page. */
  textPage: 11,
  /** The URL's date. */
  url: 11.5,
  /** The first date-like text of the page's text walk; each later one BODY_STEP less trusted. */
  body: 12,
  /** A <time> whose class names an update: collected, never the publication date. */
  updated: 12,
  /** Generic metadata keys (Dublin Core "date", "created"): often a revision or crawl day. */
  metaGeneric: 12.5,
} as const;

/** Rank added per earlier date-like text of the page's text walk (reading order decides). */
export const BODY_STEP = 0.01;

const TIME_NAME = { header: 'time:header', article: 'time:article', page: 'time' } as const;
const TEXT_NAME = { header: 'text:header', article: 'text:article', page: 'text' } as const;
const BODY_NAME = { whole: 'text:body', lead: 'text:body:lead', window: 'text:body:window' } as const;

/**
 * The name a candidate goes by in the answer's `source` ("json-ld:datePublished",
 * "time:header[datetime]", "text:body:lead", "url"). Written for people and the
 * scoreboard; nothing reads it back.
 */
export function sourceName(c: DateCandidate): string {
  switch (c.origin) {
    case 'json-ld':
    case 'meta':
      return `${c.origin}:${c.key ?? ''}`;
    case 'itemprop':
      return 'itemprop:datePublished';
    case 'time': {
      const base = c.role === 'updated' ? 'time:updated' : TIME_NAME[c.area ?? 'page'];
      return c.form === 'machine' ? `${base}[datetime]` : `${base}:text`;
    }
    case 'text':
      return TEXT_NAME[c.area ?? 'page'];
    case 'body':
      return BODY_NAME[c.cut ?? 'whole'];
    case 'url':
      return 'url';
  }
}
