// The pages of each phase, read from the shared corpus (common/corpus.ts).
import path from 'node:path';
import { firstLine } from '../common/errors.ts';
import { Progress } from '../common/progress.ts';
import { siteKey } from '../../shared/settings.ts';
import { labeledFile, labeledIds, readGold, readLabel, readPoolIndex, type PoolRow } from '../common/corpus.ts';

export type { PoolRow };

/** A labelled page and its labelled share and comment widgets. */
export interface LabelledPage {
  id: string;
  file: string;
  url: string | null;
  isNews: boolean;
  widgets: string[];
}

/** Two pages of one site: the first teaches the stylesheet the second is looked at with. */
export interface CarryPair {
  site: string;
  first: string;
  second: string;
  urls: [string, string];
}

export function poolPages(poolDir: string): PoolRow[] {
  return readPoolIndex(poolDir);
}

export function labelledPages(dir: string): LabelledPage[] {
  return labeledIds(dir)
    .map((id) => {
      const label = readLabel(dir, id);
      return {
        id,
        file: labeledFile(dir, id) ?? '',
        url: label.url ?? null,
        isNews: label.isNews === true,
        widgets: [...(label.clutter?.share ?? []), ...(label.clutter?.comments ?? [])],
      };
    })
    .filter((p) => p.file);
}

/** The first two pages (by file name) of every site with two or more pages among the dates pages. */
export function carryPairs(datesDir: string): CarryPair[] {
  const bySite = new Map<string, Array<{ file: string; url: string }>>();
  for (const g of readGold(datesDir)) {
    const site = siteKey(g.url);
    if (site) bySite.set(site, [...(bySite.get(site) ?? []), g]);
  }
  const out: CarryPair[] = [];
  for (const [site, pages] of [...bySite].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [a, b] = pages;
    if (!a || !b) continue;
    out.push({ site, first: path.join(datesDir, a.file), second: path.join(datesDir, b.file), urls: [a.url, b.url] });
  }
  return out;
}

/** The items whose file, id or site contains `match`, at most `limit` of them. */
export function pick<T extends { file?: string; id?: string; site?: string }>(
  xs: T[],
  match: string,
  limit: number,
): T[] {
  return xs.filter((x) => (x.file ?? x.id ?? x.site ?? '').includes(match)).slice(0, limit);
}

/**
 * Each page in turn: `start` makes its result, `measure` fills it in (what
 * `measure` throws becomes the result's error), with a progress line named
 * `label` (a page with an error shows as one).
 */
export async function eachPage<T, R extends { error: string | null }>(
  label: string,
  pages: readonly T[],
  name: (page: T) => string,
  start: (page: T) => R,
  measure: (page: T, r: R) => Promise<void>,
): Promise<R[]> {
  const out: R[] = [];
  const progress = new Progress(label, pages.length);
  for (const page of pages) {
    const r = start(page);
    try {
      await measure(page, r);
    } catch (e) {
      r.error = firstLine(e);
    }
    out.push(r);
    progress.tick(name(page), r.error !== null);
  }
  return out;
}
