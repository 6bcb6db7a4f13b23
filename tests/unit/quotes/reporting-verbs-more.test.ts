// Reporting verbs that were missing from the language lists: fr constater, pointer, abonder,
// décrypter, signaler; es constatar, analizar, plantear; it rilevare, puntualizzare, segnalare,
// confidare, scherzare; pt denunciar, assegurar, relembrar; de plädieren. Passages written for the test.
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
