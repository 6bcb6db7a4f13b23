// Character classes by script, written once. `HAN_KANA` is Chinese and Japanese
// (no spaces between words); `CJK_ANY` adds Korean Hangul, which does space its
// words but glues particles and quotation marks to them.

/** Han, Hiragana, Katakana: one character. */
export const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The same, for counting with String.match. */
export const HAN_KANA_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Han, Hiragana, Katakana and Hangul: one character. */
export const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Arabic-script letter (Arabic, Persian, Urdu). */
export const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Arabic short vowels and other harakat (and the superscript alef), and the tatweel: a character class's body. */
export const ARABIC_MARK_CHARS = '\\u064B-\\u0652\\u0670\\u0640';
