// Rules that credit a quotation through a speech cue in its own sentence.

import type { Cue } from '../cues.ts';
import type { Attribution, Candidate, QuoteContext, SpeakerRef } from '../model.ts';
import { readSpeaker } from '../speaker/index.ts';

interface Read {
  cue: Cue;
  side: 'before' | 'after';
  ref: SpeakerRef;
}

/** Every cue around the candidate with the speaker it points at, nearest first on each side. */
function reads(c: Candidate, q: QuoteContext): { after: Read[]; before: Read[] } {
  // NUL separates the text before and after the quotation for readers that care (Japanese topics).
  const sentence = `${c.around.before}\u0000${c.around.after}`;
  const read = (text: string, side: 'before' | 'after') => (cue: Cue) => ({
    cue,
    side,
    ref: readSpeaker(q, text, cue, side, sentence),
  });
  // "Pour que les otages …", "Para que …": a source cue before a complementizer is a conjunction.
  const cued = (text: string): Cue[] =>
    q.cues.find(text).filter((k) => {
      const next = /^\s*([\p{L}’']+)/u.exec(text.slice(k.end))?.[1] ?? '';
      return !(q.lex.sourceCue(k.text) && q.lex.complementizer(next.replace(/['’].*$/u, '’')));
    });
  return {
    // ("«…»، فيما عبر X عن الحادثة بقوله «…»": by saying introduces the next quotation, not this one.)
    after: cued(c.around.after)
      .filter((k) => !q.lex.forwardCue(k.text))
      .map(read(c.around.after, 'after')),
    before: cued(c.around.before).reverse().map(read(c.around.before, 'before')),
  };
}

const named = (r: Read): boolean => r.ref.kind !== 'none';

/**
 * The cues around the candidate, less a source cue right after it when a speech verb before it in the
 * sentence introduces the speaker ("وقال: «…»، حسب رويترز", `He said: "…", according to his lawyer`):
 * that source reports the words, it does not speak them; nor does a verb in its clause ("، بحسب ما قال
 * مكتبه").
 */
function spoken(c: Candidate, q: QuoteContext): { after: Read[]; before: Read[] } {
  const { after, before } = reads(c, q);
  const [first, ...rest] = after;
  const reported = first && before[0] && q.lex.sourceCue(first.cue.text) && !q.lex.sourceCue(before[0].cue.text);
  if (!reported) return { after, before };
  // The source's own verb goes with it ("، بحسب ما قال مكتبه", `, according to what his office said`).
  const own = (r: Read): boolean => !/[.،,;؛:!?؟]/u.test(c.around.after.slice(first.cue.end, r.cue.start));
  return { after: rest.filter((r) => !own(r)), before };
}

/** A subjectless cue next to the quotation keeps its place as the cue; the subject comes from further off. */
function withCue(found: Read, near: Read | undefined, rule: string): Attribution {
  if (!near || near === found || found.ref.kind === 'pronoun') return { rule, ref: found.ref, cue: found.cue };
  return { rule, ref: { ...found.ref, gender: found.ref.gender ?? near.ref.gender }, cue: near.cue };
}

/**
 * A cue and a colon right before the quotation introduce it (`الذي قال: "…"`), and the cue after it is
 * not set off by a comma: that cue opens a clause of its own (`"…" وذكر موقع الصحيفة أن …`).
 */
function introducedBefore(c: Candidate, before: Read | undefined, after: Read): boolean {
  if (!before || !/^\s*[:：]\s*$/u.test(c.around.before.slice(before.cue.end))) return false;
  return !/[,،]/u.test(c.around.after.slice(0, after.cue.start));
}

/**
 * "دعا X الحزب إلى «Q»، وحث الحكومة على …": in Arabic a cue after the quotation joined by و (after a
 * comma, a full stop or nothing), or by a conjunction that opens a clause (إذ، حيث، بينما، فيما), opens
 * a clause of its own (whose subject, left out, is the one before; الحكومة is its object) when a cue
 * with a subject before the quotation introduces it.
 */
function coordinatedAfter(c: Candidate, q: QuoteContext, before: Read | undefined, after: Read): boolean {
  if (q.fam !== 'arabic' || !before || !named(before)) return false;
  // (Or after words of the clause the quotation ends, then a comma: "…" مشيدة بالتعاون، وصرحت X "…".)
  const between = c.around.after.slice(0, after.cue.start).replace(/^[»"”]+/u, '');
  if (/^\s*[.،,]?\s*[وف]$/u.test(between) || /[.،,]\s*[وف]$/u.test(between)) return true;
  // (Or a conjunction that opens a clause of its own: "…»، إذ تشير التقديرات"، "…»، فيما قال X".)
  const opener = /[.،,]\s*(\S+)\s*$/u.exec(between)?.[1] ?? '';
  return q.lex.clauseOpener(opener) && !q.lex.relative(opener) && !/^و/u.test(opener);
}

/** Rule "quote-cue-mention": the cue right after the quotation names its speaker (`"Q," said X`, `"Q," she said`). */
export function quoteCueMention(c: Candidate, q: QuoteContext): Attribution | null {
  const { after, before } = spoken(c, q);
  const first = after[0];
  if (!first || !named(first) || introducedBefore(c, before[0], first)) return null;
  if (coordinatedAfter(c, q, before[0], first)) return null;
  return { rule: 'quote-cue-mention', ref: first.ref, cue: first.cue };
}

/**
 * Rule "mention-cue-quote": the nearest cue before the quotation with a subject (`X said: "Q"`,
 * `كما أكد بوتين أن … قائلا: "Q"` — a subjectless cue next to the quote takes the sentence's subject).
 */
export function mentionCueQuote(c: Candidate, q: QuoteContext): Attribution | null {
  const { after, before } = reads(c, q);
  const found = before.find(named);
  if (!found) return null;
  const near = after[0] && !named(after[0]) ? after[0] : before[0] && !named(before[0]) ? before[0] : undefined;
  return withCue(found, near, 'mention-cue-quote');
}

/** Rule "sentence-cue": a later cue in the same sentence names the speaker (`"Q1" and "Q2", X later said`). */
export function sentenceCue(c: Candidate, q: QuoteContext): Attribution | null {
  const { after } = reads(c, q);
  const found = after.slice(1).find(named);
  return found ? withCue(found, after[0], 'sentence-cue') : null;
}

/** Rule "subjectless-cue": a cue with no subject (`وأضاف: "Q"`, `"Q", afirmó.`): the speaker is whoever the text is about. */
export function subjectlessCue(c: Candidate, q: QuoteContext): Attribution | null {
  const { after, before } = spoken(c, q);
  const near = after[0] && !introducedBefore(c, before[0], after[0]) ? after[0] : (before[0] ?? after[0]);
  return near ? { rule: 'subjectless-cue', ref: near.ref, cue: near.cue } : null;
}

/** The longest incise between dashes that may have its verb anywhere in it. */
const MAX_INCISE = 60;

/**
 * Rule "inner-incise": the cue set between dashes inside the quotation (“Es normal –reflexiona– que …”,
 * « Il faut — a-t-il dit — agir »): the quotation is attributed, to the incise's subject if it has one.
 */
export function innerIncise(c: Candidate, q: QuoteContext): Attribution | null {
  // Dashes, or hyphens set off by spaces as many sites type them ("Questi attacchi - prosegue l'Unicef - fanno …").
  for (const m of c.text.matchAll(/(?:[–—]|\s-\s)\s*([^–—]{2,140}?)\s*(?:[–—]|\s-\s)/gu)) {
    const incise = m[1] ?? '';
    const cue = q.cues.find(incise)[0];
    if (!cue) continue;
    // A long incise is one only when it opens on the verb, its subject after it with a role in
    // apposition ("- commenta Paola Neri, presidente della Società italiana di pediatria -"); a long
    // span between dashes with a verb further in is an aside of the speaker's own.
    if (incise.length > MAX_INCISE && cue.start > 0) continue;
    return { rule: 'inner-incise', ref: readSpeaker(q, incise, cue, 'after', `\u0000${incise}`), cue };
  }
  return commaIncise(c, q);
}

/**
 * Rule "inner-incise", set off by commas (« Nous sommes inquiets, explique Marie Dupont, présidente
 * de l’association. Les prix … »): a cue right after a comma inside the quotation, its subject after
 * it. Only a named or pronoun subject counts: a cue alone there is the quoted person's own verb.
 */
function commaIncise(c: Candidate, q: QuoteContext): Attribution | null {
  if (q.fam !== 'latin') return null;
  for (const cue of q.cues.find(c.text)) {
    if (!/,\s+$/u.test(c.text.slice(Math.max(0, cue.start - 3), cue.start))) continue;
    const rest = c.text.slice(cue.start);
    const end = /[,.;!?](?=\s|$)/u.exec(rest.slice(cue.end - cue.start));
    const incise = rest.slice(0, end ? cue.end - cue.start + end.index + 1 : rest.length);
    const at = { ...cue, start: 0, end: cue.end - cue.start };
    const ref = readSpeaker(q, incise, at, 'after', `\u0000${incise}`);
    if (ref.kind === 'name' || ref.kind === 'pronoun') return { rule: 'inner-incise', ref, cue };
  }
  return null;
}

/**
 * Rule "taken-up": "«…»، هذا ما قاله كوستا" (that is what Costa said), "«…»، هذا كان تقييم القائد
 * جون تيري" (that was captain John Terry's verdict): after the quotation and a comma, an anaphoric
 * lead (lang anaphoricLeads), then a speech verb that carries the quotation as its object pronoun
 * (قاله، أضافه، أكدته) or, after "was", the noun of what was said; then the speaker.
 */
export function takenUp(c: Candidate, q: QuoteContext): Attribution | null {
  if (q.fam !== 'arabic') return null;
  const after = c.around.after;
  const comma = /^\s*[،,]\s*/u.exec(after);
  if (!comma) return null;
  const text = after.slice(comma[0].length);
  const lead = q.lex.anaphoricLead(text);
  if (!lead) return null;
  const from = comma[0].length + lead.length;
  const word = /^\s*(\p{L}+)(?=\s)/u.exec(after.slice(from));
  const printed = word?.[1] ?? '';
  const start = from + (word?.[0].length ?? 0) - printed.length;
  let cue: Cue | undefined;
  if (/ما$/u.test(lead)) {
    const base = /^(\p{L}+?)(?:ه|ها)$/u.exec(printed)?.[1] ?? '';
    const own = base ? q.cues.find(base).find((k) => k.start === 0 && k.end === base.length) : undefined;
    if (own) cue = { ...own, start, end: start + printed.length };
  } else if (printed) cue = { start, end: start + printed.length, text: printed, gender: null };
  if (!cue) return null;
  const ref = readSpeaker(q, after, cue, 'after', `\u0000${after}`);
  return ref.kind === 'name' || ref.kind === 'nominal' ? { rule: 'taken-up', ref, cue } : null;
}
