// core/detect: is this page one news article? Runs on every page load, so it
// reads only metadata, attributes and the text of a bounded set of elements:
// no layout, no regex over the whole page's text.
//
//   metadata.ts    JSON-LD, og:type, generator, a stated publication time, microdata, the URL
//   paragraphs.ts  the body as its <p> elements show it (native reads, no walk)
//   shape.ts       the body, and from the page walk (core/page): a dateline, a byline, a printed date
//   links.ts       headline links outside and standing alone inside the body, cart and pricing links
//   score.ts       each signal's name and weight; the squashed sum is the score
//
// On the load path the head's metadata and the paragraphs are read first, then
// the microdata, and a page they decide is not walked; a walked page's costlier
// signals are read only while they can change the answer (detectOnLoad).

import { MAX_LINKS, readMicrodataSteps, walkPage, walkPageSteps, type PageWalk } from '../page/walk.ts';
import { runSync, type Steps } from '../slice.ts';
import type { Detection } from '../types.ts';
import type { DetectFeatures, MetadataRead } from './features.ts';
import { metadataFeatures, NO_MICRODATA, pageMetadata } from './metadata.ts';
import { isLongBody, LONG_PARAGRAPH_BODY, paragraphBody, type ParagraphBody } from './paragraphs.ts';
import { decided, partialDetection, scoreFeatures, type KnownFeatures } from './score.ts';
import {
  bodySteps,
  detectFeaturesSteps,
  hasByline,
  LATE_SIGNALS,
  lateSignalSteps,
  linkLimits,
  unwalkedLinkLimits,
} from './shape.ts';

export type { DetectFeatures, MetaFeatures } from './features.ts';
export { decided, metadataScore, scoreFeatures, SHAPE_MAX, shapeMax } from './score.ts';

/** Measures every signal of the page (exported for tuning scripts and tests). */
export function detectFeatures(
  doc: Document,
  url: string | null = null,
  walk: PageWalk = walkPage(doc),
  meta: MetadataRead = metadataFeatures(pageMetadata(doc, url), walk),
  pb: ParagraphBody = paragraphBody(doc),
): DetectFeatures {
  return runSync(detectFeaturesSteps(doc, url, walk, meta, pb));
}

/** Is this page a news article? Cheap enough to run on every page load. */
export function detectNews(doc: Document, url: string | null = null, walk?: PageWalk): Detection {
  return scoreFeatures(detectFeatures(doc, url, walk));
}

/** Signal of a page decided from its head, URL and paragraphs, before its microdata and without walking it. */
export const PARAGRAPHS_ONLY = 'paragraphs-only';
/** Signal of a page decided from its metadata and URL, without walking it. */
export const METADATA_ONLY = 'metadata-only';
/** Signal of a walked page decided before all its signals were read (the rest could not change the answer). */
export const PARTLY_READ = 'partly-read';

export interface OnLoadDetection {
  detection: Detection;
  /** The page walk, shared with findArticle; null when the page was decided unwalked. */
  walk: PageWalk | null;
}

/**
 * Detection on the load path, giving the same answer as detectNews, reading
 * as little as decides it (score.ts, decided(): the answer is fixed when the
 * best and the worst values of the signals not yet read give the same one):
 *
 * 1. The head's metadata and the URL, and, when a long body could make the
 *    page news, the paragraph body (one native collection of <p>, as
 *    Firefox's reader check reads a page). A head that makes the page news
 *    with any long body, whatever the rest, stops at the first parent holding
 *    one, as that check stops once it has seen enough. Else, with a long
 *    paragraph body, the microdata unread (at its lowest), and the links at
 *    the most they can count (shape.ts, unwalkedLinkLimits: the walk's count
 *    over the page's own link collections, cheapest first), a typed story is
 *    news here.
 * 2. The microdata (native queries): a page it decides (a site's front page, a
 *    page typed as a list) is not walked.
 * 3. The walk: the body (the paragraph body when long, else the candidate
 *    ranking) and the byline, then the other signals, cheapest first, each
 *    only while it can still change the answer: a printed date by the
 *    headline, a dateline (patterns the browser compiles on first use), the
 *    links (hundreds of texts). The score then counts what was read.
 */
export function detectOnLoad(doc: Document, url: string | null): OnLoadDetection {
  return runSync(detectOnLoadSteps(doc, url));
}

/**
 * detectOnLoad as a step function (core/slice): the content script runs it in
 * slices, the other callers whole; the same code either way. The head's
 * metadata, the paragraphs and the link bounds are steps of their own: run
 * cold, as on a page's load, each can take a few milliseconds.
 */
export function* detectOnLoadSteps(doc: Document, url: string | null): Steps<OnLoadDetection> {
  const page = pageMetadata(doc, url);
  const unread = metadataFeatures(page, NO_MICRODATA).features;
  // The paragraphs come first only when a long body could make the page news before its
  // microdata is read (at best: no links, the walk's other signals at their worst).
  let pb: ParagraphBody | null = null;
  const longBodyCouldDecide =
    decided({ ...unread, bodyChars: Infinity, bodyParagraphs: Infinity }, { headlineLinks: 0, listLinks: 0 }) === true;
  if (longBodyCouldDecide) {
    // A head that makes the page news with any long body, whatever its links and the rest of the
    // walk: the first parent to hold one decides (a full read can only find a longer body).
    const anyLongBodyDecides = decided({ ...unread, bodyChars: LONG_PARAGRAPH_BODY, bodyParagraphs: 0 }) === true;
    yield;
    pb = paragraphBody(doc, anyLongBodyDecides);
    // (Only the head's signals are reported: the body read may be a part of the page's.)
    if (anyLongBodyDecides && isLongBody(pb))
      return { detection: partialDetection(unread, true, PARAGRAPHS_ONLY), walk: null };
  }
  if (pb && isLongBody(pb) && pb.root && doc.body) {
    yield;
    const known: KnownFeatures = { ...unread, bodyChars: pb.chars, bodyParagraphs: pb.paragraphs };
    const links = Math.min(MAX_LINKS, doc.body.getElementsByTagName('a').length);
    for (const limits of unwalkedLinkLimits(doc, url, pb.root, links))
      if (decided(known, limits) === true)
        return { detection: partialDetection(known, true, PARAGRAPHS_ONLY), walk: null };
  }
  yield;
  const micro = yield* readMicrodataSteps(doc);
  const meta = metadataFeatures(page, micro);
  const early = decided(meta.features);
  if (early !== null) return { detection: partialDetection(meta.features, early, METADATA_ONLY), walk: null };
  yield;
  const walk = yield* walkPageSteps(doc, micro);
  const { body, root } = yield* bodySteps(doc, walk, meta, pb ?? paragraphBody(doc));
  const limits = linkLimits(walk.links.length, root);
  let known: KnownFeatures = { ...meta.features, ...body, byline: hasByline(walk) };
  for (const which of LATE_SIGNALS) {
    const answer = decided(known, limits);
    if (answer !== null) return { detection: partialDetection(known, answer, PARTLY_READ), walk };
    yield;
    known = { ...known, ...(yield* lateSignalSteps(which, doc, url, walk, root)) };
  }
  return { detection: scoreFeatures(known as DetectFeatures), walk };
}
