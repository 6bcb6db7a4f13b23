// Static server for the e2e fixtures on 127.0.0.1 (random free port).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');
const COMMENTS = `<!doctype html><html><body style="font:14px sans-serif">
<p><b>reader42</b>: First!</p><p><b>dockwatch</b>: Pay them what they ask.</p>
<textarea aria-label="Your comment"></textarea></body></html>`;

export interface TestServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

export function startServer(): Promise<TestServer> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/disqus.com/embed/comments.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(COMMENTS);
      return;
    }
    if (url.pathname === '/slow-seed.html') {
      // The page arrives in two parts, 2.5 s (or ?ms=N) apart: the tab stays "loading".
      const ms = Math.min(Number(url.searchParams.get('ms')) || 2500, 15000);
      const html = await readFile(path.join(FIXTURES, 'seed-ar.html'), 'utf8');
      const cut = html.indexOf('<main>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), ms);
      return;
    }
    if (/^\/[\w-]+\.css$/.test(url.pathname)) {
      // A stylesheet, answered after ?ms=N (at most 2 s), as from a CDN.
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 2000);
      try {
        const css = await readFile(path.join(FIXTURES, path.basename(url.pathname)));
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
          res.end(css);
        }, ms);
        return;
      } catch {
        // fall through to 404
      }
    }
    const name = path.basename(url.pathname);
    if (/^[\w-]+\.html$/.test(name)) {
      try {
        const body = await readFile(path.join(FIXTURES, name));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
        return;
      } catch {
        // fall through
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
