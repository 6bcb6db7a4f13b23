// core/cleanup: reversible hiding, the way uBlock Origin does it. A widget is
// marked with HIDDEN_ATTR (value = its kind) and one injected <style> hides
// every marked element; restore() removes the marks and the style, so the
// page's DOM is exactly as before. Nothing of the page is ever removed.
//
// Late widgets (comment iframes, share bars injected after load): one
// MutationObserver that only queues added subtrees; a timer drains the queue,
// searching a batch of subtrees at a time under a CPU budget, and the watcher
// stops once the page settles.

import { findClutter } from './clutter/index.ts';
import { runSync, type Steps } from './slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind } from './types.ts';

/** The attribute that marks a hidden widget; its value is the widget's kind. */
export const HIDDEN_ATTR = 'data-clearline-hidden';
/** Marks our one stylesheet. */
export const STYLE_ATTR = 'data-clearline-style';
const CSS = `[${HIDDEN_ATTR}]{display:none!important}`;

/** Never hide the page itself, whatever a caller passes. */
const NEVER = new Set(['html', 'head', 'body']);

/** Inside a widget we already hid (an ancestor walk: no selector engine on the hot path). */
function inHidden(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.hasAttribute(HIDDEN_ATTR)) return true;
  return false;
}

function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement)?.appendChild(style);
}

/** Hides the hits whose kind is in `kinds` (attribute + one stylesheet). Returns the hits hidden. */
export function hide(doc: Document, hits: readonly ClutterHit[], kinds: readonly ClutterKind[]): ClutterHit[] {
  return runSync(hideSteps(doc, hits, kinds));
}

/** Hits marked between two pauses of sliced hiding. */
const HIDE_STRIDE = 64;

/** hide as a step function (core/slice). */
export function* hideSteps(
  doc: Document,
  hits: readonly ClutterHit[],
  kinds: readonly ClutterKind[],
): Steps<ClutterHit[]> {
  const done: ClutterHit[] = [];
  let seen = 0;
  try {
    for (const hit of hits) {
      if (++seen % HIDE_STRIDE === 0) yield;
      const el = hit.element;
      if (!kinds.includes(hit.kind) || NEVER.has(el.localName) || el.ownerDocument !== doc) continue;
      if (el.hasAttribute(HIDDEN_ATTR)) continue;
      if (done.length === 0) ensureStyle(doc);
      el.setAttribute(HIDDEN_ATTR, hit.kind);
      done.push(hit);
    }
  } catch {
    // A hostile page must not break the extension; what was hidden stays hidden and restorable.
  }
  return done;
}

/** Removes every mark and the stylesheet: the DOM is exactly as before hide(). */
export function restore(doc: Document): void {
  try {
    const marked = doc.querySelectorAll(`[${HIDDEN_ATTR}]`);
    for (let i = 0; i < marked.length; i++) marked[i]?.removeAttribute(HIDDEN_ATTR);
    const styles = doc.querySelectorAll(`style[${STYLE_ATTR}]`);
    for (let i = 0; i < styles.length; i++) styles[i]?.remove();
  } catch {
    // See hide().
  }
}

export interface LateWatcher {
  stop(): void;
  /** What the watcher cost so far (for tests and the bench). */
  usage?(): WatchUsage;
}

export interface WatchUsage {
  /** CPU time spent in the observer callback and in batch searches, in ms. */
  cpuMs: number;
  /** The most spent in any one-second window, in ms. */
  maxWindowMs: number;
  /** Batches of added subtrees searched for widgets. */
  batches: number;
  stopped: boolean;
}

export interface WatchOptions {
  /** Stop when no element was added for this long (ms). */
  idleMs?: number;
  /** Stop after this long in any case (ms). */
  maxMs?: number;
  /** Delay that gathers mutations into one batch before it is searched (ms). */
  batchMs?: number;
  /** CPU budget per one-second window (ms). */
  budgetMs?: number;
  /** Added subtrees kept waiting at most; past it the oldest are dropped. */
  maxQueue?: number;
  /** The clock the budget is measured with (ms); tests pass a virtual one. */
  clock?: () => number;
}

/** Added subtrees searched together, at most. */
const BATCH_SIZE = 50;

const performanceNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type MutationObserverCtor = new (cb: MutationCallback) => MutationObserver;

/**
 * Our own realm's constructor first (in a content script, the isolated world's,
 * which the page cannot touch), then the document's window's (Node + jsdom has
 * no global one): a page that replaced or broke the MutationObserver on its
 * window, even with a silent fake, must not break the watcher.
 */
function observerCtors(doc: Document): MutationObserverCtor[] {
  const out: MutationObserverCtor[] = [];
  let page: unknown;
  try {
    page = (doc.defaultView as { MutationObserver?: unknown } | null)?.MutationObserver;
  } catch {
    // A throwing getter on the page's window.
  }
  const own = (globalThis as { MutationObserver?: MutationObserverCtor }).MutationObserver;
  if (typeof own === 'function') out.push(own);
  if (typeof page === 'function' && page !== own) out.push(page as MutationObserverCtor);
  return out;
}

/** The watcher's state: the queue of added subtrees, one timer, and the CPU budget's accounts. */
class LateClutterWatcher {
  private readonly idleMs: number;
  private readonly maxMs: number;
  private readonly batchMs: number;
  private readonly budgetMs: number;
  private readonly maxQueue: number;
  private readonly now: () => number;
  private readonly started: number;
  private lastAdd: number;
  // A Set: a node re-inserted many times waits once.
  private queue = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private windowStart: number;
  private spent = 0;
  private total = 0;
  private maxWindow = 0;
  private batches = 0;
  private readonly seen = new WeakSet<Element>();
  private due = Infinity;
  private missed = false;
  observer: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly article: ArticleInfo,
    private readonly onHits: (hits: ClutterHit[]) => void,
    options: WatchOptions,
  ) {
    this.idleMs = options.idleMs ?? 20000;
    this.maxMs = options.maxMs ?? 180000;
    this.batchMs = options.batchMs ?? 250;
    this.budgetMs = options.budgetMs ?? 50;
    this.maxQueue = options.maxQueue ?? 2000;
    this.now = options.clock ?? performanceNow;
    this.started = this.now();
    this.lastAdd = this.started;
    this.windowStart = this.started;
  }

  private charge(ms: number): void {
    const t = this.now();
    if (t - this.windowStart >= 1000) {
      this.windowStart = t;
      this.spent = 0;
    }
    this.spent += ms;
    this.total += ms;
    if (this.spent > this.maxWindow) this.maxWindow = this.spent;
  }

  private overBudget(t: number): boolean {
    return t - this.windowStart < 1000 && this.spent >= this.budgetMs;
  }

  /** One timer; a nearer deadline replaces a farther one. */
  schedule(delay: number): void {
    if (this.stopped) return;
    const at = this.now() + delay;
    if (this.timer !== null) {
      if (at >= this.due) return;
      clearTimeout(this.timer);
    }
    this.due = at;
    this.timer = setTimeout(() => this.drain(), delay);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    try {
      this.observer?.disconnect();
    } catch {
      // Nothing to undo.
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queue = new Set<Element>();
  }

  usage(): WatchUsage {
    return { cpuMs: this.total, maxWindowMs: this.maxWindow, batches: this.batches, stopped: this.stopped };
  }

  /** Takes up to BATCH_SIZE subtrees off the queue and searches the outermost of them for widgets. */
  private searchBatch(): void {
    const batch = new Set<Element>();
    for (const el of this.queue) {
      this.queue.delete(el);
      if (!el.isConnected || this.seen.has(el) || inHidden(el)) continue;
      batch.add(el);
      if (batch.size >= BATCH_SIZE) break;
    }
    // A subtree inside another queued subtree is searched with it.
    const outer: Element[] = [];
    for (const el of batch) {
      let inner = false;
      for (let a = el.parentElement; a && !inner; a = a.parentElement) inner = batch.has(a);
      if (!inner) outer.push(el);
    }
    if (!outer.length) return;
    this.batches++;
    const found = findClutter(this.doc, this.article, outer).filter(
      (h) => !this.seen.has(h.element) && !inHidden(h.element),
    );
    for (const h of found) this.seen.add(h.element);
    if (found.length) this.onHits(found);
  }

  private drain(): void {
    this.timer = null;
    this.due = Infinity;
    if (this.stopped) return;
    const t0 = this.now();
    // Never settle with records skipped over budget still unsearched (see the second look below).
    if (t0 - this.started > this.maxMs || (this.queue.size === 0 && !this.missed && t0 - this.lastAdd > this.idleMs)) {
      this.stop();
      return;
    }
    if (this.overBudget(t0)) {
      // Over budget in this window: wait for the next one.
      this.schedule(Math.max(this.batchMs, 1000 - (t0 - this.windowStart)));
      return;
    }
    if (this.missed && this.queue.size === 0 && t0 - this.lastAdd > 4 * this.batchMs) {
      // Records were skipped over budget: once the storm is over, look at the whole page again.
      this.missed = false;
      for (
        let c = this.doc.body?.firstElementChild ?? null;
        c && this.queue.size < this.maxQueue;
        c = c.nextElementSibling
      )
        this.queue.add(c);
    }
    try {
      // Small batches, until the window's budget is used up: one drain never runs far over it.
      while (this.queue.size > 0 && this.spent + (this.now() - t0) < this.budgetMs) this.searchBatch();
    } catch {
      // A page that breaks the search gets no late clean-up, never an error.
    }
    this.charge(this.now() - t0);
    this.schedule(this.queue.size ? this.batchMs : Math.min(this.idleMs, 1000));
  }

  /** Queues the added elements (the oldest go past maxQueue); false when over budget midway. */
  private enqueue(records: MutationRecord[], t0: number): boolean {
    for (let r = 0; r < records.length; r++) {
      if ((r & 15) === 15 && this.spent + (this.now() - t0) >= this.budgetMs) return false;
      const added = records[r]?.addedNodes;
      if (!added) continue;
      for (let k = 0; k < added.length; k++) {
        const n = added[k];
        if (n && n.nodeType === 1) {
          if (this.queue.size >= this.maxQueue) {
            const oldest = this.queue.values().next().value;
            if (oldest) this.queue.delete(oldest);
          }
          this.queue.add(n as Element);
        }
      }
    }
    return true;
  }

  onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    const t0 = this.now();
    this.lastAdd = t0;
    if (this.overBudget(t0)) {
      // Over budget: skip these records, look again once the page is quiet (see drain()).
      this.missed = true;
      this.schedule(this.batchMs);
      return;
    }
    try {
      if (!this.enqueue(records, t0)) this.missed = true;
    } catch {
      // See drain().
    }
    this.charge(this.now() - t0);
    this.schedule(this.batchMs);
  }
}

/**
 * Watches for widgets added after load with one batched, bounded
 * MutationObserver, and calls `onHits` with each batch it finds.
 * It stops by itself after the page settles.
 */
export function watchLateClutter(
  doc: Document,
  article: ArticleInfo,
  onHits: (hits: ClutterHit[]) => void,
  options: WatchOptions = {},
): LateWatcher {
  const root = doc.documentElement;
  if (!root) return { stop: () => undefined };
  const watcher = new LateClutterWatcher(doc, article, onHits, options);
  for (const Ctor of observerCtors(doc)) {
    try {
      const o = new Ctor((records) => watcher.onRecords(records));
      o.observe(root, { childList: true, subtree: true });
      watcher.observer = o;
      break;
    } catch {
      // Try the next constructor.
    }
  }
  if (!watcher.observer) return { stop: () => undefined };
  watcher.schedule(Math.min(options.idleMs ?? 20000, 1000));
  return { stop: () => watcher.stop(), usage: () => watcher.usage() };
}
