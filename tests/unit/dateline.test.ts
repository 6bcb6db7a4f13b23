import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/core/dateline.ts';

const cases: Array<[string, string | null, string | null, string | null, string]> = [
  // [paragraph, lang, place, agency, text]
  [
    'MOSCOW (Reuters) - The Kremlin said on Thursday that talks would go on.',
    'en',
    'MOSCOW',
    'Reuters',
    'MOSCOW (Reuters) -',
  ],
  ['DORTMUND, Alemania (AP) — El Borussia volvió a ganar.', 'es', 'DORTMUND', 'AP', 'DORTMUND, Alemania (AP) —'],
  ['LONDON, Oct 28 (Reuters) - Oil prices fell on Thursday.', 'en', 'LONDON', 'Reuters', 'LONDON, Oct 28 (Reuters) -'],
  ['WASHINGTON — The Senate voted late on Tuesday.', 'en', 'WASHINGTON', null, 'WASHINGTON —'],
  ['MADRID -- Spain reported new cases on Monday.', 'en', 'MADRID', null, 'MADRID --'],
  ['WASHINGTON, DEC 5 - Il presidente ha firmato la legge.', 'it', 'WASHINGTON', null, 'WASHINGTON, DEC 5 -'],
  ['London (CNN)It was the interview that everyone feared.', 'en', 'London', 'CNN', 'London (CNN)'],
  ['موسكو - سبوتنيك. وقال بوتين أمام قمة زعماء الدول.', 'ar', 'موسكو', 'سبوتنيك', 'موسكو - سبوتنيك.'],
  ['دمشق، سوريا (CNN) -- قالت مصادر إن المحادثات ستستمر.', 'ar', 'دمشق، سوريا', 'CNN', 'دمشق، سوريا (CNN) --'],
  ['أبوظبي في 7 ديسمبر / وام / استقبل سمو الشيخ وفدا رسميا.', 'ar', 'أبوظبي', 'وام', 'أبوظبي في 7 ديسمبر / وام /'],
  ['القاهرة - (د ب أ) - أعلنت الحكومة المصرية اليوم خطة جديدة.', 'ar', 'القاهرة', 'د ب أ', 'القاهرة - (د ب أ) -'],
  ['МОСКВА, 29 июня. /ТАСС/. Президент подписал указ.', 'ru', 'МОСКВА', 'ТАСС', 'МОСКВА, 29 июня. /ТАСС/.'],
  [
    'МОСКВА, 28 окт — РИА Новости. Президент заявил, что переговоры продолжатся.',
    'ru',
    'МОСКВА',
    'РИА Новости',
    'МОСКВА, 28 окт — РИА Новости.',
  ],
  [
    'Bruselas, 7 oct (EFE).- La Comisión Europea propuso hoy nuevas reglas.',
    'es',
    'Bruselas',
    'EFE',
    'Bruselas, 7 oct (EFE).-',
  ],
  [
    'Hamburg (dpa/lno) – Die Polizei hat am Sonntag einen Mann festgenommen.',
    'de',
    'Hamburg',
    'dpa',
    'Hamburg (dpa/lno) –',
  ],
  ['VIENNA (APA) - The Austrian government met on Monday.', 'en', 'VIENNA', 'APA', 'VIENNA (APA) -'],
  ['【6月18日 AFP】サッカーのワールドカップで日本代表が勝利した。', 'ja', null, 'AFP', '【6月18日 AFP】'],
  [
    '【エルサレム＝酒井圭吾】イスラエル政府は18日、声明を出した。',
    'ja',
    'エルサレム',
    null,
    '【エルサレム＝酒井圭吾】',
  ],
  ['〔記者王小明／台北報導〕財政部今天下午公佈中獎清冊。', 'zh', '台北', null, '〔記者王小明／台北報導〕'],
  ['المدينة نيوز :- بلغت حصيلة الوفيات في الولايات المتحدة خمسين ألفا.', 'ar', null, 'المدينة نيوز', 'المدينة نيوز :-'],
];

describe('findDateline: shapes', () => {
  for (const [p, lang, place, agency, text] of cases) {
    it(text, () => {
      expect(findDateline([p], lang)).toEqual({ place, agency, text });
    });
  }

  it('finds the seed dateline after the lead paragraph', () => {
    const lead = 'أكد الرئيس الروسي أن الوضع في أفغانستان يحمل مخاطر لدول المنطقة.';
    const body = 'موسكو - سبوتنيك. وقال بوتين أمام قمة زعماء دول منظمة الأمن الجماعي.';
    expect(findDateline([lead, body], 'ar')).toEqual({ place: 'موسكو', agency: 'سبوتنيك', text: 'موسكو - سبوتنيك.' });
  });
});

describe('findDateline: never invents one', () => {
  const none: Array<[string, string]> = [
    ['روزنامه جوان نوشت: اصلاح‌طلبان رادیکال دیروز چنین گفتند.', 'fa'],
    ['Update vom 03. Mai 2020, 16:05 Uhr: Die Lage hat sich beruhigt.', 'de'],
    ['Clearline News: the council met on Monday to discuss the budget.', 'en'],
    ['By John Smith - The council met on Monday to discuss the budget.', 'en'],
    ['Politics - The council met on Monday to discuss the budget.', 'en'],
    ['October 28, 2021 - The council met on Monday.', 'en'],
    ['شهد الدكتور محمد عبد العاطي وزير الموارد المائية مراسم توقيع العقد.', 'ar'],
    ['القاهرة - أعلنت الحكومة المصرية اليوم خطة جديدة للنقل.', 'ar'],
    ['Der Bundestag hat am Freitag ein neues Gesetz beschlossen.', 'de'],
    ['Olaf Scholz (SPD) – der Kanzler hat am Freitag gesprochen.', 'de'],
    ['Le ministre (PS) - a déclaré que rien ne changerait.', 'fr'],
    ['이재명 후보가 15일 유세에서 연설하고 있다. 연합뉴스', 'ko'],
    ['“你们将开始明白为什么我这么喜欢中国。”', 'zh'],
  ];
  for (const [p, lang] of none) {
    it(p.slice(0, 40), () => {
      expect(findDateline([p], lang)).toBeNull();
    });
  }
  it('returns null for no paragraphs', () => {
    expect(findDateline([], 'en')).toBeNull();
  });
});
