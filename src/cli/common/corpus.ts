// Reading the shared corpus (../shared/corpus, its README and LABELS.md): the
// labelled pages, the pool's index, the split into tuning and checking halves,
// and the dates benchmark's gold and published rows. The scoreboard and the
// bench read it only through here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** One labelled page's labels (../shared/corpus/LABELS.md). */
export interface Label {
  id: string;
  lang: string;
  url: string | null;
  isNews: boolean;
  published: string | null;
  dateline: { place: string | null; agency: string | null; text: string } | null;
  quotes: Array<{ text: string; speaker: string | null }>;
  clutter: { share?: string[]; comments?: string[] };
  keep: string[];
}

export interface PoolRow {
  file: string;
  kind: string;
  lang: string;
  url: string;
  goldDate: string;
}

export interface GoldDate {
  file: string;
  url: string;
  /** null where htmldate's gold has none (NaN in gold.json). */
  date: string | null;
}

/** Which half of split.json a labelled page is in; pages the split does not name are 'unsplit'. */
export type Half = 'tuning' | 'checking' | 'unsplit';
export const HALVES: readonly Half[] = ['tuning', 'checking', 'unsplit'];

const byName =
  <T>(key: (x: T) => string) =>
  (x: T, y: T): number =>
    key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0;

export function labeledIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A labelled page's saved HTML (`<id>.html`, or gzipped); null when there is none. */
export function labeledFile(dir: string, id: string): string | null {
  return ['.html', '.html.gz'].map((x) => path.join(dir, id + x)).find((p) => existsSync(p)) ?? null;
}

export function readLabel(dir: string, id: string): Label {
  const label = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Label;
  label.id ??= id;
  return label;
}

export function readPoolIndex(dir: string): PoolRow[] {
  const lines = readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => head.indexOf(name);
  return lines
    .map((line) => {
      const f = line.split('\t');
      const get = (name: string): string => f[col(name)] ?? '';
      return { file: get('file'), kind: get('kind'), lang: get('lang'), url: get('url'), goldDate: get('gold_date') };
    })
    .sort(byName((r) => r.file));
}

export function readGold(dir: string): GoldDate[] {
  // gold.json was written by Python: a page without a gold date has a bare NaN.
  const text = readFileSync(path.join(dir, 'gold.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  return (JSON.parse(text) as GoldDate[]).sort(byName((g) => g.file));
}

/** The split of the labelled pages by site (corpus/split.json); an absent file puts every page in 'unsplit'. */
export function readSplit(corpus: string): (id: string) => Half {
  const file = path.join(corpus, 'split.json');
  if (!existsSync(file)) return () => 'unsplit';
  const split = JSON.parse(readFileSync(file, 'utf8')) as { tuning?: string[]; checking?: string[] };
  const tuning = new Set(split.tuning ?? []);
  const checking = new Set(split.checking ?? []);
  return (id) => (tuning.has(id) ? 'tuning' : checking.has(id) ? 'checking' : 'unsplit');
}

/** htmldate's published rows, read from dates/README.md at run time. */
export function htmldateRows(datesDir: string): string[][] {
  const readme = path.join(datesDir, 'README.md');
  if (!existsSync(readme)) return [];
  return readFileSync(readme, 'utf8')
    .split('\n')
    .filter((l) => /^\|\s*[^|-][^|]*\|\s*0?\.\d+/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}
