// The tools' shared parts (src/cli/common/): statistics, errors, the corpus
// reader, a page's path on the local server, and the browsers' launch flags.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labeledFile } from '../../../src/cli/common/corpus.ts';
import { errorMessage, errorStack, firstLine } from '../../../src/cli/common/errors.ts';
import { CHROMIUM_FLAGS, chromiumArgs, FIREFOX_EXTENSION_UUID, firefoxPrefs } from '../../../src/cli/common/launch.ts';
import { pathAndQuery } from '../../../src/cli/common/page-server.ts';
import { median, quantile } from '../../../src/cli/common/stats.ts';

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

describe('a page is served at its own path', () => {
  it("keeps the original URL's path and query, so detection's URL signals are the page's own", () => {
    expect(pathAndQuery('https://www.nytimes.com/')).toBe('/');
    expect(pathAndQuery('https://news.example/2021/10/28/story.html?id=5#top')).toBe('/2021/10/28/story.html?id=5');
    // Non-ASCII paths come back percent-encoded, as the browser will request them.
    expect(pathAndQuery('https://www.alyaum.com/articles/6291787/القارات')).toBe(
      '/articles/6291787/%D8%A7%D9%84%D9%82%D8%A7%D8%B1%D8%A7%D8%AA',
    );
    expect(pathAndQuery('')).toBeNull();
    expect(pathAndQuery('ftp://example.org/file')).toBeNull();
  });
});

describe('errors', () => {
  it('gives the message, its first line, and the stack where there is one', () => {
    const e = new Error('first\nsecond');
    expect(errorMessage(e)).toBe('first\nsecond');
    expect(firstLine(e)).toBe('first');
    expect(firstLine('plain')).toBe('plain');
    expect(errorStack(e)).toContain('first');
    expect(errorStack(42)).toBe('42');
  });
});

describe('corpus', () => {
  it("finds a labelled page's HTML, plain or gzipped", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clearline-labeled-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(path.join(dir, 'b.html.gz'), '');
    expect(labeledFile(dir, 'a')).toBe(path.join(dir, 'a.html'));
    expect(labeledFile(dir, 'b')).toBe(path.join(dir, 'b.html.gz'));
    expect(labeledFile(dir, 'c')).toBeNull();
  });
});

describe('launch flags', () => {
  it('starts Chromium headless with the extension as its only one, offline when asked', () => {
    const args = chromiumArgs({ dist: '/d/chrome', lang: 'ar', offline: true });
    expect(args[0]).toBe('--headless=new');
    expect(args).toEqual(expect.arrayContaining([...CHROMIUM_FLAGS, '--lang=ar']));
    expect(args.slice(-2)).toEqual(['--disable-extensions-except=/d/chrome', '--load-extension=/d/chrome']);
    expect(args.some((a) => a.startsWith('--host-resolver-rules='))).toBe(true);
    const plain = chromiumArgs({ dist: '/d/chrome' });
    expect(plain.some((a) => a.startsWith('--lang=') || a.startsWith('--host-resolver-rules='))).toBe(false);
  });

  it("pins Firefox's extension host and sets the language, theme and proxy only when asked", () => {
    const prefs = firefoxPrefs('x@y', { lang: 'ar', dark: true, offline: true });
    expect(JSON.parse(String(prefs['extensions.webextensions.uuids']))).toEqual({ 'x@y': FIREFOX_EXTENSION_UUID });
    expect(prefs).toMatchObject({
      'intl.locale.requested': 'ar',
      'layout.css.prefers-color-scheme.content-override': 0,
      'ui.systemUsesDarkTheme': 1,
      'network.proxy.no_proxies_on': '127.0.0.1',
    });
    expect(Object.keys(firefoxPrefs('x@y', {}))).toEqual(['extensions.webextensions.uuids']);
    expect(firefoxPrefs('x@y', { dark: false })).toMatchObject({
      'layout.css.prefers-color-scheme.content-override': 1,
      'ui.systemUsesDarkTheme': 0,
    });
  });
});
