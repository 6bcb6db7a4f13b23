// Telling our languages apart by their closed-class words, for pages whose
// declared language is missing or wrong. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { identifyLang } from '../../../src/core/lang/identify.ts';
import { analyzeText } from '../../../src/core/report.ts';
import type { PageSnapshot } from '../../../src/core/types.ts';

const FR =
  'Le gouvernement a annoncé mardi une nouvelle série de mesures pour faire face à la pénurie de carburant qui touche ' +
  'la capitale depuis plus de deux semaines. Selon le ministre, les compagnies pétrolières ont reçu les dollars dont ' +
  'elles avaient besoin, mais elles refusent toujours de commander. Les files d’attente devant les stations ne cessent ' +
  'de s’allonger, et les chauffeurs de taxi menacent de faire grève si rien ne change avant la fin de la semaine.';
const EN =
  'The government announced on Tuesday a new series of measures to deal with the fuel shortage that has hit the ' +
  'capital for more than two weeks. According to the minister, the oil companies have received the dollars they ' +
  'needed, but they still refuse to order. The queues outside the stations keep getting longer, and taxi drivers ' +
  'are threatening to strike if nothing changes before the end of the week.';
const UK =
  'Уряд у вівторок оголосив нову серію заходів, щоб подолати нестачу пального, яка вже понад два тижні триває у ' +
  'столиці. За словами міністра, нафтові компанії отримали долари, які їм були потрібні, але вони все ще не хочуть ' +
  'робити замовлення. Черги біля заправок стають усе довшими, і таксисти погрожують страйком, якщо до кінця тижня ' +
  'нічого не зміниться. Він також сказав, що це не остання зустріч.';
const RU =
  'Правительство во вторник объявило новую серию мер, чтобы справиться с нехваткой топлива, которая уже больше двух ' +
  'недель ощущается в столице. По словам министра, нефтяные компании получили доллары, которые им были нужны, но ' +
  'они все еще не хотят делать заказы. Очереди у заправок становятся все длиннее, и таксисты грозят забастовкой, ' +
  'если до конца недели ничего не изменится. Он также сказал, что это не последняя встреча.';
const PL =
  'Rząd ogłosił we wtorek nową serię działań, aby poradzić sobie z niedoborem paliwa, który od ponad dwóch tygodni ' +
  'dotyka stolicę. Według ministra firmy naftowe otrzymały dolary, których potrzebowały, ale nadal odmawiają ' +
  'zamówień. Kolejki przed stacjami są coraz dłuższe, a taksówkarze grożą strajkiem, jeśli nic się nie zmieni.';

describe('identifyLang', () => {
  it('tells our languages apart', () => {
    expect(identifyLang(FR)).toBe('fr');
    expect(identifyLang(EN)).toBe('en');
    expect(identifyLang(UK)).toBe('uk');
    expect(identifyLang(RU)).toBe('ru');
  });

  it('says nothing of a short text or of a language it has no words for', () => {
    expect(identifyLang('Le gouvernement a annoncé mardi une nouvelle série de mesures.')).toBeNull();
    expect(identifyLang(PL)).toBeNull();
  });
});

describe('the text side reads the article in its own language', () => {
  const snap = (lang: string | null, paragraphs: string[]): PageSnapshot => ({
    url: null,
    title: null,
    lang,
    dir: 'ltr',
    headline: null,
    standfirst: null,
    paragraphs,
    dateEvidence: { candidates: [] },
  });

  it('a French article under lang="en" is French: its quotes are found', () => {
    const text = analyzeText(
      snap('en', [
        FR,
        '« Nous ne connaissons pas les motivations de certaines compagnies », a poursuivi le ministre Paul Durand.',
      ]),
    );
    expect(text.lang).toBe('fr');
    expect(text.quotes.map((q) => q.speaker)).toEqual(['Paul Durand']);
  });

  it('a page with no declared language gets the one its words say, and a clear one is kept', () => {
    expect(analyzeText(snap(null, [EN])).lang).toBe('en');
    expect(analyzeText(snap('pl', [PL])).lang).toBe('pl');
    // Bulgarian shares many short words with Russian, and its file lists none of its own: kept as declared.
    expect(analyzeText(snap('bg', [RU])).lang).toBe('bg');
  });
});
