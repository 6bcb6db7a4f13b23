// The bench's paint probe: a page script, added before the page's own
// (CDP Page.addScriptToEvaluateOnNewDocument, so the saved page's CSP does
// not stop it), that looks at the labelled widgets in every animation frame.
// A requestAnimationFrame callback runs just before its frame is rendered:
// what is visible there is what that frame paints. Frames before the first
// paint (the Paint Timing API's first-paint) are not shown to anyone.
//
//   flash (first visit) = from the first painted frame that shows a widget
//                         on the screen (the viewport) to the first later
//                         frame that does not
//   painted (return)    = the widget is rendered, anywhere on the page, in
//                         any painted frame (below the fold too: the reader
//                         would scroll to it)
//
// A widget paints when it covers an area: its own box, or something inside it
// (floated icons in a wrapper of no height). A wrapper left empty and of no
// height, once the site's stylesheet hid what it held, paints nothing (the
// same rule for the screen and for the whole page).

/** The page-side recorder; `selectors` are the labelled widgets' CSS selectors. */
export function probeSource(selectors: readonly string[], maxMs = 8000): string {
  return `(() => {
  const sels = ${JSON.stringify(selectors)};
  const frames = [];
  const visible = (el) =>
    typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const withArea = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r : null;
  };
  // What the widget paints: its own box when it covers an area, else the first thing inside it that
  // does (floated icons in a wrapper of no height); an empty box of no area paints nothing.
  const painted = (el) => {
    if (el.getClientRects().length === 0 || !visible(el)) return null;
    const own = withArea(el);
    if (own) return own;
    const inner = el.getElementsByTagName('*');
    for (let k = 0; k < inner.length && k < 50; k++) {
      const r = withArea(inner[k]);
      if (r && visible(inner[k])) return r;
    }
    return null;
  };
  const onScreen = (r) => r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const tick = (ts) => {
    // One id per widget element (selector index × 100 + element index): rendered, and on the screen.
    const seen = [];
    const screen = [];
    for (let i = 0; i < sels.length; i++) {
      let els = [];
      try { els = document.querySelectorAll(sels[i]); } catch {}
      for (let j = 0; j < els.length && j < 20; j++) {
        const r = painted(els[j]);
        if (!r) continue;
        seen.push(i * 100 + j);
        if (onScreen(r)) screen.push(i * 100 + j);
      }
    }
    frames.push([ts, seen, screen]);
    if (performance.now() < ${maxMs}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  Object.defineProperty(window, '__clearlineProbe', {
    value: () => {
      const counts = sels.map((s) => { try { return Math.min(20, document.querySelectorAll(s).length); } catch { return 0; } });
      const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint');
      return { frames, counts, firstPaint: paint ? paint.startTime : null };
    },
  });
})();`;
}

export interface ProbeResult {
  /** [rAF timestamp, ids (selector index × 100 + element index) of the widgets rendered in that frame, and of those on the screen]. */
  frames: Array<[number, number[], number[]?]>;
  /** Elements each selector matched at the end (at most 20). */
  counts: number[];
  firstPaint: number | null;
}

export interface WidgetPaint {
  id: number;
  /** Shown in a painted frame at all. */
  painted: boolean;
  /** From its first painted frame to the first later frame without it (ms); null when it never went. */
  flashMs: number | null;
}

/** What the frames say about each widget present at the end: rendered anywhere, or on the screen. */
export function widgetPaints(p: ProbeResult, where: 'page' | 'screen' = 'page'): WidgetPaint[] {
  // The frame that produced the first paint ran its callbacks at or before it: it and every later frame were shown.
  let firstShown = -1;
  if (p.firstPaint !== null) {
    for (let i = 0; i < p.frames.length; i++) if ((p.frames[i]?.[0] ?? Infinity) <= p.firstPaint) firstShown = i;
    if (firstShown < 0 && p.frames.length) firstShown = 0;
  }
  const out: WidgetPaint[] = [];
  p.counts.forEach((n, s) => {
    for (let j = 0; j < n; j++) {
      const id = s * 100 + j;
      let start: number | null = null;
      let flash: number | null = null;
      if (firstShown >= 0) {
        for (let i = firstShown; i < p.frames.length; i++) {
          const [ts, seen, screen] = p.frames[i] as [number, number[], number[]?];
          const on = (where === 'screen' ? (screen ?? []) : seen).includes(id);
          if (on && start === null) start = ts;
          else if (!on && start !== null) {
            flash = ts - start;
            break;
          }
        }
      }
      out.push({ id, painted: start !== null, flashMs: start === null ? 0 : flash });
    }
  });
  return out;
}
