import type { Dateline } from './types.ts';

/** The dateline that opens the story body, or null. Never invents one. */
export function findDateline(paragraphs: readonly string[], lang: string | null): Dateline | null {
  throw new Error(`findDateline: not implemented yet (${paragraphs.length} ${lang})`);
}
