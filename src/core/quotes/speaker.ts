// Reading a speaker next to a speech cue, per script family, and resolving
// pronouns and surnames against the names the article gives.

import { LANGS } from '../lang/index.ts';
import type { LangModule } from '../lang/types.ts';
import type { Cue, Family, Gender } from './cues.ts';

export interface Who {
  /** A name or body as printed; null when the cue has no subject (وأضاف:, he said). */
  name: string | null;
  /** Gender told by a pronoun, title or verb form. */
  gender: Gender;
  pronoun: boolean;
}

const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}\p{N}'’.\-\uFFFD]*$/u;
const CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'of',
  'y',
  'e',
]);

/** Words never read as names in these languages: listed words, and common nouns told by their endings. */
interface NotNames {
  has(word: string): boolean;
}
const notNamesCache = new WeakMap<LangModule[], NotNames>();
function notNames(mods: LangModule[]): NotNames {
  const hit = notNamesCache.get(mods);
  if (hit) return hit;
  const words = new Set<string>();
  const endings: string[] = [];
  for (const m of mods) {
    for (const w of m.speech.notNames ?? []) words.add(w);
    const p = m.speech.pronouns;
    if (p) for (const w of [...p.male, ...p.female, ...p.other]) words.add(w);
    endings.push(...(m.speech.nounEndings ?? []));
  }
  // A stem of five letters or more before the ending: Erklärung, Berufung are nouns; Jung, Hartung stay names.
  const noun = endings.length ? new RegExp(`^\\p{Lu}\\p{L}{4,}(?:${endings.join('|')})$`, 'u') : null;
  const stop: NotNames = { has: (w) => words.has(w) || (noun !== null && noun.test(w)) };
  notNamesCache.set(mods, stop);
  return stop;
}

function pronounGender(word: string, mods: LangModule[]): Gender | 'other' | undefined {
  for (const m of mods) {
    const p = m.speech.pronouns;
    if (!p) continue;
    if (p.male.includes(word)) return 'male';
    if (p.female.includes(word)) return 'female';
    if (p.other.includes(word)) return 'other';
  }
  return undefined;
}

/** Gender from a title inside a name run (Prince Harry, Duchess of Sussex, Mme Dupont). */
export function titleGender(name: string, mods: LangModule[]): Gender {
  const words = name.split(/\s+/u);
  for (const m of mods) {
    const t = m.speech.titles;
    if (!t) continue;
    if (words.some((w) => t.female.includes(w))) return 'female';
    if (words.some((w) => t.male.includes(w))) return 'male';
  }
  return null;
}

const tokens = (s: string): string[] => s.split(/[\s\u00a0]+/u).filter((t) => t.length > 0);
const bare = (t: string): string => t.replace(/^[("'“”«»„‘’]+|[)"'“”«»„‘’,;:.!?]+$/gu, '');

/** The capitalized name run that ends a text (`… Andrew Pollard`), or null. */
function trailingName(text: string, stop: NotNames): string | null {
  if (/[,;:.!?]\s*$/u.test(text)) return null;
  const toks = tokens(text);
  const run: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const raw = toks[i] ?? '';
    const t = bare(raw);
    if (run.length > 0 && /[,;:.!?)]$/u.test(raw) && !/^\p{Lu}\.$/u.test(raw)) break;
    if (NAME_TOKEN.test(t) && !stop.has(t)) run.unshift(t);
    else if (run.length > 0 && CONNECTORS.has(t) && i > 0 && NAME_TOKEN.test(bare(toks[i - 1] ?? ''))) run.unshift(t);
    else break;
    if (run.length >= 6) break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0] ?? '')) run.shift();
  // A lone initial ("М", "Я") is not a name.
  if (run.length === 1 && (run[0] ?? '').replace(/\.$/u, '').length < 2) return null;
  return run.length > 0 ? run.join(' ') : null;
}

/** The capitalized name run that starts a text (`Andrew Pollard, director …`), or null. */
function leadingName(text: string, stop: NotNames): string | null {
  const toks = tokens(text);
  let i = 0;
  // "said the Kremlin", "according to the ministry": skip one article or preposition.
  if (toks[0] && /^(the|la|le|el|der|die|das|в|во|у)$/u.test(toks[0])) i = 1;
  const run: string[] = [];
  for (; i < toks.length && run.length < 6; i++) {
    const raw = toks[i] ?? '';
    const t = bare(raw);
    if (NAME_TOKEN.test(t) && !stop.has(t)) run.push(t);
    else if (run.length > 0 && CONNECTORS.has(t)) run.push(t);
    else break;
    if (/[,;:.!?)]$/u.test(raw) || /["”»]$/u.test(raw)) break;
  }
  while (run.length > 0 && CONNECTORS.has(run[run.length - 1] ?? '')) run.pop();
  return run.length > 0 ? run.join(' ') : null;
}

/** Speaker before a cue, skipping an appositive: `Pollard, director of the group, said`. */
function nameBeforeCue(text: string, stop: NotNames): string | null {
  // Auxiliaries and adverbs between subject and verb: "Stefan Lofven has urged", "Smith also said".
  const before = text.replace(
    /\s(?:has|have|had|was|is|were|will|would|also|later|then|again|previously|once|further)(?:\s+(?:also|been|later))?\s*$/u,
    ' ',
  );
  const direct = trailingName(before.trimEnd(), stop);
  if (direct) return direct;
  const segs = before.split(/[,،]/u);
  for (let k = segs.length - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const seg = (segs[k] ?? '').trim();
    if (seg.length === 0) continue;
    seen++;
    const name = trailingName(seg, stop);
    if (name && name === tokens(seg).map(bare).join(' ')) return name;
    // A lowercase segment is an appositive (", director of the group,"); anything else ends the search.
    if (/^\p{Ll}/u.test(seg)) continue;
    return null;
  }
  return null;
}

/** Latin and Cyrillic scripts: pronoun next to the cue, name before it, or name after it. */
function latinWho(ctx: string, cue: Cue, side: 'before' | 'after', mods: LangModule[]): Who | null {
  const stop = notNames(mods);
  const before = ctx.slice(0, cue.start);
  const after = ctx.slice(cue.end);
  const prevWord = bare(tokens(before).pop() ?? '');
  const nextWord = bare(tokens(after)[0] ?? '');
  // French inversion carries the pronoun in the cue: "a-t-il dit", "dit-elle".
  const inverted = /-(?:t-)?(il|elle|ils|elles)$/u.exec(cue.text);
  if (inverted)
    return {
      name: null,
      gender: inverted[1] === 'il' ? 'male' : inverted[1] === 'elle' ? 'female' : null,
      pronoun: true,
    };
  // "Q," she remembered telling Harry: the word right after the quotation is the subject.
  const firstWord = side === 'after' ? bare(tokens(ctx)[0] ?? '') : '';
  for (const w of [prevWord, nextWord, firstWord]) {
    const g = pronounGender(w, mods);
    if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
  }
  const pre = nameBeforeCue(before, stop);
  // "said Oliver Peiler", "dijo el portavoz Oliver Peiler": up to three lowercase words before the name.
  const afterName = /^[\s,:—–-]*(?:\p{Ll}+\s+){0,3}(?=["«“„]?\p{Lu})/u.exec(after);
  const post = afterName ? leadingName(after.slice(afterName[0].length), stop) : null;
  // Verb-second languages put the subject after the verb ("sagte Trump"), and capitalize nouns.
  const v2 = mods[0]?.code === 'de';
  const name = side === 'after' ? (pre ?? post) : v2 ? (post ?? pre) : (pre ?? post);
  if (name) return { name, gender: cue.gender ?? titleGender(name, mods), pronoun: false };
  // Rule "described-speaker": "…, a dit l’avocat de la partie." — a description after the cue.
  const described =
    /^[\s,]*((?:l’|l'|le |la |les |un |une |el |los |las |der |die |das |ein |eine )[^,.;:!?«»"“”()]{2,60}?)\s*(?=[,.;:!?«»"“”()]|$)/u.exec(
      after,
    );
  if (side === 'after' && described?.[1] && described[1].split(/\s+/u).length <= 7)
    return { name: described[1].trim(), gender: cue.gender, pronoun: false };
  // "he declined, saying …": the subject of the clause before the cue.
  const clause = before
    .split(/[,،;]/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  const last = clause[clause.length - 1];
  if (last) {
    const g = pronounGender(bare(tokens(last)[0] ?? ''), mods);
    if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
  }
  return { name: null, gender: cue.gender, pronoun: false };
}

/** Rule "ar-topic": a subject put before its verb, `أما الائتلاف الوطني، فقد دعا`. */
function arabicTopic(before: string, stops: NotNames): Who | null {
  const m =
    /(?:^|[.،,:؛]\s*)(?:أما|و)?\s*((?:ال[\p{Script=Arabic}]+)(?:\s+[\p{Script=Arabic}]+){0,5})\s*[،,]?\s*(?:ف?قد|ف)?\s*$/u.exec(
      before,
    );
  const phrase = m?.[1];
  if (!phrase || phrase.split(/\s+/u).some((w) => stops.has(w))) return null;
  return { name: phrase, gender: null, pronoun: false };
}

/** Persian (verb last): the speaker opens the sentence, or the first clause not led by a connector. */
function persianWho(before: string, mods: LangModule[]): Who {
  const stops = new Set<string>(['آنچنان', 'چنانچه', 'همانطور', 'همان‌طور', 'اما', 'و', 'که']);
  for (const m of mods) for (const w of m.speech.stops ?? []) stops.add(w);
  for (const seg of before.split(/[،,]/u)) {
    const words = seg
      .trim()
      .split(/\s+/u)
      .filter((w) => w.length > 0);
    if (words.length === 0 || stops.has(words[0] ?? '')) continue;
    const kept: string[] = [];
    for (const w of words) {
      if (stops.has(w) || kept.length >= 6) break;
      kept.push(w);
    }
    if (kept.length > 0) return { name: kept.join(' '), gender: null, pronoun: false };
  }
  return { name: null, gender: null, pronoun: false };
}

/** Arabic script: the verb comes first, its subject follows up to a preposition or punctuation. */
function arabicWho(ctx: string, cue: Cue, mods: LangModule[]): Who {
  const stops = new Set<string>();
  for (const m of mods) for (const w of m.speech.stops ?? []) stops.add(w);
  const after = ctx.slice(cue.end);
  if (/^\s*[:："“”«]/u.test(after) || after.trim().length === 0)
    return { name: null, gender: cue.gender, pronoun: false };
  const words: string[] = [];
  for (const raw of after.trim().split(/\s+/u)) {
    const w = raw.replace(/[،,:؛.]+$/u, '');
    if (w.length === 0 || stops.has(w) || /^["“”«»(]/u.test(w) || /^\p{N}/u.test(w)) break;
    // A word glued to a preposition (لـ، بـ) or a conjunction starts a new clause.
    if (words.length > 0 && /^(و|ف)?(ب|ل)?(أن|إن|ان)/u.test(w) && w.length <= 5) break;
    // A name then its title in apposition ("ترك آل الشيخ رئيس هيئة …"): the name is enough.
    if (words.length > 0 && !(words[0] ?? '').startsWith('ال') && titleGender(w, mods) !== null && !w.startsWith('ال'))
      break;
    words.push(w);
    if (w !== raw || words.length >= 6) break;
  }
  if (words.length === 0)
    return arabicTopic(ctx.slice(0, cue.start), stops) ?? { name: null, gender: cue.gender, pronoun: false };
  const g = pronounGender(words[0] ?? '', mods);
  if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
  return { name: words.join(' '), gender: cue.gender ?? titleGender(words.join(' '), mods), pronoun: false };
}

const CJK_SPLIT = /[，,。：:、；;！？!?\s“”「」『』"（）()]/u;
/** Words that follow a Chinese subject before its verb (在, 也, 纷纷…), from the lang files: the subject ends there. */
const AFTER_SUBJECT = new RegExp(`(?:${LANGS.flatMap((l) => l.speech.afterSubject ?? []).join('|') || '(?!)'})`, 'u');

/** The last Japanese topic (…は / …が) before the quotation, else the first one after it. */
function lastTopic(sentence: string): RegExpExecArray | null {
  const beforeQuote = sentence.split('\u0000')[0] ?? sentence;
  const topics = [...beforeQuote.matchAll(/(?:^|[、。，,「」『』“”\s])([^、。，,「」『』“”\s]{1,20}?)(?:は|が)/gu)];
  return topics[topics.length - 1] ?? /([^、。，,「」『』“”\s]{1,20}?)(?:は|が)/u.exec(sentence);
}

/** Chinese and Japanese: the subject precedes the cue (他表示, 地元当局者は…と述べた). */
function cjkWho(ctx: string, cue: Cue, sentence: string, mods: LangModule[]): Who | null {
  // Japanese: the last topic (…は / …が) before the quotation is its speaker.
  const topic = /と|によると/u.test(cue.text) ? lastTopic(sentence) : null;
  // A topic with digits or a clause particle (を, で, に) is a clause, not a speaker.
  if (topic && !/[\p{N}をでにへ]/u.test(topic[1] ?? '')) {
    const name = topic[1] ?? '';
    const g = pronounGender(name, mods);
    if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
    return { name, gender: null, pronoun: false };
  }
  const before = ctx.slice(0, cue.start);
  const parts = before.split(CJK_SPLIT);
  let pi = parts.length - 1;
  // "吳宗憲在節目中，對來賓說" — a clause opening with a preposition has its subject in the clause before.
  while (pi > 0 && /^(對|对|向|跟|和|与|與|同|為|为|給|给)/u.test(parts[pi] ?? '')) pi--;
  let phrase = parts[pi] ?? '';
  const cut = AFTER_SUBJECT.exec(phrase);
  if (cut && cut.index > 0) phrase = phrase.slice(0, cut.index);
  phrase = phrase.replace(/^(而且|而|但是|但|並且|并且|並|并|且|另外|此外|同时|同時|因为|因為|所以|由于|由於)/u, '');
  // A subject is a short name or title, never a clause with 的 (中国人习以为常的地方).
  if (phrase.length === 0 || phrase.length > 10 || phrase.includes('的'))
    return { name: null, gender: null, pronoun: false };
  const g = pronounGender(phrase, mods);
  if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
  return { name: phrase, gender: null, pronoun: false };
}

/** Korean titles after a name or a bare surname (이 후보, 김 의원). */
const KO_TITLE = /^(후보|대표|의원|대통령|장관|위원장|총리|씨|교수|회장|시장|지사|전 대통령|원내대표|대변인)$/u;

/** Korean: the subject carries a topic particle before the quotation (이재명 후보는 "…", 이 후보는 "…"). */
function koreanWho(sentence: string, mods: LangModule[], texts: readonly string[]): Who {
  // The first topic (…은/는) that reads as a person: a pronoun, a name with a title, a surname with a
  // title, or a three-syllable name; places and times (간담회에는, 여수에서는) are skipped.
  for (const m of sentence.matchAll(/(?:^|\s)([가-힣]{1,4})(?:\s([가-힣]{1,5}))?(?:은|는)\s/gu)) {
    const head = m[1] ?? '';
    const title = m[2] ?? '';
    if (/[에서로와과도]$/u.test(head)) continue;
    const g = pronounGender(m[0].trim(), mods);
    if (g) return { name: null, gender: g === 'other' ? null : g, pronoun: true };
    if (title && !KO_TITLE.test(title)) continue;
    if (head.length === 1 && title) {
      // A surname and a title: the full name is the most frequent three-syllable word starting with it.
      const counts = new Map<string, number>();
      for (const t of texts)
        for (const w of t.matchAll(new RegExp(`(?<![가-힣])${head}[가-힣]{2}(?=\\s|$|[은는이가의,.])`, 'gu')))
          counts.set(w[0], (counts.get(w[0]) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      return { name: best ? best[0] : `${head} ${title}`, gender: null, pronoun: false };
    }
    if (head.length >= 2 && (title || head.length === 3)) return { name: head, gender: null, pronoun: false };
  }
  return { name: null, gender: null, pronoun: false };
}

/**
 * Rule "signed": a quotation that opens its unit and is followed only by its speaker's name, as in
 * pull quotes and captions (`"…" — Jane Smith, union president`, `«…», — Владимир Путин`), Korean
 * quote boxes (`"…" 이재명 더불어민주당 대선 후보`) and Korean headlines (`"…"... 국민 통합 외친 이재명`).
 * `tail` is the unit's text after the closing mark.
 */
export function signedBy(tail: string, fam: Family, mods: LangModule[]): string | null {
  const t = tail.replace(/^[\s.…]+/u, '').trimEnd();
  if (fam === 'hangul') {
    // A name is three syllables (or two to four with a title after it); 선언 ("declaration") is not one.
    const box = /^([가-힣]{2,4})(?:\s+[가-힣A-Za-z0-9·]+)*$/u.exec(t);
    const words = t.split(/\s+/u);
    // Verb endings and particles (주장도, 밝혔다) end words that are not names.
    const named = box?.[1] && !/[다고도며서요는은을를에의와과로]$/u.test(box[1]) ? box[1] : null;
    if (named && (named.length === 3 || words.slice(1).some((w) => KO_TITLE.test(w)))) return named;
    // Korean headlines: a verb form qualifying the name that ends the unit (외친 이재명).
    const verbs = mods.flatMap((m) => m.speech.beforeName ?? []);
    if (!verbs.length) return null;
    return new RegExp(`(?:^|\\s)(?:${verbs.join('|')})\\s+([가-힣]{2,4})$`, 'u').exec(t)?.[1] ?? null;
  }
  if (fam !== 'latin') return null;
  // Cased scripts: a dash, then a capitalized name and at most a short description.
  const dash = /^,?\s*[—–]\s*|^,?\s*--?\s+/u.exec(t);
  if (!dash) return null;
  // The name is the whole first segment; a description may follow a comma (", union president").
  const [head = '', ...desc] = t.slice(dash[0].length).split(',');
  const name = leadingName(head, notNames(mods));
  if (!name || name !== tokens(head).map(bare).join(' ')) return null;
  const rest = desc.join(',');
  return rest.length <= 80 && !/[.!?"“”«»].*\S/u.test(rest) ? name : null;
}

/** The speaker a cue points at. `ctx` holds the cue; `sentence` is the whole sentence around the quote. */
export function whoAt(
  ctx: string,
  cue: Cue,
  side: 'before' | 'after',
  sentence: string,
  fam: Family,
  mods: LangModule[],
  texts: readonly string[] = [],
): Who | null {
  if (fam === 'arabic' && mods[0]?.code === 'fa') return persianWho(ctx.slice(0, cue.start), mods);
  if (fam === 'arabic') return arabicWho(ctx, cue, mods);
  if (fam === 'cjk') return cjkWho(ctx, cue, sentence, mods);
  if (fam === 'hangul') return koreanWho(sentence, mods, texts);
  return latinWho(ctx, cue, side, mods);
}

/** Every capitalized name run in the texts, for resolving a surname to the full name. */
export function collectNames(
  texts: readonly string[],
  mods: LangModule[],
  keep: (pos: number) => boolean = () => true,
): Array<{ name: string; pos: number }> {
  const stop = notNames(mods);
  const out: Array<{ name: string; pos: number }> = [];
  for (const t of texts) {
    for (const m of t.matchAll(
      /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|da|del|di|van|von|bin|al|el)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)+/gu,
    )) {
      const words = m[0].split(/\s+/u);
      while (words.length > 0 && stop.has(words[0] ?? '')) words.shift();
      // A run with no lowercase letter is a dateline place or a heading (LOS ANGELES (AP) —), not a person.
      if (words.every((w) => !/\p{Ll}/u.test(w))) continue;
      if (words.length >= 2 && keep(m.index ?? 0)) out.push({ name: words.join(' '), pos: m.index ?? 0 });
    }
  }
  return out;
}

const ARABIC_NAME_STOP =
  /^(و|ف)?(قال|أضاف|أكد|أشار|أوضح|صرح|في|من|عن|على|إلى|مع|أن|إن|كما|بعد|قبل|رئيس|الرئيس|وزير|الوزير)$/u;

/** A surname alone becomes the fullest name printed for it (Putin → Vladimir Putin, بوتين → فلاديمير بوتين). */
export function fullName(name: string, fam: Family, known: readonly string[], texts: readonly string[]): string {
  if (/\s/u.test(name.trim())) return name;
  if (fam === 'arabic') {
    const re = new RegExp(`(?<![\\p{L}])([\\p{Script=Arabic}]{3,})[\\s،,]+${name}(?![\\p{L}])`, 'gu');
    for (const t of texts) {
      for (const m of t.matchAll(re)) {
        const first = m[1] ?? '';
        if (!first.startsWith('ال') && !ARABIC_NAME_STOP.test(first)) return `${first} ${name}`;
      }
    }
    return name;
  }
  if (fam !== 'latin') return name;
  let best = name;
  for (const k of known) {
    const words = k.split(' ');
    if (words[words.length - 1] === name && k.length > best.length) best = k;
  }
  return best;
}
