// Functions run in a page's main world (Tab.evaluate): they read the DOM, and
// click. Each is sent as source text: nothing from outside its body.

/** The attribute the clean-up puts on what it hides. */
export const HIDDEN = 'data-clearline-hidden';

/** How many elements carry the attribute `attr`. */
export function hiddenMarks(attr: string): number {
  return document.querySelectorAll(`[${attr}]`).length;
}

/** Whether anything carries `attr`: the clean-up has run. */
export function anyMarked(attr: string): boolean {
  return document.querySelectorAll(`[${attr}]`).length > 0;
}

/** Clicks the first element `sel` matches; false when there is none. */
export function click(sel: string): boolean {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) return false;
  el.click();
  return true;
}

/** What a page of the extension recorded in place of the clipboard and downloads (recordOutputs). */
export interface Recorded {
  __copied: string[];
  __downloads: Array<{ name: string; href: string }>;
}

/** Replaces the clipboard and download link of an extension page with recorders (no user gesture in tests). */
export function recordOutputs(): boolean {
  const w = window as unknown as Recorded;
  w.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (t: string) => void w.__copied.push(t) },
  });
  w.__downloads = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) w.__downloads.push({ name: this.download, href: this.href });
  };
  return true;
}

/** The first text recordOutputs saw copied, once there is one. */
export function firstCopied(): string | undefined {
  return (window as unknown as Recorded).__copied[0];
}

/** The `i`th download recordOutputs saw: its file name and its text. */
export async function downloadedText(i: number): Promise<{ name: string; text: string } | null> {
  const d = (window as unknown as Recorded).__downloads[i];
  return d ? { name: d.name, text: await (await fetch(d.href)).text() } : null;
}
