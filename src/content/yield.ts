// How the sliced load path gives the main thread back to the page between
// slices (core/slice): scheduler.yield() where the browser has it (the
// continuation keeps its place ahead of other tasks), else a MessageChannel
// task (no 4 ms clamp, unlike setTimeout), else setTimeout(0).

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function pageYield(global: object = globalThis): () => Promise<void> {
  const g = global as { scheduler?: SchedulerLike; MessageChannel?: typeof MessageChannel };
  const scheduler = g.scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const y = scheduler.yield;
    return () => y.call(scheduler);
  }
  if (typeof g.MessageChannel === 'function') {
    const channel = new g.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}
