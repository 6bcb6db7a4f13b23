// The bench's readings (issue 16): which tasks of a trace ran our code, and
// what the paint probe's frames say about each widget.
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { probeSource, widgetPaints } from '../../src/cli/bench-probe.ts';
import { ourWork, type TraceEvent } from '../../src/cli/bench-trace.ts';
import { parseBenchArgs, servedUrl } from '../../src/cli/bench.ts';

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
  it('counts our scripts, our callbacks and the microtasks the profiler caught us in, per task', () => {
    const events: TraceEvent[] = [
      // Task 1: the parser runs our document-start script: only the script is ours.
      X('RunTask', 1000, 10000),
      X('ParseHTML', 1000, 9000),
      X('EvaluateScript', 2000, 3000, url(`${EXT}src/content/start.js`)),
      X('v8.compile', 2000, 500, url(`${EXT}src/content/start.js`)),
      // Task 2: a page's own script (not ours).
      X('RunTask', 20000, 5000),
      X('EvaluateScript', 20000, 5000, url('https://news.example/app.js')),
      // Task 3: a promise continuation of ours (scheduler.yield() returned): a sample in our code.
      X('RunTask', 30000, 8000),
      X('RunMicrotasks', 30500, 7000),
      // Task 4: microtasks with no sample of ours.
      X('RunTask', 40000, 4000),
      X('RunMicrotasks', 40000, 4000),
      // Another thread: not a task of this page's main thread, but ours all the same if it ran our code.
      X('RunTask', 50000, 2000, { tid: 2 }),
      X('FunctionCall', 50000, 1500, { tid: 2, ...url(`${EXT}src/content/index.js`) }),
      // The profile: one sample in our code at 31 ms, one in the page's at 41 ms.
      { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: 1,
        tid: 9,
        ts: 100,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { url: '' } },
                { id: 2, parent: 1, callFrame: { url: `${EXT}src/content/index.js` } },
                { id: 3, parent: 2, callFrame: { url: '' } }, // a builtin called by our code
                { id: 4, parent: 1, callFrame: { url: 'https://news.example/app.js' } },
              ],
              samples: [3, 4],
            },
            timeDeltas: [31000, 10000],
          },
        },
      },
    ];
    const w = ourWork(events, EXT);
    expect(w.tasks.map((t) => [t.at, t.wallMs, t.cpuMs, t.taskMs])).toEqual([
      [1, 3, 1.5, 10],
      [30, 7, 3.5, 8],
      [50, 1.5, 0.75, 2],
    ]);
    expect(w.longestWallMs).toBe(7);
    expect(w.totalWallMs).toBe(11.5);
    expect(w.totalCpuMs).toBe(5.75);
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
