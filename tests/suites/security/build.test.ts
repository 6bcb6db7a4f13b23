// @vitest-environment node
// Security (issue 8): no HTML sinks with page data (the lint rule is live), no
// eval / new Function / remote code in the source or the builds, a strict CSP
// and the fewest permissions in the manifest.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function files(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (exts.test(name)) out.push(p);
    }
  }
  return out;
}

describe('the lint rule against HTML sinks', () => {
  // One ESLint instance with the repo's own config; a file path under src/ that does not exist.
  const eslint = new ESLint({ cwd: ROOT });
  const probe = join(ROOT, 'src/content/__security-probe.ts');
  const lint = async (code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: probe });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  };

  it('flags innerHTML and its kin fed with page data, in extension code', async () => {
    const sinks = [
      'export function f(el: Element, page: string): void { el.innerHTML = page; }',
      'export function f(el: Element, page: string): void { el.outerHTML = page; }',
      "export function f(el: Element, page: string): void { el.insertAdjacentHTML('beforeend', page); }",
      'export function f(doc: Document, page: string): void { doc.write(page); }',
      'export function f(page: string): void { document.write(page); }',
      'export function f(el: HTMLIFrameElement, page: string): void { el.srcdoc = page; }',
      'export function f(r: Range, page: string): DocumentFragment { return r.createContextualFragment(page); }',
    ];
    for (const code of sinks) {
      const rules = await lint(code);
      expect(rules.length, code).toBeGreaterThan(0);
      expect(
        rules.some((r) => r === 'no-restricted-properties' || r.startsWith('no-unsanitized/')),
        `${code}: ${rules.join(', ')}`,
      ).toBe(true);
    }
    // A computed member is caught too.
    expect(
      (await lint("export function f(el: Element, page: string): void { el['innerHTML'] = page; }")).length,
    ).toBeGreaterThan(0);
  }, 30000);

  it('flags eval, new Function, string timers and javascript: URLs', async () => {
    const cases: Array<[string, string]> = [
      ['export const f = (s: string): unknown => eval(s);', 'no-eval'],
      ["export const f = (s: string): unknown => new Function('x', s);", 'no-new-func'],
      ["export const f = (s: string): unknown => setTimeout('run(' + s + ')', 1);", 'no-implied-eval'],
      ["export const u = 'javascript:alert(1)';", 'no-script-url'],
    ];
    for (const [code, rule] of cases) expect(await lint(code), code).toContain(rule);
  }, 30000);

  it('accepts the safe way (textContent, DOM nodes)', async () => {
    const ok =
      "export function f(doc: Document, el: Element, page: string): void { el.textContent = page; const b = doc.createElement('b'); b.append(page); el.appendChild(b); }\n";
    expect(await lint(ok)).toEqual([]);
  }, 30000);
});

/** Code that turns strings into code, or loads code from the network. */
const DYNAMIC_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/u],
  ['new Function', /\bnew\s+Function\s*\(/u],
  ['remote <script src>', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//iu],
  ['remote import()', /\bimport\s*\(\s*["'`](?:https?:)?\/\//u],
  ['importScripts', /\bimportScripts\s*\(/u],
];

function offenders(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    for (const [name, re] of DYNAMIC_CODE) if (re.test(text)) out.push(`${relative(ROOT, p)}: ${name}`);
  }
  return out;
}

describe('no eval, new Function or remote code', () => {
  it('in the extension source (src/, except the Node-only cli/)', () => {
    const src = files(join(ROOT, 'src'), /\.(?:ts|html|js|mjs)$/u).filter((p) => !p.includes(`${join('src', 'cli')}`));
    expect(src.length).toBeGreaterThan(20);
    expect(offenders(src)).toEqual([]);
  });

  it('in the built extensions, when dist/ is present', () => {
    const built = ['chrome', 'firefox'].flatMap((b) => files(join(ROOT, 'dist', b), /\.(?:js|mjs|html)$/u));
    // dist/ is a build product: nothing to scan in a fresh checkout (CI builds before e2e).
    expect(offenders(built)).toEqual([]);
    // Nor any HTML sink in the bundles (dependencies included).
    const sinks = built.filter((p) =>
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/u.test(readFileSync(p, 'utf8')),
    );
    expect(sinks.map((p) => relative(ROOT, p))).toEqual([]);
  });

  it('extension pages load only their own scripts', () => {
    const pages = [
      ...files(join(ROOT, 'src'), /\.html$/u),
      ...['chrome', 'firefox'].flatMap((b) => files(join(ROOT, 'dist', b), /\.html$/u)),
    ];
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
        const attrs = m[1] ?? '';
        // No inline code (the CSP would block it anyway), and src is a relative path.
        expect((m[2] ?? '').trim(), `${relative(ROOT, p)} inline script`).toBe('');
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/iu.exec(attrs)?.[1] ?? '';
        expect(src, relative(ROOT, p)).not.toMatch(/^(?:[a-z]+:|\/\/)/iu);
      }
    }
  });
});

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches?: string[]; all_frames?: boolean; world?: string }>;
}

function manifests(): Array<[string, Manifest]> {
  const out: Array<[string, Manifest]> = [
    ['manifest.json', JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'))],
  ];
  for (const b of ['chrome', 'firefox']) {
    const p = join(ROOT, 'dist', b, 'manifest.json');
    if (existsSync(p)) out.push([`dist/${b}/manifest.json`, JSON.parse(readFileSync(p, 'utf8'))]);
  }
  return out;
}

describe('manifest', () => {
  it.each(manifests())('%s: strict CSP for extension pages', (_name, m) => {
    const csp = m.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/u))
        .filter((d) => d[0])
        .map((d) => [d[0] as string, d.slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/u);
    expect(m.content_security_policy?.sandbox).toBeUndefined();
  });

  it.each(manifests())('%s: fewest permissions', (_name, m) => {
    // storage for the settings, scripting to inject the text side when the popup
    // opens; no tabs. Host access is exactly the content script's, no wider.
    expect(m.permissions ?? []).toEqual(['storage', 'scripting']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    // No web page or other extension may message us, and no page can load our files.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    for (const cs of m.content_scripts ?? []) {
      expect(cs.matches).toEqual(['http://*/*', 'https://*/*']);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });
});

describe('the load path (issue 8: no layout work, text side loaded only when asked)', () => {
  // Modules the content script bundles: everything core/ reaches from content/index.ts, plus content/.
  // The reading view's side (content/read-*.ts) is not on the load path (the import-graph test below
  // keeps it out): injected only when the reader asks for the view, it measures where the reader is
  // on the page, so that entering and leaving the view keep their place.
  const loadPath = [
    ...files(join(ROOT, 'src/core'), /\.ts$/u),
    ...files(join(ROOT, 'src/content'), /\.ts$/u).filter((p) => !/[/\\]read-[\w-]+\.ts$/u.test(p)),
  ];

  it('reads no layout or computed style anywhere in core/ or content/', () => {
    const LAYOUT =
      /\b(?:getComputedStyle|getBoundingClientRect|getClientRects|offset(?:Width|Height|Top|Left)|client(?:Width|Height)|scroll(?:Width|Height)|innerText)\b/u;
    for (const p of loadPath) expect(readFileSync(p, 'utf8'), relative(ROOT, p)).not.toMatch(LAYOUT);
  });

  /** An entry's import graph, followed through relative value imports. */
  function importGraph(entry: string): string[] {
    const seen = new Set<string>();
    const stack = [join(ROOT, entry)];
    while (stack.length) {
      const file = stack.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gmu)) {
        stack.push(join(file, '..', m[1] as string));
      }
    }
    return [...seen].map((f) => relative(ROOT, f));
  }

  it('keeps the clean side and the text side out of the content script entry', () => {
    const names = importGraph('src/content/index.ts');
    expect(names).toContain('src/core/detect/index.ts');
    for (const later of [
      // clean side: injected when a news page is cleaned
      'src/core/article/index.ts',
      'src/core/clutter/index.ts',
      'src/core/cleanup.ts',
      'src/core/clutter/words.ts',
      // text side: injected when the popup opens
      'src/core/snapshot.ts',
      'src/core/published/evidence.ts',
      'src/content/highlight.ts',
      // reading view: injected when the reader asks for it
      'src/core/reader/index.ts',
      'src/content/read-view.ts',
      'src/content/read-impl.ts',
      'src/content/read-style.ts',
    ]) {
      expect(names).not.toContain(later);
    }
    const read = importGraph('src/content/read.ts');
    expect(read).toContain('src/core/reader/index.ts');
    expect(read).toContain('src/content/read-view.ts');
    const clean = importGraph('src/content/clean.ts');
    expect(clean).toContain('src/core/clutter/index.ts');
    expect(clean).not.toContain('src/core/snapshot.ts');
  });
});
