// Functions run inside the extension (driver.extEval: its service worker in
// Chromium, one of its pages in Firefox), where `chrome` / `browser` are. Each is
// sent as source text: nothing from outside its body.

import type { Browser } from 'webextension-polyfill';

export { extFindTab as findTabIdIn } from '../../../src/cli/eval/browser/in-page.ts';

type ExtGlobal = { browser?: Browser; chrome?: Browser };

export async function allTabIds(): Promise<number[]> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  return (await api.tabs.query({})).map((t) => t.id as number);
}

export async function badgeOf(tabId: number): Promise<string> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  return api.action.getBadgeText({ tabId });
}

/** The content script's state in tab `tabId` (get-state, as the popup asks). */
export async function contentState(tabId: number): Promise<{
  hiddenByKind: Record<string, number>;
  timings: Record<string, unknown>;
}> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  return api.tabs.sendMessage(tabId, { type: 'get-state' });
}

/** The content script's timings in the tab showing `url`. */
export async function contentTimings(url: string): Promise<Record<string, unknown> | null> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  for (const t of await api.tabs.query({})) {
    const r = (await api.tabs.sendMessage(t.id as number, { type: 'get-state' }).catch(() => null)) as {
      url?: string;
      timings?: Record<string, unknown>;
    } | null;
    if (r?.url === url) return r.timings ?? null;
  }
  return null;
}

/** Everything in storage.sync. */
export async function syncItems(): Promise<Record<string, unknown>> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  return api.storage.sync.get(null);
}

export async function syncRemove(key: string): Promise<void> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  await api.storage.sync.remove(key);
}

/** The reading view's settings, global and per site, removed from storage.sync. */
export async function clearReaderItems(): Promise<string[]> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  const all = await api.storage.sync.get(null);
  const keys = Object.keys(all).filter((k) => k === 'reader' || k.startsWith('reader:'));
  if (keys.length) await api.storage.sync.remove(keys);
  return keys;
}

export async function localItem(key: string): Promise<unknown> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  const items = await api.storage.local.get(key);
  return items[key] ?? null;
}

export async function clearLocal(): Promise<void> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  await api.storage.local.clear();
}

/**
 * What the background does on the toggle-reader command (handlers.onCommand, unit-tested):
 * inject the reading view's side into the active tab's top frame and send it reader-toggle.
 */
export async function toggleReaderInActiveTab(): Promise<unknown> {
  const g = globalThis as unknown as ExtGlobal;
  const api = (g.browser ?? g.chrome) as Browser;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id as number;
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/src/content/read.js'] });
  return api.tabs.sendMessage(tabId, { type: 'reader-toggle' }, { frameId: 0 });
}
