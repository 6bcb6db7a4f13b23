// Wires the controller to the extension: settings in, badge count out,
// messages from our popup and background answered.

import { parseSettings, autoCleanFor, defaultSettings, readerAlwaysIn, type Settings } from '../shared/settings.ts';
import type { ContentToBackground, ReaderToBackground } from '../shared/messages.ts';
import { ContentController } from './controller.ts';
import { extApi, type ContentExtApi } from './ext.ts';
import { handleContentMessage } from './listener.ts';

export async function startContent(
  doc: Document = document,
  url: string = location.href,
  api: ContentExtApi = extApi(),
): Promise<ContentController> {
  // Ask for settings first, detect while storage answers.
  const pending = Promise.resolve()
    .then(() => api.storage.sync.get(null))
    .catch(() => ({}));
  const controller = new ContentController({
    doc,
    url,
    onHiddenCount: (count) => {
      const msg: ContentToBackground = { type: 'hidden-count', count };
      // No background yet (or an old tab after an update): the badge can wait.
      Promise.resolve()
        .then(() => api.runtime.sendMessage(msg))
        .catch(() => {});
    },
    // The background injects the clean side into this frame (content scripts cannot inject).
    loadCleanSide: async () => {
      const msg: ContentToBackground = { type: 'load-clean-side' };
      await api.runtime.sendMessage(msg);
    },
  });
  controller.detect();
  let settings: Settings = defaultSettings();
  let items: Record<string, unknown> = {};
  try {
    items = await pending;
    settings = parseSettings(items);
  } catch {
    // keep defaults
  }
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const reply = handleContentMessage(msg, sender, {
      controller,
      ownId: api.runtime.id,
      ownOrigin: api.runtime.getURL(''),
      defaultKinds: () => settings.kinds,
    });
    if (reply === undefined) return undefined; // not ours: let others answer
    sendResponse(reply);
    return false;
  });
  await controller.runLoadPath(autoCleanFor(settings, url), settings.kinds);
  // A news article on a site that always opens in the reading view: the background injects it (never on a front page).
  const d = controller.detect();
  if (d.isNews && !d.signals.includes('-url:home') && readerAlwaysIn(items, url)) {
    const msg: ReaderToBackground = { type: 'open-reader' };
    Promise.resolve()
      .then(() => api.runtime.sendMessage(msg))
      .catch(() => {});
  }
  return controller;
}
