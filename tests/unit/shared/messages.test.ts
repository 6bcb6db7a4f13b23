import { describe, expect, it } from 'vitest';
import {
  isContentState,
  isOwnExtensionSender,
  isOwnPageSender,
  parseBackgroundToContent,
  parseContentToBackground,
  parsePopupToContent,
} from '../../../src/shared/messages.ts';

const ID = 'abc';
const ORIGIN = 'chrome-extension://abc/';

describe('message validation', () => {
  it('accepts the popup messages and normalizes get-state', () => {
    expect(parsePopupToContent({ type: 'get-state' })).toEqual({ type: 'get-state', withSnapshot: false });
    expect(parsePopupToContent({ type: 'get-state', withSnapshot: true })).toEqual({
      type: 'get-state',
      withSnapshot: true,
    });
    expect(parsePopupToContent({ type: 'clean', kinds: ['share', 'comments'] })).toEqual({
      type: 'clean',
      kinds: ['share', 'comments'],
    });
    expect(parsePopupToContent({ type: 'restore' })).toEqual({ type: 'restore' });
    expect(parsePopupToContent({ type: 'highlight', paragraph: 2, text: 'x' })).toEqual({
      type: 'highlight',
      paragraph: 2,
      text: 'x',
    });
  });

  it('rejects malformed or unknown messages', () => {
    for (const bad of [
      null,
      'get-state',
      42,
      {},
      { type: 'eval' },
      { type: 'clean', kinds: ['share', 'ads'] },
      { type: 'clean', kinds: 'share' },
      { type: 'highlight', paragraph: 1.5, text: 'x' },
      { type: 'highlight', paragraph: 1, text: 7 },
      { type: 'highlight', paragraph: 1, text: 'x'.repeat(100_001) },
    ]) {
      expect(parsePopupToContent(bad)).toBeNull();
    }
    expect(parseContentToBackground({ type: 'hidden-count', count: -1 })).toBeNull();
    expect(parseContentToBackground({ type: 'hidden-count', count: '3' })).toBeNull();
    expect(parseContentToBackground({ type: 'hidden-count', count: 3 })).toEqual({ type: 'hidden-count', count: 3 });
    expect(parseBackgroundToContent({ type: 'toggle-clean' })).toEqual({ type: 'toggle-clean' });
    expect(parseBackgroundToContent({ type: 'restore' })).toBeNull();
  });

  it('checks senders: own pages and own content scripts only', () => {
    expect(isOwnExtensionSender({ id: ID, url: `${ORIGIN}src/popup/popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionSender({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionSender({ id: 'other', url: `${ORIGIN}x` }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionSender({ id: ID, url: 'chrome-extension://other/popup.html' }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionSender({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionSender({}, ID, ORIGIN)).toBe(false);
  });

  it('a listener in a web page accepts only pages of ours, in a tab or not, never a content script', () => {
    expect(isOwnPageSender({ id: ID, url: `${ORIGIN}src/popup/popup.html` }, ID, ORIGIN)).toBe(true);
    // Firefox: the popup or options page open in a tab.
    expect(isOwnPageSender({ id: ID, url: `${ORIGIN}src/popup/popup.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(true);
    // Our own content script in another tab.
    expect(isOwnPageSender({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isOwnPageSender({ id: 'other', url: `${ORIGIN}x` }, ID, ORIGIN)).toBe(false);
    expect(isOwnPageSender({ id: ID, url: 'chrome-extension://other/popup.html' }, ID, ORIGIN)).toBe(false);
    expect(isOwnPageSender({ id: ID }, ID, ORIGIN)).toBe(false);
  });

  it('recognizes a content state reply', () => {
    const state = {
      url: 'https://a.example/',
      title: 't',
      detection: { isNews: true, score: 1, signals: [] },
      cleaned: false,
      found: [],
      hiddenKinds: [],
      hiddenByKind: {},
      timings: { detectMs: 0, clutterMs: 0, hideMs: 0, loadPathMs: 0, observerMs: 0 },
    };
    expect(isContentState(state)).toBe(true);
    expect(isContentState({ ...state, hiddenByKind: undefined })).toBe(false);
    expect(isContentState({ ok: true })).toBe(false);
    expect(isContentState(undefined)).toBe(false);
  });
});
