// Chrome service worker / Firefox event page. Listeners are registered at the
// top level so a restarted worker gets the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { parseContentToBackground, parseReaderToBackground } from '../shared/messages.ts';
import { onCommand, onContentMessage, onInstalled, onReaderMessage, onStorageChanged } from './handlers.ts';

browser.runtime.onInstalled.addListener(() => void onInstalled(browser));
browser.storage.onChanged.addListener((changes, area) => void onStorageChanged(browser, changes, area));
browser.commands.onCommand.addListener((command: string) => void onCommand(browser, command));
browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // A site that always opens in the reading view (expects no answer).
  if (parseReaderToBackground(msg)) {
    void onReaderMessage(browser, msg, sender).catch(() => {});
    return undefined;
  }
  // The badge count expects no answer; the clean side's request is answered when the script is in.
  const reply = onContentMessage(browser, msg, sender).catch(() => undefined);
  return parseContentToBackground(msg)?.type === 'load-clean-side' ? reply : undefined;
});
