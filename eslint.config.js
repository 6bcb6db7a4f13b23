import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'artifacts/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page content is hostile: never parse it as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never set HTML; use textContent or DOM nodes.' },
        { property: 'outerHTML', message: 'Never set HTML; use textContent or DOM nodes.' },
        { property: 'insertAdjacentHTML', message: 'Never set HTML; use DOM nodes.' },
        { property: 'srcdoc', message: 'Never set HTML; use DOM nodes.' },
        { property: 'createContextualFragment', message: 'Never parse HTML; use DOM nodes.' },
        { property: 'setHTMLUnsafe', message: 'Never set HTML; use DOM nodes.' },
        { property: 'parseHTMLUnsafe', message: 'Never parse HTML; use DOM nodes.' },
        // Any document, not only the global one (doc.write(page) parses HTML too).
        { property: 'write', message: 'Never write HTML; use DOM nodes.' },
        { property: 'writeln', message: 'Never write HTML; use DOM nodes.' },
      ],
      // no-unsanitized (above) also flags any of these sinks fed with a non-literal value, in every file.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // No remote or generated code: the extension runs only its own bundled scripts.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  {
    // core/ is pure: it takes a Document or data and returns data, so it runs the same in jsdom,
    // Chromium and Firefox. It never reaches for extension APIs or the extension's other parts.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill'], message: 'core/ is pure: no extension APIs.' },
            {
              group: ['**/shared/**', '**/content/**', '**/popup/**', '**/options/**', '**/background/**', '**/cli/**'],
              message: 'core/ is pure: it imports only core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'core/ is pure: no extension APIs.' },
        { name: 'browser', message: 'core/ is pure: no extension APIs.' },
      ],
    },
  },
  {
    // shared/ is used by every entry point; it never reaches into one of them. The injected side
    // scripts' build paths (`?iife` imports: a file name, not code) are the one exception.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content/**', '!**/content/*.ts?iife', '**/popup/**', '**/options/**', '**/background/**'],
              message: 'shared/ serves the entry points; it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The entry points (content scripts, popup, options page, background) share code only through
    // shared/ and core/: none imports another (within a folder, imports are './…').
    files: ['src/content/**', 'src/popup/**', 'src/options/**', 'src/background/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content/**', '**/popup/**', '**/options/**', '**/background/**'],
              message: 'An entry point imports no other: shared code goes to shared/ (or core/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI and tests run in Node on saved pages, where serializing a cleaned
    // page back to HTML is the point (never in the extension).
    files: ['src/cli/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
