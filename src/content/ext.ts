// The few extension APIs the content script uses, without webextension-polyfill
// (~10 KB of the budget in budgets.json, contentScriptBytes). MV3 gives promises natively: Firefox's
// `browser` and Chrome's `chrome` both return them from these calls. Replies go
// through sendResponse, synchronously, which both browsers support.

import type { SenderLike } from '../shared/messages.ts';

export type SendResponse = (reply: unknown) => void;
export type ContentMessageListener = (
  msg: unknown,
  sender: SenderLike,
  sendResponse: SendResponse,
) => boolean | undefined;

export interface ContentExtApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: { addListener(fn: ContentMessageListener): void };
  };
  storage: {
    sync: { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
    /** The per-site stylesheets (shared/site-styles.ts). */
    local: { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
  };
}

export function extApi(): ContentExtApi {
  const g = globalThis as { browser?: ContentExtApi; chrome?: ContentExtApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Clearline: no extension API in this context');
  return api;
}
