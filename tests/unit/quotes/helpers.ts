// What the quote tests ask of findQuotes, written once: the quotes of some
// paragraphs, their speakers, and the first quote's speaker and role; and how
// the passage tests compare the speakers found with the ones expected.
import { findQuotes } from '../../../src/core/quotes/index.ts';

/** The quotes found in these paragraphs (and headline and standfirst). */
export const q = (
  paragraphs: string[],
  lang: string | null,
  headline: string | null = null,
  standfirst: string | null = null,
) => findQuotes({ paragraphs, headline, standfirst, lang });

/** The speaker of each quote found, in order (null for a quote credited to nobody). */
export const who = (
  paragraphs: string[],
  lang: string | null,
  headline: string | null = null,
  standfirst: string | null = null,
) => q(paragraphs, lang, headline, standfirst).map((f) => f.speaker);

/** The first quote's speaker and role in one paragraph, each null when there is none. */
export const firstSpeaker = (paragraph: string, lang: string): [string | null, string | null] => {
  const [f] = q([paragraph], lang);
  return [f?.speaker ?? null, f?.speakerRole ?? null];
};

/** The speaker of each quote found in a passage, ∅ for a quote credited to nobody. */
export const speakers = (paragraphs: string[], lang: string): string[] => who(paragraphs, lang).map((s) => s ?? '∅');

/** Speakers found against speakers expected: the found one contains the expected one (or one of "a|b"). */
export const matches = (got: string[], want: string[]): boolean =>
  got.length === want.length && got.every((g, i) => (want[i] ?? '\u0000').split('|').some((w) => g.includes(w)));
