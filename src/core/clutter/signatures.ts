// Signatures of share endpoints, social profiles and widget vendors. Generic:
// they name platforms and widget libraries, never the sites that use them.
import type { ClutterKind } from '../types.ts';

/** [rule name, href pattern] of sharing endpoints; rule becomes `share-link:<name>`. */
const SHARE_ENDPOINTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['facebook', /facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed|send))/u],
  ['twitter', /(?:twitter|x)\.com\/(?:intent\/|share\b|home\/?\?status)/u],
  ['telegram', /(?:\/\/|\.)(?:t|telegram)\.me\/share|tg:\/\/msg/u],
  ['whatsapp', /(?:\/\/|\.)wa\.me\/\?|whatsapp\.com\/send|whatsapp:\/\/send/u],
  ['vk', /vk\.com\/share\.php/u],
  ['ok', /(?:ok\.ru|odnoklassniki\.ru)\/(?:dk\?|offerpage|sharer)|connect\.ok\.ru/u],
  ['linkedin', /linkedin\.com\/(?:sharearticle|sharing\/share-offsite|cws\/share|share)/u],
  ['reddit', /reddit\.com\/submit/u],
  ['googleplus', /plus\.google\.com\/share/u],
  ['messenger', /fb-messenger:\/\/share|facebook\.com\/dialog\/send/u],
  ['pinterest', /pinterest\.[a-z.]+\/pin\/create/u],
  ['weibo', /weibo\.com\/share|service\.weibo\.com/u],
  ['line', /social-plugins\.line\.me|line\.me\/r\/msg|lineit\.line\.me|line\.naver\.jp\/r\/msg/u],
  ['viber', /viber:\/\/forward/u],
  ['qzone', /qzone\.qq\.com\/.*share|connect\.qq\.com\/widget\/shareqq/u],
  ['kakao', /(?:story\.kakao\.com|sharer\.kakao\.com)\/s/u],
  ['hatena', /b\.hatena\.ne\.jp\/(?:entry|add)/u],
  ['tumblr', /tumblr\.com\/(?:widgets\/)?share/u],
  ['mailru', /connect\.mail\.ru\/share|share\.yandex/u],
  ['pocket', /getpocket\.com\/(?:save|edit)/u],
  ['flipboard', /share\.flipboard\.com|flipboard\.com\/bookmarklet/u],
  ['hackernews', /news\.ycombinator\.com\/submitlink/u],
  ['mailto', /^mailto:[^?]*\?(?:.*&)?(?:subject|body)=/u],
];
const ANY_SHARE_ENDPOINT = new RegExp(SHARE_ENDPOINTS.map(([, r]) => r.source).join('|'), 'u');

/** The network a sharing link posts to, or null. */
export function shareEndpoint(href: string): string | null {
  const h = href.toLowerCase();
  if (!ANY_SHARE_ENDPOINT.test(h)) return null;
  for (const [name, re] of SHARE_ENDPOINTS) if (re.test(h)) return name;
  return null;
}

// A link to a publisher's own profile on a social network ("follow us"). On its
// own it is weak: a group needs two networks, or a follow-us word or class.
const PROFILE_HOST =
  /^(?:https?:)?\/\/(?:[\w-]+\.)?(facebook|fb|twitter|x|instagram|youtube|t|telegram|vk|ok|linkedin|tiktok|pinterest|snapchat|threads|whatsapp|line|weibo|dzen|zen\.yandex|soundcloud|bsky|tumblr|flipboard|news\.google|plus\.google|vimeo|twitch|wa|telegram\.dog|bilibili|douyin|xiaohongshu|naver|kakao)\.(?:com|me|ru|net|app|be|co|de|cn|jp|kr|dog)\b/u;

// App-store and feed links sit in the same "follow us" blocks.
const APP_OR_FEED =
  /(?:itunes|apps)\.apple\.com\/|play\.google\.com\/store|\.apk$|appgallery\.huawei|^(?:https?:\/\/[^/]+)?\/(?:rss|feeds?)(?:[/.?-]|$)/u;

export function profileNetwork(href: string): string | null {
  const h = href.toLowerCase();
  const m = PROFILE_HOST.exec(h);
  if (!m?.[1]) return APP_OR_FEED.test(h) ? (h.includes('rss') || h.includes('feed') ? 'feed' : 'app') : null;
  const net = m[1];
  // Same site as fb.com / twitter.com → one network each, so "two networks" means two.
  return net === 'fb' ? 'facebook' : net === 'x' ? 'twitter' : net === 'telegram' ? 't' : net;
}

/** [rule, kind, pattern over folded class+id] of widget libraries and comment platforms. */
const VENDORS: ReadonlyArray<readonly [string, ClutterKind, RegExp]> = [
  ['vendor:addthis', 'share', /addthis/u],
  ['vendor:sharethis', 'share', /sharethis|\bst-(?:inline|sticky)-share/u],
  ['vendor:addtoany', 'share', /addtoany|\ba2a/u],
  ['vendor:shariff', 'share', /shariff/u],
  ['vendor:heateor', 'share', /heateor/u],
  ['vendor:easy-social-share', 'share', /\bessb/u],
  ['vendor:jetpack', 'share', /sharedaddy|\bsd-(?:sharing|social)|jetpack-sharing/u],
  ['vendor:socialshareprivacy', 'share', /socialshareprivacy/u],
  ['vendor:shareaholic', 'share', /shareaholic/u],
  ['vendor:ssba', 'share', /\bssba\b/u],
  ['vendor:social-warfare', 'share', /\bswp[-_]social/u],
  ['vendor:mashshare', 'share', /mashsb/u],
  ['vendor:social-pug', 'share', /\bdpsp[-_]/u],
  ['vendor:fb-plugin', 'share', /\bfb[-_](?:like|share[-_]button|page|follow|send)\b/u],
  ['vendor:twitter-button', 'share', /\btwitter[-_](?:share|follow)[-_]button/u],
  ['vendor:vk-widget', 'share', /\bvk[-_](?:groups?|widget|like)\b|\bok[-_]group[-_]widget/u],
  ['comments:disqus', 'comments', /disqus/u],
  ['comments:facebook', 'comments', /\bfb[-_]?comments|fbcomments/u],
  ['comments:openweb', 'comments', /spot[-_]?im|openweb/u],
  ['comments:viafoura', 'comments', /viafoura|\bvf[-_]conversations/u],
  ['comments:coral', 'comments', /coral[-_](?:thread|talk|embed|stream)|coralproject/u],
  ['comments:vuukle', 'comments', /vuukle/u],
  ['comments:hyvor', 'comments', /hyvor/u],
  ['comments:commento', 'comments', /\bcommento\b/u],
  ['comments:insticator', 'comments', /insticator/u],
  ['comments:livefyre', 'comments', /livefyre|\bfyre\b/u],
  ['comments:gigya', 'comments', /gig[-_]comments|gigya/u],
  ['comments:giscus', 'comments', /giscus|utterances/u],
  ['comments:remark42', 'comments', /remark42/u],
  ['comments:cackle', 'comments', /cackle|\bmc[-_]container|hypercomments|tolstoycomments/u],
  ['comments:isso', 'comments', /isso[-_]thread/u],
  ['comments:graphcomment', 'comments', /graphcomment|talkyard/u],
];
const ANY_VENDOR = new RegExp(VENDORS.map(([, , r]) => r.source).join('|'), 'u');

/** A widget library or comment platform named by class/id (folded, lower case). */
export function vendorOf(names: string): readonly [string, ClutterKind] | null {
  if (!ANY_VENDOR.test(names)) return null;
  for (const [rule, kind, re] of VENDORS) if (re.test(names)) return [rule, kind];
  return null;
}

/** Frames of comment platforms and share/like buttons, by src. */
const FRAMES: ReadonlyArray<readonly [string, ClutterKind, RegExp]> = [
  ['comments:disqus', 'comments', /disqus\.com/u],
  ['comments:facebook', 'comments', /facebook\.com\/(?:v[\d.]+\/)?plugins\/(?:comments|feedback)/u],
  ['comments:openweb', 'comments', /spot\.im|openweb\.com/u],
  ['comments:viafoura', 'comments', /viafoura/u],
  ['comments:coral', 'comments', /coral|\/embed\/stream/u],
  ['comments:vuukle', 'comments', /vuukle/u],
  ['comments:hyvor', 'comments', /hyvor/u],
  ['comments:commento', 'comments', /commento/u],
  ['comments:insticator', 'comments', /insticator/u],
  ['comments:livefyre', 'comments', /livefyre/u],
  ['comments:gigya', 'comments', /gigya/u],
  ['comments:giscus', 'comments', /giscus\.app|utteranc\.es/u],
  ['comments:cackle', 'comments', /cackle|hypercomments/u],
  ['vendor:fb-plugin', 'share', /facebook\.com\/(?:v[\d.]+\/)?plugins\/(?:like|share_button|page|follow|likebox)/u],
  ['vendor:twitter-button', 'share', /platform\.twitter\.com\/widgets\/(?:tweet|follow)_button/u],
  ['vendor:vk-widget', 'share', /vk\.com\/widget_(?:like|community|share)/u],
  ['vendor:ok-widget', 'share', /connect\.ok\.ru|ok\.ru\/dk\?st\.cmd=widget/u],
  ['vendor:line-button', 'share', /social-plugins\.line\.me/u],
];

export function frameVendor(src: string): readonly [string, ClutterKind] | null {
  const s = src.toLowerCase();
  for (const [rule, kind, re] of FRAMES) if (re.test(s)) return [rule, kind];
  return null;
}

// Generic class/id names. Input is folded: camelCase split, lower case, so
// "socialOptionsTop" reads "social options top". \b-like bounds use [^a-z0-9].
const B = '(?:^|[^a-z0-9])';
const E = '(?![a-z])';
// `-?` in these sources means any separator or none ("short-url", "short_url", "shortUrl").
const names = (src: string): RegExp => new RegExp(src.replace(/-\?/gu, '[-_ ]?'), 'u');
/** [kind, rule, pattern] of generic widget names, checked in order. */
export const GENERIC_NAMES: ReadonlyArray<readonly [ClutterKind, string, RegExp]> = [
  [
    'comments',
    'comments:generic-id',
    names(
      `${B}(?:comment(?!ar|ator)|komment|koment|kommentar|disqus|discussion|respond${E}|replies${E}|talkback|reader-?reactions|foro${E}|forum${E})`,
    ),
  ],
  [
    'share',
    'share:generic-class',
    names(
      `${B}(?:share(?!d${E})|sharing|social|socials|sns${E}|soc${E}|redes${E}|follow|short-?url|(?:wx|weixin|wechat)-?(?:follow|qr)|short-?link|copy-?link|copy-?url|(?<!(?:hidden|visible|no|d)-)print(?![a-z]|-(?:none|only|block|hide|hidden|inline|flex))|(?<!also[-_ ]?)likes?${E}|like-?(?:count|total|btn|box)|views?-?count|counters${E})`,
    ),
  ],
  ['newsletter', 'newsletter:generic-class', names(`${B}(?:newsletter|nl-?signup|mailing-?list)`)],
  [
    'related',
    'related:generic-class',
    names(
      `${B}(?:related|relacionad|correlat|read-?(?:more|also)|more-?(?:news|stories|articles)|also-?read|(?:might|may)-?also-?like|see-?also|yarpp|jp-relatedposts|crp[-_]related|outbrain|taboola)`,
    ),
  ],
];

// All generic names in one regex, one capture group each: one regex test per element.
const ANY_GENERIC = new RegExp(GENERIC_NAMES.map(([, , re]) => `(${re.source})`).join('|'), 'u');

/** The kind and rule of a generic widget name (folded class + id), or null. */
export function genericOf(names: string): readonly [ClutterKind, string] | null {
  const m = ANY_GENERIC.exec(names);
  if (!m) return null;
  for (let i = 0; i < GENERIC_NAMES.length; i++) {
    const g = GENERIC_NAMES[i];
    if (g && m[i + 1] !== undefined) return [g[0], g[1]];
  }
  return null;
}

/** class + id, camelCase split and lower-cased, for the name patterns above. */
export function foldNames(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${id ?? ''} ${cls ?? ''}`.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
}
