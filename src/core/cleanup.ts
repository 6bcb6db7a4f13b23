// core/cleanup: reversible hiding, the way uBlock Origin does it. A widget is
// marked with HIDDEN_ATTR (value = its kind) and one injected <style> hides
// every marked element; restore() removes the marks and the style, so the
// page's DOM is exactly as before. Nothing of the page is ever removed.
//
// Late widgets (comment iframes, share bars injected after load): one
// MutationObserver that only queues added subtrees; a timer drains the queue
// in batches under a CPU budget, and the watcher stops once the page settles.

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
  /** CPU time spent in the observer callback and in scans, in ms. */
  cpuMs: number;
  /** The most spent in any one-second window, in ms. */
  maxWindowMs: number;
  scans: number;
  stopped: boolean;
}

export interface WatchOptions {
  /** Stop when no element was added for this long (ms). */
  idleMs?: number;
  /** Stop after this long in any case (ms). */
  maxMs?: number;
  /** Delay that batches mutations before a scan (ms). */
  batchMs?: number;
  /** CPU budget per one-second window (ms). */
  budgetMs?: number;
  /** Added subtrees kept waiting at most; past it the oldest are dropped. */
  maxQueue?: number;
  /** The clock the budget is measured with (ms); tests pass a virtual one. */
  clock?: () => number;
}

/** Added subtrees scanned together. */
const SLICE = 50;

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
  const idleMs = options.idleMs ?? 20000;
  const maxMs = options.maxMs ?? 180000;
  const batchMs = options.batchMs ?? 250;
  const budgetMs = options.budgetMs ?? 50;
  const maxQueue = options.maxQueue ?? 2000;
  const now = options.clock ?? performanceNow;
  const root = doc.documentElement;
  if (!root) return { stop: () => undefined };

  const started = now();
  let lastAdd = started;
  // A Set: a node re-inserted many times waits once.
  let queue = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let windowStart = started;
  let spent = 0;
  let total = 0;
  let maxWindow = 0;
  let scans = 0;
  const seen = new WeakSet<Element>();

  const charge = (ms: number): void => {
    const t = now();
    if (t - windowStart >= 1000) {
      windowStart = t;
      spent = 0;
    }
    spent += ms;
    total += ms;
    if (spent > maxWindow) maxWindow = spent;
  };

  let due = Infinity;
  let missed = false;
  const overBudget = (t: number): boolean => t - windowStart < 1000 && spent >= budgetMs;
  // One timer; a nearer deadline replaces a farther one.
  const schedule = (delay: number): void => {
    if (stopped) return;
    const at = now() + delay;
    if (timer !== null) {
      if (at >= due) return;
      clearTimeout(timer);
    }
    due = at;
    timer = setTimeout(drain, delay);
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    try {
      observer?.disconnect();
    } catch {
      // Nothing to undo.
    }
    if (timer !== null) clearTimeout(timer);
    timer = null;
    queue = new Set<Element>();
  }

  function scanSlice(): void {
    const slice = new Set<Element>();
    for (const el of queue) {
      queue.delete(el);
      if (!el.isConnected || seen.has(el) || inHidden(el)) continue;
      slice.add(el);
      if (slice.size >= SLICE) break;
    }
    // A subtree inside another queued subtree is scanned with it.
    const outer: Element[] = [];
    for (const el of slice) {
      let inner = false;
      for (let a = el.parentElement; a && !inner; a = a.parentElement) inner = slice.has(a);
      if (!inner) outer.push(el);
    }
    if (!outer.length) return;
    scans++;
    const found = findClutter(doc, article, outer).filter((h) => !seen.has(h.element) && !inHidden(h.element));
    for (const h of found) seen.add(h.element);
    if (found.length) onHits(found);
  }

  function drain(): void {
    timer = null;
    due = Infinity;
    if (stopped) return;
    const t0 = now();
    // Never settle with records skipped over budget still unscanned (see the rescan below).
    if (t0 - started > maxMs || (queue.size === 0 && !missed && t0 - lastAdd > idleMs)) {
      stop();
      return;
    }
    if (overBudget(t0)) {
      // Over budget in this window: wait for the next one.
      schedule(Math.max(batchMs, 1000 - (t0 - windowStart)));
      return;
    }
    if (missed && queue.size === 0 && t0 - lastAdd > 4 * batchMs) {
      // Records were skipped over budget: once the storm is over, look at the whole page again.
      missed = false;
      for (let c = doc.body?.firstElementChild ?? null; c && queue.size < maxQueue; c = c.nextElementSibling)
        queue.add(c);
    }
    try {
      // Small slices, until the window's budget is used up: one drain never runs far over it.
      while (queue.size > 0 && spent + (now() - t0) < budgetMs) scanSlice();
    } catch {
      // A page that breaks the scan gets no late clean-up, never an error.
    }
    charge(now() - t0);
    schedule(queue.size ? batchMs : Math.min(idleMs, 1000));
  }

  const onRecords = (records: MutationRecord[]): void => {
    if (stopped) return;
    const t0 = now();
    lastAdd = t0;
    if (overBudget(t0)) {
      // Over budget: skip these records, rescan once the page is quiet (see drain()).
      missed = true;
      schedule(batchMs);
      return;
    }
    try {
      for (let r = 0; r < records.length; r++) {
        if ((r & 15) === 15 && spent + (now() - t0) >= budgetMs) {
          missed = true;
          break;
        }
        const added = records[r]?.addedNodes;
        if (!added) continue;
        for (let k = 0; k < added.length; k++) {
          const n = added[k];
          if (n && n.nodeType === 1) {
            if (queue.size >= maxQueue) {
              const oldest = queue.values().next().value;
              if (oldest) queue.delete(oldest);
            }
            queue.add(n as Element);
          }
        }
      }
    } catch {
      // See drain().
    }
    charge(now() - t0);
    schedule(batchMs);
  };
  let observer: MutationObserver | null = null;
  for (const Ctor of observerCtors(doc)) {
    try {
      const o = new Ctor(onRecords);
      o.observe(root, { childList: true, subtree: true });
      observer = o;
      break;
    } catch {
      // Try the next constructor.
    }
  }
  if (!observer) return { stop: () => undefined };
  schedule(Math.min(idleMs, 1000));
  return { stop, usage: () => ({ cpuMs: total, maxWindowMs: maxWindow, scans, stopped }) };
}
