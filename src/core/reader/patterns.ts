// Named patterns of the reading view (the Readability habit: every pattern in
// one place, each with why). Class and id words only: markup names, the same
// in every language, so no language data lives here. The word groups the page's
// widget patterns match too are written once, in page/patterns.ts.

import { classParts, EMBED_CLASSES, SHARED_WIDGET_PARTS, STATE_OPENERS, stateToken } from '../page/patterns.ts';

/**
 * Class/id parts of page furniture that is never the story: ads, share and
 * comment widgets, related and most-read lists, newsletter and paywall boxes,
 * cookie bars, navigation. Matched against the `-`/`_`/camelCase parts of one
 * class token, so "head" is not "ad". Sites name their ad slots in their own
 * language too (publicidad, werbung, reklama).
 */
export const CHROME_WORDS = /* @__PURE__ */ classParts(
  `${SHARED_WIDGET_PARTS}|ad|ads|adv|adverts|advertorial|adslot|adunit|adsbygoogle|dfp|gpt|publicidad|publicidade|publicite|pubblicita|werbung|anzeige|anzeigen|reklama|reklam|iklan|sponsors|promoted|promotion|discussion|share|shares|sharer|sharethis|addthis|socials?|sociallinks|recirc|recirculation|zergnet|subscriptions|paywall|regwall|consent|gdpr|nav|menu|submenu|toolbar|tags|taglist|tagcloud|pagination|pager|login|signin|modal|popup|overlay|lightbox|skiplink|jumplink|follow|rating|ratings|reactions|bio|authorbio|cta`,
);

/**
 * Furniture words that also name it as the start of a compound class part
 * ("relatedposts", "sharebuttons", "socialicons", "commentlist").
 */
export const CHROME_PREFIX =
  /^(?:related|comment(?!ary)|sharing|sharebar|sharebutton|shareicon|sharelink|social|newsletter|sponsor|advert|promo|recommend|subscri|outbrain|taboola|breadcrumb|navigation|paginat|trending|mostread|mostpopular|mostviewed|readmore|readalso|alsoread|seealso|cookie|consent|paywall|signup)/iu;

/**
 * Weaker words: layout columns and boxes. An element named so is furniture
 * only when it holds little text or mostly links (a wrapper named
 * "content-with-sidebar" holds the body).
 */
export const WEAK_CHROME_WORDS = /^(?:sidebar|rail|widget|widgets|more|popular|banner|teaser|teasers|module)$/iu;

/**
 * Class/id tokens that state a condition rather than name a part ("has-sidebar", "is-sticky", "no-ads"):
 * the page's state words (page/patterns.ts), and "without-…", which the view reads as a state too.
 */
export const VIEW_STATE_TOKEN = /* @__PURE__ */ stateToken(`${STATE_OPENERS}|without`);

/** Class/id parts of the byline and date line above the body. */
export const BYLINE_WORDS =
  /^(?:byline|bylines|author|authors|writer|credit|credits|posted|postedon|published|publish|pubdate|timestamp|date|dateline|time|meta|metadata|entry-meta|postmeta|info|details)$/iu;

/** Class/id parts of pull quotes: the view keeps them, the text of a pull quote repeats the body. */
export const PULLQUOTE_WORDS = /^(?:pullquote|pq)$/iu;

/** Class/id parts of a gallery, slideshow or carousel: media of the story, kept in view, its text is captions and controls. */
export const GALLERY_WORDS = /^(?:gallery|galleries|slideshow|slideshows|carousel|slider|swiper|lightbox)$/iu;

/** Class/id parts of a caption or a media credit. */
export const CAPTION_WORDS = /^(?:caption|captions|figcaption|credit|credits|photocredit|imagecredit|source)$/iu;

/** Embedded posts (tweets, Instagram, TikTok): the story's embedded media, kept. */
export const EMBED_CLASS = /* @__PURE__ */ new RegExp(`(?:${EMBED_CLASSES}|twitter-video|bluesky-embed)`, 'iu');

/** Class/id parts of a box that embeds a post or a player: media of the story, whatever else it is called ("social-media-embed"). */
export const EMBED_WORDS = /^(?:embed|embeds|embedded|oembed|tweet|tweets)$/iu;

/** Roles of page furniture. */
export const CHROME_ROLES =
  /^(?:navigation|complementary|banner|contentinfo|search|menu|menubar|dialog|alertdialog|toolbar|tablist|form)$/u;

/** Tags of page furniture: the view hides them whole. */
export const CHROME_TAGS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'label',
  'dialog',
  'menu',
  'svg',
  'map',
]);
