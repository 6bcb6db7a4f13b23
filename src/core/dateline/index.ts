// The dateline that opens a story body: "MOSCOW (Reuters) -", "موسكو - سبوتنيك.",
// "МОСКВА, 29 июня. /ТАСС/.", "【6月18日 AFP】". Text only. Each shape has a name,
// and SHAPES tries them in order; when none fits with certainty the answer is null:
// a dateline is never invented.
//
//   shapes.ts    the shapes written out here: CJK brackets, PLACE (AGENCY) -, PLACE -, outlet.com -, NAME :-
//   declared.ts  the shapes the language files declare ("{agency} - {place}"), with their places and labels
//   agencies.ts  the agencies of every language, and the letter folding names are compared with

import type { Dateline } from '../types.ts';
import { declaredShapes, opensWithLabel } from './declared.ts';
import { cjkBracket, colonDash, outletDomain, placeAgency, placeDash, type Shape } from './shapes.ts';

/** How many opening paragraphs may carry the dateline (a lead paragraph can come first). */
const MAX_PARAGRAPHS = 3;

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
