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
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The CLI and tests run in Node on saved pages, where serializing a cleaned
    // page back to HTML is the point (never in the extension).
    files: ['src/cli/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
