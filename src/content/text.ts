// The text side's entry, injected by the popup (scripting.executeScript) into
// the tab it shows, never on page load. Injecting twice is harmless.
import { createTextSide } from './text-impl.ts';
import { installTextSide, loadedTextSide } from './text-side.ts';

if (!loadedTextSide()) installTextSide(createTextSide(document));
