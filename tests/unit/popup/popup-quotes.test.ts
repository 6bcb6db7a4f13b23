// The popup's quotes list (speaker and role, long quotes opened in full, the
// "show in the page" button) and its footer, under jsdom, on Reports built here:
// the analysis gives speakerRole null until issue 14's entity table fills it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextResults } from '../../../src/core/report.ts';
import type { Quote } from '../../../src/core/types.ts';
import type { ContentState } from '../../../src/shared/messages.ts';
import type { setUiLocale as SetUiLocale } from '../../mocks/webextension-polyfill.ts';

async function fresh(locale = 'en') {
  vi.resetModules();
  const mod = (await import('webextension-polyfill')) as unknown as { setUiLocale: typeof SetUiLocale };
  mod.setUiLocale(locale);
  const render = await import('../../../src/popup/render.ts');
  const list = await import('../../../src/popup/quote-list.ts');
  const cite = await import('../../../src/popup/cite.ts');
  return { ...render, ...list, ...cite };
}

const URL_ = 'https://news.example.fr/politique/2024/03/05/budget-police';

function state(lang: string, dir: 'ltr' | 'rtl', over: Partial<ContentState> = {}): ContentState {
  return {
    url: URL_,
    title: 'Budget de la police',
    detection: { isNews: true, score: 0.9, signals: ['og:type=article'] },
    cleaned: true,
    found: [{ kind: 'share', selector: '#share', rule: 'share', chars: 10 }],
    hiddenKinds: ['share', 'comments'],
    hiddenByKind: { share: 1 },
    timings: { detectMs: 1, clutterMs: 1, hideMs: 1, loadPathMs: 3, cleanSideWaitMs: 2, observerMs: 0 },
    snapshot: {
      url: URL_,
      title: 'Budget de la police',
      lang,
      dir,
      headline: 'Budget de la police',
      standfirst: null,
      paragraphs: ['PARIS (AFP) - …'],
      dateEvidence: { candidates: [] },
    },
    ...over,
  };
}

const q = (text: string, speaker: string | null, speakerRole: string | null, paragraph: number): Quote => ({
  text,
  speaker,
  speakerRole,
  cue: speaker ? 'a affirmé' : null,
  paragraph,
});

const LONG = 'Nous allons recruter des policiers dans chaque département, '.repeat(6).trim();
const textFr: TextResults = {
  lang: 'fr',
  published: { date: '2024-03-05', iso: '2024-03-05T10:00:00+01:00', text: '5 mars 2024 à 10h00', source: 'meta' },
  dateline: { place: 'PARIS', agency: 'AFP', text: 'PARIS (AFP) -' },
  quotes: [
    q('La sécurité est la première des libertés', 'Jean Dupont', "ministre de l'Intérieur", 0),
    q(LONG, 'Jean Dupont', "ministre de l'Intérieur", 1),
    q('Ce budget est un trompe-l’œil', 'Marie Martin', null, 2),
    q('On verra', null, 'porte-parole', 3),
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

/**
 * jsdom has no layout: give each quote text a height from its length (one
 * 20 px line per 60 characters) and a 3-line clamp unless its item is open.
 */
function fakeLayout(): () => void {
  const proto = HTMLElement.prototype;
  const full = (e: HTMLElement) => 20 * Math.max(1, Math.ceil((e.textContent ?? '').length / 60));
  const sh = Object.getOwnPropertyDescriptor(proto, 'scrollHeight');
  const ch = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('q-text') ? full(this) : 0;
    },
  });
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      if (!this.classList.contains('q-text')) return 0;
      return this.closest('.open') ? full(this) : Math.min(full(this), 60);
    },
  });
  return () => {
    if (sh) Object.defineProperty(proto, 'scrollHeight', sh);
    if (ch) Object.defineProperty(proto, 'clientHeight', ch);
  };
}

describe('popup quotes: speaker and role', () => {
  let main: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    main = document.createElement('main');
    document.body.append(main);
  });

  it('shows the role beside the name, and nothing extra when there is none', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'news.example.fr', kinds: [] },
      actions(),
    );
    const items = [...main.querySelectorAll('#quotes li')];
    expect(items[0]?.querySelector('.q-who')?.textContent).toBe("Jean Dupont — ministre de l'Intérieur");
    expect(items[0]?.querySelector('.q-speaker')?.textContent).toBe('Jean Dupont');
    const role = items[0]?.querySelector('.q-role');
    expect(role?.textContent).toBe("ministre de l'Intérieur");
    expect(role?.getAttribute('lang')).toBe('fr');
    expect(role?.getAttribute('dir')).toBe('auto');
    expect(items[2]?.querySelector('.q-who')?.textContent).toBe('Marie Martin');
    expect(items[2]?.querySelector('.q-role')).toBeNull();
    // A role without a named speaker is not shown on its own.
    expect(items[3]?.querySelector('.q-who')?.textContent).toBe('Speaker not named');
    expect(items[3]?.querySelector('.q-role')).toBeNull();
  });

  it('carries the role into the speaker filter', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'news.example.fr', kinds: [] },
      actions(),
    );
    const select = main.querySelector('#speaker-filter') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['*', 'All speakers'],
      ['Jean Dupont', "\u2068Jean Dupont — ministre de l'Intérieur\u2069 (2)"],
      ['Marie Martin', '\u2068Marie Martin\u2069 (1)'],
      ['', 'Speaker not named (1)'],
    ]);
    select.value = 'Jean Dupont';
    select.dispatchEvent(new Event('change'));
    expect([...main.querySelectorAll<HTMLLIElement>('#quotes li')].filter((li) => !li.hidden)).toHaveLength(2);
    expect(main.querySelector('#quote-count')?.textContent).toBe('2 of 4 quotes');
  });

  it('takes the first role the article gives a speaker for the filter', async () => {
    const { speakerIndex } = await fresh();
    const idx = speakerIndex([
      q('a', 'X', null, 0),
      q('b', 'X', 'maire', 1),
      q('c', 'X', 'député', 2),
      q('d', null, 'r', 3),
    ]);
    expect([...idx]).toEqual([
      ['X', { count: 3, role: 'maire' }],
      ['', { count: 1, role: null }],
    ]);
  });

  it('cites and exports the role with the name', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'news.example.fr', kinds: [] },
      a,
    );
    (main.querySelector('#quotes li .copy') as HTMLButtonElement).click();
    expect(a.copy).toHaveBeenCalledWith(
      `“La sécurité est la première des libertés” — Jean Dupont, ministre de l'Intérieur, news.example.fr/AFP, March 5, 2024, 10:00 AM GMT+1, ${URL_}`,
    );
    (main.querySelectorAll('#quotes li .copy')[3] as HTMLButtonElement).click();
    expect(a.copy).toHaveBeenLastCalledWith(
      expect.stringMatching(/^“On verra” — Speaker not named, news\.example\.fr/),
    );
    (main.querySelector('#export-md') as HTMLButtonElement).click();
    const md = (a.download.mock.calls[0] as [string, string, string])[2];
    expect(md).toContain("> — Jean Dupont, ministre de l'Intérieur\n");
    expect(md).toContain('> — Marie Martin\n');
    expect(md).toContain('> — Speaker not named\n');
    (main.querySelector('#export-json') as HTMLButtonElement).click();
    const json = JSON.parse((a.download.mock.calls[1] as [string, string, string])[2]) as {
      quotes: Array<{ speaker: string | null; speakerRole: string | null }>;
    };
    expect(json.quotes.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['Jean Dupont', "ministre de l'Intérieur"],
      ['Jean Dupont', "ministre de l'Intérieur"],
      ['Marie Martin', null],
      [null, 'porte-parole'],
    ]);
  });

  it('keeps an Arabic name and role in the article direction', async () => {
    const { renderView } = await fresh('ar');
    const text: TextResults = {
      ...textFr,
      quotes: [q('سنواصل العمل', 'أحمد الحسيني', 'وزير الخارجية', 0), q('نص', 'ليلى منصور', null, 1)],
    };
    renderView(main, { state: state('ar', 'rtl'), text, autoClean: true, host: 'a.example', kinds: [] }, actions());
    const li = main.querySelector('#quotes li') as HTMLElement;
    expect(li.getAttribute('dir')).toBe('rtl');
    expect(li.querySelector('.q-who')?.textContent).toBe('أحمد الحسيني — وزير الخارجية');
    expect(li.querySelector('.q-role')?.getAttribute('lang')).toBe('ar');
    expect(li.querySelector('.locate')?.getAttribute('aria-label')).toBe('اعرض الاقتباس 1 في الصفحة');
  });
});

describe('popup quotes: long quotes and the page', () => {
  let main: HTMLElement;
  let restore: () => void;
  beforeEach(() => {
    document.body.replaceChildren();
    main = document.createElement('main');
    document.body.append(main);
    restore = fakeLayout();
  });
  afterEach(() => restore());

  it('opens a long quote in full with its button or a click on its text, and closes it again', async () => {
    const { renderView } = await fresh();
    const view = { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] };
    renderView(main, view, actions());
    const items = [...main.querySelectorAll<HTMLLIElement>('#quotes li')];
    // Only the quote longer than its clamp gets the button.
    expect(items.map((li) => (li.querySelector('.q-more') as HTMLElement).hidden)).toEqual([true, false, true, true]);
    const li = items[1] as HTMLLIElement;
    const more = li.querySelector('.q-more') as HTMLButtonElement;
    const text = li.querySelector('.q-text') as HTMLElement;
    expect(more.tagName).toBe('BUTTON');
    expect(more.getAttribute('type')).toBe('button');
    expect(more.getAttribute('aria-controls')).toBe(text.id);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent).toBe('Show more');
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(li.classList.contains('open')).toBe(true);
    expect(more.textContent).toBe('Show less');
    expect(text.clientHeight).toBe(text.scrollHeight);
    // Kept across a re-render (after Restore / Clean again).
    renderView(main, view, actions());
    const again = main.querySelectorAll<HTMLLIElement>('#quotes li')[1] as HTMLLIElement;
    expect(again.classList.contains('open')).toBe(true);
    expect(again.querySelector('.q-more')?.getAttribute('aria-expanded')).toBe('true');
    // A click on the text closes it; on a short quote's text it does nothing.
    (again.querySelector('.q-text') as HTMLElement).click();
    expect(again.classList.contains('open')).toBe(false);
    expect(view).toHaveProperty('expanded', new Set());
    const short = main.querySelector<HTMLLIElement>('#quotes li') as HTMLLIElement;
    (short.querySelector('.q-text') as HTMLElement).click();
    expect(short.classList.contains('open')).toBe(false);
  });

  it('does not toggle while the reader selects text in the quote', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] },
      actions(),
    );
    const li = main.querySelectorAll<HTMLLIElement>('#quotes li')[1] as HTMLLIElement;
    const text = li.querySelector('.q-text') as HTMLElement;
    const range = document.createRange();
    range.setStart(text.firstChild as Text, 0);
    range.setEnd(text.firstChild as Text, 10);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    text.click();
    expect(li.classList.contains('open')).toBe(false);
    getSelection()?.removeAllRanges();
  });

  it('measures the quotes a speaker filter reveals', async () => {
    const { renderView } = await fresh();
    const view = {
      state: state('fr', 'ltr'),
      text: textFr,
      autoClean: true,
      host: 'a.example',
      kinds: [],
      speaker: 'Marie Martin',
    };
    renderView(main, view, actions());
    const long = main.querySelectorAll<HTMLLIElement>('#quotes li')[1] as HTMLLIElement;
    expect(long.hidden).toBe(true);
    expect((long.querySelector('.q-more') as HTMLElement).hidden).toBe(true); // not measured while hidden
    const select = main.querySelector('#speaker-filter') as HTMLSelectElement;
    select.value = '*';
    select.dispatchEvent(new Event('change'));
    expect((long.querySelector('.q-more') as HTMLElement).hidden).toBe(false);
  });

  it('shows a quote in the page with its own button, named for screen readers', async () => {
    const { renderView } = await fresh();
    const a = actions();
    renderView(main, { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] }, a);
    const locate = main.querySelectorAll('#quotes li .locate')[2] as HTMLButtonElement;
    expect(locate.getAttribute('aria-label')).toBe('Show quote 3 in the page');
    expect(locate.getAttribute('type')).toBe('button');
    locate.click();
    expect(a.highlight).toHaveBeenCalledWith(textFr.quotes[2]);
    // Opening a quote in full never jumps in the page.
    (main.querySelectorAll('#quotes li .q-more')[1] as HTMLButtonElement).click();
    expect(a.highlight).toHaveBeenCalledTimes(1);
  });

  it('gives the "Show more" button the UI direction inside an item in the article direction', async () => {
    const { renderView } = await fresh('ar');
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] },
      actions(),
    );
    const li = main.querySelectorAll<HTMLLIElement>('#quotes li')[1] as HTMLLIElement;
    expect(li.getAttribute('dir')).toBe('ltr');
    expect(li.querySelector('.q-more')?.getAttribute('dir')).toBe('rtl');
    expect(li.querySelector('.q-more')?.textContent).toBe('اعرض المزيد');
  });
});

describe('popup header and footer', () => {
  let main: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    main = document.createElement('main');
    document.body.append(main);
  });

  it('folds the date and the dateline into the header, labelled for screen readers', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] },
      actions(),
    );
    const page = main.querySelector('section.page') as HTMLElement;
    expect(page.querySelector('dl.facts #published dt')?.textContent).toBe('Published');
    expect(page.querySelector('#published time')?.getAttribute('datetime')).toBe('2024-03-05T10:00:00+01:00');
    expect(page.querySelector('#dateline dt')?.textContent).toBe('Dateline');
    expect(page.querySelector('#dateline dd')?.textContent).toBe('PlacePARIS·AgencyAFP');
    expect(page.querySelector('#dateline .sep')?.getAttribute('aria-hidden')).toBe('true');
    expect(page.querySelector('#dateline')?.getAttribute('title')).toBe('As printed: PARIS (AFP) -');
  });

  it('puts clean-up, the site switch and the opt-in kinds in one footer, kinds folded', async () => {
    const { renderView } = await fresh();
    const a = actions();
    const view = { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] };
    renderView(main, view, a);
    const dock = main.lastElementChild as HTMLElement;
    expect(dock.tagName).toBe('FOOTER');
    expect(dock.getAttribute('aria-labelledby')).toBe('cleanup-heading');
    expect(dock.querySelector('#removed')?.textContent).toBe('Removed 1 share bar');
    expect(dock.querySelector('#restore')).not.toBeNull();
    expect(dock.querySelector('#site-toggle')?.getAttribute('aria-describedby')).toBe('site-toggle-hint');
    expect(dock.querySelector('#site-toggle-hint')?.textContent).toBe('Remembered for this site');
    expect(dock.querySelector('#quote-status')).not.toBeNull();
    const toggle = dock.querySelector('#extra-kinds-toggle') as HTMLButtonElement;
    const panel = dock.querySelector('#extra-kinds') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('extra-kinds');
    expect(panel.hidden).toBe(true);
    toggle.click();
    expect(panel.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    renderView(main, view, a); // stays open across a re-render
    expect((main.querySelector('#extra-kinds') as HTMLElement).hidden).toBe(false);
    (main.querySelector('#restore') as HTMLButtonElement).click();
    expect(a.restore).toHaveBeenCalled();
  });

  it('says how many opt-in kinds are on while the panel is folded', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: ['share', 'related'] },
      actions(),
    );
    expect(main.querySelector('#extra-kinds-toggle')?.textContent).toBe('Also remove (1 on)');
  });

  it('shows copy and export messages in the footer status line', async () => {
    const { renderView } = await fresh();
    renderView(
      main,
      { state: state('fr', 'ltr'), text: textFr, autoClean: true, host: 'a.example', kinds: [] },
      actions(),
    );
    (main.querySelector('#export-json') as HTMLButtonElement).click();
    expect(main.querySelector('footer #quote-status')?.textContent).toBe(
      'Saved clearline-quotes-a.example-2024-03-05.json',
    );
  });

  it('keeps only the site switch in the footer of a page that is not news', async () => {
    const { renderView } = await fresh();
    const s = state('fr', 'ltr', { detection: { isNews: false, score: 0.1, signals: ['-no-body'] }, cleaned: false });
    renderView(main, { state: s, text: textFr, autoClean: true, host: 'a.example', kinds: [] }, actions());
    const dock = main.lastElementChild as HTMLElement;
    expect(dock.tagName).toBe('FOOTER');
    expect(dock.querySelector('#site-toggle')).not.toBeNull();
    expect(dock.querySelector('#restore, #removed, #extra-kinds')).toBeNull();
    expect(main.querySelector('.facts')).toBeNull();
  });
});
