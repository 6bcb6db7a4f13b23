// The CLI's jsdom parses saved pages as a browser does with scripting on (the
// extension's browser): <noscript> is raw text and does not end <head>. And yet
// nothing of the page runs: no script, no event-handler attribute, no
// javascript: URL, no timer string, no script in a frame.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/cli/common/load-page.ts';

const PAGE = `<!doctype html><html><head><title>T</title>
<noscript><img src="pixel.png"></noscript><meta name="description" content="after the noscript">
</head><body onload="window.ranOnload = 1">
<script>window.ranScript = 1; document.title = 'changed';</script>
<script type="module">window.ranModule = 1;</script>
<img src="x:broken" onerror="window.ranOnerror = 1">
<a id="link" href="javascript:window.ranUrl = 1">link</a>
<button id="b" onclick="window.ranClick = 1">b</button>
<iframe srcdoc="&lt;script&gt;parent.ranFrame = 1&lt;/script&gt;"></iframe>
<p>Body <noscript><p>Enable <b>JavaScript</b></p></noscript>text.</p>
</body></html>`;

describe('parsePage: parsed like a browser, run like nothing', () => {
  it('keeps <noscript> as raw text and the head whole, as a browser with scripting on', () => {
    const dom = parsePage(Buffer.from(PAGE), 'https://news.test/a');
    const doc = dom.window.document;
    const [inHead, inBody] = Array.from(doc.querySelectorAll('noscript'));
    expect(inHead?.parentElement?.localName).toBe('head');
    expect(inHead?.childNodes.length).toBe(1);
    expect(inHead?.firstChild?.nodeType).toBe(3);
    expect(inHead?.textContent).toBe('<img src="pixel.png">');
    // With scripting off the <img> would end the head, and the <meta> after it would land in <body>.
    expect(doc.head.querySelector('meta[name="description"]')).not.toBeNull();
    expect(doc.body.querySelector('img[src="pixel.png"], b')).toBeNull();
    expect(inBody?.textContent).toBe('<p>Enable <b>JavaScript</b></p>');
    // The <p> inside <noscript> does not close the paragraph: the text after it stays in it.
    expect(doc.querySelectorAll('p').length).toBe(1);
    dom.window.close();
  });

  it('runs none of the page', async () => {
    const dom = parsePage(Buffer.from(PAGE), 'https://news.test/a');
    const win = dom.window;
    const doc = win.document;
    (doc.getElementById('link') as HTMLAnchorElement).click();
    (doc.getElementById('b') as HTMLButtonElement).click();
    doc.body.dispatchEvent(new win.Event('load'));
    (win.setTimeout as unknown as (code: string, ms: number) => void)('window.ranTimer = 1', 0);
    await new Promise((r) => setTimeout(r, 100));
    const ran = win as unknown as Record<string, unknown>;
    for (const key of [
      'ranScript',
      'ranModule',
      'ranOnload',
      'ranOnerror',
      'ranUrl',
      'ranClick',
      'ranFrame',
      'ranTimer',
    ])
      expect(ran[key], key).toBeUndefined();
    expect(doc.title).toBe('T');
    dom.window.close();
  });
});
