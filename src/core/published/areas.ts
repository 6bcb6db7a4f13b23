// Where on the page a date stands: the headline's area (headerScope), blocks that
// belong to other stories, comments or the site (foreignTester), and the elements
// marked or named for a date (markedElements). DOM side: no parsing.

/** Class/id words of the elements that usually print the article's date or byline. */
export const DATE_CLASS =
  /(?:^|[^a-z])(?:date|time|publish|published|posted|pubdate|timestamp|byline|dateline|meta|info|datum|fecha|data|дата|zeit|author|autor|article-header|story-header|entry-header|post-header|details)/i;

/** Containers whose dates belong to other stories, comments or the site, not this article. */
// Embedded posts (tweets in blockquotes) carry their own dates.
const FOREIGN_TAGS = new Set(['nav', 'aside', 'blockquote']);
const FOREIGN_ROLES = /^(?:contentinfo|navigation|complementary)$/;
const FOREIGN_CLASS =
  /(?:^|[\s_-])(?:comments?|related|teasers?|recommend\w*|sidebar|footer|site-footer|more-stories|most-read|popular|trending|twitter-tweet|instagram-media)(?:$|[\s_-])/i;

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
export function foreignTester(headline: Element | null, root: Element | null): (el: Element) => boolean {
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

/** The element the article's header area hangs from: the headline's container, a few levels up. */
export function headerScope(doc: Document, h: Element | null): Element | null {
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
export function markedElements(doc: Document): { pub: Element[]; dated: Element[] } {
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
