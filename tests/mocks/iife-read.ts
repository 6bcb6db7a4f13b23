// Test double for crxjs's `?iife` import of the reading view's side: the path the build would give.
export default 'src/content/read.js';
