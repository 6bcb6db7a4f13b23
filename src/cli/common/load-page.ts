// Reading saved pages the way a browser would decode them. Shared by extract,
// eval, bench and start so that every tool sees the same characters.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The raw bytes of a saved page; `.gz` files are gunzipped. */
export function readPageBytes(file: string): Buffer {
  const raw = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe);
}

/**
 * The encoding that a <meta charset> or http-equiv content-type in the first
 * 1024 bytes names, as a WHATWG encoding name; null when there is none or the
 * label is unknown.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1, so ASCII markup is readable whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(head);
  if (!m?.[1]) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

/** UTF-8 text when the bytes are valid UTF-8, else null. */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * What to hand to jsdom: the Buffer itself when it has a BOM or declares a
 * real non-UTF-8 encoding (jsdom then sniffs it like a browser: BOM, <meta>
 * prescan, windows-1252), else the text when it is valid UTF-8. A saved file
 * lost its HTTP charset header, so valid UTF-8 that declares nothing (or a
 * malformed or windows-1252 label, which UTF-8 bytes contradict) was served
 * as UTF-8.
 */
export function htmlInput(bytes: Buffer): string | Buffer {
  if (hasBom(bytes)) return bytes;
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'windows-1252') return bytes;
  return tryUtf8(bytes) ?? bytes;
}

/** The encoding a browser would use for these bytes (WHATWG name, e.g. "UTF-8", "windows-1251"). */
export function sniffEncoding(bytes: Buffer): string {
  const input = htmlInput(bytes);
  if (typeof input === 'string') return 'UTF-8';
  // jsdom's sniffing only looks at the BOM and the first 1024 bytes, so a small
  // prefix usually gives the same answer as the whole page at a fraction of the
  // cost; the sniffer can trip on a <meta> cut in the middle, then the whole page is used.
  for (const input of [bytes.subarray(0, 1024), bytes]) {
    try {
      const dom = new JSDOM(input, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
      const enc = dom.window.document.characterSet;
      dom.window.close();
      return enc;
    } catch {
      // try the next input
    }
  }
  return 'windows-1252';
}

/** The page as text, decoded as a browser would (for serving it re-encoded as UTF-8). */
export function decodePage(bytes: Buffer): { text: string; encoding: string } {
  const input = htmlInput(bytes);
  if (typeof input === 'string') return { text: input, encoding: 'UTF-8' };
  const encoding = sniffEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function validUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * Parsed as a browser parses it, with scripting on, and yet no script run. A
 * browser (the extension's) parses <noscript> as raw text, and a <noscript> in
 * <head> does not end the head; jsdom does so only with runScripts
 * "dangerously", which would also run the page's scripts. So the window is
 * created "dangerously" (the parser's scripting flag), and switched to
 * "outside-only" before the page is parsed: jsdom reads that switch each time it
 * would run a script, an event-handler attribute, a javascript: URL or a timer
 * string (tests/unit/cli/load-page-scripting.test.ts checks each).
 */
const PARSE_AS_BROWSER = {
  runScripts: 'dangerously',
  beforeParse(window: object): void {
    (window as { _runScripts?: string })._runScripts = 'outside-only';
  },
} as const;

function makeDom(input: string | Buffer, href: string | undefined): JSDOM {
  // A silent console: saved pages are full of CSS jsdom cannot parse, and the
  // tools' output must stay readable (no scripts run, so nothing else logs).
  return new JSDOM(input, {
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
    ...PARSE_AS_BROWSER,
    ...(href ? { url: href } : {}),
  });
}

/**
 * Parses a page with jsdom (no scripts, no subresources). Close `dom.window`
 * when done. jsdom 29 can throw while building a page (its encoding sniffer on
 * a malformed <meta>, its CSS parser on some calc() in a <style>); then the
 * page is parsed again from its decoded text with <style> contents blanked
 * (nothing here lays pages out), and `notes` says so.
 */
export function parsePage(bytes: Buffer, url?: string | null, notes?: string[]): JSDOM {
  const href = validUrl(url);
  try {
    return makeDom(htmlInput(bytes), href);
  } catch (e) {
    const text = decodePage(bytes).text.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
    notes?.push(`jsdom failed (${e instanceof Error ? e.message : String(e)}); parsed again without <style> contents`);
    return makeDom(text, href);
  }
}

/** Reads and parses a saved page file. */
export function loadPage(file: string, url?: string | null, notes?: string[]): JSDOM {
  return parsePage(readPageBytes(file), url, notes);
}
