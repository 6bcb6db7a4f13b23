import type { ArticleInfo, DateEvidence, Published } from './types.ts';

/** DOM side: collects metadata, <time> elements and visible date texts near the headline or byline. */
export function collectDateEvidence(doc: Document, article: ArticleInfo, url: string | null): DateEvidence {
  throw new Error(`collectDateEvidence: not implemented yet (${doc.title} ${article.paragraphs.length} ${url})`);
}

/** Text side: picks and parses the publication date from the evidence. */
export function resolvePublished(evidence: DateEvidence, lang: string | null): Published | null {
  throw new Error(`resolvePublished: not implemented yet (${evidence.candidates.length} ${lang})`);
}
