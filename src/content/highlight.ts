// Shows the user where a quote is: scrolls its paragraph into view, marks the
// quote's text with the CSS Custom Highlight API when the browser has it, and
// outlines the paragraph briefly (fades out). Everything is removable.

export const HIGHLIGHT_ATTR = 'data-clearline-highlight';
const HIGHLIGHT_NAME = 'clearline-quote';
const STYLE_ID = 'clearline-highlight-style';
const FADE_MS = 4000;

// Our own rules only, scoped by our attribute and highlight name.
const CSS = `
[${HIGHLIGHT_ATTR}] { outline: 3px solid #f5b301 !important; outline-offset: 4px !important;
  border-radius: 2px; animation: clearline-fade ${FADE_MS}ms ease-out forwards !important; }
@keyframes clearline-fade { 0%, 60% { outline-color: #f5b301; } 100% { outline-color: transparent; } }
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe27a; color: #111; }
@media (prefers-reduced-motion: reduce) { [${HIGHLIGHT_ATTR}] { animation: none !important; } }
`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window | null): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor }) | null;
  if (w?.CSS?.highlights && typeof w.Highlight === 'function')
    return { registry: w.CSS.highlights, Highlight: w.Highlight };
  return null;
}

/**
 * Finds `needle` (whitespace-folded, as in the snapshot) in the text of `el`
 * and returns a Range over it, or null.
 */
export function findTextRange(el: Element, needle: string): Range | null {
  const doc = el.ownerDocument;
  const target = needle.replace(/\s+/gu, ' ').trim();
  if (!target) return null;
  // Folded text of the element, with each folded char mapped back to its node/offset.
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let folded = '';
  let lastSpace = true;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      const space = /\s/u.test(ch);
      if (space && lastSpace) continue;
      folded += space ? ' ' : ch;
      nodes.push(text);
      offsets.push(i);
      lastSpace = space;
    }
  }
  const at = folded.indexOf(target);
  if (at < 0) return null;
  const end = at + target.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[at] as Text, offsets[at] as number);
  range.setEnd(nodes[end] as Text, (offsets[end] as number) + 1);
  return range;
}

export class Highlighter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private marked: Element | null = null;

  constructor(private readonly doc: Document) {}

  /** Returns true when the paragraph was found (the text match is best effort). */
  show(el: Element | null, text: string): boolean {
    this.clear();
    if (!el) return false;
    this.ensureStyle();
    el.setAttribute(HIGHLIGHT_ATTR, '');
    this.marked = el;
    const api = highlightApi(this.doc.defaultView);
    const range = api ? findTextRange(el, text) : null;
    if (api && range) api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    const reduce = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.timer = setTimeout(() => this.clear(), FADE_MS + 2000);
    // The reader can dismiss it at once: Escape, or a click anywhere.
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.addEventListener('pointerdown', this.onPointer, true);
    return true;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.clear();
  };

  private readonly onPointer = (): void => this.clear();

  clear(): void {
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('pointerdown', this.onPointer, true);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.marked?.removeAttribute(HIGHLIGHT_ATTR);
    this.marked = null;
    highlightApi(this.doc.defaultView)?.registry.delete(HIGHLIGHT_NAME);
    this.doc.getElementById(STYLE_ID)?.remove();
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }
}
