// Rules that credit a quotation with no cue of its own from the quotations
// around it: the rest of an interrupted quotation, a paragraph that only
// continues the speech before it, and a colon after the speaker is known.

import { HAN_KANA_ALL } from '../../text/scripts.ts';
import type { Entity, Mention } from '../entities/table.ts';
import type { Attribution, Candidate, Credited, QuoteContext, Speaker } from '../model.ts';
import { nameRef, noneRef } from '../model.ts';
import { sentenceAt } from '../sentences.ts';

/** The speaker of another quotation (or of reported speech), carried over to this one. */
function carried(rule: string, from: Speaker | Entity): Attribution {
  const entity = 'entity' in from ? (from.entity ?? undefined) : from;
  const name = 'name' in from ? from.name : from.full;
  return { rule, ref: { ...nameRef(name, from.gender), entity }, cue: null };
}

/** A quotation that goes on from one credited to nobody (a plural or unnamed source): nobody's too. */
const nobodys = (rule: string): Attribution => ({ rule, ref: noneRef(null), cue: null, nobody: true });

/**
 * The last person (no body) named as the subject of the sentence of unit `ui` that starts at
 * `sentence`: before offset `before` when given, and with `named`, not someone only described.
 */
function lastSubject(
  q: QuoteContext,
  ui: number,
  sentence: number,
  { before, named = false }: { before?: number; named?: boolean } = {},
): Mention | null {
  const ms = q.entities.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const x = ms[i] as Mention;
    if (x.ui !== ui || x.sentence !== sentence || !x.subject || x.entity.body) continue;
    if ((before === undefined || x.pos < before) && !(named && x.entity.described)) return x;
  }
  return null;
}

/**
 * Rule "interrupted": `"Q1," Jane Doe said. "Q2."` — an uncued quotation takes the speaker of the
 * quotation credited before it in the same paragraph, or of the speech reported just before it there.
 */
export function interrupted(c: Candidate, q: QuoteContext, done: readonly Credited[]): Attribution | null {
  const prev = [...done].reverse().find((d) => d.c.endUi === c.ui && d.speaker);
  const said = q.entities.lastSpeech(c.ui, c.span.open);
  const prevAt = prev ? (prev.c.endSpan.close ?? 0) : -1;
  // '"Q1," Lynch said. But Harper disagreed: "Q2."': the subject of the quotation's own sentence,
  // named after the quotation before it and after any speech reported there.
  const own = enoughText(c, q) ? subjectBefore(c, q) : null;
  if (own && own.pos > prevAt && own.pos > (said?.pos ?? -1)) return carried('interrupted', own.entity);
  if (said && said.pos > prevAt) return carried('interrupted', said.entity);
  if (!enoughText(c, q)) return null;
  // '"Q1," said one diplomat. "Q2."': the rest of a quotation credited to nobody is nobody's too.
  const last = done[done.length - 1];
  if (!prev?.speaker) return last && last.c.endUi === c.ui && !last.speaker ? nobodys('interrupted') : null;
  return carried('interrupted', prev.speaker);
}

/** The person who is the subject of the candidate's sentence, named before its opening mark. */
function subjectBefore(c: Candidate, q: QuoteContext): Mention | null {
  const unit = q.units[c.ui];
  if (!unit) return null;
  const [from] = sentenceAt(unit.bounds, unit.text.length, c.span.open);
  return lastSubject(q, c.ui, from, { before: c.span.open });
}

/** Inheriting needs a sentence, not a product name or term (「ウイルスバスター モバイル」). */
function enoughText(c: Candidate, q: QuoteContext): boolean {
  return q.fam !== 'cjk' || (c.text.match(HAN_KANA_ALL)?.length ?? 0) >= 12;
}

/**
 * Rule "continuation": a paragraph that is only a quotation continues the speaker introduced just
 * before it: the paragraph before ended with that speaker's quotation, or introduced speech with a
 * cue and a colon (海外网友纷纷表示：…, Smith said: …).
 */
export function continuation(c: Candidate, q: QuoteContext, done: readonly Credited[]): Attribution | null {
  const unit = q.units[c.ui];
  const prevUnit = q.units[c.ui - 1];
  if (!unit || !prevUnit || unit.index < 0 || prevUnit.index < 0) return null;
  if (!c.opensUnit || !c.endsUnit || c.endSpan.close === null || !enoughText(c, q)) return null;
  const last = done[done.length - 1];
  // The paragraph before holds a quotation of a known speaker ("Q1," X said. / "Q2.").
  if (last?.speaker && last.c.endUi === c.ui - 1) return carried('continuation', last.speaker);
  // The paragraph before ended on a quotation credited to nobody: this one goes on with it.
  if (last && !last.speaker && last.c.endUi === c.ui - 1) return nobodys('continuation');
  const colon =
    /[:：]\s*$/u.test(prevUnit.text) ||
    q.cues.find(prevUnit.text).some((k) => /^\s*[:：]/u.test(prevUnit.text.slice(k.end)));
  if (!colon) return introduced(c, q, prevUnit);
  const said = q.entities.lastSpeech(c.ui - 1, prevUnit.text.length);
  if (said) return carried('continuation', said.entity);
  return last?.speaker ? carried('continuation', last.speaker) : null;
}

/**
 * Rule "colon-quote": "Наступна цитата: «…»", "Und man wollte …: „…“" — a colon introduces the words
 * of whoever the text is about: the last speaker credited, else the entity in focus.
 */
export function colonQuote(c: Candidate, q: QuoteContext, done: readonly Credited[]): Attribution | null {
  if (q.fam !== 'latin' || !/[:：]\s*$/u.test(c.around.before)) return null;
  // "But Paul Dales, chief economist at …, disagreed: “…”": the subject of the colon's own sentence.
  const own = subjectBefore(c, q);
  if (own) return carried('colon-quote', own.entity);
  const last = [...done].reverse().find((d) => d.speaker);
  if (last?.speaker) return carried('colon-quote', last.speaker);
  const e = q.entities.salient(c.ui, c.span.open, { gender: null, kind: 'any' });
  return e ? carried('colon-quote', e) : null;
}

/**
 * A paragraph that is only a quotation, after a paragraph whose last sentence is about a person
 * named there ("Pierre Lefèvre, agriculteur dans la Beauce, ne décolère pas." / "« … »"): that
 * person's words. Latin script only, and only a whole sentence in the marks.
 */
function introduced(c: Candidate, q: QuoteContext, prevUnit: QuoteContext['units'][number]): Attribution | null {
  if (q.fam !== 'latin' || prevUnit.spans.length > 0) return null;
  if (!wholeSentence(c, q)) return null;
  const [from] = sentenceAt(prevUnit.bounds, prevUnit.text.length, Math.max(0, prevUnit.text.trimEnd().length - 1));
  const subject = lastSubject(q, c.ui - 1, from, { named: true });
  return subject ? carried('continuation', subject.entity) : null;
}

/**
 * Rule "sentence-after": '"His neighbour, Ann Jones, agreed. "It was terrifying."' — a quotation that
 * is a whole sentence ending its paragraph, with no quotation before it there, after a sentence of
 * the same paragraph about a person named in it: that person's words. Latin script only.
 */
export function sentenceAfter(c: Candidate, q: QuoteContext): Attribution | null {
  const unit = q.units[c.ui];
  if (q.fam !== 'latin' || !unit || unit.index < 0 || c.k > 0 || !c.endsUnit || c.endUi !== c.ui) return null;
  if (c.around.before.trim() !== '' || !wholeSentence(c, q)) return null;
  const head = unit.text.slice(0, c.span.open).trimEnd();
  if (!/[.!?]$/u.test(head)) return null;
  const [from] = sentenceAt(unit.bounds, unit.text.length, head.length - 1);
  const subject = lastSubject(q, c.ui, from, { named: true });
  return subject ? carried('sentence-after', subject.entity) : null;
}

/** A whole sentence in the marks: it ends in a period, or the period follows the closing mark (“…”.). */
function wholeSentence(c: Candidate, q: QuoteContext): boolean {
  if (/[.!?…]\s*$/u.test(c.text)) return true;
  const unit = q.units[c.endUi];
  return c.endSpan.close !== null && unit !== undefined && /^\s*[.!?…]/u.test(unit.text.slice(c.endSpan.close + 1));
}
