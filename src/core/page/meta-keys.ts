// The <meta> keys (name, property, itemprop, lower-cased) that state when an
// article was published: one table, read by detection (does the page state a
// publication time?) and by the publication date's evidence (which date, and
// how much to trust it).

interface PublishedMetaKey {
  key: string;
  /** 'standard': a shared vocabulary (Open Graph, schema.org, Parse.ly, Dublin Core, citation); 'site': a site's or CMS's own. */
  from: 'standard' | 'site';
  /** Says "a date" rather than "the publication date" (Dublin Core "date", "created"): often a revision or crawl day. */
  generic?: true;
  /** Counted by detection as the page stating its publication time (the signal meta:published_time). */
  detection?: true;
}

/** Every publishing-metadata key, most specific first (standard vocabularies, then sites' own). */
export const PUBLISHED_META_KEYS: readonly PublishedMetaKey[] = [
  { key: 'article:published_time', from: 'standard', detection: true },
  { key: 'og:article:published_time', from: 'standard', detection: true },
  { key: 'article:published', from: 'standard' },
  { key: 'og:published_time', from: 'standard' },
  { key: 'og:article:published', from: 'standard' },
  { key: 'datepublished', from: 'standard', detection: true },
  { key: 'parsely-pub-date', from: 'standard', detection: true },
  { key: 'sailthru.date', from: 'standard', detection: true },
  { key: 'dc.date.issued', from: 'standard', detection: true },
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
  { key: 'publish-date', from: 'site', detection: true },
  { key: 'publish_date', from: 'site' },
  { key: 'publishdate', from: 'site', detection: true },
  { key: 'published_date', from: 'site' },
  { key: 'published-date', from: 'site' },
  { key: 'published_time', from: 'site' },
  { key: 'publish_time', from: 'site' },
  { key: 'publication_date', from: 'site' },
  { key: 'pubdate', from: 'site', detection: true },
  { key: 'og:pubdate', from: 'site' },
  { key: 'og:publish_date', from: 'site' },
  { key: 'og:datepublished', from: 'site' },
  { key: 'article.published', from: 'site', detection: true },
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
  { key: 'date', from: 'site', generic: true, detection: true },
  { key: 'created', from: 'site', generic: true },
];

const keysWhere = (pick: (k: PublishedMetaKey) => boolean): string[] =>
  PUBLISHED_META_KEYS.filter(pick).map((k) => k.key);

/** Keys of the standard vocabularies, most specific first. */
export const META_STANDARD: readonly string[] = keysWhere((k) => k.from === 'standard');
/** Keys of particular sites and CMSs, read after the standard ones. */
export const META_SITE: readonly string[] = keysWhere((k) => k.from === 'site');
/** Keys that say "a date" rather than "the publication date". */
export const GENERIC_META: ReadonlySet<string> = new Set(keysWhere((k) => k.generic === true));
/** Keys detection counts as the page stating its publication time. */
export const DETECTION_META: readonly string[] = keysWhere((k) => k.detection === true);
