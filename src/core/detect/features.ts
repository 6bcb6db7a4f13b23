// What detection measures of a page: every signal it weighs (detect/score.ts),
// read from the metadata (detect/metadata.ts) and from the page walk
// (detect/shape.ts, detect/links.ts).

export interface DetectFeatures {
  ld: string | null;
  ldNegative: string | null;
  /** JSON-LD VideoObject (counts against only when no article type is given). */
  ldVideo: boolean;
  /** og:type of a page that is not an article (product, video.other, profile…), else null. */
  ogNegative: string | null;
  /** A wiki, docs or forum platform named by meta name=generator, else null. */
  generator: string | null;
  /** A shop platform named by meta name=generator (counts as a cart link). */
  shopGenerator: boolean;
  /** schema.org NewsArticle microdata (itemtype): says the same as JSON-LD. */
  microdata: boolean;
  ogArticle: boolean;
  ogWebsite: boolean;
  published: boolean;
  articleBody: boolean;
  bodyParagraphs: number;
  bodyChars: number;
  dateline: boolean;
  byline: boolean;
  urlDate: boolean;
  urlId: boolean;
  urlRoot: boolean;
  urlList: boolean;
  /** The kind of page the URL path names (wiki, docs, forum, product, blog, video), else null. */
  urlKind: string | null;
  headlineLinks: number;
  /** Headline links inside the body that stand alone (not in a sentence): a list of results, not an article. */
  listLinks: number;
  /** A date printed next to the headline (the visible counterpart of a published-time meta). */
  visibleDate: boolean;
  /** Links to the site's own cart or checkout (a shop), or to its /pricing page (a company selling a product). */
  shopLinks: 'cart' | 'pricing' | null;
}

/** The signals read without walking the page. */
export type MetaFeatures = Pick<
  DetectFeatures,
  | 'ld'
  | 'ldNegative'
  | 'ldVideo'
  | 'ogNegative'
  | 'generator'
  | 'shopGenerator'
  | 'microdata'
  | 'ogArticle'
  | 'ogWebsite'
  | 'published'
  | 'articleBody'
  | 'urlDate'
  | 'urlId'
  | 'urlRoot'
  | 'urlList'
  | 'urlKind'
>;

/** The signals read by the page walk. */
export type ShapeFeatures = Omit<DetectFeatures, keyof MetaFeatures>;

/** The metadata's signals, and the itemprop=articleBody element (for the body's length). */
export interface MetadataRead {
  features: MetaFeatures;
  bodyEl: Element | null;
}
