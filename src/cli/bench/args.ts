// The bench's command line, and where it serves each page.
import path from 'node:path';
import { forEachArg } from '../common/args.ts';
import { REPO_ROOT } from '../common/paths.ts';

export type Phase = 'pool' | 'return' | 'carry';
export const PHASES: readonly Phase[] = ['pool', 'return', 'carry'];

export interface BenchArgs {
  corpus: string;
  limit: number;
  match: string;
  phases: Phase[];
}

/** `--corpus DIR`, `--limit N` (a positive whole number), `--match TEXT`, `--phases LIST`; anything else is an error. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = {
    corpus: path.resolve(REPO_ROOT, '../shared/corpus'),
    limit: Infinity,
    match: '',
    phases: [...PHASES],
  };
  forEachArg(argv, (flag, value, raw) => {
    if (flag === '--corpus') out.corpus = path.resolve(value());
    else if (flag === '--limit') {
      const v = value();
      if (!/^[1-9]\d*$/u.test(v)) throw new Error(`--limit needs a positive whole number, not "${v}"`);
      out.limit = Number(v);
    } else if (flag === '--match') out.match = value();
    else if (flag === '--phases') {
      const list = value().split(',').filter(Boolean);
      const bad = list.find((p) => !(PHASES as readonly string[]).includes(p));
      if (bad || !list.length) throw new Error(`--phases takes ${PHASES.join(',')}, not "${bad ?? ''}"`);
      out.phases = list as Phase[];
    } else
      throw new Error(`unknown argument ${raw} (bench takes --corpus DIR, --limit N, --match TEXT, --phases LIST)`);
  });
  return out;
}

/** Where the bench serves a page: its original URL without the fragment, or a stand-in on a host of its own. */
export function servedUrl(url: string | null | undefined, file: string): string {
  try {
    const u = new URL(url ?? '');
    if (/^https?:$/u.test(u.protocol)) {
      u.hash = '';
      return u.href;
    }
  } catch {
    // no usable URL
  }
  return `http://bench.invalid/${encodeURIComponent(path.basename(file))}`;
}
