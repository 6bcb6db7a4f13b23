import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../src/core/quotes/marks.ts';
import { q } from './helpers.ts';

describe('findQuotes: the Arabic seed', () => {
  // Lines of the seed fixture's body: the lead is the standfirst, then the paragraphs.
  const html = readFileSync(resolve(__dirname, '../../fixtures/seed-ar.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = [...doc.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()).filter((t) => t.length > 0);
  const lead = doc.querySelector('.article__announce-text')?.textContent?.trim() ?? null;

  it('finds exactly the four quotations with their speakers', () => {
    const found = q(body, 'ar', null, lead);
    expect(found.map((f) => f.speaker)).toEqual(['فلاديمير بوتين', 'فلاديمير بوتين', 'فلاديمير بوتين', 'الكرملين']);
    expect(found[0]?.text.startsWith('بعد الانسحاب')).toBe(true);
    expect(found[0]?.text).toContain('(المحظورة في روسيا - المحرر)');
    expect(found[2]?.cue).toBe('قائلا');
    expect(found.every((f) => !f.text.includes('جاباروف') && !f.text.includes('لوكاشينكو'))).toBe(true);
  });

  it('works with no language given', () => {
    expect(q(body, null, null, lead)).toHaveLength(4);
  });
});

describe('findQuotes: Arabic patterns', () => {
  it('reads قال X: "Q" and a subjectless أضاف with a feminine verb agreeing', () => {
    const found = q(
      [
        'وقالت وزيرة الخارجية آنا ليندا: "نحن نعمل على حل سريع لهذه الأزمة".',
        'وقال الوزير كريم سعيد: "لا يوجد أي اتفاق حتى الآن بين الطرفين".',
        'وأضافت: "سنواصل العمل مع جميع الشركاء في المنطقة".',
      ],
      'ar',
    );
    // The name is the speaker, the role beside it is the role; the subjectless أضافت is feminine.
    expect(found.map((f) => [f.speaker, f.speakerRole])).toEqual([
      ['آنا ليندا', 'وزيرة الخارجية'],
      ['كريم سعيد', 'الوزير'],
      ['آنا ليندا', 'وزيرة الخارجية'],
    ]);
  });

  it('accepts reversed ”…“ and «…» and rejects indirect speech and short terms', () => {
    const found = q(
      [
        'وأكد المتحدث باسم الوزارة ”هذه الخطوة ضرورية لحماية المدنيين“.',
        'وأشار الوزير إلى أن الوضع مستقر، واصفا الحركة بـ"الإرهابية".',
        'وذكرت الوكالة «الاجتماع سيعقد في موعده المحدد».',
      ],
      'ar',
    );
    expect(found.map((f) => f.text)).toEqual(['هذه الخطوة ضرورية لحماية المدنيين', 'الاجتماع سيعقد في موعده المحدد']);
  });
});

describe('findQuotes: English', () => {
  it('reads "Q," X said and "Q," said X with appositives, and full names', () => {
    const found = q(
      [
        'Vladimir Putin spoke on Thursday.',
        '"We will not accept these terms at all," Putin said.',
        '"The vaccine will save many lives," said Andrew Pollard, director of the trial.',
        'Maria Lopez, the head of the union, said: "We have a deal that works for everyone."',
      ],
      'en',
    );
    expect(found.map((f) => f.speaker)).toEqual(['Vladimir Putin', 'Andrew Pollard', 'Maria Lopez']);
  });

  it('never takes an all-caps dateline place for the speaker of an unnamed subject', () => {
    const found = q(
      [
        "LOS ANGELES (AP) -- Hollywood's actors union reached a tentative deal with the studios on Wednesday.",
        '"We have arrived at a contract that works for every member," the union said in a statement.',
      ],
      'en',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker).not.toBe('LOS ANGELES');
    // A mention with lowercase letters still counts: "Emmanuel MACRON" is a person.
    const named = q(['Emmanuel MACRON spoke on Monday.', '"We will act," he said.'], 'en');
    expect(named[0]?.speaker).toBe('Emmanuel MACRON');
  });

  it('splits an interrupted quotation into two entries, same speaker', () => {
    const found = q(['"This is the first part," Jane Doe said. "And this is the second part."'], 'en');
    expect(found).toHaveLength(2);
    expect(found.map((f) => f.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('joins a quotation running over paragraphs into one entry', () => {
    const found = q(
      [
        'Prince Harry said: "We have been through a lot together as a family.',
        '"But we will always love each other," he added.',
      ],
      'en',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('We have been through a lot together as a family. But we will always love each other,');
    expect(found[0]?.paragraph).toBe(0);
  });

  it('resolves he/she to the last speaker of that gender', () => {
    const found = q(
      [
        '"I was not ready for any of it," said Prince Harry.',
        '"I felt very alone in the palace," said Duchess Meghan Markle.',
        '"It was a hard time for us," he said.',
        '"We are happy now, truly," she said.',
      ],
      'en',
    );
    expect(found.map((f) => f.speaker)).toEqual([
      'Prince Harry',
      'Duchess Meghan Markle',
      'Prince Harry',
      'Duchess Meghan Markle',
    ]);
  });

  it('rejects scare quotes, titles and unattributed quotations; survives a stray mark', () => {
    const found = q(
      [
        'Critics called the plan "reckless" and the show "Saturday Night Live" laughed.',
        'The film is titled "A Long Way Home Tonight".',
        'Nobody knows what "this strange new thing is about" really.',
        'LONDON " The company said it was "quite pleased with the outcome of the talks," officials said.',
      ],
      'en',
    );
    expect(found.map((f) => f.text)).toEqual(['quite pleased with the outcome of the talks,']);
  });

  it('keeps a short capitalized span when a comma after it opens the clause of a speech verb (German nouns)', () => {
    const found = q(
      [
        'Eva Brandt wirkte nach dem Spiel gefasst.',
        'Sie sprach von einem "Schlag ins Kontor", sagte sie dem Sender.',
        'Die Familie wohnt seit Jahren in der "Villa am See" bei Hamburg, sagte die Nachbarin.',
        'Er spielte lange im "Theater am Ring", einem Haus mit großer Geschichte.',
      ],
      'de',
    );
    expect(found.map((f) => [f.text, f.speaker])).toEqual([['Schlag ins Kontor', 'Eva Brandt']]);
  });

  it('reads a title after a naming word and a comma as a title, not speech', () => {
    const found = q(
      [
        'Critic Jim Porter said the case was ignored for years. Porter then penned a piece entitled, “Why Are People Finally Paying Attention Now?”',
      ],
      'en',
    );
    expect(found).toEqual([]);
  });

  it('keeps nested marks inside the outer quotation', () => {
    const found = q(['"He told me \'never again\' and walked out of the room," Smith said.'], 'en');
    expect(found[0]?.text).toBe("He told me 'never again' and walked out of the room,");
  });
});

describe('findQuotes: other languages', () => {
  it('reads a quotation signed by its speaker after it: pull quotes, Korean quote boxes and headlines', () => {
    const speakers = (paragraphs: string[], lang: string, headline: string | null = null) =>
      q(paragraphs, lang, headline).map((f) => f.speaker);
    expect(
      speakers(['"We will keep fighting for every member of this union." — Jane Smith, union president'], 'en'),
    ).toEqual(['Jane Smith']);
    expect(speakers(['«Мы никогда не отступим от своих целей и задач», — Владимир Путин'], 'ru')).toEqual([
      'Владимир Путин',
    ]);
    expect(speakers(['"경상도와 전라도로 나눠서 왜 싸우나." 이재명 더불어민주당 대선 후보'], 'ko')).toEqual(['이재명']);
    expect(
      speakers(
        ['이재명 후보는 15일 호남을 찾았다.'],
        'ko',
        '"왜 경상도, 전라도 나눠서 싸우나"... DJ 고향에서 \'국민 통합\' 외친 이재명',
      ),
    ).toEqual(['이재명']);
    // Not a signature: a lowercase phrase after the dash, a sentence after the name, a Korean noun.
    expect(
      speakers(['"We will keep fighting for every member of this union." — the statement ended there.'], 'en'),
    ).toEqual([]);
    expect(
      speakers(['"We will keep fighting for every member of this union." — Jane Smith. The vote is on Friday.'], 'en'),
    ).toEqual([]);
    expect(speakers(['"국민끼리 싸우는 시대 끝내겠다" 선언'], 'ko')).toEqual([]);
  });

  it('a quotation standing alone continues speech a cue and a colon introduced in the paragraph before', () => {
    const zh = q(
      [
        '这段视频发布到海外社交媒体上后，获得了8千多个“赞”。',
        '海外网友纷纷表示：这才是真实美好的中国。',
        '“看到中国老人在公园里如此开心，真的有点小嫉妒啊。”',
        '“看起来每一个人到了中国后都会发现，这里根本不像西方媒体描述的那样。”',
      ],
      'zh',
    );
    expect(zh.map((f) => f.speaker)).toEqual(['海外网友', '海外网友']);
    const en = q(
      [
        'Jane Smith said: the plan is sound and it will go ahead.',
        '"We are ready for whatever comes next, and we will not stop now."',
      ],
      'en',
    );
    expect(en.map((f) => f.speaker)).toEqual(['Jane Smith']);
    // Without speech introduced before it, a lone quotation has nobody to credit and is left out.
    expect(
      q(['The minister spoke on Monday.', '"We are ready for whatever comes next, and we will not stop now."'], 'en'),
    ).toEqual([]);
  });

  it('German: a capitalized common noun after the verb (-ung, -heit) is not the speaker', () => {
    const found = q(
      [
        'CNN berichtete unter Berufung auf einen Beamten: „Die Lage nach der Operation ist ernst.“',
        '„Wir helfen sofort“, sagte Jung am Montag.',
      ],
      'de',
    );
    expect(found.map((f) => f.speaker)).toEqual(['CNN', 'Jung']);
  });

  it('Russian «Q», — сказал X and а feminine pronoun', () => {
    const found = q(
      [
        '«Мы продолжим работу над проектом», — сказал Дмитрий Песков.',
        'Анна Попова заявила: «Решение будет принято завтра утром».',
        '«Это очень важный шаг для всех», — добавила она.',
      ],
      'ru',
    );
    expect(found.map((f) => f.speaker)).toEqual(['Дмитрий Песков', 'Анна Попова', 'Анна Попова']);
  });

  it('French « Q », selon X and »…« reversed', () => {
    const found = q(
      [
        '« Nous sommes très inquiets pour la suite », a déclaré Laurent Fabius.',
        '» Je ne veux que mon argent «, a dit Ibrahima Diallo.',
      ],
      'fr',
    );
    expect(found.map((f) => [f.text, f.speaker])).toEqual([
      ['Nous sommes très inquiets pour la suite', 'Laurent Fabius'],
      ['Je ne veux que mon argent', 'Ibrahima Diallo'],
    ]);
  });

  it('Spanish «Q», dijo X and German „Q“, sagte X', () => {
    expect(q(['«Todo está muy tranquilo en la ciudad», dijo el portavoz Oliver Peiler.'], 'es')[0]?.speaker).toBe(
      'Oliver Peiler',
    );
    expect(q(['„Ich wünsche ihm alles Gute“, sagte Donald Trump am Montag.'], 'de')[0]?.speaker).toBe('Donald Trump');
  });

  it('Chinese 表示：“Q” and Japanese 「Q」と述べた', () => {
    const zh = q(['王小明表示：“这次会议取得了非常重要的成果。”'], 'zh');
    expect(zh.map((f) => f.speaker)).toEqual(['王小明']);
    const ja = q(['地元当局者は「自爆攻撃で多くの人が死亡した」と述べた。', '「ボコ」という名前だ。'], 'ja');
    expect(ja.map((f) => [f.text, f.speaker])).toEqual([['自爆攻撃で多くの人が死亡した', '地元当局者']]);
  });
});

describe('findQuotes: more patterns', () => {
  it('French: Q, selon X; inversion a-t-elle dit; a description as speaker', () => {
    const found = q(
      [
        'Marie Curie a présenté ses travaux.',
        '« Nous avons découvert un nouvel élément chimique », selon Marie Curie.',
        '« Il faut encore beaucoup de travail », a-t-elle dit.',
        '« Cette vidéo arrive bien trop tard », a dit l’avocat de la défense.',
      ],
      'fr',
    );
    expect(found.map((f) => f.speaker)).toEqual(['Marie Curie', 'Marie Curie', 'l’avocat de la défense']);
  });

  it('a name in marks right after a cue is the speaker slot, not a quotation', () => {
    const found = q(
      [
        '» Pourquoi nous parle-t-on de cela maintenant ? « , s’est interrogé » l’avocat des causes perdues « , devant le juge.',
      ],
      'fr',
    );
    expect(found.map((f) => f.text)).toEqual(['Pourquoi nous parle-t-on de cela maintenant ?']);
  });

  it('a paragraph that is only a quotation continues the speaker introduced by a colon', () => {
    const found = q(
      ['Anna Berg, the mayor, said on Monday:', '"We will rebuild the bridge before the winter comes."'],
      'en',
    );
    expect(found.map((f) => [f.speaker, f.paragraph])).toEqual([['Anna Berg', 1]]);
  });

  it('Arabic: a subject before its verb (أما X، فقد دعا) and a name before its title', () => {
    const found = q(
      [
        'أما الائتلاف الوطني المعارض، فقد دعا في بيان له إلى "ضرورة ضبط النفس والتحلي بالحكمة".',
        'وكتب سامي الخطيب رئيس هيئة الموانئ عبر حسابه: "نتمنى السلامة للجميع في هذه الظروف".',
      ],
      'ar',
    );
    expect(found.map((f) => f.speaker)).toEqual(['الائتلاف الوطني المعارض', 'سامي الخطيب']);
  });

  it('Persian: the speaker opens the sentence, the verb closes it', () => {
    const found = q(['شهین مولوی، عضو شورا، می‌گوید: «من نمی‌توانم درباره این موضوع نظر بدهم».'], 'fa');
    expect(found.map((f) => f.speaker)).toEqual(['شهین مولوی']);
  });

  it('Korean: a surname and title resolve to the full name; single marks are terms', () => {
    const found = q(
      [
        '이재명 후보는 지난 14일 목포를 찾았다.',
        '이 후보는 "국민끼리 싸우는 시대를 끝내겠다"고 말했다.',
        "그는 '국민 주권 정부'를 강조했다.",
      ],
      'ko',
    );
    expect(found.map((f) => [f.text, f.speaker])).toEqual([['국민끼리 싸우는 시대를 끝내겠다', '이재명']]);
  });

  it('rejects a short capitalized name in mid-sentence and a short CJK term', () => {
    expect(q(['Дорога продолжит «Московское малое кольцо» до трассы, пояснили в компании.'], 'ru')).toEqual([]);
    expect(q(['英国广播公司网站不久前刊文称，西方国家正在建设更多的“老年人运动场”。'], 'zh')).toEqual([]);
  });
});

describe('findQuotes: pronouns and glued text', () => {
  it('Chinese 他 refers to the Latin-script name mentioned before', () => {
    const found = q(
      ['说这话的大叔Tomas是个加拿大人，已在中国生活十多年。', '他认为“中国的公园真的很神奇，每天都很热闹”。'],
      'zh',
    );
    expect(found.map((f) => f.speaker)).toEqual(['Tomas']);
  });

  it('a crosshead glued to the next paragraph still closes its quotation', () => {
    const found = q(['"Keine langen Wartezeiten mehr"Flughafen-Chef Stefan Schulte sagte dies am Dienstag.'], 'de');
    expect(found.map((f) => f.text)).toEqual(['Keine langen Wartezeiten mehr']);
  });
});

describe('findSpans', () => {
  it('pairs conventions and reports an unclosed quotation', () => {
    expect(findSpans('a „b c“ d «e «f» g» h').map((s) => [s.openMark, s.closeMark])).toEqual([
      ['„', '“'],
      ['«', '»'],
    ]);
    expect(findSpans('He said "it goes on')[0]?.close).toBeNull();
    expect(findSpans("Harry's friends' plans")).toHaveLength(0);
  });

  it('pairs straight quotes padded with spaces inside in order, as some Arabic sites type them', () => {
    const text =
      'وقال الوزير اليوم " إن الاتفاق خطوة مهمة ". وأضاف إنه "إذا تأخر التنفيذ فسنتحرك"، مرحبا بالخطة " التي أقرتها الحكومة".';
    expect(findSpans(text).map((s) => text.slice(s.open + 1, s.close ?? undefined).trim())).toEqual([
      'إن الاتفاق خطوة مهمة',
      'إذا تأخر التنفيذ فسنتحرك',
      'التي أقرتها الحكومة',
    ]);
    // He added, " A devaluation …": a padded opener in English too.
    expect(findSpans('He added, " A devaluation will cause an increase in costs."')).toHaveLength(1);
  });

  it('takes no span from a » glued to the word before it to the next «: the text between two quotations', () => {
    const text = 'لا تخرج عن «التنديد» و»الاستهجان» و التحذير من «داعش» و»الإرهاب».';
    expect(findSpans(text).map((s) => text.slice(s.open + 1, s.close ?? undefined))).not.toContain(' و التحذير من ');
    // »…« still opens where it opens (»Zitat«).
    expect(findSpans('Er sagte »das ist gut« und ging.')).toHaveLength(1);
  });

  it('does not take dashes mangled into straight quotes between spaces for a quotation', () => {
    expect(findSpans('Sweden opted for a different " and much debated " approach to the pandemic.')).toHaveLength(0);
  });
});
