// Popup rendering and flow under jsdom, with the polyfill test double.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextResults } from '../../../src/core/report.ts';
import type { ContentState } from '../../../src/shared/messages.ts';
import type { browser as MockBrowser, setUiLocale as SetUiLocale } from '../../mocks/webextension-polyfill.ts';

type Mock = typeof MockBrowser;

async function fresh(locale = 'en') {
  vi.resetModules();
  const mod = (await import('webextension-polyfill')) as unknown as { default: Mock; setUiLocale: typeof SetUiLocale };
  mod.setUiLocale(locale);
  const render = await import('../../../src/popup/render.ts');
  const dock = await import('../../../src/popup/dock.ts');
  const app = await import('../../../src/popup/app.ts');
  return { mock: mod.default, ...render, ...dock, ...app };
}

function state(over: Partial<ContentState> = {}): ContentState {
  return {
    url: 'https://arabic.example.org/20211028/putin-csto.html',
    title: 'بوتين يدعو',
    detection: { isNews: true, score: 0.9, signals: ['og:type=article', 'dateline'] },
    cleaned: true,
    found: [
      { kind: 'share', selector: '#share-top', rule: 'share', chars: 10 },
      { kind: 'share', selector: '#follow-us', rule: 'follow', chars: 10 },
      { kind: 'comments', selector: '#comments', rule: 'comments', chars: 10 },
      { kind: 'related', selector: '#related', rule: 'related', chars: 10 },
    ],
    hiddenKinds: ['share', 'comments'],
    hiddenByKind: { share: 2, comments: 1 },
    timings: { detectMs: 1, clutterMs: 1, hideMs: 1, loadPathMs: 3, cleanSideWaitMs: 2, observerMs: 0 },
    snapshot: {
      url: 'https://arabic.example.org/20211028/putin-csto.html',
      title: 'بوتين يدعو',
      lang: 'ar',
      dir: 'rtl',
      headline: 'بوتين يدعو',
      standfirst: null,
      paragraphs: ['موسكو - سبوتنيك. وقال بوتين: "نص"'],
      dateEvidence: { candidates: [] },
    },
    ...over,
  };
}

const text: TextResults = {
  lang: 'ar',
  published: {
    date: '2021-10-28',
    iso: '2021-10-28T19:04:00Z',
    text: '19:04 GMT28 أكتوبر/ تشرين الأول 2021',
    source: 'text',
  },
  dateline: { place: 'موسكو', agency: 'سبوتنيك', text: 'موسكو - سبوتنيك.' },
  quotes: [
    { text: 'بعد الانسحاب', speaker: 'فلاديمير بوتين', speakerRole: null, cue: 'قال', paragraph: 0 },
    { text: '<img src=x onerror=alert(1)>', speaker: '<b>x</b>', speakerRole: null, cue: null, paragraph: 1 },
  ],
};

const actions = () => ({
  highlight: vi.fn(),
  restore: vi.fn(),
  clean: vi.fn(),
  setAutoClean: vi.fn(),
  setKind: vi.fn(),
  copy: vi.fn(async (_t: string) => true),
  download: vi.fn(),
});

describe('popup rendering', () => {
  let main: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    main = document.createElement('main');
    document.body.append(main);
  });

  it('shows quotes with speakers, dateline, date and what was removed', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(
      main,
      { state: state(), text, autoClean: true, host: 'arabic.example.org', kinds: ['share', 'comments'] },
      a,
    );
    expect(main.dataset.state).toBe('news');
    const items = [...main.querySelectorAll('#quotes li')];
    expect(items).toHaveLength(2);
    expect(main.querySelector('#quote-count')?.textContent).toBe('2 quotes');
    const first = items[0]?.querySelector('.q-text');
    expect(first?.textContent).toBe('بعد الانسحاب');
    expect(first?.getAttribute('lang')).toBe('ar');
    expect(first?.getAttribute('dir')).toBe('rtl');
    expect(items[0]?.querySelector('.q-speaker')?.textContent).toBe('فلاديمير بوتين');
    expect(items[0]?.querySelector('.q-speaker')?.getAttribute('dir')).toBe('auto');
    expect(main.querySelector('#dateline .place')?.textContent).toBe('موسكو');
    expect(main.querySelector('#dateline .agency')?.textContent).toBe('سبوتنيك');
    const time = main.querySelector('#published time');
    expect(time?.getAttribute('datetime')).toBe('2021-10-28T19:04:00Z');
    expect(time?.textContent).toContain('October 28, 2021');
    expect(time?.textContent).toContain('GMT');
    expect(time?.getAttribute('title')).toContain('تشرين الأول');
    expect(main.querySelector('#removed')?.textContent).toBe('Removed 2 share bars, 1 comment section');
    expect(main.querySelector('#site-toggle')).toHaveProperty('checked', true);
    (items[0]?.querySelector('.locate') as HTMLButtonElement).click();
    expect(a.highlight).toHaveBeenCalledWith(text.quotes[0]);
    (main.querySelector('#restore') as HTMLButtonElement).click();
    expect(a.restore).toHaveBeenCalled();
  });

  it('renders hostile page text as text, never as markup', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state(), text, autoClean: true, host: 'a.example', kinds: ['share', 'comments'] },
      actions(),
    );
    expect(main.querySelector('img')).toBeNull();
    expect(main.querySelector('b')).toBeNull();
    const q = main.querySelectorAll('.q-text')[1];
    expect(q?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('explains a non-news page and offers Clean anyway', async () => {
    const { renderView } = await fresh();
    const a = actions();
    const s = state({
      detection: { isNews: false, score: 0.1, signals: ['-headline-links', 'no-article-root'] },
      cleaned: false,
    });
    renderView(main, { state: s, text, autoClean: true, host: 'a.example', kinds: ['share', 'comments'] }, a);
    expect(main.dataset.state).toBe('not-news');
    expect([...main.querySelectorAll('#signals li')].map((l) => l.textContent)).toEqual([
      '-headline-links',
      'no-article-root',
    ]);
    expect(main.querySelector('#quotes')).toBeNull();
    (main.querySelector('#clean-anyway') as HTMLButtonElement).click();
    expect(a.clean).toHaveBeenCalled();
  });

  it('offers Clean again after a restore', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(
      main,
      {
        state: state({ cleaned: false, hiddenKinds: [], hiddenByKind: {} }),
        text,
        autoClean: false,
        host: 'a.example',
        kinds: ['share', 'comments'],
      },
      a,
    );
    expect(main.querySelector('#removed')?.textContent).toBe('Everything is back on the page.');
    (main.querySelector('#clean-again') as HTMLButtonElement).click();
    expect(a.clean).toHaveBeenCalled();
    const toggle = main.querySelector('#site-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    toggle.click();
    expect(a.setAutoClean).toHaveBeenCalledWith(true);
  });

  it('speaks Arabic with Arabic plurals', async () => {
    const { renderView, removedSummary } = await fresh('ar');
    renderView(
      main,
      { state: state(), text, autoClean: true, host: 'a.example', kinds: ['share', 'comments'] },
      actions(),
    );
    expect(main.querySelector('#quote-count')?.textContent).toBe('اقتباسان');
    expect(removedSummary({ share: 1, comments: 2 })).toContain('شريط مشاركة واحد');
    expect(removedSummary({ share: 1, comments: 2 })).toContain('قسما تعليقات');
    expect(main.querySelector('#published time')?.textContent).toMatch(/أكتوبر|تشرين/);
  });

  it('filters quotes by speaker, keeping the count honest', async () => {
    const { renderView } = await fresh();
    const t3: TextResults = {
      ...text,
      quotes: [
        { text: 'أ', speaker: 'فلاديمير بوتين', speakerRole: null, cue: 'قال', paragraph: 0 },
        { text: 'ب', speaker: 'الكرملين', speakerRole: null, cue: 'قال', paragraph: 1 },
        { text: 'ج', speaker: 'فلاديمير بوتين', speakerRole: null, cue: 'قال', paragraph: 2 },
        { text: 'د', speaker: null, speakerRole: null, cue: null, paragraph: 3 },
      ],
    };
    const view = { state: state(), text: t3, autoClean: true, host: 'a.example', kinds: [] };
    renderView(main, view, actions());
    const select = main.querySelector('#speaker-filter') as HTMLSelectElement;
    expect(main.querySelector('label[for="speaker-filter"]')?.textContent).toBe('Speaker');
    // Names are bidi-isolated inside the option text (FSI … PDI).
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'All speakers',
      '\u2068فلاديمير بوتين\u2069 (2)',
      '\u2068الكرملين\u2069 (1)',
      'Speaker not named (1)',
    ]);
    select.value = 'فلاديمير بوتين';
    select.dispatchEvent(new Event('change'));
    const visible = () => [...main.querySelectorAll<HTMLLIElement>('#quotes li')].filter((li) => !li.hidden);
    expect(visible().map((li) => li.querySelector('.q-text')?.textContent)).toEqual(['أ', 'ج']);
    expect(main.querySelector('#quote-count')?.textContent).toBe('2 of 4 quotes');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(visible().map((li) => li.querySelector('.q-text')?.textContent)).toEqual(['د']);
    // the filter survives a re-render (after restore / clean again)
    renderView(main, view, actions());
    expect(visible()).toHaveLength(1);
    expect((main.querySelector('#speaker-filter') as HTMLSelectElement).value).toBe('');
  });

  it('copies a quote with its source, and exports all as Markdown or JSON', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(main, { state: state(), text, autoClean: true, host: 'arabic.example.org', kinds: [] }, a);
    const copy = main.querySelector('#quotes li .copy') as HTMLButtonElement;
    expect(copy.getAttribute('aria-label')).toBe('Copy quote 1 with its source');
    copy.click();
    expect(a.copy).toHaveBeenCalledWith(
      '“بعد الانسحاب” — فلاديمير بوتين, arabic.example.org/سبوتنيك, October 28, 2021, 7:04 PM GMT, https://arabic.example.org/20211028/putin-csto.html',
    );
    await vi.waitFor(() =>
      expect(main.querySelector('#quote-status')?.textContent).toBe('Quote copied with its source.'),
    );
    (main.querySelector('#export-md') as HTMLButtonElement).click();
    const [name, mime, md] = a.download.mock.calls[0] as [string, string, string];
    expect(name).toBe('clearline-quotes-arabic.example.org-2021-10-28.md');
    expect(mime).toMatch(/^text\/markdown/);
    expect(md).toContain('> بعد الانسحاب');
    expect(md).toContain('> \\<img src=x onerror=alert(1)\\>');
    (main.querySelector('#export-json') as HTMLButtonElement).click();
    const json = JSON.parse((a.download.mock.calls[1] as [string, string, string])[2]) as {
      quotes: unknown[];
      published: string;
    };
    expect(json.quotes).toHaveLength(2);
    expect(json.published).toBe('2021-10-28T19:04:00Z');
  });

  it('offers related links and newsletter boxes as opt-in switches', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(main, { state: state(), text, autoClean: true, host: 'a.example', kinds: ['share', 'comments'] }, a);
    const related = main.querySelector('#kind-related') as HTMLInputElement;
    expect(related.checked).toBe(false);
    expect(main.querySelector('label[for="kind-related"]')?.textContent).toContain(
      '1 related-links block on this page',
    );
    expect(main.querySelector('#extra-kinds legend')?.textContent).toBe('Also remove');
    related.click();
    expect(a.setKind).toHaveBeenCalledWith('related', true);
  });

  it('shows the date as printed in a disclosure', async () => {
    const { renderView } = await fresh();
    renderView(main, { state: state(), text, autoClean: true, host: 'a.example', kinds: [] }, actions());
    expect(main.querySelector('#published details summary')?.textContent).toBe('As printed');
    expect(main.querySelector('#published details .printed')?.textContent).toBe(text.published?.text);
  });

  it('shows the restricted-page explanation', async () => {
    const { renderStatus } = await fresh();
    renderStatus(main, 'restricted');
    expect(main.querySelector('#restricted h1')?.textContent).toBe('Clearline can’t read this page');
  });
});

describe('popup flow', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('dir');
    document.body.replaceChildren();
    const main = document.createElement('main');
    main.id = 'main';
    document.body.append(main);
  });

  it('asks the active tab for the state with a snapshot and renders it', async () => {
    const { mock, startPopup } = await fresh();
    mock.tabs.query.mockResolvedValueOnce([{ id: 7 }]);
    mock.tabs.sendMessage.mockImplementation(async (_id: number, msg: unknown) =>
      (msg as { type: string }).type === 'get-state' ? state() : { ok: true },
    );
    await startPopup(document, { retryMs: 1 });
    // the clean and text sides are injected into that tab first, then asked for through the state
    expect(mock.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/src/content/clean.js', '/src/content/text.js'],
      injectImmediately: true,
    });
    expect(mock.scripting.executeScript.mock.invocationCallOrder[0]).toBeLessThan(
      mock.tabs.sendMessage.mock.invocationCallOrder[0] ?? 0,
    );
    expect(mock.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'get-state', withSnapshot: true });
    expect(document.querySelector('.note.warn')).toBeNull();
    expect(document.getElementById('main')?.dataset.state).toBe('news');
    expect(document.querySelector('.title')?.textContent).toBe('بوتين يدعو');
    // the site switch persists per host and restores the page
    mock.tabs.sendMessage.mockImplementation(async () => state({ cleaned: false, hiddenKinds: [], hiddenByKind: {} }));
    (document.getElementById('site-toggle') as HTMLInputElement).click();
    expect(mock.storage.sync.data.get('site:arabic.example.org')).toBe(false);
    await vi.waitFor(() => expect(document.getElementById('clean-again')).not.toBeNull());
    expect(mock.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'restore' });
    // an opt-in kind: saved as the global setting and applied at once
    mock.tabs.sendMessage.mockImplementation(async () => state());
    (document.getElementById('kind-newsletter') as HTMLInputElement).click();
    expect(mock.storage.sync.data.get('kinds')).toEqual(['share', 'comments', 'newsletter']);
    expect(mock.tabs.sendMessage).toHaveBeenLastCalledWith(7, {
      type: 'clean',
      kinds: ['share', 'comments', 'newsletter'],
    });
  });

  it('says so when the text side cannot be injected, and still offers the clean-up', async () => {
    const { mock, startPopup } = await fresh();
    mock.tabs.query.mockResolvedValueOnce([{ id: 7 }]);
    // Firefox reports a script that failed to load in the result; Chrome rejects.
    mock.scripting.executeScript.mockResolvedValueOnce([{ frameId: 0, error: 'Unable to load script' }]);
    const { snapshot: _dropped, ...noSnapshot } = state();
    mock.tabs.sendMessage.mockImplementation(async () => noSnapshot);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await startPopup(document, { retryMs: 1 });
    warn.mockRestore();
    expect(document.getElementById('main')?.dataset.state).toBe('news');
    expect(document.querySelector('.note.warn')?.textContent).toBe(
      'Clearline could not read this page’s text, so quotes, dateline and date are missing.',
    );
    expect(document.getElementById('restore')).not.toBeNull();
  });

  it('waits for a loading tab, then explains a page where it cannot run', async () => {
    const { mock, startPopup } = await fresh();
    mock.tabs.query.mockResolvedValueOnce([{ id: 9 }]);
    mock.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    mock.tabs.get.mockResolvedValueOnce({ id: 9, status: 'loading' }).mockResolvedValue({ id: 9, status: 'complete' });
    const seen: string[] = [];
    const main = document.getElementById('main') as HTMLElement;
    new MutationObserver(() => seen.push(main.dataset.state ?? '')).observe(main, { attributes: true });
    await startPopup(document, { retryMs: 1 });
    await vi.waitFor(() => expect(main.dataset.state).toBe('restricted'));
    expect(seen).toContain('waiting');
    expect(mock.tabs.sendMessage.mock.calls.length).toBeGreaterThan(2);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('mirrors the UI for an RTL UI language', async () => {
    const { mock, startPopup } = await fresh('ar');
    mock.tabs.query.mockResolvedValueOnce([]);
    await startPopup(document, { retryMs: 1 });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.querySelector('#restricted h1')?.textContent).toBe('لا يستطيع كليرلاين قراءة هذه الصفحة');
  });
});
