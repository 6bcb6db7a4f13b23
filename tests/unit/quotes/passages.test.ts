// Attribution on passages written for this test (not taken from any page), in
// the languages the popup serves besides Arabic (tests/unit/quotes/
// arabic-passages.test.ts): a role after the cue with the name set off by
// commas, Russian «…», — заявил, reflexive French verbs, Chinese and Japanese
// roles beside the name. Each passage lists the speakers expected for its
// quotations, in order; a speaker matches when it contains the expected name.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/index.ts';

type Case = [lang: string, paragraphs: string[], speakers: string[]];

const CASES: Case[] = [
  ['ru', ['«Мы не допустим повторения этой трагедии», — заявил мэр города Андрей Соколов.'], ['Андрей Соколов']],
  [
    'ru',
    ['Министр финансов Антон Силуанов сообщил журналистам: «Бюджет будет исполнен в полном объеме».'],
    ['Антон Силуанов'],
  ],
  [
    'ru',
    [
      'Пресс-секретарь президента Дмитрий Песков отказался от комментариев.',
      '«Мы не будем обсуждать слухи», — сказал он.',
    ],
    ['Дмитрий Песков'],
  ],
  [
    'ru',
    [
      '«Ситуация остается напряженной», — отметила глава ведомства Елена Морозова.',
      '«Мы работаем круглосуточно», — добавила она.',
    ],
    ['Елена Морозова', 'Елена Морозова'],
  ],
  ['zh', ['外交部发言人汪文斌在例行记者会上表示：“中方坚决反对任何形式的单边制裁。”'], ['汪文斌']],
  ['zh', ['国家统计局新闻发言人付凌晖说：“国民经济总体保持恢复态势。”'], ['付凌晖']],
  ['zh', ['一位不愿透露姓名的业内人士告诉记者：“今年的市场形势比预期更加困难。”'], ['业内人士']],
  ['zh', ['华为创始人任正非在接受采访时表示，“我们不会放弃对基础研究的投入”。'], ['任正非']],
  [
    'fr',
    ['« Nous ne céderons pas », a affirmé le Premier ministre, Michel Barnier, devant les députés.'],
    ['Michel Barnier'],
  ],
  [
    'fr',
    ['La maire de Paris, Anne Hidalgo, a estimé que « la ville doit rester accessible à tous ».'],
    ['Anne Hidalgo'],
  ],
  ['fr', ['Selon le procureur de la République, Rémy Heitz, « l’enquête se poursuit activement ».'], ['Rémy Heitz']],
  [
    'fr',
    [
      '« C’est une journée historique », s’est réjoui le président du club, Jean-Michel Aulas.',
      '« Nous avons attendu ce moment pendant des années », a-t-il ajouté.',
    ],
    ['Jean-Michel Aulas', 'Jean-Michel Aulas'],
  ],
  [
    'es',
    ['“No vamos a dar ni un paso atrás”, aseguró la ministra de Trabajo, Yolanda Díaz, en rueda de prensa.'],
    ['Yolanda Díaz'],
  ],
  [
    'es',
    ['El alcalde de Madrid, José Luis Martínez-Almeida, afirmó que “la ciudad está preparada para la nevada”.'],
    ['José Luis Martínez-Almeida'],
  ],
  ['es', ['Según el portavoz de la Policía, Carlos Ruiz, “los detenidos tienen antecedentes”.'], ['Carlos Ruiz']],
  [
    'es',
    [
      'La presidenta de la Comunidad, Isabel Díaz Ayuso, criticó la medida.',
      '“Es un ataque a la libertad de los madrileños”, dijo.',
    ],
    ['Isabel Díaz Ayuso'],
  ],
  [
    'de',
    ['„Wir werden alles tun, um die Arbeitsplätze zu sichern“, sagte Wirtschaftsminister Robert Habeck am Montag.'],
    ['Robert Habeck'],
  ],
  ['de', ['Bundeskanzler Olaf Scholz erklärte: „Die Lage ist ernst, aber beherrschbar.“'], ['Olaf Scholz']],
  [
    'de',
    ['Die Sprecherin der Polizei, Anna Müller, betonte, „die Ermittlungen laufen auf Hochtouren“.'],
    ['Anna Müller'],
  ],
  [
    'de',
    [
      '„Das ist ein schwarzer Tag für den Verein“, sagte Trainer Thomas Tuchel.',
      '„Wir müssen jetzt zusammenhalten“, fügte er hinzu.',
    ],
    ['Thomas Tuchel', 'Thomas Tuchel'],
  ],
  ['en', ['"We are not going to back down," Governor Gavin Newsom told reporters on Tuesday.'], ['Gavin Newsom']],
  [
    'en',
    ['Dr. Anthony Fauci, the nation\'s top infectious disease expert, warned that "the worst may be yet to come."'],
    ['Anthony Fauci'],
  ],
  [
    'en',
    ['"It was terrifying," said Maria Lopez, 34, who lives near the plant. "The whole house shook."'],
    ['Maria Lopez', 'Maria Lopez'],
  ],
  [
    'en',
    [
      'A spokesperson for Apple declined to comment. Tim Cook, the company\'s chief executive, said in a memo: "We will get through this together."',
    ],
    ['Tim Cook'],
  ],
];

const speakers = (lang: string, paragraphs: string[]): string[] =>
  findQuotes({ paragraphs, headline: null, standfirst: null, lang }).map((f) => f.speaker ?? '∅');

describe('attribution on written passages', () => {
  for (const [i, [lang, paragraphs, want]] of CASES.entries()) {
    it(`${i + 1} (${lang}): ${want.join(' / ')}`, () =>
      expect(speakers(lang, paragraphs)).toSatisfy(
        (got: string[]) => got.length === want.length && got.every((g, k) => g.includes(want[k] ?? '\u0000')),
      ));
  }
});
