// core/quotes: direct quotations and their speakers, from text alone.
//
//   units ──► candidates (marks paired by convention, not-speech left out)      candidates.ts
//         └─► entity table (names, roles, cue subjects, mentions)                entities/
//   each candidate ──► first rule that credits it (LOCAL_RULES, CARRY_RULES)     rules/
//                  ──► speaker resolved to an entity's fullest name and role    resolve.ts
//
// A quotation counts only when a rule credits it: a cue in its sentence, a name
// introducing or signing it, or the speech it continues.

import type { Quote } from '../types.ts';
import { cueMatcher, familyOf, languagesFor } from './cues.ts';
import { findCandidates } from './candidates.ts';
import { collectEntities } from './entities/collect.ts';
import { EntityTable, type Entity } from './entities/table.ts';
import { lexiconFor } from './lexicon.ts';
import { findSpans } from './marks.ts';
import {
  nameRef,
  type Attribution,
  type Candidate,
  type Credited,
  type PronounCue,
  type QuoteContext,
  type QuoteInput,
  type Unit,
} from './model.ts';
import { resolveSpeaker, speakerOf } from './resolve.ts';
import { CARRY_RULES, LOCAL_RULES } from './rules/index.ts';
import { sentenceAt, sentenceBounds } from './sentences.ts';

export type { QuoteInput } from './model.ts';

/** The context every rule reads: units with their quotation spans and sentences, language data, entities. */
export function buildContext(input: QuoteInput): QuoteContext {
  const texts: Array<{ text: string; index: number }> = [];
  if (input.headline) texts.push({ text: input.headline, index: -1 });
  if (input.standfirst) texts.push({ text: input.standfirst, index: -2 });
  // (A blank paragraph is no unit: it would put the speaker of "وأضاف:" out of reach after it.)
  input.paragraphs.forEach((text, index) => {
    if (text.trim()) texts.push({ text, index });
  });
  const all = texts.map((u) => u.text).join('\n');
  const fam = familyOf(all);
  const mods = languagesFor(input.lang, all, fam);
  const lowercase = new Set(all.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
  const lex = {
    ...lexiconFor(mods),
    common: (w: string): boolean => w.toLowerCase() !== w && lowercase.has(w.toLowerCase()),
  };
  const units: Unit[] = texts.map((u) => ({ ...u, spans: findSpans(u.text), bounds: sentenceBounds(u.text, lex) }));
  const q: QuoteContext = {
    units,
    fam,
    mods,
    lex,
    cues: cueMatcher(mods, fam),
    entities: new EntityTable(fam, lex),
    pronouns: [],
  };
  collectEntities(q);
  return q;
}

/** Each candidate credited by the first rule that answers, in reading order. */
export function creditAll(q: QuoteContext): Credited[] {
  const done: Credited[] = [];
  const pending: Candidate[] = [];
  const pronouns = [...q.pronouns];
  for (const c of findCandidates(q)) {
    resolvePronounSpeech(q, pronouns, c);
    let a: Attribution | null = null;
    for (const rule of LOCAL_RULES) if ((a = rule.run(c, q))) break;
    if (!a) for (const rule of CARRY_RULES) if ((a = rule.run(c, q, done))) break;
    if (!a && (q.units[c.ui]?.index ?? 0) < 0) pending.push(c);
    if (!a) continue;
    const speaker = resolveSpeaker(a, c, q, done);
    done.push({ c, attribution: a, speaker });
    // Whoever was credited has just spoken: a later "he said" or "وأضاف" may stand for them.
    const unit = q.units[c.ui];
    if (speaker?.entity && unit) {
      const at = c.span.open;
      q.entities.mention(speaker.entity, c.ui, at, sentenceAt(unit.bounds, unit.text.length, at)[0], true);
    }
  }
  // Rule "echo": a headline or standfirst quotation repeats words that someone says in the body.
  for (const c of pending) {
    const d = echoed(c, done);
    if (d?.speaker)
      done.push({ c, attribution: { rule: 'echo', ref: nameRef(d.speaker.name), cue: null }, speaker: d.speaker });
    else {
      const e = standfirstSubject(c, q);
      if (e)
        done.push({ c, attribution: { rule: 'standfirst', ref: nameRef(e.full), cue: null }, speaker: speakerOf(e) });
    }
  }
  return done.sort((x, y) => x.c.ui - y.c.ui || x.c.span.open - y.c.span.open);
}

/**
 * Rule "pronoun-speech": `…, he said.` outside quotation marks reports the speech of whoever the
 * pronoun stands for (resolved with the quotations credited so far), who is then the one speaking
 * for a quotation after it. Takes from `pending` the cues before the candidate.
 */
function resolvePronounSpeech(q: QuoteContext, pending: PronounCue[], c: Candidate): void {
  while (pending.length) {
    const p = pending[0] as PronounCue;
    if (p.ui > c.ui || (p.ui === c.ui && p.pos >= c.span.open)) return;
    pending.shift();
    const e = q.entities.salient(p.ui, p.pos, { gender: p.gender, kind: 'person' });
    if (e) q.entities.mention(e, p.ui, p.pos, p.sentence, true, false);
  }
}

/**
 * Rule "standfirst": a headline that is only a quotation (`“No vamos a subir los impuestos”`), with a
 * standfirst whose subject is a person (`La ministra de Hacienda, María Jesús Montero, descarta …`):
 * that person's words. The quotation must be the whole headline and four words or more, so a title
 * of a work inside a headline is never taken for speech.
 */
function standfirstSubject(c: Candidate, q: QuoteContext): Entity | null {
  const unit = q.units[c.ui];
  const standfirst = q.units.findIndex((u) => u.index === -2);
  if (unit?.index !== -1 || standfirst < 0 || !c.opensUnit || !c.endsUnit || c.endUi !== c.ui) return null;
  if ((c.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4) return null;
  const st = q.units[standfirst] as Unit;
  const [, end] = sentenceAt(st.bounds, st.text.length, 0);
  const m = q.entities.mentions.find(
    (x) => x.ui === standfirst && x.pos < end && x.subject && !x.entity.body && !x.entity.described,
  );
  return m && m.entity.full.split(/\s+/u).length >= 2 ? m.entity : null;
}

/** The body quotation that shares most of a headline quotation's words (half of them at least). */
function echoed(c: Candidate, done: readonly Credited[]): Credited | null {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const own = new Set(words(c.text));
  if (own.size < 2) return null;
  let best: Credited | null = null;
  let bestShare = 0.5;
  for (const d of done) {
    if (d.c.ui === c.ui || !d.speaker) continue;
    const theirs = new Set(words(d.c.text));
    const share = [...own].filter((w) => theirs.has(w)).length / own.size;
    if (share >= bestShare) {
      best = d;
      bestShare = share;
    }
  }
  return best;
}

/** Direct quotations with their speakers, in reading order. */
export function findQuotes(input: QuoteInput): Quote[] {
  const q = buildContext(input);
  return creditAll(q).map((d) => ({
    text: d.c.text,
    speaker: d.speaker?.name ?? null,
    speakerRole: d.speaker?.role ?? null,
    cue: d.attribution.cue?.text ?? null,
    paragraph: q.units[d.c.ui]?.index ?? 0,
  }));
}
