// Attribution on a third set of passages written for this test (no page text),
// modelled on how news in each language usually reports speech: French and
// Italian honorifics (M., Me, Mme) and "Pour X, « … »" / "Così X: «…»", the
// German "so X" and a role after a genitive (Bayerns Ministerpräsident),
// Spanish subjects after the verb with the medium between (señaló a Efe …),
// Chinese surname-first names and topic phrases before the subject, and
// unnamed sources ("a Tory source", "fuentes del Ministerio", "مصدر أمني"),
// which must be shown as printed or not at all, never as a wrong name.
// Each passage lists the speakers expected, in order; an expected speaker
// matches when the one found contains it; "a|b" accepts either, and ∅ stands
// for no speaker.

export type Case = [lang: string, paragraphs: string[], speakers: string[]];

export const NEWS_CASES: Case[] = [
  // French
  ['fr', ['« Nous allons porter plainte dès demain », affirme Me Jean Martin, avocat de la famille.'], ['Jean Martin']],
  [
    'fr',
    ['Pour Marie Dupont, directrice de l’association Entraide, « la situation est devenue intenable ».'],
    ['Marie Dupont'],
  ],
  ['fr', ['« Il faut agir vite », estime pour sa part le sénateur Philippe Bas.'], ['Philippe Bas']],
  [
    'fr',
    ['Interrogé par l’AFP, le porte-parole du gouvernement, Olivier Véran, a assuré que « rien n’est encore décidé ».'],
    ['Olivier Véran'],
  ],
  [
    'fr',
    [
      'Le président Emmanuel Macron s’est rendu mardi à Marseille.',
      'M. Macron a ensuite déclaré : « Nous tiendrons nos engagements envers cette ville. »',
    ],
    ['Emmanuel Macron'],
  ],
  [
    'fr',
    [
      'Jean Valjean, 45 ans, chauffeur routier, a perdu son emploi en mars.',
      '« Je ne regrette rien, mais j’ai peur pour mes enfants », lâche-t-il.',
    ],
    ['Jean Valjean'],
  ],
  [
    'fr',
    ['Selon une source diplomatique, « les discussions sont dans l’impasse depuis des semaines ».'],
    ['source diplomatique|∅'],
  ],
  [
    'fr',
    [
      'La présidente de la BCE, Christine Lagarde, a été interrogée sur l’inflation.',
      'Mme Lagarde a répondu : « Nous ferons tout ce qui est nécessaire pour la ramener à 2 %. »',
    ],
    ['Christine Lagarde'],
  ],
  [
    'fr',
    ['« Les résultats sont très encourageants », a indiqué à l’AFP Paul Durand, chercheur au CNRS.'],
    ['Paul Durand'],
  ],
  [
    'fr',
    ['« On n’a plus rien, tout a brûlé », confie Sophie, une habitante du quartier, les larmes aux yeux.'],
    ['Sophie'],
  ],
  // Italian
  ['it', ['«Non ci fermeremo davanti alle minacce», ha detto il premier Giorgia Meloni.'], ['Giorgia Meloni']],
  [
    'it',
    ['Secondo il ministro dell’Economia, Giancarlo Giorgetti, «i conti pubblici sono in ordine».'],
    ['Giancarlo Giorgetti'],
  ],
  [
    'it',
    ['«Siamo molto preoccupati per i consumi», ha spiegato Marco Rossi, presidente di Confcommercio Lombardia.'],
    ['Marco Rossi'],
  ],
  [
    'it',
    ['Il sindaco di Milano Giuseppe Sala ha dichiarato: «La città è pronta ad accogliere i Giochi».'],
    ['Giuseppe Sala'],
  ],
  ['it', ['«È una vergogna nazionale», commenta la segretaria del Pd, Elly Schlein.'], ['Elly Schlein']],
  [
    'it',
    [
      'Il presidente della Regione, Luca Zaia, ha visitato le zone colpite dall’alluvione.',
      '«Servono interventi immediati per le famiglie», ha aggiunto.',
    ],
    ['Luca Zaia'],
  ],
  [
    'it',
    ['Per Luca Bianchi, docente di economia alla Bocconi, «il rischio di recessione è concreto».'],
    ['Luca Bianchi'],
  ],
  [
    'it',
    ['Così il ministro degli Esteri Antonio Tajani: «L’Italia lavora per una tregua immediata».'],
    ['Antonio Tajani'],
  ],
  ['it', ['«Abbiamo fatto tutto il possibile», ha detto all’Ansa un portavoce della Farnesina.'], ['portavoce|∅']],
  // German
  [
    'de',
    ['„Die Lage ist angespannt“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.'],
    ['Sprecher|∅'],
  ],
  [
    'de',
    [
      'Der Ökonom Hans Müller hält die Prognose für zu optimistisch.',
      '„Die Industrie steckt in einer tiefen Krise“, sagte Müller dem „Spiegel“.',
    ],
    ['Hans Müller'],
  ],
  [
    'de',
    ['Die Grünen-Politikerin Ricarda Lang sagte: „Wir brauchen jetzt eine klare Entscheidung.“'],
    ['Ricarda Lang'],
  ],
  [
    'de',
    [
      'Bundeskanzler Olaf Scholz verteidigte den Haushalt.',
      '„Wir investieren in die Zukunft unseres Landes“, so Scholz.',
    ],
    ['Olaf Scholz'],
  ],
  [
    'de',
    ['„Wir werden die Grenzkontrollen verstärken“, betonte Bayerns Ministerpräsident Markus Söder am Dienstag.'],
    ['Markus Söder'],
  ],
  [
    'de',
    ['„Die Preise werden weiter steigen“, sagt Klaus Meier, Geschäftsführer der Stadtwerke Leipzig.'],
    ['Klaus Meier'],
  ],
  [
    'de',
    ['„Das Verfahren war fehlerhaft“, erklärte die Vorsitzende des Ausschusses, Anna Lührmann, am Mittwoch in Berlin.'],
    ['Anna Lührmann'],
  ],
  [
    'de',
    ['Laut Polizeisprecher Thomas Weber sei der Mann „ohne Vorwarnung auf die Beamten losgegangen“.'],
    ['Thomas Weber'],
  ],
  // Spanish
  [
    'es',
    ['“No habrá recortes en sanidad”, ha declarado este martes el presidente del Gobierno, Pedro Sánchez.'],
    ['Pedro Sánchez'],
  ],
  [
    'es',
    ['“Se han reforzado los controles en todas las fronteras”, señaló a Efe la portavoz del Ministerio, Ana López.'],
    ['Ana López'],
  ],
  [
    'es',
    ['Así lo explicó el director del hospital, Juan Pérez: “Las urgencias están al límite desde hace semanas”.'],
    ['Juan Pérez'],
  ],
  ['es', ['“Aquí ya no se puede vivir”, explica Marta, una vecina de 45 años.'], ['Marta']],
  [
    'es',
    [
      '“Vamos a abrir dos nuevos centros de salud”, sostuvo ayer en rueda de prensa el consejero de Sanidad, Enrique Ruiz Escudero.',
    ],
    ['Enrique Ruiz Escudero'],
  ],
  [
    'es',
    ['Fuentes del Ministerio del Interior aseguraron que “la investigación sigue abierta”.'],
    ['Fuentes del Ministerio|∅'],
  ],
  [
    'es',
    [
      'El presidente del Gobierno, Pedro Sánchez, compareció en el Congreso.',
      '“No vamos a permitir que se bloquee el país”, añadió Sánchez.',
    ],
    ['Pedro Sánchez'],
  ],
  [
    'es',
    ['En declaraciones a la Cadena SER, la alcaldesa Ada Colau afirmó: “Barcelona no está en venta”.'],
    ['Ada Colau'],
  ],
  // Chinese
  ['zh', ['国务院总理李强表示：“中国经济长期向好的基本面没有改变。”'], ['李强']],
  ['zh', ['王毅强调，“中方愿同各方一道维护地区和平稳定”。'], ['王毅']],
  ['zh', ['对此，家住附近的张先生告诉记者：“那天晚上的声音特别大。”'], ['张先生']],
  ['zh', ['谈到未来的计划，刘强东说：“我们会继续加大在农村的投入。”'], ['刘强东']],
  // English: unnamed sources stay unnamed
  ['en', ['"The prime minister has lost the room," a Tory source said.'], ['Tory source|∅']],
  [
    'en',
    ['"We are nowhere near a deal," said one senior official, who spoke on condition of anonymity.'],
    ['official|∅'],
  ],
  [
    'en',
    ['"This will save lives," Sen. Elizabeth Warren, D-Mass., said in a statement on Tuesday.'],
    ['Elizabeth Warren'],
  ],
  [
    'en',
    [
      'Keir Starmer met the Irish Taoiseach in Dublin on Monday.',
      '"We share a commitment to peace," the prime minister told reporters afterwards.',
    ],
    ['Keir Starmer|∅'],
  ],
  // Written with the title fix: an abbreviated title ends no sentence, a party and place tag is an appositive.
  ['en', ['"This will save lives," Sen. Elizabeth Warren said in a statement on Tuesday.'], ['Elizabeth Warren']],
  ['en', ['Rep. Tom Sawyer, R-Hutchinson, said the bill "goes too far for most farmers."'], ['Tom Sawyer']],
  ['en', ['Tom Sawyer, R-Hutchinson, said the bill "goes too far for most farmers."'], ['Tom Sawyer']],
  // Arabic
  ['ar', ['وقال أحد سكان الحي، ويدعى أحمد حسن، لوكالة فرانس برس: "لم ننم طوال الليل بسبب القصف".'], ['أحمد حسن']],
  [
    'ar',
    ['وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين: "أوروبا تقف إلى جانب أوكرانيا".'],
    ['أورسولا فون دير لاين'],
  ],
  [
    'ar',
    ['وقال النائب عن كتلة الوفاق الوطني محمد علي لـ"الشرق الأوسط": "الحكومة فشلت في إدارة الأزمة".'],
    ['محمد علي'],
  ],
  ['ar', ['وقال مصدر أمني لرويترز: "قتل ثلاثة مسلحين في الاشتباكات".'], ['مصدر أمني|∅']],
  ['ar', ['وأكد المتحدث باسم الجيش العميد يحيى رسول أن "القوات الأمنية استعادت السيطرة على المنطقة".'], ['يحيى رسول']],
  [
    'ar',
    ['وقال أحد المسؤولين في الوزارة، طالبا عدم الكشف عن اسمه: "القرار اتخذ على أعلى مستوى".'],
    ['أحد المسؤولين|∅'],
  ],
  // Written after the particle fix, as checks of it on other names.
  [
    'ar',
    ['وقال المبعوث الأممي ستيفان دي ميستورا: "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".'],
    ['ستيفان دي ميستورا'],
  ],
  [
    'ar',
    ['وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا: "البرازيل عادت إلى الساحة الدولية بقوة".'],
    ['لولا دا سيلفا'],
  ],
  // Written after the عن fix: a topic after عن is no part of the role, and a woman MP.
  ['ar', ['وقالت النائبة عن حزب الوفد سناء برغش: "القانون يحتاج إلى مراجعة شاملة".'], ['سناء برغش']],
  [
    'ar',
    [
      'أعلن رئيس الوزراء علي الحسن توقيع الاتفاق.',
      'وقال رئيس الوزراء عن الاتفاق إن "هذه خطوة تاريخية في مسار السلام".',
    ],
    ['علي الحسن'],
  ],
  // A second probe, written after the fixes for the first (measured first: 22 of 29): French incises
  // set off by commas inside the marks, German «…» and "nach Ansicht von", Italian "Lo ha detto X:",
  // plural cues with a body ("aseguran desde la plataforma"), English titles before names.
  [
    'fr',
    [
      '« Nous sommes très inquiets, explique Marie Dupont, présidente de l’association. Les prix ne cessent d’augmenter. »',
    ],
    ['Marie Dupont'],
  ],
  [
    'fr',
    ['La ministre Agnès Pannier-Runacher l’assure : « Il n’y aura pas de coupures cet hiver. »'],
    ['Agnès Pannier-Runacher'],
  ],
  ['fr', ['Le syndicat a dénoncé dans un communiqué « une décision brutale et injuste ».'], ['syndicat']],
  [
    'fr',
    [
      'Jean Dupont, maire de la commune, ne décolère pas.',
      'Selon lui, « l’État a abandonné les petites villes depuis trop longtemps ».',
    ],
    ['Jean Dupont'],
  ],
  [
    'fr',
    ['« On a tout perdu », raconte Ahmed, 52 ans, commerçant. « Il faudra des mois pour reconstruire. »'],
    ['Ahmed', 'Ahmed'],
  ],
  [
    'fr',
    ['Le Premier ministre a réagi sur X : « La violence n’a pas sa place dans notre démocratie. »'],
    ['Premier ministre|∅'],
  ],
  [
    'fr',
    ['Pour le sociologue Éric Fassin, « ce mouvement révèle une crise profonde de la représentation ».'],
    ['Éric Fassin'],
  ],
  ['de', ['„Wir sind bereit“, sagte Merz, „aber nicht um jeden Preis.“'], ['Merz', 'Merz']],
  ['de', ['«Wir sind mit dem Ergebnis sehr zufrieden», sagte Verbandspräsident Urs Meier.'], ['Urs Meier']],
  [
    'de',
    ['Die Ministerin Nancy Faeser sagte der „Süddeutschen Zeitung“: „Wir werden hart durchgreifen.“'],
    ['Nancy Faeser'],
  ],
  ['de', ['Nach Ansicht von Ökonom Marcel Fratzscher ist die Lage „ernster als viele denken“.'], ['Marcel Fratzscher']],
  ['de', ['„Das ist ein fatales Signal“, kritisierte der Grünen-Fraktionschef Anton Hofreiter.'], ['Anton Hofreiter']],
  [
    'de',
    [
      'Der Bürgermeister Peter Kurz zeigte sich erleichtert.',
      '„Wir haben großes Glück gehabt“, sagte der SPD-Politiker.',
    ],
    ['Peter Kurz'],
  ],
  [
    'de',
    ['„Der Markt ist völlig überhitzt“, sagt Immobilienexpertin Sabine Krause vom Institut der deutschen Wirtschaft.'],
    ['Sabine Krause'],
  ],
  ['it', ['«Siamo pronti a tutto», ha dichiarato il leader della Lega Matteo Salvini.'], ['Matteo Salvini']],
  [
    'it',
    ['«Una decisione sbagliata, che pagheremo cara», attacca Carlo Calenda, leader di Azione.'],
    ['Carlo Calenda'],
  ],
  [
    'it',
    ['Lo ha detto il ministro della Salute Orazio Schillaci: «Il sistema sanitario è sotto pressione».'],
    ['Orazio Schillaci'],
  ],
  ['it', ['«Non abbiamo ricevuto alcuna comunicazione», spiegano dalla Regione.'], ['Regione|∅']],
  [
    'it',
    ['Il presidente della Repubblica Sergio Mattarella ha ricordato che «la Costituzione è di tutti».'],
    ['Sergio Mattarella'],
  ],
  [
    'es',
    ['“Es una vergüenza”, denunció el líder del PP, Alberto Núñez Feijóo, en un mitin en Valencia.'],
    ['Alberto Núñez Feijóo'],
  ],
  ['es', ['“No nos vamos a rendir”, aseguran desde la plataforma vecinal.'], ['plataforma|∅']],
  ['es', ['La vicepresidenta Yolanda Díaz ha sido tajante: “No vamos a aceptar ese recorte”.'], ['Yolanda Díaz']],
  [
    'es',
    ['“Hemos detectado un aumento de los casos”, reconoció a este periódico el jefe de servicio, Miguel Torres.'],
    ['Miguel Torres'],
  ],
  ['en', ['"We are devastated," the family said in a statement released by police.'], ['family|∅']],
  ['en', ['Asked whether he would resign, Johnson said: "Absolutely not, I have a mandate."'], ['Johnson']],
  ['en', ['"It is a dark day for democracy," said Labour MP Diane Abbott.'], ['Diane Abbott']],
  ['en', ['"We will rebuild," vowed Mayor Karen Bass, standing in front of the ruins.'], ['Karen Bass']],
  ['en', ['Police Chief Michel Moore said officers "acted appropriately given the circumstances."'], ['Michel Moore']],
  ['en', ['"There is no evidence of foul play," a police spokesperson told the BBC.'], ['spokesperson|∅']],
  // Written with the plural cues: a plural subject is never the one person named before.
  [
    'es',
    [
      'La alcaldesa Ada Colau visitó el barrio el lunes.',
      '“No nos vamos a rendir nunca”, aseguran desde la plataforma vecinal.',
    ],
    ['plataforma|∅'],
  ],
  ['es', ['La alcaldesa Ada Colau visitó el barrio el lunes.', '“No nos vamos a rendir nunca”, explican.'], ['∅']],
  [
    'es',
    [
      'La alcaldesa Ada Colau visitó el barrio el lunes.',
      'Fuentes municipales aseguraron que “la obra se terminará en verano”.',
    ],
    ['Fuentes municipales|∅'],
  ],
  [
    'it',
    ['Il sindaco Beppe Sala ha visitato il quartiere.', '«Siamo stanchi di aspettare ancora», spiegano i residenti.'],
    ['residenti|∅'],
  ],
  [
    'fr',
    [
      'Le maire Jean Dupont a visité le quartier.',
      '« Nous sommes épuisés par ces travaux », expliquent les habitants.',
    ],
    ['habitants|∅'],
  ],
  [
    'de',
    ['Bürgermeister Peter Kurz besuchte das Viertel.', '„Wir sind völlig erschöpft von dem Lärm“, sagten Anwohner.'],
    ['Anwohner|∅'],
  ],
  [
    'it',
    [
      'Il sindaco Beppe Sala ha visitato il quartiere.',
      '«Non abbiamo ricevuto nessuna comunicazione», fanno sapere dalla Regione.',
    ],
    ['Regione|∅'],
  ],
  // A name after a determiner and a role that open a clause is its subject, for a later pronoun or a
  // verb with no subject (measured first: 3 of 5).
  [
    'fr',
    [
      'Le procureur Jean Morel a requis cinq ans de prison.',
      'Selon l’accusation, le directeur Marc Lenoir aurait détourné des fonds publics.',
      '« Je suis innocent et je le prouverai », a-t-il déclaré.',
    ],
    ['Marc Lenoir'],
  ],
  [
    'es',
    [
      'La patronal CEOE criticó el plan del Gobierno.',
      'En la reunión, el ministro Carlos Cuerpo defendió la reforma ante los sindicatos.',
      '“Es una medida necesaria para el país”, afirmó.',
    ],
    ['Carlos Cuerpo'],
  ],
  [
    'it',
    [
      'Il presidente francese Emmanuel Macron ha chiesto più fondi.',
      'Durante la conferenza, il ministro Guido Crosetto ha parlato della difesa europea.',
      '«Serve una risposta comune e rapida», ha aggiunto.',
    ],
    ['Guido Crosetto'],
  ],
  [
    'pt',
    [
      'O presidente Lula sancionou a lei na segunda-feira.',
      'Durante a sessão, o senador Paulo Paim criticou duramente o governo.',
      '"É uma vergonha para todos nós", afirmou.',
    ],
    ['Paulo Paim'],
  ],
  [
    'fr',
    [
      'Le maire Paul Girard a reçu la ministre.',
      'Lors de la visite, la ministre Amélie Oudéa-Castéra a annoncé une aide.',
      '« Nous serons aux côtés des clubs », a-t-elle assuré.',
    ],
    ['Amélie Oudéa-Castéra'],
  ],
  // A third probe (English, German, Spanish), measured first: 16 of 25 right.
  [
    'en',
    [
      'Sarah Miller runs a bakery on Main Street. She has seen prices double.',
      '"I had to let two people go," Miller said. "It broke my heart."',
    ],
    ['Sarah Miller', 'Sarah Miller'],
  ],
  [
    'en',
    [
      'The city council voted 5-2 on Tuesday to approve the plan.',
      '"This is a good day for the city," said council member Tom Ortiz, who voted in favor.',
      'Council member Lisa Chang, who voted against it, said the plan "ignores the needs of renters."',
    ],
    ['Tom Ortiz', 'Lisa Chang'],
  ],
  [
    'en',
    [
      '"We did everything we could," said Dr. Alan Reeves, chief of surgery at Mercy Hospital.',
      'Reeves said the patient had arrived "in critical condition."',
    ],
    ['Alan Reeves', 'Alan Reeves'],
  ],
  [
    'en',
    ['According to Jane Porter, a spokeswoman for the county, "the roads will reopen by Friday."'],
    ['Jane Porter'],
  ],
  [
    'en',
    ['Smith, 45, who has lived in the area for two decades, said: "I have never seen flooding like this."'],
    ['Smith'],
  ],
  ['en', ['"It is heartbreaking to see," said Kim, who asked that her last name not be used.'], ['Kim']],
  ['en', ['Lt. Gov. Dan Patrick called the ruling "a disgrace to the state."'], ['Dan Patrick']],
  ['en', ['The company\'s CEO, Mark Evans, told investors: "We expect growth to return next year."'], ['Mark Evans']],
  [
    'en',
    ['In an interview with CNN, Senator Bernie Sanders said the bill was "a step in the right direction."'],
    ['Bernie Sanders'],
  ],
  [
    'en',
    [
      'Prince Harry spoke to Oprah Winfrey about his family.',
      '"My father stopped taking my calls," Harry said.',
      'Winfrey asked whether he was angry. "I feel really let down," he replied.',
    ],
    ['Harry', 'Harry'],
  ],
  [
    'en',
    ['"We are monitoring the situation closely," White House press secretary Karine Jean-Pierre told reporters.'],
    ['Karine Jean-Pierre'],
  ],
  ['en', ['Ramaphosa said in a televised address that "the country is at a turning point."'], ['Ramaphosa']],
  [
    'en',
    ['"There is no place for violence in our society," the minister of police, Bheki Cele, said.'],
    ['Bheki Cele'],
  ],
  [
    'en',
    [
      'Judge Maria Santos told the court: "The evidence is overwhelming."',
      'Defence lawyer Peter Grant disagreed. "My client is innocent," he said.',
    ],
    ['Maria Santos', 'Peter Grant'],
  ],
  [
    'de',
    [
      'Klimaforscher Stefan Rahmstorf warnte vor den Folgen.',
      '„Die Kipppunkte rücken näher“, sagte der Wissenschaftler vom Potsdam-Institut.',
      'Sein Kollege Mojib Latif sieht das ähnlich: „Wir haben kaum noch Zeit.“',
    ],
    ['Stefan Rahmstorf', 'Mojib Latif'],
  ],
  ['de', ['„Das ist inakzeptabel“, sagte Innenministerin Nancy Faeser (SPD) am Dienstag in Berlin.'], ['Nancy Faeser']],
  [
    'de',
    ['Der Trainer war nach dem Spiel enttäuscht. „Wir haben zu viele Fehler gemacht“, sagte Julian Nagelsmann.'],
    ['Julian Nagelsmann'],
  ],
  [
    'de',
    ['Wie die Polizei mitteilte, wurde der Mann festgenommen. „Er leistete keinen Widerstand“, sagte ein Sprecher.'],
    ['Sprecher|∅'],
  ],
  [
    'de',
    ['Friedrich Merz (CDU) kritisierte die Regierung scharf. Die Ampel habe „jedes Vertrauen verspielt“.'],
    ['Friedrich Merz'],
  ],
  [
    'de',
    ['„Wir sind sehr froh über die Entscheidung“, sagt Maria Huber. Die 67-Jährige wohnt seit 40 Jahren im Viertel.'],
    ['Maria Huber'],
  ],
  [
    'es',
    [
      '“Estamos completamente desbordados”, reconoce Ana Martín, enfermera del hospital La Paz.',
      'Su compañero Luis Gómez coincide: “No damos abasto”.',
    ],
    ['Ana Martín', 'Luis Gómez'],
  ],
  ['es', ['El portavoz de Vox, Jorge Buxadé, calificó la ley de “ataque a la familia”.'], ['Jorge Buxadé']],
  [
    'es',
    ['“Hemos cumplido”, subrayó Sánchez, quien recordó que el Gobierno “ha aprobado 40 leyes”.'],
    // “Hemos cumplido” is two words, no quotation by LABELS.md's three-word rule.
    ['Sánchez'],
  ],
  ['es', ['A juicio del economista José Carlos Díez, “la inflación ha tocado techo”.'], ['José Carlos Díez']],
  [
    'es',
    [
      'La delegada del Gobierno, Mercedes González, explicó que “la manifestación no estaba comunicada”.',
      'Por su parte, el organizador, Pablo Ruiz, aseguró que “todo estaba en regla”.',
    ],
    ['Mercedes González', 'Pablo Ruiz'],
  ],
  // Unnamed sources after a source cue are never the last person named (written with the rule).
  [
    'es',
    [
      'La alcaldesa Ada Colau visitó el barrio el lunes.',
      'Según fuentes policiales, “el detenido tiene varios antecedentes”.',
    ],
    ['fuentes policiales|∅'],
  ],
  [
    'fr',
    [
      'Le maire Jean Dupont a visité le quartier.',
      'Selon des sources concordantes, « le suspect a été interpellé mardi soir ».',
    ],
    ['sources concordantes|∅'],
  ],
  [
    'en',
    [
      'Mayor Karen Bass visited the site.',
      'According to police sources, "the suspect fled on foot after the shooting."',
    ],
    ['police sources|∅'],
  ],
  [
    'es',
    [
      'La ministra Carolina Darias visitó el hospital.',
      'Según ella, “la situación está bajo control en todos los centros”.',
    ],
    ['Carolina Darias'],
  ],
  // "Pour"/"Per" at a sentence's start name a source only with a name or a role after them.
  [
    'fr',
    [
      'Le maire Jean Dupont a visité le quartier.',
      'Pour l’instant, « aucune piste n’est écartée » par les enquêteurs.',
    ],
    ['∅'],
  ],
  // A fourth probe, Arabic (measured first: 5 of 10): a body's name in construct after a role
  // (مدير مستشفى الشفاء، الأمين العام لحلف شمال الأطلسي), a title after the role, an unnamed source
  // (مصدر مسؤول), and the subject of a verb-first sentence for a later وقال.
  [
    'ar',
    [
      'قال المتحدث باسم الحكومة خالد العمر: "نرحب بالمبادرة ونؤيدها بالكامل".',
      'والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأمريكي في الرياض أمس.',
      'وقال: "نعمل معا من أجل الاستقرار في المنطقة".',
    ],
    ['خالد العمر', 'فيصل بن فرحان'],
  ],
  [
    'ar',
    [
      'قال رئيس الوزراء أحمد سالم: "الحكومة ماضية في الإصلاحات".',
      'من جهته، انتقد زعيم المعارضة سمير النجار سياسات الحكومة الاقتصادية.',
      'وأضاف: "الشعب يدفع ثمن هذه القرارات الخاطئة".',
    ],
    ['أحمد سالم', 'سمير النجار'],
  ],
  [
    'ar',
    ['وقالت المتحدثة باسم المفوضية السامية لشؤون اللاجئين أولغا سارادو: "الوضع الإنساني كارثي".'],
    ['أولغا سارادو'],
  ],
  ['ar', ['وأوضح مدير مستشفى الشفاء الدكتور محمد أبو سلمية أن "المستشفى خرج عن الخدمة بالكامل".'], ['محمد أبو سلمية']],
  ['ar', ['وصرح مصدر مسؤول في وزارة الداخلية بأن "التحقيقات جارية لكشف ملابسات الحادث".'], ['مصدر مسؤول|∅']],
  [
    'ar',
    ['وفي تصريح لـ"العربية.نت"، قال الخبير الاقتصادي علي الشمري: "الأسعار سترتفع خلال الأشهر المقبلة".'],
    ['علي الشمري'],
  ],
  ['ar', ['وأشارت الأمم المتحدة في تقرير لها إلى أن "أكثر من مليون شخص نزحوا من منازلهم".'], ['الأمم المتحدة']],
  [
    'ar',
    ['بدوره، قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ: "الحلف سيدافع عن كل شبر من أراضيه".'],
    ['ينس ستولتنبرغ'],
  ],
  [
    'ar',
    [
      'التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإسرائيلي في شرم الشيخ.',
      'وقال السيسي خلال اللقاء: "مصر لن تقبل بتهجير الفلسطينيين".',
    ],
    ['عبد الفتاح السيسي'],
  ],
  [
    'ar',
    ['وقال رئيس نادي الهلال فهد بن نافل لصحيفة "الرياض": "نطمح إلى تحقيق جميع البطولات هذا الموسم".'],
    ['فهد بن نافل'],
  ],
  // A fifth probe, several speakers taking turns (measured first: 5 of 12).
  [
    'en',
    [
      '"We are not going anywhere," said union leader Mick Lynch.',
      'Transport Secretary Mark Harper said the strikes were "completely unjustified."',
      '"The offer on the table is fair," he added.',
    ],
    // "completely unjustified." is two words, no quotation by LABELS.md's three-word rule.
    ['Mick Lynch', 'Mark Harper'],
  ],
  [
    'en',
    [
      'Emily Watson, a nurse at the hospital, described the scene.',
      '"People were lying in the corridors. We ran out of beds within an hour."',
      'Another nurse, Tom Baker, said staff were exhausted. "Nobody has slept," he said.',
    ],
    // The passage holds two quotations, not three.
    ['Emily Watson', 'Tom Baker'],
  ],
  [
    'en',
    [
      'Economists were divided. "Rates will have to rise again," said Jane Foster of Capital Economics.',
      'But Paul Dales, chief economist at Oxford Economics, disagreed: "The worst is behind us."',
    ],
    ['Jane Foster', 'Paul Dales'],
  ],
  [
    'en',
    [
      '"I just want my son back," his mother, Linda Hayes, told the BBC.',
      'The police said in a statement that they were "following several lines of inquiry."',
    ],
    ['Linda Hayes', 'police'],
  ],
  [
    'en',
    [
      'Jacinda Ardern announced her resignation on Thursday.',
      '"I know what this job takes," the 42-year-old said. "And I know that I no longer have enough in the tank."',
    ],
    ['Jacinda Ardern', 'Jacinda Ardern'],
  ],
  [
    'de',
    [
      '„Wir fordern zwölf Prozent mehr Lohn“, sagte Verdi-Chef Frank Werneke.',
      'Die Arbeitgeber lehnten ab. „Das ist völlig unrealistisch“, sagte ihre Verhandlungsführerin Karin Welge.',
    ],
    ['Frank Werneke', 'Karin Welge'],
  ],
  [
    'de',
    [
      'Angela Merkel äußerte sich am Abend.',
      '„Ich habe mir die Entscheidung nicht leicht gemacht“, sagte die Altkanzlerin. „Aber sie war richtig.“',
    ],
    ['Angela Merkel', 'Angela Merkel'],
  ],
  [
    'de',
    [
      '„Die Lage ist dramatisch“, sagt Hans Weber vom Deutschen Roten Kreuz. Seine Kollegin Eva Schmidt ergänzt: „Wir brauchen dringend Helfer.“',
    ],
    ['Hans Weber', 'Eva Schmidt'],
  ],
  [
    'es',
    [
      '“Vamos a recurrir la sentencia”, anunció el abogado de la familia, Juan Gómez.',
      'La fiscal, Laura Díaz, se mostró satisfecha: “Se ha hecho justicia”.',
    ],
    ['Juan Gómez', 'Laura Díaz'],
  ],
  [
    'es',
    [
      'Isabel Díaz Ayuso respondió en la Asamblea.',
      '“Madrid no se va a rendir”, dijo la presidenta regional. “Y no vamos a subir los impuestos”.',
    ],
    ['Isabel Díaz Ayuso', 'Isabel Díaz Ayuso'],
  ],
  [
    'es',
    [
      '“El incendio está estabilizado”, informó el consejero de Medio Ambiente, Mariano Sánchez.',
      'Los vecinos, sin embargo, denuncian falta de medios. “Nos han dejado solos”, lamenta María, de 70 años.',
    ],
    ['Mariano Sánchez', 'María'],
  ],
  [
    'it',
    [
      '«Non ci sono le condizioni», ha detto Giuseppe Conte.',
      'Gli ha risposto la premier Giorgia Meloni: «Chi rompe paga».',
    ],
    ['Giuseppe Conte', 'Giorgia Meloni'],
  ],
  // A sixth probe: live-blog entries, unnamed sources, two people joined by "und"/"and", Chinese
  // roles (measured first: 8 of 12).
  [
    'en',
    [
      '14:32 GMT',
      'Starmer: "We will not be blackmailed by anyone"',
      'The prime minister told MPs that the government would stand firm.',
    ],
    ['Starmer'],
  ],
  ['en', ['Key points', 'Zelensky says "Ukraine will never give up its land" in a video address.'], ['Zelensky']],
  [
    'en',
    ['"The situation is very serious," a senior Labour source said, adding that ministers were worried.'],
    ['Labour source|∅'],
  ],
  ['en', ['A government spokesperson said: "We do not comment on leaked documents."'], ['spokesperson|∅']],
  [
    'de',
    ['„Das wird teuer für alle Beteiligten“, so die Einschätzung von Ökonomin Monika Schnitzer.'],
    ['Monika Schnitzer'],
  ],
  [
    'de',
    [
      'Bundeskanzler Olaf Scholz und Außenministerin Annalena Baerbock reisten am Montag nach Kiew.',
      'Scholz betonte: „Wir stehen fest an der Seite der Ukraine.“ Auch Baerbock äußerte sich: „Wir lassen nicht nach.“',
    ],
    ['Scholz', 'Baerbock'],
  ],
  ['zh', ['习近平强调：“要坚定不移推进高水平对外开放。”'], ['习近平']],
  ['zh', ['世界卫生组织总干事谭德塞表示：“疫情远未结束，各国仍需保持警惕。”'], ['谭德塞']],
  [
    'en',
    [
      'Chancellor Rachel Reeves and Business Secretary Jonathan Reynolds visited the plant.',
      'Reynolds said the deal would "protect thousands of jobs in the region."',
    ],
    ['Jonathan Reynolds'],
  ],
  [
    'es',
    [
      'El presidente Pedro Sánchez y el líder del PP, Alberto Núñez Feijóo, se reunieron ayer.',
      '“Ha sido una reunión muy útil para todos”, dijo Feijóo.',
    ],
    ['Alberto Núñez Feijóo'],
  ],
  ['zh', ['小米集团董事长雷军在发布会上说：“我们要做最好的手机。”'], ['雷军']],
  ['zh', ['一名目击者对记者说：“当时火势非常大，根本无法靠近。”'], ['目击者|∅']],
  // A seventh probe, French and German cues (measured first: 9 of 14, 10 once one of its own
  // two-word quotations was taken out).
  ['fr', ['« Nous ne lâcherons rien », prévient Sophie Binet, la secrétaire générale de la CGT.'], ['Sophie Binet']],
  ['fr', ['Emmanuel Macron a appelé à « l’unité de la nation » lors de son allocution.'], ['Emmanuel Macron']],
  ['fr', ['« C’est une victoire pour tous les salariés », se félicite le syndicaliste Paul Martin.'], ['Paul Martin']],
  [
    'fr',
    [
      'Le ministre de l’Intérieur, Gérald Darmanin, s’est dit « très préoccupé » par la situation.',
      '« Nous allons renforcer les effectifs de police dans le quartier », a-t-il promis.',
    ],
    ['Gérald Darmanin'],
  ],
  [
    'fr',
    ['La Première ministre a jugé la proposition « irresponsable et dangereuse pour le pays ».'],
    ['Première ministre|∅'],
  ],
  [
    'fr',
    ['« Il n’y a pas de fatalité », insiste Marine Tondelier, patronne des Écologistes. « Nous pouvons gagner. »'],
    ['Marine Tondelier', 'Marine Tondelier'],
  ],
  ['fr', ['Dans un communiqué, la préfecture a indiqué que « le feu était fixé mais pas éteint ».'], ['préfecture']],
  [
    'fr',
    ['« Je suis très ému de recevoir ce prix », a réagi le cinéaste Jacques Audiard sur France Inter.'],
    ['Jacques Audiard'],
  ],
  [
    'fr',
    ['Le président de LR, Éric Ciotti, a dénoncé sur X « une honte absolue pour la République ».'],
    ['Éric Ciotti'],
  ],
  [
    'fr',
    ['« Nous avons perdu une bataille, pas la guerre », a lancé Jordan Bardella dimanche soir.'],
    ['Jordan Bardella'],
  ],
  ['de', ['Der Kanzler sprach von einem „historischen Tag für Deutschland“.'], ['Kanzler|∅']],
  [
    'de',
    ['„Wir werden das Werk nicht schließen“, versprach VW-Chef Oliver Blume den Beschäftigten.'],
    ['Oliver Blume'],
  ],
  ['de', ['„Das ist ein guter Tag für die Demokratie“, freute sich Grünen-Chefin Ricarda Lang.'], ['Ricarda Lang']],
  ['de', ['Nach Angaben der Polizei wurden „mehrere Personen leicht verletzt“.'], ['Polizei|∅']],
  // An eighth probe: a quotation with no cue takes the subject named in its own sentence, after the
  // quotation before it (measured first: 2 of 5).
  [
    'en',
    [
      'Union leader Mick Lynch and Transport Secretary Mark Harper clashed on Monday.',
      '"We are not going anywhere at all," Lynch said. But Harper disagreed: "The offer on the table is fair and final."',
    ],
    ['Mick Lynch', 'Mark Harper'],
  ],
  [
    'es',
    [
      '“No vamos a ceder ante nadie”, dijo el alcalde, Juan Pérez. La concejala Ana Ruiz lo tuvo claro: “Esto es un error histórico”.',
    ],
    ['Juan Pérez', 'Ana Ruiz'],
  ],
  [
    'fr',
    [
      '« Nous irons jusqu’au bout », a dit Marie Dupont. Son adversaire Paul Martin lui a répondu sèchement : « Vous avez déjà perdu cette bataille. »',
    ],
    ['Marie Dupont', 'Paul Martin'],
  ],
  [
    'de',
    [
      'CDU-Chef Friedrich Merz und Kanzler Olaf Scholz stritten im Bundestag.',
      '„Wir lehnen das entschieden ab“, sagte Merz. Scholz konterte: „Sie haben keinen Plan für dieses Land.“',
    ],
    ['Friedrich Merz', 'Olaf Scholz'],
  ],
  [
    'en',
    [
      'Mayor Karen Bass toured the damaged neighborhood on Friday.',
      'Bass described the fire as "the worst disaster in the history of the city."',
    ],
    ['Karen Bass'],
  ],
  // spk4: French cues with an adverb inside the compound tense, and verbs of portraits.
  [
    'fr',
    [
      'Emmanuel Macron a salué « le courage des soignants ».',
      'Le chef de l’État a également promis « des moyens supplémentaires pour l’hôpital public ».',
    ],
    ['Emmanuel Macron', 'Emmanuel Macron'],
  ],
  ['fr', ['« On ne peut pas continuer comme ça », soupire Marc Duval, 54 ans, chauffeur de taxi.'], ['Marc Duval']],
  [
    'fr',
    [
      'La maire, Martine Aubry, a reçu les commerçants.',
      '« Personne ne sera oublié », a notamment déclaré l’élue, qui expliquait aussi que « les aides arriveront en mars ».',
    ],
    ['Martine Aubry', 'Martine Aubry'],
  ],
  ['it', ['«Non ci fermeremo», ha poi aggiunto il ministro Matteo Piantedosi.'], ['Matteo Piantedosi']],
  // spk4: the addressee after "told" is no speaker, even after the quotation.
  [
    'en',
    [
      '"We are looking at all options," a senior administration official told Reuters, speaking on condition of anonymity.',
    ],
    ['official|∅'],
  ],
  ['en', ['Ann Lee lives nearby.', '"It is a disaster," a neighbour told Al Jazeera.'], ['neighbour|∅']],
  // spk4: a paragraph that is only a quotation, after one whose last sentence is about a named person.
  [
    'fr',
    [
      'Pierre Lefèvre, agriculteur dans la Beauce, ne décolère pas.',
      '« On nous demande toujours plus pour gagner toujours moins. »',
    ],
    ['Pierre Lefèvre'],
  ],
  [
    'fr',
    [
      'Le sélectionneur Didier Deschamps a été clair.',
      '« Personne n’a sa place assurée en équipe de France. »',
      '« Les joueurs le savent », a-t-il insisté.',
    ],
    ['Didier Deschamps', 'Didier Deschamps'],
  ],
  [
    'en',
    [
      'Maria Gomez, a nurse in Phoenix, has worked nights for ten years.',
      '"Every shift we are short of staff, and every shift someone cries."',
    ],
    ['Maria Gomez'],
  ],
  // spk4: Spanish addressees and clitics between the verb and its subject.
  [
    'es',
    ['“Estamos muy preocupados”, explicó a EFE María González, portavoz de la asociación de vecinos.'],
    ['María González'],
  ],
  ['es', ['“Es una vergüenza”, dijo a la ministra Ana López el alcalde Pedro Ruiz.'], ['Pedro Ruiz']],
  [
    'es',
    [
      'Pedro Sánchez compareció en el Congreso.',
      'Feijóo le replicó: “Usted ha perdido la confianza de los españoles”.',
    ],
    ['Feijóo'],
  ],
  [
    'es',
    [
      'El alcalde de Madrid, José Luis Martínez-Almeida, defendió la medida.',
      'Según el regidor, “la ciudad necesita más zonas verdes”.',
    ],
    ['José Luis Martínez-Almeida'],
  ],
  // spk4: German names without a role, read where they open a sentence before a verb or carry a party.
  [
    'de',
    ['Olaf Scholz besuchte am Montag die Flutgebiete.', '„Wir lassen niemanden allein“, versprach der Kanzler.'],
    ['Olaf Scholz'],
  ],
  [
    'de',
    [
      'Friedrich Merz (CDU) hat die Regierung scharf angegriffen.',
      '„Das ist ein Armutszeugnis“, sagte der Oppositionsführer.',
    ],
    ['Friedrich Merz'],
  ],
  // spk4: Arabic continuations (وزاد، واستدرك، وأكمل، وختم قائلا، واختتم حديثه بالقول) and ولي العهد as a role.
  [
    'ar',
    [
      'قال وزير المالية محمد الجدعان إن "الاقتصاد يسير في الاتجاه الصحيح".',
      'وزاد: "سنواصل الإصلاحات الهيكلية في كل القطاعات".',
      'وختم قائلا: "المستقبل واعد لكل المواطنين".',
    ],
    ['محمد الجدعان', 'محمد الجدعان', 'محمد الجدعان'],
  ],
  [
    'ar',
    [
      'أكدت المتحدثة باسم الوزارة سارة العلي أن "الوضع تحت السيطرة تماما".',
      'واختتمت حديثها بالقول: "لا داعي للقلق على الإطلاق".',
    ],
    ['سارة العلي', 'سارة العلي'],
  ],
  [
    'ar',
    ['ونقلت وكالة الأنباء السعودية عن ولي العهد الأمير محمد بن سلمان قوله: "رؤية 2030 تسير وفق الخطة".'],
    ['محمد بن سلمان'],
  ],
  // spk4: a role with modifiers before it stands for the person in focus.
  [
    'en',
    ['Prime Minister Keir Starmer visited the site on Monday.', '"This is a tragedy," the Labour leader said.'],
    ['Keir Starmer'],
  ],
  // spk4: two people of one family name are two entities.
  [
    'en',
    [
      '"We are not going anywhere," said Maria Alvarez, who has run the bakery for 20 years.',
      'Her son, Luis Alvarez, was less certain. "Rents keep going up," he said.',
    ],
    ['Maria Alvarez', 'Luis Alvarez'],
  ],
  [
    'es',
    [
      'Ana García, de 70 años, vive sola desde hace una década.',
      'Su hijo, Pedro García, la visita cada domingo. “Me preocupa mucho su salud”, reconoce.',
    ],
    ['Pedro García'],
  ],
  // spk4: a day between a Spanish verb and the name after it.
  ['es', ['“Es una gran noticia”, ha dicho este martes Pedro Sánchez en rueda de prensa.'], ['Pedro Sánchez']],
  // spk4: the rest of a quotation credited to nobody is a quotation too, and nobody's.
  [
    'en',
    ['"The plan is dead," said one EU diplomat. "Nobody wants to say it publicly."'],
    ['diplomat|∅', 'diplomat|∅'],
  ],
  [
    'en',
    [
      '"The first thing we did was call our families," the survivors say.',
      '"Then I cried for an hour, and then I started to look for my brother."',
    ],
    ['survivors|∅', 'survivors|∅'],
  ],
  // spk4: rule sentence-after, a quotation after a sentence about a person named in its paragraph.
  [
    'en',
    [
      'John Smith was at the scene within minutes.',
      '"There was smoke everywhere," he recalled. "People were screaming."',
      'His neighbour, Ann Jones, agreed. "It was terrifying."',
    ],
    ['John Smith', 'John Smith', 'Ann Jones'],
  ],
  // spk4: rule next-sentence, the sentence after a quotation takes it up and names the speaker.
  [
    'fr',
    ['« Nous ne lâcherons rien ». C’est ce qu’a affirmé mardi la secrétaire générale de la CGT, Sophie Binet.'],
    ['Sophie Binet'],
  ],
  [
    'pt',
    ['“O Brasil voltou ao cenário internacional”. Assim disse o presidente Luiz Inácio Lula da Silva em Brasília.'],
    ['Lula'],
  ],
  // spk4: Arabic unnamed sources: an indefinite role and an adjective of origin, and بحسب ما نقلته … عن.
  ['ar', ['وقال مسؤول أمريكي لرويترز إن "المحادثات وصلت إلى طريق مسدود".'], ['مسؤول أمريكي|∅']],
  ['ar', ['وبحسب ما نقلته وكالة رويترز عن مسؤول أمريكي، فإن "المحادثات وصلت إلى طريق مسدود".'], ['مسؤول أمريكي|∅']],
  // spk4: "accused … of", and the office or government of someone named before the cue.
  ['en', ['Biden accused Trump of "lying to the American people again and again."'], ['Biden']],
  [
    'en',
    ['Netanyahu\'s office said in a statement that Israel "will not stop until all hostages are home."'],
    ['Netanyahu'],
  ],
  // spk4: a description after the verb is a person, and the body a role belongs to is no person.
  [
    'es',
    [
      'El entrenador del Real Madrid, Carlo Ancelotti, habló tras el partido.',
      '“El equipo ha jugado muy bien”, señaló el italiano.',
    ],
    ['Carlo Ancelotti'],
  ],
  [
    'fr',
    [
      'Le président du Stade Rennais, Olivier Cloarec, a réuni la presse.',
      '« Nous voulons un stade plus grand », a expliqué le dirigeant breton.',
    ],
    ['Olivier Cloarec'],
  ],
  // spk4: Korean quotative verbs after 고 (입을 모았다, 꼬집었다, 내다봤다, 했습니다) with a plural subject.
  ['ko', ['전문가들은 "금리 인하가 불가피하다"고 입을 모았다.'], ['∅|전문가']],
  ['ko', ['한 시민은 "정부가 너무 늦게 움직였다"고 꼬집었다.'], ['∅|시민']],
  // spk4: Spanish cues celebrar, ironizar, bromear, reprochar, reivindicar, avisar, agradecer.
  ['es', ['“Es un paso histórico”, celebró en redes sociales la ministra de Igualdad, Ana Redondo.'], ['Ana Redondo']],
  // spk4: English cues retorted, sighed, texted, emailed, messaged, chimed in, weighed in.
  ['en', ['"That is simply not true," retorted Senator Maria Cantwell.'], ['Maria Cantwell']],
  ['en', ['"We are still waiting for an answer," Ellen Park texted on Sunday.'], ['Ellen Park']],
  // spk4: French reflexive cues s’indigner, s’insurger, s’étonner, s’alarmer, s’inquiéter, s’agacer.
  [
    'fr',
    ['« C’est un scandale d’État », s’est indigné le député Antoine Léaument sur franceinfo.'],
    ['Antoine Léaument'],
  ],
  // spk5: a ninth probe, genres the passages above cover thinly: agency reports over several
  // paragraphs (وام، واس، قنا), press conferences and court reports with three speakers taking
  // turns, a speaker named in full once and then by surname, role or pronoun only, Russian «…» — ,
  // Portuguese "segundo X", Japanese 「…」と述べた.
  [
    'ar',
    [
      'أبوظبي في 12 مارس / وام / أكد عبدالله بن طوق المري وزير الاقتصاد أن "الاقتصاد الوطني يواصل نموه بوتيرة ثابتة".',
      'وأوضح في تصريح لوكالة أنباء الإمارات أن "القطاعات غير النفطية تمثل اليوم أكثر من سبعين في المئة من الناتج".',
      'وأشار إلى أن الوزارة تعمل على تحديث التشريعات.',
      'وتابع: "سنطلق خلال العام الجاري حزمة جديدة من المبادرات لدعم الشركات الصغيرة".',
    ],
    ['عبدالله بن طوق المري', 'عبدالله بن طوق المري', 'عبدالله بن طوق المري'],
  ],
  [
    'ar',
    [
      'قالت وزيرة الصحة هالة زايد في مؤتمر صحفي إن "الوزارة رفعت درجة الاستعداد في جميع المستشفيات".',
      'وأضافت: "لدينا مخزون كاف من الأدوية لمدة ستة أشهر".',
    ],
    ['هالة زايد', 'هالة زايد'],
  ],
  [
    'ar',
    [
      'وقال الدكتور مصطفى مدبولي رئيس مجلس الوزراء إن "الحكومة ملتزمة بخفض معدلات التضخم".',
      'وأضاف مدبولي: "نحن نعمل مع القطاع الخاص بشكل وثيق".',
    ],
    ['مصطفى مدبولي', 'مصطفى مدبولي'],
  ],
  [
    'ar',
    [
      'عقد وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الأردني أيمن الصفدي مؤتمرا صحفيا مشتركا في الرياض.',
      'وقال الأمير فيصل بن فرحان: "نحن متفقون على ضرورة الوقف الفوري لإطلاق النار".',
      'من جانبه، قال الصفدي إن "الأردن سيواصل جهوده لإيصال المساعدات الإنسانية".',
      'وأضاف وزير الخارجية الأردني: "لا يمكن أن يستمر هذا الوضع إلى ما لا نهاية".',
    ],
    ['فيصل بن فرحان', 'أيمن الصفدي', 'أيمن الصفدي'],
  ],
  [
    'ar',
    [
      'ونقلت وكالة الأنباء القطرية (قنا) عن الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية قوله إن "الوساطة القطرية مستمرة رغم الصعوبات".',
    ],
    ['محمد بن عبدالرحمن آل ثاني'],
  ],
  [
    'ar',
    [
      'وقال القاضي يحيى الدكروري خلال الجلسة: "المحكمة لن تقبل أي تأجيل آخر".',
      'في المقابل، قال محامي الدفاع خالد علي إن "موكله لم يرتكب أي جريمة".',
      'وردت النيابة العامة بأن "الأدلة قاطعة ولا تحتمل التأويل".',
    ],
    ['يحيى الدكروري', 'خالد علي', 'النيابة العامة'],
  ],
  [
    'ar',
    [
      'التقى الرئيس الفلسطيني محمود عباس في رام الله وفدا من الكونغرس الأمريكي.',
      'وقال عباس خلال اللقاء إن "الشعب الفلسطيني لن يقبل بالتهجير".',
      'وشدد الرئيس الفلسطيني على أن "الحل الوحيد هو إقامة الدولة المستقلة".',
    ],
    ['محمود عباس', 'محمود عباس'],
  ],
  ['ar', ['وقالت الناشطة سلمى موسى لوكالة الأنباء الألمانية: "لم يعد لدينا مكان آمن نذهب إليه".'], ['سلمى موسى']],
  [
    'ar',
    [
      'الرياض 25 مارس 2024 (واس) أكد صاحب السمو الملكي الأمير عبدالعزيز بن سعود بن نايف وزير الداخلية أن "أمن الحجاج أولوية قصوى".',
      'وبين سموه أن "الخطط الأمنية جاهزة لموسم الحج هذا العام".',
    ],
    ['عبدالعزيز بن سعود بن نايف', 'عبدالعزيز بن سعود بن نايف'],
  ],
  [
    'ar',
    ['وفي تصريح لقناة الجزيرة، قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن "المفاوضات تمر بمرحلة حساسة".'],
    ['ماجد الأنصاري'],
  ],
  [
    'ar',
    [
      'قال رئيس الوزراء العراقي محمد شياع السوداني إن "العراق لن يكون ساحة لتصفية الحسابات".',
      'وأشار السوداني إلى أنه بحث الملف مع الرئيس الإيراني.',
      'وأردف: "علاقاتنا مع جيراننا قائمة على الاحترام المتبادل".',
    ],
    ['محمد شياع السوداني', 'محمد شياع السوداني'],
  ],
  // German
  [
    'de',
    ['„Wir prüfen den Vorgang sorgfältig“, erklärte die Sprecherin des Ministeriums, Anna Weber, am Montag.'],
    ['Anna Weber'],
  ],
  [
    'de',
    ['„Die Preise werden weiter steigen“, sagte Verbraucherschützerin Ramona Pop der „Süddeutschen Zeitung“.'],
    ['Ramona Pop'],
  ],
  [
    'de',
    ['Bürgermeister Peter Kurz sagte, man habe alles versucht.', '„Wir konnten den Abriss nicht verhindern“, so Kurz.'],
    ['Peter Kurz'],
  ],
  [
    'de',
    [
      'Vor dem Landgericht München hat am Dienstag der Prozess gegen einen 42-jährigen Mann begonnen.',
      '„Der Angeklagte hat aus Habgier gehandelt“, sagte Staatsanwältin Julia Berger zum Auftakt.',
      'Sein Verteidiger Thomas Klein widersprach: „Mein Mandant bestreitet die Vorwürfe.“',
      'Der Vorsitzende Richter Michael Huber kündigte an, „das Urteil voraussichtlich im Mai zu verkünden“.',
    ],
    ['Julia Berger', 'Thomas Klein', 'Michael Huber'],
  ],
  [
    'de',
    [
      'Bundesgesundheitsminister Karl Lauterbach stellte am Mittwoch die Reform vor.',
      'Der Minister sagte: „Diese Reform ist überfällig.“',
    ],
    ['Karl Lauterbach'],
  ],
  [
    'de',
    [
      'Die Virologin Sandra Ciesek warnte vor einer neuen Welle.',
      '„Wir sollten weiter vorsichtig bleiben“, sagte sie.',
    ],
    ['Sandra Ciesek'],
  ],
  // Spanish
  [
    'es',
    [
      'El presidente del Gobierno, Pedro Sánchez, y el líder de la oposición, Alberto Núñez Feijóo, se reunieron el lunes en el Congreso.',
      '“Ha sido una reunión útil”, declaró Sánchez al salir.',
      'Feijóo, en cambio, lamentó que “no hubo ningún avance concreto”.',
    ],
    ['Pedro Sánchez', 'Alberto Núñez Feijóo'],
  ],
  [
    'es',
    [
      'Según la portavoz de la Guardia Civil, Laura Gómez, “el conductor circulaba a más de doscientos kilómetros por hora”.',
    ],
    ['Laura Gómez'],
  ],
  [
    'es',
    [
      'El fiscal Alejandro Luzón pidió ocho años de prisión.',
      '“Los hechos están plenamente acreditados”, afirmó el fiscal.',
    ],
    ['Alejandro Luzón'],
  ],
  [
    'es',
    [
      'La ministra de Hacienda, María Jesús Montero, presentó los presupuestos.',
      '“Son unas cuentas realistas y responsables”, aseguró la ministra.',
    ],
    ['María Jesús Montero'],
  ],
  // Italian
  [
    'it',
    ['«La situazione è sotto controllo», ha assicurato il prefetto di Roma, Lamberto Giannini.'],
    ['Lamberto Giannini'],
  ],
  [
    'it',
    [
      'La ministra del Lavoro Marina Calderone ha incontrato i sindacati.',
      '«Il dialogo resta aperto a tutte le parti», ha detto la ministra al termine dell’incontro.',
    ],
    ['Marina Calderone'],
  ],
  [
    'it',
    [
      'Il pm Paolo Storari ha chiesto la condanna a sei anni.',
      '«Le prove sono schiaccianti», ha detto in aula il pubblico ministero.',
      'Di parere opposto l’avvocato difensore, Giulia Neri: «Il mio assistito è innocente».',
    ],
    ['Paolo Storari', 'Giulia Neri'],
  ],
  // Portuguese
  ['pt', ['Segundo o ministro da Fazenda, Fernando Haddad, “a inflação está sob controle”.'], ['Fernando Haddad']],
  [
    'pt',
    ['“Vamos reconstruir tudo o que foi destruído”, afirmou o governador Eduardo Leite em entrevista coletiva.'],
    ['Eduardo Leite'],
  ],
  [
    'pt',
    [
      'A presidente da Petrobras, Magda Chambriard, falou à imprensa nesta terça-feira.',
      '“Não haverá aumento no preço da gasolina este mês”, disse ela.',
    ],
    ['Magda Chambriard'],
  ],
  // Russian
  ['ru', ['«Мы не допустим эскалации конфликта», — заявил министр иностранных дел Сергей Лавров.'], ['Сергей Лавров']],
  ['ru', ['По словам пресс-секретаря Кремля Дмитрия Пескова, «никаких переговоров пока не ведется».'], ['Песков']],
  [
    'ru',
    [
      'Глава Минфина Антон Силуанов выступил на форуме в Санкт-Петербурге.',
      '«Бюджет остается сбалансированным», — сказал он.',
    ],
    ['Антон Силуанов'],
  ],
  [
    'ru',
    [
      'Официальный представитель МИД Мария Захарова прокомментировала заявление Вашингтона.',
      '«Это очередная попытка вмешательства во внутренние дела», — заявила она.',
    ],
    ['Мария Захарова'],
  ],
  [
    'ru',
    ['Президент Казахстана Касым-Жомарт Токаев подчеркнул: «Мы открыты для сотрудничества со всеми странами».'],
    ['Касым-Жомарт Токаев'],
  ],
  // French
  [
    'fr',
    [
      'La ministre de la Culture, Rachida Dati, était en visite à Lyon.',
      '« Le patrimoine doit être accessible à tous », a déclaré la ministre.',
    ],
    ['Rachida Dati'],
  ],
  [
    'fr',
    [
      'Le procureur Rémy Heitz a requis vingt ans de réclusion.',
      '« L’accusé n’a exprimé aucun regret », a-t-il souligné.',
      'Son avocate, Me Claire Dubois, a plaidé l’acquittement : « Il n’y a aucune preuve matérielle dans ce dossier. »',
    ],
    ['Rémy Heitz', 'Claire Dubois'],
  ],
  [
    'fr',
    ['Selon Jean-Luc Mélenchon, chef de file des insoumis, « ce budget est une provocation ».'],
    ['Jean-Luc Mélenchon'],
  ],
  // English
  [
    'en',
    ['"We are reviewing the footage," John Kirby, a spokesman for the National Security Council, said on Monday.'],
    ['John Kirby'],
  ],
  ['en', ['"This is only the beginning," said Amy Chen, who has run the shelter for a decade.'], ['Amy Chen']],
  [
    'en',
    [
      'At a joint news conference, Secretary of State Antony Blinken and Foreign Minister Penny Wong discussed the AUKUS agreement.',
      '"Our partnership has never been stronger," Blinken said.',
      'Wong agreed, saying the pact "reflects shared values and shared interests."',
      '"We will keep working together on climate too," she added.',
    ],
    ['Antony Blinken', 'Penny Wong', 'Penny Wong'],
  ],
  [
    'en',
    [
      'Judge Sarah Mitchell sentenced Daniel Reed to 12 years in prison on Friday.',
      '"You showed no remorse for what you did," the judge told him.',
      'Reed\'s lawyer, Mark Ortiz, said his client "intends to appeal the verdict."',
    ],
    ['Sarah Mitchell', 'Mark Ortiz'],
  ],
  [
    'en',
    ['2:15 p.m. — Governor Gavin Newsom: "Every Californian should be prepared to evacuate if told to."'],
    ['Gavin Newsom'],
  ],
  [
    'en',
    [
      'Treasury Secretary Janet Yellen arrived in Beijing on Thursday.',
      '"We seek a healthy economic relationship," the secretary told reporters.',
    ],
    ['Janet Yellen'],
  ],
  // Chinese, Japanese
  ['zh', ['外交部发言人毛宁在例行记者会上表示：“中方坚决反对任何形式的单边制裁。”'], ['毛宁']],
  [
    'zh',
    ['中国科学院院士王贻芳日前接受本报记者采访。', '他说：“大型对撞机将为基础物理研究打开新的窗口。”'],
    ['王贻芳'],
  ],
  ['ja', ['岸田文雄首相は記者団に対し「経済対策を速やかに実行したい」と述べた。'], ['岸田文雄']],
  [
    'ja',
    [
      '日本銀行の植田和男総裁は19日、記者会見を開いた。',
      '植田総裁は「物価目標の実現が見通せる状況になった」と語った。',
    ],
    ['植田和男'],
  ],
  // spk5: نظيره (his counterpart) names a man: a later وأضاف stands for him.
  [
    'ar',
    [
      'استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة.',
      'وقال ماكرون في المؤتمر الصحفي: "فرنسا تقف مع مصر في مواجهة التحديات".',
      'وأضاف: "سنعمل معا من أجل السلام في المنطقة".',
    ],
    ['إيمانويل ماكرون', 'إيمانويل ماكرون'],
  ],
  // spk5: a tenth probe, Arabic newspaper style above all (لـ"عكاظ", هكذا قال, قوله, من جهته with a
  // second official, a woman and a man alternating), subjects after the verb and "according to" in
  // the other languages.
  [
    'ar',
    ['وقال مدير عام التعليم بمنطقة مكة المكرمة أحمد الزهراني لـ"عكاظ" إن "الاستعدادات للعام الدراسي الجديد اكتملت".'],
    ['أحمد الزهراني'],
  ],
  [
    'ar',
    ['أوضح المتحدث الرسمي لشرطة منطقة الرياض العقيد فواز الميمان، أن "الجهات الأمنية تمكنت من القبض على الجاني".'],
    ['فواز الميمان'],
  ],
  [
    'ar',
    [
      'قال رئيس بلدية جدة المهندس صالح التركي إن "أعمال الصيانة ستنتهي خلال أسبوعين".',
      'من جهته، أكد مدير إدارة الطوارئ خالد القحطاني أن "فرق الدفاع المدني في حالة تأهب".',
      'وأضاف القحطاني: "ننصح المواطنين بالابتعاد عن مجاري السيول".',
    ],
    ['صالح التركي', 'خالد القحطاني', 'خالد القحطاني'],
  ],
  ['ar', ['"لن نسمح بأي تجاوزات مهما كانت"، هكذا قال وزير الداخلية التونسي كمال الفقي.'], ['كمال الفقي']],
  ['ar', ['"الوضع الإنساني في القطاع كارثي"، قال المفوض العام للأونروا فيليب لازاريني.'], ['فيليب لازاريني']],
  [
    'ar',
    ['وقالت الطبيبة ليلى مصطفى: "نستقبل عشرات الحالات يوميا".', 'وتابعت: "نقص الأدوية يهدد حياة المرضى في المستشفى".'],
    ['ليلى مصطفى', 'ليلى مصطفى'],
  ],
  ['ar', ['وقال الشيخ عيسى قاسم في خطبة الجمعة: "الوحدة الوطنية خط أحمر لا يجوز تجاوزه".'], ['عيسى قاسم']],
  [
    'ar',
    ['وبحسب ما نقلت صحيفة "الشرق الأوسط" عن مصدر دبلوماسي، فإن "المفاوضات ستستأنف الأسبوع المقبل".'],
    ['مصدر دبلوماسي|∅'],
  ],
  [
    'ar',
    ['وكتب الرئيس الأمريكي دونالد ترامب على منصة "تروث سوشيال": "سنعيد لأمريكا عظمتها من جديد".'],
    ['دونالد ترامب'],
  ],
  [
    'ar',
    [
      'وصرح وزير الخارجية السعودي الأمير فيصل بن فرحان للصحفيين بأن "الرياض تدعم الحل السياسي".',
      'وأشار الوزير إلى أن "المملكة ستواصل دعمها للشعب اليمني".',
    ],
    ['فيصل بن فرحان', 'فيصل بن فرحان'],
  ],
  [
    'ar',
    [
      'قالت المتحدثة باسم منظمة الصحة العالمية مارغريت هاريس إن "الوضع الصحي في القطاع خطير جدا".',
      'في المقابل، قال المتحدث باسم الجيش الإسرائيلي إن "القوات تعمل وفق القانون الدولي".',
      'وأضافت هاريس: "نحتاج إلى وصول آمن ودون عوائق".',
    ],
    ['مارغريت هاريس', 'المتحدث باسم الجيش الإسرائيلي|∅', 'مارغريت هاريس'],
  ],
  [
    'ar',
    ['ونقلت وكالة الأنباء الفرنسية عن المتحدث باسم الحكومة الفرنسية أوليفييه فيران قوله: "لن نتراجع عن الإصلاح".'],
    ['أوليفييه فيران'],
  ],
  [
    'ar',
    [
      'وأكد ولي العهد السعودي الأمير محمد بن سلمان أن "رؤية 2030 تسير وفق ما خطط لها".',
      'وأضاف سمو ولي العهد: "المملكة ستكون نموذجا عالميا في التنمية".',
    ],
    ['محمد بن سلمان', 'محمد بن سلمان'],
  ],
  ['ar', ['وقال أبو محمد، وهو صاحب محل في السوق القديم: "خسرنا كل بضاعتنا في الحريق".'], ['أبو محمد']],
  // German
  [
    'de',
    ['Das sei „ein schwerer politischer Fehler“ gewesen, sagte CDU-Chef Friedrich Merz am Sonntag.'],
    ['Friedrich Merz'],
  ],
  ['de', ['Laut Polizeisprecher Stefan Klein wurden „keine weiteren Personen verletzt“.'], ['Stefan Klein']],
  [
    'de',
    [
      'Hydrologe Fred Hattermann vom Potsdam-Institut beobachtet die Pegel seit Jahren.',
      'Der Experte warnt: „Die nächste Dürre kommt bestimmt.“',
    ],
    ['Fred Hattermann'],
  ],
  // Spanish, Portuguese, Italian
  [
    'es',
    ['“No vamos a dimitir”, zanjó la presidenta madrileña, Isabel Díaz Ayuso, en la Asamblea.'],
    ['Isabel Díaz Ayuso'],
  ],
  ['es', ['De acuerdo con el director del hospital, Luis Pérez, “la situación está controlada”.'], ['Luis Pérez']],
  ['pt', ['Para o economista-chefe do banco, Mário Mesquita, “a economia vai desacelerar”.'], ['Mário Mesquita']],
  [
    'pt',
    [
      'O presidente Luiz Inácio Lula da Silva visitou o Rio Grande do Sul nesta quinta-feira.',
      '“Não vou desistir deste povo”, garantiu Lula a jornalistas.',
    ],
    ['Lula'],
  ],
  [
    'it',
    ['Secondo quanto riferito dal portavoce della Protezione civile, Marco Bianchi, «non ci sono vittime».'],
    ['Marco Bianchi'],
  ],
  ['it', ['«Siamo al lavoro da ore», spiega all’Ansa Giuseppe Verdi, sindaco del paese.'], ['Giuseppe Verdi']],
  // French
  [
    'fr',
    [
      '« C’est inacceptable et dangereux », a réagi auprès de l’AFP Marine Tondelier, secrétaire nationale des Écologistes.',
    ],
    ['Marine Tondelier'],
  ],
  [
    'fr',
    ['La députée Clémentine Autain a pris la parole mardi.', 'Selon elle, « la réforme ne passera pas ».'],
    ['Clémentine Autain'],
  ],
  // English
  ['en', ['"We are not going anywhere," said Sarah Lee, 34, a nurse at the hospital.'], ['Sarah Lee']],
  [
    'en',
    [
      'White House press secretary Karoline Leavitt took questions on Tuesday.',
      'Asked about tariffs, she said: "The president has been very clear."',
    ],
    ['Karoline Leavitt'],
  ],
  ['en', ['"It was terrifying," recalled one survivor, Maria Gonzalez, who lost her home.'], ['Maria Gonzalez']],
  [
    'en',
    ['According to Dr. Anthony Fauci, the former NIAID director, "vaccines remain our best tool."'],
    ['Anthony Fauci'],
  ],
  // Russian
  [
    'ru',
    ['Как заявил журналистам министр обороны Андрей Белоусов, «армия полностью обеспечена всем необходимым».'],
    ['Андрей Белоусов'],
  ],
  // Chinese, Japanese
  ['zh', ['“我们对今年的业绩非常满意。”公司首席执行官张勇表示。'], ['张勇']],
  ['ja', ['松野博一官房長官は会見で「政府として万全を期したい」と述べた。'], ['松野博一']],
  // spk5: an eleventh probe, German and Arabic newspaper forms (a role after the name for a later
  // quotation, separable verbs, "heißt es in", "gegenüber dem X sagte", بهذه الكلمات, لـ"العربية.نت").
  [
    'de',
    ['SPD-Chef Lars Klingbeil verteidigte den Kompromiss.', '„Wir haben keine andere Wahl“, sagte der SPD-Politiker.'],
    ['Lars Klingbeil'],
  ],
  [
    'de',
    [
      'Landrat Michael Sommer steht seit Wochen unter Druck.',
      'Der 58-Jährige betonte: „Ich werde nicht zurücktreten.“',
    ],
    ['Michael Sommer'],
  ],
  ['de', ['„Das Ergebnis ist enttäuschend“, räumte Trainer Thomas Tuchel nach dem Spiel ein.'], ['Thomas Tuchel']],
  ['de', ['Ministerpräsident Markus Söder (CSU) kündigte an: „Wir werden die Hilfen verdoppeln.“'], ['Markus Söder']],
  ['de', ['„Wir hoffen auf eine schnelle Einigung“, teilte die Gewerkschaft Verdi mit.'], ['Verdi']],
  [
    'de',
    ['Gegenüber dem „Handelsblatt“ sagte Finanzminister Christian Lindner: „Die Schuldenbremse gilt weiterhin.“'],
    ['Christian Lindner'],
  ],
  ['de', ['„Das ist ein echter Skandal“, empörte sich die Grünen-Abgeordnete Renate Künast.'], ['Renate Künast']],
  [
    'ar',
    [
      'أعلنت وزارة الداخلية الكويتية القبض على شبكة لتهريب المخدرات.',
      'وأكدت الوزارة في بيانها أن "الوضع تحت السيطرة الكاملة".',
    ],
    ['وزارة الداخلية الكويتية'],
  ],
  ['ar', ['وقال مصدر في الشرطة، فضل عدم الكشف عن اسمه، إن "المشتبه به اعترف بالجريمة".'], ['مصدر|∅']],
  [
    'ar',
    ['ومن جانبها، قالت عضو مجلس الشورى الدكتورة هيا المنيع إن "المرأة السعودية حققت مكاسب كبيرة".'],
    ['هيا المنيع'],
  ],
  ['ar', ['وأضاف الأمين العام لمجلس التعاون الخليجي جاسم البديوي: "أمن المنطقة مسؤولية مشتركة".'], ['جاسم البديوي']],
  ['ar', ['وأشار مدير المستشفى، الدكتور يوسف الهاشمي، إلى أن "أغلب الإصابات طفيفة ولا تدعو للقلق".'], ['يوسف الهاشمي']],
  [
    'ar',
    ['وصرح لـ"العربية.نت" الخبير الاقتصادي محمد العمران بأن "أسعار النفط ستتراجع في الربع المقبل".'],
    ['محمد العمران'],
  ],
  ['ar', ['ويقول أحمد، وهو طالب جامعي من غزة: "لم يعد لنا بيت نعود إليه".'], ['أحمد']],
  [
    'ar',
    [
      'أعلن وزير الصحة السعودي فهد الجلاجل عن إطلاق حملة جديدة للتطعيم.',
      'وقال الوزير خلال المؤتمر: "الحملة تستهدف مليون طفل في كل المناطق".',
    ],
    ['فهد الجلاجل'],
  ],
  [
    'ar',
    [
      'التقى الرئيس السوري أحمد الشرع وفدا أوروبيا في دمشق.',
      'ونقل التلفزيون الرسمي عن الرئيس السوري قوله إن "البلاد تجاوزت أصعب مراحل الأزمة".',
    ],
    ['أحمد الشرع'],
  ],
  // Spanish, Portuguese
  [
    'es',
    ['“Estamos trabajando sin descanso”, afirmó a este diario la alcaldesa de Valencia, María José Catalá.'],
    ['María José Catalá'],
  ],
  ['pt', ['De acordo com a Polícia Federal, “as investigações continuam em sigilo”.'], ['Polícia Federal']],
  [
    'pt',
    ['“Foi um dia histórico para o país”, comemorou o deputado Guilherme Boulos nas redes sociais.'],
    ['Guilherme Boulos'],
  ],
  // English
  [
    'en',
    ['"We\'re not going to back down," Newsom told reporters, adding that the state "will see them in court."'],
    ['Newsom', 'Newsom'],
  ],
  [
    'en',
    ['In a statement, the Pentagon said the strike "was necessary to protect U.S. forces in the region."'],
    ['Pentagon'],
  ],
  [
    'en',
    [
      'Dr. Rochelle Walensky, director of the CDC, testified on Tuesday.',
      '"We are not out of the woods yet," Walensky said.',
    ],
    ['Rochelle Walensky'],
  ],
  // spk5: a twelfth probe, long reports with several speakers in Spanish, Portuguese, English and
  // German: a speaker introduced without a quotation, quoted in the next paragraph with no cue, an
  // expert after another expert, a quotation running over two paragraphs.
  [
    'es',
    [
      'Carmen Ortiz, portavoz de la asociación de vecinos, lleva meses denunciando el abandono del parque.',
      '“Nadie nos escucha y los niños juegan entre escombros”.',
      'El concejal de Urbanismo, Andrés Molina, asegura que las obras empezarán en otoño.',
      '“El proyecto está aprobado y el dinero, reservado”, afirma.',
      'Ortiz no se lo cree: “Llevan diez años prometiendo lo mismo”.',
    ],
    ['Carmen Ortiz', 'Andrés Molina', 'Carmen Ortiz'],
  ],
  [
    'pt',
    [
      'A economista Laura Karpuska, professora do Insper, vê riscos no novo arcabouço.',
      '“As metas são ambiciosas demais para um ano eleitoral”, avalia.',
      'Já para o ex-diretor do Banco Central Alexandre Schwartsman, o problema é outro.',
      '“O governo não quer cortar gastos, só aumentar a arrecadação”, diz ele.',
    ],
    ['Laura Karpuska', 'Alexandre Schwartsman'],
  ],
  [
    'en',
    [
      'Maria Torres has lived on Elm Street for 30 years.',
      '"I have never seen the river this high," she said, pointing at the water line on her fence.',
      '"We lost the car, the furniture, everything on the ground floor."',
      'Her neighbor, James Whitfield, a retired firefighter, was more worried about the dam upstream.',
      '"If that gives way, the whole valley goes under," he said.',
    ],
    ['Maria Torres', 'Maria Torres', 'James Whitfield'],
  ],
  [
    'en',
    [
      '"This is the worst season we have had in a decade," said Tom Reyes, who runs a ski school in the valley.',
      '"Half of our instructors have nothing to do.',
      '"We are thinking about closing for good."',
    ],
    ['Tom Reyes', 'Tom Reyes'],
  ],
  [
    'de',
    [
      'Die Klimaforscherin Friederike Otto vom Imperial College hält die Daten für eindeutig.',
      '„Ohne den Klimawandel wäre diese Hitzewelle praktisch unmöglich gewesen“, sagt sie.',
      'Ähnlich sieht es der Meteorologe Karsten Schwanke.',
      '„Wir müssen uns auf solche Sommer einstellen“, sagt Schwanke.',
      '„Und zwar jedes Jahr.“',
    ],
    ['Friederike Otto', 'Karsten Schwanke', 'Karsten Schwanke'],
  ],
  [
    'es',
    [
      '“La inflación seguirá bajando en los próximos meses”, pronosticó el gobernador del Banco de España, José Luis Escrivá.',
      'Sin embargo, la economista jefa de Funcas, Raymond Torres, discrepa.',
      '“Los precios de los servicios siguen muy altos”, advirtió.',
    ],
    ['José Luis Escrivá', 'Raymond Torres'],
  ],
  // spk5: a thirteenth probe, Arabic: على حد قوله, a quotation before يقول and its subject, a woman
  // continuing after a man is named in passing, في حديث لـ"…", names ending in ى.
  ['ar', ['"الأسعار ارتفعت بشكل غير مسبوق هذا الشهر"، يقول الباحث الاقتصادي مصطفى الفقي.'], ['مصطفى الفقي']],
  [
    'ar',
    [
      'وقالت الكاتبة نوال السعداوي في ندوة بالقاهرة إن "الحرية لا تمنح بل تنتزع".',
      'وأشارت إلى أنها التقت الرئيس الأسبق حسني مبارك مرة واحدة فقط.',
      'وأوضحت: "لم أغير رأيي في أي شيء كتبته طوال حياتي".',
    ],
    ['نوال السعداوي', 'نوال السعداوي'],
  ],
  [
    'ar',
    ['وأكد الخبير العسكري اللواء يحيى الكعبي في حديث لـ"الشرق الأوسط" أن "المعركة ستطول أكثر مما يتوقع الجميع".'],
    ['يحيى الكعبي'],
  ],
  [
    'ar',
    [
      'وأوضح المتحدث باسم وزارة الصحة في غزة أشرف القدرة أن المستشفيات تعمل بأقل من طاقتها.',
      '"لم يتبق لدينا وقود إلا لثلاثة أيام"، على حد قوله.',
    ],
    ['أشرف القدرة'],
  ],
  [
    'ar',
    [
      'قال رئيس هيئة الأركان الإسرائيلي هرتسي هاليفي للصحفيين إن العملية ستتوسع.',
      'ولفت إلى أن "الجيش مستعد لكل السيناريوهات على الجبهة الشمالية".',
      'وتساءل: "من سيتحمل مسؤولية ما سيحدث بعد ذلك؟".',
    ],
    ['هرتسي هاليفي', 'هرتسي هاليفي'],
  ],
  [
    'ar',
    [
      'وقالت مديرة المدرسة سعاد الأحمد: "لدينا أكثر من خمسين طالبا بلا مقاعد".',
      'وأضافت الأحمد: "طلبنا من الوزارة دعما عاجلا منذ شهور".',
    ],
    ['سعاد الأحمد', 'سعاد الأحمد'],
  ],
  [
    'ar',
    ['وذكر المرصد السوري لحقوق الإنسان في بيان أن "الاشتباكات أسفرت عن مقتل عشرة مقاتلين".'],
    ['المرصد السوري لحقوق الإنسان'],
  ],
  // spk5: a fourteenth probe in languages the passages above hardly cover: Persian, Korean,
  // Ukrainian, and a Chinese speaker named with a date after the name.
  ['fa', ['به گزارش ایرنا، حسن روحانی رئیس جمهور گفت: «دولت به تعهدات خود عمل می‌کند».'], ['حسن روحانی']],
  [
    'fa',
    [
      'عباس عراقچی، وزیر امور خارجه، در نشست خبری گفت: «ما آماده مذاکره هستیم».',
      'وی افزود: «تحریم‌ها باید به طور کامل لغو شوند».',
    ],
    ['عباس عراقچی', 'عباس عراقچی'],
  ],
  ['ko', ['이재명 대표는 "국민의 삶이 무엇보다 먼저다"라고 말했다.'], ['이재명']],
  ['ko', ['한동훈 위원장은 기자들과 만나 "선거 결과를 겸허히 받아들인다"고 밝혔다.'], ['한동훈']],
  [
    'uk',
    ['«Ми не віддамо жодного метра нашої землі», — заявив президент Володимир Зеленський.'],
    ['Володимир Зеленський'],
  ],
  ['uk', ['За словами міністра оборони Рустема Умєрова, «постачання зброї значно прискорилося».'], ['Умєров']],
  ['zh', ['外交部长王毅3日在北京会见了到访的法国外长。', '他表示：“中法关系保持了良好的发展势头。”'], ['王毅']],
  // spk5: a fifteenth probe, English and French forms of wire copy.
  [
    'en',
    ['"We are deeply saddened by this loss," according to a statement from the family of Joan Miller.'],
    ['family|Joan Miller|∅'],
  ],
  [
    'en',
    [
      'In an interview with the BBC, Foreign Secretary David Lammy said Britain "will not stand by."',
      '"We have made that very clear to our allies," he added.',
    ],
    ['David Lammy', 'David Lammy'],
  ],
  ['en', ['Elon Musk wrote on X that the decision was "a disaster for free speech everywhere."'], ['Elon Musk']],
  [
    'en',
    [
      'Lisa Cook, a Federal Reserve governor, and Austan Goolsbee, president of the Chicago Fed, spoke on Friday.',
      '"Inflation is coming down, but slowly," Cook said.',
      'Goolsbee was more upbeat: "We are on the golden path."',
    ],
    ['Lisa Cook', 'Austan Goolsbee'],
  ],
  [
    'fr',
    [
      'Interrogée sur France Inter, la ministre de la Santé, Catherine Vautrin, a défendu le texte.',
      '« Ce projet protège les plus fragiles », a-t-elle insisté.',
    ],
    ['Catherine Vautrin'],
  ],
  ['fr', ['« Nous n’avons reçu aucune demande officielle », indique-t-on à l’Élysée.'], ['∅|Élysée']],
  [
    'fr',
    [
      'Pour l’économiste Thomas Piketty, « la hausse des inégalités n’a rien d’une fatalité ».',
      '« C’est un choix politique », ajoute le chercheur.',
    ],
    ['Thomas Piketty', 'Thomas Piketty'],
  ],
];
