// The clean side's entry, injected with scripting.executeScript by the
// background (a news page to clean on load, the keyboard command) or by the
// popup (its list of what would be removed). Injecting twice is harmless.
import { createCleanSide } from './clean-impl.ts';
import { installCleanSide, loadedCleanSide } from './clean-side.ts';

if (!loadedCleanSide()) installCleanSide(createCleanSide());
