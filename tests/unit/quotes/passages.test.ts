// Attribution on passages written for this test (not taken from any page), in
// the languages the popup serves besides Arabic (tests/unit/quotes/
// arabic-passages.test.ts): a role after the cue with the name set off by
// commas, Russian «…», — заявил, reflexive French verbs, Chinese and Japanese
// roles beside the name. Each passage lists the speakers expected for its
// quotations, in order; a speaker matches when it contains the expected name.
import { describe, expect, it } from 'vitest';
import { matches, speakers } from './helpers.ts';

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
  // Speakers taking turns, pronouns and roles across paragraphs; a role named only after the quotation.
  [
    'en',
    ['"We will not raise taxes," said Finance Minister Sarah Collins. "Not this year, not next year."'],
    ['Sarah Collins', 'Sarah Collins'],
  ],
  [
    'en',
    [
      'Opposition leader Tom Reed disagreed. "The numbers simply do not add up," he said.',
      '"That is nonsense," Collins replied. "Our plan is fully costed."',
    ],
    ['Tom Reed', 'Collins', 'Collins'],
  ],
  [
    'en',
    [
      'Finance Minister Sarah Collins presented the budget on Tuesday.',
      'Opposition leader Tom Reed disagreed. "The numbers simply do not add up," he said.',
      '"That is nonsense," Collins replied. "Our plan is fully costed."',
    ],
    ['Tom Reed', 'Sarah Collins', 'Sarah Collins'],
  ],
  [
    'en',
    [
      'Dr. Priya Nair, who leads the study at Oxford, said the results were encouraging.',
      '"We saw a clear drop in infections," she said, adding that more work was needed.',
      'Her colleague, James Whitfield, was more cautious. "It is far too early to celebrate," he said.',
    ],
    ['Priya Nair', 'James Whitfield'],
  ],
  [
    'en',
    [
      '"I have never seen anything like it," said Mary Ellis, 72, a retired teacher.',
      'Her neighbor, Joe Park, agreed. "The water came up so fast," he said. "We barely got out."',
    ],
    ['Mary Ellis', 'Joe Park', 'Joe Park'],
  ],
  [
    'en',
    [
      'The mayor, Linda Grant, defended the decision. "We had no choice," Grant told reporters.',
      'Council member Raj Patel called it "a disaster for small businesses."',
    ],
    ['Linda Grant', 'Raj Patel'],
  ],
  ['en', ['In a statement, the Department of Justice said it "will pursue every lead."'], ['Department of Justice']],
  [
    'en',
    [
      '"This is a historic day," the president said at the signing ceremony, flanked by Vice President Kamala Harris.',
      'President Joe Biden had pushed for the bill for months.',
    ],
    ['Joe Biden'],
  ],
  [
    'es',
    [
      'La ministra de Sanidad, Carolina Darias, compareció ayer en el Congreso.',
      '“La situación está mejorando, pero no podemos bajar la guardia”, afirmó.',
      'Preguntada por las vacunas, explicó que “llegarán más dosis la próxima semana”.',
    ],
    ['Carolina Darias', 'Carolina Darias'],
  ],
  [
    'es',
    [
      'El entrenador del Betis, Manuel Pellegrini, habló tras el partido.',
      '“Hemos merecido ganar”, dijo el chileno, que destacó el trabajo de su equipo.',
      'Por su parte, el capitán Joaquín Sánchez reconoció que “el equipo sufrió mucho al final”.',
    ],
    ['Manuel Pellegrini', 'Joaquín Sánchez'],
  ],
  [
    'es',
    [
      'Según fuentes policiales, el detenido tiene antecedentes.',
      'El comisario Luis Ortega declaró a este diario: “Fue una operación muy compleja”.',
      '“Llevábamos meses siguiéndole”, añadió el comisario.',
    ],
    ['Luis Ortega', 'Luis Ortega'],
  ],
  [
    'es',
    [
      'Vecinos del barrio denunciaron la falta de limpieza. “Esto es un vertedero”, lamentaba Rosa, de 67 años.',
      '“Nadie nos hace caso”, añadía su marido, Antonio.',
    ],
    ['Rosa', 'Antonio'],
  ],
  [
    'fr',
    [
      'Le ministre de l’Économie, Bruno Le Maire, a présenté son plan mardi.',
      '« Nous devons réduire la dépense publique », a-t-il déclaré.',
      'La députée Mathilde Panot a dénoncé « un budget d’austérité ».',
    ],
    ['Bruno Le Maire', 'Mathilde Panot'],
  ],
  [
    'fr',
    [
      '« C’est une honte », s’indigne Claire Dubois, mère de deux enfants.',
      '« On nous a menti depuis le début », ajoute-t-elle.',
    ],
    ['Claire Dubois', 'Claire Dubois'],
  ],
  [
    'de',
    [
      'Gesundheitsminister Karl Lauterbach warnte am Dienstag vor einer neuen Welle.',
      '„Wir müssen jetzt handeln“, sagte der SPD-Politiker.',
      'Die Opposition reagierte gelassen. CDU-Chef Friedrich Merz sprach von „Panikmache“.',
    ],
    ['Karl Lauterbach'],
  ],
  [
    'de',
    ['„Das ist ein Skandal“, sagt Anwohnerin Maria Schulz.', '„Seit Wochen passiert hier nichts“, ergänzt sie.'],
    ['Maria Schulz', 'Maria Schulz'],
  ],
];

describe('attribution on written passages', () => {
  for (const [i, [lang, paragraphs, want]] of CASES.entries()) {
    it(`${i + 1} (${lang}): ${want.join(' / ')}`, () =>
      expect(speakers(paragraphs, lang)).toSatisfy((got: string[]) => matches(got, want)));
  }
});
