// Background logic with its extension APIs passed in, so it is testable:
// badge counts per tab, the keyboard toggle, defaults on install.

import type { Browser, Runtime } from 'webextension-polyfill';
import { isOwnExtensionSender, parseContentToBackground, type BackgroundToContent } from '../shared/messages.ts';
import { defaultItems } from '../shared/settings.ts';

type Api = Pick<Browser, 'runtime' | 'tabs' | 'action' | 'storage'>;

const BADGE_COLOR = '#0b6e69';

/** Badge for a tab; only our own content script (sender in a tab) may set it. */
export async function onContentMessage(api: Api, msg: unknown, sender: Runtime.MessageSender): Promise<void> {
  const m = parseContentToBackground(msg);
  const tabId = sender.tab?.id;
  if (!m || tabId === undefined || !isOwnExtensionSender(sender, api.runtime.id, api.runtime.getURL(''))) return;
  await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await api.action.setBadgeText({ tabId, text: m.count > 0 ? String(Math.min(m.count, 999)) : '' });
}

/** The toggle-clean command: tell the active tab's content script. */
export async function onCommand(api: Api, command: string): Promise<void> {
  if (command !== 'toggle-clean') return;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: BackgroundToContent = { type: 'toggle-clean' };
  await api.tabs.sendMessage(tab.id, msg).catch(() => {}); // a page without our content script
}

/** Writes the default settings that are not set yet (keeps the user's on update). */
export async function onInstalled(api: Api): Promise<void> {
  const defaults = defaultItems();
  const have = await api.storage.sync.get(Object.keys(defaults));
  const missing = Object.fromEntries(Object.entries(defaults).filter(([k]) => !(k in have)));
  if (Object.keys(missing).length) await api.storage.sync.set(missing);
}
