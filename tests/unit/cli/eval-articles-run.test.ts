// `npm run eval -- --only articles` end to end on a tiny corpus written here:
// the article-body set is scored beside the README's published rows, the
// reading view is checked on the labelled page, and the totals are ratcheted.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEvalArgs } from '../../../src/cli/eval/args.ts';
import { run } from '../../../src/cli/eval/run.ts';

const SENTENCES = [
  'The ferry service to the islands will run all winter for the first time in a decade.',
  'The operator said that a second boat, bought last year, makes the timetable possible.',
  'Islanders have asked for a winter service since the old harbour was rebuilt in 2015.',
  'Tickets go on sale next week, and the first crossing is planned for early November.',
];

const page = (title: string, extra: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>${title}</h1><div class="story">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div>
${extra}<footer>Copyright the Island Gazette</footer></body></html>`;

function makeCorpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'clearline-articles-corpus-'));
  mkdirSync(path.join(root, 'labeled'));
  mkdirSync(path.join(root, 'articles/html'), { recursive: true });
  writeFileSync(
    path.join(root, 'labeled/en-ferry.html'),
    page('Winter ferry for the islands', '<div class="share"><a href="https://facebook.com/sharer">Share</a></div>'),
  );
  writeFileSync(
    path.join(root, 'labeled/en-ferry.json'),
    JSON.stringify({
      id: 'en-ferry',
      lang: 'en',
      url: 'https://gazette.test/2021/10/01/ferry',
      isNews: true,
      published: null,
      dateline: null,
      quotes: [],
      clutter: { share: ['.share'], comments: [] },
      keep: [SENTENCES[0], SENTENCES[3]],
    }),
  );
  writeFileSync(path.join(root, 'articles/html/a1.html.gz'), gzipSync(Buffer.from(page('Winter ferry', ''))));
  writeFileSync(
    path.join(root, 'articles/ground-truth.json'),
    JSON.stringify({ a1: { articleBody: SENTENCES.join('\n\n'), url: 'https://gazette.test/a1' } }),
  );
  writeFileSync(
    path.join(root, 'articles/README.md'),
    '# Benchmark\n\n| system | F1 | P | R |\n|---|---|---|---|\n| some extractor 1.0 | 0.900 | 0.850 | 0.950 |\n',
  );
  return root;
}

describe('eval --only articles', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores article.text, prints it beside the published rows, checks the reading view, and ratchets', async () => {
    const corpus = makeCorpus();
    const out = mkdtempSync(path.join(tmpdir(), 'clearline-out-'));
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      printed.push(String(s));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const args = {
      ...parseEvalArgs(['--corpus', corpus, '--out-dir', out, '--only', 'articles', '--jobs', '1']),
      writeBaseline: true,
    };
    expect(await run(args)).toBe(0);
    const r = JSON.parse(readFileSync(path.join(out, 'eval-results.json'), 'utf8')) as {
      totals: Record<string, number>;
      articles: { pages: Array<{ id: string; precision: number; recall: number }> };
    };
    // The page's body is found whole and nothing else: every shingle matches.
    expect(r.articles.pages).toEqual([expect.objectContaining({ id: 'a1', precision: 1, recall: 1 })]);
    expect(r.totals).toMatchObject({
      'articles.f1': 1,
      'articles.precision': 1,
      'articles.recall': 1,
      'errors.articles': 0,
      'reader.keep': 1,
      'reader.widgetsShown': 0,
    });
    const text = printed.join('');
    expect(text).toMatch(/Clearline \(this run\)\s+1\.000\s+1\.000\s+1\.000/u);
    expect(text).toMatch(/some extractor 1\.0\s+0\.900\s+0\.850\s+0\.950/u);
    // A baseline above reality fails the check; the widgets shown may not rise.
    writeFileSync(
      path.join(out, 'eval-baseline.json'),
      JSON.stringify({ totals: { ...r.totals, 'reader.widgetsShown': -1 } }),
    );
    expect(await run({ ...args, writeBaseline: false, check: true })).toBe(1);
  }, 60000);

  it('fails when the article-body set is asked for and missing', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'clearline-empty-'));
    mkdirSync(path.join(corpus, 'labeled'));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(parseEvalArgs(['--corpus', corpus, '--only', 'articles']))).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/missing folder .*articles/u);
  });
});
