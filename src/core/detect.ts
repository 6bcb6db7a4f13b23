import type { Detection } from './types.ts';

/** Is this page a news article? Cheap enough to run on every page load. */
export function detectNews(doc: Document, url: string | null = null): Detection {
  throw new Error(`detectNews: not implemented yet (${doc.title} ${url})`);
}
