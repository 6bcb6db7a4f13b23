// The sizes of the built scripts: the manifest's content scripts (on every page,
// the document-start script included) and the two sides injected later.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(dist: string, file: string): ScriptSize {
  const bytes = readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The manifest's content scripts (on every page, document-start script included), and the sides injected later. */
export function scriptSizes(dist: string): { content: ScriptSize[]; injected: ScriptSize[] } {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const injected = ['src/content/clean.js', 'src/content/text.js'].filter((f) => existsSync(path.join(dist, f)));
  return { content: files.map((f) => sizeOf(dist, f)), injected: injected.map((f) => sizeOf(dist, f)) };
}
