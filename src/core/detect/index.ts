// core/detect: is this page one news article? Runs on every page load, so it
// reads only metadata, attributes and the text of a bounded set of elements:
// no layout, no regex over the whole page's text.
//
//   metadata.ts  JSON-LD, og:type, generator, a stated publication time, microdata, the URL
//   shape.ts     from the page walk (core/page): the body, a dateline, a byline, a printed date
//   links.ts     headline links outside and standing alone inside the body, cart and pricing links
//   score.ts     each signal's name and weight; the squashed sum is the score
//
// On the load path the metadata is read first, and a page it rules out is not walked.

import { readMicrodataSteps, walkPage, walkPageSteps, type PageWalk } from '../page/walk.ts';
import { runSync, type Steps } from '../slice.ts';
import type { Detection } from '../types.ts';
import type { DetectFeatures, MetadataRead } from './features.ts';
import { metadataFeatures } from './metadata.ts';
import { metadataScore, probability, scoreFeatures } from './score.ts';
import { detectFeaturesSteps } from './shape.ts';

export type { DetectFeatures, MetaFeatures } from './features.ts';
export { metadataScore, scoreFeatures, SHAPE_MAX, shapeMax } from './score.ts';

/** Measures every signal of the page (exported for tuning scripts and tests). */
export function detectFeatures(
  doc: Document,
  url: string | null = null,
  walk: PageWalk = walkPage(doc),
  meta: MetadataRead = metadataFeatures(doc, url, walk),
): DetectFeatures {
  return runSync(detectFeaturesSteps(doc, url, walk, meta));
}

/** Is this page a news article? Cheap enough to run on every page load. */
export function detectNews(doc: Document, url: string | null = null, walk?: PageWalk): Detection {
  return scoreFeatures(detectFeatures(doc, url, walk));
}

/** Signal of a page decided from its metadata and URL, without walking it. */
export const METADATA_ONLY = 'metadata-only';

export interface OnLoadDetection {
  detection: Detection;
  /** The page walk, shared with findArticle; null when the metadata ruled the page out unwalked. */
  walk: PageWalk | null;
}

/**
 * Detection on the load path, giving the same answer as detectNews. Metadata,
 * microdata and the URL are read first (native queries and a few elements).
 * When even the best page shape (SHAPE_MAX) could not lift the score to news,
 * as on a site's front page or a page typed as a list, the page is not walked:
 * `walk` is then null, and the score is the metadata's alone.
 */
export function detectOnLoad(doc: Document, url: string | null): OnLoadDetection {
  return runSync(detectOnLoadSteps(doc, url));
}

/**
 * detectOnLoad as a step function (core/slice): the content script runs it in
 * slices, the other callers whole; the same code either way.
 */
export function* detectOnLoadSteps(doc: Document, url: string | null): Steps<OnLoadDetection> {
  const micro = yield* readMicrodataSteps(doc);
  const meta = metadataFeatures(doc, url, micro);
  const quick = metadataScore(meta.features);
  if (quick.ruledOut) {
    const score = Math.round(probability(quick.sum) * 1000) / 1000;
    return { detection: { isNews: false, score, signals: [...quick.signals, METADATA_ONLY] }, walk: null };
  }
  yield;
  const walk = yield* walkPageSteps(doc, micro);
  const features = yield* detectFeaturesSteps(doc, url, walk, meta);
  return { detection: scoreFeatures(features), walk };
}
