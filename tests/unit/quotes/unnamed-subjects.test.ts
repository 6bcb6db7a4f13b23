// A subject after the cue that names nobody ("said someone at the meeting", "dijo otra persona",
// "sagte jemand"): the quotation is someone unnamed's, not the person or body the text is about.
// An indefinite article before a role ("dijo un vecino") opens a description, never someone named
// before. Passages written for the test.
import { describe, expect, it } from 'vitest';
import { who } from './helpers.ts';

describe('unnamed subjects after a cue', () => {
  it('credits nobody for an indefinite pronoun or "one person" after the verb', () => {
    const lead = 'The Harbour View hotel group wants to build a marina.';
    expect(who([lead, '"It is far too big for a small lake," said one person at the hearing.'], 'en')).toEqual([null]);
    expect(who([lead, '"It is far too big for a small lake," said another person.'], 'en')).toEqual([null]);
    expect(who([lead, '"It is far too big for a small lake," said someone in the audience.'], 'en')).toEqual([null]);
    expect(
      who(
        [
          'Die Hotelgruppe Seeblick will einen Hafen bauen.',
          '„Das ist viel zu groß für den See“, sagte jemand im Saal.',
        ],
        'de',
      ),
    ).toEqual([null]);
    expect(
      who(
        [
          'El grupo Hoteles Lago quiere construir un puerto.',
          '"Es demasiado grande para este lago", dijo otra persona.',
        ],
        'es',
      ),
    ).toEqual([null]);
    expect(
      who(
        ['O grupo Hotéis Lago quer construir um porto.', '"É grande demais para este lago", disse outra pessoa.'],
        'pt',
      ),
    ).toEqual([null]);
    expect(
      who(
        [
          'Claire Martin a présenté le projet.',
          '« C’est bien trop grand pour ce lac », a ajouté un élu de la majorité.',
        ],
        'fr',
      ),
    ).not.toEqual(['Claire Martin']);
  });

  it('prints an indefinite description rather than crediting the one in focus', () => {
    expect(
      who(
        ['El grupo Hoteles Lago quiere construir un puerto.', '"Es demasiado grande para este lago", dijo un vecino.'],
        'es',
      ),
    ).toEqual(['un vecino']);
    expect(
      who(
        ['Il gruppo Hotel Lago vuole costruire un porto.', '"È troppo grande per questo lago", ha detto un residente.'],
        'it',
      ),
    ).toEqual(['un residente']);
  });

  it('keeps a name set off after the description, and a named subject', () => {
    expect(who(['"We were never asked," said a neighbour, Tom Reilly.'], 'en')).toEqual(['Tom Reilly']);
    expect(who(['"We were never asked," said Tom Reilly.'], 'en')).toEqual(['Tom Reilly']);
  });
});
