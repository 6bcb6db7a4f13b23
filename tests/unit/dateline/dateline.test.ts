import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/dateline/index.ts';
import { langFor } from '../../../src/core/lang/index.ts';

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
  [
    'BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew fired two shells.',
    'en',
    'BEIRUT/THE HAGUE',
    'Reuters',
    'BEIRUT/THE HAGUE, March 7 (Reuters) -',
  ],
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
  [
    'Montpellier (SID) – Der Tennisprofi hat sein Auftaktmatch gewonnen.',
    'de',
    'Montpellier',
    'SID',
    'Montpellier (SID) –',
  ],
  [
    'ПЕТРОПАВЛОВСК. КАЗИНФОРМ – В области открыли новую школу.',
    'ru',
    'ПЕТРОПАВЛОВСК',
    'КАЗИНФОРМ',
    'ПЕТРОПАВЛОВСК. КАЗИНФОРМ –',
  ],
  ['ST. LOUIS — The city council met on Tuesday.', 'en', 'ST. LOUIS', null, 'ST. LOUIS —'],
  ['KABARNEWS.COM - Pemerintah mengumumkan kebijakan baru hari ini.', 'id', null, 'KABARNEWS.COM', 'KABARNEWS.COM -'],
  [
    'kabarnews.co.id, SURABAYA - Pemerintah kota membuka taman baru.',
    'id',
    'SURABAYA',
    'kabarnews.co.id',
    'kabarnews.co.id, SURABAYA -',
  ],
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
    ['Node.js - a runtime for JavaScript outside the browser.', 'en'],
    ['kabarnews.co.id, Surabaya kota - Pemerintah membuka taman.', 'id'],
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

// The Arabic press, and Persian and Urdu: shapes declared in lang/<code>.ts `dateline`.
// A body sentence long enough to follow a dateline (a headline is shorter).
const AR_BODY = 'أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدد من المناطق، وقالت إن الوضع تحت السيطرة.';
const FA_BODY = 'رئیس جمهوری امروز در جلسه هیئت دولت گفت که دولت برنامه تازه‌ای برای مهار تورم دارد.';
const UR_BODY = 'لاہور ہائی کورٹ نے صوبائی حکومت کو آئندہ سماعت پر تفصیلی رپورٹ پیش کرنے کا حکم دے دیا ہے۔';

describe('findDateline: the Arabic press', () => {
  const forms: Array<[string, string[], string | null, string | null, string | null, string]> = [
    // [what, paragraphs, lang, place, agency, text]
    ['agency first, run in', [`واس - الرياض ${AR_BODY}`], 'ar', 'الرياض', 'واس', 'واس - الرياض'],
    ['agency first, a tatweel as the dash', [`أ ف ب ـ باريس ${AR_BODY}`], 'ar', 'باريس', 'أ ف ب', 'أ ف ب ـ باريس'],
    ['agency first, on a line of its own', ['سبق - الدمام', AR_BODY], 'ar', 'الدمام', 'سبق', 'سبق - الدمام'],
    ['an abbreviation with dots', [`أ.ف.ب - باريس: ${AR_BODY}`], 'ar', 'باريس', 'أ.ف.ب', 'أ.ف.ب - باريس:'],
    ['an abbreviation with spaces', [`د ب أ - برلين: ${AR_BODY}`], 'ar', 'برلين', 'د ب أ', 'د ب أ - برلين:'],
    ['dots, after the place', [`برلين - د.ب.أ: ${AR_BODY}`], 'ar', 'برلين', 'د.ب.أ', 'برلين - د.ب.أ:'],
    ['dots, in brackets', [`برلين - (د.ب.أ) - ${AR_BODY}`], 'ar', 'برلين', 'د.ب.أ', 'برلين - (د.ب.أ) -'],
    [
      'the outlet after a colon',
      [`القاهرة: «الشرق الأوسط» ${AR_BODY}`],
      'ar',
      'القاهرة',
      'الشرق الأوسط',
      'القاهرة: «الشرق الأوسط»',
    ],
    [
      'the outlet after a dash, in guillemets',
      [`بيروت - «الحياة» ${AR_BODY}`],
      'ar',
      'بيروت',
      'الحياة',
      'بيروت - «الحياة»',
    ],
    ['two places', [`لندن - باريس: ${AR_BODY}`], 'ar', 'لندن - باريس', null, 'لندن - باريس:'],
    [
      'the reporter, the city in brackets, on a line of its own',
      ['محمد العلي (جدة)', AR_BODY],
      'ar',
      'جدة',
      null,
      'محمد العلي (جدة)',
    ],
    [
      'the reporter, the city in brackets, run in',
      [`محمد العلي (جدة): ${AR_BODY}`],
      'ar',
      'جدة',
      null,
      'محمد العلي (جدة):',
    ],
    [
      'reporter, outlet, city',
      [`محمد العلي - سبق - الدمام: ${AR_BODY}`],
      'ar',
      'الدمام',
      'سبق',
      'محمد العلي - سبق - الدمام:',
    ],
    [
      'reporter, an unlisted outlet, city',
      [`سلمان الحربي - الساحل - الدمام: ${AR_BODY}`],
      'ar',
      'الدمام',
      'الساحل',
      'سلمان الحربي - الساحل - الدمام:',
    ],
    ['a reporter named علي (not the stop word على)', ['أحمد علي (جدة)', AR_BODY], 'ar', 'جدة', null, 'أحمد علي (جدة)'],
    [
      'reporter, outlet, city, dashes glued',
      [`ماجد الرفاعي- سبق- جدة: ${AR_BODY}`],
      'ar',
      'جدة',
      'سبق',
      'ماجد الرفاعي- سبق- جدة:',
    ],
    [
      'place and agency, the dash glued to the place',
      [`أنقرة- رويترز: ${AR_BODY}`],
      'ar',
      'أنقرة',
      'رويترز',
      'أنقرة- رويترز:',
    ],
    [
      'an unlisted place before a known agency, on its own line',
      ['عواصم أوروبية - رويترز', AR_BODY],
      'ar',
      'عواصم أوروبية',
      'رويترز',
      'عواصم أوروبية - رويترز',
    ],
    [
      'outlet, then an unlisted city with its country, on its own line',
      ['عين اليوم – ديار بكر (تركيا)', AR_BODY],
      'ar',
      'ديار بكر',
      'عين اليوم',
      'عين اليوم – ديار بكر (تركيا)',
    ],
    ["the place, then the paper's own staff", ['القاهرة - خاص', AR_BODY], 'ar', 'القاهرة', null, 'القاهرة - خاص'],
    [
      'the place, then the reporter, on its own line',
      ['الرياض - فهد الشهري', AR_BODY],
      'ar',
      'الرياض',
      null,
      'الرياض - فهد الشهري',
    ],
    [
      'the place, a colon, the reporter, on its own line',
      ['أبها: علي الأحمري', AR_BODY],
      'ar',
      'أبها',
      null,
      'أبها: علي الأحمري',
    ],
    ['a known city alone before a dash, then a sentence', [`القاهرة - ${AR_BODY}`], 'ar', 'القاهرة', null, 'القاهرة -'],
    ['after a lead paragraph', [AR_BODY, `واس - جدة ${AR_BODY}`], 'ar', 'جدة', 'واس', 'واس - جدة'],
    ['without a page language', [`واس - الرياض ${AR_BODY}`], null, 'الرياض', 'واس', 'واس - الرياض'],
  ];
  for (const [what, paragraphs, lang, place, agency, text] of forms) {
    it(what, () => {
      expect(findDateline(paragraphs, lang)).toEqual({ place, agency, text });
    });
  }
});

describe('findDateline: Persian and Urdu', () => {
  const forms: Array<[string, string[], string | null, string | null, string | null, string]> = [
    ['fa: place - agency -', [`تهران- ایرنا- ${FA_BODY}`], 'fa', 'تهران', 'ایرنا', 'تهران- ایرنا-'],
    ['fa: agency - place', [`ایسنا - مشهد: ${FA_BODY}`], 'fa', 'مشهد', 'ایسنا', 'ایسنا - مشهد:'],
    ['fa: place (agency)', [`اصفهان (تسنیم) ${FA_BODY}`], 'fa', 'اصفهان', 'تسنیم', 'اصفهان (تسنیم)'],
    [
      'ur: place (agency)',
      [`اسلام آباد (اے پی پی) ${UR_BODY}`],
      'ur',
      'اسلام آباد',
      'اے پی پی',
      'اسلام آباد (اے پی پی)',
    ],
    ['ur: place (staff reporter)', [`لاہور (نمائندہ خصوصی) ${UR_BODY}`], 'ur', 'لاہور', null, 'لاہور (نمائندہ خصوصی)'],
    [
      "ur: place (the paper's correspondent)",
      [`کراچی (نمائندہ جنگ) ${UR_BODY}`],
      'ur',
      'کراچی',
      null,
      'کراچی (نمائندہ جنگ)',
    ],
    ['ur: place, colon', [`راولپنڈی: ${UR_BODY}`], 'ur', 'راولپنڈی', null, 'راولپنڈی:'],
    ['ur: place - agency', [`پشاور - ایجنسیاں: ${UR_BODY}`], 'ur', 'پشاور', 'ایجنسیاں', 'پشاور - ایجنسیاں:'],
    // Urdu text is often taken for Persian (shared letters): the shapes of the script all apply.
    ['ur, on a page taken for Persian', [`راولپنڈی: ${UR_BODY}`], 'fa', 'راولپنڈی', null, 'راولپنڈی:'],
  ];
  for (const [what, paragraphs, lang, place, agency, text] of forms) {
    it(what, () => {
      expect(findDateline(paragraphs, lang)).toEqual({ place, agency, text });
    });
  }

  it('Urdu is a registered language, with its months and agencies', () => {
    const ur = langFor('ur-PK');
    expect(ur?.dir).toBe('rtl');
    expect(ur?.dates.months[0]).toContain('جنوری');
    expect(ur?.agencies.some((a) => a.name === 'APP')).toBe(true);
  });
});

describe('findDateline: what is not a dateline (Arabic, Persian, Urdu)', () => {
  const none: Array<[string, string[], string]> = [
    ['a section label ending in a dash', [`محليات - ${AR_BODY}`], 'ar'],
    ['a section label before a known city', [`رياضة - الرياض: ${AR_BODY}`], 'ar'],
    ['a breaking-news label before an agency', [`عاجل - رويترز: ${AR_BODY}`], 'ar'],
    ['a byline with a label', [`بقلم: محمد العلي ${AR_BODY}`], 'ar'],
    ['a byline with a label and a city', ['كتب - محمد علي - القاهرة:', AR_BODY], 'ar'],
    ['an interview byline', ['حوار: آسيا العتروس', AR_BODY], 'ar'],
    ['a byline alone', ['محمد العلي', AR_BODY], 'ar'],
    ['a date alone', [`7 ديسمبر 2021 - ${AR_BODY}`], 'ar'],
    ['a month name before a dash', [`ديسمبر - ${AR_BODY}`], 'ar'],
    ['a headline: a city, a colon, a short claim', ['واشنطن: لا تراجع عن العقوبات'], 'ar'],
    ['a headline: a speaker, a colon', ['ترامب: سنفوز في الانتخابات المقبلة'], 'ar'],
    ['a country before a colon', [`السعودية: ${AR_BODY}`], 'ar'],
    ['a speaker with an age in brackets', [`وقالت طومسون (56 عاما) إن ${AR_BODY}`], 'ar'],
    ['a name with a nickname in brackets', [`الرئيس محمود عباس (أبو مازن) قال ${AR_BODY}`], 'ar'],
    ['an agency, then a speaker and a colon', [`وام - وزير الخارجية: ${AR_BODY}`], 'ar'],
    ['a name, a job title, a city', ['أحمد علي - مدير المدرسة - جدة', AR_BODY], 'ar'],
    ['an agency, then a verb', [`رويترز - قالت مصادر مطلعة: ${AR_BODY}`], 'ar'],
    ['a kicker run into the lead', [`جماهير الهلال ${AR_BODY}`], 'ar'],
    ['two unlisted words before a dash', [`الملف النووي - ${AR_BODY}`], 'ar'],
    ['fa: an agency, then a speaker and a colon', [`ایرنا - وزیر امور خارجه: ${FA_BODY}`], 'fa'],
    ['fa: attribution, not a dateline', [`به گزارش خبرگزاری مهر، ${FA_BODY}`], 'fa'],
    ['ur: an unlisted name and a colon', [`وزیر اعظم: ${UR_BODY}`], 'ur'],
  ];
  for (const [what, paragraphs, lang] of none) {
    it(what, () => {
      expect(findDateline(paragraphs, lang)).toBeNull();
    });
  }
});
