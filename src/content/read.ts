// The reading view's entry, injected with scripting.executeScript by the popup
// or the background into a tab's top frame, never on page load. Injecting
// twice is harmless: the first side stays, with its one message listener.
import { createReadSide, readExtApi } from './read-impl.ts';
import { installReadSide, loadedReadSide } from './read-side.ts';

if (!loadedReadSide()) installReadSide(createReadSide(document, () => location.href, readExtApi()));
