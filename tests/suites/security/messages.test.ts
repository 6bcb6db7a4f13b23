// Security (issue 8): every message listener checks the sender and the shape;
// forged senders and malformed or unknown messages are ignored without a reply
// and without touching the page or the badge.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, Runtime } from 'webextension-polyfill';
import type { ContentController } from '../../../src/content/controller.ts';
import type { ContentExtApi, ContentMessageListener } from '../../../src/content/ext.ts';
import { handleContentMessage, type ListenerDeps } from '../../../src/content/listener.ts';
import { startContent } from '../../../src/content/main.ts';
import type { SenderLike } from '../../../src/shared/messages.ts';
import type { browser as MockBrowser } from '../../mocks/webextension-polyfill.ts';

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP: SenderLike = { id: ID, url: `${ORIGIN}src/popup/popup.html` };
const BACKGROUND: SenderLike = { id: ID, url: `${ORIGIN}service-worker-loader.js` };

/** Senders that must never be obeyed by the content script. */
const FORGED_TO_CONTENT: Array<[string, SenderLike]> = [
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
  ['another extension claiming our URL', { id: 'other-extension', url: `${ORIGIN}src/popup/popup.html` }],
  ['our id from a web page URL', { id: ID, url: 'https://evil.example/' }],
  ['our content script in another tab', { id: ID, url: 'https://news.example/a', tab: { id: 4 } }],
  ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}-evil/popup.html` }],
  ['a look-alike host prefix', { id: ID, url: `chrome-extension://${ID}.evil.example/` }],
  ['a data: URL', { id: ID, url: 'data:text/html,<script>1</script>' }],
  ['a moz-extension URL of another add-on', { id: ID, url: 'moz-extension://1234-5678/popup.html' }],
  ['missing id', { url: `${ORIGIN}src/popup/popup.html` }],
  ['missing url', { id: ID }],
  ['an empty sender', {}],
  ['a non-string url', { id: ID, url: 42 as unknown as string }],
  ['a non-string id', { id: 42 as unknown as string, url: `${ORIGIN}src/popup/popup.html` }],
];

/** Messages that must be ignored even from our own popup. */
const MALFORMED: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'get-state'],
  ['a number', 7],
  ['an array', [{ type: 'restore' }]],
  ['no type', { kinds: ['share'] }],
  ['an unknown type', { type: 'eval', code: 'alert(1)' }],
  ['a type with different case', { type: 'RESTORE' }],
  ['a non-string type', { type: ['restore'] }],
  ['clean without kinds', { type: 'clean' }],
  ['clean with kinds not an array', { type: 'clean', kinds: 'share' }],
  ['clean with an unknown kind', { type: 'clean', kinds: ['share', 'everything'] }],
  ['clean with a non-string kind', { type: 'clean', kinds: [{ toString: () => 'share' }] }],
  ['highlight with a string index', { type: 'highlight', paragraph: '1', text: 'x' }],
  ['highlight with a fractional index', { type: 'highlight', paragraph: 1.5, text: 'x' }],
  ['highlight with NaN', { type: 'highlight', paragraph: Number.NaN, text: 'x' }],
  ['highlight without text', { type: 'highlight', paragraph: 1 }],
  ['highlight with huge text', { type: 'highlight', paragraph: 1, text: 'x'.repeat(100_001) }],
  ['hidden-count (a background message) sent to content', { type: 'hidden-count', count: 3 }],
  ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"type": "restore", "polluted": true}}') as unknown],
];

function spyDeps(): { deps: ListenerDeps; calls: () => number } {
  const controller = {
    state: vi.fn(() => ({ cleaned: true })),
    clean: vi.fn(() => ({ cleaned: true })),
    restore: vi.fn(() => ({ cleaned: false })),
    toggle: vi.fn(() => ({ cleaned: false })),
    highlight: vi.fn(() => false),
    clearHighlight: vi.fn(),
  };
  const deps: ListenerDeps = {
    controller: controller as unknown as ContentController,
    ownId: ID,
    ownOrigin: ORIGIN,
    defaultKinds: () => ['share'],
  };
  const all = Object.values(controller);
  return { deps, calls: () => all.reduce((n, f) => n + f.mock.calls.length, 0) };
}

describe('content script listener (src/content/listener.ts)', () => {
  it.each(FORGED_TO_CONTENT)('ignores %s, for every message type', (_name, sender) => {
    const { deps, calls } = spyDeps();
    for (const msg of [
      { type: 'get-state', withSnapshot: true },
      { type: 'clean', kinds: ['share'] },
      { type: 'restore' },
      { type: 'highlight', paragraph: 0, text: 'x' },
      { type: 'clear-highlight' },
      { type: 'toggle-clean' },
    ]) {
      expect(handleContentMessage(msg, sender, deps)).toBeUndefined();
    }
    expect(calls()).toBe(0);
  });

  it.each(MALFORMED)('ignores %s from our own popup', (_name, msg) => {
    const { deps, calls } = spyDeps();
    expect(handleContentMessage(msg, POPUP, deps)).toBeUndefined();
    expect(handleContentMessage(msg, BACKGROUND, deps)).toBeUndefined();
    expect(calls()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still answers well-formed messages from our own pages (the checks are not too strict)', () => {
    const { deps } = spyDeps();
    expect(handleContentMessage({ type: 'get-state' }, POPUP, deps)).toEqual({ cleaned: true });
    expect(handleContentMessage({ type: 'restore' }, POPUP, deps)).toEqual({ cleaned: false });
    expect(handleContentMessage({ type: 'toggle-clean' }, BACKGROUND, deps)).toEqual({ cleaned: false });
    expect(deps.controller.restore).toHaveBeenCalledTimes(1);
  });

  it('the registered listener neither replies nor claims the channel for forged or malformed messages', async () => {
    const listeners: ContentMessageListener[] = [];
    const api: ContentExtApi = {
      runtime: {
        id: ID,
        getURL: (p: string) => ORIGIN + p,
        sendMessage: vi.fn(async () => undefined),
        onMessage: { addListener: (fn) => void listeners.push(fn) },
      },
      storage: { sync: { get: vi.fn(async () => ({})) }, local: { get: vi.fn(async () => ({})) } },
    };
    const doc = new DOMParser().parseFromString('<title>t</title>', 'text/html');
    const p = doc.createElement('p');
    p.textContent = 'Hello.';
    doc.body.appendChild(p);
    const c = await startContent(doc, 'https://news.example/a', api);
    c.stop();
    const listener = listeners[0];
    expect(listener).toBeDefined();
    if (!listener) return;
    for (const [, sender] of FORGED_TO_CONTENT) {
      const respond = vi.fn();
      expect(listener({ type: 'get-state', withSnapshot: true }, sender, respond)).toBeUndefined();
      expect(respond).not.toHaveBeenCalled();
    }
    for (const [, msg] of MALFORMED) {
      const respond = vi.fn();
      expect(listener(msg, POPUP, respond)).toBeUndefined();
      expect(respond).not.toHaveBeenCalled();
    }
  });
});

describe('background listener (src/background/handlers.ts)', () => {
  async function fresh() {
    vi.resetModules();
    const mock = (await import('webextension-polyfill')).default as unknown as typeof MockBrowser;
    const handlers = await import('../../../src/background/handlers.ts');
    return { mock, api: mock as unknown as Browser, ...handlers };
  }
  const as = (s: Record<string, unknown>): Runtime.MessageSender => s as Runtime.MessageSender;

  beforeEach(() => vi.clearAllMocks());

  it('ignores forged senders of a badge count', async () => {
    const { mock, api, onContentMessage } = await fresh();
    const msg = { type: 'hidden-count', count: 5 };
    const forged: Array<Record<string, unknown>> = [
      { id: 'other-extension', tab: { id: 5 }, url: 'https://news.example/' }, // another extension's content script
      { tab: { id: 5 }, url: 'https://evil.example/' }, // a web page (no id)
      { id: undefined, tab: { id: 5 } },
      { id: 'other-extension', url: 'chrome-extension://other-extension/bg.js' }, // another extension's page
      { id: mock.runtime.id, url: `chrome-extension://${mock.runtime.id}/src/popup/popup.html` }, // our page: no tab to badge
      { id: mock.runtime.id, tab: {} }, // a tab without an id
      { id: `${mock.runtime.id}x`, tab: { id: 5 } }, // a look-alike id
      {},
    ];
    for (const s of forged) await onContentMessage(api, msg, as(s));
    expect(mock.action.setBadgeText).not.toHaveBeenCalled();
    expect(mock.action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });

  it('ignores malformed and unknown messages from our own content script', async () => {
    const { mock, api, onContentMessage } = await fresh();
    const ours = as({ id: mock.runtime.id, tab: { id: 5 }, url: 'https://news.example/' });
    const bad: unknown[] = [
      null,
      undefined,
      'hidden-count',
      { type: 'hidden-count' },
      { type: 'hidden-count', count: '3' },
      { type: 'hidden-count', count: -1 },
      { type: 'hidden-count', count: 1.5 },
      { type: 'hidden-count', count: Number.NaN },
      { type: 'hidden-count', count: Number.POSITIVE_INFINITY },
      { type: 'set-badge', text: '<img src=x onerror=alert(1)>' },
      { type: 'toggle-clean' },
      { type: 'clean', kinds: ['share'] },
    ];
    for (const m of bad) await expect(onContentMessage(api, m, ours)).resolves.toBeUndefined();
    expect(mock.action.setBadgeText).not.toHaveBeenCalled();
    // A huge (valid) count is capped in the badge.
    await onContentMessage(api, { type: 'hidden-count', count: 123456 }, ours);
    expect(mock.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '999' });
  });

  it('its registered listener never throws, and answers only a clean-side request, with nothing for forgers', async () => {
    const { mock } = await fresh();
    await import('../../../src/background/index.ts');
    const listener = mock.runtime.onMessage.listeners[0] as unknown as (m: unknown, s: unknown) => unknown;
    expect(listener).toBeDefined();
    for (const m of [null, { type: 'hidden-count', count: 2 }, { type: 'nope' }]) {
      expect(listener(m, { id: 'other-extension', tab: { id: 1 } })).toBeUndefined();
      expect(listener(m, {})).toBeUndefined();
    }
    const forged = listener({ type: 'load-clean-side' }, { id: 'other-extension', tab: { id: 1 } });
    await expect(forged).resolves.toBeUndefined();
    await Promise.resolve();
    expect(mock.action.setBadgeText).not.toHaveBeenCalled();
    expect(mock.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('ignores unknown commands', async () => {
    const { mock, api, onCommand } = await fresh();
    mock.tabs.query.mockResolvedValue([{ id: 3 }]);
    for (const c of ['', 'toggle-clean ', 'TOGGLE-CLEAN', 'eval', '_execute_action'])
      await expect(onCommand(api, c)).resolves.toBeUndefined();
    expect(mock.tabs.sendMessage).not.toHaveBeenCalled();
    expect(mock.scripting.executeScript).not.toHaveBeenCalled();
  });
});
