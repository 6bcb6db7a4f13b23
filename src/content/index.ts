// Content script entry: everything lives in ./main.ts (testable).
import { startContent } from './main.ts';

void startContent();
