// Arabic words that never name a speaker, on passages written for the test: a preposition or a
// complementizer with its pronoun (قال فيه، اعتبر أنهم), a time word (غدا، أخيرا), "his claim" after
// "according to" (بحسب زعمه), a medium in marks glued to ل however the marks face (ل»الرياض»), and a
// headline's verb after its subject. And two cues: واصل before a colon only, and أجاب.
import { describe, expect, it } from 'vitest';
import { q, who } from './helpers.ts';

describe('Arabic closed-class words are no speaker', () => {
  it('reads past a preposition with its pronoun to the one speaking (قال فيه، قال لنا)', () => {
    expect(
      who(
        [
          'أصدر نادي الوحدة بيانا رسميا أمس.',
          'وقال رئيس النادي سالم الغامدي في البيان الذي نشر فيه القرار: "لن نفرط في أي لاعب من لاعبينا".',
          'وكتب على حسابه تغريدة قال فيها: "الجماهير تستحق فريقا أفضل من هذا".',
        ],
        'ar',
      ),
    ).toEqual(['سالم الغامدي', 'سالم الغامدي']);
    expect(
      who(['وقالت الطبيبة هند السالم: "الحالات في تراجع".', 'وقالت لنا: "نحتاج إلى مزيد من الأسرة".'], 'ar'),
    ).toEqual(['هند السالم', 'هند السالم']);
  });

  it('reads a complementizer with its pronoun as no name (اعتبر أنهم)', () => {
    expect(
      who(
        [
          'وقال الرئيس الأمريكي جو بايدن إن على الكونغرس ألا يستمع للمنتقدين الذين اعتبر أنهم أخطأوا من قبل.',
          'وقال "إن الذين أيدوا تلك الحرب يرفضون اليوم هذا الاتفاق".',
        ],
        'ar',
      ),
    ).toEqual(['جو بايدن']);
  });

  it('credits "according to his claim" (بحسب زعمه) to the one speaking', () => {
    expect(
      who(['وقال المواطن خالد العتيبي "لم أكن أعرف ما في الحقيبة"، لأن صاحبها بحسب زعمه "طلب مني حملها فقط".'], 'ar'),
    ).toEqual(['خالد العتيبي', 'خالد العتيبي']);
  });

  it('reads a medium in marks glued to ل as the addressee, whichever way the marks face', () => {
    const [found] = q(['وقال ل»الوطن» مدير المستشفى الدكتور ناصر الزهراني: «العمل يسير وفق الخطة».'], 'ar');
    expect(found?.speaker).toContain('ناصر الزهراني');
    expect(found?.speakerRole).toBe('مدير المستشفى');
  });

  it('takes no headline verb for a name after a role (وزير التعليم يناقش …)', () => {
    const found = q(
      ['زار وزير التعليم المدارس الحدودية أمس.', 'وقال الوزير خلال الزيارة: "سنوفر كل ما يحتاجه الطلاب هذا العام".'],
      'ar',
      'وزير التعليم يناقش خطة بدء العام الدراسي',
    );
    expect(found.map((f) => f.speaker)).not.toContain('يناقش خطة بدء العام');
    expect(found.map((f) => f.speaker)).not.toContain('يناقش خطة بدء العام الدراسي');
  });
});

describe('Arabic cues that are also other words', () => {
  it('reads واصل before a colon as speech, carrying the speaker, and واصلت before a noun as none', () => {
    expect(who(['وقال المدرب فهد الشمري: «الفريق جاهز للموسم».', 'وواصل: «لدينا لاعبون شباب مميزون».'], 'ar')).toEqual([
      'فهد الشمري',
      'فهد الشمري',
    ]);
    expect(q(['واصلت الفرس "نجمة الصحراء" تألقها في البطولة الأوروبية.'], 'ar')).toEqual([]);
  });

  it('reads أجاب as a speech verb', () => {
    expect(who(['وعند سؤاله عن مستقبله، أجاب اللاعب ماجد الحربي "سأبقى مع النادي حتى نهاية عقدي".'], 'ar')).toEqual([
      'ماجد الحربي',
    ]);
  });

  it('reads no prepositional phrase after the verb as its subject (وأشاد بالجهود …)', () => {
    expect(
      who(
        [
          'وقال المدرب خالد مطر: "الفريق جاهز للمباراة المقبلة".',
          'وأشاد بالجهود الكبيرة التي يقدمها رئيس البعثة وأضاف: "بتال لم يقصر معنا أبدا".',
        ],
        'ar',
      ),
    ).toEqual(['خالد مطر', 'خالد مطر']);
  });
});

describe('Arabic names against cue words', () => {
  it('ends a name at an adverb of manner (كيري مازحا، مبتسما)', () => {
    expect(who(['وقال سامي مازحا في بداية الاجتماع «هذه العصا لها تاريخ طويل».'], 'ar')).toEqual(['سامي']);
    expect(who(['وقال خالد مبتسما للحضور «هذا أجمل يوم في حياتي».'], 'ar')).toEqual(['خالد']);
  });

  it('reads no cue inside a name that opens with ك (كيري is not ك + يرى)', () => {
    expect(
      who(
        [
          'التقى وزير الخارجية الأميركي جون كيري نظيره الصيني أمس.',
          'وقال كيري في بداية الاجتماع «نريد حلا سلميا لكل الخلافات».',
        ],
        'ar',
      ),
    ).toEqual(['جون كيري']);
  });

  it('credits the words to the speech verb, not to the source cited after them (حسب رويترز، according to)', () => {
    const passage = [
      'التقى وزير الخارجية الأميركي جون كيري نظيره الصيني أمس.',
      'وقال: «هذه العصا تعود إلى السفير في إنجلترا»، حسب رويترز.',
      'وتابع: «ثم انتقلت إلى شقيقه الأصغر».',
    ];
    expect(who(passage, 'ar')).toEqual(['جون كيري', 'جون كيري']);
    expect(
      who(
        [
          'Foreign Minister John Kerry met his Chinese counterpart.',
          'He said: "This cane belongs to the ambassador in England," according to Reuters.',
        ],
        'en',
      ),
    ).toEqual(['John Kerry']);
  });
});

describe('Arabic names in marks are no quotations', () => {
  it('reads a short span after a noun that heads a name (مجموعة، مهرجان، فرقة) as a name', () => {
    const found = q(
      [
        'وأوضح المهندس سامي العلي رئيس مجموعة “شباب من أجل الوطن”، أن مجموعة “شباب من أجل الوطن” بدأت عملها أمس.',
        'وقال العلي: "سنواصل دعم كل المبادرات التطوعية في المدينة".',
      ],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['سنواصل دعم كل المبادرات التطوعية في المدينة']);
  });

  it('reads a station named after إذاعة as a name', () => {
    const found = q(
      ['وذكرت إذاعة "صوت المدينة الحرة" أن اللاعب سيوقع عقدا جديدا، وقال وكيله: "العقد سيوقع خلال أيام قليلة".'],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['العقد سيوقع خلال أيام قليلة']);
  });

  it('reads spelled letters in marks (سي إن إن، إف بي آي) as a name', () => {
    const found = q(
      ['وأشارت «سي إن إن» إلى تصريحات الوزيرة، وقالت الوزيرة سارة المطيري: «لم أرسل أي معلومات سرية على الإطلاق».'],
      'ar',
    );
    expect(found.map((f) => [f.text, f.speaker])).toEqual([['لم أرسل أي معلومات سرية على الإطلاق', 'سارة المطيري']]);
  });

  it('reads a short span joined by و to a name in marks as one more name of the list', () => {
    const found = q(
      [
        'وواصل الجيش غاراته على تنظيمي «داعش» و«جبهة تحرير الشمال» المحظورة، وقال الوزير خالد العمر إنها مستمرة «حتى زوال الخطر الذي يمثله التنظيمان».',
        'ومن كتبه «رحلة إلى الشمال» و«مذكرات بحار» و«بيت على الساحل» و«حكايات الميناء القديم».',
      ],
      'ar',
    );
    expect(found.map((f) => [f.text, f.speaker])).toEqual([['حتى زوال الخطر الذي يمثله التنظيمان', 'خالد العمر']]);
  });

  it('reads a short span after a body noun as the body name, but not a phrase or a clause', () => {
    const found = q(
      [
        'واحتشد أعضاء من منظمة “كو كلوكس كلان” عند الجانب الجنوبي من المبنى، وقال أعضاؤها إنهم فخورون بالعلم.',
        'وقال المتحدث إن أنقرة اتفقت على خلق منطقة «من دون مخاطر» على الحدود.',
        'وأضاف أن هذه المنطقة «التي تشهد غليانا مستمرا» تحتاج إلى الدعم.',
      ],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['من دون مخاطر', 'التي تشهد غليانا مستمرا']);
  });

  it('keeps a fragment joined by و to a word in marks that names nothing', () => {
    const found = q(['وقال الفنان سامي العلي إن هذه العروض «تجارية» و«ليست تجارب حقيقية» في رأيه.'], 'ar');
    expect(found.map((f) => f.text)).toEqual(['ليست تجارب حقيقية']);
  });
});

describe('Arabic subjects after a dateline or a long role', () => {
  it('reads a long role with its links and bodies after the verb, and the name after it, as the subject', () => {
    expect(
      who(
        [
          'دان عميد الجالية المصرية في المملكة رئيس الجالية بمنطقة جازان سعيد بن علي الغامدي الهجوم الإرهابي.',
          'وقال «إن أبناء الجالية يقفون صفا واحدا مع المملكة».',
        ],
        'ar',
      ),
    ).toEqual(['سعيد بن علي الغامدي']);
  });

  it('reads the role and name after the verb as the subject when a dateline opens the paragraph', () => {
    const p =
      'دان وزير الخارجية الأردني سامي الخطيب الهجوم على القرية فجر اليوم، وقال: "ندين بأشد العبارات هذا العمل الإرهابي".';
    for (const lead of ['', 'عمان: ', 'خالد العلي- سبق- عمان: ', 'عمان - '])
      expect(who([lead + p], 'ar')).toEqual(['سامي الخطيب']);
  });

  it('reads "saying" after a cue (وكتب يقول) as no subject: the one in focus speaks', () => {
    expect(
      who(
        [
          'قال وزير الدفاع الأميركي أشتون كارتر إنه سيسمح بتسليح المزيد من الجنود.',
          'وكتب يقول "يظهر الحادث المأساوي التهديد المستمر لأفرادنا في الداخل"، وطلب وضع خطط.',
        ],
        'ar',
      ),
    ).toEqual(['أشتون كارتر']);
  });
});

describe('Arabic phrase reading: time words, each of, names that open like a particle', () => {
  it('reads حينها (at that time) as no name', () => {
    expect(
      who(
        [
          'وقال اللواء سالم الحربي: "القوات جاهزة لكل المهام".',
          'وبيّن حينها، أن الخبراء موجودون، وأضاف “نحن مستعدون لكل الاحتمالات”.',
        ],
        'ar',
      ),
    ).toEqual(['اللواء سالم الحربي', 'اللواء سالم الحربي']);
  });

  it('reads "each of" (كل من) as the people named after it', () => {
    expect(who(['قال كل من فهد العبيد وأحمد الحكمي «نحن سعداء بإقامة اللقاء في لندن».'], 'ar')).toEqual(['فهد العبيد']);
  });

  it('keeps a name that opens with the letters of a particle (أنور، أنس)', () => {
    expect(who(['وقال المدرب محمد أنور الشريف: "الفريق جاهز للموسم الجديد".'], 'ar')).toEqual(['محمد أنور الشريف']);
  });

  it('reads a time right after the verb (الخميس الماضي، الأسبوع المقبل) as no subject', () => {
    expect(
      who(
        ['وكان المتحدث باسم الحركة سالم العلي، أكد الخميس الماضي، رسمياً وفاة “القائد قبل مدة من الزمن جراء المرض”.'],
        'ar',
      ),
    ).toEqual(['سالم العلي']);
    expect(who(['وقال الأسبوع الماضي وزير الخارجية سامح شكري: "لن نقبل بأي تدخل في شؤوننا".'], 'ar')).toEqual([
      'سامح شكري',
    ]);
  });

  it('reads a quantifier after a cue word (دون ذكر أي تفاصيل) as no name', () => {
    expect(
      who(
        [
          'واعتبر زعيم الجماعة سالم العلي الهجوم "إنجازا محدودا لم يتحقق إلا بالصدفة"، مضيفا دون ذكر أي تفاصيل: "الحلول السياسية ما زالت ممكنة".',
        ],
        'ar',
      ),
    ).toEqual(['سالم العلي', 'سالم العلي']);
  });

  it('ends a name before the particle قد (فقد أكد) and before مساء (the evening of)', () => {
    expect(who(['أما الخبير القانوني سامر فوزي فقد أكد أن «القانون واضح في هذه المسألة».'], 'ar')[0]).toBe('سامر فوزي');
    expect(who(['وصرح الوزير خالد منصور مساء الخميس بأن «الخطة ستنفذ على مراحل».'], 'ar')[0]).toBe('خالد منصور');
  });

  it('reads الملا and الحاج as titles that open a name', () => {
    expect(who(['وقال الملا حسن للصحفيين إن «الاجتماع سيعقد قريبا في المدينة».'], 'ar')[0]).toBe('الملا حسن');
    expect(who(['وقال الحاج سالم: «الموسم هذا العام كان ممتازا للجميع».'], 'ar')[0]).toBe('الحاج سالم');
  });

  it('ends a name at a stop word after it (لمناسبة، فيها): a preposition or a pronoun is no part of a name', () => {
    expect(who(['وقالت السيدة ليلى مراد لمناسبة افتتاح المعرض: «الفن يجمع الناس».'], 'ar')[0]).toBe('السيدة ليلى مراد');
    // After أن, a verb and a preposition with its pronoun are no subject of the cue.
    expect(
      who(
        ['قال المخرج سمير نصر إن العمل انتهى.', 'وعن القصة التي يريد أن يحكي عنها أجاب: «هي قصة عائلة بسيطة».'],
        'ar',
      ),
    ).toEqual(['سمير نصر']);
  });

  it('reads الآنسة and المهندسة as titles that open a name', () => {
    expect(who(['قالت الآنسة مريم يوسف: «الحفل كان مؤثرا جدا للجميع».'], 'ar')[0]).toBe('الآنسة مريم يوسف');
    expect(who(['وقالت المهندسة هالة سعيد إن «المشروع سينتهي قبل موعده».'], 'ar')[0]).toBe('المهندسة هالة سعيد');
  });

  it('reads فان inside a name as its particle, not as فإن opening a clause', () => {
    expect(who(['وقال المدرب الهولندي، لويس فان خال: «الفريق قدم مباراة كبيرة».'], 'ar')[0]).toBe('لويس فان خال');
  });

  it('reads a cue word right after a preposition (على أكمل وجه) as no cue', () => {
    expect(
      who(
        [
          'وأكد مدرب المنتخب سامي الحربي أن اللاعبين يؤدون عملهم على أكمل وجه بإشراف من الجهاز الفني، وقال: «نتمنى أن نحقق نتائج طيبة في البطولة».',
        ],
        'ar',
      ),
    ).toEqual(['سامي الحربي']);
  });

  it('ends a name before a day of the week (وقال أوباما الأربعاء), but keeps الخميس, a family name too', () => {
    expect(who(['وقال سامي نصار الأربعاء إن «المشروع سينتهي قبل موعده».'], 'ar')).toEqual(['سامي نصار']);
    expect(who(['وقال أحمد الخميس إن «المشروع سينتهي قبل موعده».'], 'ar')).toEqual(['أحمد الخميس']);
  });
});
