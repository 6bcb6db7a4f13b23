// The Arabic reader (core/quotes/speaker/arabic.ts) on sentences written for
// the test: a role whose complement holds a word that opens with و, and a
// source that quotes someone (نقلت … عن X قوله).
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/lang/index.ts';
import { lexiconFor } from '../../../src/core/quotes/lexicon.ts';
import { phraseAt } from '../../../src/core/quotes/speaker/arabic.ts';
import { firstSpeaker, q, who } from './helpers.ts';

const read = (p: string) => firstSpeaker(p, 'ar');

describe('the Arabic speaker reader', () => {
  it('reads a role through a word whose first letter is و (وزارة، وكالة)', () => {
    expect(
      read(
        'وقال المتحدث باسم وزارة الصحة محمد العبدالله لوكالة الأنباء الرسمية: "الوضع تحت السيطرة الكاملة في جميع المستشفيات".',
      ),
    ).toEqual(['محمد العبدالله', 'المتحدث باسم وزارة الصحة']);
  });

  it('credits نقلت … عن X قوله to X, named or described', () => {
    expect(read('ونقلت وكالة رويترز عن مصدر أمني قوله: "تم اعتقال ثلاثة مشتبه بهم في العملية الأخيرة".')).toEqual([
      'مصدر أمني',
      null,
    ]);
    expect(
      read('ونقلت صحيفة محلية عن وزير الخارجية فيصل الحمدان قوله إن "المملكة تدعم كل جهود السلام في المنطقة".'),
    ).toEqual(['فيصل الحمدان', 'وزير الخارجية']);
  });

  it('reads a body’s name through its adjectives (الأمم المتحدة) and a role through عام (مدير عام …)', () => {
    expect(read('أكدت الأمم المتحدة أن "الوضع الإنساني في غزة كارثي بكل المقاييس".')[0]).toBe('الأمم المتحدة');
    expect(
      read(
        'من جانبه، أوضح مدير عام الدفاع المدني العميد محمد القحطاني أن "فرق الإنقاذ وصلت إلى الموقع خلال دقائق".',
      )[0],
    ).toContain('محمد القحطاني');
  });

  it('credits a statement issued by someone (بيان صادر عن …) to its issuer, and a tweet (غرد) to its author', () => {
    expect(read('وشدد بيان صادر عن الرئاسة الفلسطينية على أن "القدس خط أحمر لا يمكن تجاوزه أبدا".')[0]).toBe(
      'الرئاسة الفلسطينية',
    );
    expect(read('وغرد الرئيس اللبناني ميشال عون عبر تويتر: "لبنان سيبقى أقوى من كل الأزمات".')).toEqual([
      'ميشال عون',
      'الرئيس اللبناني',
    ]);
  });

  it('keeps a name in عبد whole (عبد الوافي لفتيت) and reads a report for (تقرير لـ) its body', () => {
    expect(read('صرح وزير الداخلية عبد الوافي لفتيت، أمس الثلاثاء، بأن "الانتخابات ستجري في موعدها المحدد".')).toEqual([
      'عبد الوافي لفتيت',
      'وزير الداخلية',
    ]);
    expect(read('أشار تقرير لمنظمة الصحة العالمية إلى أن "نصف سكان العالم معرضون لخطر الإصابة".')[0]).toBe(
      'منظمة الصحة العالمية',
    );
  });

  it('reads the subject before the verb in a clause opened by أن, without the verb in the name', () => {
    expect(read('وذكرت الوكالة أن الرئيس الفرنسي إيمانويل ماكرون قال: "فرنسا لن تتخلى عن لبنان أبدا".')).toEqual([
      'إيمانويل ماكرون',
      'الرئيس الفرنسي',
    ]);
  });

  it('keeps two-word given names whole (فضل الله، نور الهدى) and drops the verb that names someone (يدعى)', () => {
    expect(read('بدوره، اعتبر النائب حسن فضل الله أن "الحكومة مطالبة بخطوات سريعة وواضحة".')[0]).toBe('حسن فضل الله');
    expect(read('وقالت الطالبة نور الهدى، 20 عاما، للصحيفة: "نشعر بالقلق على مستقبلنا الدراسي".')).toEqual([
      'نور الهدى',
      'الطالبة',
    ]);
    expect(read('وقال مواطن يدعى خالد من حي الشجاعية: "فقدنا كل شيء في هذه الحرب".')[0]).toBe('خالد');
  });

  it('reads trades and callings as roles before a name (الناقد، المدافع، المتهم)', () => {
    expect(read('وقال الناقد الفني المعروف رامي الشهري لـ"الوطن": "المهرجان فقد بريقه منذ سنوات".')).toEqual([
      'رامي الشهري',
      'الناقد الفني المعروف',
    ]);
    expect(read('وذكرت الوكالة أن المفتش العام في وزارة المالية خالد الشمري قال: "سنراجع كل العقود".')).toEqual([
      'خالد الشمري',
      'المفتش العام في وزارة المالية',
    ]);
    expect(read('وقال المتهم الرئيسي سعد المالكي أمام المحكمة "لم أكن أعرف ما في السيارة".')).toEqual([
      'سعد المالكي',
      'المتهم الرئيسي',
    ]);
  });

  it('reads a role in construct with its genitive (حارس مرمى الفريق), a name opening with و, and no object after the name', () => {
    expect(read('وأكد حارس مرمى الفريق وليد السالم جاهزيته وقال: "سأعود للملاعب بعد شهرين".')).toEqual([
      'وليد السالم',
      'حارس مرمى الفريق',
    ]);
    expect(read('وأكد لاعب النادي وائل حسن جمعة رغبته في البقاء وقال: "لن أغادر النادي".')).toEqual([
      'وائل حسن جمعة',
      'لاعب النادي',
    ]);
    expect(read('وأكد لاعب النادي وائل حسن استعداده للمباراة وقال: "نحن جاهزون لهذه المباراة الصعبة".')).toEqual([
      'وائل حسن',
      'لاعب النادي',
    ]);
  });

  it('reads a role with a possessive pronoun (مدربه، مستشارته) as a role, of the gender the role has', () => {
    expect(read('وأكد مدربه الهولندي لويس جال الذي قال: "سمعت أنه لم يكن على الطائرة أمس".')).toEqual([
      'لويس جال',
      'مدربه الهولندي',
    ]);
    const [f] = q(['وقالت مستشارته الإعلامية هند السالم: "الرئيس لن يحضر الاجتماع غدا".'], 'ar');
    expect([f?.speaker, f?.speakerRole]).toEqual(['هند السالم', 'مستشارته الإعلامية']);
  });

  it('reads a role, its complement set off by commas, then the name (الباحث، بجامعة الملك سعود، فلان)', () => {
    const found = q(
      [
        'وقال الباحث الفلكي، بقسم علوم الفضاء بجامعة الملك سعود، خالد الزهراني: "الشهب تصل إلى ذروتها فجر الخميس".',
        'وأضاف: "القمر يغيب عن السماء طوال الليل هذا العام".',
      ],
      'ar',
    );
    expect(found.map((f) => f.speaker)).toEqual(['خالد الزهراني', 'خالد الزهراني']);
    expect(found[0]?.speakerRole).toBe('الباحث الفلكي، بقسم علوم الفضاء بجامعة الملك سعود');
  });

  it('reads مساعد as a role only in construct with a role word, else as a given name', () => {
    expect(read('وقال مساعد مدير العمليات خالد جمعة: "من الصعب جدا الوصول إلى الناس هناك".')).toEqual([
      'خالد جمعة',
      'مساعد مدير العمليات',
    ]);
    expect(read('وقال مساعد الحربي: "من الصعب جدا الوصول إلى الناس هناك".')[0]).toBe('مساعد الحربي');
  });

  it('takes no object of a first-form participle after the quote (لافتًا النظر) for its subject', () => {
    expect(
      who(
        [
          'وأضاف العتيبي قائلا: «الشركة تعمل على توسيع شبكتها في كل مناطق المملكة»، لافتًا الانتباه إلى أن الخطة تمتد خمس سنوات.',
        ],
        'ar',
      ),
    ).toEqual(['العتيبي']);
    expect(who(['وقال الوزير سامي الدوسري: «الميزانية ستعلن قريبا»، ذاكرًا التفاصيل الأهم للصحفيين.'], 'ar')).toEqual([
      'سامي الدوسري',
    ]);
  });

  it('credits a quote to the speaker before it, not to the verb of a source after it (بحسب ما قال مكتبه)', () => {
    expect(
      read(
        'وقال وزير النقل العراقي كاظم الحسني "الطريق الدولي سيفتح أمام الشاحنات الأسبوع المقبل"، بحسب ما قال مكتبه.',
      ),
    ).toEqual(['كاظم الحسني', 'وزير النقل العراقي']);
    expect(
      read('وقال مدير المستشفى فهد الزهراني: "الحالات كلها مستقرة الآن"، وفقا لما ذكرته وكالة الأنباء الرسمية.')[0],
    ).toBe('فهد الزهراني');
  });

  it('ends a name before قوله (وأضاف فلان قوله:)', () => {
    expect(read('وأضاف كلوب قوله: «الفريق جاهز تماما للموسم الجديد».')[0]).toBe('كلوب');
  });

  it('reads a name that opens on its particle (دي ماريا، دا كاستا) whole, whatever shape its next word has', () => {
    expect(read('وقال دي سانتا للصحفيين: «نريد الفوز بكل البطولات هذا العام».')[0]).toBe('دي سانتا');
    expect(read('وقال دا كاستا: «الدفاع كان ممتازا اليوم».')[0]).toBe('دا كاستا');
  });

  it('reads a name that only looks like و or ف before the article (فالنتينا، والتر) as a name', () => {
    expect(read('وقالت فالنتينا روسي، وهي باحثة بجامعة روما: «النتائج مشجعة جدا».')[0]).toBe('فالنتينا روسي');
    expect(read('وقال والتر سميث للصحفيين: «لن نغير خطتنا».')[0]).toBe('والتر سميث');
  });

  it('reads a body through a noun in construct and its genitive (وكالة أنباء البحرين، هيئة حقوق الإنسان)', () => {
    expect(read('وذكرت وكالة أنباء البحرين أن “الاجتماع سيعقد الأسبوع المقبل في المنامة”.')[0]).toBe(
      'وكالة أنباء البحرين',
    );
    expect(read('وقالت هيئة حقوق الإنسان في بيان: «سنتابع القضية حتى النهاية».')[0]).toBe('هيئة حقوق الإنسان');
  });

  it('takes no compound preposition after the verb (بمناسبة، بسبب) for its subject', () => {
    expect(
      who(['وأشاد الوزير خالد الراشد بالطلاب.', 'وقال بمناسبة تخريج الدفعة الأولى: «هذا يوم فخر لنا جميعا».'], 'ar'),
    ).toEqual(['خالد الراشد']);
  });

  it('reads an adjective of origin before a name of two words (البرتغالي جوزيه …) as its role, a family name alone as the name', () => {
    expect(read('وقال الإيطالي كارلو أنشيلوتي مدرب الفريق: «المباراة كانت صعبة جدا».')).toEqual([
      'كارلو أنشيلوتي',
      'الإيطالي',
    ]);
    expect(read('وقال القحطاني: «المشروع سيكتمل نهاية العام».')[0]).toBe('القحطاني');
  });

  it('takes no noun of time used as a preposition (عشية، غداة، أثناء) into a name', () => {
    expect(read('وقال الحربي عشية اجتماع المجلس إن «القرار سيصدر قريبا».')[0]).toBe('الحربي');
    expect(read('وقال الأمير فيصل أثناء زيارته للمدينة: «نحن فخورون بما تحقق».')[0]).toBe('الأمير فيصل');
  });

  it('reads titles stacked before a name (سمو الأمير، معالي الدكتور), and no role after the name into it', () => {
    expect(read('وقال معالي الدكتور عادل الفهد: «الخدمات ستتحسن كثيرا».')[0]).toBe('معالي الدكتور عادل الفهد');
    expect(read('وقال سمو الأمير فيصل بن خالد بن سلطان أمير منطقة عسير: «نحن فخورون بما تحقق».')[0]).toBe(
      'سمو الأمير فيصل بن خالد بن سلطان',
    );
  });

  it('ends a name of two words before a word glued to ل (whom it was said to or about)', () => {
    expect(read('وقال عمر هوساوي لفريقه الجديد: «نحن جاهزون للموسم المقبل تماما».')[0]).toBe('عمر هوساوي');
    expect(read('وقال وزير الخارجية مولود أوغلو لمؤسسة إعلامية: «العلاقات قوية جدا بين البلدين».')[0]).toBe(
      'مولود أوغلو',
    );
  });

  it('reads a long role through على, a second role after و and a body named in marks, then the name', () => {
    expect(
      read(
        'وقال المشرف العام على إدارة الإعلام والمتحدث الرسمي باسم جامعة الجوف الدكتور فهد بن سعد العنزي: «تم فتح باب القبول للطلاب».',
      ),
    ).toEqual(['الدكتور فهد بن سعد العنزي', 'المشرف العام على إدارة الإعلام والمتحدث الرسمي باسم جامعة الجوف']);
    expect(read('ويقول الطاهي الرئيسي في «النخيل» سامر حداد: «نقدم أطباقا من كل المناطق هنا».')).toEqual([
      'سامر حداد',
      'الطاهي الرئيسي في النخيل',
    ]);
  });

  it('reads no link word (في) nor a demonstrative (هذا العمل) as a name', () => {
    const [name] = read('وقال الناشط في «مركز الإعلام»: «القصف مستمر منذ الصباح على المدينة».');
    expect(name).not.toBe('في');
    expect(read('وأعرب الوزير عن أمله في القبض على مرتكبي هذا العمل قائلا: «قلوبنا مع عائلات الضحايا».')[0]).not.toBe(
      'هذا العمل',
    );
  });

  it('reads a speech verb that is also a role word (طالب) opening its clause as the verb, not the role', () => {
    const roleOf = (ps: string[]) => q(ps, 'ar').map((f) => [f.speaker, f.speakerRole]);
    expect(
      roleOf([
        'وطالب المحلل المالي سامر الشهري الهيئة بنشر البيانات كاملة.',
        'وقال الشهري: «الشفافية هي أساس ثقة المستثمرين في السوق».',
      ]),
    ).toEqual([['سامر الشهري', 'المحلل المالي']]);
    expect(
      roleOf([
        'طالب رئيس البرلمان خالد العلي الحكومة بالاستقالة.',
        'وقال العلي: «الحكومة فشلت في إدارة الأزمة الاقتصادية».',
      ]),
    ).toEqual([['خالد العلي', 'رئيس البرلمان']]);
  });

  it('reads no object of a verb inside a clause opened by هو after the name (، وهو محلل يتابع أخبار السوق،)', () => {
    expect(
      who(
        ['من جهته، يقول سامي الراشد، وهو محلل اقتصادي يتابع أخبار السوق، إن «مؤشرات التعافي باتت واضحة للجميع».'],
        'ar',
      ),
    ).toEqual(['سامي الراشد']);
  });

  it('reads a body through a word that is a role and a body too (مجلس محافظة الشرقية) to the name after it', () => {
    expect(
      q(['وقال عضو مجلس محافظة الشرقية عادل الحربي، أمس، للصحفيين: «سنراجع القرار في جلسة قريبة».'], 'ar').map((f) => [
        f.speaker,
        f.speakerRole,
      ]),
    ).toEqual([['عادل الحربي', 'عضو مجلس محافظة الشرقية']]);
  });

  it('reads an indefinite role with an adjective of origin (مسؤول أمني) as someone unnamed, not the one named before', () => {
    expect(
      who(
        ['وقال وزير الخارجية سامح شكري إن الوضع خطير.', 'وقال مسؤول أمني للصحفيين: «لن نسمح بذلك أبدا في المستقبل».'],
        'ar',
      ),
    ).toEqual(['مسؤول أمني']);
  });

  it('goes on with someone unnamed (مصدر عسكري ميداني) after a verb with no subject (وأوضح)', () => {
    expect(
      who(
        [
          'وقال الرئيس فرانسوا هولاند إن فرنسا لن تتدخل.',
          'وقال مصدر عسكري ميداني لوكالة الأنباء: «القرى كلها في حالة استنفار منذ أيام».',
          'وأوضح أن «المسلحين يريدون الوصول إلى الساحل بأي ثمن».',
        ],
        'ar',
      ),
    ).toEqual(['مصدر عسكري ميداني', 'مصدر عسكري ميداني']);
  });

  it('reads a body in construct with a definite noun (حركة المقاومة الإسلامية) as its own name', () => {
    expect(
      who(['من جهتها، قالت حركة المقاومة الإسلامية في بيان إن «الرد سيكون قاسيا على هذه الجريمة».'], 'ar'),
    ).toEqual(['حركة المقاومة الإسلامية']);
  });

  it('reads the name in marks of a body just named (صحيفة «لوموند» الفرنسية) as the body', () => {
    const [, second] = who(
      [
        'وأعلنت حركة الشباب مسؤوليتها عن الهجوم، وقال المتحدث باسمها: «نحن وراء الهجوم على الفندق».',
        'وعلقت صحيفة «لوموند» الفرنسية على الزيارة، مؤكدة أن الضغوط كبيرة.',
        'وقالت «كانت الزيارة مجموعة من الفرص المهدرة للجميع».',
      ],
      'ar',
    );
    expect(second).toContain('لوموند');
  });

  it('reads the name set off by commas after a role with its complement (المتحدث باسم الحركة، فلان،)', () => {
    expect(
      q(
        [
          'وقال المتحدث باسم الهيئة الوطنية للإغاثة، سامر العلي، للصحفيين إن «المساعدات ستصل خلال أيام».',
          'وقال عضو وفد الحزب الديمقراطي التفاوضي، كريم حسن، في مؤتمر صحافي: «المفاوضات كانت صعبة للغاية».',
        ],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([
      ['سامر العلي', 'المتحدث باسم الهيئة الوطنية للإغاثة'],
      ['كريم حسن', 'عضو وفد الحزب الديمقراطي التفاوضي'],
    ]);
  });

  it('reads the subject of كان before the verb (وكانت وزارة الصحة قد أعلنت، وكان دبلوماسي أوروبي صرح)', () => {
    expect(who(['وكانت وزارة الصحة قد أعلنت في بيان أن «الوضع تحت السيطرة تماما».'], 'ar')).toEqual(['وزارة الصحة']);
    expect(who(['وكان دبلوماسي أوروبي صرح أمس أن الوزير «سيجيب على كل الأسئلة المطروحة».'], 'ar')).toEqual([
      'دبلوماسي أوروبي',
    ]);
  });

  it('reads a name of two to four words set in marks right after the cue as the subject, not a quotation', () => {
    expect(
      q(
        [
          'وقال "سامر بن خالد" لـ"الوطن": "إن الطلبات تضاعفت خلال الأسبوع الأخير من الشهر".',
          'وأكد "ماجد الحربي" مدير الجمعية الخيرية أن "الحملة ستستمر حتى نهاية العام المقبل".',
          'وأكد «المرصد الوطني للحقوق»، أن «القوات قصفت مواقع عدة في ريف المدينة».',
        ],
        'ar',
      ).map((f) => [f.text.slice(0, 12), f.speaker]),
    ).toEqual([
      ['إن الطلبات ت', 'سامر بن خالد'],
      ['الحملة ستستم', 'ماجد الحربي'],
      ['القوات قصفت ', 'المرصد الوطني للحقوق'],
    ]);
    // Inside the marks it is all name: القاضي is his family name here, not a judge.
    expect(who(['وقال "حمد القاضي": "دخلت الإعلام كاتباً ناشئاً ثم انطلقت في مداراته".'], 'ar')).toEqual([
      'حمد القاضي',
    ]);
  });

  it('keeps a short quotation right after the cue, a role in marks, and the one told after أبلغ as they were', () => {
    // What follows ends the quotation's clause: it is what was said.
    expect(q(['وقال "لن نتراجع أبدا عن مطالبنا"، مضيفا أن الحكومة مسؤولة.'], 'ar').map((f) => f.text)).toEqual([
      'لن نتراجع أبدا عن مطالبنا',
    ]);
    // A role in marks stands for the one named before.
    expect(
      who(
        [
          'وقال وزير الداخلية اللواء فهد العمري إن الأمن مستتب.',
          'وقال «المسؤول الأمني»: «لا أستطيع أن أتحدث عن أعداد القتلى الآن».',
        ],
        'ar',
      ),
    ).toEqual(['اللواء فهد العمري']);
    // أبلغ tells someone: the name in marks after it is the one told.
    expect(
      who(
        [
          'وقال النائب سليم الجبوري إن الإصلاحات ضرورية.',
          'وأبلغ «الصحيفة العربية» أن «دعمنا لهذه الإصلاحات مرهون بجدية تطبيقها».',
        ],
        'ar',
      ),
    ).toEqual(['سليم الجبوري']);
  });
});

describe('Arabic: went on to say', () => {
  it('reads مضى إلى القول and ذهب إلى القول as speech cues with no subject after them', () => {
    expect(
      who(
        [
          'وقالت المهندسة سارة الكعبي إن العمل في القطاع شاق.',
          'واعتبرت الكعبي أن أفضل مصدر هم الزملاء. ومضت إلى القول: "رؤسائي هم أعظم الموجّهين لي، ولطالما منحوني دعمهم".',
        ],
        'ar',
      ),
    ).toEqual(['المهندسة سارة الكعبي']);
  });
});

describe('Arabic: a family name ending in ة', () => {
  it('keeps it in the name when a role in apposition follows it (خالد بن محمد العطية وزير الخارجية)', () => {
    expect(
      who(
        ['قال الدكتور سالم بن أحمد الكبيسية وزير الصناعة، في كلمته "إن هذا الاجتماع يأتي في إطار التشاور المستمر".'],
        'ar',
      ),
    ).toEqual(['الدكتور سالم بن أحمد الكبيسية']);
  });
});

describe('Arabic: a role with a conjunction glued on', () => {
  it('leaves the conjunction out of the role (ورئيس الوفد عبدالله الحواس)', () => {
    expect(
      q(
        [
          'ووقع الاتفاقية الأمير فيصل بن خالد، رئيس الهيئة، ورئيس الوفد عبدالله الحواس.',
          'وقال الحواس: "اللاعبون بدأوا تدريباتهم على ميدان البطولة الرسمي".',
        ],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([['عبدالله الحواس', 'رئيس الوفد']]);
  });
});

describe('Arabic: names in marks after a noun that heads a name', () => {
  it('takes up to eight words in marks after such a noun for a name (an exhibition, a festival), not speech', () => {
    expect(
      q(
        [
          'ويضم معرض «اكتشافات أثرية على ضفاف قناة السويس» آثارًا أخرى لرمسيس الثاني.',
          'واختتم المركز مهرجان «الملك سلمان في قلوب أطفال غزة» أمس.',
          'وقال رئيس المركز خالد العمري إن «المعرض نجح في جذب آلاف الزوار».',
        ],
        'ar',
      ).map((f) => f.text),
    ).toEqual(['المعرض نجح في جذب آلاف الزوار']);
    // Not after a word that heads no name: what a statement says is speech.
    expect(who(['وأصدر الحزب بيانا قال فيه «إن الحكومة فشلت في إدارة الأزمة الحالية».'], 'ar')).toHaveLength(1);
  });
});

describe('Arabic: a company named in marks', () => {
  it('reads the name after شركة as a name, and credits the quotation after it', () => {
    expect(
      q(
        ['وقالت شركة «إيفر غراند ريال استيت غروب» الصينية في بيان إن «المبيعات ارتفعت خلال النصف الأول من العام».'],
        'ar',
      ).map((f) => f.text),
    ).toEqual(['المبيعات ارتفعت خلال النصف الأول من العام']);
  });
});

describe('Arabic: a body in construct with a role or a place', () => {
  it('reads the whole construct as the body (مكتب رئيس الوزراء، مكتب محافظ دياربكر), not the head alone', () => {
    const says = '"الوضع الأمني مستقر في جميع أنحاء الولاية حتى الآن"';
    expect(
      who(
        [
          `وقال مكتب رئيس الوزراء الإيطالي إن ${says}.`,
          `وقال مكتب الرئيس إن ${says}.`,
          `وأعلنت وزارة خارجية النمسا أن ${says}.`,
          `من جهته، قال مكتب محافظ أضنة إن ${says}.`,
        ],
        'ar',
      ),
    ).toEqual(['مكتب رئيس الوزراء الإيطالي', 'مكتب الرئيس', 'وزارة خارجية النمسا', 'مكتب محافظ أضنة']);
  });

  it('does not credit a body to a person whose name is its last word', () => {
    // "محافظ أضنة" read alone is a role and a name; the office is not that person.
    expect(who(['وذكر مكتب محافظ أضنة في بيان أن "عملية واسعة أطلقت للعثور على منفذي هذا الهجوم".'], 'ar')).toEqual([
      'مكتب محافظ أضنة',
    ]);
  });
});

describe('Arabic: a quotation introduced by a cue and a colon', () => {
  it('is not credited to the subject of a cue that opens a new clause after it', () => {
    expect(
      who(
        [
          'بحسب ما أكد مدرب المنتخب الهولندي يوهان كرول الذي قال: "لم يكن اللاعب على متن الطائرة ولا يمكنني قول المزيد" وذكر موقع صحيفة "الغارديان" أن اللاعب في طريقه إلى باريس.',
        ],
        'ar',
      ),
    ).toEqual(['يوهان كرول']);
    expect(
      who(
        [
          'وكتب مواطن أردني في حسابه قائلا: "المصابون في أيد أمينة ولن ننسى هذا الموقف" وكتب آخر اسمه سامر الخطيب أن الجميع تضامن معهم.',
        ],
        'ar',
      ),
    ).toEqual(['مواطن أردني']);
  });

  it('still credits a cue after the quotation set off by a comma', () => {
    expect(who(['وقال: "سنواصل العمل حتى نهاية العام المقبل بلا توقف"، قال الوزير خالد العمر.'], 'ar')).toEqual([
      'خالد العمر',
    ]);
  });
});

describe('Arabic: a name used alone, printed fuller elsewhere', () => {
  it('credits the fuller name the article gave after a description (النجم الهولندي كريم دوسترا)', () => {
    expect(
      who(
        [
          'وسجل النجم الهولندي كريم دوسترا هدفا في الدقيقة العاشرة.',
          'وقال دوسترا عقب المباراة: «أشعر بخيبة أمل لكنني غاضب أيضا من الأداء».',
        ],
        'ar',
      ),
    ).toEqual(['كريم دوسترا']);
  });

  it('does not read a verb that opens a clause before the name as part of it', () => {
    expect(
      who(
        [
          'بينما دفع غوارديولا بالوافد الجديد في التشكيل الأساسي.',
          'وقال غوارديولا: «كانت مباراة صعبة جدا علينا اليوم».',
        ],
        'ar',
      ),
    ).toEqual(['غوارديولا']);
  });

  it('ends a name known with a word read on after it at the word used alone (آرثر فينجر واثبت)', () => {
    expect(
      q(
        ['وتحدث المدرب آرثر فينجر واثبت قدرته على قراءة المباراة.', 'وقال فينجر: «كانت مباراة صعبة جدا علينا اليوم».'],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([['آرثر فينجر', 'المدرب']]);
  });
});

describe('Arabic: bodies named by a mission, an authority or a command', () => {
  it('resolves البعثة to the mission named before', () => {
    expect(
      who(
        [
          'وأكدت بعثة الأمم المتحدة في ليبيا أن 120 شخصا قتلوا خلال الشهر الماضي.',
          'وقالت البعثة في بيان إن «الوضع الإنساني يزداد سوءا في المدن الساحلية كل يوم».',
        ],
        'ar',
      ),
    ).toEqual(['بعثة الأمم المتحدة']);
  });
});

describe('Arabic: أدان and دانت are speech cues', () => {
  it('credits what a statement condemned in marks to its issuer', () => {
    expect(
      who(
        [
          'وقالت وزارة الخارجية الأردنية في بيان أمس إن الوضع في القدس خطير.',
          'كما أدان البيان "القرارات والإجراءات التعسفية بفرض قيود مشددة على دخول المصلين إلى المسجد".',
        ],
        'ar',
      ),
    ).toEqual(['وزارة الخارجية الأردنية']);
  });
});

describe('Arabic: the last word of a name after a chain of بن, and a body named by a name', () => {
  it('keeps a family name without the article after بن when the phrase ends on it', () => {
    expect(who(['وقال المهندس سامي بن خالد باعشن: "المشروع سيكتمل قبل نهاية العام الحالي بإذن الله".'], 'ar')).toEqual([
      'المهندس سامي بن خالد باعشن',
    ]);
    // Not a word with a preposition glued on, which is no name.
    expect(
      who(['وتحدث الأمير فيصل بن خالد بالاجتماع: "المشروع سيكتمل قبل نهاية العام الحالي بإذن الله".'], 'ar'),
    ).toEqual(['الأمير فيصل بن خالد']);
  });

  it('reads a body noun and the name after it when the phrase ends on them (شرطة أوبسالا)', () => {
    expect(who(['كما أفادت شرطة أوبسالا في بيان: «عثرنا على رجل مصاب بطعنات ونقل إلى المستشفى».'], 'ar')).toEqual([
      'شرطة أوبسالا',
    ]);
  });
});

describe('Arabic: a speech verb with the one told as a pronoun, a senator, a former minister', () => {
  it('reads the subject after أخبرني / أخبرنا and the role سيناتور before a name', () => {
    expect(
      q(
        [
          'وقال الناشط الاستثماري مارك هيلمان إنه من المؤيدين للاقتراح.',
          'وأخبرني هيلمان: «ربما يفاجئك ما سأقوله لك، وهو أنني سأوافق على الكثير مما قالته».',
          'كما أخبرنا السيناتور جون ماكدونالد، رئيس لجنة المالية: «كدت أقسم إنه قال ذلك في الاجتماع الأخير».',
        ],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([
      ['مارك هيلمان', 'الناشط الاستثماري'],
      ['جون ماكدونالد', 'السيناتور'],
    ]);
  });

  it('reads وزير سابق as someone the article does not name, not a name سابق', () => {
    expect(
      who(['ولقد أخبرني وزير سابق في الحكومة البريطانية قائلا: «إننا نعرفه منذ 25 سنة وهو رجل يمكن العمل معه».'], 'ar'),
    ).not.toContain('سابق');
  });
});

describe('Arabic: the preposition بـ after the subject', () => {
  it('ends the subject, and an object with a pronoun before it is no part of it (ووصفت X بعضهم بـ«…»)', () => {
    expect(
      who(
        [
          'وتحدثت المرشحة ماريا غونزاليس عن خطتها الاقتصادية.',
          'ووصفت غونزاليس بعضهم بـ«نشطاء الكسب السريع الذين هدفهم هو الضغط من أجل المال».',
        ],
        'ar',
      ),
    ).toEqual(['ماريا غونزاليس']);
  });
});

describe('Arabic: bodies that speak through a statement, a site or a name in marks', () => {
  it('credits a statement in construct with a body to that body (قال بيان الخارجية), and the next وأضاف too', () => {
    expect(
      who(
        [
          'وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده مستعدة للحوار.',
          'وردا على ذلك قال بيان الخارجية اللبنانية اليوم إن التصريحات «تتجاوز الأعراف الدبلوماسية المعمول بها».',
          'وأضاف «لا مجال لأي وساطة خارجية في هذا الملف الداخلي».',
          'وذكر تقرير وزارة الصحة أن «عدد الإصابات تراجع خلال الأسبوع الماضي».',
        ],
        'ar',
      ),
    ).toEqual(['الخارجية اللبنانية', 'الخارجية اللبنانية', 'وزارة الصحة']);
  });

  it('keeps a body noun with the name printed in marks after it (موقع "…"، منظمة «…»)', () => {
    expect(
      who(
        [
          'وأفاد موقع "الخبر اليوم" أن «الطائرات قصفت ثلاثة مواقع في ريف المدينة».',
          'وقالت منظمة «أطباء بلا حدود» إن «المستشفى الميداني توقف عن العمل تماما».',
          'وذكر موقع صحيفة "الغارديان" أن «المفاوضات ستستأنف الأسبوع المقبل في جنيف».',
        ],
        'ar',
      ),
    ).toEqual(['موقع الخبر اليوم', 'منظمة أطباء بلا حدود', 'موقع صحيفة الغارديان']);
  });

  it('reads an adjective of origin after a definite body that is also a role word (المكتب الإعلامي)', () => {
    expect(who(['وذكر بيان صادر عن المكتب الإعلامي لـ"لواء الفتح" أن «المعركة بدأت منذ صباح الخميس».'], 'ar')).toEqual([
      'المكتب الإعلامي',
    ]);
  });

  it('ends a body name before a plural that agrees with no word of it (موقع الشركة الإيرانيين)', () => {
    expect(
      who(['ودعا موقع الشركة المستثمرين المهتمين إلى التسجيل، وقال: «سنفتتح أول فرع في الصيف المقبل».'], 'ar'),
    ).toEqual(['موقع الشركة']);
    expect(who(['وقالت نقابة الصحفيين الفلسطينيين إن «الاعتداء على المراسلين جريمة لا تسقط بالتقادم».'], 'ar')).toEqual(
      ['نقابة الصحفيين الفلسطينيين'],
    );
  });
});

describe('Arabic: the subject before إلى القول / بالقول', () => {
  it('reads the words between a verb that takes no object and the cue as its subject', () => {
    expect(
      who(
        [
          'وتحدث الخبير الضريبي سامر الحلبي عن الإصلاحات في المنطقة.',
          'وخلص الحلبي إلى القول: «تحتاج الإدارات إلى تدريب أكثر للتعامل مع القوانين الجديدة».',
          'ومضى المتحدث العسكري يحيى العلي بالقول «تمت السيطرة على المديريات كلها منذ الصباح».',
        ],
        'ar',
      ),
    ).toEqual(['سامر الحلبي', 'يحيى العلي']);
  });

  it('does not take the object of a verb with an elided subject (وخاطب قادة التنظيم بالقول)', () => {
    expect(
      who(
        [
          'وقال زعيم الحركة أختر منصور في خطاب صوتي إن الحرب لن تتوقف.',
          'وخاطب قادة التنظيم المنافس بالقول «لقد ابتعدتم عن مكان الأحداث فلا تحكموا عليها».',
        ],
        'ar',
      ),
    ).toEqual(['أختر منصور']);
  });
});

describe('Arabic: a given name used alone, and closed words that end a name', () => {
  it('credits a given name used alone to the one person whose name it opens (وقال شريف → شريف الكيلاني)', () => {
    expect(
      who(
        [
          'وكشف وزير المالية الأسبق سامح الكيلاني أن الإصلاحات الضريبية أسهمت في خلق مشهد تنافسي.',
          'ومن جانبه، قال عادل منصور رئيس قسم الضرائب: «الإصلاحات خفضت الأسعار على الشركات الصغيرة».',
          'وقال سامح: «تحتاج الإدارات الضريبية في المنطقة إلى تدريب أكثر».',
        ],
        'ar',
      ),
    ).toEqual(['عادل منصور', 'سامح الكيلاني']);
  });

  it('does not take a name that ran on into what follows it for the fuller form (هاميلتون بأدائه)', () => {
    expect(
      who(
        [
          'واعترف السائق البريطاني هاميلتون بأدائه السيئ في السباق.',
          'وقال هاميلتون: «عليّ أن أستعيد مستواي في السباق المقبل».',
        ],
        'ar',
      ),
    ).toEqual(['هاميلتون']);
  });

  it('ends a name at حتى, لكن, عندما (closed words, never part of a name)', () => {
    expect(
      who(
        [
          'وجدد النادي عقد مدربه التشيلي مانويل بليغريني حتى عام 2019.',
          'وقال بليغريني حتى قبل التجديد: «إنني فخور بقيادة هذا الفريق الرائع».',
        ],
        'ar',
      ),
    ).toEqual(['مانويل بليغريني']);
  });
});

describe('Arabic: titles after بعنوان:, and words after a role or a name that are no name', () => {
  it('takes a title after بعنوان: for a title, not a quotation (and still speech after الصحيفة:)', () => {
    const found = q(
      [
        'وأوضح المدير أن البرنامج يبدأ بمحاضرة بعنوان: "أحكام الصيام في السفر الطويل"، يلقيها الشيخ أحمد.',
        'وقالت الصحيفة: «الوزير سيزور المدينة الأسبوع المقبل لافتتاح المشروع».',
      ],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['الوزير سيزور المدينة الأسبوع المقبل لافتتاح المشروع']);
  });

  it('ends a role at بين before a definite noun (الوزير بين الحضور), not at بين inside a name', () => {
    expect(
      who(
        [
          'قال وزير الخارجية الفرنسي جان لوران: «لست واثقا بأن يحصل تغيير في الوقت الحاضر».',
          'وقال الوزير الفرنسي بين الحضور في الاجتماع: «لن يحدث التغيير قبل أن يتعافى الاقتصاد».',
          'وقال الخبير الاقتصادي هاك بين تشاو إن «الآفاق ما زالت تمثل تحديا كبيرا للمنطقة».',
        ],
        'ar',
      ),
    ).toEqual(['جان لوران', 'جان لوران', 'هاك بين تشاو']);
  });

  it('ends a one-word name before a body noun glued to ل, the addressee (فالون لهيئة الإذاعة)', () => {
    expect(
      who(
        [
          'قال وزير الدفاع البريطاني مايكل فالون إن الحملة ستستمر.',
          'كما أفاد فالون لهيئة الإذاعة البريطانية «أثبتت الطائرات جدارتها في الحملة الجوية».',
        ],
        'ar',
      ),
    ).toEqual(['مايكل فالون']);
  });

  it('reads a word with a possessive pronoun after a role as its complement, not a name (منتقديه)', () => {
    expect(
      who(
        [
          'جدد الرئيس الأميركي باراك أوباما دعوته لتأييد الاتفاق.',
          'ودافع الرئيس الأميركي عن الاتفاق في مواجهة منتقديه، وأفاد بأنه إذا «حاولت إيران الإخلال بالاتفاق فسيتم اكتشاف ذلك».',
        ],
        'ar',
      ),
    ).toEqual(['باراك أوباما']);
  });

  it('reads a verbal noun of the pattern استفعال after the cue as its object (أكد استمرار)', () => {
    expect(
      who(
        [
          'وقال المرشد الأعلى علي خامنئي في خطاب العيد إن بلاده ستواصل دعم حلفائها.',
          'حيث أكد استمرار الدعم وأن التوقيع على الاتفاق «لن يغير السياسة المبدئية للبلاد».',
        ],
        'ar',
      ),
    ).toEqual(['علي خامنئي']);
  });
});

describe('a title after a naming word and a colon, in Latin script', () => {
  it('is a title after "titled:" but speech after "said:"', () => {
    const found = q(
      [
        'The museum opens an exhibition titled: "when the river came back to the old city" next week. The curator said: "We waited ten years for this."',
      ],
      'en',
    );
    expect(found.map((f) => f.text)).toEqual(['We waited ten years for this.']);
  });
});

describe('Arabic: a role joined to another by و, and a title the article names elsewhere', () => {
  it('reads on through a genitive with لل when a second role joined by و follows (للإدارة وعضو …)', () => {
    expect(
      who(
        [
          'قال نائب رئيس الجمعية الوطنية للإدارة وعضو جمعية المكفوفين سامي بن خالد العتيبي في كلمته "إن الشراكة جاءت لتضيف إلى أبنائنا أبعادا أخرى".',
        ],
        'ar',
      ),
    ).toEqual(['سامي بن خالد العتيبي']);
  });

  it('takes a short span for a name where the article names something by it after a naming word', () => {
    const found = q(
      [
        'أطلقت العمادة برنامج "أجمل صيف 36" الذي يشمل عددا من الأنشطة.',
        'وأوضح مدير البرنامج الصيفي "أجمل صيف 36" خالد الحربي أن «البرنامج يشمل فعاليات متنوعة للطلاب».',
      ],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['البرنامج يشمل فعاليات متنوعة للطلاب']);
  });
});

describe('Arabic: a name with بن and no role, and sources that are not the speaker', () => {
  it('takes a name with بن (four words) for a person, so a subjectless وقال after it is his', () => {
    expect(
      who(
        [
          'تقدم سعد بن خالد المطيري بشكوى ضد مستشفى حكومي في المنطقة.',
          'وقال: «لم أجد تفسيرا للحالة ولم أتوصل إلى جواب شاف».',
        ],
        'ar',
      ),
    ).toEqual(['سعد بن خالد المطيري']);
  });

  it('does not take a speech verb before a family name with بن for part of a name (وأوضح ابن حميد)', () => {
    expect(
      who(['وأوضح ابن حميد الشمري أن الطرق بحاجة إلى صيانة، وقال: «من المهم إخضاع المقاولين للرقابة».'], 'ar'),
    ).toEqual(['ابن حميد الشمري']);
  });

  it('keeps the speaker in focus past a source cue inside his clause (بحسب سكاي نيوز)', () => {
    expect(
      who(
        [
          'قال رئيس الوزراء اليمني خالد بحاح إن عدن محررة بالكامل.',
          'وشدد رئيس الوزراء بحسب سكاي نيوز على أن الحوار يعني الالتزام بمخرجاته.',
          'وعن الدور الإيراني، قال: «لن نسمح بأي تدخل في اليمن».',
        ],
        'ar',
      ),
    ).toEqual(['خالد بحاح']);
  });

  it('reads no source in حسب and a common noun (حسب الحجم: depending on the size)', () => {
    expect(
      who(
        [
          'وقال التاجر زهير الخالدي إن الأسعار تتغير يوميا، وإن السعر يتراوح حسب الحجم وتعبئة البانة، وأضاف «أحيانا تزيد البانة فيرتفع السعر».',
        ],
        'ar',
      ),
    ).toEqual(['زهير الخالدي']);
  });
});

describe('Arabic: roles with a body named after a king, كان and its subject, a clause after the quotation', () => {
  it('reads a body named after a king or a prince as the role’s complement, not as the name', () => {
    expect(
      who(
        [
          'من جهة أخرى أكد مدير الشراكة في جامعة الملك خالد عبد الله العمري في حديثه أن صحة الطالب مستقرة.',
          'وأضاف العمري أن «ما قام به الطالب عمل نبيل يقدر عليه كل شاب».',
        ],
        'ar',
      ),
    ).toEqual(['عبد الله العمري']);
    expect(who(['وقال مدير مستشفى الملك فهد إن «الحالة مستقرة الآن».'], 'ar')).not.toEqual(['فهد']);
  });

  it('reads a name set off by commas after a role with غير and a definite adjective', () => {
    expect(
      who(['وقال منسق المشاريع في المنظمة غير الحكومية، ماريو لافون، إن «السكان يعانون نقصا في الطعام».'], 'ar'),
    ).toEqual(['ماريو لافون']);
  });

  it('takes the subject of كان before the verb, not the object after it (وكانت المحكمة أكدت إدانته)', () => {
    expect(who(['وكانت محكمة الاستئناف أكدت إدانته بتهمتين، وهما «الاحتيال واختلاس الأموال والتزوير».'], 'ar')).toEqual(
      ['محكمة الاستئناف'],
    );
  });

  it('does not credit the object of a verb joined by و after the quotation (وحث الحكومة)', () => {
    expect(
      who(['دعا زعيم الحزب صلاح الدين كمال السبت المسلحين إلى «رفع أصابعهم عن الزناد»، وحث الحكومة على الحوار.'], 'ar'),
    ).toEqual(['صلاح الدين كمال']);
  });

  it('reads "one of them" (أحدهم) as someone unnamed, not the last one named', () => {
    expect(
      who(
        ['وقال المواطن فهد العلي إن المستشفى رفض طلبه.', 'وقال أحدهم بعد التجربة «كاد قلبي أن يتوقف من الألم».'],
        'ar',
      ),
    ).not.toContain('فهد العلي');
  });
});

describe('Arabic: where a role ends, and whom words are ascribed to', () => {
  it('ends a role at a link before a statement’s noun (في تصريح خاص) and reads no name there', () => {
    expect(
      who(
        [
          'وكشف نادر العتيبي مدير الصالة الرئيسة لمجموعة السفر أن الإقبال مميز.',
          'وأوضح الخبير في مجال السفر والسياحة في تصريح خاص، أن الأسعار زادت، وقال «هذا طبيعي جدا في حال حصل ضغط على الرحلات».',
        ],
        'ar',
      ),
    ).not.toContain('خاص');
  });

  it('reads a link and its place after a titled role, then the name (المهندس الزراعي في بيشة سالم القرني)', () => {
    expect(who(['وأفاد المهندس الزراعي في تبوك ماجد الحربي أن «المحافظة تسير وفق خطة واضحة».'], 'ar')).toEqual([
      'ماجد الحربي',
    ]);
  });

  it('credits words ascribed to someone after إلى, or to the one the text is about after عنه', () => {
    expect(who(['ونسبت الرسالة إلى زعيم الجماعة عبدالله الصالح قوله «المعركة مستمرة والحرب لم تنته».'], 'ar')).toEqual([
      'عبدالله الصالح',
    ]);
    expect(
      who(
        [
          'وقال المستشار الأمريكي بن رودس إن بلاده تدعم الحملة.',
          'ونقلت عنه وكالة الأنباء قوله إن تركيا «من حقها القيام بأعمال ضد أهداف إرهابية».',
        ],
        'ar',
      ),
    ).toEqual(['بن رودس']);
  });

  it('ends a name at حسب ما (according to what) and reads ألمح as a speech verb', () => {
    expect(
      who(['وقال أردوغان حسب ما نقلت وسائل إعلامية عنه قوله خلال زيارته إنه «لا بد من العودة فورا إلى الشعب».'], 'ar'),
    ).toEqual(['أردوغان']);
    expect(
      who(['وألمح حاتم الشرقاوي إلى أن الأمن مستتب، قائلا: «الضربات الاستباقية تحققت بجهود رجال الأمن».'], 'ar'),
    ).toEqual(['حاتم الشرقاوي']);
  });
});

describe('Arabic: artists, a role with an institution’s adjectives, and a clause after a full stop', () => {
  it('reads an artist’s profession as a role before the name (الموسيقار، النحات)', () => {
    expect(
      who(
        [
          'أكد الموسيقار سامي الحربي أن هناك تراجعا في الفن، قائلا «الطرب كان راقيا في الماضي».',
          'وقال النحات ماجد العسيري: «زامر الحي لا يطرب».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي', 'ماجد العسيري']);
  });

  it('reads on through a genitive with لل and its adjectives to a title and the name', () => {
    expect(
      who(['وقال محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور سعد بن علي الغامدي «إن الميزانية تكفي».'], 'ar'),
    ).toEqual(['الدكتور سعد بن علي الغامدي']);
  });

  it('reads no name in a word with a possessive pronoun after a role (تشرح المصممة فكرتها قائلة)', () => {
    expect(who(['وتشرح المصممة فكرتها قائلة: «عندما تلعب بالشريط تصبح حركته عفوية».'], 'ar')).not.toContain(
      'فكرتها قائلة',
    );
  });

  it('does not credit a cue joined by و after the quotation’s full stop (ووصف قصف …)', () => {
    expect(
      who(
        [
          'وقال أندريه ليسينكو المتحدث باسم الجيش "هجوم المحتلين جاء على خلفية تصعيد الوضع في الشرق." ووصف قصف الانفصاليين بأنه الأعنف.',
        ],
        'ar',
      ),
    ).toEqual(['أندريه ليسينكو']);
  });
});

describe('Arabic: blank paragraphs, a manner adverb with tanween, and عدم before a cue word', () => {
  it('keeps the speaker of "وأضاف:" in reach across blank paragraphs', () => {
    expect(
      who(
        [
          'وأوضح مدير الهيئة المهندس محمد العمري أن الليالي ستشهد مشاركة ست محافظات.',
          ' ',
          ' ',
          ' ',
          ' ',
          'وأضاف: "كل محافظة لديها استعداد كبير لليلتها".',
        ],
        'ar',
      ),
    ).toEqual(['المهندس محمد العمري']);
  });

  it('ends a name before a manner adverb written with tanween before the alif (موضحًا)', () => {
    expect(who(['وتابع كاميرون موضحًا: «سأحادث الرئيس الفرنسي في وقت لاحق اليوم».'], 'ar')).toEqual(['كاميرون']);
  });

  it('reads no subject after a cue word that عدم makes a verbal noun (طالبا عدم كشف اسمه)', () => {
    expect(
      who(['وقال المسؤول التركي طالبا عدم كشف اسمه إن "العمليات العسكرية تهدف إلى القضاء على التنظيم".'], 'ar'),
    ).not.toContain('اسمه');
  });
});

describe('Arabic: the person a relative (الذي، التي) follows, before a cue with no subject after it', () => {
  it('credits the name set off by commas before الذي, not the speaker before it', () => {
    expect(
      who(
        [
          'وقال مدير المشروع سعد الحربي: «نعمل على إنجاز المعمل قبل نهاية العام».',
          'توقفنا لدى مدير مرافق المعالجة في المشروع، نزيه عبدالكريم الكريع، الذي قال: «إن المعمل مصمم لمعالجة الغاز يومياً».',
        ],
        'ar',
      ),
    ).toEqual(['سعد الحربي', 'نزيه عبدالكريم الكريع']);
  });

  it('credits a role and a name before الذي, and agrees with the relative (التي with قالت)', () => {
    expect(
      who(
        [
          'وقال المدرب فهد المطيري: «الفريق جاهز للموسم».',
          'وحضر اللقاء وزير حقوق الإنسان عزالدين الأصبحي الذي أضاف أن «الوضع في المدينة خطير جدا».',
          'وكانت بين الحضور الكاتبة منى العلي التي قالت: «نحتاج إلى مزيد من الوقت لفهم ما جرى».',
        ],
        'ar',
      ),
    ).toEqual(['فهد المطيري', 'عزالدين الأصبحي', 'منى العلي']);
  });

  it('takes no words that are not a person for the one before the relative (الاتفاق، الذي قال فيه)', () => {
    expect(
      who(
        [
          'وقال المدرب فهد المطيري: «الفريق جاهز للموسم».',
          'وفي تصريح أخير له بعد الاتفاق، الذي قال فيه إن «الأوهام تدفع المنطقة نحو الحرب».',
        ],
        'ar',
      ),
    ).toEqual(['فهد المطيري', 'فهد المطيري']);
  });
});

describe('Arabic: a role, a comma, then the name before what was said', () => {
  it('takes the name after the comma (with its title) for the speaker and all before it for the role', () => {
    const qs = q(
      [
        'وحول المشروع يقول مدير إدارة مشروع الغاز، المهندس بدر الدلامي: «من المعروف أن الشركة تحمل مسؤولية توفير الطاقة».',
        'ويضيف: «المشروع جزء من هذه المنظومة الكبيرة».',
        'وقال الناشط الحقوقي والمدير التنفيذي لمرصد حضرموت لحقوق الإنسان، فادي محروس، إن «مصير المفقودين سيكون ملفاً كبيراً».',
      ],
      'ar',
    );
    expect(qs.map((q) => [q.speaker, q.speakerRole])).toEqual([
      ['المهندس بدر الدلامي', 'مدير إدارة مشروع الغاز'],
      ['المهندس بدر الدلامي', 'مدير إدارة مشروع الغاز'],
      ['فادي محروس', 'الناشط الحقوقي والمدير التنفيذي لمرصد حضرموت لحقوق الإنسان'],
    ]);
  });

  it('does not take a phrase after the comma for the name when the name came before it (…، في بيان، إن)', () => {
    expect(
      who(
        [
          'وقال المدرب فهد المطيري: «الفريق جاهز للموسم».',
          'وقال مدير الإدارة سعد العلي، في بيان صحفي، إن «العمل مستمر حتى نهاية الشهر».',
        ],
        'ar',
      ),
    ).toEqual(['فهد المطيري', 'سعد العلي']);
  });
});

describe('Arabic: a description that spells the role the article gave someone', () => {
  it('credits a later mention of the whole role (وبسؤال مدير إدارة المشروع … قال) to its holder', () => {
    expect(
      who(
        [
          'يقول مدير إدارة مشروع الغاز، المهندس بدر الدلامي: «نعمل على إنجاز المعمل قبل نهاية العام».',
          'وقال رئيس قسم التشغيل سالم العتيبي: «فريقنا جاهز لتسلم الوحدات».',
          'وبسؤال مدير إدارة مشروع الغاز عن اختيار الموقع، قال: «اخترناه لقربه من المرافق القائمة».',
        ],
        'ar',
      ),
    ).toEqual(['المهندس بدر الدلامي', 'سالم العتيبي', 'المهندس بدر الدلامي']);
  });

  it('does not read a clause after the comma as the role’s holder (…، وقال النقيدان: «…»)', () => {
    expect(
      who(
        ['وشارك في المعرض الفنان التشكيلي الأستاذ علي النقيدان، وقال النقيدان: «الرسم الثلاثي الأبعاد فن جديد علينا».'],
        'ar',
      ),
    ).toEqual(['علي النقيدان']);
  });
});

describe('Arabic: a cue joined by و after the quotation’s clause, عدم after a verb, a name after مسمى', () => {
  it('credits the quotation to the cue before it, not to a cue joined by و after a comma further on', () => {
    expect(
      who(
        [
          'وفي بروكسل، أعلنت المفوضية الأوروبية أنها "على علم بتدهور الوضع" مشيدة بالتعاون بين البلدين، وصرحت المتحدثة باسم المفوضية مينا أندريفا للصحافيين "إنه مثال جديد يثبت ضرورة تضامن أكبر".',
        ],
        'ar',
      ),
    ).toEqual(['المفوضية الأوروبية', 'مينا أندريفا']);
  });

  it('ends the speaker’s phrase before a verb followed by عدم (طلب عدم الكشف عن اسمه)', () => {
    expect(who(['وقال مصدر أمني طلب عدم الكشف عن اسمه إن "القوات تمكنت من دخول المدينة صباح اليوم".'], 'ar')).toEqual([
      'مصدر أمني',
    ]);
  });

  it('reads a span after مسمى as a name, and the same span elsewhere too', () => {
    expect(
      q(
        [
          'وأوضح المؤلف حسين شاهين أن اختيار مسمى "نقش من هوازن" جاء لإعطاء دلالة رمزية.',
          'بدوره، أوضح منتج العمل ممدوح سالم أن "نقش من هوازن" عمل ملحمي بمعنى الكلمة.',
        ],
        'ar',
      ),
    ).toEqual([]);
  });
});

describe('Arabic: a speech verb after an opening adverbial and a comma', () => {
  it('takes no role from a verb that is also a role word (من جهته، طالب …: demanded, not a student)', () => {
    const [f] = q(
      ['من جهته، طالب رئيس مجلس النواب سليم الجبوري بعقد جلسة طارئة، معتبرا أن "مجلس النواب سيحدد الأسماء بشكل واضح".'],
      'ar',
    );
    expect([f?.speaker, f?.speakerRole]).toEqual(['سليم الجبوري', 'رئيس مجلس النواب']);
  });
});

describe('Arabic: heads of names that open with a conjunction’s letter, and their plurals', () => {
  it('reads a span after فعالية / فعاليات / فرقة as a name, not speech', () => {
    expect(
      q(
        [
          'دشن مدير الشؤون الصحية سعد العلي أمس فعاليات "الأسبوع العالمي للرضاعة الطبيعية" في المستشفى.',
          'وشاركت فرقة «نجوم الخليج الشعبية» في الحفل، كما أقيمت فعالية «يوم الطفل السعيد» في الحديقة.',
        ],
        'ar',
      ),
    ).toEqual([]);
  });
});

describe('Arabic: a state in a role, professors, an addressee in marks set apart, a family name opening on و', () => {
  it('reads ولاية as a region in the role, not و and a new clause (رئيس نقابة … في ولاية بورنو ابو بكر غامندي)', () => {
    expect(
      who(
        ['وقال رئيس نقابة صيادي السمك في ولاية بورنو ابو بكر غامندي لوكالة الصحافة ان "المسلحين هاجموا ثلاث قرى".'],
        'ar',
      ),
    ).toEqual(['ابو بكر غامندي']);
  });

  it('reads البروفسور and stacked titles before the name, and a family name opening on و before a comma', () => {
    expect(
      who(
        ['وقال البروفسور الدكتور مارتن وينتركورن، رئيس مجلس إدارة الشركة، إن «نتائج النصف الأول تؤكد ثبات الشركة».'],
        'ar',
      ),
    ).toEqual(['البروفسور الدكتور مارتن وينتركورن']);
  });

  it('reads the subject after لـ and a medium’s name in marks set apart from it (يقول لـ "الاقتصادية" …)', () => {
    expect(
      who(
        [
          'من جانبه، يقول لـ "الاقتصادية"، رالف فالتمان المختص النفطي، "إن مخاوف البعض من الاتفاق أسهمت في إضعاف الأسعار".',
        ],
        'ar',
      ),
    ).toEqual(['رالف فالتمان']);
  });
});

describe('Arabic: the topic put before a cue followed by the quotation', () => {
  it('reads a topic after a list’s bullet, and any topic between أما and ف (أما fofo فتقول)', () => {
    expect(
      who(
        [
          '** أما fofo فتقول «حسبي الله ونعم الوكيل، ناس تتكلم ما تعرف بظروف غيرها».',
          '** الخال رامز يقول «خليك في بيتك أحسن لك واترك الكتابة لأهلها».',
        ],
        'ar',
      ),
    ).toEqual(['fofo', 'الخال رامز']);
  });

  it('reads a name set before a role in apposition as the topic (لاري فينج، الرئيس التنفيذي …، قال)', () => {
    expect(
      who(
        [
          'وقال المحلل فريد نيومان إن "السوق ستتعافى قريبا".',
          'لاري فينج، الرئيس التنفيذي لشركة بلاك روك، قال "إن المستثمرين الأجانب بحاجة إلى إعادة تقييم الوضع".',
        ],
        'ar',
      ),
    ).toEqual(['فريد نيومان', 'لاري فينج']);
  });

  it('takes no topic before a participle of speech (… الحصيلة موضحا "…"): it goes on with the subject', () => {
    expect(who(['وأكد مصدر طبي طلب عدم كشف اسمه، الحصيلة موضحا "تلقينا حتى الآن 13 جثة في المستشفى".'], 'ar')).toEqual([
      'مصدر طبي',
    ]);
  });
});

describe('Arabic: a role in construct with a proper noun, stars and legends, ranks, and words that end a name', () => {
  it('reads the word after a role without the article as its genitive when a name of two words follows', () => {
    const roles = (ps: string[]) => q(ps, 'ar').map((f) => [f.speaker, f.speakerRole]);
    expect(
      roles([
        'وقال سفير نيوزيلندا جيرارد فان بوهيمن إن "مشروع القرار اعتمد بالإجماع".',
        'وقال محافظ شرورة إبراهيم عاطف: «جئنا اليوم لتفقد أحوالكم».',
      ]),
    ).toEqual([
      ['جيرارد فان بوهيمن', 'سفير نيوزيلندا'],
      ['إبراهيم عاطف', 'محافظ شرورة'],
    ]);
  });

  it('keeps a counterpart’s given name and an adjective of origin out of the role (نظيره محمد جواد ظريف)', () => {
    expect(
      who(['وقال نظيره محمد جواد ظريف إن "الحوار السياسي سيتطور".', 'وقال فنان فرنسي إن "الرسم لغة عالمية".'], 'ar'),
    ).toEqual(['محمد جواد ظريف', 'فنان فرنسي']);
  });

  it('reads a star or a legend as a role, and ركن as part of a rank before the name', () => {
    expect(
      who(
        [
          'وقال نجم كرة السلة الصيني ياو مينغ: "ستكون أمامنا رحلة طويلة".',
          'وقال الخبير في الشؤون العسكرية العميد ركن عباس صالح مقبل إن "القاعدة أكبر القواعد الجوية".',
        ],
        'ar',
      ),
    ).toEqual(['ياو مينغ', 'العميد ركن عباس صالح مقبل']);
  });

  it('ends a name at ما (whether), and reads محطة as a broadcaster', () => {
    expect(
      who(
        [
          'ولم يوضح ما إذا كان يريد الترشح، وقال المحلل سعد العلي إن "الأسواق ستتعافى قريبا جدا".',
          'وصرح زيدان لمحطة «بي إف إم» بأن «دي ماريا من نوعية اللاعبين الذين يصنعون الفارق».',
        ],
        'ar',
      ),
    ).toEqual(['سعد العلي', 'زيدان']);
  });

  it('ends the phrase of a role and a name at بل (but rather): فنان فرنسي بل رسالة ديليسبس', () => {
    const lex = lexiconFor(LANGS.filter((m) => m.code === 'ar'));
    expect(phraseAt('فنان فرنسي بل رسالة ديليسبس إلى صديقته', lex)).toEqual(['فنان', 'فرنسي']);
  });
});

describe('Arabic: a family name alone names someone known by a full name and a role', () => {
  // (It needs both: the mention by the family name, and قائده read as no woman's role.)
  it('takes the subject named by his family name for a participle of speech after it (وعبّر الموري … قائلاً)', () => {
    expect(
      who(
        [
          'جدد فريق هنكوك للسباقات فوزه بالجولة الثانية بفضل قائده المخضرم سعيد الموري الذي سحر قلوب المتفرجين.',
          'وعبّر الموري عن سعادته الغامرة بفوزه الثاني قائلاً «تمكّنا أخيرًا من إثبات أن فريقنا سيعود أقوى من الأول».',
          'وتابع قائلاً: «لقد وعدت الفريق بأن الفوز سيكون حليفنا في هذه الجولة أيضا».',
        ],
        'ar',
      ),
    ).toEqual(['سعيد الموري', 'سعيد الموري']);
  });
});

describe('Arabic: a role word as a family name, and بدوره', () => {
  it('reads a role word after a given name and before a definite role as the family name (أحمد نجم الأمين العام)', () => {
    expect(
      who(['من جهته، قال أحمد نجم الأمين العام لمركز التحكيم التجاري إن "المؤتمر يشهد حضورا كبيرا كل عام".'], 'ar'),
    ).toEqual(['أحمد نجم']);
  });

  it('takes بدوره (in turn) for no name', () => {
    expect(
      who(
        [
          'وقال مدرب بنما داريو جوميز إن "الحكم أفسد المباراة".',
          'وأضاف بدوره: "كان الحكم سيئا للغاية، لكن هذه الأمور تحدث في كرة القدم".',
        ],
        'ar',
      ),
    ).toEqual(['داريو جوميز', 'داريو جوميز']);
  });
});

describe('Arabic: forces as a body', () => {
  it('reads القوات and its adjective as the body that speaks (وقالت القوات الكردية في بيان «…»)', () => {
    expect(
      who(['وقالت القوات الكردية في بيان «رغم إعلاننا أننا لسنا جزءا من هذه الأحداث فإن مواقعنا استهدفت».'], 'ar'),
    ).toEqual(['القوات الكردية']);
  });
});

describe('Arabic: a statement issued by a body, and the body’s name through a genitive with لل', () => {
  it('credits a subjectless cue after an issued statement to its issuer, and a later "the statement said" too', () => {
    expect(
      who(
        [
          'وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا إعلاميا قال إنه «بناء على ما ورد من معلومات فإننا نؤكد اطلاعنا على الموضوع».',
          'وقال البيان إن «مجلس الإدارة في الاتحاد يرفض بشدة حضور مثل هذه المناسبات».',
        ],
        'ar',
      ),
    ).toEqual(['الاتحاد السعودي للكرة الطائرة', 'الاتحاد السعودي للكرة الطائرة']);
  });

  it('keeps an addressee with لل out of a body’s name without the article (وزارة الخارجية السعودية للصحفيين)', () => {
    expect(who(['وقالت وزارة الخارجية السعودية للصحفيين إن «الزيارة ستتم في موعدها المحدد».'], 'ar')).toEqual([
      'وزارة الخارجية السعودية',
    ]);
  });
});

describe('Arabic: a day after a body’s name', () => {
  it('ends the body’s name at a weekday (أعلن الكرملين الاربعاء …)', () => {
    expect(who(['وقال الكرملين الاربعاء في بيان إن "الرئيسين قررا بشكل مشترك إلغاء العقد".'], 'ar')).toEqual([
      'الكرملين',
    ]);
  });
});

describe('Arabic: names in marks known by what stands around them', () => {
  it('reads one more name of a list after a naming word (ويعرف باسم «أبو معتز»، و«أبو مسلم التركماني»)', () => {
    expect(
      q(
        [
          'كان سعود محسن حسن، نائب البغدادي، رائدا في جيش صدام حسين. ويعرف باسم «أبو معتز»، و«أبو مسلم التركماني» بحسب ما أوضح رئيس الاستخبارات.',
        ],
        'ar',
      ),
    ).toEqual([]);
  });

  it('reads a short span with a role in apposition after it, or right after a role, as a name', () => {
    expect(
      q(
        [
          'ومن بين قادة التنظيم «أبو علاء العفري»، أحد العسكريين السابقين في الجيش، بحسب ما أوضح رئيس الاستخبارات.',
          'رفع الملياردير الكوري الجنوبي "تشونج مون جون" وتيرة التحدي في السباق إلى رئاسة الاتحاد الدولي.',
        ],
        'ar',
      ),
    ).toEqual([]);
  });

  it('still reads speech after a speech verb and a role (وقال المدرب "…")', () => {
    expect(who(['وقال المدرب "نحن جاهزون للموسم الجديد".'], 'ar')).toEqual(['المدرب']);
  });
});

describe('Arabic: the father’s name after بن', () => {
  it('reads the word after بن as a name though it reads as a particle (وليد بن على الجلال)', () => {
    expect(
      who(['وقال مدير مكتب الحملة في لبنان وليد بن على الجلال: "إن المشروع ختم المرحلة الثالثة بعد عام ونصف".'], 'ar'),
    ).toEqual(['وليد بن على الجلال']);
  });
});

describe('Arabic: honorifics of address (معالي، سماحة، فضيلة)', () => {
  it('reads the role after an honorific, and keeps the honorific out of it', () => {
    expect(
      read('أكد معالي وزير الخارجية عادل الجبير أن الوضع صعب. وقال: «إننا نعمل بجد من أجل السلام في المنطقة».'),
    ).toEqual(['عادل الجبير', 'وزير الخارجية']);
  });

  it('reads سماحته and فضيلته as the one in focus, and an imam (إمام) as no preposition (أمام)', () => {
    expect(
      who(
        [
          'حذر إمام وخطيب الجامع الكبير فضيلة الشيخ الدكتور سالم العمري من الفتن في خطبة الجمعة.',
          'ودعا فضيلته الشباب إلى الحذر، وخاطبهم قائلا «تمسكوا بوحدتكم ولا تلتفتوا إلى دعاة الفرقة».',
        ],
        'ar',
      ),
    ).toEqual(['فضيلة الشيخ الدكتور سالم العمري']);
    expect(
      who(
        [
          'أكد مفتي عام البلاد الشيخ عبدالكريم بن سعد الناصر أن الأمن نعمة.',
          'واستنكر سماحته الحادث الأليم، وقال: «هذا عمل إجرامي لا يقبله دين ولا عقل سليم».',
        ],
        'ar',
      ),
    ).toEqual(['الشيخ عبدالكريم بن سعد الناصر']);
  });

  it('leaves سماحة alone as a common noun (سماحة الإسلام)', () => {
    expect(
      who(
        [
          'أكد الشيخ سالم العمري أن الدين يسر.',
          'وتطرق إلى سماحة الإسلام ووسطيته، وقال: «الإسلام دين الرحمة والعدل بين الناس».',
        ],
        'ar',
      ),
    ).toEqual(['الشيخ سالم العمري']);
  });
});

describe('Arabic: words after a name that are no part of it', () => {
  it('ends a name at an adverb (بشدة), at البالغ (aged) and at جانب, and reads a title before a role', () => {
    expect(
      who(
        [
          'وحضر الحفل رئيس الوزراء شينزو آبي إلى جانب ممثلي مئة دولة.',
          'وصرح آبي مخاطبًا الحشد «علينا أن نعمل معا من أجل عالم بلا حروب».',
          'وروى الناجي كينجي تاناكا البالغ 88 عامًا كيف «اشتعلت النيران في كل مكان ولم نجد مكانا نهرب إليه».',
          'ونفى هارولد سميث بشدة أن يكون القصف ضروريا، وقال: «كانت الحرب ستنتهي في كل الأحوال بعد أسابيع».',
          'وغرد الدكتور الشاعر ناصر العلي قائلا "ما حدث عمل جبان لا يمثل إلا من قام به".',
        ],
        'ar',
      ),
    ).toEqual(['آبي', 'كينجي تاناكا', 'هارولد سميث', 'الدكتور ناصر العلي']);
  });

  it('keeps a name after a kunya’s particle (أبو مازن) and a father’s name that reads as a stop (بن على)', () => {
    expect(who(['وقال أبو مازن: «لن نقبل بأي حل لا يضمن حقوق شعبنا كاملة».'], 'ar')).toEqual(['أبو مازن']);
    expect(who(['وقال وليد بن على الحربي: «المشروع اكتمل في موعده المحدد».'], 'ar')).toEqual(['وليد بن على الحربي']);
  });
});

describe('Arabic: whom it was said to (قال له)', () => {
  it('reads the subject after قال and ل with a pronoun, and no one when nothing follows them', () => {
    expect(
      who(
        [
          'وقال له الناجي هيرو ساتو (86 عامًا): «عليكم ألا تكرروا أخطاء الماضي مهما كان الثمن».',
          'وقالت لهم الطبيبة سارة العلي: «عليكم أن تلتزموا بالتعليمات حتى تنتهي الأزمة».',
        ],
        'ar',
      ),
    ).toEqual(['هيرو ساتو', 'سارة العلي']);
    expect(who(['وقال لي: «عليكم ألا تكرروا أخطاء الماضي مهما كان الثمن».'], 'ar')).toEqual([null]);
  });

  it('still reads لي as the name Li before a name', () => {
    expect(who(['وقال لي كه تشيانغ: «سننمو بنسبة سبعة في المئة هذا العام».'], 'ar')).toEqual(['لي كه تشيانغ']);
  });
});

describe('Arabic: by his saying (بقوله، بالقول)', () => {
  it('credits بقوله to the subject of its clause, never to a word after it', () => {
    expect(
      who(
        [
          'وقال الشيخ عادل الناصر: «هذه الأعمال لا تزيدنا إلا تمسكا بديننا ووطننا».',
          'فيما عبر مدير القناة جمال السالم عن الحادثة بقوله «هذه جريمة لا مثيل لها في تاريخ البلاد».',
          'فغرد الأديب الإماراتي ناصر الظاهري بالقول «الإرهاب لا دين له ولا وطن ولا قيم».',
        ],
        'ar',
      ),
    ).toEqual(['الشيخ عادل الناصر', 'جمال السالم', 'ناصر الظاهري']);
    expect(
      who(
        [
          'أكد الوزير خالد العمر أن الوضع مستقر.',
          'وتابع بقوله «إننا نعمل ليل نهار من أجل سلامة المواطنين».',
          'ولخص رئيس النادي جان بيير مارتان واقع الأندية بقوله خصوصا بعد رحيل لاعبه "القوة الشرائية لدى الأندية الإنجليزية تتفوق بكثير".',
        ],
        'ar',
      ),
    ).toEqual(['خالد العمر', 'جان بيير مارتان']);
  });
});

describe('Arabic: formulas of blessing (صلى الله عليه وسلم، تعالى، رضي الله عنه)', () => {
  it('credits the one a formula blesses when it follows the verb, and ends a name at it', () => {
    expect(
      who(
        [
          'وأكد الخطيب الشيخ سالم العمري أن الرشوة محرمة، قال صلى الله عليه وسلم: «لعن الله الراشي والمرتشي».',
          'وقال تعالى: «ولا تأكلوا أموالكم بينكم بالباطل».',
          'وقال عمر بن الخطاب رضي الله عنه: «لو عثرت بغلة في العراق لسئلت عنها».',
          'وقال رسول الله صلى الله عليه وسلم: «من غشنا فليس منا».',
        ],
        'ar',
      ),
    ).toEqual(['النبي', 'الله', 'عمر بن الخطاب', 'رسول الله']);
  });
});

describe('Arabic: by saying introduces what follows it', () => {
  it('credits no quotation before بقوله to the one it introduces', () => {
    expect(
      who(
        [
          'أما الشيخ عادل الناصر فقد غرد قائلا "هذه الأعمال لا تزيدنا إلا تمسكا بديننا"، فيما عبر مدير القناة جمال السالم عن الحادثة بقوله "هذه جريمة لا مثيل لها في تاريخ البلاد".',
        ],
        'ar',
      ),
    ).toEqual(['الشيخ عادل الناصر', 'جمال السالم']);
  });
});

describe('Arabic: what follows a role that is no name', () => {
  it('reads a participle of manner after a role as how he spoke, and بال after a role as where he serves', () => {
    expect(
      q(
        [
          'وقال مسؤول كبير بوزارة المالية محذرا «نحن نحتاج إلى أن يقف الجميع متحدين في هذه المرحلة».',
          'وقال المسؤول بالخزانة الأميركية: «هذه الشركة تعد لغما أرضيا للمستثمرين الأجانب».',
        ],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([
      ['مسؤول كبير بوزارة المالية', null],
      ['المسؤول بالخزانة الأميركية', null],
    ]);
    expect(who(['وقال المتحدث باسم الوزارة قائلا «نحن جاهزون لكل الاحتمالات في الأيام المقبلة».'], 'ar')).toEqual([
      'المتحدث باسم الوزارة',
    ]);
  });

  it('still reads a name of that shape (ماريا) after a role', () => {
    expect(read('وقالت المغنية ماريا: «نحن سعداء جدا بهذا النجاح الكبير».')).toEqual(['ماريا', 'المغنية']);
  });
});

describe('Arabic: a country named by a plural body noun', () => {
  it('reads الولايات المتحدة and الإمارات العربية المتحدة whole', () => {
    expect(
      who(
        [
          'وقالت الولايات المتحدة "إنها تشعر بقلق إزاء القيود الجديدة على الاستثمار".',
          'وأكدت الإمارات العربية المتحدة أن "الحوار هو السبيل الوحيد لحل الأزمة".',
        ],
        'ar',
      ),
    ).toEqual(['الولايات المتحدة', 'الإمارات العربية المتحدة']);
  });
});

describe('Arabic: a cue after the quotation in a clause of its own', () => {
  it('keeps the quotation with the cue before it when إذ، فيما، بينما opens the cue after it', () => {
    expect(
      who(
        [
          'وأشار سالم الحربي إلى أن «الميليشيات زرعت الألغام في الطرقات العامة قبل هروبها»، إذ تشير التقديرات إلى سقوط العشرات.',
          'وقال المنشد ناصر الدوسري: «أقرأ عنها الآن كلاما رائعا عن عطفها»، فيما قالت نورة «كانت أما للجميع بكل تواضع».',
        ],
        'ar',
      ),
    ).toEqual(['سالم الحربي', 'ناصر الدوسري', 'نورة']);
  });
});

describe('Arabic: a title before a compound given name', () => {
  it('keeps the family name after a title and عبد … (العميد عبد الله الصبيحي)', () => {
    expect(read('وقال العميد عبد الله الصبيحي قائد الفرقة الخامسة: «جرى تطوير آلية الهجوم في عملية التحرير».')[0]).toBe(
      'العميد عبد الله الصبيحي',
    );
  });
});

describe('Arabic: a role in apposition after a name', () => {
  it('gives the name the role after it, and credits that role later to the name', () => {
    expect(
      q(
        [
          'وقال علي سالم الحربي المتحدث باسم المقاومة الشعبية لـ«الصحيفة» إن «المحافظة أصبحت محررة بالكامل».',
          'وأضاف المتحدث باسم المقاومة الشعبية أن «الميليشيات زرعت الألغام في الطرقات العامة».',
        ],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([
      ['علي سالم الحربي', 'المتحدث باسم المقاومة الشعبية'],
      ['علي سالم الحربي', 'المتحدث باسم المقاومة الشعبية'],
    ]);
    expect(read('وقال العميد عبد الله الصبيحي قائد الفرقة الخامسة: «جرى تطوير آلية الهجوم».')[1]).toBe(
      'قائد الفرقة الخامسة',
    );
  });

  it('takes no day for a role (الأحد reads as أحد)', () => {
    expect(read('وقالت النيابة العامة الأحد في بيان إن «التحقيق ما زال جاريا في الحادث».')[1]).toBeNull();
  });
});

describe('Arabic: a possessed noun after the verb', () => {
  it('takes no noun with a possessive pronoun for the subject (وختم تصريحاته، أعلن جاهزيته)', () => {
    expect(
      who(
        [
          'وقال المدرب خالد العمري: «الفريق جاهز للموسم الجديد بعد معسكر طويل».',
          'وأعلن جاهزيته لخوض المباريات وقال: «سنقاتل على كل الألقاب هذا الموسم».',
          'وختم تصريحاته للصحفيين بالتفاؤل وقال: «كل الاحتمالات قائمة في لقاء الغد».',
        ],
        'ar',
      ),
    ).toEqual(['خالد العمري', 'خالد العمري', 'خالد العمري']);
  });

  it('keeps a relative described by kin (وقال زوجها، وقالت والدته) as the subject', () => {
    expect(read('وقال زوجها في حينه: «حضرنا منذ الصباح الباكر لاستلام النتيجة».')[0]).toBe('زوجها');
    expect(read('وقالت والدته: «كان بارا بنا طوال حياته».')[0]).toBe('والدته');
  });
});

describe('Arabic: a compound given name before a family name', () => {
  it('keeps the family name after الدين though الدين stands alone elsewhere (صدر الدين القبنجي)', () => {
    expect(
      who(
        [
          'ودعا إمام جمعة النجف صدر الدين القبنجي إلى عدم المشاركة في المظاهرات التي دعا إليها رجال الدين.',
          'وقال القبنجي في خطبة الجمعة إن «على الجميع معرفة الجهة التي دعت للتظاهر، فالدين لا يقبل الفوضى».',
          'وأضاف أن «الدين يدعو إلى الإصلاح، والدين بريء من التخريب».',
        ],
        'ar',
      ),
    ).toEqual(['صدر الدين القبنجي', 'صدر الدين القبنجي']);
  });
});

describe('Arabic: the word after a name particle', () => {
  it('reads a name word that opens on و after فان or بن as a name (كريس فان ويل)', () => {
    expect(read('وقال البروفيسور كريس فان ويل من جامعة رادبود: «النتائج مشجعة للغاية».')[0]).toBe(
      'البروفيسور كريس فان ويل',
    );
  });
});

describe('Arabic: a chain of roles before the name', () => {
  it('reads two nouns joined by و in construct with one genitive (استشاري طب وجراحة الأطفال)', () => {
    expect(read('وقال استشاري طب وجراحة الأطفال الدكتور سامي الحربي «لا يوجد علاج بالقطرات حتى الآن».')).toEqual([
      'الدكتور سامي الحربي',
      'استشاري طب وجراحة الأطفال',
    ]);
  });

  it('reads on past sixteen words while the roles go on, to the name after them', () => {
    expect(
      read(
        'وقال استشاري طب الأطفال رئيس قسم الطوارئ بمستشفى الملك فهد عضو هيئة التدريس بكلية الطب في جامعة الدمام الدكتور سامي عبدالله الحربي «لا يوجد علاج بالقطرات حتى الآن».',
      )[0],
    ).toBe('الدكتور سامي عبدالله الحربي');
  });
});

describe('Arabic: a full stop ends the phrase', () => {
  it('reads no name across a full stop after a word, but reads on after an initial (د.)', () => {
    const lex = lexiconFor(LANGS.filter((m) => m.code === 'ar'));
    expect(phraseAt('الأستاذ بكلية الهندسة، جامعة القاهرة بمصر. يتناول المؤلف فيها تاريخ المدينة', lex)).toEqual([
      'الأستاذ',
      'بكلية',
      'الهندسة',
      'جامعة',
      'القاهرة',
      'بمصر',
    ]);
    expect(read('وقال أ. د. سامي الحربي: «النتائج مشجعة للغاية».')[0]).toContain('سامي الحربي');
  });
});

describe('Arabic: roles set off by commas before the title and the name', () => {
  it('reads a role with its genitive, a comma, then the title and the name (المدير العام للشركة، المهندس …)', () => {
    expect(read('وقال المدير العام للشركة، المهندس خالد العتيبي، إن «الإنتاج سيتضاعف العام المقبل».')).toEqual([
      'المهندس خالد العتيبي',
      'المدير العام للشركة',
    ]);
  });

  it('reads a second role set off by commas before the title (… للمستشفى، استشاري طب الأطفال، الدكتور …)', () => {
    expect(
      read('وقال المدير التنفيذي للمستشفى، استشاري طب الأطفال، الدكتور سامي الحربي «إن الدراسة نقلة كبيرة».')[0],
    ).toBe('الدكتور سامي الحربي');
  });

  it('drops a title left without its name at the end of the phrase, but not آل الشيخ', () => {
    expect(read('وقال خادم الحرمين الشريفين، الملك "الحازم" سلمان: «لن نقبل أي تهاون في ذلك».')[0]).not.toMatch(
      /الملك$/u,
    );
    expect(read('وقال الشيخ عبدالله بن محمد آل الشيخ: «إن المجلس يدين هذا العمل».')[0]).toBe(
      'الشيخ عبدالله بن محمد آل الشيخ',
    );
  });
});

describe('Arabic: رغم ends the subject', () => {
  it('reads no name from «رغم …» after a description (الناقد الأدبي … رغم ندرتها)', () => {
    expect(
      who(
        [
          'يقول الكاتب والناقد سامي الحربي: «الفريق حدد هدفه مبكرا وسار إليه بثبات».',
          'ويعرج الناقد صاحب المقالات اللذيذة رغم ندرتها، على خسارة الفريق، ويتابع: «بعد المباراة بدا أن كل شيء انتهى».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي', 'سامي الحربي']);
  });
});

describe('Arabic: a verb after فيما or بينما opens its clause', () => {
  it('reads no verb after فيما into the role of the name after it (فيما طالب مندوب سوريا …)', () => {
    expect(
      q(
        ['فيما طالب مندوب سوريا سامي الحربي باعتماد مبادئ النزاهة في عمل اللجنة، وقال: «نحن مستعدون للتعاون الكامل».'],
        'ar',
      ).map((f) => [f.speaker, f.speakerRole]),
    ).toEqual([['سامي الحربي', 'مندوب سوريا']]);
  });
});

describe('Arabic: an adverbial before the verb that opens a sentence', () => {
  it('takes the subject after «من جهة ثانية» and the verb as the sentence’s, for a later فأجاب', () => {
    expect(
      who(
        [
          'وقال السفير السابق سامي الحربي: «الاتفاق لن يصمد طويلا».',
          'من جهة ثانية وجه وزير الدفاع، خالد العتيبي، تحذيرا شديد اللهجة. وفي مقابلة مع مجلة أجنبية، سئل عن الخيارات المتاحة، فأجاب: «سندرس كل الخيارات الممكنة».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي', 'خالد العتيبي']);
  });
});

describe('Arabic: an age in brackets inside the speaker phrase', () => {
  it('reads past an age between the role and the name, or between the name and its role', () => {
    expect(read('وقال قائد المنتخب السعودي للتنس (14 عاما) سعود الحربي: «أنا جاهز للبطولة».')[0]).toBe('سعود الحربي');
    expect(read('وقال محمد شاكر (45 عاما) أستاذ التعليم الثانوي: «الأمن ينتشر في كل مكان».')).toEqual([
      'محمد شاكر',
      'أستاذ التعليم الثانوي',
    ]);
  });

  it('ends the name at an age that no role follows (… (70 عاما) ابنة …)', () => {
    expect(read('وقالت نورة سالم (70 عاما) ابنة أحد الناجين: «عاشت والدتي حياة صعبة».')[0]).toBe('نورة سالم');
  });
});

describe('Arabic: a speech verb that is a noun after a quantifier', () => {
  it('reads no cue in كل فرد (فـ and رد, replied)', () => {
    const found = who(
      ['وقال الوزير سامي الحربي: «نحن لسنا دعاة حرب لكننا جاهزون لها»، وهذا هو ما يقوله كل فرد يعيش على هذه الأرض.'],
      'ar',
    );
    expect(found).not.toContain('يعيش');
    expect(found).toEqual(['سامي الحربي']);
  });
});

describe('Arabic: a consul and a role read through its place', () => {
  it('reads a role with a genitive, its adjectives and a place, then a second role and the name', () => {
    expect(
      who(
        [
          'استنكر القنصل العام للمملكة العربية السعودية في لوس أنجلوس السفير الدكتور سامي بن خالد الحربي الهجوم الإرهابي.',
          'وقال في تصريح له إن «من قام بهذا العمل لا ينتمي للإسلام».',
        ],
        'ar',
      ),
    ).toEqual(['الدكتور سامي بن خالد الحربي']);
  });
});

describe('Arabic: a family name after the father’s name', () => {
  it('keeps the family name after بن and the father’s name, though that name stands alone elsewhere', () => {
    expect(
      who(
        [
          'وقال الدكتور علي بن أحمد السلطان: «المتقاعدون مثل غيرهم يستحقون الرعاية».',
          'وكان أحمد قد تقاعد قبل عامين، ويعمل أحمد اليوم مستشارا.',
        ],
        'ar',
      ),
    ).toEqual(['الدكتور علي بن أحمد السلطان']);
  });
});

describe('Arabic: a speech verb or a role after بن', () => {
  it('reads طالب after بن as the father’s name, not a demand nor a student', () => {
    expect(
      who(
        [
          'وأشاد الوزير سامي الحربي بالمبادرة.',
          'وهنأ الدكتور فهد بن طالب العتيبي مدير الجامعة الطلاب بالتخرج. وقال: «هذا إنجاز للوطن».',
        ],
        'ar',
      ),
    ).toEqual(['الدكتور فهد بن طالب العتيبي']);
  });
});

describe('Arabic: the subject of a verb after an adverbial and a comma', () => {
  it('takes the name after «من جهته، هنأ» as the subject a later subjectless وقال goes on with', () => {
    expect(
      who(
        [
          'وأشاد الوزير سامي الحربي بالمبادرة.',
          'من جهته، هنأ الدكتور فهد العتيبي مدير الجامعة الطلاب بالتخرج. وقال: «هذا إنجاز للوطن».',
        ],
        'ar',
      ),
    ).toEqual(['الدكتور فهد العتيبي']);
  });

  it('finds the name again where its initial is printed with a full stop (د. فهد العتيبي)', () => {
    const found = who(
      [
        'وأشاد الوزير سامي الحربي بالمبادرة.',
        'وهنأ د. فهد العتيبي مدير الجامعة الطلاب بالتخرج. وقال: «هذا إنجاز للوطن».',
      ],
      'ar',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('فهد العتيبي');
  });
});

describe('Arabic: an attaché', () => {
  it('reads الملحق and its complement as the role of the name after it', () => {
    expect(read('وقال الملحق الثقافي في أستراليا الدكتور فهد العتيبي: «الطلاب فخر للوطن».')).toEqual([
      'الدكتور فهد العتيبي',
      'الملحق الثقافي في أستراليا',
    ]);
  });
});

describe('Arabic: the body a role serves in, with ب glued on', () => {
  it('reads بمديرية and its genitive into the role, not as a name', () => {
    expect(
      who(
        [
          'وأوضح الناطق الإعلامي بمديرية التعليم الأستاذ سامي الحربي أن الفرق باشرت العمل.',
          'وأضاف الناطق الإعلامي بمديرية التعليم أن «المدارس ستفتح أبوابها في الموعد المحدد».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي']);
  });

  it('keeps بمملكة البحرين in the role of a name after a title', () => {
    expect(read('وقال وزير المالية بمملكة البحرين الشيخ سامي بن خالد آل خليفة: «الاقتصاد ينمو بثبات».')).toEqual([
      'الشيخ سامي بن خالد آل خليفة',
      'وزير المالية بمملكة البحرين',
    ]);
  });
});

describe('Arabic: no name with a preposition in it before a colon', () => {
  it('reads no «في لندن» or «مكتوب عليها» as the name that introduces a quotation', () => {
    const found = q(['وقال بيل مدير «نايت فرانك للأبحاث» في لندن: «الأسعار ترتفع بسرعة كبيرة هذا العام».'], 'ar');
    expect(found.map((f) => f.speaker)).not.toContain('في لندن');
    expect(found.find((f) => f.text.startsWith('الأسعار'))?.speaker).toBe('بيل');
    expect(who(['وفي القاعة لوحة مكتوب عليها: «العمل عبادة والإتقان واجب على كل موظف»'], 'ar')).not.toContain(
      'مكتوب عليها',
    );
  });
});

describe('Arabic: a noun with ب and a possessive pronoun after the verb', () => {
  it('takes no «بحمله ثلاثة هواتف» for the subject (his carrying …)', () => {
    expect(
      who(
        [
          'وقال الوزير سامي الحربي إن المشروع مهم.',
          'ويعترف بحمله ثلاثة هواتف، ويقول: «لا أستطيع الاستغناء عن أي منها».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي']);
  });
});

describe('Arabic: a name and its role after the verb that opens a sentence', () => {
  it('takes the name for the person a later subjectless وأضاف goes on with', () => {
    expect(
      who(
        [
          'يفتتح سامي الحربي رئيس نادي الفروسية البطولة غدا في الرياض.',
          'وتمنى سامي الحربي أن تنجح البطولة.',
          'وأضاف: «نشكر كل من ساهم في تنظيم هذه البطولة».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي']);
  });

  it('reads no adverbial that opens the sentence (وفي سياق متصل) as the verb before a name', () => {
    const found = who(
      [
        'وفي سياق متصل أعرب السياسي المعارض عن قلقه.',
        'وقال المتحدث باسم الحكومة سامي الحربي: «الحوار هو الطريق الوحيد».',
      ],
      'ar',
    );
    expect(found).toEqual(['سامي الحربي']);
  });
});

describe('Arabic: a family name that reads as an adjective of origin', () => {
  it('takes العدواني for the family name of the person named before, not the role of the words after it', () => {
    expect(
      who(
        [
          'ذكر مدير المطار سامي العدواني أن عدد المسافرين بلغ مئة ألف.',
          'وتوقع العدواني زيادة حركة المسافرين خلال الشهر المقبل.',
          'وأضاف: «لدينا شركات طيران جديدة ستبدأ رحلاتها قريبا».',
        ],
        'ar',
      ),
    ).toEqual(['سامي العدواني']);
  });

  it('still reads an adjective of origin before a name nobody in the article bears (وقال الصيني …)', () => {
    expect(read('وقال الصيني جانغ يونغلي: «الطريق طويل أمامنا».')).toEqual(['جانغ يونغلي', 'الصيني']);
  });
});

describe('Arabic: a role that ends on a body and its own name', () => {
  it('reads «المدرب السابق لمنتخب إنجلترا» as a role (no name «لمنتخب إنجلترا») that stands for the coach named before', () => {
    expect(
      who(
        [
          'كشف المدرب سامي الحربي أن المهاجم يحتاج إلى جراحة.',
          'وقال المدرب السابق لمنتخب إنجلترا: «الطاقم الفني قام بعمل عظيم هذا الصيف».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي']);
  });

  it('reads منتخب as a body in a role before a name (مدرب منتخب مصر الأولمبي …)', () => {
    expect(read('وقال مدرب منتخب مصر الأولمبي سامي الحربي: «اللاعبون جاهزون للبطولة».')).toEqual([
      'سامي الحربي',
      'مدرب منتخب مصر الأولمبي',
    ]);
  });
});

describe('Arabic: the name in marks of a body inside a role', () => {
  it('reads the body’s name in marks on to the person after it (رئيس حزب «…» الدكتور …، مدير معهد «…» المهندس …)', () => {
    expect(read('وأكد رئيس حزب «الأمل الجديد» الدكتور سامي الحربي أن «البلد يحتاج إلى رئيس قوي».')).toEqual([
      'الدكتور سامي الحربي',
      'رئيس حزب الأمل الجديد',
    ]);
    expect(read('وأوضح مدير معهد «سرب» المهندس خالد العتيبي: «المعهد يدرب مئات الطلاب كل عام».')).toEqual([
      'المهندس خالد العتيبي',
      'مدير معهد سرب',
    ]);
  });

  it('reads a bloc (كتلة) as a body, its name in marks and the name set off by commas after them', () => {
    expect(read('وقال رئيس كتلة «الوفاق الوطني»، سامي الحربي: «الجلسة ستعقد غدا في موعدها».')[0]).toBe('سامي الحربي');
  });
});

describe('Arabic: an adjective of rank after an indefinite role', () => {
  it('reads «مسؤول أمريكي كبير» as someone unnamed, no name «أمريكي كبير» or «كبير»', () => {
    const found = who(
      ['وقال مسؤول أمريكي كبير إن المحادثات صعبة.', 'وأضاف المسؤول: «القرارات الصعبة مطلوبة من الجانبين هذا الأسبوع».'],
      'ar',
    );
    expect(found).toHaveLength(1);
    expect(found[0] ?? '').not.toMatch(/^(?:أمريكي )?كبير$/u);
  });
});

describe('Arabic: an adverbial with a preposition glued on is no verb before a name', () => {
  it('reads no name «صار أول» after «وبهذا»', () => {
    const found = who(
      [
        'وقال وزير الدفاع سامي الحربي إنه فتح حسابا على فيسبوك.',
        'وبهذا صار أول مسؤول كبير في الوزارة يفعل ذلك.',
        'وكتب: «يسعدني أن أتواصل معكم هنا كل يوم».',
      ],
      'ar',
    );
    expect(found).toEqual(['سامي الحربي']);
  });
});

describe('Arabic: a word written with its diacritics', () => {
  it('reads «زوّد» whole, not «زو» and a title «د» before the name', () => {
    expect(
      who(['فيما زوّد الأمير سامي بن خالد رئيس النادي اللاعبين بحافز، وقال «الفريق يتطور من مباراة إلى أخرى».'], 'ar'),
    ).toEqual(['الأمير سامي بن خالد']);
  });
});

describe('Arabic: a name, then its role set off by commas, before the verb', () => {
  it('takes the name for the subject when the role has no article (رئيس هيئة القناة) and a phrase follows the verb', () => {
    expect(
      read('سامي الحربي، رئيس هيئة الموانئ، قال في مقابلة تلفزيونية أخيرا «إن حركة السفن تتزايد كل عام».'),
    ).toEqual(['سامي الحربي', 'رئيس هيئة الموانئ']);
  });

  it('reads past the كان that opens the clause (وكانت فلانة، العضو في …، صرحت)', () => {
    expect(read('وكانت سارة الحربي، العضو في اللجنة المستقلة، صرحت أن «التقرير يكشف وقائع مقلقة جدا».')[0]).toBe(
      'سارة الحربي',
    );
  });
});

describe('Arabic: an honorific alone is no speaker', () => {
  it('credits no quotation to «فضيلة» read alone before a comma', () => {
    const found = who(
      [
        'استنكر فضيلة الشيخ، سامي بن خالد الحربي، الجريمة البشعة.',
        'وأضاف أن هذه الجريمة فيها حرمة الدين «وهي حرمة الإسلام» وحرمة المكان.',
      ],
      'ar',
    );
    expect(found).not.toContain('فضيلة');
  });
});

describe('Arabic: كان and an indefinite role after the name', () => {
  it('reads «وكان شين أول مستثمر» as what he was, no name «شين أول»', () => {
    const found = who(
      [
        'وقال المستثمر نيل شين إن السوق متقلبة هذا العام.',
        'وكان شين أول مستثمر خارجي في الشركة التي زرناها.',
        'ويقول: «الأمور لم تستقر بعد في السوق».',
      ],
      'ar',
    );
    expect(found).toEqual(['نيل شين']);
  });
});

describe('Arabic: ل before the article, kin after a name, a spokesman for a body', () => {
  it('reads the issuer of «تقرير للنقابة» with its article, not «لنقابة»', () => {
    expect(
      who(['وجاء في بيان للنقابة أن القرار "لا يترك لنا خيارا آخر سوى الإضراب عن العمل".'], 'ar').map((s) =>
        s?.startsWith('ل'),
      ),
    ).toEqual([false]);
    expect(read('وقال بيان للجيش أمس إن «القوات المسلحة عززت إجراءاتها الأمنية شرق القناة».')[0]).toBe('الجيش');
  });

  it('ends a name before kin in construct (والد الرهينة), which describes the one named', () => {
    expect(read('وأكد جان نويل بريم والد الرهينة السابقة: «إنني سعيد وهي في صحة جيدة».')[0]).toBe('جان نويل بريم');
    expect(read('وقالت ماري لوبان شقيقة اللاعب: «كنا ننتظر هذا اليوم منذ سنوات».')[0]).toBe('ماري لوبان');
  });

  it('goes on with a spokesman credited to his ministry after a subjectless «وأضاف»', () => {
    const found = who(
      [
        'وأفادت وزارة الخارجية العمانية في بيان بأن الرهينة وصلت إلى مسقط.',
        'وقال المتحدث باسم الخارجية العمانية إن «الجهات المعنية تمكنت من العثور عليها في اليمن».',
        'وأضاف أن عمليات البحث جرت «بناء على التوجيهات السامية» للسلطان.',
      ],
      'ar',
    );
    expect(found).toEqual(['وزارة الخارجية العمانية', 'وزارة الخارجية العمانية']);
  });
});

describe('Arabic: يقول after the name, a preposition of company, رجح, and the verb’s gender', () => {
  it('ends the name before «يقول» (وتابع فلان يقول:)', () => {
    expect(read('وتابع ماكلين يقول: «الشيء الوحيد الذي يصب في صالحها هو ضعف خصومها».')[0]).toBe('ماكلين');
  });

  it('reads no name in «برفقة مساعديه» after a role', () => {
    const found = who(
      [
        'وقالت المرشحة هيلاري رودهام كلينتون إن الحملة ستبدأ قريبا.',
        'وستقتصر الهجمات على الخصوم فقط الآن، كما قال المسؤول برفقة مساعدي كلينتون.',
        'وغردت كلينتون على موقع «تويتر» تقول: «يحاول خصومنا منع ملايين المواطنين من التصويت».',
      ],
      'ar',
    );
    expect(found).toEqual(['هيلاري رودهام كلينتون']);
  });

  it('takes رجحت for a cue, and a «وأضافت» after a woman whose role reads as a man’s goes on with her', () => {
    const found = who(
      [
        'من جانبها، رجحت عضو لجنة الأمن في البرلمان، النائبة سارة حميد الحربي، في تصريح أن الحكومة لم تسلم المتهمة «لعدم ثقتها الكاملة بالسجون».',
        'وأضافت: «في المقابل تثق الحكومة بالأمن في الإقليم وهي مطمئنة من هذه الناحية».',
      ],
      'ar',
    );
    expect(found).toEqual(['سارة حميد الحربي', 'سارة حميد الحربي']);
  });
});

describe('Arabic: «البيان» taken up is the statement last named', () => {
  it('credits «وقال البيان» to the issuer of the statement named before, not the last source', () => {
    const found = who(
      [
        'وجاء في بيان لوزارة الخارجية الباكستانية أن القوات فتحت النار السبت على قاطع بونش.',
        'وذكر مسؤولون محليون في وقت سابق أن أربعة مدنيين قتلوا بنيران القصف.',
        'وقال البيان إن «باكستان تتقدم باحتجاج على هذا العمل الاستفزازي المخالف للتفاهم».',
      ],
      'ar',
    );
    expect(found).toEqual(['وزارة الخارجية الباكستانية']);
  });

  it('leaves a statement that says whose it is (البيان الرئاسي الفرنسي) to its own reading', () => {
    const found = who(
      [
        'وأفادت وزارة الخارجية العمانية في بيان بأن «الجهات المعنية عثرت على الرهينة».',
        'وأكدت الرئاسة الفرنسية أن «فرنسا بذلت كل جهودها من أجل هذه النهاية السعيدة».',
        'وأكد البيان الرئاسي الفرنسي أن الرئيس «يشاطر عائلة الرهينة فرحتها».',
      ],
      'ar',
    );
    expect(found[2]).not.toBe('وزارة الخارجية العمانية');
  });
});

describe('Arabic: a foreign family name spelled with a long vowel more or less', () => {
  it('resolves «ريفلين» to رؤوفين ريفيلين named before', () => {
    const found = who(
      ['وقال الرئيس الإسرائيلي رؤوفين ريفيلين إن «الحل ما زال بعيدا».', 'وقال ريفلين: «إنني أؤمن بأنه يجب إيجاد حل».'],
      'ar',
    );
    expect(found).toEqual(['رؤوفين ريفيلين', 'رؤوفين ريفيلين']);
  });

  it('reads no plural for another (المواطنون is not بعض المواطنين), nor a name with the article', () => {
    const found = who(
      ['وقال بعض المواطنين إن «الخدمات تأخرت كثيرا».', 'وأكد المواطنون: «هناك تجاهل واضح من قبل المحافظة».'],
      'ar',
    );
    expect(found[1]).not.toBe('بعض المواطنين');
  });
});

describe('Arabic: a body named by a foreign proper name, then taken up by its noun and origin', () => {
  it('reads «نادي أولمبيك مارسيليا» whole before its object, and «النادي الفرنسي» takes it up', () => {
    const found = who(
      [
        'انتقد نادي أولمبيك مارسيليا مدربه السابق مارسيلو بيلسا بشدة.',
        'وقال النادي الفرنسي في بيان: «قامت إدارة النادي بكل ما يمكنها من أجل الحصول على مدرب».',
      ],
      'ar',
    );
    expect(found).toEqual(['نادي أولمبيك مارسيليا']);
  });

  it('leaves a body whose own name is definite alone (الاتحاد الأوروبي is not الاتحاد الدولي لكرة القدم)', () => {
    const found = who(
      [
        'وقال الاتحاد الدولي لكرة القدم إن «الانتخابات ستجرى في موعدها المحدد».',
        'وقال الاتحاد الأوروبي إن «العقوبات ستبقى سارية حتى نهاية العام».',
      ],
      'ar',
    );
    expect(found[1]).toBe('الاتحاد الأوروبي');
  });
});

describe('Arabic: a family name kept when the given name before it names another person too', () => {
  it('keeps «البرقان» in «الدكتور عبدالله البرقان» though «عبدالله عطيف» is named later', () => {
    const found = who(
      [
        'وكان الدكتور عبدالله البرقان رئيس لجنة الاحتراف وشؤون اللاعبين قد غرد عبر حسابه، قائلا: "تم تسلم الموافقة على التسجيل المؤقت للاعب".',
        'فيما واصل الرباعي عبدالله عطيف، عبدالمجيد السواط، وناصر الشمراني برامجهم العلاجية.',
      ],
      'ar',
    );
    expect(found).toEqual(['الدكتور عبدالله البرقان']);
  });
});

describe('Arabic: a given name with the article after a title, and a headline’s subject before its verb', () => {
  it('reads «المهندس الوليد الدريعان» and «الأمير الوليد بن طلال» as names', () => {
    expect(read('وقال المهندس الوليد الدريعان، الرئيس التنفيذي للشركة: «هذه الصفقة تأتي ضمن خطة الشركة».')[0]).toBe(
      'المهندس الوليد الدريعان',
    );
    expect(read('وقال الأمير الوليد بن طلال إن «الاستثمار في التعليم أولوية لنا».')[0]).toBe('الأمير الوليد بن طلال');
  });

  it('reads no subject after a verb in the middle of a headline (الشركة توقِّع عقود …)', () => {
    const found = who(
      [
        'أعلنت شركة الخليج للتدريب أنها أبرمت اتفاقية بناء.',
        'وقال المهندس الوليد الدريعان، الرئيس التنفيذي للشركة « هذه الصفقة تأتي ضمن خطة الشركة الاستراتيجية.»',
      ],
      'ar',
      'الخليج للتدريب توقِّع عقود منشآت تعليمية',
    );
    expect(found).toEqual(['المهندس الوليد الدريعان']);
  });
});

describe('Arabic: an indefinite role in construct with one word names whose it is', () => {
  it('credits «وقال محامي سانز» to nobody named, not to Sanz', () => {
    const found = who(
      [
        'وقال مصدر إن إنريكي سانز أقيل من منصبه هذا الأسبوع.',
        'وقال محامي سانز "تسلمت خطابا في وقت مبكر هذا الأسبوع من المستشار القانوني".',
      ],
      'ar',
    );
    expect(found[found.length - 1]).not.toBe('إنريكي سانز');
  });

  it('gives «مدرب تشيلسي» as the role of the name before it', () => {
    const [f] = q(['وقال جوزيه مورينيو مدرب تشيلسي: «نحاول رفع مستوانا هذا الموسم».'], 'ar');
    expect([f?.speaker, f?.speakerRole]).toEqual(['جوزيه مورينيو', 'مدرب تشيلسي']);
  });

  it('keeps the name after a role word that is a given name too (كما يقول أمين معلوف)', () => {
    expect(read('وكما يقول أمين معلوف: «لا أحد يحتكر التطرف في هذا العالم».')[0]).toContain('معلوف');
  });
});

describe('Arabic: a place or a definite noun with ب inside a role', () => {
  it('keeps «بجدة» and «بالفريق الأول» in the role, out of the name', () => {
    expect(
      read('قال عضو لجنة المقاولين في الغرفة التجارية بجدة عبدالله بكر رضوان: «إن التصنيف الجديد إضافة».'),
    ).toEqual(['عبدالله بكر رضوان', 'عضو لجنة المقاولين في الغرفة التجارية بجدة']);
    expect(read('وقال مدير الكرة السابق بالفريق الأول بنادي الاتحاد محمد السليمان: «الموسم المقبل مختلف».')[0]).toBe(
      'محمد السليمان',
    );
  });
});

describe('Arabic: أكمل (completed) is a cue only before a colon or أن', () => {
  it('reads no speaker in «بعدما أكمل إجراءات توقيعه كلاعب», and the quotations go on with the player', () => {
    const found = who(
      [
        'وقال اللاعب سامي الحربي إن "الانتقال خطوة مهمة في مسيرتي".',
        'وأشار المدير إلى أن اللاعب منح إجازة بعدما أكمل إجراءات توقيعه كلاعب محترف.',
        'وقال عبر حسابه: "إلى متى الإنسان يجامل على حساب طموحه؟".',
      ],
      'ar',
    );
    expect(found).toEqual(['سامي الحربي', 'سامي الحربي']);
  });

  it('still takes «وأكمل:» and «وأكمل حديثه بأن» for cues', () => {
    expect(
      who(['وقال الوزير سامي الحربي إن «الخطة جاهزة للتنفيذ الآن».', 'وأكمل: «سنبدأ التنفيذ الشهر المقبل».'], 'ar'),
    ).toEqual(['سامي الحربي', 'سامي الحربي']);
  });
});
