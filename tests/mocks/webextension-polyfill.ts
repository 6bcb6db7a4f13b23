// Test double for 'webextension-polyfill' (the real module throws under jsdom).
// vitest.config.ts aliases the package name to this file. After
// vi.resetModules(), re-import it dynamically to share the code's instance.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

function event<L extends Listener = Listener>() {
  const listeners: L[] = [];
  return {
    listeners,
    addListener: vi.fn((fn: L) => void listeners.push(fn)),
    removeListener: vi.fn((fn: L) => {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    }),
    hasListener: (fn: L) => listeners.includes(fn),
  };
}

type Messages = Record<string, { message: string }>;
const localeCache = new Map<string, Messages>();
function messagesFor(locale: string): Messages {
  let m = localeCache.get(locale);
  if (!m) {
    const url = new NodeURL(`../../public/_locales/${locale}/messages.json`, import.meta.url);
    m = JSON.parse(readFileSync(url, 'utf8')) as Messages;
    localeCache.set(locale, m);
  }
  return m;
}

let uiLocale = 'en';

/** In-memory storage area with the promise API and onChanged notifications (with the area's name). */
function storageArea(onChanged: ReturnType<typeof event>, area = 'sync') {
  const data = new Map<string, unknown>();
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    data,
    get: vi.fn(async (keys?: string | string[] | Record<string, unknown> | null) => {
      const out: Record<string, unknown> = {};
      if (keys === null || keys === undefined) {
        for (const [k, v] of data) out[k] = clone(v);
      } else if (typeof keys === 'string' || Array.isArray(keys)) {
        for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = clone(data.get(k));
      } else {
        for (const [k, def] of Object.entries(keys)) out[k] = data.has(k) ? clone(data.get(k)) : def;
      }
      return out;
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: clone(v) };
        data.set(k, clone(v));
      }
      for (const l of onChanged.listeners) (l as (c: unknown, a: string) => void)(changes, area);
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      for (const l of onChanged.listeners) (l as (c: unknown, a: string) => void)(changes, area);
    }),
    clear: vi.fn(async () => data.clear()),
  };
}

const storageChanged = event();

export const browser = {
  runtime: {
    id: 'test-extension-id',
    onMessage: event(),
    onInstalled: event(),
    sendMessage: vi.fn(async (_msg: unknown): Promise<unknown> => undefined),
    getURL: (p: string) => `chrome-extension://test-extension-id/${p}`,
    openOptionsPage: vi.fn(async () => undefined),
  },
  tabs: {
    query: vi.fn(async (_q: unknown) => [] as Array<{ id?: number; status?: string; url?: string }>),
    get: vi.fn(async (id: number) => ({ id, status: 'complete' }) as { id?: number; status?: string }),
    sendMessage: vi.fn(async (_tabId: number, _msg: unknown): Promise<unknown> => undefined),
  },
  scripting: {
    executeScript: vi.fn(async (_d: { target: { tabId: number }; files?: string[] }): Promise<unknown[]> => []),
  },
  action: {
    setBadgeText: vi.fn(async (_d: unknown) => undefined),
    setBadgeBackgroundColor: vi.fn(async (_d: unknown) => undefined),
  },
  commands: {
    onCommand: event(),
    getAll: vi.fn(async () => [{ name: 'toggle-clean', shortcut: 'Alt+Shift+L', description: '' }]),
  },
  storage: {
    sync: storageArea(storageChanged),
    local: storageArea(storageChanged, 'local'),
    onChanged: storageChanged,
  },
  i18n: {
    getMessage: vi.fn((key: string, subs?: string | string[]): string => {
      if (key === '@@bidi_dir') return ['ar', 'he', 'fa'].includes(uiLocale) ? 'rtl' : 'ltr';
      if (key === '@@ui_locale') return uiLocale;
      const entry = messagesFor(uiLocale)[key] ?? messagesFor('en')[key];
      if (!entry) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
    }),
    getUILanguage: vi.fn(() => uiLocale),
  },
};

/** Test helper: switch the UI language the i18n double answers in. */
export function setUiLocale(locale: string): void {
  uiLocale = locale;
}

export default browser;
