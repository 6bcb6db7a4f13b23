// Where a name read beside a cue begins and ends. Passages written for this test.
import { describe, expect, it } from 'vitest';
import { q, who } from './helpers.ts';

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

describe('a name that closes the description after a cue', () => {
  it('reads the name after a description of several words, and keeps the description as the role', () => {
    const en = q(
      ['"These two teams are the biggest threat," said NBC commentator and three-time NBA champion Dwyane Wade.'],
      'en',
    );
    expect(en.map((f) => [f.speaker, f.speakerRole])).toEqual([
      ['Dwyane Wade', 'NBC commentator and three-time NBA champion'],
    ]);
    const de = q(
      ['„Diese beiden Teams sind die größte Gefahr“, sagte NBC-Kommentator und dreifacher NBA-Champion Dwyane Wade.'],
      'de',
    );
    expect(de.map((f) => f.speaker)).toEqual(['Dwyane Wade']);
  });

  it('an adverbial may follow the name, and a particle stays in it', () => {
    expect(
      who(['„Wir sind vorbereitet“, sagte NBC-Kommentator und dreifacher NBA-Champion Dwyane Wade am Samstag.'], 'de'),
    ).toEqual(['Dwyane Wade']);
    expect(who(['"We are ready," said former world champion and coach Maria van der Berg on Monday.'], 'en')).toEqual([
      'Maria van der Berg',
    ]);
  });

  it('not across an article inside the phrase (the addressee), nor across a verb', () => {
    expect(
      who(['„Die Lage ist angespannt“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.'], 'de'),
    ).not.toContain('Deutschen Presse-Agentur');
    expect(
      q(['Según ha contado Javier Imbroda, atravesó la enfermedad "en la primera quincena de marzo".'], 'es').map(
        (f) => f.speakerRole,
      ),
    ).not.toContain('ha contado');
  });
});
