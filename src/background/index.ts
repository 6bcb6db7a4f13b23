// Chrome service worker / Firefox event page. Listeners are registered at the
// top level so a restarted worker gets the event that woke it.
import browser, { type Runtime } from 'webextension-polyfill';
import { onCommand, onContentMessage, onInstalled } from './handlers.ts';

browser.runtime.onInstalled.addListener(() => void onInstalled(browser));
browser.commands.onCommand.addListener((command: string) => void onCommand(browser, command));
browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // Fire and forget: the content script expects no answer.
  void onContentMessage(browser, msg, sender).catch(() => {});
  return undefined;
});
