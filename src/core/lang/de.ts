import type { Agency, ClutterWords, DateWords, SpeechWords } from './types.ts';

export const code = 'de';
export const dir = 'ltr';

export const clutter: ClutterWords = {
  share: [],
  copyLink: [],
  followUs: [],
  print: [],
  comments: [],
  related: [],
  newsletter: [],
};

export const speech: SpeechWords = {
  quotePairs: [],
  verbs: [],
};

export const dates: DateWords = {
  months: [],
};

export const agencies: Agency[] = [];
