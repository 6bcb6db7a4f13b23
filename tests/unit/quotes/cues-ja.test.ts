// Japanese speech verbs after と (core/lang/ja.ts): an apology, an answer or a
// recollection reports the words before it as much as と述べた does.
import { describe, expect, it } from 'vitest';
import { q } from './helpers.ts';

const quotes = (paragraphs: string[]) => q(paragraphs, 'ja').map((f) => [f.text, f.speaker]);

describe('Japanese speech verbs', () => {
  it('find the quotation before と謝罪, と答えた and と振り返った, with its speaker', () => {
    expect(quotes(['山田太郎社長が「ご迷惑をおかけし、深くおわび申し上げます」と謝罪。'])).toEqual([
      ['ご迷惑をおかけし、深くおわび申し上げます', '山田太郎'],
    ]);
    expect(quotes(['佐藤花子氏は「来年も同じ水準を目指したい」と答えた。'])[0]?.[0]).toBe('来年も同じ水準を目指したい');
    expect(quotes(['鈴木一郎監督は「苦しい一年だった」と振り返った。'])[0]?.[0]).toBe('苦しい一年だった');
  });
});
