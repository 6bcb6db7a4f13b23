import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser as MockBrowser } from '../../mocks/webextension-polyfill.ts';

const HTML = readFileSync(new NodeURL('../../../src/options/options.html', import.meta.url), 'utf8');

async function open() {
  vi.resetModules();
  const mock = (await import('webextension-polyfill')).default as unknown as typeof MockBrowser;
  mock.storage.sync.data.clear();
  mock.storage.local.data.clear();
  mock.storage.onChanged.listeners.length = 0;
  const body = new DOMParser().parseFromString(HTML, 'text/html').body;
  document.body.replaceChildren(...[...body.childNodes].map((n) => document.importNode(n, true)));
  for (const a of body.attributes) document.body.setAttribute(a.name, a.value);
  const { startOptions } = await import('../../../src/options/page.ts');
  return { mock, startOptions };
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('options page', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows defaults and saves the global switch and kinds', async () => {
    const { mock, startOptions } = await open();
    expect(document.body.getAttribute('aria-busy')).toBe('true');
    await startOptions(document);
    // Busy until the stored settings are drawn.
    expect(document.body.hasAttribute('aria-busy')).toBe(false);
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

  it('lists per site how many widget selectors are kept, and forgets them', async () => {
    const { mock, startOptions } = await open();
    const entry = (n: number) => ({
      v: 1,
      at: 1,
      sels: Array.from({ length: n }, (_, i) => ({ sel: `div.share-${'x'.repeat(i + 1)}`, kind: 'share', miss: 0 })),
    });
    mock.storage.local.data.set('style:reuters.com', entry(3));
    mock.storage.local.data.set('style:apnews.com', entry(1));
    mock.storage.local.data.set('style:broken.example', { v: 1, sels: [{ sel: 'div:nth-child(2)', kind: 'share' }] });
    mock.storage.sync.data.set('site:reuters.com', true);
    await startOptions(document);
    const rows = () =>
      [...document.querySelectorAll('#learned-list li')].map((li) =>
        [li.querySelector('.host')?.textContent, li.querySelector('.kept-count')?.textContent].join(' '),
      );
    expect(rows()).toEqual(['apnews.com 1 kept', 'reuters.com 3 kept']);
    $<HTMLButtonElement>('#learned-list li:first-child button').click();
    await vi.waitFor(() => expect(rows()).toEqual(['reuters.com 3 kept']));
    expect(mock.storage.local.data.has('style:apnews.com')).toBe(false);
    // Removing a site's rule removes its stylesheet too.
    $<HTMLButtonElement>('#site-list button').click();
    await vi.waitFor(() => expect(rows()).toEqual([' ']));
    expect($('#learned-list li').textContent).toContain('None yet');
    expect(mock.storage.local.data.has('style:reuters.com')).toBe(false);
    expect($<HTMLButtonElement>('#forget-all').disabled).toBe(true);
    await mock.storage.local.set({ 'style:a.example': entry(2), 'not-a-style': 1 });
    await vi.waitFor(() => expect(rows()).toEqual(['a.example 2 kept']));
    $<HTMLButtonElement>('#forget-all').click();
    await vi.waitFor(() => expect(mock.storage.local.data.has('style:a.example')).toBe(false));
    expect(mock.storage.local.data.has('not-a-style')).toBe(true);
  });

  it('shows how to change the shortcut, and says when none is set', async () => {
    const { mock, startOptions } = await open();
    mock.commands.getAll.mockResolvedValueOnce([{ name: 'toggle-clean', shortcut: '', description: '' }]);
    await startOptions(document);
    expect($('#shortcut').textContent).toBe('No keyboard shortcut is set for cleaning or restoring a page.');
    expect($('#shortcut-how').textContent).toContain('chrome://extensions/shortcuts');
    expect($<HTMLButtonElement>('#shortcut-change').hidden).toBe(false);
  });

  it('exports the settings as JSON and imports a file', async () => {
    const { mock, startOptions } = await open();
    mock.storage.sync.data.set('site:reuters.com', false);
    await startOptions(document);
    let blob: Blob | null = null;
    let name = '';
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    $<HTMLButtonElement>('#export-settings').click();
    await vi.waitFor(() => expect(blob).not.toBeNull());
    expect(name).toMatch(/^clearline-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await (blob as unknown as Blob).text()) as { sites: Record<string, boolean> };
    expect(exported.sites).toEqual({ 'reuters.com': false });
    click.mockRestore();

    const input = $<HTMLInputElement>('#import-file');
    const setFile = (text: string) =>
      Object.defineProperty(input, 'files', {
        configurable: true,
        value: [new File([text], 's.json', { type: 'application/json' })],
      });
    setFile(
      '{"format":"clearline-settings","version":1,"autoClean":false,"kinds":["share"],"sites":{"apnews.com":true,"x.org":false}}',
    );
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('#import-status').textContent).toBe('Imported, with 2 site rules.'));
    expect(mock.storage.sync.data.get('autoClean')).toBe(false);
    expect(mock.storage.sync.data.get('site:apnews.com')).toBe(true);
    expect(mock.storage.sync.data.get('site:reuters.com')).toBe(false);
    await vi.waitFor(() =>
      expect([...document.querySelectorAll('#site-list .host')].map((h) => h.textContent)).toEqual([
        'apnews.com',
        'reuters.com',
        'x.org',
      ]),
    );
    setFile('{"sites":{"evil.com":true}}');
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('#import-status').textContent).toContain('not a Clearline settings file'));
    expect(mock.storage.sync.data.has('site:evil.com')).toBe(false);
  });
});
