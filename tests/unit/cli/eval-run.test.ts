// The scoreboard end to end on a tiny corpus written here, whatever core/
// answers: the counting (pages, sets, errors, files written) must hold.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEvalArgs } from '../../../src/cli/eval/args.ts';
import { run } from '../../../src/cli/eval/run.ts';
import { checkAgainstBaseline } from '../../../src/cli/eval/totals.ts';
import { BRIDGE_ARTICLE as ARTICLE, BRIDGE_LABEL } from './fixtures.ts';

function makeCorpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clearline-corpus-'));
  for (const d of ['labeled', 'pool', 'dates']) mkdirSync(path.join(root, d));
  writeFileSync(path.join(root, 'labeled/en-test.html'), ARTICLE);
  writeFileSync(path.join(root, 'labeled/en-test.json'), JSON.stringify(BRIDGE_LABEL));
  // The page is in the checking half; a second labelled page would go to the tuning half.
  writeFileSync(path.join(root, 'split.json'), JSON.stringify({ tuning: ['en-other'], checking: ['en-test'] }));
  writeFileSync(path.join(root, 'pool/en-a.html'), ARTICLE);
  writeFileSync(
    path.join(root, 'pool/index.tsv'),
    'file\tkind\tlang\tsite\turl\tgold_date\tsource\n' +
      'en-a.html\tarticle\ten\tnews.test\thttps://news.test/a\t2020-05-04\tx\n' +
      'missing.html\tnon-article\ten\tnews.test\thttps://news.test/\t\tx\n',
  );
  writeFileSync(path.join(root, 'dates/0000.html.gz'), gzipSync(Buffer.from(ARTICLE)));
  writeFileSync(path.join(root, 'dates/0001.html.gz'), gzipSync(Buffer.from(ARTICLE)));
  // Written by Python in the real corpus: NaN where there is no gold date.
  writeFileSync(
    path.join(root, 'dates/gold.json'),
    '[{"file": "0000.html.gz", "url": "https://news.test/a", "date": "2020-05-04"},\n' +
      '{"file": "0001.html.gz", "url": "https://news.test/b", "date": NaN}]',
  );
  return root;
}

interface Results {
  totals: Record<string, number>;
  labeled: Array<{
    id: string;
    half: string;
    clutter: { total: number };
    keep: { total: number; missingBefore: string[] };
  }>;
  dates: { counts: { tp: number; fp: number; fn: number; pages: number } };
  errors: Array<{ set: string; file: string; error: string }>;
}

describe('eval end to end', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores the three sets, lists a missing page as an error, and ratchets', async () => {
    const corpus = makeCorpus();
    const out = mkdtempSync(path.join(tmpdir(), 'clearline-out-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const args = { ...parseEvalArgs(['--corpus', corpus, '--out-dir', out]), writeBaseline: true };
    expect(await run(args)).toBe(0);
    const r = JSON.parse(readFileSync(path.join(out, 'eval-results.json'), 'utf8')) as Results;
    expect(r.labeled.map((p) => p.id)).toEqual(['en-test']);
    expect(r.labeled[0]?.clutter.total).toBe(1);
    // The keep sentence is in the page before clean-up.
    expect(r.labeled[0]?.keep.missingBefore).toEqual([]);
    expect(r.labeled[0]?.keep.total).toBe(1);
    // Both gold rows counted, whatever the answers: TP + FP + FN = pages.
    const c = r.dates.counts;
    expect(c.pages).toBe(2);
    expect(c.tp + c.fp + c.fn).toBe(2);
    // The page listed in index.tsv but absent is an error, never silently skipped.
    expect(r.errors.some((e) => e.set === 'pool' && e.file === 'missing.html' && /^load:/.test(e.error))).toBe(true);
    expect(Object.keys(r.totals)).toEqual(
      expect.arrayContaining(['detection.accuracy', 'clutter.recall', 'quotes.recall', 'dates.f', 'errors']),
    );
    // Each half of split.json is scored on its own, and a half with no page has no totals.
    expect(r.labeled[0]?.half).toBe('checking');
    expect(r.totals['quotes.recall.checking']).toBe(r.totals['quotes.recall']);
    expect(r.totals['quotes.speakerAccuracy.checking']).toBe(r.totals['quotes.speakerAccuracy']);
    expect(r.totals['dateline.accuracy.checking']).toBe(r.totals['dateline.accuracy']);
    expect(r.totals['quotes.recall.tuning']).toBeUndefined();
    // Same corpus again: same numbers, so --check against the fresh baseline passes.
    expect(await run({ ...args, writeBaseline: false, check: true })).toBe(0);
    const again = JSON.parse(readFileSync(path.join(out, 'eval-results.json'), 'utf8')) as Results;
    expect(again.totals).toEqual(r.totals);
    // A baseline better than reality fails the check.
    const better = { totals: { ...r.totals, errors: -1 } };
    writeFileSync(path.join(out, 'eval-baseline.json'), JSON.stringify(better));
    expect(await run({ ...args, writeBaseline: false, check: true })).toBe(1);
    // So does a half that fell, and an invented dateline in a half.
    const halfFell = { totals: { ...r.totals, 'quotes.recall.checking': 2 } };
    writeFileSync(path.join(out, 'eval-baseline.json'), JSON.stringify(halfFell));
    expect(await run({ ...args, writeBaseline: false, check: true })).toBe(1);
    const invented = { totals: { ...r.totals, 'dateline.invented.checking': -1 } };
    writeFileSync(path.join(out, 'eval-baseline.json'), JSON.stringify(invented));
    expect(await run({ ...args, writeBaseline: false, check: true })).toBe(1);
  });

  it('says so and fails when the corpus folder is missing', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(parseEvalArgs(['--corpus', '/nonexistent/corpus']))).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/corpus folder not found: \/nonexistent\/corpus/);
  });
});

describe('eval arguments and ratchet', () => {
  it('parses its arguments', () => {
    const a = parseEvalArgs(['--corpus', '/tmp/c', '--only', 'dates', '--check']);
    expect(a).toMatchObject({ corpus: '/tmp/c', only: 'dates', check: true, writeBaseline: false });
    expect(() => parseEvalArgs(['--only', 'nope'])).toThrow(/--only/);
  });

  it('fails the ratchet on a drop of more than 0.005 or any rise in errors', () => {
    const base = { 'quotes.recall': 0.5, 'clutter.recall': 0.8, errors: 0, 'dateline.invented': 1 };
    expect(
      checkAgainstBaseline({ 'quotes.recall': 0.496, 'clutter.recall': 0.9, errors: 0, 'dateline.invented': 1 }, base),
    ).toEqual([]);
    expect(
      checkAgainstBaseline({ 'quotes.recall': 0.494, 'clutter.recall': 0.8, errors: 1, 'dateline.invented': 0 }, base),
    ).toEqual(['quotes.recall: 0.494 (baseline 0.500)', 'errors: 1 (baseline 0)']);
    // Totals not measured in this run (--only) are skipped.
    expect(checkAgainstBaseline({ errors: 0 }, base)).toEqual([]);
  });
});
