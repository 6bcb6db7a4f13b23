// The bench's reading of a Chromium performance trace (CDP Tracing, the
// categories below): which main-thread tasks ran our code, and for how long.
//
//   our intervals = EvaluateScript / v8.compile / FunctionCall events whose
//                   script is one of ours (chrome-extension://<id>/…): our
//                   scripts compiled and run, our listeners and callbacks;
//                   and each stretch of the sliced load path, between the
//                   "clearline:begin" and "clearline:end" marks it leaves in
//                   the timeline (console.timeStamp): the continuations after
//                   an await, which no event names by script
//   a task        = a top-level RunTask of a renderer main thread (the task and its microtask checkpoint)
//   ours in it    = the union of our intervals inside it
//
// Both wall time (what the reader feels) and thread time (what our code cost
// the CPU, whatever else the machine was doing) are kept. No sampling
// profiler: it slows the code it watches several times over.

/** The categories to trace with. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] as const;

/** The marks the content script's Slicer leaves at the edges of each stretch (controller.ts). */
export const MARK_BEGIN = 'clearline:begin';
export const MARK_END = 'clearline:end';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface OurTask {
  /** Start of the task (ms, trace clock). */
  at: number;
  /** Our code's share of the task: wall (ms) and thread time (ms). */
  wallMs: number;
  cpuMs: number;
  /** The whole task's wall time (ms), ours or not. */
  taskMs: number;
  /** What of ours ran longest in it: "slice" (a stretch of the load path) or the event and script ("EvaluateScript clean.js"). */
  what: string;
}

export interface OurWork {
  tasks: OurTask[];
  /** The longest task of ours (our share of it), wall and thread time (ms), and what ran longest in it. */
  longestWallMs: number;
  longestWhat: string;
  /** Our thread time in that same task (longestCpuMs may be another task's). */
  longestWallCpuMs: number;
  longestCpuMs: number;
  /** All our work on the page's main thread, wall and thread time (ms). */
  totalWallMs: number;
  totalCpuMs: number;
}

const OURS_BY_URL = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

interface Interval {
  start: number;
  end: number;
  /** Thread time of the interval (µs), when the trace has it. */
  cpu: number;
  /** "slice", or the event and our script's file name. */
  what: string;
}

const urlOf = (e: TraceEvent): string => {
  const data = e.args?.data as { url?: unknown } | undefined;
  return typeof data?.url === 'string' ? data.url : '';
};

/** The stretches between our begin and end marks, per thread. */
function markedStretches(events: readonly TraceEvent[]): Map<string, Interval[]> {
  const out = new Map<string, Interval[]>();
  const open = new Map<string, TraceEvent>();
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.ph !== 'X')
    .filter((e) => {
      const m = (e.args?.data as { message?: unknown } | undefined)?.message;
      return m === MARK_BEGIN || m === MARK_END;
    })
    .sort((a, b) => a.ts - b.ts);
  for (const e of marks) {
    const thread = `${e.pid}:${e.tid}`;
    const message = (e.args?.data as { message?: string }).message;
    if (message === MARK_BEGIN) open.set(thread, e);
    else {
      const b = open.get(thread);
      if (!b) continue;
      open.delete(thread);
      const list = out.get(thread) ?? [];
      list.push({
        start: b.ts,
        end: e.ts,
        cpu: b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : e.ts - b.ts,
        what: 'slice',
      });
      out.set(thread, list);
    }
  }
  return out;
}

function unionLength(intervals: Interval[]): { wall: number; cpu: number } {
  const s = [...intervals].sort((a, b) => a.start - b.start);
  let wall = 0;
  let cpu = 0;
  let end = -Infinity;
  let lastCpuEnd = -Infinity;
  for (const iv of s) {
    if (iv.end <= end) continue; // nested: already counted (its thread time too)
    const from = Math.max(iv.start, end);
    wall += iv.end - from;
    // Thread time of a partly overlapping interval, in proportion.
    if (iv.start >= lastCpuEnd) cpu += iv.cpu;
    else cpu += iv.cpu * ((iv.end - from) / Math.max(1, iv.end - iv.start));
    end = iv.end;
    lastCpuEnd = iv.end;
  }
  return { wall, cpu };
}

/** Our work on the main threads of the trace: `prefix` is our extension's origin (chrome-extension://<id>/). */
export function ourWork(events: readonly TraceEvent[], prefix: string): OurWork {
  const isOurs = (url: string): boolean => url.startsWith(prefix);
  const stretches = markedStretches(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const k = `${e.pid}:${e.tid}`;
    const list = byThread.get(k) ?? [];
    list.push(e);
    byThread.set(k, list);
  }
  const tasks: OurTask[] = [];
  for (const [thread, list] of byThread) {
    const ours: Interval[] = [...(stretches.get(thread) ?? [])];
    for (const e of list) {
      if (OURS_BY_URL.has(e.name) && isOurs(urlOf(e)))
        ours.push({
          start: e.ts,
          end: e.ts + (e.dur ?? 0),
          cpu: e.tdur ?? e.dur ?? 0,
          what: `${e.name} ${urlOf(e).split('/').pop() ?? ''}`,
        });
    }
    if (!ours.length) continue;
    // Top-level tasks: task events not inside another one (RunTask holds a task and its microtask checkpoint).
    const runs = list.filter((e) => TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const top: TraceEvent[] = [];
    let topEnd = -Infinity;
    for (const r of runs) {
      if (r.ts < topEnd) continue;
      top.push(r);
      topEnd = r.ts + (r.dur ?? 0);
    }
    for (const t of top) {
      const tEnd = t.ts + (t.dur ?? 0);
      const inside = ours.filter((iv) => iv.start >= t.ts && iv.end <= tEnd);
      if (!inside.length) continue;
      const { wall, cpu } = unionLength(inside);
      const longest = inside.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      tasks.push({
        at: t.ts / 1000,
        wallMs: wall / 1000,
        cpuMs: cpu / 1000,
        taskMs: (t.dur ?? 0) / 1000,
        what: longest.what,
      });
    }
  }
  tasks.sort((a, b) => a.at - b.at);
  const max = (f: (t: OurTask) => number): number => tasks.reduce((m, t) => Math.max(m, f(t)), 0);
  const sum = (f: (t: OurTask) => number): number => tasks.reduce((s, t) => s + f(t), 0);
  const longestTask = tasks.reduce<OurTask | null>((a, t) => (!a || t.wallMs > a.wallMs ? t : a), null);
  return {
    tasks,
    longestWallMs: longestTask?.wallMs ?? 0,
    longestWhat: longestTask?.what ?? '',
    longestWallCpuMs: longestTask?.cpuMs ?? 0,
    longestCpuMs: max((t) => t.cpuMs),
    totalWallMs: sum((t) => t.wallMs),
    totalCpuMs: sum((t) => t.cpuMs),
  };
}
