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

/**
 * Class/id words of widgets that never hold the article body: comments,
 * related links, newsletter boxes, ads, captions, bylines. Matched against the
 * `-`/`_` parts of one class token, so "head" is not "ad".
 */
export const WIDGET_WORDS =
  /^(?:comments?|commentaires?|kommentare|comentarios|disqus|sharebar|sharing|related|relacionad[oa]s?|similar|recommend(?:ed|ations?)?|newsletters?|subscribe|subscription|signup|promo|promos|sponsor(?:ed)?|advert(?:isement|ising)?|banner|caption|credits?|byline|bylines|breadcrumbs?|navbar|navigation|cookies?|mostread|mostpopular|popular|trending|outbrain|taboola|readmore|alsoread|seealso|gallery)$/iu;

/**
 * Weaker words: a container named so is a widget only when it holds little
 * text (share buttons are often hosted by the body's own wrapper).
 */
export const WEAK_WIDGET_WORDS =
  /^(?:ads?|adv|share|social|socials|sidebar|widget|author|authors|tags|taglist|nav|menu|popup|modal|footer|toolbar|meta|infobox|paywall|more|read|most|also|see|stories)$/iu;

/** Class tokens that state a condition rather than name a part ("has-sidebar", "modal-enabled"). */
export const STATE_TOKEN =
  /^(?:is|has|js|no|with|not|show|hide|can)[-_]|[-_](?:on|off|enabled|disabled|active|open|opened|visible|hidden|loaded|parent|ready|init)$/iu;

/** Class/id words of the article body container. */
export const BODY_WORDS =
  /(?:^|[\s_-])(?:article-?body|articlebody|article-?text|article-?content|story-?body|story-?text|post-?body|post-?content|entry-?content|entry-?body|news-?text|news-?body|body-?text|text-?body|content-?body|main-?text|article__body|article__text|detail-?body|details-?body)(?=$|[\s_-])/iu;

/** Embedded social posts quote other pages; their text is not the article's. */
export const EMBED_CLASS = /(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card)/iu;
