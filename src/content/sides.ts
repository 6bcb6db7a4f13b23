// The always-loaded content script and the two parts injected into the same
// isolated world later (scripting.executeScript) meet on that world's global,
// which pages cannot see. Each part registers in its own slot, once.
//
//   text side   snapshot + quote highlighter   injected by the popup when it opens
//   clean side  article, clutter, hide/restore injected by the background when a
//               news page is to be cleaned (or by the popup, for its list)

type Slots = Record<string, unknown>;

/** The part registered under `slot`, when it has the method `probe` (anything else there is not ours). */
export function readSide<T extends object>(slot: string, probe: keyof T, global: object = globalThis): T | null {
  const side = (global as Slots)[slot] as T | undefined;
  return side && typeof side === 'object' && typeof side[probe] === 'function' ? side : null;
}

/** Registers a part under `slot`; a second injection keeps the first. */
export function installSide<T>(slot: string, side: T, global: object = globalThis): void {
  (global as Slots)[slot] ??= side;
}
