// The <meta> keys (name, property, itemprop, lower-cased) that state when an
// article was published: one table, read by the publication date's evidence
// (which date, and how much to trust it), and the part of it detection counts
// (does the page state a publication time?).

interface PublishedMetaKey {
  key: string;
  /** 'standard': a shared vocabulary (Open Graph, schema.org, Parse.ly, Dublin Core, citation); 'site': a site's or CMS's own. */
  from: 'standard' | 'site';
  /** Says "a date" rather than "the publication date" (Dublin Core "date", "created"): often a revision or crawl day. */
  generic?: true;
}

/** Every publishing-metadata key, most specific first (standard vocabularies, then sites' own). */
export const PUBLISHED_META_KEYS: readonly PublishedMetaKey[] = [
  { key: 'article:published_time', from: 'standard' },
  { key: 'og:article:published_time', from: 'standard' },
  { key: 'article:published', from: 'standard' },
  { key: 'og:published_time', from: 'standard' },
  { key: 'og:article:published', from: 'standard' },
  { key: 'datepublished', from: 'standard' },
  { key: 'parsely-pub-date', from: 'standard' },
  { key: 'sailthru.date', from: 'standard' },
  { key: 'dc.date.issued', from: 'standard' },
  { key: 'dcterms.issued', from: 'standard' },
  { key: 'dc.date.created', from: 'standard', generic: true },
  { key: 'dcterms.created', from: 'standard', generic: true },
  { key: 'dc.date', from: 'standard', generic: true },
  { key: 'dcterms.date', from: 'standard', generic: true },
  { key: 'dc:date', from: 'standard', generic: true },
  { key: 'dc.created', from: 'standard', generic: true },
  { key: 'dc:created', from: 'standard', generic: true },
  { key: 'citation_publication_date', from: 'standard' },
  { key: 'citation_date', from: 'standard' },
  { key: 'publish-date', from: 'site' },
  { key: 'publish_date', from: 'site' },
  { key: 'publishdate', from: 'site' },
  { key: 'published_date', from: 'site' },
  { key: 'published-date', from: 'site' },
  { key: 'published_time', from: 'site' },
  { key: 'publish_time', from: 'site' },
  { key: 'publication_date', from: 'site' },
  { key: 'pubdate', from: 'site' },
  { key: 'og:pubdate', from: 'site' },
  { key: 'og:publish_date', from: 'site' },
  { key: 'og:datepublished', from: 'site' },
  { key: 'article.published', from: 'site' },
  { key: 'article.created', from: 'site' },
  { key: 'article_date_original', from: 'site' },
  { key: 'originalpublicationdate', from: 'site' },
  { key: 'rnews:datepublished', from: 'site' },
  { key: 'cxenseparse:recs:publishtime', from: 'site' },
  { key: 'shareaholic:article_published_time', from: 'site' },
  { key: 'mediator_published_time', from: 'site' },
  { key: 'vr:published_time', from: 'site' },
  { key: 'bt:pubdate', from: 'site' },
  { key: 'rbpubdate', from: 'site' },
  { key: 'dcsext.articlefirstpublished', from: 'site' },
  { key: 'date_published', from: 'site' },
  { key: 'date_created', from: 'site', generic: true },
  { key: 'datecreated', from: 'site', generic: true },
  { key: 'dateposted', from: 'site' },
  { key: 'displaydate', from: 'site' },
  { key: 'content_create_date', from: 'site', generic: true },
  { key: 'ptime', from: 'site' },
  { key: 'pdate', from: 'site' },
  { key: 'doc_date', from: 'site', generic: true },
  { key: 'date', from: 'site', generic: true },
  { key: 'created', from: 'site', generic: true },
];

const keysWhere = (pick: (k: PublishedMetaKey) => boolean): string[] =>
  PUBLISHED_META_KEYS.filter(pick).map((k) => k.key);

// Pure: a bundle that reads only DETECTION_META (the content script's load path) leaves the table out.
/** Keys of the standard vocabularies, most specific first. */
export const META_STANDARD: readonly string[] = /* @__PURE__ */ keysWhere((k) => k.from === 'standard');
/** Keys of particular sites and CMSs, read after the standard ones. */
export const META_SITE: readonly string[] = /* @__PURE__ */ keysWhere((k) => k.from === 'site');
/** Keys that say "a date" rather than "the publication date". */
export const GENERIC_META: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ keysWhere((k) => k.generic === true),
);

/**
 * The keys detection counts as the page stating its publication time (the
 * signal meta:published_time; its weights were tuned with these eleven). They
 * are written out apart so that the load path does not carry the whole table;
 * a test keeps every one of them in it.
 */
export const DETECTION_META: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'publish-date',
  'publishdate',
  'pubdate',
  'article.published',
  'date',
];
