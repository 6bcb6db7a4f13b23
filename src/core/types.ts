// The data contracts shared by every part of Clearline. core/ returns these;
// the content script, popup and CLI only move them around.

import type { ClutterKind, ReportClutter } from './kinds.ts';

/** The clutter kinds and a found widget's report line are defined with the kinds' table (core/kinds.ts). */
export type { ClutterKind, ReportClutter };

/** What core/detect says about a page. */
export interface Detection {
  isNews: boolean;
  /** 0..1 */
  score: number;
  /** Why, e.g. "json-ld:NewsArticle", "og:type=article", "dateline", "-headline-links". */
  signals: string[];
}

/** What core/article found: the article root and its body paragraphs, in reading order. */
export interface ArticleInfo {
  root: Element | null;
  /** Body paragraphs (p-like blocks of article text), in reading order. */
  paragraphs: Element[];
  headline: Element | null;
  standfirst: Element | null;
}

/** One clutter widget found by core/clutter, grouped to its outermost container. */
export interface ClutterHit {
  element: Element;
  kind: ClutterKind;
  /** Name of the rule that found it, e.g. "share-link:facebook", "comments:disqus". */
  rule: string;
}

export interface Published {
  /** YYYY-MM-DD as the publisher states it (publisher's own time zone). */
  date: string;
  /** Full ISO 8601 timestamp with the publisher's offset, when known. */
  iso: string | null;
  /** The text or attribute value it was read from. */
  text: string;
  /**
   * Where it came from (core/published sourceName): "json-ld:datePublished", "meta:article:published_time",
   * "itemprop:datePublished", "time:header[datetime]", "time:article:text", "text:header", "text:body:lead",
   * "url"…, with "+shown", "+printed" or "+local-day" when a rule overruled the first candidate.
   */
  source: string;
}

export interface Dateline {
  place: string | null;
  agency: string | null;
  /** The dateline exactly as printed. */
  text: string;
}

export interface Quote {
  /** Between the marks, as printed. */
  text: string;
  /** The fullest name the article gives the speaker (a person or a body); null when no rule is sure. */
  speaker: string | null;
  /** The speaker's role or title as the article prints it ("ministre de l'Intérieur"), when it gives one. */
  speakerRole: string | null;
  cue: string | null;
  /** Index into the snapshot's `paragraphs` (-1: headline, -2: standfirst). */
  paragraph: number;
}

/**
 * Everything the text side needs, as plain serializable data. The content
 * script builds it from the live page (cheaply) and the popup runs the text
 * side on it; the CLI does both in one process.
 */
export interface PageSnapshot {
  url: string | null;
  title: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  headline: string | null;
  standfirst: string | null;
  /** Text of the article body paragraphs, in reading order. */
  paragraphs: string[];
  /** What core/published collected from the DOM (metadata, <time>, visible date texts). */
  dateEvidence: DateEvidence;
}

/**
 * DOM-side date evidence (core/published/evidence): plain data, sent from the page to
 * the popup as JSON, and read by core/published/resolve.
 */
export interface DateEvidence {
  /** Most trusted first (by `rank`), at most 60. */
  candidates: DateCandidate[];
}

/**
 * What offered a date: JSON-LD, a <meta> key, microdata (itemprop="datePublished",
 * <time pubdate>), a <time> element, the short text of an element named for a date
 * or byline ("text"), a date-like text found by the last-resort walk over the page's
 * text ("body"), or the page's URL.
 */
export type DateOrigin = 'json-ld' | 'meta' | 'itemprop' | 'time' | 'text' | 'body' | 'url';

/**
 * Where the page shows it: around the headline (its header), in the article, or elsewhere on
 * the page outside blocks of other stories. Set for <time> elements and "text" candidates only.
 */
export type DateArea = 'header' | 'article' | 'page';

/** What the markup says the date is: the publication's, a revision's, or just a date. */
export type DateRole = 'published' | 'updated' | 'generic';

/** How its text is read: a machine value (ISO 8601, epoch…), printed text, or a URL's path. */
export type DateForm = 'machine' | 'printed' | 'url';

/** How a "body" text was cut: the whole short text, from its start when it opens with the date, or a window around the date in a long line. */
export type DateCut = 'whole' | 'lead' | 'window';

/** One date the page offers, typed: nothing is packed into a string to be parsed again. */
export interface DateCandidate {
  origin: DateOrigin;
  /** The JSON-LD property or metadata key it was read under ("datePublished", "article:published_time"). */
  key?: string;
  area?: DateArea;
  role: DateRole;
  form: DateForm;
  /** Only for origin "body". */
  cut?: DateCut;
  /** Raw value: an attribute value, a short visible text, or the URL. */
  text: string;
  /** From core/published's RANKS table; lower is trusted more. */
  rank: number;
}

export interface Report {
  url: string | null;
  title: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  isNews: boolean;
  newsScore: number;
  signals: string[];
  published: Published | null;
  dateline: Dateline | null;
  quotes: Quote[];
  /**
   * The article as the reading view shows it (core/reader), one paragraph per
   * line in reading order: `text` is exactly what the view leaves visible
   * (headline, byline and date line, standfirst, body, captions, pull quotes);
   * `body` is the article body alone (standfirst, paragraphs, subheadings,
   * lists, table rows, block quotes), as article-body benchmarks define it.
   * null when the page has no article body.
   */
  article: { text: string; body: string } | null;
  clutter: ReportClutter[];
  timings: { detectMs: number; clutterMs: number; extractMs: number };
  /** Set when the page was too large or odd and analysis degraded on purpose. */
  notes?: string[];
}
