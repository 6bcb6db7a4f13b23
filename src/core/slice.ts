// core/slice: one implementation of the load path's work, run either whole
// or in slices that give the main thread back to the page.
//
// A step function is a generator that `yield`s at points where stopping is
// safe (every few dozen elements of a walk). runSync() runs it to the end in
// one go (the CLI, eval, tests, the popup's "clean"); a Slicer runs it in
// slices of a few milliseconds and awaits `yieldFn` between them (the content
// script passes scheduler.yield(), or a MessageChannel task). Both run the
// same code over the same document, so they give the same answers. Nothing
// here touches an extension API: the caller supplies the clock and the yield.

/** Work that pauses at `yield` points and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a step function to its end, without pausing. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceStats {
  /** The longest stretch run without yielding, in ms. */
  longestMs: number;
  /** Everything run, in ms. */
  totalMs: number;
  /** How many stretches (tasks) it took. */
  slices: number;
}

export interface SlicerOptions {
  /** Yield once a stretch has run this long (ms). */
  sliceMs?: number;
  /** The clock (ms). */
  now?: () => number;
  /** Told when a stretch begins and ends (the content script marks them in the browser's performance timeline). */
  mark?: (edge: 'begin' | 'end') => void;
}

/**
 * Runs step functions in slices of about `sliceMs`, awaiting `yieldFn`
 * between them, and measures the stretches it ran. One Slicer drives the
 * whole load path, so consecutive runs share a slice: call `resume()` after
 * awaiting anything else (a message, a promise), which starts a new task.
 */
export class Slicer {
  readonly stats: SliceStats = { longestMs: 0, totalMs: 0, slices: 0 };
  readonly #sliceMs: number;
  readonly #now: () => number;
  readonly #mark: (edge: 'begin' | 'end') => void;
  #start = 0;
  /** A stretch is being run (and timed). */
  #open = false;

  readonly #yieldFn: () => Promise<void>;

  constructor(yieldFn: () => Promise<void>, opts: SlicerOptions = {}) {
    this.#yieldFn = yieldFn;
    this.#sliceMs = opts.sliceMs ?? 4;
    this.#now = opts.now ?? (() => performance.now());
    this.#mark = opts.mark ?? (() => {});
  }

  /** A new task began (after an await): the current stretch starts now. */
  resume(): void {
    if (!this.#open) this.#mark('begin');
    this.#start = this.#now();
    this.#open = true;
  }

  /** Closes the current stretch, if one is open, and records it. */
  #close(t: number): void {
    if (!this.#open) return;
    this.#mark('end');
    this.#open = false;
    const ms = t - this.#start;
    this.stats.totalMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestMs) this.stats.longestMs = ms;
  }

  /** Gives the page a turn now (between two parts of the work). */
  async pause(): Promise<void> {
    this.#close(this.#now());
    await this.#yieldFn();
    this.resume();
  }

  /**
   * Runs `steps` to the end, yielding to the page whenever a slice is used up.
   * `check` runs after each yield: it throws to abandon the work (the world
   * changed meanwhile), and the generator is closed.
   */
  async run<T>(steps: Steps<T>, check?: () => void): Promise<T> {
    if (!this.#open) this.resume();
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
        const t = this.#now();
        if (t - this.#start >= this.#sliceMs) {
          this.#close(t);
          await this.#yieldFn();
          this.resume();
          check?.();
        }
      }
    } finally {
      steps.return(undefined as T);
    }
  }

  /** Ends the last stretch (call once the work is done, before waiting on anything else). */
  end(): void {
    this.#close(this.#now());
  }
}
