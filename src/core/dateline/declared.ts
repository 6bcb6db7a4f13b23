// Shapes declared by the language files (lang/<code>.ts `dateline.shapes`):
// "{agency} - {place}", "{place}: «{agency}»", "{reporter} ({place!})", …
// compiled per script with the places, staff words and labels the files list,
// and matched slot by slot. A slot may take an unknown name only where the
// shape allows it, and one slot at least must name a known place or agency.

import { LANGS, langFor } from '../lang/index.ts';
import type { Dateline } from '../types.ts';
import { allAgencies, clean, foldDatelineWord, foldName } from './agencies.ts';
import type { Shape } from './shapes.ts';

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
  const agencies = new Set(allAgencies().map((a) => foldName(a.form)));
  const single = (words: readonly string[] | undefined): string[] =>
    (words ?? []).map(foldDatelineWord).filter((w) => w && !w.includes(' '));
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
    for (const p of d.places) t.places.add(foldName(p));
    for (const p of d.staff ?? []) t.staff.add(foldName(p));
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
  for (const w of foldDatelineWord(span).split(' ')) {
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
    const f = foldName(raw);
    const isPlace = t.places.has(f);
    const isAgency = t.agencies.has(f);
    if (e.slot === 'place' && isPlace) known.push({ start: at, end, known: true });
    else if (e.slot === 'agency' && isAgency) known.push({ start: at, end, known: true });
    else if (e.slot === 'staff') {
      // A staff phrase, with up to two more words inside brackets ("نمائندہ جنگ").
      for (let j = 0; j < k && j < 3; j++)
        if (t.staff.has(foldName(text.slice(at, ends[j]))) && (j === k - 1 || (e.bracketed && k - 1 - j <= 2))) {
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
      !ends.slice(0, k).some((x) => t.staff.has(foldName(text.slice(at, x))))
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

export function declaredShapes(kind: 'named' | 'placesOnly'): Shape {
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
export function opensWithLabel(head: string): boolean {
  const text = head.trimStart();
  WORD_RE.lastIndex = 0;
  const w = WORD_RE.exec(text);
  if (!w) return false;
  const first = foldDatelineWord(w[0]);
  return shapesByScript().some((t) => t.opens.test(text) && t.labels.has(first));
}
