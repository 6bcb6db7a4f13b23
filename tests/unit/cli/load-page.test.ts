// How the CLI reads a saved page: its bytes decoded as a browser would, then
// parsed by jsdom (common/load-page.ts).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage, loadPage, sniffEncoding } from '../../../src/cli/common/load-page.ts';
import { PRIVET_1251, tempWriter } from './fixtures.ts';

const { write } = tempWriter('clearline-load-');

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
  });
});
