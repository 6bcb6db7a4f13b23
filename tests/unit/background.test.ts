import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser, Runtime } from 'webextension-polyfill';
import type { browser as MockBrowser } from '../mocks/webextension-polyfill.ts';

async function fresh() {
  vi.resetModules();
  const mock = (await import('webextension-polyfill')).default as unknown as typeof MockBrowser;
  const handlers = await import('../../src/background/handlers.ts');
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

  it('sends toggle-clean to the active tab on the command', async () => {
    const { mock, api, onCommand } = await fresh();
    mock.tabs.query.mockResolvedValueOnce([{ id: 11 }]);
    await onCommand(api, 'toggle-clean');
    expect(mock.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
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

  it('registers its listeners at the top level', async () => {
    const { mock } = await fresh();
    await import('../../src/background/index.ts');
    expect(mock.runtime.onMessage.listeners).toHaveLength(1);
    expect(mock.commands.onCommand.listeners).toHaveLength(1);
    expect(mock.runtime.onInstalled.listeners).toHaveLength(1);
  });
});
