// The pages a browser run looks at: the labelled pages (scored), and with
// --pool and --dates the unlabelled ones (their answers compared with jsdom's).
import path from 'node:path';
import {
  labeledFile,
  labeledIds,
  readGold,
  readLabel,
  readPoolIndex,
  readSplit,
  type Half,
  type Label,
} from '../../common/corpus.ts';

export interface Item {
  id: string;
  file: string;
  label: Label;
  half: Half;
  /** A labelled page (scored) rather than an unlabelled one (compared only). */
  scored: boolean;
}

/** An unlabelled page as an item: its answers are compared with jsdom's, not scored. */
function unlabelled(
  set: string,
  dir: string,
  file: string,
  url: string,
  lang: string,
  isNews: boolean,
  date: string | null,
): Item {
  const id = `${set}/${file}`;
  return {
    id,
    file: path.join(dir, file),
    half: 'unsplit',
    scored: false,
    label: { id, lang, url: url || null, isNews, published: date, dateline: null, quotes: [], clutter: {}, keep: [] },
  };
}

const picked = (match: string) => (it: Item) => `${it.id} ${it.label.url ?? ''}`.includes(match);

/** The labelled pages, then the pool's and the dates benchmark's when asked for: those `match` picks (in the id or the URL). */
export function browserItems(corpus: string, sets: { pool: boolean; dates: boolean }, match: string): Item[] {
  const labeledDir = path.join(corpus, 'labeled');
  const halfOf = readSplit(corpus);
  const items: Item[] = labeledIds(labeledDir)
    .map((id) => ({
      id,
      file: labeledFile(labeledDir, id) ?? path.join(labeledDir, `${id}.html`),
      label: readLabel(labeledDir, id),
      half: halfOf(id),
      scored: true,
    }))
    .filter(picked(match));
  const others: Item[] = [];
  if (sets.pool) {
    const dir = path.join(corpus, 'pool');
    for (const r of readPoolIndex(dir))
      others.push(unlabelled('pool', dir, r.file, r.url, r.lang, r.kind === 'article', r.goldDate || null));
  }
  if (sets.dates) {
    const dir = path.join(corpus, 'dates');
    for (const g of readGold(dir)) others.push(unlabelled('dates', dir, g.file, g.url, '', true, g.date));
  }
  return [...items, ...others.filter(picked(match))];
}
