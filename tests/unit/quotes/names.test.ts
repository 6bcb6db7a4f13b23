// Who a name stands for in the entity table (core/quotes/entities/table.ts) and
// what the Latin reader (core/quotes/speaker/latin.ts) refuses to take for a
// name: each on text written for the test, in more than one language.
import { describe, expect, it } from 'vitest';
import { firstSpeaker, who } from './helpers.ts';

describe('a title and a given name', () => {
  it('stand for the person whose name opens with both (Sir Keir for Sir Keir Starmer)', () => {
    expect(
      who(
        [
          'Sir Alan Porter has defended the new harbour tax.',
          'Asked whether he would change course, Sir Alan said that "the harbour needs every penny".',
        ],
        'en',
      ),
    ).toEqual(['Sir Alan Porter']);
    expect(
      who(
        [
          'Dame Ruth Okafor opened the new wing on Monday.',
          '"We built this for the whole city and not for a few," Dame Ruth told reporters.',
        ],
        'en',
      ),
    ).toEqual(['Dame Ruth Okafor']);
  });

  it('do not stand for someone with another given name and the same surname', () => {
    expect(
      who(['Sir Alan Porter spoke first.', 'Later, Sir Brian said that "the vote was never in doubt at all".'], 'en'),
    ).toEqual(['Sir Brian']);
  });
});

describe('a role of several words', () => {
  it('names nobody: "The Prime Minister" is not a person called Minister', () => {
    const speakers = who(
      [
        'Sir Alan Porter has defended the new harbour tax.',
        'The Prime Minister said that "the harbour needs every penny we can find".',
      ],
      'en',
    );
    expect(speakers).not.toContain('Minister');
    expect(speakers).toEqual(['Sir Alan Porter']);
  });
});

describe('a capitalized word cut from the cue by a lone comma', () => {
  it('is no subject: "Asimismo, señala" and "Ensuite, affirme" take the speaker in focus', () => {
    expect(
      who(
        [
          'La consejera de Salud, Marta Ruiz Pardo, confirmó que el hospital sigue abierto.',
          'Asimismo, señala que la situación es “complicada pero bajo control en todas las plantas”.',
        ],
        'es',
      ),
    ).toEqual(['Marta Ruiz Pardo']);
    expect(
      who(
        [
          'Le maire, Paul Girard, a confirmé la fermeture du pont.',
          'Ensuite, affirme que « les travaux dureront au moins trois mois entiers ».',
        ],
        'fr',
      ),
    ).toEqual(['Paul Girard']);
  });

  it('still reads a name set off as an appositive after a role ("the minister, Pedro Sánchez, said")', () => {
    expect(
      who(['El presidente del Gobierno, Pedro Sánchez, manifestó su “enorme tristeza y desolación por todo”.'], 'es'),
    ).toEqual(['Pedro Sánchez']);
  });
});

describe('a name set off by commas after the role that opens the sentence', () => {
  it('is the subject a later subjectless cue takes up', () => {
    expect(
      who(
        [
          'La presidenta regional, Ana Torres, visitó la zona por la mañana.',
          'Visiblemente emocionado, el alcalde del pueblo, Luis Ortega, apenas encontraba palabras. “Avisamos casa por casa desde el primer momento”, relató.',
        ],
        'es',
      ),
    ).toEqual(['Luis Ortega']);
    expect(
      who(
        [
          'Mayor Ruth Baker opened the meeting.',
          'Later that day, the head of the fire service, Tom Hale, toured the valley. "We went from door to door all night," he said.',
        ],
        'en',
      ),
    ).toEqual(['Tom Hale']);
  });
});

describe('reported speech that ends on its subject and an appositive', () => {
  it('names the speaker a later "he said" stands for (…, said Ahmad Ijaz, an economist at …)', () => {
    expect(
      who(
        [
          '"We have a lot of empty hotels," said Joseph Brant, a tourism analyst in Reno.',
          'Hiring has been hurt by weak construction spending, said Amir Haddad, an economist at the University of Tulsa.',
          '"Construction is still weak because of slow business spending," he said.',
        ],
        'en',
      ),
    ).toEqual(['Joseph Brant', 'Amir Haddad']);
  });
});

describe('a long clause between a capitalized word and the cue', () => {
  it('is no appositive: "Rendido, tentou … o que, diz," takes the speaker in focus', () => {
    expect(
      who(
        [
          'Daniel Mauer, escritor norte-americano, conheceu a obra da autora ainda na faculdade.',
          'Rendido, tentou encontrar alguma maneira de ampliar o alcance da obra da autora fora do país, o que, diz, "não é propriamente algo fácil".',
        ],
        'pt',
      ),
    ).toEqual(['Daniel Mauer']);
  });

  it('is one when a relative clause is under way ("Lombardi, che conosce …, quando …, racconta")', () => {
    expect(
      who(
        [
          'L’imprenditore Guido Ferraresi, che conosce il sindaco da vent’anni, quando ha comprato un appartamento in centro e poi una casa al mare, racconta: «È arrivato puntualissimo, alle otto era già qui».',
        ],
        'it',
      ),
    ).toEqual(['Guido Ferraresi']);
  });
});

describe('an article inside a capitalized run', () => {
  it('joins a name only after another particle (von der Leyen), not after a noun (Tweet des Jahres)', () => {
    const speakers = who(
      [
        'Ich habe gefragt, welcher ihr stärkster Tweet des Jahres gewesen ist.',
        'Der Tweet des Jahres erklärt: „Ich habe noch einmal aufgegriffen, was viele schon gesagt haben.“',
      ],
      'de',
    );
    expect(speakers).not.toContain('Tweet des Jahres');
    expect(
      who(
        ['Kommissionspräsidentin Ursula von der Leyen erklärt: „Wir werden die Hilfe für die Region verdoppeln.“'],
        'de',
      ),
    ).toEqual(['Ursula von der Leyen']);
  });
});

describe('rule inner-incise with hyphens set off by spaces, and an elided article before a name', () => {
  it('credits "Q - prosegue l’Unicef - Q" to the body the incise names', () => {
    expect(
      who(
        [
          'Il direttore Mario Rossi ha parlato ieri.',
          '«Questi due attacchi - prosegue l’Unicef - fanno seguito a molti altri episodi gravi»',
        ],
        'it',
      ),
    ).toEqual(['Unicef']);
  });

  it('keeps a hyphenated word whole (no incise in "porta-parola")', () => {
    expect(who(['«O porta-voz confirmou a reunião para a próxima semana», disse a ministra Ana Lopes.'], 'pt')).toEqual(
      ['Ana Lopes'],
    );
  });
});

describe('English roles of the police, professions and sport', () => {
  it('split from the name beside them (Investigator Robert Cornett, conservative strategist Nicole Schlinger)', () => {
    expect(firstSpeaker('"She said they had been arguing all week," said Investigator Robert Cornett.', 'en')).toEqual([
      'Robert Cornett',
      'Investigator',
    ]);
    expect(firstSpeaker('Goalkeeper Sam Ortiz said: "We were never going to give up on this game."', 'en')).toEqual([
      'Sam Ortiz',
      'Goalkeeper',
    ]);
  });
});

describe('roles added in each language file', () => {
  const role = firstSpeaker;
  it('split from the name in Spanish, French, German and Arabic', () => {
    expect(role('«Vamos a revisar todos los contratos», dijo la concejala Marta Ruiz.', 'es')).toEqual([
      'Marta Ruiz',
      'concejala',
    ]);
    expect(role('« Nous avons manqué de réalisme », a déclaré l’entraîneur Paul Girard.', 'fr')[0]).toBe('Paul Girard');
    expect(role('„Wir haben alles gegeben“, sagte Torhüter Jonas Weber.', 'de')).toEqual(['Jonas Weber', 'Torhüter']);
    expect(role('وقال الفنان أحمد سالم: "هذا العمل هدية لكل جمهوري في العالم العربي".', 'ar')[0]).toBe('أحمد سالم');
  });

  it('of courts and prefectures (prefetto, difensore, magistrado, magistrat) with a complement before the name', () => {
    expect(
      role('«Il traffico tornerà normale entro sera», ha spiegato il questore di Napoli, Maurizio Agricola.', 'it'),
    ).toEqual(['Maurizio Agricola', 'questore di Napoli']);
    expect(role('“La sentencia es firme”, explicó el magistrado del Supremo, Pablo Llarena.', 'es')[0]).toBe(
      'Pablo Llarena',
    );
    expect(role('« Le dossier est vide », a estimé le magistrat Jean Moreau.', 'fr')[0]).toBe('Jean Moreau');
  });
});

describe('a bare role nobody held before the quotation', () => {
  it('stands for the person the next paragraphs name with that role, the closest fit first', () => {
    expect(
      who(
        [
          '"This is a historic day," the president said at the signing, flanked by Vice President Anna Ruiz.',
          'President Mark Hollis had pushed for the bill for months.',
        ],
        'en',
      ),
    ).toEqual(['Mark Hollis']);
    expect(
      who(
        [
          '“Hoy es un día histórico”, dijo el alcalde durante el acto.',
          'El alcalde Jorge Pineda había impulsado el proyecto durante meses.',
        ],
        'es',
      ),
    ).toEqual(['Jorge Pineda']);
  });
});

describe('an acronym before a name', () => {
  it('is the body the person belongs to, no part of the name (представитель МИД Мария Захарова)', () => {
    expect(
      who(
        [
          'Представитель МЧС Ольга Дмитриева выступила на брифинге.',
          '«Спасатели работают круглосуточно», — сказала она журналистам.',
        ],
        'ru',
      ),
    ).toEqual(['Ольга Дмитриева']);
    expect(firstSpeaker('"Supplies will run out by Friday," said a spokeswoman, UNHCR Olga Sarrado.', 'en')[0]).toBe(
      'Olga Sarrado',
    );
  });
});

describe('a body and its complement before a name', () => {
  it('are no part of the name, so that "he" later finds the person (Ministry of Finance Brian Manning)', () => {
    expect(
      who(
        [
          'Senate President Carla Mendes broke the tie with a casting vote.',
          'Before the vote, Minister in the Ministry of Finance Peter Holder said, "The issue is a simple one." He added this is "a situation that will be brought to equilibrium over time."',
        ],
        'en',
      ),
    ).toEqual(['Peter Holder', 'Peter Holder']);
  });

  it('keep a longer complement with the body, which may hold its own name (Centro de Formación Técnica Santo Tomás)', () => {
    expect(
      who(
        ['"Este encuentro reúne a especialistas de todo el país", señaló el Centro de Formación Técnica Santo Tomás.'],
        'es',
      ),
    ).toEqual(['Centro de Formación Técnica Santo Tomás']);
  });
});

describe('Russian roles in other cases and their complements', () => {
  it('reads a role in the genitive after по словам, and the complement before the name is no part of it', () => {
    expect(firstSpeaker('По словам министра финансов Антона Силуанова, «бюджет будет исполнен в срок».', 'ru')[0]).toBe(
      'Антона Силуанова',
    );
    expect(firstSpeaker('По словам мэра Москвы Сергея Собянина, «новая линия откроется весной».', 'ru')[0]).toBe(
      'Сергея Собянина',
    );
  });

  it('keeps a patronymic in the name', () => {
    expect(
      firstSpeaker('«Мы будем добиваться справедливости», — заявил губернатор Василий Петрович Орлов.', 'ru')[0],
    ).toBe('Василий Петрович Орлов');
  });
});

describe('Russian "как заявил": the subject after the verb', () => {
  it('is the name after the addressee and the role', () => {
    expect(
      firstSpeaker('Как сообщил журналистам глава региона Игорь Руденя, «эвакуация завершится к вечеру».', 'ru')[0],
    ).toBe('Игорь Руденя');
    expect(
      firstSpeaker('Как рассказала ТАСС директор музея Елена Гагарина, «выставка откроется в апреле».', 'ru')[0],
    ).toBe('Елена Гагарина');
  });
});

describe('"one" before a role after the verb', () => {
  it('opens a description, and the name set off after it is the speaker', () => {
    expect(firstSpeaker('"We had ten minutes to get out," said one resident, Tom Baker, 61.', 'en')[0]).toBe(
      'Tom Baker',
    );
    // Without a name it describes someone unnamed: never the person named before.
    expect(
      who(['Mayor Ann Ruiz toured the site.', '"The water came so fast," said one resident.'], 'en'),
    ).not.toContain('Ann Ruiz');
  });
});

describe('Ukrainian "за словами": the source after the cue', () => {
  it('is the role and name in the genitive', () => {
    expect(
      firstSpeaker('За словами мера Києва Віталія Кличка, «усі служби працюють у посиленому режимі».', 'uk')[0],
    ).toBe('Віталія Кличка');
  });
});

describe('Russian назвал: a short quotation inside the sentence', () => {
  it('is credited to the subject, with its gender', () => {
    expect(who(['Глава ведомства Ирина Волкова назвала реформу «давно назревшей и необходимой».'], 'ru')).toEqual([
      'Ирина Волкова',
    ]);
  });
});

describe('a German noun phrase read after the cue', () => {
  it('ends before the verb that follows it (Laut einer Sprecherin der Bahn sind …)', () => {
    expect(firstSpeaker('Laut einer Sprecherin der Bahn sind „alle Züge wieder planmäßig unterwegs“.', 'de')[0]).toBe(
      'einer Sprecherin der Bahn',
    );
  });
});

describe('a family name that is also a title (King, Prince, Duke)', () => {
  it('stands alone for the person named before with it, and tells no gender', () => {
    expect(
      who(
        [
          'The radio host Maria King spoke to farmers in Ohio on Monday.',
          '"What did the drought cost you this year?" King asked Tom Ellis.',
          '"Most of the corn," Ellis said.',
          '"And the beans?" King said.',
        ],
        'en',
      ),
    ).toEqual(['Maria King', 'Tom Ellis', 'Maria King']);
  });

  it('is still a title before a name, and a bare title names nobody', () => {
    expect(who(['Prince Harry visited the school.', '"We must help them," Prince said.'], 'en')).toEqual([null]);
  });
});
