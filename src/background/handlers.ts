// Background logic with its extension APIs passed in, so it is testable:
// badge counts per tab, the clean side injected on request, the keyboard
// toggle, defaults on install.

import type { Browser, Runtime } from 'webextension-polyfill';
import {
  isOwnExtensionSender,
  parseContentToBackground,
  parseReaderToBackground,
  type BackgroundToContent,
  type ToReadSide,
} from '../shared/messages.ts';
import { defaultItems, isFrontPageUrl, parseReaderSettings, readerAlwaysFor } from '../shared/settings.ts';
import { CLEAN_SIDE_SCRIPT, injectScripts, READ_SIDE_SCRIPT } from '../shared/side-scripts.ts';

type Api = Pick<Browser, 'runtime' | 'tabs' | 'action' | 'storage' | 'scripting'>;
type Sender = Runtime.MessageSender;

const BADGE_COLOR = '#0b6e69';

/**
 * Messages from our own content script (a sender in a tab): the badge count,
 * and the request to inject the clean side into the sender's own frame. The
 * reply to that request comes when the script is in (or could not be).
 */
export async function onContentMessage(api: Api, msg: unknown, sender: Sender): Promise<{ ok: boolean } | undefined> {
  const m = parseContentToBackground(msg);
  const tabId = sender.tab?.id;
  if (!m || tabId === undefined || !isOwnExtensionSender(sender, api.runtime.id, api.runtime.getURL('')))
    return undefined;
  if (m.type === 'load-clean-side') return { ok: await injectCleanSide(api, tabId, sender.frameId ?? 0) };
  await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await api.action.setBadgeText({ tabId, text: m.count > 0 ? String(Math.min(m.count, 999)) : '' });
  return undefined;
}

/** Injects the clean side (our own file, nothing else) into one frame of a tab. */
export function injectCleanSide(api: Api, tabId: number, frameId: number): Promise<boolean> {
  return injectScripts(api.scripting, { tabId, frameIds: [frameId] }, [CLEAN_SIDE_SCRIPT]);
}

/** Injects the reading view's side (our own file) into a tab's top frame. */
export function injectReadSide(api: Api, tabId: number): Promise<boolean> {
  return injectScripts(api.scripting, { tabId, frameIds: [0] }, [READ_SIDE_SCRIPT]);
}

/** Has the reading view's side injected into a tab's top frame, then sends it one message. */
async function tellReadSide(api: Api, tabId: number, msg: ToReadSide): Promise<void> {
  if (!(await injectReadSide(api, tabId))) return;
  await api.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(() => {});
}

/**
 * Our content script says its page is a news article on a site that always
 * opens in the reading view. Checked again here, from the settings and the
 * sender's own URL (never a URL the message names): only a tab's top frame,
 * only a site set so, never its front page.
 */
export async function onReaderMessage(api: Api, msg: unknown, sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  if (!parseReaderToBackground(msg) || tabId === undefined || (sender.frameId ?? 0) !== 0) return;
  if (!isOwnExtensionSender(sender, api.runtime.id, api.runtime.getURL(''))) return;
  const url = sender.url ?? sender.tab?.url;
  if (typeof url !== 'string' || !/^https?:/iu.test(url) || isFrontPageUrl(url)) return;
  const settings = parseReaderSettings((await api.storage.sync.get(null)) as Record<string, unknown>);
  if (!readerAlwaysFor(settings, url)) return;
  await tellReadSide(api, tabId, { type: 'reader-open', auto: true });
}

/** The keyboard commands: clean or restore (toggle-clean), open or close the reading view (toggle-reader). */
export async function onCommand(api: Api, command: string): Promise<void> {
  if (command === 'toggle-reader') {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await tellReadSide(api, tab.id, { type: 'reader-toggle' });
    return;
  }
  if (command !== 'toggle-clean') return;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // The page may never have been cleaned: its clean side must be there first.
  if (!(await injectCleanSide(api, tab.id, 0))) return;
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
