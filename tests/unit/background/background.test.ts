import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, Runtime } from 'webextension-polyfill';
import type { browser as MockBrowser } from '../../mocks/webextension-polyfill.ts';

async function fresh() {
  vi.resetModules();
  const mock = (await import('webextension-polyfill')).default as unknown as typeof MockBrowser;
  const handlers = await import('../../../src/background/handlers.ts');
  return { mock, api: mock as unknown as Browser, ...handlers };
}

const sender = (s: Partial<Runtime.MessageSender>): Runtime.MessageSender => s as Runtime.MessageSender;

describe('background', () => {
  beforeEach(() => vi.clearAllMocks());

  it('badges the sending tab from our content script only', async () => {
    const { mock, api, onContentMessage } = await fresh();
    await onContentMessage(
      api,
      { type: 'hidden-count', count: 3 },
      sender({ id: mock.runtime.id, tab: { id: 5 } as never }),
    );
    expect(mock.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '3' });
    await onContentMessage(
      api,
      { type: 'hidden-count', count: 0 },
      sender({ id: mock.runtime.id, tab: { id: 5 } as never }),
    );
    expect(mock.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '' });
    mock.action.setBadgeText.mockClear();
    // another extension, no tab, malformed
    await onContentMessage(api, { type: 'hidden-count', count: 9 }, sender({ id: 'evil', tab: { id: 5 } as never }));
    await onContentMessage(
      api,
      { type: 'hidden-count', count: 9 },
      sender({ id: mock.runtime.id, url: 'chrome-extension://test-extension-id/x' }),
    );
    await onContentMessage(
      api,
      { type: 'hidden-count', count: 'lots' },
      sender({ id: mock.runtime.id, tab: { id: 5 } as never }),
    );
    expect(mock.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('injects the clean side into the asking frame of our own content script, and answers when it is in', async () => {
    const { mock, api, onContentMessage } = await fresh();
    const ours = sender({ id: mock.runtime.id, tab: { id: 5 } as never, frameId: 0 });
    await expect(onContentMessage(api, { type: 'load-clean-side' }, ours)).resolves.toEqual({ ok: true });
    expect(mock.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [0] },
      files: ['/src/content/clean.js'],
      injectImmediately: true,
    });
    // Firefox reports a script that failed to load in the result; Chrome rejects.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mock.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: 'Unable to load script' }]);
    await expect(onContentMessage(api, { type: 'load-clean-side' }, ours)).resolves.toEqual({ ok: false });
    mock.scripting.executeScript.mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    await expect(onContentMessage(api, { type: 'load-clean-side' }, ours)).resolves.toEqual({ ok: false });
    warn.mockRestore();
    // Anyone else asking gets nothing injected anywhere.
    mock.scripting.executeScript.mockClear();
    for (const s of [
      sender({ id: 'evil', tab: { id: 5 } as never }),
      sender({ tab: { id: 5 } as never, url: 'https://evil.example/' }),
      sender({ id: mock.runtime.id, url: 'chrome-extension://test-extension-id/x' }),
    ])
      await expect(onContentMessage(api, { type: 'load-clean-side' }, s)).resolves.toBeUndefined();
    expect(mock.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('sends toggle-clean to the active tab on the command, its clean side injected first', async () => {
    const { mock, api, onCommand } = await fresh();
    mock.tabs.query.mockResolvedValueOnce([{ id: 11 }]);
    await onCommand(api, 'toggle-clean');
    expect(mock.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(mock.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 11, frameIds: [0] },
      files: ['/src/content/clean.js'],
      injectImmediately: true,
    });
    expect(mock.scripting.executeScript.mock.invocationCallOrder[0]).toBeLessThan(
      mock.tabs.sendMessage.mock.invocationCallOrder[0] ?? 0,
    );
    expect(mock.tabs.sendMessage).toHaveBeenCalledWith(11, { type: 'toggle-clean' });
    mock.tabs.sendMessage.mockClear();
    await onCommand(api, 'something-else');
    expect(mock.tabs.sendMessage).not.toHaveBeenCalled();
    // a tab without our content script: no throw
    mock.tabs.query.mockResolvedValueOnce([{ id: 12 }]);
    mock.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(onCommand(api, 'toggle-clean')).resolves.toBeUndefined();
  });

  it('writes defaults on install without overwriting the user’s choices', async () => {
    const { mock, api, onInstalled } = await fresh();
    mock.storage.sync.data.clear();
    await onInstalled(api);
    expect(Object.fromEntries(mock.storage.sync.data)).toEqual({ autoClean: true, kinds: ['share', 'comments'] });
    mock.storage.sync.data.set('autoClean', false);
    await onInstalled(api);
    expect(mock.storage.sync.data.get('autoClean')).toBe(false);
  });

  it('keeps a site’s stylesheet under the sender’s own site, top frame only, while auto-clean is on there', async () => {
    const { mock, api, onContentMessage } = await fresh();
    mock.storage.local.data.clear();
    mock.storage.sync.data.clear();
    const entry = { v: 1, at: 1, sels: [{ sel: 'div.story-share', kind: 'share', miss: 0 }] };
    const tab = { id: 5 } as never;
    const msg = { type: 'site-style', style: entry };
    await onContentMessage(
      api,
      msg,
      sender({ id: mock.runtime.id, tab, frameId: 0, url: 'https://www.harbour.example/a' }),
    );
    expect(mock.storage.local.data.get('style:harbour.example')).toMatchObject({ v: 1, sels: entry.sels });
    // A frame, another extension, a malformed or hostile entry: nothing written.
    mock.storage.local.data.clear();
    await onContentMessage(api, msg, sender({ id: mock.runtime.id, tab, frameId: 3, url: 'https://ads.example/' }));
    await onContentMessage(api, msg, sender({ id: 'evil', tab, frameId: 0, url: 'https://x.example/' }));
    for (const sel of ['div:nth-of-type(2)', '.a}body{display:none}', 'div'])
      await onContentMessage(
        api,
        { type: 'site-style', style: { v: 1, at: 1, sels: [{ sel, kind: 'share', miss: 0 }] } },
        sender({ id: mock.runtime.id, tab, frameId: 0, url: 'https://x.example/' }),
      );
    expect(mock.storage.local.data.size).toBe(0);
    // Never clean on this site: its stylesheet is not kept (and null forgets it).
    mock.storage.sync.data.set('site:harbour.example', false);
    await onContentMessage(
      api,
      msg,
      sender({ id: mock.runtime.id, tab, frameId: 0, url: 'https://harbour.example/b' }),
    );
    expect(mock.storage.local.data.size).toBe(0);
  });

  it('keeps at most 200 sites, and forgets a site’s stylesheet with its rule', async () => {
    const { mock, api, onContentMessage, onStorageChanged } = await fresh();
    mock.storage.local.data.clear();
    mock.storage.sync.data.clear();
    for (let i = 0; i < 200; i++)
      mock.storage.local.data.set(`style:s${i}.example`, {
        v: 1,
        at: 1000 + i,
        sels: [{ sel: '#c', kind: 'share', miss: 0 }],
      });
    const entry = { v: 1, at: 1, sels: [{ sel: 'div.story-share', kind: 'share', miss: 0 }] };
    await onContentMessage(
      api,
      { type: 'site-style', style: entry },
      sender({ id: mock.runtime.id, tab: { id: 1 } as never, frameId: 0, url: 'https://new.example/' }),
    );
    expect(mock.storage.local.data.size).toBe(200);
    expect(mock.storage.local.data.has('style:new.example')).toBe(true);
    expect(mock.storage.local.data.has('style:s0.example')).toBe(false); // the least recently updated
    mock.storage.local.data.set('style:news.s5.example', entry);
    await onStorageChanged(api, { 'site:s5.example': { newValue: false } }, 'sync');
    expect(mock.storage.local.data.has('style:s5.example')).toBe(false);
    expect(mock.storage.local.data.has('style:news.s5.example')).toBe(false);
    await onStorageChanged(api, { 'site:s6.example': {} }, 'sync'); // rule removed
    expect(mock.storage.local.data.has('style:s6.example')).toBe(false);
    await onStorageChanged(api, { 'site:s7.example': { newValue: true } }, 'sync');
    await onStorageChanged(api, { 'site:s8.example': { newValue: false } }, 'local');
    expect(mock.storage.local.data.has('style:s7.example')).toBe(true);
    expect(mock.storage.local.data.has('style:s8.example')).toBe(true);
  });

  it('registers its listeners at the top level', async () => {
    const { mock } = await fresh();
    await import('../../../src/background/index.ts');
    expect(mock.runtime.onMessage.listeners).toHaveLength(1);
    expect(mock.commands.onCommand.listeners).toHaveLength(1);
    expect(mock.runtime.onInstalled.listeners).toHaveLength(1);
    expect(mock.storage.onChanged.listeners).toHaveLength(1);
  });
});
