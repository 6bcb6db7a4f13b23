import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

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
        // The content script is one self-contained file: no loader and no
        // web_accessible_resources, so pages cannot probe for the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
    },
  };
});
