// Detection's cheap reads on the load path (core/detect): rewritten to cost
// less, each must give what the code it replaced gave, kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlId } from '../../../src/core/detect/metadata.ts';

describe('urlId: an article id or slug ending the path, matched without backtracking', () => {
  /** The pattern urlId replaced. */
  const URL_ID = /(?:\d{5,}|(?:[\p{L}\p{N}]+[-_]){4,}[\p{L}\p{N}]+)(?:\.s?html?|\.php|\.aspx?)?\/?$/u;

  it.each([
    ['/world/2023/senate-panel-advances-grid-security-bill/', true],
    ['/article/164913/الناشط-الحقوقي-السوداني-خالد-عبد-الكريم-ماسا-لـ«ا', false],
    ['/news/a-b-c-d-e.html', true],
    ['/news/a-b-c-d.html', false],
    ['/news/story_one_two_three_four', true],
    ['/news/1234567', true],
    ['/news/a1234', false],
    ['/news/1234567.shtml/', true],
    ['/news/x.a-b-c-d-e', true],
    ['/news/a--b-c-d-e', false],
    ['/news/-a-b-c-d', false],
    ['/news/a-b-c-d-e//', false],
    ['/news/a-b-c-d-e.HTML', false],
    ['/', false],
    ['', false],
  ])('%s: %s, as the pattern says', (path, expected) => {
    expect(urlId(path)).toBe(expected);
    expect(URL_ID.test(path)).toBe(expected);
  });

  it('agrees with the pattern on random paths', () => {
    const piece = fc.constantFrom(
      'a',
      'Ö',
      'ل',
      'ـ',
      '字',
      '7',
      '12',
      '1234',
      '12345',
      '-',
      '_',
      '--',
      '.',
      '/',
      '.html',
      '.php',
      '.aspx',
      '«',
      ' ',
      'x1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const path = pieces.join('');
        expect(urlId(path)).toBe(URL_ID.test(path));
      }),
      { numRuns: 3000 },
    );
  });
});
