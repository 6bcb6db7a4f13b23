// Russian and Ukrainian give a role's complement in the genitive, with no
// linking word: "президент России Владимир Путин" is Владимир Путин, president
// of Russia. Passages written for this test.
import { describe, expect, it } from 'vitest';
import { q } from './helpers.ts';

const first = (paragraphs: string[], lang: string): [string | null, string | null] => {
  const [f] = q(paragraphs, lang);
  return [f?.speaker ?? null, f?.speakerRole ?? null];
};

describe('a role’s complement in the genitive (ru, uk)', () => {
  it('a country after the role completes it', () => {
    expect(
      first(['Президент России Владимир Путин заявил: «Мы не собираемся ничего менять в этом вопросе».'], 'ru'),
    ).toEqual(['Владимир Путин', 'Президент России']);
  });

  it('an acronym after the role completes it, and a three-word name stays whole', () => {
    expect(first(['Лидер КНДР Ким Чен Ын заявил: «Мы не собираемся ничего менять в этом вопросе».'], 'ru')).toEqual([
      'Ким Чен Ын',
      'Лидер КНДР',
    ]);
  });

  it('a patronymic keeps the three words one name', () => {
    expect(
      first(
        ['Вчера президент Владимир Владимирович Путин заявил: «Мы не собираемся ничего менять в этом вопросе».'],
        'ru',
      ),
    ).toEqual(['Владимир Владимирович Путин', 'президент']);
  });

  it('Ukrainian: a genitive after a lowercase role is left out of the name', () => {
    expect(
      first(['Міністр закордонних справ України Дмитро Кулеба заявив: «Ми не збираємося нічого змінювати».'], 'uk')[0],
    ).toBe('Дмитро Кулеба');
    expect(
      first(['У вівторок прем’єр-міністр Польщі Дональд Туск сказав: «Ми не збираємося нічого змінювати».'], 'uk')[0],
    ).toBe('Дональд Туск');
  });

  it('an adjective opening a body’s name is no complement', () => {
    const [speaker] = first(
      ['По мнению юристов, Большая Палата ВС заявила: «Решение было принято с нарушением процедуры».'],
      'ru',
    );
    expect(speaker).not.toBe('Палата ВС');
  });

  it('other languages keep a three-word name whole', () => {
    expect(first(['Maria Clara Souza disse: «Não vamos mudar nada nesta questão».'], 'pt')[0]).toBe(
      'Maria Clara Souza',
    );
  });
});
