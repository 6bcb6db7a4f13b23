// The page's language and direction: the declared lang when there is one,
// otherwise a guess from the script of the article text.

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi', 'dv', 'ckb']);

/** Primary language subtag of a BCP 47 tag, lower-cased, or null. */
export function primaryTag(tag: string | null | undefined): string | null {
  const p = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) ? p : null;
}

/** Guesses a language from the letters of a text sample (script only, cheap). */
export function guessLangFromText(sample: string): string | null {
  const counts = { arabic: 0, persian: 0, cyrillic: 0, han: 0, kana: 0, hangul: 0, latin: 0 };
  // Every range below is in the Basic Multilingual Plane: UTF-16 units are enough (no iterator).
  const end = Math.min(sample.length, 4000);
  for (let i = 0; i < end; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      counts.arabic++;
      // Letters Persian uses and Arabic does not: پ چ ژ گ ی ک
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06cc || c === 0x06a9)
        counts.persian++;
    } else if (c >= 0x0400 && c <= 0x04ff) counts.cyrillic++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) counts.han++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
  }
  const total = counts.arabic + counts.cyrillic + counts.han + counts.kana + counts.hangul + counts.latin;
  if (total < 20) return null;
  if (counts.arabic > total / 2) return counts.persian > counts.arabic / 40 ? 'fa' : 'ar';
  if (counts.kana > total / 20) return 'ja';
  if (counts.hangul > total / 3) return 'ko';
  if (counts.han > total / 3) return 'zh';
  if (counts.cyrillic > total / 2) return 'ru';
  return null; // Latin script: too many languages to tell apart this cheaply
}

export function pageLang(doc: Document, sample: string): string | null {
  const declared =
    primaryTag(doc.documentElement?.getAttribute('lang')) ??
    primaryTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    primaryTag(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'));
  const guessed = guessLangFromText(sample);
  // A page that says "en" but is written in Arabic letters is Arabic:
  // templates often keep the default lang attribute.
  if (
    guessed &&
    declared !== guessed &&
    !(guessed === 'ru' && ['uk', 'bg', 'sr', 'be', 'mk', 'kk'].includes(declared ?? '')) &&
    !(guessed === 'zh' && declared === 'ja') &&
    !(guessed === 'ar' && declared && RTL_LANGS.has(declared))
  ) {
    return guessed;
  }
  return declared ?? guessed;
}

export function dirFor(doc: Document, lang: string | null): 'ltr' | 'rtl' {
  const declared = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') {
    // Trust the declared dir unless the language says otherwise.
    if (lang && RTL_LANGS.has(lang)) return 'rtl';
    return declared;
  }
  return lang && RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}
