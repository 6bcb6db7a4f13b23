// Popup entry: the flow lives in ./app.ts (testable).
import { startPopup } from './app.ts';

void startPopup();
