// Rules that credit a quotation without a speech verb: a name and a colon
// before it, or a name signing it after.

import type { Attribution, Candidate, QuoteContext } from '../model.ts';
import { nameRef } from '../model.ts';
import { bare, sentenceAt, tokens } from '../sentences.ts';
import { readSpeaker, signedBy } from '../speaker/index.ts';
import { trailingName } from '../speaker/latin.ts';

/** Rule "colon-intro": `Putin: "…"` or, in a headline, `이재명 "…"` — a short name before the marks. */
export function colonIntro(c: Candidate, q: QuoteContext): Attribution | null {
  const headline = (q.units[c.ui]?.index ?? 0) < 0;
  const t = c.around.before.trim();
  const colon = /^([\p{L}\p{M}.'’\- ]{2,40})[:：]$/u.exec(t);
  const long = /^([\p{L}\p{M}.'’\- ]{2,80})[:：]$/u.exec(t)?.[1];
  const roled = long ? roleThenName(long, q) : null;
  if (roled) return { rule: 'colon-intro', ref: nameRef(roled.name, null, roled.role), cue: null };
  const name = colon?.[1] ?? (headline && /^[\p{L}\p{M}.'’\- ]{2,20}$/u.test(t) ? t : null);
  if (!name) return null;
  const words = name.trim().split(/\s+/u);
  while (words.length > 1 && q.lex.notName(words[0] ?? '')) words.shift();
  if (words.some((w) => q.cues.find(w).length > 0)) return null;
  // "مكتوب عليها:" (written on it): a preposition, a pronoun or a particle is no word of a name.
  if (q.fam === 'arabic' && words.some((w) => q.lex.stop(w))) return null;
  // In cased scripts a name has every word capitalized ("Наступна цитата:" is not a speaker), and
  // one capitalized word before a colon is more often an adverb ("Впрочем:") than a name.
  if (words.some((w) => /^\p{Ll}/u.test(w))) return null;
  // A live-blog entry ('Starmer: "…"', the whole paragraph) is the exception: a surname, not printed
  // lowercase elsewhere, before a quotation that ends the paragraph.
  const entry =
    c.endsUnit &&
    c.around.before === (q.units[c.ui]?.text ?? '').slice(0, c.span.open) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(words[0] ?? '') &&
    !q.lex.common(words[0] ?? '') &&
    !q.lex.notName(words[0] ?? '');
  if (!headline && words.length < 2 && /^\p{Lu}/u.test(name) && !entry) return null;
  if (words.length > 4) return null;
  return { rule: 'colon-intro', ref: nameRef(words.join(' ')), cue: null };
}

/** Rule "signed": a quotation opening its unit and followed only by its speaker (pull quotes, Korean quote boxes). */
export function signed(c: Candidate, q: QuoteContext): Attribution | null {
  if (!c.opensUnit || c.endSpan.close === null) return null;
  const unit = q.units[c.endUi];
  if (!unit) return null;
  const who = signedBy(q, unit.text.slice(c.endSpan.close + 1));
  return who ? { rule: 'signed', ref: nameRef(who.name, null, who.role), cue: null } : null;
}

/** Rule "colon-subject": 他还…对比：“…”, and Persian — a colon introduces speech; the subject is before it. */
export function colonSubject(c: Candidate, q: QuoteContext): Attribution | null {
  if (q.fam !== 'cjk' && !(q.fam === 'arabic' && q.lex.verbFinal)) return null;
  const colon = /[:：]\s*$/u.exec(c.around.before);
  if (!colon) return null;
  const cue = { start: colon.index, end: colon.index + 1, text: colon[0].trim(), gender: null };
  const ref = readSpeaker(q, c.around.before, cue, 'before', c.around.before);
  return ref.kind === 'name' || ref.kind === 'pronoun' ? { rule: 'colon-subject', ref, cue } : null;
}

/**
 * Rule "next-sentence": '“…”. Así lo ha asegurado el ministro X', '«…». Lo ha detto la premier X',
 * '« … ». C’est ce qu’a affirmé X', '«…». Così il ministro X.' — a quotation with no cue of its own,
 * taken up by the sentence after it, which names the speaker after its verb.
 */
export function nextSentence(c: Candidate, q: QuoteContext): Attribution | null {
  const unit = q.units[c.endUi];
  if (q.fam !== 'latin' || !unit || c.endSpan.close === null) return null;
  if (!/^[\s.!?…]*$/u.test(c.around.after)) return null;
  const rest = unit.text.slice(c.endSpan.close + 1);
  const gap = /^[\s.!?…]*/u.exec(rest)?.[0] ?? '';
  const from = c.endSpan.close + 1 + gap.length;
  const [, to] = sentenceAt(unit.bounds, unit.text.length, from);
  const printed = unit.text.slice(from, Math.max(from, to));
  const lead = q.lex.anaphoricLead(printed);
  if (!lead) return null;
  // The lead is no subject ("Assim disse o presidente …"): blanked, offsets kept.
  const at = printed.indexOf(lead);
  const sentence = printed.slice(0, at) + ' '.repeat(lead.length) + printed.slice(at + lead.length);
  const cue = q.cues.find(sentence)[0] ?? { start: 0, end: lead.length, text: lead, gender: null };
  if (cue.start > 40) return null;
  const ref = readSpeaker(q, sentence, cue, 'after', `\u0000${sentence}`);
  return ref.kind === 'name' || ref.kind === 'nominal' ? { rule: 'next-sentence', ref, cue } : null;
}

/**
 * "Così il ministro degli Esteri Antonio Tajani:", "Der Ökonom Jens Südekum:": a role (with its
 * determiner, complement and an anaphoric lead) and the name that ends the text before the colon.
 */
function roleThenName(text: string, q: QuoteContext): { name: string; role: string } | null {
  if (q.fam !== 'latin') return null;
  const lead = q.lex.anaphoricLead(text);
  const rest = lead ? text.slice(text.indexOf(lead) + lead.length) : text;
  const named = trailingName(rest.trim(), q.lex);
  if (!named) return null;
  const words = tokens(rest).map(bare);
  const before = words.slice(0, words.length - [named.role, named.name].filter(Boolean).join(' ').split(' ').length);
  if (before.length === 0 || before.length > 6 || !q.lex.determiner(before[0] ?? '')) return null;
  // Only the role, its links and its capitalized complement stand before the name.
  const fits = (w: string): boolean =>
    q.lex.role(w) || q.lex.determiner(w) || q.lex.roleLink(w) || q.lex.connector(w) || /^\p{Lu}/u.test(w);
  if (!before.some((w) => q.lex.role(w)) || !before.every(fits) || named.name.split(' ').length < 2) return null;
  return { name: named.name, role: [...before.slice(1), named.role].filter(Boolean).join(' ') };
}
