// A local server for saved pages, for the tools that show them to a real browser:
// each page at its original URL's path and query on 127.0.0.1 (so the URL signals
// detection reads are the page's own), its saved bytes labelled with the encoding
// the CLI reads them in, and with the page's own scripts blocked.

import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPageBytes, sniffEncoding } from './load-page.ts';

/**
 * The path and query of a URL (`/a/b?c`), as the browser sends it in a request:
 * what a page with that URL is served at. Null for a missing or non-http(s) URL.
 */
export function pathAndQuery(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.pathname + u.search : null;
  } catch {
    return null;
  }
}

/**
 * The headers a saved page is served with, in `encoding`. Its own scripts are
 * blocked by the content security policy (not by switching JavaScript off, so
 * <noscript> parses as in a browser with scripts): offline they could only rewrite
 * or redirect the page. The extension's scripts are not bound by a page's CSP.
 */
export function savedPageHeaders(encoding: string): Record<string, string> {
  return {
    'content-type': `text/html; charset=${encoding.toLowerCase()}`,
    'cache-control': 'no-store',
    'content-security-policy': "script-src 'none'",
  };
}

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /**
   * Serves the saved page `file` (.html or .html.gz) at `at` (a path and query)
   * from now on, in place of whatever was served there; returns its URL.
   */
  servePage(at: string, file: string): string;
  /** Serves fixed content (the tools' own pages and scripts) at `at`. */
  addStatic(at: string, body: string, contentType: string): string;
  close(): Promise<void>;
}

type Entry = { kind: 'page'; file: string } | { kind: 'static'; body: string; type: string };

/** Starts the server on a free port of 127.0.0.1. Anything not added answers 404. */
export function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Entry>();
  // The key of a request path: what the URL parser makes of it, so that the browser's
  // escaping and ours agree; a path it cannot parse is its own key.
  const key = (at: string): string => pathAndQuery(`http://127.0.0.1${at.startsWith('/') ? '' : '/'}${at}`) ?? at;
  const server = http.createServer((req, res) => {
    const entry = routes.get(key(req.url ?? '/'));
    if (!entry || (entry.kind === 'page' && !existsSync(entry.file))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (entry.kind === 'static') {
      res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store' });
      res.end(entry.body);
      return;
    }
    try {
      // The bytes as saved, with the encoding the CLI's jsdom reads them in (load-page.ts) in the
      // header, which wins over the page's <meta>: the browser decodes them itself. (Not decoded
      // here: Node 20's TextDecoder reads windows-1252 as ISO-8859-1, so “ ” – would arrive as
      // C1 control characters.)
      const bytes = readPageBytes(entry.file);
      res.writeHead(200, savedPageHeaders(sniffEncoding(bytes)));
      res.end(bytes);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(e instanceof Error ? e.message : String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      const add = (at: string, entry: Entry): string => {
        const k = key(at);
        routes.set(k, entry);
        return origin + k;
      };
      resolve({
        origin,
        servePage: (at, file) => add(at, { kind: 'page', file }),
        addStatic: (at, body, type) => add(at, { kind: 'static', body, type }),
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
