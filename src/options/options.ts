// Options entry: the page logic lives in ./page.ts (testable).
import { startOptions } from './page.ts';

void startOptions();
