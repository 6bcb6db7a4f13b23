import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import type { Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { buildLabelTable } from './src/core/clutter/words.ts';

/**
 * crxjs lists every `?iife` script in web_accessible_resources, which would let
 * any page fetch it and so tell that Clearline is installed. The text, clean and
 * reading-view sides are injected with scripting.executeScript, which needs no
 * such entry: drop it,
 * and the unreferenced ESM copy crxjs leaves beside the IIFE.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'clearline:no-web-accessible-resources',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.isEntry && /^assets\/(?:text|clean|read)\.ts-[\w-]+\.js$/u.test(name))
          delete bundle[name];
      }
    },
    // crxjs writes the final manifest late: edit the file it wrote.
    writeBundle(options) {
      if (!options.dir) return;
      const file = path.join(options.dir, 'manifest.json');
      if (!existsSync(file)) return;
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (!('web_accessible_resources' in json)) return;
      delete json.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    },
  };
}

// One manifest.json for both browsers: `vite build` writes dist/chrome,
// `vite build --mode firefox` writes dist/firefox. crxjs keeps
// background.service_worker for Chrome and background.scripts for Firefox.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifest as ManifestV3Export,
        browser,
        // Each content script is one self-contained file: no loader and no
        // web_accessible_resources, so pages cannot probe for the extension.
        contentScripts: { standaloneFiles: ['src/content/start.ts', 'src/content/index.ts'] },
      }),
      noWebAccessibleResources(),
    ],
    // The content script's label table, folded once here instead of on every page (core/clutter/words.ts).
    define: { __CLEARLINE_LABELS__: JSON.stringify(buildLabelTable()) },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
    },
  };
});
