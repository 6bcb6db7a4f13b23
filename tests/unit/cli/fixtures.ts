// What the CLI's tests share: a small news article written for them (an
// invented story) and its labels, and files written to a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Label } from '../../../src/cli/common/corpus.ts';

/** A dateline, one quotation with its speaker, a kept sentence and a share widget. */
export const BRIDGE_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mayor opens bridge</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2020-05-04T10:00:00Z"></head>
<body><article><h1>Mayor opens bridge</h1>
<p>LONDON (Reuters) - The mayor opened the new bridge on Monday after three years of work.</p>
<p>"This bridge will change how the city moves," said Mayor Jane Smith at the ceremony.</p>
<p>Traffic is expected to ease across the river within weeks, officials said.</p>
<div class="share"><a href="https://facebook.com/sharer">Share on Facebook</a></div>
</article></body></html>`;

/** BRIDGE_ARTICLE's labels (LABELS.md's format). */
export const BRIDGE_LABEL: Label = {
  id: 'en-test',
  lang: 'en',
  url: 'https://news.test/2020/05/04/bridge',
  isNews: true,
  published: '2020-05-04',
  dateline: { place: 'LONDON', agency: 'Reuters', text: 'LONDON (Reuters) -' },
  quotes: [{ text: 'This bridge will change how the city moves,', speaker: 'Jane Smith' }],
  clutter: { share: ['.share'], comments: [] },
  keep: ['Traffic is expected to ease across the river within weeks, officials said.'],
};

/** "Привет" in windows-1251 bytes. */
export const PRIVET_1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

/** A writer of files into a new temporary folder: returns each file's path. */
export function tempWriter(prefix: string): { dir: string; write: (name: string, bytes: Buffer | string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    write: (name, bytes) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
  };
}
