// Which name a sentence is about (the subject flag of a mention in the entity table): a name set
// off after a role that opens the sentence, a name after a determiner and a role that open a clause,
// and in Arabic a name after the verb and a role.

import type { QuoteContext, Unit } from '../model.ts';
import { sentenceAt, tokens } from '../sentences.ts';
import { phraseAt, splitArabic } from '../speaker/arabic.ts';

/**
 * "Visiblemente emocionado, el alcalde de Bédar, Ángel Collados, apenas encontraba palabras": a name
 * set off by commas after the role that opens the sentence (after at most one lead-in) is its subject.
 */
export function appositiveSubject(q: QuoteContext, unit: Unit, run: { start: number; words: string[] }): boolean {
  const [from] = sentenceAt(unit.bounds, unit.text.length, run.start);
  const lead = unit.text.slice(from, run.start);
  const end = run.start + run.words.join(' ').length;
  if (!/,\s*$/u.test(lead) || !/^\s*,/u.test(unit.text.slice(end, end + 3))) return false;
  const segs = lead
    .split(/[,،]/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  const words = tokens(segs[segs.length - 1] ?? '');
  if (segs.length > 2 || words.length > 8 || !q.lex.determiner(words[0] ?? '')) return false;
  return words.some((w) => q.lex.role(w));
}

/**
 * "…, le commerçant Ibrahima Diallo a finalement retenu que …": a name right after a determiner and a
 * role that open a clause (after a comma, or further into the sentence) is that clause's subject.
 */
export function roleLedSubject(q: QuoteContext, unit: Unit, run: { start: number; words: string[] }): boolean {
  const [from] = sentenceAt(unit.bounds, unit.text.length, run.start);
  const lead = unit.text.slice(from, run.start);
  const clause = tokens(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('،')) + 1));
  if (clause.length < 2 || clause.length > 4 || !q.lex.determiner(clause[0] ?? '')) return false;
  return clause.slice(1).every((w) => /^\p{Ll}/u.test(w)) && clause.some((w) => q.lex.role(w));
}

/**
 * "White House press secretary Karoline Leavitt took questions": a capitalized modifier and lowercase
 * words ending in a role, right before a name, make the role's holder the subject, not the modifier.
 * `role` is the text between the modifier's end and the name.
 */
export function modifierBeforeRole(q: QuoteContext, between: string): boolean {
  const words = tokens(between);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w)) &&
    q.lex.role(words[words.length - 1] ?? '')
  );
}

/**
 * "والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره …": Arabic puts the verb first; a name after the
 * verb and a role (its complement and adjectives) that open the sentence is its subject.
 */
export function verbRoleLead(q: QuoteContext, unit: Unit, at: number): boolean {
  const [from] = sentenceAt(unit.bounds, unit.text.length, at);
  let lead = tokens(unit.text.slice(from, at));
  // "الرياض: دان وزير …", "عبدالله البرقاوي- سبق- الرياض: دان …": a dateline before the verb.
  let dateline = -1;
  lead.slice(0, 6).forEach((w, k) => {
    if (/(?:^|\p{L})(?::|[-–—])$/u.test(w)) dateline = k;
  });
  if (dateline >= 0) lead = lead.slice(dateline + 1);
  // "حذر إمام المسجد الحرام فضيلة الشيخ …": an honorific before the name is the person's, not the role's.
  while (lead.length > 2 && q.lex.honorific(lead[lead.length - 1] ?? '')) lead = lead.slice(0, -1);
  // "من جهة ثانية وجه وزير الدفاع …", "وفي غضون ذلك، قال …": after an adverbial that opens the
  // sentence (with its conjunction and comma), the verb and the role.
  const adverbial = q.lex.sentenceAdverbial(lead.join(' ').replace(/^[وف](?=\S{2})/u, ''));
  if (adverbial) lead = lead.slice(tokens(adverbial).length);
  // "من جهته، هنأ د. فلان …", "بدوره، أوضح فلان": a word or two and a comma before the verb; the
  // name right after the verb is its subject.
  const comma = lead.findIndex((w) => /[،,]$/u.test(w));
  if (comma >= 0 && comma <= 1 && lead.length === comma + 2) return true;
  return opensOn(q, unit, at, lead);
}

/** verbRoleLead from the sentence's verb: `lead` is the verb, then a role that ends where the name starts. */
function opensOn(q: QuoteContext, unit: Unit, at: number, lead: readonly string[]): boolean {
  if (lead.length < 2 || lead.length > 12 || /[،,:؛]$/u.test(lead[0] ?? '')) return false;
  const rest = lead.slice(1);
  if (!q.lex.role(rest[0] ?? '')) return false;
  if (rest.length <= 5 && rest.every((w) => q.lex.role(w) || /^ال/u.test(w))) return true;
  // A longer role with its links and bodies (دان عميد الجالية اليمنية في المملكة رئيس الجالية بمنطقة
  // عسير ناصر العزيزي), as the role reader reads it: the role must end where the name starts.
  const role = rest.join(' ');
  const parts = splitArabic(phraseAt(`${role} ${unit.text.slice(at, at + 80)}`, q.lex), q.lex);
  return parts.name !== null && parts.role?.replace(/[،,]/gu, '') === role.replace(/[،,]/gu, '');
}
