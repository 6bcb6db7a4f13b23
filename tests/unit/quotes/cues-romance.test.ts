// Speech verbs added to the language files (core/lang/<code>.ts): each one
// introduces a quotation and points at its speaker, as dijo or a dit do.
import { describe, expect, it } from 'vitest';
import { who as speakers } from './helpers.ts';

const who = (p: string, lang: string) => speakers([p], lang);

describe('speech verbs', () => {
  it('Spanish contestó and corroboró', () => {
    expect(who('«Mañana se decidirá todo en la sala», corroboró el abogado Javier Paredes.', 'es')).toEqual([
      'Javier Paredes',
    ]);
    expect(who('«No soy el dueño de la empresa», contestó Luis Morales.', 'es')).toEqual(['Luis Morales']);
  });

  it('French a démenti, a renchéri and s’est félicité', () => {
    expect(who('« Il n’y a jamais eu de réunion secrète », a démenti Claire Martin.', 'fr')).toEqual(['Claire Martin']);
    expect(who('« C’est une victoire pour toute la ville », s’est félicité Paul Girard.', 'fr')).toEqual([
      'Paul Girard',
    ]);
  });

  it('German entgegnete and dementierte', () => {
    expect(who('„Davon kann keine Rede sein“, entgegnete Anna Weber.', 'de')).toEqual(['Anna Weber']);
    expect(who('„Es gab kein geheimes Treffen“, dementierte Jonas Keller.', 'de')).toEqual(['Jonas Keller']);
  });

  it('Portuguese comemorou, celebrou and festejou', () => {
    expect(who('“Foi a melhor safra da nossa história”, comemorou o produtor Carlos Lima.', 'pt')).toEqual([
      'Carlos Lima',
    ]);
    expect(who('“Agora o bairro tem água todos os dias”, festejou a moradora Ana Souza.', 'pt')).toEqual(['Ana Souza']);
  });

  it('German räumte … ein split by its subject, empörte sich and ärgerte sich', () => {
    expect(who('„Wir haben zu spät reagiert“, räumte Bürgermeisterin Eva Roth am Abend ein.', 'de')).toEqual([
      'Eva Roth',
    ]);
    expect(who('„Das ist völlig inakzeptabel“, ärgerte sich Verbandspräsident Paul Kern.', 'de')).toEqual([
      'Paul Kern',
    ]);
    // A short role word ends a German compound too (Konzernchef, Verbandschef).
    expect(who('Konzernchef Oliver Blume sagte: „Wir werden keine Werke schließen.“', 'de')).toEqual(['Oliver Blume']);
  });

  it('Arabic: after وهو / وهي a cue word that is also a role (طالب, "student" and "demanded") is a noun', () => {
    expect(who('وتقول منى، وهي طالبة في جامعة بغداد: "الامتحانات تأجلت ثلاث مرات".', 'ar')).toEqual(['منى']);
  });

  it('Spanish pronosticó and vaticinó', () => {
    expect(who('“El paro bajará del diez por ciento”, pronosticó el economista Jorge Sanz.', 'es')).toEqual([
      'Jorge Sanz',
    ]);
  });
});
