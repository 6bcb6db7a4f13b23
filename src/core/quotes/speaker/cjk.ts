// Reading the speaker next to a cue in Chinese, Japanese and Korean: the
// subject comes before the cue (他表示, 地元当局者は…と述べた, 이 후보는 "…"고 말했다).

import type { Cue } from '../cues.ts';
import type { Lexicon } from '../lexicon.ts';
import { nameRef, nominalRef, noneRef, pronounRef, type SpeakerRef } from '../model.ts';

const CJK_SPLIT = /[，,。：:、；;！？!?\s“”「」『』"（）()]/u;

/** The last Japanese topic (…は / …が) before the quotation, else the first one after it. */
function lastTopic(sentence: string): RegExpExecArray | null {
  const beforeQuote = sentence.split('\u0000')[0] ?? sentence;
  const topics = [...beforeQuote.matchAll(/(?:^|[、。，,「」『』“”\s])([^、。，,「」『』“”\s]{1,20}?)(?:は|が)/gu)];
  return topics[topics.length - 1] ?? /([^、。，,「」『』“”\s]{1,20}?)(?:は|が)/u.exec(sentence);
}

/** Chinese and Japanese: the subject precedes the cue. `sentence` holds NUL between the text before and after the quote. */
export function readCjk(ctx: string, cue: Cue, sentence: string, lex: Lexicon): SpeakerRef {
  // Japanese: the last topic (…は / …が) before the quotation is its speaker.
  const topic = /と|によると/u.test(cue.text) ? lastTopic(sentence) : null;
  // A topic with digits or a clause particle (を, で, に) is a clause, and one ending in a listing
  // particle (と "and", や, など "etc.") a list: neither is a speaker.
  if (topic && !/[\p{N}をでにへ]/u.test(topic[1] ?? '') && !/(?:と|や|など|の)$/u.test(topic[1] ?? '')) {
    const name = topic[1] ?? '';
    const g = lex.pronoun(name);
    if (g) return pronounRef(g === 'other' ? null : g);
    return titledTopic(name, lex) ?? nameRef(name);
  }
  const parts = ctx.slice(0, cue.start).split(CJK_SPLIT);
  let pi = parts.length - 1;
  // "吳宗憲在節目中，對來賓說" — a clause opening with the addressee's preposition has its subject before it.
  while (pi > 0 && lex.addresseePrefixes.some((p) => (parts[pi] ?? '').startsWith(p))) pi--;
  let phrase = parts[pi] ?? '';
  const cut = lex.afterSubject.exec(phrase);
  if (cut && cut.index > 0) phrase = phrase.slice(0, cut.index);
  for (let again = true; again; ) {
    again = false;
    for (let n = Math.min(3, phrase.length); n >= 1; n--) {
      if (lex.clauseOpener(phrase.slice(0, n)) && phrase.length > n) {
        phrase = phrase.slice(n);
        again = true;
        break;
      }
    }
  }
  if (phrase.length === 0) return noneRef(null);
  // "一位不愿透露姓名的业内人士": a description ending in a role names someone unnamed, as printed.
  if (phrase.includes('的')) return phrase.length <= 20 && endsInRole(phrase, lex) ? nominalRef(phrase) : noneRef(null);
  const g = lex.pronoun(phrase);
  if (g) return pronounRef(g === 'other' ? null : g);
  // "国家统计局新闻发言人付凌晖": the role before the name, and the name (two to four characters).
  const split = roleThenName(phrase, lex);
  if (split) return nameRef(split.name, null, split.role);
  // A subject is a short name or title, never a clause (中国人习以为常的地方).
  return phrase.length > 10 ? noneRef(null) : nameRef(phrase);
}

/**
 * A Japanese topic with its title after the name (岸田総理, 清水治理事長), the body before の left
 * out (日本銀行の植田和男総裁 → 植田和男, 総裁). Null when no title ends it.
 */
function titledTopic(topic: string, lex: Lexicon): SpeakerRef | null {
  const name = topic.slice(topic.lastIndexOf('の') + 1);
  for (let n = Math.min(4, name.length - 2); n >= 2; n--)
    if (lex.role(name.slice(-n))) return nameRef(name.slice(0, -n), null, name.slice(-n));
  return null;
}

/**
 * The person a Chinese or Japanese sentence is about, when a role names them: the subject before
 * the verb (中国科学院院士王贻芳日前接受采访 → 王贻芳), or a Japanese topic with a title after the name
 * (日本銀行の植田和男総裁は → 植田和男). Null for any other sentence.
 */
export function cjkSubject(sentence: string, lex: Lexicon): SpeakerRef | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence)) {
    const topic = /^([^、。，,「」『』“”\s]{2,24}?)(?:は|が)/u.exec(sentence)?.[1] ?? '';
    return topic && !/[\p{N}をでにへと]/u.test(topic) ? titledTopic(topic, lex) : null;
  }
  let phrase = sentence.split(CJK_SPLIT)[0] ?? '';
  const cut = lex.afterSubject.exec(phrase);
  if (cut && cut.index > 0) phrase = phrase.slice(0, cut.index);
  const split = roleThenName(phrase, lex);
  return split ? nameRef(split.name, null, split.role) : null;
}

/** Does the phrase end in a role word (人士, 官员, 发言人)? */
function endsInRole(phrase: string, lex: Lexicon): boolean {
  for (let n = 1; n <= 5 && n <= phrase.length; n++) if (lex.role(phrase.slice(-n))) return true;
  return false;
}

/** The last role word in the phrase and the name of two to four characters after it. */
function roleThenName(phrase: string, lex: Lexicon): { role: string; name: string } | null {
  for (let end = phrase.length - 2; end >= 2 && end >= phrase.length - 4; end--) {
    for (let n = Math.min(5, end); n >= 2; n--) {
      if (lex.role(phrase.slice(end - n, end))) return { role: phrase.slice(0, end), name: phrase.slice(end) };
    }
  }
  return null;
}

/** Korean: the first topic (…은/는) that reads as a person; a surname and a title resolve to the full name. */
export function readKorean(sentence: string, lex: Lexicon, texts: readonly string[]): SpeakerRef {
  // A pronoun, a name with a title, a surname with a title, or a three-syllable name; places and
  // times (간담회에는, 여수에서는) are skipped.
  for (const m of sentence.matchAll(/(?:^|\s)([가-힣]{1,4})(?:\s([가-힣]{1,5}))?(?:은|는)\s/gu)) {
    const head = m[1] ?? '';
    const title = m[2] ?? '';
    if (/[에서로와과도]$/u.test(head)) continue;
    const g = lex.pronoun(m[0].trim());
    if (g) return pronounRef(g === 'other' ? null : g);
    if (title && !lex.role(title)) continue;
    if (head.length === 1 && title) {
      // The full name is the most frequent three-syllable word starting with the surname.
      const counts = new Map<string, number>();
      for (const t of texts)
        for (const w of t.matchAll(new RegExp(`(?<![가-힣])${head}[가-힣]{2}(?=\\s|$|[은는이가의,.])`, 'gu')))
          counts.set(w[0], (counts.get(w[0]) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      return nameRef(best ? best[0] : `${head} ${title}`, null, title);
    }
    if (head.length >= 2 && (title || head.length === 3)) return nameRef(head, null, title || null);
  }
  return noneRef(null);
}

/** Korean quote boxes and headlines signed by a name (`"…" 이재명 더불어민주당 대선 후보`, `"…"... 외친 이재명`). */
export function koreanSignature(tail: string, lex: Lexicon): string | null {
  const t = tail.replace(/^[\s.…]+/u, '').trimEnd();
  // A name is three syllables (or two to four with a title after it); 선언 ("declaration") is not one.
  const box = /^([가-힣]{2,4})(?:\s+[가-힣A-Za-z0-9·]+)*$/u.exec(t);
  const words = t.split(/\s+/u);
  // Verb endings and particles (주장도, 밝혔다) end words that are not names.
  const named = box?.[1] && !/[다고도며서요는은을를에의와과로]$/u.test(box[1]) ? box[1] : null;
  if (named && (named.length === 3 || words.slice(1).some((w) => lex.role(w)))) return named;
  if (!lex.beforeName.length) return null;
  return new RegExp(`(?:^|\\s)(?:${lex.beforeName.join('|')})\\s+([가-힣]{2,4})$`, 'u').exec(t)?.[1] ?? null;
}
