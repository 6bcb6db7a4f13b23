// Test double for crxjs's `?iife` import of the clean side: the path the build would give.
export default 'src/content/clean.js';
