import type { Quote } from './types.ts';

export interface QuoteInput {
  paragraphs: readonly string[];
  headline: string | null;
  standfirst: string | null;
  lang: string | null;
}

/** Direct quotations with their speakers, in reading order. */
export function findQuotes(input: QuoteInput): Quote[] {
  throw new Error(`findQuotes: not implemented yet (${input.paragraphs.length})`);
}
