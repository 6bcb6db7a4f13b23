// The bench's reading of a Chromium performance trace (CDP Tracing, the
// categories below): which main-thread tasks ran our code, and for how long.
//
//   our intervals = EvaluateScript / v8.compile / FunctionCall events whose
//                   script is one of ours (chrome-extension://<id>/…), and the
//                   RunMicrotasks events in which the sampling profiler caught
//                   one of our functions (a promise continuation: an await
//                   resumed, a message answered, scheduler.yield() returned)
//   a task        = a top-level RunTask of a renderer main thread (the task and its microtask checkpoint)
//   ours in it    = the union of our intervals inside it
//
// Both wall time (what the reader feels) and thread time (what our code cost
// the CPU, whatever else the machine was doing) are kept.

/** The categories to trace with. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
] as const;

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
}

export interface OurWork {
  tasks: OurTask[];
  /** The longest task of ours (our share of it), wall and thread time (ms). */
  longestWallMs: number;
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
}

const urlOf = (e: TraceEvent): string => {
  const data = e.args?.data as { url?: unknown } | undefined;
  return typeof data?.url === 'string' ? data.url : '';
};

/** Timestamps (µs) of profiler samples whose stack runs through one of our scripts, per profiled thread. */
function ourSamples(events: readonly TraceEvent[], isOurs: (url: string) => boolean): Map<string, number[]> {
  // A Profile event names the thread and the start time; its chunks (same pid and id) carry nodes and samples.
  const profiles = new Map<
    string,
    { thread: string; time: number; parent: Map<number, number>; ours: Map<number, boolean> }
  >();
  const out = new Map<string, number[]>();
  const sorted = events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const key = `${e.pid}:${e.id ?? ''}`;
    const data = (e.args?.data ?? {}) as {
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame?: { url?: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    if (e.name === 'Profile') {
      profiles.set(key, {
        thread: `${e.pid}:${e.tid}`,
        time: data.startTime ?? e.ts,
        parent: new Map(),
        ours: new Map(),
      });
      continue;
    }
    const p = profiles.get(key);
    if (!p) continue;
    const direct = new Map<number, boolean>();
    for (const n of data.cpuProfile?.nodes ?? []) {
      if (n.parent !== undefined) p.parent.set(n.id, n.parent);
      direct.set(n.id, isOurs(n.callFrame?.url ?? ''));
    }
    const oursNode = (id: number): boolean => {
      const known = p.ours.get(id);
      if (known !== undefined) return known;
      const chain: number[] = [];
      let v = false;
      for (let cur: number | undefined = id; cur !== undefined; cur = p.parent.get(cur)) {
        const k = p.ours.get(cur);
        if (k !== undefined) {
          v = k;
          break;
        }
        chain.push(cur);
        if (direct.get(cur)) {
          v = true;
          break;
        }
      }
      for (const c of chain) p.ours.set(c, v);
      return v;
    };
    for (const n of data.cpuProfile?.nodes ?? []) if (direct.get(n.id)) p.ours.set(n.id, true);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    const list = out.get(p.thread) ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.time += deltas[i] ?? 0;
      if (oursNode(samples[i] as number)) list.push(p.time);
    }
    out.set(p.thread, list);
  }
  for (const l of out.values()) l.sort((a, b) => a - b);
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
  const samples = ourSamples(events, isOurs);
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
    const ours: Interval[] = [];
    const threadSamples = samples.get(thread) ?? [];
    const sampled = (start: number, end: number): boolean => {
      // Binary search for the first sample at or after start.
      let lo = 0;
      let hi = threadSamples.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((threadSamples[mid] as number) < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < threadSamples.length && (threadSamples[lo] as number) <= end;
    };
    for (const e of list) {
      const end = e.ts + (e.dur ?? 0);
      if ((OURS_BY_URL.has(e.name) && isOurs(urlOf(e))) || (e.name === 'RunMicrotasks' && sampled(e.ts, end)))
        ours.push({ start: e.ts, end, cpu: e.tdur ?? e.dur ?? 0 });
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
      tasks.push({ at: t.ts / 1000, wallMs: wall / 1000, cpuMs: cpu / 1000, taskMs: (t.dur ?? 0) / 1000 });
    }
  }
  tasks.sort((a, b) => a.at - b.at);
  const max = (f: (t: OurTask) => number): number => tasks.reduce((m, t) => Math.max(m, f(t)), 0);
  const sum = (f: (t: OurTask) => number): number => tasks.reduce((s, t) => s + f(t), 0);
  return {
    tasks,
    longestWallMs: max((t) => t.wallMs),
    longestCpuMs: max((t) => t.cpuMs),
    totalWallMs: sum((t) => t.wallMs),
    totalCpuMs: sum((t) => t.cpuMs),
  };
}
