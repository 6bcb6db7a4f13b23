// The dateline that opens a story body: "MOSCOW (Reuters) -", "موسكو - سبوتنيك.",
// "МОСКВА, 29 июня. /ТАСС/.", "【6月18日 AFP】". Text only. Each shape below has a
// name; when none fits with certainty the answer is null: a dateline is never invented.

import { LANGS, langFor } from './lang/index.ts';
import type { Dateline } from './types.ts';

/** How many opening paragraphs may carry the dateline (a lead paragraph can come first). */
const MAX_PARAGRAPHS = 3;

const DASH = String.raw`(?:-{1,2}|[–—‒―]{1,2})`;
// A place: one to four words, letters only (dots and apostrophes inside names).
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}.'’]*`;
// Two places may share a dateline: "BEIRUT/THE HAGUE".
const PLACE = String.raw`${WORD}(?:[ /-]${WORD}){0,3}`;
// A day and month printed after the place: "29 июня", "Oct 28", "7 oct", "DEC 5", "في 7 ديسمبر".
const DAY = String.raw`(?:(?:في\s+)?\d{1,2}\.?\s+[\p{L}\p{M}]{3,12}\.?|[\p{L}\p{M}]{3,9}\.?\s+\d{1,2})`;

interface AgencyForm {
  form: string;
  name: string;
}

let agencyForms: AgencyForm[] | null = null;

/** Every printed agency form of every language, longest first. */
function allAgencies(lang: string | null): AgencyForm[] {
  if (!agencyForms) {
    agencyForms = LANGS.flatMap((l) => l.agencies.flatMap((a) => a.forms.map((form) => ({ form, name: a.name }))));
    agencyForms.sort((a, b) => b.form.length - a.form.length);
  }
  void langFor(lang);
  return agencyForms;
}

/** Folds the letter variants of the Arabic script (hamza on alef, Persian and Urdu ya, kaf and ha, ta marbuta), tatweel, harakat, dots and spacing. */
const foldAr = (s: string): string => foldWord(s).replace(/ى/gu, 'ي');

/** foldAr, but alef maqsura stays apart from ya: the stop word على is not the name علي. */
const foldWord = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\u0640|\p{Mn}/gu, '') // tatweel and harakat
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[یې]/gu, 'ي')
    .replace(/ک/gu, 'ك')
    .replace(/[ہۀھة]/gu, 'ه')
    .replace(/[.\s\u200c]+/gu, ' ')
    .trim()
    .toLowerCase();

/** The known agency a short text names, as printed, or null. Case matters for Latin acronyms ("AP" vs "ap"). */
function knownAgency(text: string, lang: string | null): string | null {
  const t = foldAr(text);
  for (const a of allAgencies(lang)) {
    const f = foldAr(a.form);
    if (t === f && (text.includes(a.form) || !/^[A-Z]+$/.test(a.form))) return text.trim();
  }
  return null;
}

/** The known agency form found inside a bracketed text ("dpa/lno" → "dpa"). */
function agencyInside(text: string, lang: string | null): string | null {
  const whole = knownAgency(text, lang);
  if (whole) return whole;
  for (const part of text.split(/[/,;]| - /u)) {
    const hit = knownAgency(part, lang);
    if (hit) return hit;
  }
  return null;
}

/** A place must look like a proper name: capitalized or all caps in cased scripts; any Arabic/CJK word. */
function placeLike(place: string, strict: boolean): boolean {
  const words = place.split(/[\s,،]+/u).filter(Boolean);
  if (!words.length || words.length > 5 || place.length > 40) return false;
  // CJK datelines are bracketed (cjkBracket); a run of Han or kana before brackets is prose.
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(place)) return false;
  const cased = /[\p{Lu}\p{Ll}]/u.test(place);
  if (!cased) return !strict || words.length <= 3;
  // In cased scripts every main word starts upper case; a place alone before a dash must be ALL CAPS.
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (strict) return place === place.toUpperCase() && /\p{Lu}{2,}/u.test(place);
  return caps >= Math.ceil(words.length / 2) && /^\p{Lu}/u.test(words[0] ?? '');
}

const clean = (s: string): string => s.replace(/\s+/gu, ' ').trim();

type Shape = (head: string, lang: string | null) => Dateline | null;

/** 【6月18日 AFP】, 【エルサレム＝酒井圭吾】, 【ワシントン時事】, 〔記者巫其倫／台北報導〕: CJK bracket datelines. */
const cjkBracket: Shape = (head, lang) => {
  const m = /^\s*([【〔［[])([^】〕］\]]{1,30})([】〕］\]])/u.exec(head);
  if (!m) return null;
  const inner = (m[2] ?? '').trim();
  const text = m[0].trim();
  // 〔記者NAME／PLACE報導〕: the reporter, then the place.
  const rep = /^(?:記者|记者)[^／/]{1,8}[／/](\p{L}{1,8}?)(?:報導|报道|電|电)$/u.exec(inner);
  if (rep) return { place: rep[1] ?? null, agency: null, text };
  // 【PLACE＝NAME】: the place, then the reporter.
  const eq = /^(\p{L}{1,12})[＝=]\p{L}{1,10}$/u.exec(inner);
  if (eq) return { place: eq[1] ?? null, agency: null, text };
  // 【6月18日 AFP】: a date then an agency.
  const dateAg = /^\d{1,2}月\d{1,2}日\s*(.+)$/u.exec(inner);
  if (dateAg) {
    const ag = agencyInside(dateAg[1] ?? '', lang);
    return ag ? { place: null, agency: ag, text } : null;
  }
  // 【ワシントン時事】: a place glued to an agency.
  for (const a of allAgencies(lang)) {
    if (inner.endsWith(a.form) && inner.length > a.form.length && inner.length - a.form.length <= 10) {
      const place = inner.slice(0, -a.form.length).trim();
      if (/^\p{L}+$/u.test(place)) return { place, agency: a.form, text };
    }
  }
  return null;
};

/**
 * PLACE[, Country|, date] (AGENCY) [-] / PLACE[, date]. /AGENCY/. / PLACE[, date] - AGENCY. :
 * the agency in brackets or slashes, or a known agency after a dash.
 */
const placeAgency: Shape = (head, lang) => {
  const re = new RegExp(
    String.raw`^\s*(${PLACE})((?:\s*[,،]\s*(?:${DAY}|${PLACE})|\s+في\s+${DAY})*?)` +
      String.raw`(?:\s*\.?\s*(?:[(（]\s*([^()（）]{1,30}?)\s*[)）]|/\s*([^/]{1,30}?)\s*/)|\s+(?:في\s+${DAY}\s*)?${DASH}\s*(?:[(（]\s*([^()]{1,30}?)\s*[)）]|/\s*([^/]{1,30}?)\s*/|([^\s.,:،-][^.,:،\n]{0,25}?)(?=\s*[.:،,]|\s+${DASH})))` +
      String.raw`(\s*\.?\s*${DASH}{1,2}|\s*[.:]-?|\s*\.?\s*-?)`,
    'u',
  );
  const m = re.exec(head);
  if (!m) return null;
  let place = clean(
    `${m[1] ?? ''}${(m[2] ?? '').replace(new RegExp(String.raw`\s*[,،]\s*${DAY}|\s+في\s+${DAY}`, 'u'), '')}`,
  );
  const inBrackets = m[3] ?? m[4] ?? m[5] ?? m[6];
  const afterDash = m[7];
  let agency: string | null = null;
  if (inBrackets !== undefined) {
    agency = agencyInside(inBrackets, lang);
    // An unknown short acronym in brackets is still an agency ("(APA)"); anything else is not a dateline.
    // Only after an ALL CAPS wire place: "Olaf Scholz (SPD) –" names a party, not an agency.
    const wirePlace = place === place.toUpperCase() && /\p{Lu}{2,}/u.test(place);
    if (!agency && wirePlace && /^\p{Lu}[\p{Lu}\d/ -]{1,10}$/u.test(inBrackets.trim())) agency = inBrackets.trim();
  } else if (afterDash !== undefined) agency = knownAgency(afterDash, lang);
  if (!agency) return null;
  if (!placeLike(place, false)) return null;
  // "DORTMUND, Alemania (AP)": in cased scripts the city is the ALL CAPS part; the region after it is context.
  const capsCity = /^([^,،]+)[,،]/u.exec(place)?.[1]?.trim();
  if (capsCity && /\p{Lu}{2,}/u.test(capsCity) && capsCity === capsCity.toUpperCase() && place !== place.toUpperCase())
    place = capsCity;
  const text = clean(m[0]);
  return { place, agency, text };
};

/** PLACE — / PLACE -- / PLACE, DEC 5 - : a place alone, ALL CAPS in cased scripts. */
const placeDash: Shape = (head, lang) => {
  const re = new RegExp(String.raw`^\s*(${PLACE})((?:\s*[,،]\s*(?:${DAY}|${PLACE}))?)\s*(${DASH})\s`, 'u');
  const m = re.exec(head);
  if (!m) return null;
  const place = clean(m[1] ?? '');
  if (!/[\p{Lu}\p{Ll}]/u.test(place)) return null; // uncased scripts: a dash alone is not enough to tell
  if (!placeLike(place, true)) return null;
  const extra = clean(m[2] ?? '').replace(/^[,،]\s*/u, '');
  // "PLACE, Country" must be all caps too; a date is fine as printed.
  if (extra && !new RegExp(`^${DAY}$`, 'u').test(extra) && extra !== extra.toUpperCase()) return null;
  // "ПЕТРОПАВЛОВСК. КАЗИНФОРМ –": the place, then a known agency after a full stop.
  const split = /^(.+?)\.\s+(.+)$/u.exec(place);
  const agency = split ? knownAgency(split[2] ?? '', lang) : null;
  if (split && agency) return { place: split[1] ?? place, agency, text: clean(m[0]) };
  return { place, agency: null, text: clean(m[0]) };
};

/**
 * OUTLET.COM - / outlet.com, PLACE - : the outlet's web address opening the story
 * (Indonesian press: "TRIBUNNEWS.COM, JAKARTA -"); the address is the agency, not a place.
 */
const outletDomain: Shape = (head) => {
  const re = new RegExp(
    String.raw`^\s*([\p{L}\d][\p{L}\d-]*\.(?:(?:com|net|org|info|news|tv|online|media)(?:\.[a-z]{2})?|co\.[a-z]{2}))(?:\s*,\s*(${PLACE}))?\s*(${DASH})\s`,
    'iu',
  );
  const m = re.exec(head);
  if (!m) return null;
  const place = m[2] ? clean(m[2]) : null;
  if (place !== null && !placeLike(place, true)) return null;
  return { place, agency: clean(m[1] ?? ''), text: clean(m[0]) };
};

/** NAME :- : the outlet's own name before a colon-dash (Arabic press); a place if it names no outlet. */
const colonDash: Shape = (head, lang) => {
  const m = /^\s*([\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2})\s*:\s*-/u.exec(head);
  if (!m) return null;
  const name = clean(m[1] ?? '');
  const agency = agencyInside(name, lang);
  // Outlet words: news, agency, net, tv…
  if (agency || /(?:نيوز|news|وكالة|نت|تي في|tv|24)$/iu.test(name))
    return { place: null, agency: agency ?? name, text: clean(m[0]) };
  return null;
};

// ---------------------------------------------------------------------------
// Shapes declared by the language files (lang/<code>.ts `dateline.shapes`):
// "{agency} - {place}", "{place}: «{agency}»", "{reporter} ({place!})", …

type SlotKind = 'place' | 'agency' | 'reporter' | 'staff';
type Mark = '-' | ':' | '(' | ')' | '«' | '»' | '/';
type Elem = { slot: SlotKind; mustKnow: boolean; anyName: boolean; bracketed: boolean } | { mark: Mark };

const MARKS: Record<Mark, RegExp> = {
  // A dash, or a tatweel standing alone as one ("أ ف ب ـ باريس").
  '-': /\s*(?:[-–—‒―]{1,2}|(?<=\s)\u0640+)\s*/uy,
  ':': /\s*[:：]\s*/uy,
  '(': /\s*[(（]\s*/uy,
  ')': /\s*[)）]/uy,
  '«': /\s*[«"“”]\s*/uy,
  '»': /\s*[»"”“]/uy,
  '/': /\s*\/\s*/uy,
};
/** What may close a dateline: a colon (with a dash), a dash, a full stop, a comma. */
const TRAILING = /\s*(?:[:：]\s*[-–—]?|[-–—]{1,2}|\.(?![\p{L}\p{N}])|[،,])?/uy;
/** A country or region in brackets after the place ("ديار بكر (تركيا)"): printed, not part of the place. */
const REGION = /\s*[(（]\s*([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)\s*[)）]/uy;
const WORD_RE = /(?!\u0640)[\p{L}\p{M}][\p{L}\p{M}\u200c\u0640'’]*/uy;
const WORD_GAP = /[ \u00a0]+/uy;
const ABBREV_GAP = /\.[ \u00a0]*/uy;

/** Parses "{reporter} - {agency} - {place!}:" into slots and marks. */
function parseShape(shape: string): Elem[] {
  const elems: Elem[] = [];
  const re = /\{(place|agency|reporter|staff)([!*]?)\}|([-:()«»/])|\s+/gu;
  for (const m of shape.matchAll(re)) {
    if (m[1]) {
      const prev = elems.at(-1);
      const bracketed = !!prev && 'mark' in prev && (prev.mark === '(' || prev.mark === '«' || prev.mark === '/');
      elems.push({ slot: m[1] as SlotKind, mustKnow: m[2] === '!', anyName: m[2] === '*', bracketed });
    } else if (m[3]) elems.push({ mark: m[3] as Mark });
  }
  return elems;
}

interface ScriptShapes {
  /** Does the text open in this script? */
  opens: RegExp;
  /** Shapes with an agency, reporter or staff slot (tried before the shared shapes), by language. */
  named: Map<string, Elem[][]>;
  /** Shapes made of places alone ("{place!} -"): tried last. */
  placesOnly: Map<string, Elem[][]>;
  places: Set<string>;
  agencies: Set<string>;
  staff: Set<string>;
  /** Words never part of an unknown place or name: speech verbs, stop words, titles, month names, labels. */
  guard: Set<string>;
  labels: Set<string>;
}

let scriptShapes: ScriptShapes[] | null = null;

/** The shapes, places and guard words of every language that declares a `dateline` section, by script. */
function shapesByScript(): ScriptShapes[] {
  if (scriptShapes) return scriptShapes;
  const byScript = new Map<string, ScriptShapes>();
  const agencies = new Set(allAgencies(null).map((a) => foldAr(a.form)));
  const single = (words: readonly string[] | undefined): string[] =>
    (words ?? []).map(foldWord).filter((w) => w && !w.includes(' '));
  for (const l of LANGS) {
    const d = l.dateline;
    if (!d) continue;
    let t = byScript.get(d.script);
    if (!t) {
      t = {
        opens: new RegExp(String.raw`^[^\p{L}]{0,3}\p{sc=${d.script}}`, 'u'),
        named: new Map(),
        placesOnly: new Map(),
        places: new Set(),
        agencies,
        staff: new Set(),
        guard: new Set(),
        labels: new Set(),
      };
      byScript.set(d.script, t);
    }
    const named: Elem[][] = [];
    const placesOnly: Elem[][] = [];
    for (const shape of d.shapes) {
      const elems = parseShape(shape);
      (elems.every((e) => 'mark' in e || e.slot === 'place') ? placesOnly : named).push(elems);
    }
    t.named.set(l.code, named);
    t.placesOnly.set(l.code, placesOnly);
    for (const p of d.places) t.places.add(foldAr(p));
    for (const p of d.staff ?? []) t.staff.add(foldAr(p));
    for (const w of single(d.labels)) {
      t.labels.add(w);
      t.guard.add(w);
    }
    const sp = l.speech;
    // Titles and roles (وزير، مدير) are never part of a name.
    const titles = [...(sp.titles?.male ?? []), ...(sp.titles?.female ?? []), ...(sp.roles ?? [])];
    for (const w of single([
      ...sp.verbs,
      ...(sp.verbsFemale ?? []),
      ...(sp.verbsMale ?? []),
      ...(sp.stops ?? []),
      ...titles,
    ]))
      t.guard.add(w);
    for (const w of single(l.dates.months.flat())) t.guard.add(w);
  }
  scriptShapes = [...byScript.values()];
  return scriptShapes;
}

interface Span {
  start: number;
  end: number;
  known: boolean;
}

/** End offsets of the first one to `max` words from `at` ("د.ب.أ" is three one-letter words). */
function wordEnds(text: string, at: number, max: number): number[] {
  const ends: number[] = [];
  let i = at;
  while (ends.length < max) {
    WORD_RE.lastIndex = i;
    const w = WORD_RE.exec(text);
    if (!w) break;
    i = WORD_RE.lastIndex;
    ends.push(i);
    const gap = w[0].length === 1 ? ABBREV_GAP : WORD_GAP;
    gap.lastIndex = i;
    let g = gap.exec(text);
    if (!g && gap === ABBREV_GAP) {
      WORD_GAP.lastIndex = i;
      g = WORD_GAP.exec(text);
    }
    if (!g) break;
    i += g[0].length;
  }
  return ends;
}

/** Does a name of unknown words stay clear of verbs, stop words, months and labels (also behind a clitic و/ف)? */
function plainName(t: ScriptShapes, span: string): boolean {
  for (const w of foldWord(span).split(' ')) {
    if (t.guard.has(w)) return false;
    if (w.length > 3 && /^[وف]/u.test(w) && t.guard.has(w.slice(1))) return false;
  }
  return true;
}

/** The spans a slot may take at `at`: known names first, longest first, then unknown ones. */
function slotSpans(t: ScriptShapes, text: string, at: number, e: Exclude<Elem, { mark: Mark }>): Span[] {
  const ends = wordEnds(text, at, 5);
  const known: Span[] = [];
  const generic: Span[] = [];
  for (let k = ends.length; k >= 1; k--) {
    const end = ends[k - 1] as number;
    const raw = text.slice(at, end);
    const f = foldAr(raw);
    const isPlace = t.places.has(f);
    const isAgency = t.agencies.has(f);
    if (e.slot === 'place' && isPlace) known.push({ start: at, end, known: true });
    else if (e.slot === 'agency' && isAgency) known.push({ start: at, end, known: true });
    else if (e.slot === 'staff') {
      // A staff phrase, with up to two more words inside brackets ("نمائندہ جنگ").
      for (let j = 0; j < k && j < 3; j++)
        if (t.staff.has(foldAr(text.slice(at, ends[j]))) && (j === k - 1 || (e.bracketed && k - 1 - j <= 2))) {
          known.push({ start: at, end, known: false });
          break;
        }
    }
    if (e.mustKnow || e.slot === 'staff' || isPlace || isAgency || !plainName(t, raw)) continue;
    if (e.slot === 'place' && k <= 3) generic.push({ start: at, end, known: false });
    // An unknown name in brackets is an agency, unless it names the paper's own staff.
    else if (
      e.slot === 'agency' &&
      (e.bracketed || e.anyName) &&
      k <= 4 &&
      !ends.slice(0, k).some((x) => t.staff.has(foldAr(text.slice(at, x))))
    )
      generic.push({ start: at, end, known: false });
    else if (e.slot === 'reporter' && k >= 2 && k <= 4) generic.push({ start: at, end, known: false });
  }
  return [...known, ...generic];
}

/** Matches one declared shape at the start of `text`; null unless it is certain. */
function matchShape(t: ScriptShapes, text: string, elems: Elem[], minRest: number): Dateline | null {
  const spans: Array<Span & { slot: SlotKind; bracketed: boolean }> = [];
  const accept = (at: number): Dateline | null => {
    // One slot at least names a known place or agency.
    let lastKnown = -1;
    spans.forEach((s, i) => {
      if (s.known) lastKnown = i;
    });
    if (lastKnown < 0) return null;
    let end = at;
    const last = spans.at(-1);
    if (last?.slot === 'place' && last.end === at) {
      REGION.lastIndex = at;
      const r = REGION.exec(text);
      if (r && plainName(t, r[1] ?? '')) end = REGION.lastIndex;
    }
    TRAILING.lastIndex = end;
    if (TRAILING.exec(text)) end = TRAILING.lastIndex;
    const rest = text.slice(end).trim().length;
    const alone = rest === 0;
    if (!alone && rest < minRest) return null;
    // Unknown names after the last known one: only in brackets, or on a line of their own.
    if (!alone && spans.slice(lastKnown + 1).some((s) => !s.known && !s.bracketed && s.slot !== 'staff')) return null;
    const places = spans.filter((s) => s.slot === 'place');
    const agency = spans.find((s) => s.slot === 'agency');
    const first = places[0];
    const lastPlace = places.at(-1);
    return {
      place: first && lastPlace ? clean(text.slice(first.start, lastPlace.end)) : null,
      agency: agency ? clean(text.slice(agency.start, agency.end)) : null,
      text: clean(text.slice(0, end)),
    };
  };
  const step = (i: number, at: number): Dateline | null => {
    const e = elems[i];
    if (!e) return accept(at);
    if ('mark' in e) {
      const re = MARKS[e.mark];
      re.lastIndex = at;
      return re.exec(text) ? step(i + 1, re.lastIndex) : null;
    }
    for (const span of slotSpans(t, text, at, e)) {
      spans.push({ ...span, slot: e.slot, bracketed: e.bracketed });
      const d = step(i + 1, span.end);
      if (d) return d;
      spans.pop();
    }
    return null;
  };
  return step(0, 0);
}

/** The shapes of the page's language first, then those of the other languages of its script. */
function ordered(byLang: Map<string, Elem[][]>, lang: string | null): Elem[][] {
  const own = langFor(lang)?.code;
  const first = own ? (byLang.get(own) ?? []) : [];
  return [...first, ...[...byLang].filter(([code]) => code !== own).flatMap(([, list]) => list)];
}

/**
 * A place alone before a dash or colon opens a story only when a sentence follows,
 * longer than a headline ("واشنطن: لا تراجع عن العقوبات" is a headline), or nothing does.
 */
const HEADLINE_MAX = 80;

function declaredShapes(kind: 'named' | 'placesOnly'): Shape {
  return (head, lang) => {
    const text = head.trimStart();
    for (const t of shapesByScript()) {
      if (!t.opens.test(text)) continue;
      for (const elems of ordered(t[kind], lang)) {
        const d = matchShape(t, text, elems, kind === 'placesOnly' ? HEADLINE_MAX : 0);
        if (d) return d;
      }
    }
    return null;
  };
}

/** A byline or a section label ("كتب", "حوار:", "عاجل -") opens no dateline. */
function opensWithLabel(head: string): boolean {
  const text = head.trimStart();
  WORD_RE.lastIndex = 0;
  const w = WORD_RE.exec(text);
  if (!w) return false;
  const first = foldWord(w[0]);
  return shapesByScript().some((t) => t.opens.test(text) && t.labels.has(first));
}

const SHAPES: Shape[] = [
  cjkBracket,
  declaredShapes('named'),
  placeAgency,
  colonDash,
  outletDomain,
  placeDash,
  declaredShapes('placesOnly'),
];

/** The dateline that opens the story body, or null. Never invents one. */
export function findDateline(paragraphs: readonly string[], lang: string | null): Dateline | null {
  let seen = 0;
  for (const p of paragraphs) {
    const head = p.replace(/\s+/gu, ' ').trimStart().slice(0, 120);
    if (head.length < 3) continue;
    if (!opensWithLabel(head)) {
      for (const shape of SHAPES) {
        const d = shape(head, lang);
        if (d) return d;
      }
    }
    // Short blocks (kickers, captions, labels) do not use up the opening paragraphs.
    if (p.length >= 60 && ++seen >= MAX_PARAGRAPHS) break;
  }
  return null;
}
