// @vitest-environment node
// The browser run's parts that need no browser: the scoring it shares with the
// jsdom run, the answer-by-answer diff and its printout, the ratchet, the
// arguments, the page server, and the source the drivers evaluate.
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/report.ts';
import { HIDDEN_ATTR } from '../../../src/core/cleanup.ts';
import type { Quote, Report } from '../../../src/core/types.ts';
import { callSource } from '../../../src/cli/common/page-call.ts';
import { pathAndQuery, startPageServer, type PageServer } from '../../../src/cli/common/page-server.ts';
import {
  countDiffs,
  diffLines,
  diffPage,
  labeledTotals,
  multisetMinus,
  pairQuotes,
  snapshotContext,
  type RunAnswers,
} from '../../../src/cli/eval/browser/diff.ts';
import type { Label } from '../../../src/cli/common/corpus.ts';
import { parseBrowserEvalArgs } from '../../../src/cli/eval/browser/args.ts';
import { listHidden } from '../../../src/cli/eval/browser/in-page.ts';
import { checkBrowserTotals } from '../../../src/cli/eval/browser/ratchet.ts';
import { jsdomView, scoreLabeled, scorePage, type Analysed, type PageView } from '../../../src/cli/eval/labeled.ts';
import { BRIDGE_ARTICLE as PAGE, BRIDGE_LABEL } from './fixtures.ts';

// A labelled comment widget the page does not have, and a keep sentence it never shows.
const LABEL: Label = {
  ...BRIDGE_LABEL,
  clutter: { share: ['.share'], comments: ['.comments'] },
  keep: [...BRIDGE_LABEL.keep, 'Not on the page at all.'],
};

function analysed(html = PAGE): { dom: JSDOM; a: Analysed } {
  const dom = new JSDOM(html, { url: LABEL.url ?? undefined });
  const { report, hits, article } = analyzeDocument(dom.window.document, LABEL.url);
  return { dom, a: { report, hits, article, error: null, parseMs: 1, analyzeMs: 2, notes: [] } };
}

const quote = (text: string, speaker: string | null): Quote =>
  ({ text, speaker, speakerRole: null, paragraph: 0 }) as unknown as Quote;

function report(over: Partial<Report> = {}): Report {
  return {
    url: LABEL.url,
    title: 'Mayor opens bridge',
    lang: 'en',
    dir: 'ltr',
    isNews: true,
    newsScore: 0.9,
    signals: ['og:type=article'],
    published: { date: '2020-05-04' } as Report['published'],
    dateline: { place: 'LONDON', agency: 'Reuters' } as Report['dateline'],
    quotes: [quote('This bridge will change how the city moves,', 'Jane Smith')],
    article: null,
    clutter: [],
    timings: { detectMs: 0, clutterMs: 0, extractMs: 0 },
    ...over,
  };
}

const VIEW: PageView = {
  before: 'traffic is expected to ease across the river within weeks, officials said. share on facebook',
  after: 'traffic is expected to ease across the river within weeks, officials said.',
  removed: { '.share': true, '.comments': true },
};

describe('scorePage: the scoring both runs share', () => {
  it('scores a Report and a view with the rules of LABELS.md', () => {
    const r = scorePage(report(), VIEW, LABEL, 'checking', { error: null, ms: 5 });
    expect(r.isNews).toEqual({ got: true, want: true });
    expect(r.quotes).toMatchObject({ found: 1, labeled: 1, matchedFound: 1, speakerOk: 1, speakerTotal: 1 });
    expect(r.dateline.verdict).toBe('ok');
    expect(r.published.ok).toBe(true);
    expect(r.clutter).toEqual({ total: 2, removed: 2, missed: [] });
    // The second keep sentence was never on the page: not a loss.
    expect(r.keep).toEqual({ total: 1, kept: 1, lost: [], missingBefore: ['Not on the page at all.'] });
    expect(r.ms).toBe(5);
  });

  it('counts a widget the view says is visible, or does not know, as missed; no view misses them all', () => {
    const partial = scorePage(report(), { ...VIEW, removed: { '.share': false } }, LABEL, 'checking', {
      error: null,
      ms: 0,
    });
    expect(partial.clutter).toEqual({ total: 2, removed: 0, missed: ['.share', '.comments'] });
    const none = scorePage(null, null, LABEL, 'tuning', { error: 'load: broken', ms: 0 });
    expect(none.error).toBe('load: broken');
    expect(none.clutter.missed).toEqual(['.share', '.comments']);
    expect(none.quotes).toMatchObject({ found: 0, labeled: 1, matchedLabeled: 0 });
    expect(none.dateline.verdict).toBe('missed');
  });

  it('the jsdom run is jsdomView then scorePage', () => {
    const one = analysed();
    const viaJsdom = scoreLabeled(one.dom, one.a, LABEL, 'checking', []);
    const two = analysed();
    const view = jsdomView(two.dom, two.a.hits, ['.share', '.comments'], [], two.a.report?.isNews === true);
    const direct = scorePage(two.a.report, view, LABEL, 'checking', { error: null, ms: 3 });
    expect(direct).toEqual(viaJsdom);
    expect(viaJsdom.clutter.removed).toBe(2); // .share hidden, .comments absent
  });

  it('cleans only a page detected as news, as auto-clean does', () => {
    const { dom, a } = analysed();
    const kept = jsdomView(dom, a.hits, ['.share'], [], false);
    expect(kept.removed['.share']).toBe(false);
    expect(kept.after).toContain('share on facebook');
    expect(dom.window.document.querySelector(`[${HIDDEN_ATTR}]`)).toBeNull();
    // The jsdom scoreboard likewise: a page taken for not news keeps its widgets.
    const notNews = scoreLabeled(dom, { ...a, report: report({ isNews: false }) }, LABEL, 'checking', []);
    expect(notNews.clutter.missed).toEqual(['.share']);
  });

  it('records a selector jsdom cannot parse as an error and a miss', () => {
    const { dom, a } = analysed();
    const errors: string[] = [];
    const view = jsdomView(dom, a.hits, ['div[['], errors, true);
    expect(view.removed['div[[']).toBe(false);
    expect(errors[0]).toMatch(/^selector div\[\[/);
  });
});

function answers(
  over: Partial<Report> = {},
  view: PageView = VIEW,
  hidden: string[] = ['share div.share «Share»'],
): RunAnswers {
  const r = report(over);
  return {
    report: r,
    result: scorePage(r, view, LABEL, 'checking', { error: null, ms: 0 }),
    snapshot: null,
    hidden,
  };
}

describe('diffPage: every answer where the runs differ', () => {
  it('finds nothing when the answers are the same', () => {
    const d = diffPage(answers(), answers(), 'chromium');
    expect(d.lines).toEqual([]);
    expect(diffLines(d)).toEqual([]);
  });

  it('lists detection, quotes, speakers, dateline, date, hidden elements, widgets and keep sentences', () => {
    const browser = answers(
      {
        isNews: false,
        dateline: { place: 'INTERNATIONAL', agency: null } as Report['dateline'],
        published: null,
        quotes: [quote('This bridge will change how the city moves,', 'Smith'), quote('An extra quote here', null)],
      },
      { ...VIEW, after: VIEW.before, removed: { '.share': false, '.comments': true } },
      [],
    );
    const d = diffPage(answers(), browser, 'chromium');
    expect(d.lines.map((l) => l.kind)).toEqual([
      'detection',
      'quote',
      'speaker',
      'dateline',
      'date',
      'hidden',
      'clutter',
    ]);
    const text = diffLines(d).join('\n');
    expect(text).toMatch(/^en-test: 7 differences/);
    expect(text).toContain('news: jsdom news (0.90: og:type=article), chromium not news');
    expect(text).toContain('quote only in chromium: «An extra quote here»');
    expect(text).toContain('speaker: jsdom Jane Smith, chromium Smith');
    expect(text).toContain('dateline: jsdom LONDON / Reuters, chromium INTERNATIONAL / ∅');
    expect(text).toContain('date: jsdom 2020-05-04, chromium ∅');
    expect(text).toContain('hidden only in jsdom: share div.share «Share»');
    expect(text).toContain('widget .share: removed in jsdom, visible in chromium');
    expect(countDiffs([d])).toMatchObject({ total: 7, pages: 1, quote: 1, keep: 0 });
  });

  it('tells a keep sentence lost in one run from one the page never showed', () => {
    const lost = answers({}, { ...VIEW, after: '' });
    expect(diffPage(answers(), lost, 'firefox').lines).toEqual([
      {
        kind: 'keep',
        text: 'keep «Traffic is expected to ease across the river within weeks, officials …»: kept in jsdom, lost in firefox',
      },
    ]);
    const unseen = answers({}, { ...VIEW, before: '', after: '' });
    expect(diffPage(answers(), unseen, 'firefox').lines.map((l) => l.text)).toEqual([
      'keep «Traffic is expected to ease across the river within weeks, officials …»: kept in jsdom, not shown even before clean-up in firefox',
    ]);
  });

  it('reports a browser error and its missing answers', () => {
    const failed: RunAnswers = {
      report: null,
      result: scorePage(null, null, LABEL, 'checking', { error: 'no tab answered', ms: 0 }),
      snapshot: null,
      hidden: null,
    };
    const d = diffPage(answers(), failed, 'chromium');
    expect(d.lines[0]).toEqual({ kind: 'error', text: 'error in chromium only: no tab answered' });
  });

  it('pairs quotes by normalized text, one to one', () => {
    const a = [quote('“Yes we can”', 'A'), quote('Yes we can', 'B'), quote('Other words here', null)];
    const b = [quote('yes  we can', 'A')];
    const p = pairQuotes(a, b);
    expect(p.pairs.map(([x, y]) => [x.speaker, y.speaker])).toEqual([['A', 'A']]);
    expect(p.onlyA.map((q) => q.speaker)).toEqual(['B', null]);
    expect(p.onlyB).toEqual([]);
  });

  it('counts repeated items as many times as they occur', () => {
    expect(multisetMinus(['a', 'a', 'b'], ['a'])).toEqual(['a', 'b']);
    expect(multisetMinus(['a'], ['a', 'a'])).toEqual([]);
  });

  it('explains text-side differences by the snapshots', () => {
    const base = {
      url: null,
      title: null,
      lang: 'fr',
      dir: 'ltr' as const,
      headline: 'Titre',
      standfirst: null,
      paragraphs: ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq'],
      dateEvidence: { candidates: [] },
    };
    const other = { ...base, headline: 'Autre', paragraphs: ['ACTUALITÉ -', 'Un', 'Deux', 'Trois', 'Quatre', 'Cinq'] };
    const ctx = snapshotContext(base, other, 'chromium');
    expect(ctx[0]).toBe('snapshot headline: jsdom «Titre», chromium «Autre»');
    expect(ctx[1]).toBe('snapshot paragraphs: jsdom 5, chromium 6');
    expect(ctx[2]).toBe('snapshot paragraph 0: jsdom «Un», chromium «ACTUALITÉ -»');
    expect(ctx.at(-1)).toBe('snapshot: 3 more paragraphs differ');
    expect(snapshotContext(base, base, 'chromium')).toEqual([]);
  });
});

describe('listHidden', () => {
  it('describes hidden elements by kind, tag, id, classes and text, never by <noscript> content', () => {
    const dom = new JSDOM(
      `<body><div id="s" class="share bar x" ${HIDDEN_ATTR}="share"><noscript><img src="x.png"> enable JS</noscript>  Share   this </div>` +
        `<p>visible</p><section class="c" ${HIDDEN_ATTR}="comments">3 comments</section></body>`,
    );
    expect(listHidden({ attr: HIDDEN_ATTR }, dom.window.document)).toEqual([
      'share div#s.share.bar «Share this»',
      'comments section.c «3 comments»',
    ]);
  });
});

describe('the browser run totals and ratchet', () => {
  it('sums labelled pages under its own keys', () => {
    const t = labeledTotals([answers().result], 'browser.chromium.');
    expect(t['browser.chromium.quotes.recall']).toBe(1);
    expect(t['browser.chromium.quotes.recall.checking']).toBe(1);
    expect(t['browser.chromium.detection.accuracy']).toBe(1);
    expect(t['browser.chromium.errors']).toBe(0);
    expect(Object.keys(t).every((k) => k.startsWith('browser.chromium.'))).toBe(true);
  });

  it('fails when a measure falls, an error or a difference appears; ignores the other browser', () => {
    const p = 'browser.chromium.';
    const base = {
      [`${p}quotes.recall`]: 0.8,
      [`${p}errors`]: 0,
      [`${p}differences`]: 3,
      'browser.firefox.quotes.recall': 1,
    };
    expect(checkBrowserTotals({ ...base }, base, p)).toEqual([]);
    // Within the tolerance, and fewer differences: still fine.
    expect(checkBrowserTotals({ ...base, [`${p}quotes.recall`]: 0.796, [`${p}differences`]: 1 }, base, p)).toEqual([]);
    expect(checkBrowserTotals({ ...base, [`${p}quotes.recall`]: 0.7 }, base, p)).toEqual([
      `${p}quotes.recall: 0.700 (baseline 0.800)`,
    ]);
    expect(checkBrowserTotals({ ...base, [`${p}differences`]: 4, [`${p}errors`]: 1 }, base, p)).toEqual([
      `${p}errors: 1 (baseline 0)`,
      `${p}differences: 4 (baseline 3)`,
    ]);
  });
});

describe('parseBrowserEvalArgs', () => {
  it('takes the browser and the run options', () => {
    const a = parseBrowserEvalArgs(['--', '--browser', 'firefox', '--check', '--match', 'ar-', '--no-build', '--pool']);
    expect(a).toMatchObject({ browser: 'firefox', check: true, match: 'ar-', build: false, pool: true, dates: false });
    expect(parseBrowserEvalArgs(['--browser=chromium']).browser).toBe('chromium');
  });

  it('refuses an unknown browser or argument', () => {
    expect(() => parseBrowserEvalArgs(['--browser', 'safari'])).toThrow(/chromium or firefox/);
    expect(() => parseBrowserEvalArgs(['--browser', 'chromium', '--only', 'quotes'])).toThrow(
      /unknown argument --only/,
    );
  });
});

describe('callSource', () => {
  it('evaluates a function with its argument, with the __name helper tsx may put in its source', () => {
    // The source as esbuild's keepNames writes it: calls to a __name the page does not define.
    const fn = new vm.Script(
      '(a) => { const twice = __name((x) => x * 2, "twice"); return a.items.map(twice).join(","); }',
    ).runInNewContext({ __name: (f: unknown) => f }) as (a: { items: number[] }) => string;
    expect(vm.runInNewContext(callSource(fn, { items: [1, 2, 3] }))).toBe('2,4,6');
    expect(vm.runInNewContext(callSource(() => 'ok', null))).toBe('ok');
  });
});

describe('page server', () => {
  let server: PageServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  const get = (url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      http
        .get(url, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    });

  it('serves a saved page at its own path, as saved, in the encoding the CLI reads it in, scripts blocked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clearline-serve-'));
    const page = (name: string, head: string, body: number[] | string): { file: string; bytes: Buffer } => {
      const bytes = Buffer.concat([
        Buffer.from(`<html><head>${head}</head><body><p>`),
        typeof body === 'string' ? Buffer.from(body) : Buffer.from(body),
        Buffer.from('</p></body></html>'),
      ]);
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return { file, bytes };
    };
    // windows-1252 bytes for „Wir“ – (Node's own TextDecoder would turn them into C1 controls).
    const w1252 = page('a.html', '<meta charset="iso-8859-1">', [0x84, 0x57, 0x69, 0x72, 0x93, 0x20, 0x96]);
    // Valid UTF-8 that declares windows-1252: served, and read by jsdom, as UTF-8.
    const utf8 = page('b.html', '<meta charset="windows-1252">', '„Wir“ –');
    server = await startPageServer();
    const at = pathAndQuery('https://news.test/новости/1?id=2');
    expect(at).toBe('/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1?id=2');
    const url = server.servePage(at ?? '', w1252.file);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe("script-src 'none'");
    expect(res.headers['content-type']).toBe('text/html; charset=windows-1252');
    expect(res.body.equals(w1252.bytes)).toBe(true);
    expect((await get(`${server.origin}/other`)).status).toBe(404);
    // Another page at the same path replaces it.
    expect(server.servePage(at ?? '', utf8.file)).toBe(url);
    const second = await get(url);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.body.equals(utf8.bytes)).toBe(true);
  });

  it('has no path for a URL that is not http(s)', () => {
    expect(pathAndQuery(null)).toBeNull();
    expect(pathAndQuery('file:///x.html')).toBeNull();
    expect(pathAndQuery('not a url')).toBeNull();
  });
});
