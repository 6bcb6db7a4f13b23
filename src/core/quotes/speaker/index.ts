// Which reader applies: the speaker next to a cue, by script family and word order.

import type { Cue } from '../cues.ts';
import { pronounRef, type QuoteContext, type SpeakerRef } from '../model.ts';
import { readArabic, readVerbFinal } from './arabic-cue.ts';
import { koreanSignature, readCjk, readKorean } from './cjk.ts';
import { leadingName, readLatin } from './latin.ts';
import { bare, tokens } from '../sentences.ts';

/**
 * The speaker a cue points at. `text` holds the cue; `side` says whether the cue is before or after
 * the quotation; `sentence` is the sentence around it (NUL where the quotation stands).
 */
export function readSpeaker(
  q: QuoteContext,
  text: string,
  cue: Cue,
  side: 'before' | 'after' | 'reported',
  sentence: string,
): SpeakerRef {
  if (q.fam === 'arabic' && q.lex.verbFinal) return readVerbFinal(text.slice(0, cue.start), q.lex);
  if (q.fam === 'arabic') return readArabic(text, cue, q.lex);
  if (q.fam === 'cjk') return readCjk(text, cue, sentence, q.lex);
  if (q.fam === 'hangul')
    return readKorean(
      sentence,
      q.lex,
      q.units.map((u) => u.text),
    );
  return subjectlessSource(q, text, cue) ? pronounRef(null) : readLatin(text, cue, side, q.lex);
}

/**
 * "…", según ha concluido.: a source cue, then a speech verb (after at most one word, an auxiliary)
 * that ends the clause with no subject: "as he concluded", whoever the text is about.
 */
function subjectlessSource(q: QuoteContext, text: string, cue: Cue): boolean {
  if (!q.lex.sourceCue(cue.text)) return false;
  const rest = text.slice(cue.end);
  const verb = q.cues.find(rest)[0];
  return (
    verb !== undefined &&
    /^\s*(?:\p{Ll}+\s+)?$/u.test(rest.slice(0, verb.start)) &&
    /^\s*(?:[.,;:!?]|$)/u.test(rest.slice(verb.end))
  );
}

/**
 * A quotation that opens its unit and is followed only by its speaker's name, as in pull quotes
 * (`"…" — Jane Smith, union president`, `«…», — Владимир Путин`), Korean quote boxes and
 * headlines. `tail` is the unit's text after the closing mark.
 */
export function signedBy(q: QuoteContext, tail: string): { name: string; role: string | null } | null {
  if (q.fam === 'hangul') {
    const name = koreanSignature(tail, q.lex);
    return name ? { name, role: null } : null;
  }
  if (q.fam !== 'latin') return null;
  const t = tail.replace(/^[\s.…]+/u, '').trimEnd();
  const dash = /^,?\s*[—–]\s*|^,?\s*--?\s+/u.exec(t);
  if (!dash) return null;
  // The name is the whole first segment; a description may follow a comma (", union president").
  const [head = '', ...desc] = t.slice(dash[0].length).split(',');
  const parts = leadingName(head, q.lex);
  if (!parts || [parts.role, parts.name].filter(Boolean).join(' ') !== tokens(head).map(bare).join(' ')) return null;
  const rest = desc.join(',').trim();
  if (rest.length > 80 || /[.!?"“”«»].*\S/u.test(rest)) return null;
  return { name: parts.name, role: parts.role ?? (rest || null) };
}
