// Wires the controller to the extension, at document_end: settings and the
// site's stylesheet (read at document start by start.ts: early.ts) in, badge
// count and what a cleaned page taught the stylesheet out, messages from our
// popup and background answered.
//
//   document start (start.ts) ─► storage: settings ∥ this site's stylesheet ─► the stylesheet in
//   document parsed (here)    ─► the load path, in slices (controller.ts)

import { DEFAULT_KINDS } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';
import type { ContentToBackground, ReaderToBackground } from '../shared/messages.ts';
import { ContentController } from './controller.ts';
import { takeEarly, type Early, type PageSettings } from './early-slot.ts';
import { extApi, type ContentExtApi } from './ext.ts';
import { handleContentMessage } from './listener.ts';
import { pageYield } from './yield.ts';

export async function startContent(
  doc: Document = document,
  url: string = location.href,
  api: ContentExtApi = extApi(),
  yieldFn: () => Promise<void> = pageYield(),
  early: Early | null = takeEarly(),
): Promise<ContentController> {
  const send = (msg: ContentToBackground | ReaderToBackground): Promise<unknown> =>
    Promise.resolve().then(() => api.runtime.sendMessage(msg));
  // No background yet (or an old tab after an update): what is only told can wait.
  const tell = (msg: ContentToBackground | ReaderToBackground): void => void send(msg).catch(() => {});
  const controller = new ContentController({
    doc,
    url,
    yieldFn,
    early,
    onHiddenCount: (count) => tell({ type: 'hidden-count', count }),
    // The background injects the clean side into this frame (content scripts cannot inject).
    loadCleanSide: async () => {
      await send({ type: 'load-clean-side' });
    },
    onSiteStyle: (style) => tell({ type: 'site-style', style }),
  });
  let kinds: readonly ClutterKind[] = DEFAULT_KINDS;
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    // While the page is being parsed there is no answer yet: the popup waits for one.
    if (doc.readyState === 'loading') return undefined;
    const reply = handleContentMessage(msg, sender, {
      controller,
      ownId: api.runtime.id,
      ownOrigin: api.runtime.getURL(''),
      defaultKinds: () => kinds,
    });
    if (reply === undefined) return undefined; // not ours: let others answer
    sendResponse(reply);
    return false;
  });
  // Without the start script (never in the browser, which runs both scripts of the manifest on
  // every page): nothing was read, so nothing is cleaned or opened on load; the popup still works.
  const page: PageSettings = early
    ? await early.page
    : { autoClean: false, kinds: [...DEFAULT_KINDS], readerAlways: false };
  kinds = page.kinds;
  // The manifest runs this script at document_end: the document is parsed (readyState "interactive").
  await controller.runLoadPath(page.autoClean, page.kinds);
  // A news article on a site that always opens in the reading view: the background injects it (never on a front page).
  const d = controller.detect();
  if (d.isNews && !d.signals.includes('-url:home') && page.readerAlways) tell({ type: 'open-reader' });
  return controller;
}
