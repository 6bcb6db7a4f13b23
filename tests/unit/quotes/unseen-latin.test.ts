// Speakers on news pages no rule was tuned for, in Latin-script languages: the error classes seen
// on unlabelled pages, each with passages written for the test in the same style.
import { describe, expect, it } from 'vitest';
import { who as speakers } from './helpers.ts';

const who = (p: string, lang: string) => speakers([p], lang);

describe('an adverb between the verb and the subject after it', () => {
  it('French ainsi, donc, quant à lui / elle', () => {
    expect(who('« Les prix ont doublé en un an », rappelle ainsi Olivier Marchand, boulanger.', 'fr')).toEqual([
      'Olivier Marchand',
    ]);
    expect(who('« Nous ne céderons pas », insiste quant à lui Ivan Morel.', 'fr')).toEqual(['Ivan Morel']);
    expect(who('« On commence à peine à comprendre », résume quant à elle Lucie Gaillard.', 'fr')).toEqual([
      'Lucie Gaillard',
    ]);
  });

  it('Spanish en cambio, Italian in lacrime, Portuguese por sua vez, German dazu', () => {
    expect(who('“Es un récord poco fiable”, opina en cambio Sergi Gómez, meteorólogo.', 'es')).toEqual(['Sergi Gómez']);
    expect(who('"Non riesco a dimenticarlo", racconta in lacrime Linda Neri.', 'it')).toEqual(['Linda Neri']);
    expect(who('“Ninguém nos avisou de nada”, afirma por sua vez Rita Fonseca.', 'pt')).toEqual(['Rita Fonseca']);
    expect(who('„Wir sind zufrieden mit dem Ergebnis“, sagt dazu Enrique Montero.', 'de')).toEqual(['Enrique Montero']);
  });
});
