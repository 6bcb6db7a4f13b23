// Reporting verbs that were missing from the language lists: fr constater, pointer, abonder,
// décrypter, signaler; es constatar, analizar, plantear; it rilevare, puntualizzare, segnalare,
// confidare, scherzare; pt denunciar, assegurar, relembrar; de plädieren; then fr concéder, conseiller,
// se remémorer, ajoutera; es conceder, apostillar; it chiarire, concedere; pt concluir, conceder.
// Passages written for the test.
import { describe, expect, it } from 'vitest';
import { who } from './helpers.ts';

describe('more reporting verbs', () => {
  it('credits the subject after or before these verbs', () => {
    const cases: [string, string, string][] = [
      ['fr', '« Les prix ont doublé en un an », constate Paul Garnier, le président du syndicat.', 'Paul Garnier'],
      [
        'fr',
        '« Nous avons perdu trois mètres de plage, pointe Lucie Marchand, la maire. C’est grave. »',
        'Lucie Marchand',
      ],
      ['fr', 'Hugo Lefort abonde : « Le système est à bout de souffle depuis longtemps. »', 'Hugo Lefort'],
      ['es', '"Los precios se han duplicado en un año", constata Pablo Ruiz, presidente del sindicato.', 'Pablo Ruiz'],
      ['es', '"Hay que cambiar las reglas del juego", plantea Lucía Moreno.', 'Lucía Moreno'],
      ['it', '"I prezzi sono raddoppiati in un anno", rileva Paolo Ferri, presidente del sindacato.', 'Paolo Ferri'],
      ['it', '"Non è una questione di soldi", puntualizza Giulia Conti.', 'Giulia Conti'],
      ['pt', '"Os preços dobraram em um ano", denuncia Paulo Ramos, presidente do sindicato.', 'Paulo Ramos'],
      ['pt', '"Vamos cumprir todos os prazos do contrato", assegura Luísa Prado.', 'Luísa Prado'],
      ['de', '„Wir müssen die Regeln endlich ändern“, plädiert Paul Gärtner am Ende.', 'Paul Gärtner'],
    ];
    for (const [lang, text, speaker] of cases) expect(who([text], lang), text).toEqual([speaker]);
  });
});

describe('reporting verbs with an irregular stem, a future or a reflexive', () => {
  it('fr concéder, conseiller, se remémorer, ajoutera; es conceder, apostillar; it chiarire, concedere; pt concluir, conceder', () => {
    const cases: [string, string, string][] = [
      [
        'fr',
        'Marc Lemoine, élu local, a pris la parole. « Nous avons tardé à réagir, c’est vrai », concède-t-il.',
        'Marc Lemoine',
      ],
      ['fr', '« Nous avons tardé à réagir, c’est vrai », concède Marc Lemoine, élu local.', 'Marc Lemoine'],
      ['fr', '« Mangez des légumes verts chaque jour », conseille Anne Roux, diététicienne.', 'Anne Roux'],
      ['fr', '« C’était une autre époque pour nous tous », se remémore Paul Brun.', 'Paul Brun'],
      ['fr', '« Il faudra du temps pour reconstruire », ajoutera Paul Brun.', 'Paul Brun'],
      ['es', '“Llegamos tarde a esta crisis, es verdad”, concede Mario Ruiz, concejal.', 'Mario Ruiz'],
      ['es', '“Llegamos tarde a esta crisis, es verdad”, apostilla Mario Ruiz, concejal.', 'Mario Ruiz'],
      ['it', 'Giulia Bassi, assessora, ha parlato. "Non ci sono fondi per tutti", chiarisce Bassi.', 'Giulia Bassi'],
      ['it', '"Non ci sono fondi per tutti", ha chiarito l’assessora Giulia Bassi.', 'Giulia Bassi'],
      ['it', '"Siamo arrivati tardi, è vero", concede Mario Neri, consigliere.', 'Mario Neri'],
      ['pt', '“Chegamos tarde a esta crise, é verdade”, conclui Mário Lopes, vereador.', 'Mário Lopes'],
      ['pt', '“Chegamos tarde a esta crise, é verdade”, concede Mário Lopes, vereador.', 'Mário Lopes'],
    ];
    for (const [lang, text, speaker] of cases) expect(who([text], lang), text).toEqual([speaker]);
  });
});
