// Test double for crxjs's `?iife` imports: the path the build would give.
export default 'src/content/text.js';
