// The reading view's side: a separate script (read.ts), injected into a tab's
// top frame with scripting.executeScript only when the reading view is asked
// for (the popup's button, the keyboard command, or a site that always opens
// in the reading view), never on page load. It registers on the isolated
// world's global (sides.ts) and answers its own messages (ToReadSide).

import type { ReaderState } from '../shared/messages.ts';
import { installSide, readSide } from './sides.ts';

export interface ReadSide {
  open(auto: boolean): Promise<ReaderState>;
  close(): ReaderState;
  toggle(): Promise<ReaderState>;
  state(): ReaderState;
}

/** The isolated world's global slot where the injected reading view registers itself. */
const READ_SIDE_SLOT = '__clearlineReadSide';

export function loadedReadSide(global: object = globalThis): ReadSide | null {
  return readSide<ReadSide>(READ_SIDE_SLOT, 'toggle', global);
}

export function installReadSide(side: ReadSide, global: object = globalThis): void {
  installSide(READ_SIDE_SLOT, side, global);
}
