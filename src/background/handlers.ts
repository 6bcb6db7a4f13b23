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
import {
  autoCleanFor,
  defaultItems,
  isFrontPageUrl,
  parseReaderSettings,
  parseSettings,
  readerAlwaysFor,
  SITE_PREFIX,
  siteKey,
} from '../shared/settings.ts';
import { CLEAN_SIDE_SCRIPT, injectScripts, READ_SIDE_SCRIPT } from '../shared/side-scripts.ts';
import { evictedStyleKeys, STYLE_PREFIX, styleItemKey, type SiteStyle } from '../shared/site-styles.ts';

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
  if (m.type === 'site-style') {
    await storeSiteStyle(api, sender, m.style);
    return undefined;
  }
  await api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await api.action.setBadgeText({ tabId, text: m.count > 0 ? String(Math.min(m.count, 999)) : '' });
  return undefined;
}

/**
 * Keeps a site's stylesheet (shared/site-styles.ts), filed under the site of
 * the page that sent it (never a site the message names), from our content
 * script in a tab's top frame, and only while auto-clean is on for that site.
 * At most MAX_STYLE_SITES sites are kept: the least recently updated go.
 */
async function storeSiteStyle(api: Api, sender: Sender, style: SiteStyle | null): Promise<void> {
  if ((sender.frameId ?? 0) !== 0 || typeof sender.url !== 'string') return;
  const host = /^https?:/iu.test(sender.url) ? siteKey(sender.url) : null;
  if (!host) return;
  const key = styleItemKey(host);
  const settings = parseSettings((await api.storage.sync.get(null)) as Record<string, unknown>);
  if (!style || !autoCleanFor(settings, sender.url)) {
    await api.storage.local.remove(key);
    return;
  }
  await api.storage.local.set({ [key]: { ...style, at: Date.now() } });
  const evicted = evictedStyleKeys((await api.storage.local.get(null)) as Record<string, unknown>);
  if (evicted.length) await api.storage.local.remove(evicted);
}

/**
 * Storage changed: a site's stylesheet goes with the site's settings (its
 * rule removed, or set to "never clean").
 */
export async function onStorageChanged(
  api: Api,
  changes: Record<string, { newValue?: unknown }>,
  area: string,
): Promise<void> {
  if (area !== 'sync') return;
  const hosts: string[] = [];
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(SITE_PREFIX) || change.newValue === true) continue;
    const host = siteKey(key.slice(SITE_PREFIX.length));
    if (host) hosts.push(host);
  }
  if (!hosts.length) return;
  // A rule for example.com also covers news.example.com (settings.autoCleanFor): so does forgetting.
  const stored = Object.keys((await api.storage.local.get(null)) as Record<string, unknown>);
  const gone = stored.filter((k) => {
    const h = k.startsWith(STYLE_PREFIX) ? k.slice(STYLE_PREFIX.length) : null;
    return h !== null && hosts.some((host) => h === host || h.endsWith(`.${host}`));
  });
  if (gone.length) await api.storage.local.remove(gone);
}

/** Injects the clean side (our own file, nothing else) into one frame of a tab. */
function injectCleanSide(api: Api, tabId: number, frameId: number): Promise<boolean> {
  return injectScripts(api.scripting, { tabId, frameIds: [frameId] }, [CLEAN_SIDE_SCRIPT]);
}

/** Injects the reading view's side (our own file) into a tab's top frame. */
function injectReadSide(api: Api, tabId: number): Promise<boolean> {
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
