// Quotation candidates: the spans marks enclose (marks.ts), joined over
// paragraphs when a quotation runs on, with what is plainly not speech left
// out: too short, a title of a work, a name in marks, a term after "called".

import type { Cue } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import { opensWithMark, spanText, type Span } from './marks.ts';
import type { Around, Candidate, QuoteContext, Unit } from './model.ts';
import { sentenceBounds } from './sentences.ts';
import { isNisba, subjectInMarks } from './speaker/arabic.ts';
import { foldWord } from '../text/fold.ts';
import { HAN_KANA_ALL } from '../text/scripts.ts';

/** Element i of an array whose bounds the caller has checked. */
export function nth<T>(a: readonly T[], i: number): T {
  const v = a[i];
  if (v === undefined) throw new RangeError(`quotes: index ${i} out of range`);
  return v;
}

/** Rule "min-length": at least three words, or seven CJK characters. */
export function longEnough(text: string): boolean {
  if ((text.match(HAN_KANA_ALL)?.length ?? 0) >= 7) return true;
  return text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3;
}

/** Rule "title-case": every word capitalized and no sentence punctuation, as in titles of works. */
function looksLikeTitle(text: string, q: QuoteContext): boolean {
  if (q.fam !== 'latin') return false;
  const words = text.replace(/[,.]$/u, '').split(/\s+/u);
  if (words.length > 6 || /[.!?;:]\s/u.test(text)) return false;
  return words.every(
    (w) => /^[\p{Lu}\p{N}]/u.test(w) || q.lex.determiner(w) || q.lex.connector(w) || q.lex.roleLink(w),
  );
}

/**
 * Rule "proper-noun": a short capitalized span in mid-sentence after a lowercase word, with no
 * cue right before it («Московское малое кольцо», "Saturday Night Live"), names something. Not when
 * a comma after the closing mark opens the clause of a speech verb (German capitalizes nouns: 'einen
 * "Kampf um Anerkennung", wie sie sagte', 'von einem "Schlag ins Gesicht", so der Minister').
 */
function properNoun(text: string, before: string, after: string, q: QuoteContext, cues: readonly Cue[]): boolean {
  if (q.fam !== 'latin') return false;
  const words = text.split(/\s+/u);
  if (words.length > 4 || !/^\p{Lu}/u.test(text) || /[.!?,;:]$/u.test(text)) return false;
  const prev = /(\p{L}+)\s*$/u.exec(before);
  if (!prev || !/^\p{Ll}/u.test(prev[1] ?? '')) return false;
  const lastCue = cues[cues.length - 1];
  if (lastCue && before.slice(lastCue.end).trim().length === 0) return false;
  const clause = /^[^\p{L}\p{N}]*,([^.!?;:,]*)/u.exec(after)?.[1];
  return !(clause && q.cues.find(clause).length > 0);
}

/** The last word of `text` (the word right before a span). */
const lastWord = (text: string): string => /(\p{L}+)\s*$/u.exec(text)?.[1] ?? '';

/**
 * Rule "proper-noun" in Arabic script, which has no capitals: a short span (four words at most, no
 * sentence punctuation) right after a noun that heads a name (مجموعة “سعوديون في أمريكا”، مهرجان
 * «…»), or a span of spelled letters (سي إن إن، إف بي آي), names something. (A span after any noun
 * with the article, with no cue before it, is often a name too, المغرد “أبو فهد الصبيحي”, but that
 * rule lost a quotation of the checking half and was thrown out.)
 */
function arabicProperName(text: string, before: string, q: QuoteContext): boolean {
  if (q.fam !== 'arabic') return false;
  const words = text.trim().split(/\s+/u);
  if (words.every((w) => w.replace(/\P{L}/gu, '').length <= 2)) return true;
  if (words.length > 8 || /[.!?؟،,;؛:]\s*$/u.test(text)) return false;
  if (words.length <= 4 && listedName(before, q)) return true;
  // (With a preposition glued on too: لمنظمة "أطباء بلا حدود".)
  const last = lastWord(before);
  const glued = /^[لب]\p{L}{3,}$/u.test(last) && !q.lex.nameHead(last) && !q.lex.body(last);
  const prev = glued ? last.slice(1) : last;
  // (A body's noun too: منظمة «هيومان رايتس ووتش»، وكالة «سبوتنيك»; not before words that open a
  // clause or a phrase, which are speech: منطقة «من دون مخاطر»، المنطقة «التي تشهد غليانا».)
  const opener = q.lex.stop(words[0] ?? '') || q.lex.relative(words[0] ?? '');
  return q.lex.nameHead(prev) || (words.length <= 4 && q.lex.body(prev) && !opener);
}

/**
 * 'مدير البرنامج الصيفي "صيفك أحلى 36"' where the article printed 'برنامج "صيفك أحلى 36"' before: a
 * short span the article names something by elsewhere (after a naming word or a name's head) is that
 * name wherever it stands.
 */
function namedElsewhere(text: string, q: QuoteContext): boolean {
  const key = foldWord(text.trim());
  if (q.fam !== 'arabic' || text.trim().split(/\s+/u).length > 5) return false;
  return q.units.some((u) =>
    u.spans.some((s) => {
      if (foldWord(spanText(u.text, s).trim()) !== key) return false;
      const before = u.text.slice(0, s.open);
      return namedBefore(before, q.lex) || q.lex.nameHead(lastWord(before));
    }),
  );
}

/**
 * "ومن بينهم «أبو علاء العفري»، أحد العسكريين السابقين": a short span (four words at most, no
 * sentence punctuation) with a role in apposition after a comma (a role word, or أحد / إحدى and the
 * group), or right after a role and its adjectives of origin with no speech verb, names someone.
 */
function apposedName(text: string, before: string, after: string, q: QuoteContext): boolean {
  if (q.fam !== 'arabic' || text.trim().split(/\s+/u).length > 4 || /[.!?؟،,:؛]/u.test(text)) return false;
  const next = /^\s*[،,]\s*(\S+)/u.exec(after)?.[1] ?? '';
  if (q.lex.role(next) || q.lex.partitive(next)) return true;
  // "رفع الملياردير الكوري الجنوبي "تشونج مون جون" وتيرة التحدي": right after a role and its
  // adjectives of origin, in a clause with no speech verb, the span is the role's holder.
  const clause = before.split(/[.!?؟:؛،,]/u).pop() ?? '';
  const words = clause.trim().split(/\s+/u);
  let k = words.length - 1;
  while (k > 0 && isNisba(words[k] ?? '') && !q.lex.role(words[k] ?? '')) k--;
  return k < words.length - 1 && q.lex.role(words[k] ?? '') && q.cues.find(clause).length === 0;
}

/**
 * "تنظيمي «داعش» و«حزب العمال الكردستاني»"، "«مذكرات مهاجر» و«جذور ألف هوية» و«حب بعد المظاهرات»":
 * a short span joined by و to marks just before it is one more of a list of names, when the span
 * before it names something or is itself one of a list. (Not "تعد «تجارية» و«ليست تجارب حقيقية»".)
 */
function listedName(before: string, q: QuoteContext): boolean {
  const m = /[«"“]([^«»"“”]{1,80})[»"”]\s*[،,]?\s*و\s*$/u.exec(before);
  if (!m) return false;
  const earlier = before.slice(0, m.index);
  // (The span before after a naming word too: ويعرف باسم «أبو معتز»، و«أبو مسلم التركماني».)
  return /[»"”]\s*و\s*$/u.test(earlier) || arabicProperName(m[1] ?? '', earlier, q) || namedBefore(earlier, q.lex);
}

/** arabicProperName on a span of a unit. */
const arabicProperNameSpan = (q: QuoteContext, u: Unit, s: Span): boolean =>
  arabicProperName(spanText(u.text, s), u.text.slice(0, s.open), q);

/** Rule "naming": a word like "called"/"titled"/"بعنوان" just before the marks names a title, not speech. */
function namedBefore(before: string, lex: Lexicon): boolean {
  // (A comma may follow the word: "a piece entitled, “…”". A colon only after a word that names a
  // title, "بمحاضرة بعنوان: «…»": "وقالت الصحيفة: «…»" is speech.)
  const tail = before.trimEnd().replace(/\s*,$/u, '').toLowerCase().slice(-30);
  if (lex.naming.some((w) => tail.endsWith(w.toLowerCase()))) return true;
  const colon = /^(.*?)\s*[:：]$/u.exec(tail)?.[1];
  return (
    colon !== undefined && lex.namingColon.some((w) => new RegExp(`(?:^|\\s)${w.toLowerCase()}$`, 'u').test(colon))
  );
}

/** The text around a span, within its sentence and between its neighbouring significant spans. */
function aroundOf(q: QuoteContext, ui: number, k: number, endUi: number, endK: number): Around {
  const unit = nth(q.units, ui);
  const end = nth(q.units, endUi);
  const span = nth(unit.spans, k);
  const significant = (u: Unit, s: Span): boolean => {
    const t = spanText(u.text, s);
    return longEnough(t) && !looksLikeTitle(t, q) && !arabicProperNameSpan(q, u, s) && !arabicSubjectSlotSpan(q, u, s);
  };
  // Short marked terms ("explorar", "The Nanny") do not cut the sentence around a quotation.
  let prevEnd = 0;
  for (let j = k - 1; j >= 0; j--) {
    const prev = nth(unit.spans, j);
    if (significant(unit, prev)) {
      prevEnd = (prev.close ?? span.open) + 1;
      break;
    }
  }
  let start = prevEnd;
  for (const b of unit.bounds) if (b <= span.open && b > start) start = b;
  const endSpan = nth(end.spans, endK);
  const closeAt = endSpan.close === null ? end.text.length : endSpan.close + 1;
  let stop = end.text.length;
  for (let j = endK + 1; j < end.spans.length; j++) {
    const next = nth(end.spans, j);
    if (significant(end, next)) {
      stop = next.open;
      break;
    }
  }
  // A quotation ending in . ? ! inside its marks ends the sentence when a new one plainly starts
  // ("… that." On Monday, …), but not before its attribution ("…?" Winfrey asked).
  const inner = endSpan.close === null ? '' : end.text.slice(0, endSpan.close).trimEnd();
  const nextWord = /^\s+(\p{Lu}\p{L}*)/u.exec(end.text.slice(closeAt))?.[1];
  if (/[.!?。！？]$/u.test(inner) && nextWord && q.lex.sentenceStarters.has(nextWord)) stop = closeAt;
  for (const b of end.bounds) {
    if (b > closeAt && b < stop) {
      stop = b;
      break;
    }
  }
  const rest = end.text.slice(closeAt).trimStart();
  if ((rest.startsWith('.') || rest.startsWith('。')) && closeAt < end.text.length) stop = closeAt;
  return { before: unit.text.slice(start, span.open), after: end.text.slice(closeAt, Math.max(closeAt, stop)) };
}

/** Rule "multi-paragraph": a quotation open at a paragraph's end, reopened by the next paragraph, is one. */
function runOn(q: QuoteContext, ui: number, k: number, consumed: Set<string>): { endUi: number; text: string } {
  const unit = nth(q.units, ui);
  let span = nth(unit.spans, k);
  let text = spanText(unit.text, span);
  let endUi = ui;
  while (span.close === null && endUi + 1 < q.units.length) {
    const next = nth(q.units, endUi + 1);
    const first = next.spans[0];
    if (next.index < 0 || !opensWithMark(next.text) || !first || next.text.slice(0, first.open).trim() !== '') break;
    endUi++;
    consumed.add(`${endUi}:0`);
    span = first;
    text += ' ' + spanText(next.text, span);
  }
  return { endUi, text };
}

/** Every quotation candidate of the article, in reading order. */
export function findCandidates(q: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const consumed = new Set<string>();
  q.units.forEach((unit, ui) => {
    for (let k = 0; k < unit.spans.length; k++) {
      if (consumed.has(`${ui}:${k}`)) continue;
      const { endUi, text } = runOn(q, ui, k, consumed);
      const endK = endUi === ui ? k : 0;
      const span = nth(unit.spans, k);
      const endUnit = nth(q.units, endUi);
      const endSpan = nth(endUnit.spans, endK);
      if (!longEnough(text) || looksLikeTitle(text, q)) continue;
      const around = aroundOf(q, ui, k, endUi, endK);
      if (namedBefore(around.before, q.lex)) continue;
      // Korean and CJK pages use single marks for terms and emphasis, double marks for speech.
      if ((q.fam === 'hangul' || q.fam === 'cjk') && (span.openMark === "'" || span.openMark === '‘')) continue;
      const named =
        arabicProperName(text, around.before, q) ||
        namedElsewhere(text, q) ||
        apposedName(text, around.before, around.after, q);
      if (properNoun(text, around.before, around.after, q, q.cues.find(around.before)) || named) continue;
      if (speakerSlot(text, around.before, k, q) || arabicSubjectSlot(text, around.before, around.after, q)) continue;
      const tail = endUnit.text.slice((endSpan.close ?? endUnit.text.length) + 1);
      out.push({
        text,
        ui,
        k,
        span,
        endUi,
        endK,
        endSpan,
        around,
        endsUnit: /^[\s\p{P}]*$/u.test(tail),
        opensUnit: unit.text.slice(0, span.open).trim() === '',
      });
    }
  });
  return out;
}

/**
 * Rule "subject-slot": `"Q1", s’est interrogé » l’avocat des causes difficiles «` — marks right
 * after a cue that follows a quotation hold its speaker's name, not speech.
 */
function speakerSlot(text: string, before: string, k: number, q: QuoteContext): boolean {
  const bare = before.replace(/^[\s\p{P}]+|\s+$/gu, '');
  if (q.fam !== 'latin' || k === 0 || bare.length === 0 || text.split(/\s+/u).length > 6) return false;
  return q.cues.find(bare).some((c) => c.start === 0 && c.end === bare.length);
}

/**
 * Rule "subject-slot" in Arabic script: marks right after a cue verb around two to four words,
 * followed by what asks for the verb's subject (speaker/arabic.ts, subjectFollows), hold the
 * speaker's name, not speech: وقال "نعمان بن حافظ" لـ"سبق": "…".
 */
function arabicSubjectSlot(text: string, before: string, after: string, q: QuoteContext): boolean {
  if (q.fam !== 'arabic') return false;
  const lead = before.trimEnd();
  return (
    q.cues.find(lead).some((c) => c.end === lead.length && !q.lex.tellVerb(c.text)) &&
    subjectInMarks(text, after, q.lex) !== null
  );
}

/** arabicSubjectSlot on a span of a unit. */
const arabicSubjectSlotSpan = (q: QuoteContext, u: Unit, s: Span): boolean =>
  s.close !== null && arabicSubjectSlot(spanText(u.text, s), u.text.slice(0, s.open), u.text.slice(s.close + 1), q);

/** Sentence ends of a unit's text, for the context. */
export function boundsOf(text: string, lex: Lexicon): number[] {
  return sentenceBounds(text, lex);
}
