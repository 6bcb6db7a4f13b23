import type { PageFn, Tab } from '../driver/driver.ts';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until it returns a truthy value, and returns that value. */
export async function waitFor<A, R>(
  tab: Tab,
  fn: PageFn<A, R>,
  arg: A,
  timeoutMs = 8000,
  what = 'condition',
): Promise<NonNullable<R>> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const last = await tab.evaluate(fn, arg).catch(() => undefined);
    if (last) return last as NonNullable<R>;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
