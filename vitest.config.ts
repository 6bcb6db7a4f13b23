import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts: unit tests need no crx plugin.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/suites/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20000,
    alias: [
      {
        find: 'webextension-polyfill',
        replacement: fileURLToPath(new URL('./tests/mocks/webextension-polyfill.ts', import.meta.url)),
      },
      // crxjs `?iife` script imports (the built file's path) exist only in the extension build.
      {
        find: /^.*clean\.ts\?iife$/,
        replacement: fileURLToPath(new URL('./tests/mocks/iife-clean.ts', import.meta.url)),
      },
      {
        find: /^.*read\.ts\?iife$/,
        replacement: fileURLToPath(new URL('./tests/mocks/iife-read.ts', import.meta.url)),
      },
      { find: /^.*\?iife$/, replacement: fileURLToPath(new URL('./tests/mocks/iife-script.ts', import.meta.url)) },
    ],
  },
});
