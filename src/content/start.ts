// The document-start script: tiny, on every page, before the page is parsed.
// It reads this site's stylesheet and puts it in before the first paint, and
// leaves what it started for the content script (early.ts).
import { beginEarly, leaveEarly } from './early.ts';
import { extApi } from './ext.ts';

leaveEarly(beginEarly(document, location.href, extApi()));
