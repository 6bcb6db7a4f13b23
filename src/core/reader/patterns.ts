// Named patterns of the reading view (the Readability habit: every pattern in
// one place, each with why). Class and id words only: markup names, the same
// in every language, so no language data lives here.

/**
 * Class/id parts of page furniture that is never the story: ads, share and
 * comment widgets, related and most-read lists, newsletter and paywall boxes,
 * cookie bars, navigation. Matched against the `-`/`_`/camelCase parts of one
 * class token, so "head" is not "ad". Sites name their ad slots in their own
 * language too (publicidad, werbung, reklama).
 */
export const CHROME_WORDS =
  /^(?:ad|ads|adv|advert|adverts|advertisement|advertising|advertorial|adslot|adunit|adsbygoogle|dfp|gpt|publicidad|publicidade|publicite|pubblicita|werbung|anzeige|anzeigen|reklama|reklam|iklan|sponsor|sponsored|sponsors|promo|promos|promoted|promotion|comments?|commentaires?|kommentare|comentarios|disqus|discussion|share|shares|sharing|sharebar|sharer|sharethis|addthis|socials?|sociallinks|related|relacionad[oa]s?|recommend|recommended|recommendations?|recirc|recirculation|outbrain|taboola|zergnet|newsletters?|subscribe|subscription|subscriptions|signup|paywall|regwall|cookie|cookies|consent|gdpr|breadcrumbs?|navbar|navigation|nav|menu|submenu|toolbar|tags|taglist|tagcloud|mostread|mostpopular|trending|readmore|alsoread|seealso|pagination|pager|login|signin|modal|popup|overlay|lightbox|skiplink|jumplink|follow|rating|ratings|reactions|bio|authorbio|cta)$/iu;

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

/** Class/id tokens that state a condition rather than name a part ("has-sidebar", "is-sticky", "no-ads"). */
export const STATE_TOKEN =
  /^(?:is|has|js|no|with|without|not|show|hide|can)[-_]|[-_](?:on|off|enabled|disabled|active|open|opened|visible|hidden|loaded|parent|ready|init)$/iu;

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
export const EMBED_CLASS =
  /(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-card|bluesky-embed)/iu;

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
