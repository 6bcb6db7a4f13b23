import type { Agency, ClutterWords, DatelineWords, DateWords, SpeechWords } from './types.ts';

export const code = 'ur';
export const dir = 'rtl';

export const clutter: ClutterWords = {
  share: ['شیئر', 'شیئر کریں', 'شیئر کیجیے', 'شیئر کیجئے'],
  copyLink: ['لنک کاپی کریں', 'لنک کاپی'],
  followUs: ['ہمیں فالو کریں', 'ہمیں فالو کریں *'],
  print: ['پرنٹ', 'پرنٹ کریں'],
  comments: ['تبصرے', 'تبصرہ', 'تبصرہ کریں', 'اپنا تبصرہ لکھیں', 'اپنی رائے دیں'],
  related: ['مزید پڑھیں', 'متعلقہ خبریں', 'یہ بھی پڑھیں'],
  newsletter: ['نیوز لیٹر'],
};

export const speech: SpeechWords = {
  quotePairs: [
    ['"', '"'],
    ['“', '”'],
    ['«', '»'],
  ],
  verbs: ['کہا', 'نے کہا', 'بتایا', 'نے بتایا', 'کا کہنا تھا', 'کا کہنا ہے', 'لکھا', 'اعلان کیا'],
  stops: ['میں', 'سے', 'کو', 'نے', 'کا', 'کی', 'کے', 'پر', 'اور', 'کہ'],
  // Urdu puts the verb last: the speaker opens the sentence (وزیراعظم نے کہا کہ …).
  verbFinal: true,
};

export const dates: DateWords = {
  months: [
    ['جنوری'],
    ['فروری'],
    ['مارچ'],
    ['اپریل'],
    ['مئی'],
    ['جون'],
    ['جولائی'],
    ['اگست'],
    ['ستمبر'],
    ['اکتوبر'],
    ['نومبر'],
    ['دسمبر'],
  ],
  published: ['شائع'],
  updated: ['اپ ڈیٹ'],
};

export const agencies: Agency[] = [
  { name: 'APP', forms: ['اے پی پی'] },
  { name: 'agencies', forms: ['ایجنسیاں', 'ایجنسیز'] },
  { name: 'NNI', forms: ['این این آئی'] },
  { name: 'INP', forms: ['آئی این پی'] },
  { name: 'Online', forms: ['آن لائن'] },
  { name: 'Sana News', forms: ['ثنا نیوز'] },
  { name: 'Reuters', forms: ['رائٹرز', 'روئٹرز'] },
  { name: 'AFP', forms: ['اے ایف پی'] },
  { name: 'AP', forms: ['اے پی'] },
  { name: 'BBC', forms: ['بی بی سی'] },
  { name: 'Dawn News', forms: ['ڈان نیوز'] },
  { name: 'Geo News', forms: ['جیو نیوز'] },
  { name: 'ARY News', forms: ['اے آر وائی نیوز'] },
  { name: 'Express News', forms: ['ایکسپریس نیوز'] },
];

export const dateline: DatelineWords = {
  script: 'Arabic',
  shapes: [
    '{place} ({agency})', // اسلام آباد (اے پی پی)
    '{place!} ({staff})', // لاہور (نمائندہ خصوصی)
    '{place} - {agency}', // کراچی - اے پی پی
    '{place!}:', // راولپنڈی: لاہور ہائیکورٹ کے …
  ],
  places: [
    'اسلام آباد',
    'کراچی',
    'لاہور',
    'راولپنڈی',
    'پشاور',
    'کوئٹہ',
    'ملتان',
    'فیصل آباد',
    'حیدرآباد',
    'سیالکوٹ',
    'گوجرانوالہ',
    'سرگودھا',
    'بہاولپور',
    'سکھر',
    'لاڑکانہ',
    'ایبٹ آباد',
    'مظفرآباد',
    'گلگت',
    'مری',
    'گوادر',
    'نئی دہلی',
    'دہلی',
    'ممبئی',
    'سری نگر',
    'کابل',
    'تہران',
    'ریاض',
    'دبئی',
    'بیجنگ',
    'واشنگٹن',
    'نیویارک',
    'لندن',
    'پیرس',
    'برلن',
    'ماسکو',
    'جنیوا',
    'ٹوکیو',
  ],
  staff: [
    'نمائندہ',
    'نمائندہ خصوصی',
    'نامہ نگار',
    'خبر نگار',
    'اسٹاف رپورٹر',
    'سٹاف رپورٹر',
    'نیوز ڈیسک',
    'ویب ڈیسک',
    'مانیٹرنگ ڈیسک',
    'نیوز رپورٹر',
  ],
  labels: ['رپورٹ', 'تحریر', 'کالم', 'بریکنگ'],
};
