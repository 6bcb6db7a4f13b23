// Phase "return": each labelled page visited twice, with the paint probe
// (probe.ts) on its labelled share and comment widgets: the flash on the first
// visit, and whether they are painted at all on the second, with the
// stylesheet the first visit taught.

import { siteKey } from '../../shared/settings.ts';
import { decodePage, readPageBytes } from '../common/load-page.ts';
import { servedUrl } from './args.ts';
import { eachPage, type LabelledPage } from './pages.ts';
import { widgetPaints } from './probe.ts';
import type { Session, Visit } from './session.ts';

export interface ReturnResult {
  id: string;
  url: string;
  error: string | null;
  labelNews: boolean;
  isNews: boolean | null;
  widgets: number;
  /** First visit: the longest flash of a widget that was hidden, on the screen (ms; 0 when none was painted there). */
  firstFlashMs: number | null;
  /** The same, counting widgets rendered anywhere on the page (below the fold too). */
  firstFlashPageMs: number | null;
  /** First visit, on the page's clock (ms): parsed, detected, clean side in, hidden; the first paint. */
  firstTimeline: {
    parsed?: number;
    detected?: number;
    side?: number;
    hidden?: number;
    firstPaint: number | null;
  } | null;
  /** First visit: widgets painted at all, and widgets never hidden (missed, or left by design). */
  firstPainted: number;
  neverHidden: number;
  /** What the first visit taught (selectors kept for the site). */
  learned: number;
  /** Second visit: widgets painted at all; of those the first visit hid. */
  returnPainted: number;
  returnWidgets: number;
  returnPaintedHidden: number;
  returnWidgetsHidden: number;
  siteStyleRules: number | null;
  longestTaskMs: number | null;
  /** How long the load path waited for the clean side after detection, first and second visit (ms). */
  firstSideWaitMs: number | null;
  secondSideWaitMs: number | null;
  /** Second visit, on the page's clock (ms): the start script ran, read the site's entry, put the stylesheet in; the first paint. */
  earlyAt: number | null;
  readAt: number | null;
  styleAt: number | null;
  firstPaint: number | null;
}

const emptyResult = (p: LabelledPage, url: string): ReturnResult => ({
  id: p.id,
  url,
  error: null,
  labelNews: p.isNews,
  isNews: null,
  widgets: 0,
  firstFlashMs: null,
  firstFlashPageMs: null,
  firstTimeline: null,
  firstPainted: 0,
  neverHidden: 0,
  learned: 0,
  returnPainted: 0,
  returnWidgets: 0,
  returnPaintedHidden: 0,
  returnWidgetsHidden: 0,
  siteStyleRules: null,
  longestTaskMs: null,
  firstSideWaitMs: null,
  secondSideWaitMs: null,
  earlyAt: null,
  readAt: null,
  styleAt: null,
  firstPaint: null,
});

/** The first visit's figures; returns the ids of the widgets it hid. */
function readFirst(r: ReturnResult, first: Visit): Set<number> {
  r.isNews = first.state?.detection.isNews ?? null;
  const t = first.state?.timings;
  r.firstTimeline = {
    parsed: t?.parsedAt,
    detected: t?.detectedAt,
    side: t?.sideAt,
    hidden: t?.hiddenAt,
    firstPaint: first.probe?.firstPaint ?? null,
  };
  const paints = first.probe ? widgetPaints(first.probe) : [];
  r.widgets = paints.length;
  r.firstPainted = paints.filter((w) => w.painted).length;
  r.neverHidden = paints.filter((w) => w.painted && w.flashMs === null).length;
  // The flash the reader sees: widgets on the screen, from their first paint to their hiding.
  const onScreen = first.probe ? widgetPaints(first.probe, 'screen') : [];
  const flashes = onScreen.map((w) => w.flashMs).filter((x): x is number => x !== null);
  r.firstFlashMs = paints.length ? Math.max(0, ...flashes) : null;
  const anywhere = paints.map((w) => w.flashMs).filter((x): x is number => x !== null);
  r.firstFlashPageMs = paints.length ? Math.max(0, ...anywhere) : null;
  // Widgets the first visit hid: shown at some frame and gone later, or never shown at all.
  return new Set(paints.filter((w) => w.flashMs !== null).map((w) => w.id));
}

/** The second visit's figures, against the widgets the first one hid. */
function readSecond(r: ReturnResult, first: Visit, second: Visit, hiddenFirst: Set<number>): void {
  r.siteStyleRules = second.state?.timings.siteStyleRules ?? null;
  if (first.state?.cleaned) r.firstSideWaitMs = first.state.timings.cleanSideWaitMs;
  if (second.state?.cleaned) r.secondSideWaitMs = second.state.timings.cleanSideWaitMs;
  r.earlyAt = second.state?.timings.earlyAt ?? null;
  r.readAt = second.state?.timings.readAt ?? null;
  r.styleAt = second.state?.timings.siteStyleAt ?? null;
  r.firstPaint = second.probe?.firstPaint ?? null;
  r.longestTaskMs = second.work?.longestWallMs ?? null;
  const again = second.probe ? widgetPaints(second.probe) : [];
  r.returnWidgets = again.length;
  r.returnPainted = again.filter((w) => w.painted).length;
  r.returnWidgetsHidden = again.filter((w) => hiddenFirst.has(w.id)).length;
  r.returnPaintedHidden = again.filter((w) => w.painted && hiddenFirst.has(w.id)).length;
}

async function measureReturn(s: Session, p: LabelledPage, r: ReturnResult): Promise<void> {
  await s.forgetLearned();
  const body = decodePage(readPageBytes(p.file)).text;
  const first = await s.visit(r.url, body, { widgets: p.widgets, settleMs: 600 });
  const hiddenFirst = readFirst(r, first);
  // The stylesheet the first visit taught is written by the background: wait for it.
  r.learned = await s.learnedCount(siteKey(r.url) ?? '', first.state?.cleaned);
  const second = await s.visit(r.url, body, { widgets: p.widgets, settleMs: 600, trace: true });
  readSecond(r, first, second, hiddenFirst);
  if (!first.probe || !second.probe) r.error = 'no paint probe (the page replaced its window?)';
}

export function runReturn(s: Session, pages: LabelledPage[]): Promise<ReturnResult[]> {
  return eachPage(
    'bench return visits',
    pages,
    (p) => p.id,
    (p) => emptyResult(p, servedUrl(p.url, p.file)),
    (p, r) => measureReturn(s, p, r),
  );
}
