// The dateline shapes written out here, shared by every language: CJK
// brackets, a place and an agency, a place alone before a dash, an outlet's web
// address, an outlet's name before a colon-dash. Text only.

import { CJK_ANY } from '../text/scripts.ts';
import type { Dateline } from '../types.ts';
import { agencyInside, allAgencies, clean, knownAgency } from './agencies.ts';

const DASH = String.raw`(?:-{1,2}|[–—‒―]{1,2})`;
// A place: one to four words, letters only (dots and apostrophes inside names).
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}.'’]*`;
// Two places may share a dateline: "BEIRUT/THE HAGUE".
const PLACE = String.raw`${WORD}(?:[ /-]${WORD}){0,3}`;
// A day and month printed after the place: "29 июня", "Oct 28", "7 oct", "DEC 5", "في 7 ديسمبر".
const DAY = String.raw`(?:(?:في\s+)?\d{1,2}\.?\s+[\p{L}\p{M}]{3,12}\.?|[\p{L}\p{M}]{3,9}\.?\s+\d{1,2})`;

/** A place must look like a proper name: capitalized or all caps in cased scripts; any Arabic/CJK word. */
function placeLike(place: string, strict: boolean): boolean {
  const words = place.split(/[\s,،]+/u).filter(Boolean);
  if (!words.length || words.length > 5 || place.length > 40) return false;
  // CJK datelines are bracketed (cjkBracket); a run of Han or kana before brackets is prose.
  if (CJK_ANY.test(place)) return false;
  const cased = /[\p{Lu}\p{Ll}]/u.test(place);
  if (!cased) return !strict || words.length <= 3;
  // In cased scripts every main word starts upper case; a place alone before a dash must be ALL CAPS.
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (strict) return place === place.toUpperCase() && /\p{Lu}{2,}/u.test(place);
  return caps >= Math.ceil(words.length / 2) && /^\p{Lu}/u.test(words[0] ?? '');
}

/** A dateline shape: the dateline that opens `head`, or null. `lang` orders the language-declared shapes first. */
export type Shape = (head: string, lang: string | null) => Dateline | null;

/** 【6月18日 AFP】, 【エルサレム＝酒井圭吾】, 【ワシントン時事】, 〔記者巫其倫／台北報導〕: CJK bracket datelines. */
export const cjkBracket: Shape = (head) => {
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
    const ag = agencyInside(dateAg[1] ?? '');
    return ag ? { place: null, agency: ag, text } : null;
  }
  // 【ワシントン時事】: a place glued to an agency.
  for (const a of allAgencies()) {
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
export const placeAgency: Shape = (head) => {
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
    agency = agencyInside(inBrackets);
    // An unknown short acronym in brackets is still an agency ("(APA)"); anything else is not a dateline.
    // Only after an ALL CAPS wire place: "Olaf Scholz (SPD) –" names a party, not an agency.
    const wirePlace = place === place.toUpperCase() && /\p{Lu}{2,}/u.test(place);
    if (!agency && wirePlace && /^\p{Lu}[\p{Lu}\d/ -]{1,10}$/u.test(inBrackets.trim())) agency = inBrackets.trim();
  } else if (afterDash !== undefined) agency = knownAgency(afterDash);
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
export const placeDash: Shape = (head) => {
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
  const agency = split ? knownAgency(split[2] ?? '') : null;
  if (split && agency) return { place: split[1] ?? place, agency, text: clean(m[0]) };
  return { place, agency: null, text: clean(m[0]) };
};

/**
 * OUTLET.COM - / outlet.com, PLACE - : the outlet's web address opening the story
 * (Indonesian press: "TRIBUNNEWS.COM, JAKARTA -"); the address is the agency, not a place.
 */
export const outletDomain: Shape = (head) => {
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
export const colonDash: Shape = (head) => {
  const m = /^\s*([\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2})\s*:\s*-/u.exec(head);
  if (!m) return null;
  const name = clean(m[1] ?? '');
  const agency = agencyInside(name);
  // Outlet words: news, agency, net, tv…
  if (agency || /(?:نيوز|news|وكالة|نت|تي في|tv|24)$/iu.test(name))
    return { place: null, agency: agency ?? name, text: clean(m[0]) };
  return null;
};
