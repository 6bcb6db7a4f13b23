// Test double for crxjs's `?iife` import of the text side: the path the build would give.
export default 'src/content/text.js';
