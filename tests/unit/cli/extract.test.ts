// npm run extract: one Report per file as JSON Lines, streamed (extract.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanedName, extractAll, extractFile, parseExtractArgs, type Analyzer } from '../../../src/cli/extract.ts';
import type { Report } from '../../../src/core/types.ts';
import { PRIVET_1251, tempWriter } from './fixtures.ts';

const { dir, write } = tempWriter('clearline-cli-');

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
  it('names the cleaned copy after the file, without .gz', () => {
    expect(cleanedName('/x/g.html.gz')).toBe('g.html');
    expect(cleanedName('/x/a.html')).toBe('a.html');
  });

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
