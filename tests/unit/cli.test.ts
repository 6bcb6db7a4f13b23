import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, servedPath } from '../../src/cli/bench.ts';
import { checkAgainstBaseline, parseEvalArgs } from '../../src/cli/eval.ts';
import { cleanedName, extractAll, extractFile, parseExtractArgs, type Analyzer } from '../../src/cli/extract.ts';
import { declaredCharset, decodePage, loadPage, sniffEncoding } from '../../src/cli/load-page.ts';
import { median, quantile } from '../../src/cli/stats.ts';
import type { Report } from '../../src/core/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'clearline-cli-'));
const write = (name: string, bytes: Buffer | string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

// "Привет" in windows-1251 bytes.
const PRIVET_1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

describe('page decoding', () => {
  it('reads undeclared valid UTF-8 as UTF-8 (not windows-1252)', () => {
    const file = write('u.html', Buffer.from('<html><body><p>موسكو – Москва</p></body></html>', 'utf8'));
    const dom = loadPage(file);
    expect(dom.window.document.querySelector('p')?.textContent).toBe('موسكو – Москва');
    dom.window.close();
    expect(sniffEncoding(readFileSync(file))).toBe('UTF-8');
  });

  it('honours a <meta charset> in the first 1024 bytes', () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
      PRIVET_1251,
      Buffer.from('</p></body></html>'),
    ]);
    const file = write('cp1251.html', bytes);
    const dom = loadPage(file);
    expect(dom.window.document.characterSet).toBe('windows-1251');
    expect(dom.window.document.querySelector('p')?.textContent).toBe('Привет');
    dom.window.close();
    expect(decodePage(bytes)).toEqual({
      text: '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>',
      encoding: 'windows-1251',
    });
  });

  it('reads valid UTF-8 as UTF-8 when its declaration is malformed or says windows-1252', () => {
    // The HTTP header that made these UTF-8 was lost; UTF-8 bytes contradict a latin-1 label.
    const bad = '<meta http-equiv="Content-Type" content="text/html; charset="UTF-8"><p>Né à Zürich</p>';
    expect(decodePage(Buffer.from(bad, 'utf8')).encoding).toBe('UTF-8');
    const latin = '<meta charset="iso-8859-1"><p>Né à Zürich</p>';
    expect(decodePage(Buffer.from(latin, 'utf8')).text).toBe(latin);
    expect(declaredCharset(Buffer.from(latin))).toBe('windows-1252');
    expect(
      declaredCharset(Buffer.from('<meta http-equiv="content-type" content="text/html; charset=Shift_JIS">')),
    ).toBe('shift_jis');
    expect(declaredCharset(Buffer.from('<p>none</p>'))).toBeNull();
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const bytes = Buffer.from([...Buffer.from('<p>caf'), 0xe9, ...Buffer.from('</p>')]);
    expect(decodePage(bytes)).toEqual({ text: '<p>café</p>', encoding: 'windows-1252' });
  });

  it('parses again without <style> contents when jsdom cannot build the page', () => {
    // jsdom 29's CSS parser throws on this unbalanced calc() while parsing the page.
    const file = write(
      'calc.html',
      '<style>.a{height:calc((100vh - 10px)}</style><p style="display:none">x</p><p>Body</p>',
    );
    const notes: string[] = [];
    const dom = loadPage(file, null, notes);
    expect(dom.window.document.querySelectorAll('p')).toHaveLength(2);
    expect(dom.window.document.querySelector('p')?.getAttribute('style')).toBe('display:none');
    expect(notes).toEqual([expect.stringMatching(/^jsdom failed .*without <style> contents$/)]);
    dom.window.close();
  });

  it('gunzips .html.gz files', () => {
    const file = write('g.html.gz', gzipSync(Buffer.from('<title>Заголовок</title><p>x</p>', 'utf8')));
    const dom = loadPage(file);
    expect(dom.window.document.title).toBe('Заголовок');
    dom.window.close();
    expect(cleanedName(file)).toBe('g.html');
  });
});

const fakeReport = (doc: Document, url: string | null): Report => ({
  url,
  title: doc.title,
  lang: 'en',
  dir: 'ltr',
  isNews: true,
  newsScore: 1,
  signals: ['test'],
  published: null,
  dateline: null,
  quotes: [],
  article: null,
  clutter: [],
  timings: { detectMs: 0, clutterMs: 0, extractMs: 0 },
});

// Marks .share as share clutter and .related as related (which the cleaned copy keeps).
const fakeAnalyzer: Analyzer = (doc, url) => ({
  report: fakeReport(doc, url),
  article: { root: null, paragraphs: [], headline: null, standfirst: null },
  hits: [
    ...Array.from(doc.querySelectorAll('.share'), (element) => ({ element, kind: 'share' as const, rule: 't' })),
    ...Array.from(doc.querySelectorAll('.related'), (element) => ({ element, kind: 'related' as const, rule: 't' })),
  ],
});

describe('extract', () => {
  it('parses its arguments', () => {
    expect(parseExtractArgs(['--url', 'https://x.test/a', '--cleaned-dir=out', 'a.html', 'b.html.gz'])).toEqual({
      url: 'https://x.test/a',
      cleanedDir: 'out',
      files: ['a.html', 'b.html.gz'],
    });
    expect(() => parseExtractArgs(['--bogus'])).toThrow(/unknown option/);
  });

  it('returns the report, and an error line for an unreadable file', () => {
    const file = write('a.html', '<title>T</title><p>x</p>');
    const line = extractFile(file, { url: 'https://news.test/a', cleanedDir: null }, fakeAnalyzer);
    expect(line).toMatchObject({ title: 'T', url: 'https://news.test/a', isNews: true });
    const missing = path.join(dir, 'missing.html');
    const err = extractFile(missing, { url: null, cleanedDir: null }, fakeAnalyzer);
    expect(err).toMatchObject({ file: missing });
    expect('error' in err && err.error).toMatch(/ENOENT/);
  });

  it('turns an analysis that throws into an error line', () => {
    const file = write('t.html', '<p>x</p>');
    const throwing: Analyzer = () => {
      throw new Error('boom');
    };
    expect(extractFile(file, { url: null, cleanedDir: null }, throwing)).toEqual({ file, error: 'boom' });
  });

  it('writes the cleaned page as UTF-8 without share/comment elements', () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"></head><body><div class="share">S</div><p>'),
      PRIVET_1251,
      Buffer.from('</p><div class="related">R</div></body></html>'),
    ]);
    const file = write('c.html.gz', gzipSync(bytes));
    const out = path.join(dir, 'cleaned');
    extractFile(file, { url: null, cleanedDir: out }, fakeAnalyzer);
    const html = readFileSync(path.join(out, 'c.html'), 'utf8');
    expect(html).toContain('<p>Привет</p>');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('class="share"');
    expect(html).toContain('class="related"');
  });
});

describe('eval', () => {
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

describe('timing statistics', () => {
  it('computes the median and the nearest-rank p95', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const xs = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(quantile(xs, 0.95)).toBe(19); // rank ceil(0.95 × 20) = 19
    expect(quantile([5], 0.95)).toBe(5);
  });
});

describe('extract streams', () => {
  it('gives one line per file, in order, each page closed before the next is read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clearline-stream-'));
    const files = [0, 1, 2].map((i) => {
      const f = path.join(dir, `p${i}.html`);
      writeFileSync(f, `<!doctype html><title>Page ${i}</title><p>Text ${i}</p>`);
      return f;
    });
    const open: Window[] = [];
    const seen: string[] = [];
    const analyzer: Analyzer = (doc, url) => {
      // The window of the page before is gone by now.
      expect(open.every((w) => w.document === undefined)).toBe(true);
      open.push(doc.defaultView as unknown as Window);
      seen.push(doc.title);
      return fakeAnalyzer(doc, url);
    };
    const lines = [];
    for await (const line of extractAll(
      [files[0] as string, path.join(dir, 'missing.html'), ...files.slice(1)],
      { url: null, cleanedDir: null },
      analyzer,
    ))
      lines.push(line);
    expect(seen).toEqual(['Page 0', 'Page 1', 'Page 2']);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatchObject({ error: expect.any(String) });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('bench: each page is served at its own path', () => {
  it("keeps the original URL's path and query, so detection's URL signals are the page's own", () => {
    expect(servedPath('https://www.nytimes.com/')).toBe('/');
    expect(servedPath('https://news.example/2021/10/28/story.html?id=5#top')).toBe('/2021/10/28/story.html?id=5');
    // Non-ASCII paths come back percent-encoded, as the browser will request them.
    expect(servedPath('https://www.alyaum.com/articles/6291787/القارات')).toBe(
      '/articles/6291787/%D8%A7%D9%84%D9%82%D8%A7%D8%B1%D8%A7%D8%AA',
    );
    expect(servedPath('')).toBeNull();
    expect(servedPath('ftp://example.org/file')).toBeNull();
  });
});

describe('bench arguments', () => {
  it('reads --corpus, --limit and --match, and refuses anything else', () => {
    const a = parseBenchArgs(['--', '--corpus', '/tmp/c', '--limit=12', '--match', 'ar-']);
    expect(a).toEqual({ corpus: path.resolve('/tmp/c'), limit: 12, match: 'ar-', phases: ['pool', 'return', 'carry'] });
    expect(parseBenchArgs([]).limit).toBe(Infinity);
    expect(() => parseBenchArgs(['--limit'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--limit', 'ten'])).toThrow(/positive whole number/);
    expect(() => parseBenchArgs(['--limit', '0'])).toThrow(/positive whole number/);
    expect(() => parseBenchArgs(['--runs', '3'])).toThrow(/unknown argument --runs/);
  });
});
