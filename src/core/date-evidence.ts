// DOM side of the publication date: collects metadata, <time> elements,
// short visible date texts near the headline or byline, and the URL. It runs
// in the content script when the popup asks, so it parses nothing: the text
// side (core/published) reads the values.

import { foldedText } from './dom.ts';
import { ldTypes, readJsonLd, readMeta } from './meta.ts';
import type { JsonLdNode } from './meta.ts';
import type { ArticleInfo, DateCandidate, DateEvidence } from './types.ts';

/** JSON-LD types whose datePublished is the article's. */
const ARTICLE_LD = /article|posting|report|blog|newsarticle|liveblog|review|opinion|analysis|creativework/i;

/** Publishing-metadata keys (meta name/property/itemprop), most specific first. */
const META_PUBLISHED = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'og:article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'dc:date',
  'dc.created',
  'dc:created',
  'citation_publication_date',
  'citation_date',
  'publish-date',
  'publish_date',
  'publishdate',
  'published_date',
  'published-date',
  'published_time',
  'publish_time',
  'publication_date',
  'pubdate',
  'og:pubdate',
  'og:publish_date',
  'og:datepublished',
  'article.published',
  'article.created',
  'article_date_original',
  'originalpublicationdate',
  'rnews:datepublished',
  'cxenseparse:recs:publishtime',
  'shareaholic:article_published_time',
  'mediator_published_time',
  'vr:published_time',
  'bt:pubdate',
  'rbpubdate',
  'dcsext.articlefirstpublished',
  'date_published',
  'date_created',
  'datecreated',
  'dateposted',
  'displaydate',
  'content_create_date',
  'ptime',
  'pdate',
  'doc_date',
  'date',
  'created',
];

/** Metadata keys that say "a date" rather than "the publication date". */
const GENERIC_META = new Set([
  'dc.date',
  'dcterms.date',
  'dc:date',
  'dc.created',
  'dc:created',
  'dc.date.created',
  'dcterms.created',
  'date',
  'created',
  'datecreated',
  'date_created',
  'content_create_date',
  'doc_date',
]);

/** Containers whose dates belong to other stories, comments or the site, not this article. */
// Embedded posts (tweets in blockquotes) carry their own dates.
const FOREIGN_TAGS = new Set(['nav', 'aside', 'blockquote']);
const FOREIGN_ROLES = /^(?:contentinfo|navigation|complementary)$/;
const FOREIGN_CLASS =
  /(?:^|[\s_-])(?:comments?|related|teasers?|recommend\w*|sidebar|footer|site-footer|more-stories|most-read|popular|trending|twitter-tweet|instagram-media)(?:$|[\s_-])/i;

/**
 * Looks like a printed date (no language data, no parsing): numeric day-month-year,
 * year-first, or a day and a year around a word. The text side decides.
 * The month-first branch is tried only at a word's start (the lookbehind): a match inside
 * a word implies one at its start, which comes first, so what matches is unchanged, but a
 * long text is no longer tried at every letter (it was the text side's hottest line).
 */
const DATE_LIKE =
  /\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}\s?[./年년-]\s?\d{1,2}|\d{1,2}\.?\s*[\p{L}\p{M}]{3,}.{0,20}?\d{4}|(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[\u0660-\u0669\u06f0-\u06f9]{4}/u;

/**
 * What every DATE_LIKE match holds: four ASCII digits in a row (the year of
 * every branch but the first), a digit, separator and digit ("28.10", the
 * first branch's start), or four Arabic-Indic digits. A cheap first test for
 * the many texts whose digits are a count, a clock or a price.
 */
const DATE_HINT = /\d{4}|\d[./-]\s?\d|[\u0660-\u0669\u06f0-\u06f9]{4}/u;

/** What may stand before a lead date: nothing, or a place name and a comma, dash or bracket ("Karlsruhe, ("). */
const LEAD_PREFIX = /^\s*(?:\p{Lu}[\p{L}\p{M}.' /-]{0,30}\s*[,(:–—-]\s*)?\(?\s*$/u;
/** What follows a lead date: a bracket, dash, bar, colon, full stop or opening quote, not the rest of a sentence. */
const LEAD_AFTER = /^\s*(?:$|[)\]|:.–—\-„“"«])/u;

/** Class/id words of the elements that usually print the article's date or byline. */
const DATE_CLASS =
  /(?:^|[^a-z])(?:date|time|publish|published|posted|pubdate|timestamp|byline|dateline|meta|info|datum|fecha|data|дата|zeit|author|autor|article-header|story-header|entry-header|post-header|details)/i;

const MAX_TEXT = 160;

/** A digit in any script pages print dates in: ASCII, Arabic-Indic, Persian, full-width. */
const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/u;
const MAX_CANDIDATES = 60;

/** WordPress-style taxonomy classes ("category-popular", "tag-comments") name topics, not containers. */
const TAXONOMY = /^(?:category|tag|post|type|format|section|topic|rubrik|ressort|single|page)[-_]/i;

/** Classes of an article's own container, under which a "footer" is the article's (byline, date). */
const ARTICLE_CLASS = /(?:^|[\s_-])(?:article|post|entry|story|news-single|content)(?:$|[\s_-])/i;

function foreignClass(e: Element): boolean {
  const tokens = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((t) => t && !TAXONOMY.test(t));
  return tokens.length > 0 && FOREIGN_CLASS.test(tokens.join(' '));
}

/** An element and all its ancestors: `has(e)` is `e.contains(el)`, without a walk per question. */
function selfAndAncestors(el: Element | null): Set<Element> {
  const out = new Set<Element>();
  for (let e = el; e; e = e.parentElement) out.add(e);
  return out;
}

/**
 * Whether an element sits in a block of other stories, comments or the site. A block that
 * holds the headline or the article's root is the article's (themes name a main column
 * "sidebar_content"). One tester per page: the per-element answers that do not depend on
 * the path (class words, tags) are remembered, since the same ancestors come up again and again.
 */
function foreignTester(headline: Element | null, root: Element | null): (el: Element) => boolean {
  const aroundHeadline = selfAndAncestors(headline);
  const aroundRoot = selfAndAncestors(root);
  const classMemo = new Map<Element, boolean>();
  const foreignByClass = (e: Element): boolean => {
    let v = classMemo.get(e);
    if (v === undefined) classMemo.set(e, (v = foreignClass(e)));
    return v;
  };
  return (el) => {
    // The page's body and html carry site-wide classes ("no-sidebar"): stop below them.
    let footer = false;
    for (let e: Element | null = el, i = 0; e && i < 25 && e.localName !== 'body'; e = e.parentElement, i++) {
      if (footer) {
        // A footer inside the article holds its byline and date; any other footer is the site's.
        if (e.localName === 'article' || ARTICLE_CLASS.test(e.getAttribute('class') ?? '')) footer = false;
        continue;
      }
      if (aroundHeadline.has(e)) return false;
      const isFooter =
        e.localName === 'footer' || /(?:^|[\s_-])footer(?:$|[\s_-])/i.test(e.getAttribute('class') ?? '');
      if (isFooter) {
        footer = true;
        continue;
      }
      if (aroundRoot.has(e)) return false;
      // An <aside class="meta"> beside the text holds the article's own date and byline.
      const ownAside = e.localName === 'aside' && DATE_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.id}`);
      if ((FOREIGN_TAGS.has(e.localName) && !ownAside) || FOREIGN_ROLES.test(e.getAttribute('role') ?? '')) return true;
      if (foreignByClass(e)) return true;
    }
    return footer;
  };
}

function addLd(out: DateCandidate[], node: JsonLdNode): void {
  const types = ldTypes(node);
  const isArticle = types.some((t) => ARTICLE_LD.test(t));
  const isPage = types.some((t) => /webpage/i.test(t));
  for (const key of ['datePublished', 'dateCreated', 'uploadDate'] as const) {
    const raw = node[key];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values) {
      if (typeof v !== 'string' || !v.trim()) continue;
      // datePublished of the article first; a WebPage's or an unknown node's next; dateCreated after metadata.
      const base = key === 'datePublished' ? (isArticle ? 0 : isPage ? 2 : 1) : 5;
      out.push({ source: `json-ld:${key}`, value: v.trim(), rank: base });
    }
  }
}

/** The element the article's header area hangs from: the headline's container, a few levels up. */
function headerScope(doc: Document, h: Element | null): Element | null {
  if (!h) return null;
  let scope: Element = h;
  // Climb until the scope holds a few elements besides the headline (byline, date), bounded.
  for (let i = 0; i < 4 && scope.parentElement && scope.parentElement !== doc.body; i++) {
    scope = scope.parentElement;
    if ((scope.textContent ?? '').length > 1500) break;
  }
  return scope;
}

/** Elements looked at most by markedElements: a 100,000-node page costs as much as a large normal one. */
const MAX_MARKED_WALK = 30000;
const DATED_CLASS = /date|time|publish|posted|byline|meta|datum|fecha/i;

/**
 * Elements marked as the publication date (first 5), and elements whose class
 * or id names a date or byline (first 200), in document order. Native queries
 * for the elements that carry those attributes at all (presence tests are
 * cheap in every DOM, where case-insensitive substring selectors cost seconds
 * on huge pages in some), then plain tests on those only.
 */
function markedElements(doc: Document): { pub: Element[]; dated: Element[] } {
  const pub: Element[] = [];
  const dated: Element[] = [];
  const marked = doc.querySelectorAll('[itemprop], time[pubdate]');
  for (let i = 0; i < marked.length && pub.length < 5 && i < MAX_MARKED_WALK; i++) {
    const el = marked[i] as Element;
    const itemprop = el.getAttribute('itemprop');
    if (
      (itemprop !== null && itemprop.toLowerCase() === 'datepublished' && el.localName !== 'meta') ||
      (el.localName === 'time' && el.hasAttribute('pubdate'))
    )
      pub.push(el);
  }
  const named = doc.querySelectorAll('[class], [id]');
  const classMemo = new Map<string, boolean>();
  for (let i = 0; i < named.length && dated.length < 200 && i < MAX_MARKED_WALK; i++) {
    const el = named[i] as Element;
    const cls = el.getAttribute('class');
    let hit = false;
    if (cls !== null) {
      const known = classMemo.get(cls);
      hit = known ?? DATED_CLASS.test(cls);
      if (known === undefined) classMemo.set(cls, hit);
    }
    if (!hit) {
      const id = el.getAttribute('id');
      hit = id !== null && /date/i.test(id);
    }
    if (hit) dated.push(el);
  }
  return { pub, dated };
}

/** DOM side: collects metadata, <time> elements and visible date texts near the headline or byline. */
export function collectDateEvidence(doc: Document, article: ArticleInfo, url: string | null): DateEvidence {
  const out: DateCandidate[] = [];
  const headline = article.headline ?? doc.querySelector('article h1, main h1, h1');
  const root = article.root ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const articleRoot = article.root && article.root !== doc.body ? article.root : null;
  for (const node of readJsonLd(doc)) addLd(out, node);

  const meta = readMeta(doc);
  META_PUBLISHED.forEach((key, i) => {
    // Generic keys (Dublin Core "date", "created") often carry a revision or crawl day: a
    // visible date in the article is trusted more; the rest of the publishing keys less than JSON-LD.
    const rank = GENERIC_META.has(key) ? 12.5 : i < META_PUBLISHED.indexOf('publish-date') ? 3 : 4;
    // A few values per key: reference lists repeat citation dates under the same key (scholarly pages).
    for (const v of (meta.get(key) ?? []).slice(0, 3)) out.push({ source: `meta:${key}`, value: v, rank });
  });
  // parsely-page is a JSON blob with pub_date.
  for (const v of meta.get('parsely-page') ?? []) {
    const m = /"pub_date"\s*:\s*"([^"]+)"/.exec(v);
    if (m?.[1]) out.push({ source: 'meta:parsely-page', value: m[1], rank: 3 });
  }

  const isForeign = foreignTester(headline, articleRoot);
  // Elements marked as the publication date (microdata, pubdate attribute).
  const marked = markedElements(doc);
  for (const el of marked.pub) {
    if (isForeign(el)) continue;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? foldedText(el);
    if (v && v.length <= MAX_TEXT) out.push({ source: 'itemprop:datePublished', value: v, rank: 3 });
  }

  const scope = headerScope(doc, headline);

  // <time> elements: in the header area first, then in the article, then elsewhere outside foreign blocks.
  const times = Array.from(doc.querySelectorAll('time')).slice(0, 40);
  for (const el of times) {
    if (isForeign(el)) continue;
    const near = scope?.contains(el) ?? false;
    const inArticle = root?.contains(el) ?? false;
    const rank = near ? 6 : inArticle ? 7 : 9;
    const cls = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
    const modified = /modif|updat|aktualis/i.test(cls);
    const src = modified ? 'time:updated' : near ? 'time:header' : inArticle ? 'time:article' : 'time';
    const dt = el.getAttribute('datetime');
    // A <time> that holds only the clock ("19:04 GMT") prints its day beside it, in its parent.
    const own = foldedText(el);
    const parentText = el.parentElement ? foldedText(el.parentElement) : '';
    const text = !/\d{4}|\d{1,2}[./-]\d{1,2}[./-]/.test(own) && parentText.length <= MAX_TEXT ? parentText : own;
    if (dt) out.push({ source: `${src}[datetime]`, value: dt, rank: modified ? 12 : rank });
    if (text && text.length <= MAX_TEXT && DIGIT.test(text))
      out.push({ source: `${src}:text`, value: text, rank: modified ? 12 : rank + 0.5 });
  }

  // Short visible texts in the header area and date-like elements of the article.
  const seen = new Set<string>();
  // headline-date: a date printed in the headline names the event the story is about ("Results, 19.5.2007").
  const headlineText = headline ? foldedText(headline) : '';
  const pushText = (el: Element, source: string, rank: number): void => {
    let t = foldedText(el);
    if (headline && headlineText && el !== headline && el.contains(headline))
      t = t.split(headlineText).join(' ').replace(/\s+/g, ' ').trim();
    if (!t || t.length > MAX_TEXT || !DIGIT.test(t) || seen.has(t)) return;
    seen.add(t);
    out.push({ source, value: t, rank });
  };
  if (scope) {
    // The first 300 elements under the scope, in document order, without listing them all.
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    let n = 0;
    for (let node = walker.nextNode(); node && n < 300; node = walker.nextNode(), n++) {
      const el = node as Element;
      if (el.children.length > 3) continue;
      const id = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      // The cheap test first: most of the header is not named for a date.
      if ((DATE_CLASS.test(id) || el.localName === 'time') && !isForeign(el)) pushText(el, 'text:header', 8);
    }
  }
  for (const el of marked.dated) {
    if (el.children.length > 4 || isForeign(el)) continue;
    pushText(el, root?.contains(el) ? 'text:article' : 'text', root?.contains(el) ? 10 : 11);
  }

  // Last resort: short texts of the page body that look like dates, in reading order.
  let found = 0;
  const parentText = new Map<Element, { text: string; dateLike: boolean }>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(), visited = 0; n && visited < 4000 && found < 10; n = walker.nextNode(), visited++) {
    const v = n.nodeValue ?? '';
    // The text first: most nodes hold no digit, and then their parent need not be read at all.
    if (v.length > 2000 || !DIGIT.test(v)) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:script|style|noscript|template|option)$/.test(parent.localName)) continue;
    // Several text nodes of one element (a date split by <br> or <b>) fold and test its text once.
    let known = parentText.get(parent);
    if (known === undefined) {
      const text = foldedText(parent);
      parentText.set(parent, (known = { text, dateLike: DATE_HINT.test(text) && DATE_LIKE.test(text) }));
    }
    const whole = known.text;
    // A node's text lies inside its parent's, and whitespace folding only adds matches (every
    // whitespace in DATE_LIKE is optional or a run), so a parent that holds no date-like text has no
    // child that does: the parent's one test decides for all its text nodes.
    if (!known.dateLike) continue;
    // The headline's own words, not a date line set inside it (<h1>Title<small>02.02.2022</small></h1>).
    const inTitle = headline !== null && headline.contains(parent) && whole === headlineText;
    if (inTitle || isForeign(parent)) continue;
    const before = seen.size;
    const hit = DATE_LIKE.exec(whole);
    const at = hit?.index ?? -1;
    // lead-date: a date that opens the text, alone or after the place it was filed from, and is set off
    // from the first sentence ("27.1.2022 - Bei …", "Karlsruhe, (12.11.2021). Traditionell …") dates the text.
    const lead =
      hit !== null &&
      LEAD_PREFIX.test(whole.slice(0, at)) &&
      LEAD_AFTER.test(whole.slice(at + hit[0].length, at + hit[0].length + 3));
    if (whole.length <= MAX_TEXT) pushText(parent, lead ? 'text:body:lead' : 'text:body', 12 + found * 0.01);
    else {
      // A date inside a long line ("… wurde am 19. Mai 2010 um 23:03 Uhr gepostet"): keep a window around it.
      const t = at < 0 ? '' : lead ? whole.slice(0, at + 60) : whole.slice(Math.max(0, at - 40), at + 60);
      if (t && !seen.has(t)) {
        seen.add(t);
        out.push({ source: lead ? 'text:body:lead' : 'text:body:window', value: t, rank: 12 + found * 0.01 });
      }
    }
    if (seen.size > before) found++;
  }

  if (url) out.push({ source: 'url', value: url, rank: 11.5 });
  out.sort((a, b) => a.rank - b.rank);
  return { candidates: out.slice(0, MAX_CANDIDATES) };
}
