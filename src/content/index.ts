// Content script entry, at document_end (the document is parsed): everything
// lives in ./main.ts (testable). The document-start part is ./start.ts.
import { startContent } from './main.ts';

void startContent();
