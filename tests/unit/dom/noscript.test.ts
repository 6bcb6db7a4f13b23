// <noscript> is raw text in a browser with scripting on (the extension's): its
// fallback markup must not count as page text, and a fallback image still makes
// a short block a caption. Issue 15: on a French live page the popup showed the
// section label "RÉGIONS -" as the dateline's place, which `npm run extract`
// (jsdom, then parsing with scripting off) did not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/cli/common/load-page.ts';
import { foldedText, holdsMedia, textWithoutNoscript } from '../../../src/core/dom.ts';
import { analyzeDocument } from '../../../src/core/report.ts';
import { snapshot } from '../../../src/core/snapshot.ts';

const FIXTURE = readFileSync(path.resolve('tests/fixtures/live-fr-noscript.html'));
const URL = 'https://quotidien.example/regions/2024/03/02/inondations-direct';

/** The page as the browser builds it (scripting on), and as jsdom did before (scripting off). */
const asBrowser = (html: Buffer | string): Document => parsePage(Buffer.from(html), URL).window.document;
const scriptingOff = (html: Buffer | string): Document =>
  new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;

describe('<noscript> in text reads', () => {
  it('leaves out what a <noscript> holds, as text or as elements', () => {
    const html = '<div>Le fil <noscript><img src="a.png"> Activez JavaScript</noscript> du jour</div>';
    for (const doc of [asBrowser(html), scriptingOff(html)]) {
      const div = doc.querySelector('div') as Element;
      expect(foldedText(div)).toBe('Le fil du jour');
      expect(textWithoutNoscript(div)).toBe('Le fil  du jour');
      expect(holdsMedia(div)).toBe(true);
    }
    const plain = scriptingOff('<p>Sans image <b>ni</b> script</p>').querySelector('p') as Element;
    expect(foldedText(plain)).toBe('Sans image ni script');
    expect(holdsMedia(plain)).toBe(false);
    // A <noscript> that falls back to a frame is no media, and no text either.
    const frame = asBrowser('<p><noscript><iframe src="x"></iframe></noscript></p>').querySelector('p') as Element;
    expect(holdsMedia(frame)).toBe(false);
    expect(foldedText(frame)).toBe('');
  });
});

describe('a live page whose section label sits beside a <noscript> picture', () => {
  it('gets no dateline and the same paragraphs, parsed with scripting on or off', () => {
    const answers = [asBrowser(FIXTURE), scriptingOff(FIXTURE)].map((doc) => {
      const { report, article } = analyzeDocument(doc, URL);
      return { dateline: report.dateline, isNews: report.isNews, paragraphs: snapshot(doc, article, URL).paragraphs };
    });
    const [browser, off] = answers;
    expect(browser?.isNews).toBe(true);
    expect(browser?.dateline).toBeNull();
    // Neither the label line (a caption to its picture) nor the <p> holding only a <noscript> frame.
    expect(browser?.paragraphs).toHaveLength(5);
    expect(browser?.paragraphs[0]).toMatch(/^La Garonne a franchi/);
    expect(browser?.paragraphs.every((p) => p.length > 0)).toBe(true);
    expect(off).toEqual(browser);
  });
});
