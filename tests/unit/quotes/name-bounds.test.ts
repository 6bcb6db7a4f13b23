// Where a name read beside a cue begins and ends. Passages written for this test.
import { describe, expect, it } from 'vitest';
import { who } from './helpers.ts';

describe('the bounds of a name read beside a cue', () => {
  it('a name never runs across a quotation mark', () => {
    expect(
      who(['"We will keep the plant open until the end of the year, as we promised Ford Motor" Smith said.'], 'en'),
    ).toEqual(['Smith']);
    expect(who(['"Minibars lose money, even when they charge $10 for a Diet Coke,” Sharon said.'], 'en')).toEqual([
      'Sharon',
    ]);
  });
});

describe('the bounds of a name the article mentions', () => {
  it('a word that is never a name ends a name run (a headline in title case)', () => {
    expect(
      who(
        [
          'Senator Joe Harmon Has Skipped Most Budget Hearings',
          'Joe Harmon, a senator from Ohio, was asked about it on Sunday.',
          '“I read the papers when I need them. I don’t have to sit in every hearing,” the senator said.',
        ],
        'en',
      ),
    ).toEqual(['Joe Harmon']);
  });

  it('a particle inside a name is no such word (Bruno Le Maire)', () => {
    expect(
      who(
        [
          'Le ministre de l’Économie Bruno Le Maire a visité l’usine lundi.',
          '« Nous tiendrons nos engagements », a-t-il déclaré.',
        ],
        'fr',
      ),
    ).toEqual(['Bruno Le Maire']);
  });
});
