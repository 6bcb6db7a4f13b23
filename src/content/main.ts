// Wires the controller to the extension, at document_end: settings and the
// site's stylesheet (read at document start by start.ts: early.ts) in, badge
// count and what a cleaned page taught the stylesheet out, messages from our
// popup and background answered.
//
//   document start (start.ts) ─► storage: settings ∥ this site's stylesheet ─► the stylesheet in
//   document parsed (here)    ─► the load path, in slices (controller.ts)

import type { ContentToBackground, ReaderToBackground } from '../shared/messages.ts';
import { autoCleanFor, defaultSettings, readerAlwaysIn, type Settings } from '../shared/settings.ts';
import { ContentController } from './controller.ts';
import { lateEarly, takeEarly, type Early } from './early-slot.ts';
import { extApi, type ContentExtApi } from './ext.ts';
import { handleContentMessage } from './listener.ts';
import { pageYield } from './yield.ts';

/**
 * Resolves once the document is parsed (DOMContentLoaded), when the article is
 * all there: detection then gives the answer it gives on the finished page.
 * Listened for on the window in the capture phase, registered at document
 * start before any page script, so no page listener can stop it first.
 */
export function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      if (doc.readyState === 'loading') return;
      doc.defaultView?.removeEventListener('DOMContentLoaded', done, true);
      doc.removeEventListener('readystatechange', done);
      resolve();
    };
    doc.defaultView?.addEventListener('DOMContentLoaded', done, true);
    doc.addEventListener('readystatechange', done);
  });
}

export async function startContent(
  doc: Document = document,
  url: string = location.href,
  api: ContentExtApi = extApi(),
  yieldFn: () => Promise<void> = pageYield(),
  early: Early = takeEarly() ?? lateEarly(api),
): Promise<ContentController> {
  const send = (msg: ContentToBackground): Promise<unknown> =>
    Promise.resolve().then(() => api.runtime.sendMessage(msg));
  const controller = new ContentController({
    doc,
    url,
    yieldFn,
    early,
    // No background yet (or an old tab after an update): the badge can wait.
    onHiddenCount: (count) => void send({ type: 'hidden-count', count }).catch(() => {}),
    // The background injects the clean side into this frame (content scripts cannot inject).
    loadCleanSide: async () => {
      await send({ type: 'load-clean-side' });
    },
    onSiteStyle: (style) => void send({ type: 'site-style', style }).catch(() => {}),
  });
  let settings: Settings = defaultSettings();
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // While the page is being parsed there is no answer yet: the popup waits for one.
    if (doc.readyState === 'loading') return undefined;
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
  settings = await early.settings;
  const autoClean = autoCleanFor(settings, url) && settings.kinds.length > 0;
  await parsed(doc);
  await controller.runLoadPath(autoClean, settings.kinds);
  // A news article on a site that always opens in the reading view: the background injects it (never on a front page).
  const d = controller.detect();
  if (d.isNews && !d.signals.includes('-url:home') && readerAlwaysIn(await early.items, url)) {
    const msg: ReaderToBackground = { type: 'open-reader' };
    void Promise.resolve()
      .then(() => api.runtime.sendMessage(msg))
      .catch(() => {});
  }
  return controller;
}
