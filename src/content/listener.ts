// The content script's message boundary: only our own extension pages
// (popup, background) may talk to it, and only with well-formed messages.

import type { ClutterKind } from '../core/types.ts';
import {
  isOwnPageSender,
  parseBackgroundToContent,
  parsePopupToContent,
  type ContentReply,
  type SenderLike,
} from '../shared/messages.ts';
import type { ContentController } from './controller.ts';

export interface ListenerDeps {
  controller: ContentController;
  ownId: string;
  ownOrigin: string;
  /** Kinds for the keyboard toggle (from settings). */
  defaultKinds: () => readonly ClutterKind[];
}

/** Returns the reply for a valid message from us, or undefined (not ours: stay silent). */
export function handleContentMessage(msg: unknown, sender: SenderLike, deps: ListenerDeps): ContentReply | undefined {
  // Only pages of ours (popup, options, background) talk to us.
  if (!isOwnPageSender(sender, deps.ownId, deps.ownOrigin)) return undefined;
  const { controller } = deps;
  const m = parsePopupToContent(msg);
  if (m) {
    switch (m.type) {
      case 'get-state':
        return controller.state(m.withSnapshot);
      case 'clean':
        return controller.clean(m.kinds);
      case 'restore':
        return controller.restore();
      case 'highlight':
        return { ok: controller.highlight(m.paragraph, m.text) };
      case 'clear-highlight':
        controller.clearHighlight();
        return { ok: true };
    }
  }
  if (parseBackgroundToContent(msg)) return controller.toggle(deps.defaultKinds());
  return undefined;
}
