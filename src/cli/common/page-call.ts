// Calling a function of ours inside a browser's page, through a driver
// (playwright-core, puppeteer-core) that sends it as source text.

/** A function run in a page: serialized by the driver, so it must not close over anything. */
export type PageFn<A, R> = (arg: A) => R | Promise<R>;

/** A driver's evaluate, bound to one page. */
export type Evaluate = <A, R>(fn: PageFn<A, R>, arg: A) => Promise<R>;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The call `fn(arg)` as source text. The drivers serialize functions with
 * toString(), and tsx (esbuild's keepNames) puts calls to its `__name` helper
 * into that source, which the page does not have: the expression brings its own.
 * `arg` travels as JSON.
 */
export function callSource<A, R>(fn: PageFn<A, R>, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

/** Polls until the page's document is `url` (and, with `complete`, loaded). */
export async function waitForDocument(
  evaluate: Evaluate,
  url: string,
  timeoutMs: number,
  complete = false,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ready = await evaluate(
      (a: { u: string; complete: boolean }) =>
        location.href === a.u && (!a.complete || document.readyState === 'complete'),
      { u: url, complete },
    ).catch(() => false); // the old document is going away
    if (ready) return;
    if (Date.now() > end) throw new Error(`${url} did not load in ${timeoutMs} ms`);
    await sleep(50);
  }
}
