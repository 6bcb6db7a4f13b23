// A sentence that opens with a function word (an interrogative, an adverb, a
// numeral) capitalizes it; followed by a name or a capitalized noun, the two
// must not be read as one person's name. Passages written for this test.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/quotes/lexicon.ts';
import { LANGS } from '../../../src/core/lang/index.ts';
import { speakers } from './helpers.ts';

describe('function words that open a sentence are not names', () => {
  it('German: a numeral before a plural noun is not a name ("Elf Tage nach …")', () => {
    expect(
      speakers(
        [
          'Elf Tage nach seiner Niederlage in Melbourne hat Jana Keller das Turnier in Lyon gewonnen.',
          '„Ich habe heute sehr konzentriert gespielt“, sagte sie nach dem Finale.',
        ],
        'de',
      ),
    ).not.toContain('Elf Tage');
  });

  it('German: an interrogative before a first name is not part of it ("Wer Anna …")', () => {
    expect(
      speakers(
        [
          'Wer Anna Berger auf ihren Reisen begleitet, lernt schnell ihre Geduld kennen.',
          '„Man muss den Menschen zuerst zuhören“, erklärt Berger.',
        ],
        'de',
      ),
    ).toEqual(['Anna Berger']);
  });

  it('French: a sentence adverb is not a speaker ("Évidemment, …")', () => {
    expect(
      speakers(
        [
          'La juge Claire Moreau a refusé la demande de la défense.',
          'Évidemment, la décision a surpris les proches, qui dénoncent « une sanction beaucoup trop lourde pour un étudiant ».',
        ],
        'fr',
      ),
    ).not.toContain('Évidemment');
  });

  it("reads the words with either apostrophe, capitalized (You’ve, You've)", () => {
    const lex = lexiconFor(LANGS.filter((m) => m.code === 'en'));
    expect(lex.notName('You’ve')).toBe(true);
    expect(lex.notName("You've")).toBe(true);
    expect(lex.notName('Why')).toBe(true);
    // Words that are also names stay names (Will Smith, Grainia Long).
    expect(lex.notName('Will')).toBe(false);
    expect(lex.notName('Long')).toBe(false);
  });
});
