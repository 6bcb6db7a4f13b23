// The bench's readings: which tasks of a trace ran our code, what the paint
// probe's frames say about each widget, its arguments, and the speed budget.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs, servedUrl } from '../../../src/cli/bench/args.ts';
import { readSpeedBudget } from '../../../src/cli/bench/budget.ts';
import { probeSource, widgetPaints } from '../../../src/cli/bench/probe.ts';
import { ourWork, type TraceEvent } from '../../../src/cli/bench/trace.ts';

const EXT = 'chrome-extension://abc/';
const X = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
  tdur: dur / 2,
  ...extra,
});
const url = (u: string) => ({ args: { data: { url: u } } });

describe('bench: our tasks in a trace', () => {
  it('counts our scripts, our callbacks and the stretches our marks enclose, per task', () => {
    const mark = (message: string, ts: number, tts: number): TraceEvent => ({
      name: 'TimeStamp',
      ph: 'I',
      pid: 1,
      tid: 1,
      ts,
      tts,
      args: { data: { message } },
    });
    const events: TraceEvent[] = [
      // Task 1: the parser runs our document-start script: only the script is ours.
      X('RunTask', 1000, 10000),
      X('ParseHTML', 1000, 9000),
      X('EvaluateScript', 2000, 3000, url(`${EXT}src/content/start.js`)),
      X('v8.compile', 2000, 500, url(`${EXT}src/content/start.js`)),
      // Task 2: a page's own script (not ours).
      X('RunTask', 20000, 5000),
      X('EvaluateScript', 20000, 5000, url('https://news.example/app.js')),
      // Task 3: a stretch of the sliced load path (scheduler.yield() returned): between our marks.
      X('RunTask', 30000, 8000),
      X('RunMicrotasks', 30500, 7000),
      mark('clearline:begin', 31000, 500),
      mark('clearline:end', 37000, 4500),
      // Task 4: microtasks that are not ours, and a mark of someone else.
      X('RunTask', 40000, 4000),
      X('RunMicrotasks', 40000, 4000),
      mark('other', 41000, 0),
      // Another thread (another page's renderer): a callback of ours there.
      X('RunTask', 50000, 2000, { tid: 2 }),
      X('FunctionCall', 50000, 1500, { tid: 2, ...url(`${EXT}src/content/index.js`) }),
    ];
    const w = ourWork(events, EXT);
    expect(w.tasks.map((t) => [t.at, t.wallMs, t.cpuMs, t.taskMs])).toEqual([
      [1, 3, 1.5, 10],
      [30, 6, 4, 8],
      [50, 1.5, 0.75, 2],
    ]);
    expect(w.longestWallMs).toBe(6);
    // What ran longest in each task: the script run, the stretch, the callback.
    expect(w.tasks.map((t) => t.what)).toEqual(['EvaluateScript start.js', 'slice', 'FunctionCall index.js']);
    expect(w.longestWhat).toBe('slice');
    expect(w.longestWallCpuMs).toBe(4);
    expect(w.totalWallMs).toBe(10.5);
    expect(w.totalCpuMs).toBe(6.25);
  });
});

describe('bench: the paint probe', () => {
  it('is a page script for the given selectors', () => {
    const src = probeSource(['.share', '#comments']);
    expect(src).toContain('[".share","#comments"]');
    expect(() => new Script(src)).not.toThrow(); // it parses
  });

  it('measures each widget from its first painted frame to the first frame without it', () => {
    const paints = widgetPaints({
      // Frames every 16 ms; the first paint came with the frame at 32.
      frames: [
        [16, [0, 100]], // before the first paint: not seen
        [32, [0, 100]],
        [48, [0]],
        [64, []],
        [80, [200]],
      ],
      counts: [1, 1, 1, 1],
      firstPaint: 40,
    });
    expect(paints).toEqual([
      { id: 0, painted: true, flashMs: 32 }, // painted 32..64
      { id: 100, painted: true, flashMs: 16 }, // painted 32..48
      { id: 200, painted: true, flashMs: null }, // shown at the end: never hidden
      { id: 300, painted: false, flashMs: 0 }, // never shown
    ]);
    // No first paint at all: nothing was seen.
    expect(widgetPaints({ frames: [[16, [0]]], counts: [1], firstPaint: null })).toEqual([
      { id: 0, painted: false, flashMs: 0 },
    ]);
  });
});

describe('bench: pages at their own address', () => {
  it('serves a page at its original URL (no fragment), or on a stand-in host', () => {
    expect(servedUrl('https://www.nytimes.com/2021/10/28/x.html?a=1#top', 'x.html')).toBe(
      'https://www.nytimes.com/2021/10/28/x.html?a=1',
    );
    expect(servedUrl('', 'de-spiegel.de.html')).toBe('http://bench.invalid/de-spiegel.de.html');
    expect(servedUrl('ftp://x/y', 'a b.html')).toBe('http://bench.invalid/a%20b.html');
  });

  it('takes --phases', () => {
    expect(parseBenchArgs(['--phases', 'pool,carry']).phases).toEqual(['pool', 'carry']);
    expect(parseBenchArgs([]).phases).toEqual(['pool', 'return', 'carry']);
    expect(() => parseBenchArgs(['--phases', 'pool,everything'])).toThrow(/--phases/);
  });
});

describe('bench arguments', () => {
  it('reads --corpus, --limit and --match, and refuses anything else', () => {
    const a = parseBenchArgs(['--', '--corpus', '/tmp/c', '--limit=12', '--match', 'ar-']);
    expect(a).toEqual({ corpus: path.resolve('/tmp/c'), limit: 12, match: 'ar-', phases: ['pool', 'return', 'carry'] });
    expect(parseBenchArgs([]).limit).toBe(Infinity);
    expect(() => parseBenchArgs(['--limit'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--limit', 'ten'])).toThrow(/positive whole number/);
    expect(() => parseBenchArgs(['--limit', '0'])).toThrow(/positive whole number/);
    expect(() => parseBenchArgs(['--runs', '3'])).toThrow(/unknown argument --runs/);
  });
});

describe('bench: the speed budget', () => {
  it("reads budgets.json's speed figures, each a number", () => {
    const b = readSpeedBudget();
    expect(Object.keys(b)).toEqual([
      'longestTaskP95Ms',
      'longestTaskMaxMs',
      'firstVisitFlashMs',
      'returnVisitFlashRate',
      'detectVsReaderable',
      'contentScriptBytes',
    ]);
    expect(Object.values(b).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
  });

  it('refuses a budget with a figure missing', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clearline-budget-')), 'budgets.json');
    writeFileSync(file, JSON.stringify({ speed: { longestTaskP95Ms: 16 } }));
    expect(() => readSpeedBudget(file)).toThrow(/speed\.longestTaskMaxMs must be a number/);
  });
});
