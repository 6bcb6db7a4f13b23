// The attribution rules, most precise first, as in sieve systems (Muzny et al. 2017):
// each candidate is credited by the first rule that answers. Rules of the first
// list read only the candidate's own sentence; those of the second also read
// the quotations credited before it. A candidate no rule credits is not reported.

import type { Attribution, Candidate, Credited, QuoteContext } from '../model.ts';
import { colonQuote, continuation, interrupted, sentenceAfter } from './carry.ts';
import { innerIncise, mentionCueQuote, quoteCueMention, sentenceCue, subjectlessCue, takenUp } from './cue.ts';
import { colonIntro, colonSubject, nextSentence, signed } from './intro.ts';

export interface LocalRule {
  name: string;
  run: (c: Candidate, q: QuoteContext) => Attribution | null;
}

export interface CarryRule {
  name: string;
  run: (c: Candidate, q: QuoteContext, done: readonly Credited[]) => Attribution | null;
}

export const LOCAL_RULES: readonly LocalRule[] = [
  { name: 'quote-cue-mention', run: quoteCueMention },
  { name: 'taken-up', run: takenUp },
  { name: 'mention-cue-quote', run: mentionCueQuote },
  { name: 'colon-subject', run: colonSubject },
  { name: 'sentence-cue', run: sentenceCue },
  { name: 'subjectless-cue', run: subjectlessCue },
  { name: 'inner-incise', run: innerIncise },
  { name: 'colon-intro', run: colonIntro },
  { name: 'signed', run: signed },
  { name: 'next-sentence', run: nextSentence },
];

export const CARRY_RULES: readonly CarryRule[] = [
  { name: 'interrupted', run: interrupted },
  { name: 'continuation', run: continuation },
  { name: 'colon-quote', run: colonQuote },
  { name: 'sentence-after', run: sentenceAfter },
];
