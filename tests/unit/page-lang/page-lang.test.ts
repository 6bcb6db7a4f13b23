// core/page-lang: the script-based language guess and the declared-vs-guessed rule.
import { describe, expect, it } from 'vitest';
import { dirFor, guessLangFromText, pageLang } from '../../../src/core/page-lang.ts';

function page(lang: string | null, dir: string | null = null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  if (dir) doc.documentElement.setAttribute('dir', dir);
  return doc;
}

describe('guessLangFromText', () => {
  it('tells scripts apart from the letters alone', () => {
    expect(guessLangFromText('أعلن الرئيس الروسي فلاديمير بوتين اليوم الخميس عن الحاجة إلى تنسيق الجهود')).toBe('ar');
    expect(guessLangFromText('رئیس جمهوری گفت که دولت برای کاهش تورم برنامه‌ای تازه دارد و پیگیری می‌کند')).toBe('fa');
    expect(guessLangFromText('Президент России заявил в четверг о необходимости координации усилий')).toBe('ru');
    expect(guessLangFromText('エルサレムで開かれた会議では、多くの代表が平和について話し合いました。')).toBe('ja');
    expect(guessLangFromText('대통령은 목요일 기자회견에서 새로운 경제 정책을 발표했다고 밝혔습니다')).toBe('ko');
    expect(guessLangFromText('国家主席在会议上发表讲话，强调各方应加强合作，共同应对挑战。')).toBe('zh');
    // Latin script: too many languages to tell apart this cheaply; too little text: no guess.
    expect(guessLangFromText('The president said on Thursday that the talks would continue next week.')).toBeNull();
    expect(guessLangFromText('بوتين')).toBeNull();
    // Emoji and other astral characters count for nothing, and do not break the count.
    expect(guessLangFromText('😀😀😀 أعلن الرئيس الروسي فلاديمير بوتين اليوم الخميس عن الحاجة 😀')).toBe('ar');
  });
});

describe('pageLang and dirFor', () => {
  it('trusts the declared language unless the letters say another script', () => {
    const arabic = 'أعلن الرئيس الروسي فلاديمير بوتين اليوم الخميس عن الحاجة إلى تنسيق الجهود';
    expect(pageLang(page('en'), arabic)).toBe('ar'); // a template's default lang on an Arabic article
    expect(pageLang(page('fa'), arabic)).toBe('fa'); // an RTL declaration is kept
    expect(pageLang(page('uk'), 'Президент заявив у четвер про необхідність координації зусиль')).toBe('uk');
    expect(pageLang(page('de-DE'), 'Der Präsident sagte am Donnerstag, die Gespräche würden fortgesetzt.')).toBe('de');
    expect(pageLang(page(null), 'short')).toBeNull();
    expect(dirFor(page('en', 'ltr'), 'ar')).toBe('rtl');
    expect(dirFor(page(null), 'fr')).toBe('ltr');
  });
});
