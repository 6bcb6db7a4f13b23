import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench's in-page analysis: core/analyze as one IIFE that defines the
// global ClearlineBench, injected into each page by src/cli/bench/in-page.ts.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'warn',
  publicDir: false,
  build: {
    lib: {
      entry: fileURLToPath(new URL('../src/cli/bench/page-entry.ts', import.meta.url)),
      formats: ['iife'],
      name: 'ClearlineBench',
      fileName: () => 'analyze.iife.js',
    },
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
  },
});
