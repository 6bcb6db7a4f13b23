// The scoreboard end to end on a tiny corpus written here, whatever core/
// answers: the counting (pages, sets, errors, files written) must hold.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEvalArgs, run } from '../../src/cli/eval.ts';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mayor opens bridge</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2020-05-04T10:00:00Z"></head>
<body><article><h1>Mayor opens bridge</h1>
<p>LONDON (Reuters) - The mayor opened the new bridge on Monday after three years of work.</p>
<p>"This bridge will change how the city moves," said Mayor Jane Smith at the ceremony.</p>
<p>Traffic is expected to ease across the river within weeks, officials said.</p>
<div class="share"><a href="https://facebook.com/sharer">Share on Facebook</a></div>
</article></body></html>`;

function makeCorpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clearline-corpus-'));
  for (const d of ['labeled', 'pool', 'dates']) mkdirSync(path.join(root, d));
  writeFileSync(path.join(root, 'labeled/en-test.html'), ARTICLE);
  writeFileSync(
    path.join(root, 'labeled/en-test.json'),
    JSON.stringify({
      id: 'en-test',
      lang: 'en',
      url: 'https://news.test/2020/05/04/bridge',
      isNews: true,
      published: '2020-05-04',
      dateline: { place: 'LONDON', agency: 'Reuters', text: 'LONDON (Reuters) -' },
      quotes: [{ text: 'This bridge will change how the city moves,', speaker: 'Jane Smith' }],
      clutter: { share: ['.share'], comments: [] },
      keep: ['Traffic is expected to ease across the river within weeks, officials said.'],
    }),
  );
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
