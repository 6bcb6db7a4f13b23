// Chrome service worker / Firefox event page. Listeners are registered at the
// top level so a restarted worker gets the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { parseContentToBackground } from '../shared/messages.ts';
import { onCommand, onContentMessage, onInstalled, onStorageChanged } from './handlers.ts';

browser.runtime.onInstalled.addListener(() => void onInstalled(browser));
browser.storage.onChanged.addListener((changes, area) => void onStorageChanged(browser, changes, area));
browser.commands.onCommand.addListener((command: string) => void onCommand(browser, command));
browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // The badge count expects no answer; the clean side's request is answered when the script is in.
  const reply = onContentMessage(browser, msg, sender).catch(() => undefined);
  return parseContentToBackground(msg)?.type === 'load-clean-side' ? reply : undefined;
});
