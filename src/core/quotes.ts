// core/quotes: direct quotations and their speakers, from text alone.
// Marks are paired by convention (quotes/marks.ts); a quotation counts only when
// a speech cue in its sentence, or a neighbouring attributed quotation, credits it.

import type { LangModule } from './lang/types.ts';
import type { Quote } from './types.ts';
import {
  cueMatcher,
  familyOf,
  languagesFor,
  type Cue,
  type CueMatcher,
  type Family,
  type Gender,
} from './quotes/cues.ts';
import { findSpans, opensWithMark, spanText, type Span } from './quotes/marks.ts';
import { collectNames, fullName, signedBy, titleGender, whoAt, type Who } from './quotes/speaker.ts';

export interface QuoteInput {
  paragraphs: readonly string[];
  headline: string | null;
  standfirst: string | null;
  lang: string | null;
}

/** Element i of an array whose bounds the caller has checked. */
function nth<T>(a: readonly T[], i: number): T {
  const v = a[i];
  if (v === undefined) throw new RangeError(`quotes: index ${i} out of range`);
  return v;
}

interface Unit {
  text: string;
  index: number;
}

interface Candidate {
  text: string;
  unit: Unit;
  span: Span;
  /** Last span when the quotation runs over paragraphs. */
  endUnit: Unit;
  endSpan: Span;
}

interface Speaker {
  name: string;
  gender: Gender;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Rule "min-length": at least three words, or six CJK characters. */
function longEnough(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk >= 7) return true;
  return text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3;
}

/** Rule "title-case": every word capitalized and no sentence punctuation, as in titles of works. */
function looksLikeTitle(text: string, fam: Family): boolean {
  if (fam !== 'latin') return false;
  const words = text.replace(/[,.]$/u, '').split(/\s+/u);
  if (words.length > 6 || /[.!?;:]\s/u.test(text)) return false;
  return words.every(
    (w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|in|on|de|la|le|der|die|das|y|e|to|for)$/u.test(w),
  );
}

/**
 * Rule "proper-noun": a short capitalized span in mid-sentence after a lowercase word, with no
 * cue right before it («Московское малое кольцо», "Saturday Night Live"), names something.
 */
function properNoun(text: string, before: string, fam: Family, cues: readonly Cue[]): boolean {
  if (fam !== 'latin') return false;
  const words = text.split(/\s+/u);
  if (words.length > 4 || !/^\p{Lu}/u.test(text) || /[.!?,;:]$/u.test(text)) return false;
  const prev = /(\p{L}+)\s*$/u.exec(before);
  if (!prev || !/^\p{Ll}/u.test(prev[1] ?? '')) return false;
  const lastCue = cues[cues.length - 1];
  return !(lastCue && before.slice(lastCue.end).trim().length === 0);
}

/** Rule "naming": a word like "called"/"titled"/"بعنوان" just before the marks names a title, not speech. */
function namedBefore(before: string, mods: LangModule[]): boolean {
  const tail = before.trimEnd().toLowerCase().slice(-30);
  for (const m of mods) {
    for (const w of m.speech.naming ?? []) {
      if (tail.endsWith(w.toLowerCase())) return true;
    }
  }
  return false;
}

/** Sentence ends: . ! ? ؟ followed by space (not after an abbreviation), and CJK 。！？. */
function sentenceBounds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?؟](?=[\s\u00a0])|[。！？]/gu)) {
    const i = m.index ?? 0;
    const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 5), i))?.[1] ?? '';
    if (
      text[i] === '.' &&
      (/^\p{Lu}$/u.test(word) || /^(Mr|Mrs|Ms|Dr|St|Jr|Sr|Mme|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt)$/u.test(word))
    )
      continue;
    out.push(i + 1);
  }
  return out;
}

interface Context {
  before: string;
  after: string;
}

/** The text around a span, within its sentence and between its neighbouring spans. */
function contextOf(
  text: string,
  spans: Span[],
  k: number,
  endText: string,
  endSpans: Span[],
  endK: number,
  significant: (text: string, span: Span) => boolean,
  sentenceStarters: ReadonlySet<string>,
): Context {
  const span = nth(spans, k);
  // Short marked terms ("explorar", "The Nanny") do not cut the sentence around a quotation.
  let prevEnd = 0;
  for (let j = k - 1; j >= 0; j--) {
    const prev = nth(spans, j);
    if (significant(text, prev)) {
      prevEnd = (prev.close ?? span.open) + 1;
      break;
    }
  }
  const bounds = sentenceBounds(text);
  let start = prevEnd;
  for (const b of bounds) if (b <= span.open && b > start) start = b;
  const endSpan = nth(endSpans, endK);
  const closeAt = endSpan.close === null ? endText.length : endSpan.close + 1;
  let nextOpen = endText.length;
  for (let j = endK + 1; j < endSpans.length; j++) {
    const next = nth(endSpans, j);
    if (significant(endText, next)) {
      nextOpen = next.open;
      break;
    }
  }
  let end = nextOpen;
  // A quotation ending in . ? ! inside its marks ends the sentence when a new one plainly starts
  // ("… that." On Monday, …), but not before its attribution ("…?" Winfrey asked).
  const inner = endSpan.close === null ? '' : endText.slice(0, endSpan.close).trimEnd();
  const nextWord = /^\s+(\p{Lu}\p{L}*)/u.exec(endText.slice(closeAt))?.[1];
  if (/[.!?。！？]$/u.test(inner) && nextWord && sentenceStarters.has(nextWord)) end = closeAt;
  for (const b of sentenceBounds(endText)) {
    if (b > closeAt && b < end) {
      end = b;
      break;
    }
  }
  if (/^[.!?؟。]/u.test(endText.slice(closeAt).trimStart()) && closeAt < endText.length) {
    const first = endText.slice(closeAt).trimStart()[0];
    if (first === '.' || first === '。') end = closeAt;
  }
  return { before: text.slice(start, span.open), after: endText.slice(closeAt, Math.max(closeAt, end)) };
}

interface Attribution {
  who: Who;
  cue: Cue;
}

/** The cue nearest the quotation in its sentence, and who it credits. */
function attribute(
  ctx: Context,
  fam: Family,
  find: (t: string) => Cue[],
  mods: LangModule[],
  texts: readonly string[],
): Attribution | null {
  // NUL separates the text before and after the quotation for readers that care (Japanese topics).
  const sentence = `${ctx.before}\u0000${ctx.after}`;
  const afterCues = find(ctx.after);
  const beforeCues = find(ctx.before);
  const ordered: Array<[Cue, 'before' | 'after']> = [];
  // Right after the quotation ("Q," he said) beats far before it.
  if (afterCues.length > 0) ordered.push([nth(afterCues, 0), 'after']);
  for (let i = beforeCues.length - 1; i >= 0; i--) ordered.push([nth(beforeCues, i), 'before']);
  for (let i = 1; i < afterCues.length; i++) ordered.push([nth(afterCues, i), 'after']);
  let subjectless: Attribution | null = null;
  for (const [cue, side] of ordered) {
    const who = whoAt(side === 'after' ? ctx.after : ctx.before, cue, side, sentence, fam, mods, texts);
    if (!who) continue;
    if (who.name || who.pronoun) {
      // "كما أكد بوتين أن ... قائلا:" — a subjectless cue next to the quote takes the sentence's subject.
      if (subjectless && !who.pronoun)
        return { who: { ...who, gender: who.gender ?? subjectless.who.gender }, cue: subjectless.cue };
      return { who, cue };
    }
    subjectless ??= { who, cue };
  }
  return subjectless;
}

/** Rule "colon-intro": `Putin: "…"` or, in a headline, `이재명 "…"` — a short name before the marks. */
function introName(before: string, headline: boolean): string | null {
  const t = before.trim();
  const colon = /^([\p{L}\p{M}.'’\- ]{2,40})[:：]$/u.exec(t);
  const name = colon?.[1] ?? (headline && /^[\p{L}\p{M}.'’\- ]{2,20}$/u.test(t) ? t : null);
  if (!name) return null;
  const words = name.trim().split(/\s+/u);
  // In cased scripts a name has every word capitalized ("Наступна цитата:" is not a speaker), and
  // one capitalized word before a colon is more often an adverb ("Впрочем:") than a name.
  if (words.some((w) => /^\p{Ll}/u.test(w))) return null;
  if (!headline && words.length < 2 && /^\p{Lu}/u.test(name)) return null;
  return words.length <= 4 ? name.trim() : null;
}

/** Picks the most recent speaker agreeing in gender (unknown gender agrees with anything). */
function resolve(history: Speaker[], gender: Gender): Speaker | null {
  for (let i = history.length - 1; i >= 0; i--) if (gender && nth(history, i).gender === gender) return nth(history, i);
  for (let i = history.length - 1; i >= 0; i--) if (!gender || nth(history, i).gender === null) return nth(history, i);
  return history[history.length - 1] ?? null;
}

interface Mention {
  pos: number;
  speaker: Speaker;
  /** A name merely mentioned, not credited with speech: it may be referred to, but credits nothing. */
  weak: boolean;
}

/**
 * Named speakers of reported speech outside quotation marks ("Michael Sims … said his company …"):
 * a later "he said" refers to them.
 */
function mentions(
  text: string,
  spans: Span[],
  fam: Family,
  matcher: CueMatcher,
  mods: LangModule[],
  known: readonly string[],
  texts: readonly string[],
): Mention[] {
  if (fam === 'hangul') {
    // Korean: a topic-marked subject (이 후보는 …) in any sentence becomes the current speaker.
    const bounds = [0, ...sentenceBounds(text)];
    const out: Mention[] = [];
    for (const b of bounds) {
      const sentence = text.slice(b, text.indexOf('.', b + 1) > 0 ? text.indexOf('.', b + 1) : text.length);
      const who = whoAt(sentence, { start: 0, end: 0, text: '', gender: null }, 'before', sentence, fam, mods, texts);
      if (who?.name && !spans.some((s) => b > s.open && b < (s.close ?? text.length)))
        out.push({ pos: b, speaker: { name: who.name, gender: null }, weak: false });
    }
    return out;
  }
  const inSpan = (i: number): boolean => spans.some((s) => i > s.open && i < (s.close ?? text.length));
  const bounds = [0, ...sentenceBounds(text), text.length];
  const out: Mention[] = [];
  for (const cue of matcher.find(text)) {
    if (inSpan(cue.start)) continue;
    let from = 0;
    let to = text.length;
    for (const b of bounds) {
      if (b <= cue.start) from = b;
      else if (b < to) {
        to = b;
        break;
      }
    }
    const sentence = text.slice(from, to);
    const local = { ...cue, start: cue.start - from, end: cue.end - from };
    const who = whoAt(sentence, local, 'before', sentence, fam, mods, texts);
    if (!who?.name) continue;
    const name = fullName(who.name, fam, known, texts);
    out.push({ pos: cue.start, speaker: { name, gender: who.gender ?? titleGender(name, mods) }, weak: false });
  }
  if (fam === 'cjk') {
    // Latin-script names in Chinese or Japanese text (Gweilo) are what a later 他 may refer to.
    for (const m of text.matchAll(/(?<![\p{Script=Latin}])\p{Lu}\p{Ll}{2,}(?![\p{Script=Latin}])/gu)) {
      if (!inSpan(m.index ?? 0)) out.push({ pos: m.index ?? 0, speaker: { name: m[0], gender: null }, weak: true });
    }
    out.sort((a, b) => a.pos - b.pos);
  }
  if (fam === 'latin') {
    // Rule "weak-mention": any full name mentioned may be what a later "he said" refers to.
    for (const name of collectNames([text], mods, (i) => !inSpan(i))) {
      out.push({
        pos: name.pos,
        speaker: { name: fullName(name.name, fam, known, texts), gender: titleGender(name.name, mods) },
        weak: true,
      });
    }
    out.sort((a, b) => a.pos - b.pos);
  }
  return out;
}

/**
 * Rule "pronoun-gender": a named speaker's gender from a pronoun that must stand for them —
 * the sentence opens with it (`She told Harry … "Q," Meghan said`) or it follows the cue
 * (`Meghan said she …`).
 */
function learnGender(ctx: Context, cue: Cue, mods: LangModule[]): Gender {
  const first = /^[\s"“”«]*([\p{L}]+)/u.exec(ctx.before)?.[1] ?? '';
  const home = ctx.before.slice(cue.start, cue.end) === cue.text ? ctx.before : ctx.after;
  const afterCue = /^\s*([\p{L}]+)/u.exec(home.slice(cue.end))?.[1] ?? '';
  for (const m of mods) {
    const p = m.speech.pronouns;
    if (!p) continue;
    for (const w of [first, afterCue]) {
      if (p.male.includes(w)) return 'male';
      if (p.female.includes(w)) return 'female';
    }
  }
  return null;
}

/** Adds or moves a speaker to the end of the history, keeping a known gender. */
function remember(history: Speaker[], sp: Speaker): void {
  const idx = history.findIndex((h) => h.name === sp.name);
  if (idx >= 0) {
    const old = history[idx];
    if (old && !sp.gender) sp.gender = old.gender;
    history.splice(idx, 1);
  }
  history.push(sp);
}

/** Direct quotations with their speakers, in reading order. */
export function findQuotes(input: QuoteInput): Quote[] {
  const units: Unit[] = [];
  if (input.headline) units.push({ text: input.headline, index: -1 });
  if (input.standfirst) units.push({ text: input.standfirst, index: -2 });
  input.paragraphs.forEach((text, index) => units.push({ text, index }));
  const allText = units.map((u) => u.text).join('\n');
  const fam = familyOf(allText);
  const mods = languagesFor(input.lang, allText, fam);
  const matcher = cueMatcher(mods, fam);
  const texts = units.map((u) => u.text);
  const known = fam === 'latin' ? collectNames(texts, mods).map((n) => n.name) : [];

  const spansOf = units.map((u) => findSpans(u.text));
  const starters = new Set<string>();
  for (const m of mods) {
    for (const w of m.speech.notNames ?? []) starters.add(w);
    for (const w of m.speech.pronouns?.male ?? []) starters.add(w);
    for (const w of m.speech.pronouns?.female ?? []) starters.add(w);
  }
  const significant = (text: string, span: Span): boolean => {
    const t = spanText(text, span);
    return longEnough(t) && !looksLikeTitle(t, fam);
  };
  const consumed = new Set<string>();
  const history: Speaker[] = [];
  const out: Quote[] = [];

  let lastOut: { unit: number; atEnd: boolean } | null = null;
  for (let ui = 0; ui < units.length; ui++) {
    const unit = nth(units, ui);
    const prev = ui > 0 ? nth(units, ui - 1) : null;
    // The paragraph before ends in a colon, or introduces speech with a cue and a colon (海外网友纷纷表示：…,
    // Smith said: …). Asked only of a lone quotation nobody is credited with: it scans the paragraph for cues.
    const prevColon = (): boolean =>
      !!prev &&
      prev.index >= 0 &&
      (/[:：]\s*$/u.test(prev.text) || matcher.find(prev.text).some((c) => /^\s*[:：]/u.test(prev.text.slice(c.end))));
    const prevQuoted = lastOut !== null && lastOut.unit === ui - 1 && lastOut.atEnd;
    const spans = nth(spansOf, ui);
    const found: Array<{ cand: Candidate; attr: Attribution | null; intro: string | null; k: number; ctx: Context }> =
      [];
    for (let k = 0; k < spans.length; k++) {
      if (consumed.has(`${ui}:${k}`)) continue;
      let span = nth(spans, k);
      let text = spanText(unit.text, span);
      let endUi = ui;
      let endK = k;
      // Multi-paragraph quotation: open at the paragraph's end, reopened by the next paragraph.
      while (
        span.close === null &&
        endUi + 1 < units.length &&
        nth(units, endUi + 1).index >= 0 &&
        opensWithMark(nth(units, endUi + 1).text)
      ) {
        const nextSpans = nth(spansOf, endUi + 1);
        if (
          nextSpans.length === 0 ||
          nth(units, endUi + 1)
            .text.slice(0, nth(nextSpans, 0).open)
            .trim() !== ''
        )
          break;
        endUi++;
        endK = 0;
        consumed.add(`${endUi}:0`);
        span = nth(nextSpans, 0);
        text += ' ' + spanText(nth(units, endUi).text, span);
      }
      const endUnit = nth(units, endUi);
      const cand: Candidate = { text, unit, span: nth(spans, k), endUnit, endSpan: span };
      if (!longEnough(text) || looksLikeTitle(text, fam)) continue;
      const ctx = contextOf(unit.text, spans, k, endUnit.text, nth(spansOf, endUi), endK, significant, starters);
      if (namedBefore(ctx.before, mods)) continue;
      // Korean and CJK pages use single marks for terms and emphasis, double marks for speech.
      if ((fam === 'hangul' || fam === 'cjk') && (span.openMark === "'" || span.openMark === '‘')) continue;
      if (properNoun(text, ctx.before, fam, matcher.find(ctx.before))) continue;
      // Rule "subject-slot": `"Q1", s’est interrogé » l’avocat des causes difficiles «` — marks right
      // after a cue that follows a quotation hold its speaker's name, not speech.
      const bare = ctx.before.replace(/^[\s\p{P}]+|\s+$/gu, '');
      const slot = fam === 'latin' && k > 0 && bare.length > 0 && text.split(/\s+/u).length <= 6;
      if (slot && matcher.find(bare).some((c) => c.start === 0 && c.end === bare.length)) continue;
      const attr = attribute(ctx, fam, (t) => matcher.find(t), mods, texts);
      // A quotation opening its unit may be signed by its speaker after it (pull quotes, Korean quote boxes).
      const opens = unit.text.slice(0, cand.span.open).trim() === '' && span.close !== null;
      let intro = attr
        ? null
        : (introName(ctx.before, unit.index < 0) ??
          (opens ? signedBy(endUnit.text.slice((span.close ?? 0) + 1), fam, mods) : null));
      let introAttr: Attribution | null = null;
      const colon = /[:：]\s*$/u.exec(ctx.before);
      if (!attr && (fam === 'cjk' || (fam === 'arabic' && mods[0]?.code === 'fa')) && colon) {
        // Rule "cjk-colon": 他还…对比：“…” — the colon introduces speech; read the subject before it.
        const cue: Cue = { start: colon.index, end: colon.index + 1, text: colon[0].trim(), gender: null };
        const who = whoAt(ctx.before, cue, 'before', ctx.before, fam, mods, texts);
        if (who && (who.name || who.pronoun)) introAttr = { who, cue };
        intro = null;
      }
      if (!attr && !intro && !introAttr && fam === 'latin' && colon && history.length > 0) {
        // Rule "colon-quote": "Наступна цитата: «…»" — a colon introduces the current speaker's words.
        introAttr = {
          who: { name: null, gender: null, pronoun: false },
          cue: { start: colon.index, end: colon.index + 1, text: ':', gender: null },
        };
      }
      found.push({ cand, attr: attr ?? introAttr, intro, k, ctx });
    }
    // Interrupted quotations: an uncued quotation takes the speaker of a cued one in the same paragraph.
    let paragraphSpeaker: Speaker | null = null;
    const events = mentions(unit.text, spans, fam, matcher, mods, known, texts);
    const resolved = found.map((f) => {
      while (events.length > 0 && (events[0]?.pos ?? Infinity) < f.cand.span.open) {
        const ev = events.shift();
        if (ev) {
          if (ev.weak) {
            if (!history.some((h) => h.name === ev.speaker.name)) history.push(ev.speaker);
            else remember(history, ev.speaker);
          } else {
            remember(history, ev.speaker);
            paragraphSpeaker = ev.speaker;
          }
        }
      }
      let speaker: Speaker | null = null;
      let credited = false;
      if (f.attr) {
        credited = true;
        const { who } = f.attr;
        if (who.name) {
          const name = fullName(who.name, fam, known, texts);
          const gender = who.gender ?? titleGender(name, mods);
          const prior = history.find((h) => h.name === name);
          if (prior && !prior.gender) prior.gender = gender;
          speaker = { name, gender: prior?.gender ?? gender };
        } else speaker = resolve(history, who.gender);
      } else if (f.intro) {
        credited = true;
        speaker = { name: fullName(f.intro, fam, known, texts), gender: null };
      }
      if (speaker && credited) {
        if (!speaker.gender && f.attr?.who.name) speaker.gender = learnGender(f.ctx, f.attr.cue, mods);
        remember(history, speaker);
      }
      if (speaker) paragraphSpeaker = speaker;
      return { f, speaker, credited };
    });
    for (const r of resolved) {
      if (!r.credited) {
        // Rule "standalone": a paragraph that is only a quotation continues the speaker introduced
        // just before it (a paragraph ending in a colon, or one ending with that speaker's quotation).
        const standalone =
          r.f.cand.endSpan.close !== null &&
          /^[\s\p{P}]*$/u.test(
            unit.text.slice(r.f.cand.endSpan.close === null ? unit.text.length : r.f.cand.endSpan.close + 1),
          ) &&
          unit.text.slice(0, r.f.cand.span.open).trim() === '';
        // Inheriting needs a sentence, not a product name or term (「ウイルスバスター モバイル」).
        if (fam === 'cjk' && (r.f.cand.text.match(CJK)?.length ?? 0) < 12) continue;
        if (paragraphSpeaker) r.speaker = paragraphSpeaker;
        else if (standalone && unit.index >= 0 && history.length > 0 && (prevQuoted || prevColon()))
          r.speaker = resolve(history, null);
        else continue;
      }
      if (r.speaker && !r.credited) remember(history, r.speaker);
      lastOut = {
        unit: ui,
        atEnd: /^[\s\p{P}]*$/u.test(
          r.f.cand.endUnit.text.slice((r.f.cand.endSpan.close ?? r.f.cand.endUnit.text.length) + 1),
        ),
      };
      out.push({
        text: r.f.cand.text,
        speaker: r.speaker?.name ?? null,
        speakerRole: null,
        cue: r.f.attr?.cue.text ?? null,
        paragraph: unit.index,
      });
    }
    // Speakers named after the last quotation still count for the next paragraphs.
    // Merely mentioned names wait in the history only while nobody has spoken yet.
    for (const ev of events) if (!ev.weak || history.length === 0) remember(history, ev.speaker);
  }
  return out;
}
