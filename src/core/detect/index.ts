// core/detect: is this page one news article? Runs on every page load, so it
// reads only metadata, attributes and the text of a bounded set of elements:
// no layout, no regex over the whole page's text.
//
//   metadata.ts  JSON-LD, og:type, generator, a stated publication time, microdata, the URL
//   shape.ts     from the page walk (core/page): the body, a dateline, a byline, a printed date
//   links.ts     headline links outside and standing alone inside the body, cart and pricing links
//   score.ts     each signal's name and weight; the squashed sum is the score
//
// On the load path the metadata is read first, and a page it decides is not
// walked; a walked page's costlier signals are read only while they can change the answer.

import { readMicrodataSteps, walkPage, walkPageSteps, type PageWalk } from '../page/walk.ts';
import { runSync, type Steps } from '../slice.ts';
import type { Detection } from '../types.ts';
import type { DetectFeatures, MetadataRead } from './features.ts';
import { metadataFeatures } from './metadata.ts';
import { decided, partialDetection, scoreFeatures, type KnownFeatures } from './score.ts';
import { bodySteps, detectFeaturesSteps, hasByline, LATE_SIGNALS, lateSignalSteps, linkLimits } from './shape.ts';

export type { DetectFeatures, MetaFeatures } from './features.ts';
export { decided, metadataScore, scoreFeatures, SHAPE_MAX, shapeMax } from './score.ts';

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
/** Signal of a walked page decided before all its signals were read (the rest could not change the answer). */
export const PARTLY_READ = 'partly-read';

export interface OnLoadDetection {
  detection: Detection;
  /** The page walk, shared with findArticle; null when the metadata decided the page unwalked. */
  walk: PageWalk | null;
}

/**
 * Detection on the load path, giving the same answer as detectNews. Metadata,
 * microdata and the URL are read first (native queries and a few elements).
 * When the best and the worst page shape would give the same answer (score.ts,
 * decided()), as on a site's front page or a page typed as a list, the page is
 * not walked: `walk` is then null, and the score is the metadata's alone. On a
 * walked page the body and the byline are read, then the other signals,
 * cheapest first, each only while it can still change the answer: a printed
 * date by the headline, a dateline (patterns the browser compiles on first
 * use), the links (hundreds of texts). The score then counts what was read.
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
  const early = decided(meta.features);
  if (early !== null) return { detection: partialDetection(meta.features, early, METADATA_ONLY), walk: null };
  yield;
  const walk = yield* walkPageSteps(doc, micro);
  const { body, root } = yield* bodySteps(doc, walk, meta);
  const limits = linkLimits(walk, root);
  let known: KnownFeatures = { ...meta.features, ...body, byline: hasByline(walk) };
  for (const which of LATE_SIGNALS) {
    const answer = decided(known, limits);
    if (answer !== null) return { detection: partialDetection(known, answer, PARTLY_READ), walk };
    yield;
    known = { ...known, ...(yield* lateSignalSteps(which, doc, url, walk, root)) };
  }
  return { detection: scoreFeatures(known as DetectFeatures), walk };
}
