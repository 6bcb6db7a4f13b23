import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser as MockBrowser } from '../mocks/webextension-polyfill.ts';

const HTML = readFileSync(new NodeURL('../../src/options/options.html', import.meta.url), 'utf8');

async function open() {
  vi.resetModules();
  const mock = (await import('webextension-polyfill')).default as unknown as typeof MockBrowser;
  mock.storage.sync.data.clear();
  mock.storage.onChanged.listeners.length = 0;
  const body = new DOMParser().parseFromString(HTML, 'text/html').body;
  document.body.replaceChildren(...[...body.childNodes].map((n) => document.importNode(n, true)));
  const { startOptions } = await import('../../src/options/page.ts');
  return { mock, startOptions };
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('options page', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows defaults and saves the global switch and kinds', async () => {
    const { mock, startOptions } = await open();
    await startOptions(document);
    expect($<HTMLInputElement>('#auto-clean').checked).toBe(true);
    expect($<HTMLInputElement>('#kind-share').checked).toBe(true);
    expect($<HTMLInputElement>('#kind-related').checked).toBe(false);
    expect($('#kinds label[for="kind-comments"]').textContent).toBe('Comment sections');
    expect($('#shortcut').textContent).toContain('Alt+Shift+L');
    $<HTMLInputElement>('#auto-clean').click();
    $<HTMLInputElement>('#kind-related').click();
    await vi.waitFor(() => expect(mock.storage.sync.data.get('kinds')).toEqual(['share', 'comments', 'related']));
    expect(mock.storage.sync.data.get('autoClean')).toBe(false);
  });

  it('adds, validates and removes per-site rules', async () => {
    const { mock, startOptions } = await open();
    await startOptions(document);
    const host = $<HTMLInputElement>('#site-host');
    host.value = 'not a host';
    $<HTMLFormElement>('#site-form').requestSubmit();
    expect($('#site-error').textContent).toContain('example.com');
    expect(host.getAttribute('aria-invalid')).toBe('true');
    host.value = 'https://www.Reuters.com/world';
    $<HTMLSelectElement>('#site-mode').value = 'off';
    $<HTMLFormElement>('#site-form').requestSubmit();
    await vi.waitFor(() => expect($('#site-list .host')?.textContent).toBe('reuters.com'));
    expect(mock.storage.sync.data.get('site:reuters.com')).toBe(false);
    expect($('#site-error').textContent).toBe('');
    $<HTMLButtonElement>('#site-list button').click();
    await vi.waitFor(() => expect($('#site-list .host')).toBeNull());
    expect(mock.storage.sync.data.has('site:reuters.com')).toBe(false);
  });
});
