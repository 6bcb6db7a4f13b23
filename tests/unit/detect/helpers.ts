// What the detection tests start from, written once.
import type { MetaFeatures } from '../../../src/core/detect/index.ts';

/** Metadata that says nothing: no JSON-LD, meta tag, microdata or URL signal. */
export const NO_METADATA: MetaFeatures = {
  ld: null,
  ldNegative: null,
  ldVideo: false,
  ogNegative: null,
  generator: null,
  shopGenerator: false,
  microdata: false,
  ogArticle: false,
  ogWebsite: false,
  published: false,
  articleBody: false,
  urlDate: false,
  urlId: false,
  urlRoot: false,
  urlList: false,
  urlKind: null,
};
