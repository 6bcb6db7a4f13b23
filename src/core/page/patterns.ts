// Named patterns for telling the article body from the page around it (the
// Readability habit: all heuristics' patterns in one place, each with why).
// Class/id words only: they are language-neutral, so no lang data lives here.

import { HEADING_TAGS } from '../dom.ts';

/** Tags whose subtree is never article body text. */
export const NON_BODY_TAGS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'form',
  'figure',
  'figcaption',
  'button',
  'select',
  'textarea',
  'label',
  'noscript',
  'script',
  'style',
  'template',
  'iframe',
  'svg',
  'dialog',
  'menu',
  ...HEADING_TAGS,
]);

// Class/id word groups that two heuristics match, the page's widgets (here) and
// the reading view's furniture (reader/patterns.ts): each a regex alternation
// over one `-`/`_` part of a class token, written once.
/** Comment sections and the platforms that host them. */
export const COMMENT_PARTS = 'comments?|commentaires?|kommentare|comentarios|disqus';
/** Share bars. */
export const SHARE_PARTS = 'sharing|sharebar';
/** Related and recommended stories, and the networks that fill them. */
export const RELATED_PARTS = 'related|relacionad[oa]s?|recommend(?:ed|ations?)?|outbrain|taboola';
/** Newsletter and subscription boxes. */
export const NEWSLETTER_PARTS = 'newsletters?|subscribe|subscription|signup';
/** Advertising, promotions and sponsors. */
export const AD_PARTS = 'advert(?:isement|ising)?|promos?|sponsor(?:ed)?';
/** Navigation and cookie bars. */
export const NAV_PARTS = 'breadcrumbs?|navbar|navigation|cookies?';
/** Lists of other stories and links to them. */
export const LIST_PARTS = 'mostread|mostpopular|trending|readmore|alsoread|seealso';
/** The groups above, for a pattern that takes them all. */
export const SHARED_WIDGET_PARTS = [
  COMMENT_PARTS,
  SHARE_PARTS,
  RELATED_PARTS,
  NEWSLETTER_PARTS,
  AD_PARTS,
  NAV_PARTS,
  LIST_PARTS,
].join('|');

/** An anchored, case-insensitive pattern over one class part: `^(?:a|b|…)$`. */
export const classParts = (alternation: string): RegExp => new RegExp(`^(?:${alternation})$`, 'iu');

/**
 * Class/id words of widgets that never hold the article body: comments,
 * related links, newsletter boxes, ads, captions, bylines. Matched against the
 * `-`/`_` parts of one class token (WIDGET_PART), so "head" is not "ad".
 */
export const WIDGET_ALTERNATION = `${SHARED_WIDGET_PARTS}|similar|banner|caption|credits?|byline|bylines|popular|gallery`;

/**
 * Weaker words: a container named so is a widget only when it holds little
 * text (share buttons are often hosted by the body's own wrapper).
 */
export const WEAK_ALTERNATION =
  'ads?|adv|share|social|socials|sidebar|widget|author|authors|tags|taglist|nav|menu|popup|modal|footer|toolbar|meta|infobox|paywall|more|read|most|also|see|stories';

/**
 * A widget word, strong (captured) or weak, as one `-`/`_` part of a class
 * token, in a token or in a whole class/id string (widgetWordLevel).
 */
export const WIDGET_PART = /* @__PURE__ */ new RegExp(
  `(?:^|[\\s_-])(?:(${WIDGET_ALTERNATION})|${WEAK_ALTERNATION})(?=$|[\\s_-])`,
  'giu',
);

/** Words that open a class token stating a condition ("is-open", "has-sidebar", "no-ads"). */
export const STATE_OPENERS = 'is|has|js|no|with|not|show|hide|can';
/** Words that close one ("modal-enabled", "menu-open"). */
const STATE_CLOSERS = 'on|off|enabled|disabled|active|open|opened|visible|hidden|loaded|parent|ready|init';
/** A pattern of class tokens that state a condition, opened by one of `openers` or closed by a state word. */
export const stateToken = (openers: string): RegExp =>
  new RegExp(`^(?:${openers})[-_]|[-_](?:${STATE_CLOSERS})$`, 'iu');

/** Class tokens that state a condition rather than name a part ("has-sidebar", "modal-enabled"). */
export const STATE_TOKEN = /* @__PURE__ */ stateToken(STATE_OPENERS);

/** Class/id words of the article body container. */
export const BODY_WORDS =
  /(?:^|[\s_-])(?:article-?body|articlebody|article-?text|article-?content|story-?body|story-?text|post-?body|post-?content|entry-?content|entry-?body|news-?text|news-?body|body-?text|text-?body|content-?body|main-?text|article__body|article__text|detail-?body|details-?body)(?=$|[\s_-])/iu;

/** The class names of embedded social posts (their embed code's); reader/patterns.ts adds the players it keeps. */
export const EMBED_CLASSES = 'twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card';

/** Embedded social posts quote other pages; their text is not the article's. */
export const EMBED_CLASS = /* @__PURE__ */ new RegExp(`(?:${EMBED_CLASSES})`, 'iu');
