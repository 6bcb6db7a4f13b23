// Which sets of the corpus a run scores (--only), and whether their folders are there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Only } from './args.ts';

export interface EvalSets {
  labeled: boolean;
  pool: boolean;
  dates: boolean;
  articles: boolean;
  dirs: { labeled: string; pool: string; dates: string; articles: string };
}

export function evalSets(corpus: string, only: Only | null): EvalSets {
  const articles = path.join(corpus, 'articles');
  return {
    labeled: only !== 'dates',
    pool: only === null || only === 'detection',
    dates: only === null || only === 'dates',
    // A corpus without the article-body benchmark is scored without it, unless it is asked for.
    articles: only === 'articles' || (only === null && existsSync(articles)),
    dirs: {
      labeled: path.join(corpus, 'labeled'),
      pool: path.join(corpus, 'pool'),
      dates: path.join(corpus, 'dates'),
      articles,
    },
  };
}

/** What is missing, as the message to print; null when the run can start. */
export function preflight(corpus: string, sets: EvalSets): string | null {
  if (!existsSync(corpus)) {
    return (
      `eval: corpus folder not found: ${corpus}\n` +
      `  Put the corpus at ../shared/corpus beside the repository, or pass --corpus DIR.\n`
    );
  }
  for (const set of ['labeled', 'pool', 'dates', 'articles'] as const) {
    if (sets[set] && !existsSync(sets.dirs[set])) return `eval: missing folder ${sets.dirs[set]}\n`;
  }
  return null;
}
