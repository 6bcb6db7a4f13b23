// DOM side of the publication date: collects metadata, microdata, <time> elements,
// short visible date texts near the headline or byline (texts.ts), and the URL, each
// as a typed candidate ranked from the RANKS table (sources.ts). It runs in the text
// side's content script when the popup asks, so it parses nothing: the text side
// (resolve.ts) reads the values.

import { foldedText } from '../dom.ts';
import { ldTypes, readJsonLd, readMeta } from '../meta.ts';
import type { JsonLdNode } from '../meta.ts';
import type { ArticleInfo, DateArea, DateCandidate, DateEvidence } from '../types.ts';
import { GENERIC_META, META_SITE, META_STANDARD } from '../page/meta-keys.ts';
import { foreignTester, headerScope, markedElements } from './areas.ts';
import { RANKS } from './sources.ts';
import { addBodyTexts, addDatedTexts, addHeaderTexts, DIGIT, MAX_TEXT, type Collection } from './texts.ts';

/** JSON-LD types whose datePublished is the article's. */
const ARTICLE_LD = /article|posting|report|blog|newsarticle|liveblog|review|opinion|analysis|creativework/i;

/** <time> classes (its own or its parent's) that name a revision. */
const UPDATED_CLASS = /modif|updat|aktualis/i;

const MAX_CANDIDATES = 60;

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
      const rank =
        key === 'datePublished'
          ? isArticle
            ? RANKS.jsonLdArticle
            : isPage
              ? RANKS.jsonLdPage
              : RANKS.jsonLdOther
          : RANKS.jsonLdCreated;
      const role = key === 'dateCreated' ? 'generic' : 'published';
      out.push({ origin: 'json-ld', key, role, form: 'machine', text: v.trim(), rank });
    }
  }
}

function addMeta(out: DateCandidate[], doc: Document): void {
  const meta = readMeta(doc);
  const add = (key: string, standard: boolean): void => {
    // Generic keys (Dublin Core "date", "created") often carry a revision or crawl day: a
    // visible date in the article is trusted more; the sites' own publishing keys less than the standard ones.
    const generic = GENERIC_META.has(key);
    const rank = generic ? RANKS.metaGeneric : standard ? RANKS.metaStandard : RANKS.metaSite;
    const role = generic ? 'generic' : 'published';
    // A few values per key: reference lists repeat citation dates under the same key (scholarly pages).
    for (const v of (meta.get(key) ?? []).slice(0, 3))
      out.push({ origin: 'meta', key, role, form: 'machine', text: v, rank });
  };
  for (const key of META_STANDARD) add(key, true);
  for (const key of META_SITE) add(key, false);
  // parsely-page is a JSON blob with pub_date.
  for (const v of meta.get('parsely-page') ?? []) {
    const text = /"pub_date"\s*:\s*"([^"]+)"/.exec(v)?.[1];
    const rank = RANKS.metaStandard;
    if (text) out.push({ origin: 'meta', key: 'parsely-page', role: 'published', form: 'machine', text, rank });
  }
}

/** Elements marked as the publication date (microdata, the pubdate attribute), outside foreign blocks. */
function addMicrodata(c: Collection, pub: readonly Element[]): void {
  for (const el of pub) {
    if (c.isForeign(el)) continue;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? foldedText(el);
    if (v && v.length <= MAX_TEXT)
      c.out.push({ origin: 'itemprop', role: 'published', form: 'machine', text: v, rank: RANKS.itemprop });
  }
}

const TIME_RANKS = {
  header: [RANKS.timeHeader, RANKS.timeHeaderText],
  article: [RANKS.timeArticle, RANKS.timeArticleText],
  page: [RANKS.timePage, RANKS.timePageText],
} as const;

/** <time> elements (the first 40): in the header area first, then in the article, then elsewhere outside foreign blocks. */
function addTimes(c: Collection): void {
  const times = Array.from(c.doc.querySelectorAll('time')).slice(0, 40);
  for (const el of times) {
    if (c.isForeign(el)) continue;
    const area: DateArea = c.scope?.contains(el) ? 'header' : c.root?.contains(el) ? 'article' : 'page';
    const cls = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
    const updated = UPDATED_CLASS.test(cls);
    const [machineRank, textRank] = updated ? [RANKS.updated, RANKS.updated] : TIME_RANKS[area];
    const role = updated ? 'updated' : 'generic';
    const dt = el.getAttribute('datetime');
    // A <time> that holds only the clock ("19:04 GMT") prints its day beside it, in its parent.
    const own = foldedText(el);
    const parentText = el.parentElement ? foldedText(el.parentElement) : '';
    const text = !/\d{4}|\d{1,2}[./-]\d{1,2}[./-]/.test(own) && parentText.length <= MAX_TEXT ? parentText : own;
    if (dt) c.out.push({ origin: 'time', area, role, form: 'machine', text: dt, rank: machineRank });
    if (text && text.length <= MAX_TEXT && DIGIT.test(text))
      c.out.push({ origin: 'time', area, role, form: 'printed', text, rank: textRank });
  }
}

/** DOM side: collects metadata, <time> elements and visible date texts near the headline or byline. */
export function collectDateEvidence(doc: Document, article: ArticleInfo, url: string | null): DateEvidence {
  const out: DateCandidate[] = [];
  const headline = article.headline ?? doc.querySelector('article h1, main h1, h1');
  const root = article.root ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const articleRoot = article.root && article.root !== doc.body ? article.root : null;
  for (const node of readJsonLd(doc)) addLd(out, node);
  addMeta(out, doc);

  const c: Collection = {
    doc,
    headline,
    headlineText: headline ? foldedText(headline) : '',
    root,
    scope: headerScope(doc, headline),
    isForeign: foreignTester(headline, articleRoot),
    out,
    seen: new Set<string>(),
  };
  const marked = markedElements(doc);
  addMicrodata(c, marked.pub);
  addTimes(c);
  addHeaderTexts(c);
  addDatedTexts(c, marked.dated);
  addBodyTexts(c);

  if (url) out.push({ origin: 'url', role: 'generic', form: 'url', text: url, rank: RANKS.url });
  out.sort((a, b) => a.rank - b.rank);
  return { candidates: out.slice(0, MAX_CANDIDATES) };
}
