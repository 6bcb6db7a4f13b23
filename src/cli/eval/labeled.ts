// One labelled page: loaded, analysed, cleaned up as the extension would, and
// scored with the rules of LABELS.md (the scoring itself is score.ts).
import type { JSDOM } from 'jsdom';
import { hide, HIDDEN_ATTR } from '../../core/cleanup.ts';
import { analyzeDocument } from '../../core/report.ts';
import type { ArticleInfo, ClutterHit, Report } from '../../core/types.ts';
import { errorMessage } from '../common/errors.ts';
import { REMOVED_KINDS } from '../common/kinds.ts';
import { loadPage } from '../common/load-page.ts';
import {
  judgeDateline,
  matchQuotes,
  normalizeText,
  speakerMatches,
  visibleTextOf,
  widgetRemoved,
  type DatelineVerdict,
} from './score.ts';
import type { Half, Label } from '../common/corpus.ts';
import { short } from './print.ts';

export interface Analysed {
  report: Report | null;
  hits: ClutterHit[];
  error: string | null;
  parseMs: number;
  analyzeMs: number;
  notes: string[];
  /** The article found (live elements of the page), for tools that look closer (the browser run's diff). */
  article?: ArticleInfo;
}

const EMPTY_REPORT: Report = {
  url: null,
  title: null,
  lang: null,
  dir: 'ltr',
  isNews: false,
  newsScore: 0,
  signals: [],
  published: null,
  dateline: null,
  quotes: [],
  article: null,
  clutter: [],
  timings: { detectMs: 0, clutterMs: 0, extractMs: 0 },
};

function analysePage(dom: JSDOM, url: string | null, parseMs: number, notes: string[]): Analysed {
  const t0 = performance.now();
  try {
    const { report, hits, article } = analyzeDocument(dom.window.document, url);
    return { report, hits, article, error: null, parseMs, analyzeMs: performance.now() - t0, notes };
  } catch (e) {
    return { report: null, hits: [], error: errorMessage(e), parseMs, analyzeMs: performance.now() - t0, notes };
  }
}

/** Loads and analyses; a page that cannot even be parsed is an error like one that throws. */
export function loadAndAnalyse(file: string, url: string | null): { dom: JSDOM | null; a: Analysed } {
  const t0 = performance.now();
  let dom: JSDOM;
  const notes: string[] = [];
  try {
    dom = loadPage(file, url, notes);
  } catch (e) {
    return {
      dom: null,
      a: { report: null, hits: [], error: `load: ${errorMessage(e)}`, parseMs: 0, analyzeMs: 0, notes },
    };
  }
  return { dom, a: analysePage(dom, url, performance.now() - t0, notes) };
}

export interface LabeledResult {
  id: string;
  lang: string;
  half: Half;
  error: string | null;
  isNews: { got: boolean; want: boolean };
  clutter: { total: number; removed: number; missed: string[] };
  keep: { total: number; kept: number; lost: string[]; missingBefore: string[] };
  quotes: {
    found: number;
    labeled: number;
    matchedFound: number;
    matchedLabeled: number;
    speakerTotal: number;
    speakerOk: number;
    missed: string[];
    extra: string[];
    wrongSpeaker: Array<{ text: string; got: string | null; want: string }>;
  };
  dateline: { verdict: DatelineVerdict; got: string | null; want: string | null };
  published: { got: string | null; want: string | null; ok: boolean };
  ms: number;
}

const fmtDateline = (d: { place: string | null; agency: string | null } | null): string | null =>
  d ? `${d.place ?? '∅'} / ${d.agency ?? '∅'}` : null;

/**
 * What a reader can see of a labelled page, before and after clean-up: judged by
 * jsdom's rules (score.ts: attribute marks, `hidden`, inline display:none) in the
 * jsdom run, by the browser itself (computed style, layout) in the browser run.
 */
export interface PageView {
  /** The page's visible text before clean-up, normalized (normalizeText). */
  before: string;
  /** The same after clean-up. */
  after: string;
  /** Per labelled widget selector: true when none of its elements is visible with content after clean-up. */
  removed: Record<string, boolean>;
}

/** The labelled widgets' selectors, share first, as the scoreboard counts them. */
export function labelSelectors(label: Label): string[] {
  return [...(label.clutter.share ?? []), ...(label.clutter.comments ?? [])];
}

/**
 * The jsdom view: visible text, then the hits hidden as the extension would,
 * then the widgets and text again. As the extension's auto-clean on load, only a
 * page detected as news (`clean`) is cleaned: a page taken for something else
 * keeps its widgets.
 */
export function jsdomView(
  dom: JSDOM,
  hits: ClutterHit[],
  selectors: readonly string[],
  errors: string[],
  clean: boolean,
): PageView {
  const doc = dom.window.document;
  const before = visibleTextOf(doc);
  if (clean) hideAsExtension(doc, hits, errors);
  const removed: Record<string, boolean> = {};
  for (const sel of selectors) {
    try {
      removed[sel] = widgetRemoved(doc, sel);
    } catch (e) {
      errors.push(`selector ${sel}: ${errorMessage(e)}`);
      removed[sel] = false;
    }
  }
  return { before, after: visibleTextOf(doc), removed };
}

function hideAsExtension(doc: Document, hits: ClutterHit[], errors: string[]): void {
  try {
    hide(doc, hits, REMOVED_KINDS);
  } catch (e) {
    // Still score what clutter detection found: mark the hits as hide() would.
    errors.push(`hide: ${errorMessage(e)}`);
    for (const h of hits) if (REMOVED_KINDS.includes(h.kind)) h.element.setAttribute(HIDDEN_ATTR, h.kind);
  }
}

/** The jsdom scoreboard's view of an analysed page (null when it could not be loaded). */
export function scoreboardView(dom: JSDOM | null, a: Analysed, label: Label, errors: string[]): PageView | null {
  // As the extension: auto-clean hides clutter only on a page it detects as news.
  return dom ? jsdomView(dom, a.hits, labelSelectors(label), errors, a.report?.isNews === true) : null;
}

/** The jsdom run's scoring of one page: its view, then scorePage. */
export function scoreLabeled(
  dom: JSDOM | null,
  a: Analysed,
  label: Label,
  half: Half,
  errors: string[],
): LabeledResult {
  const view = scoreboardView(dom, a, label, errors);
  return scorePage(a.report, view, label, half, { error: a.error, ms: a.parseMs + a.analyzeMs });
}

/** A page's result before its view and quotes are scored: its detection, dateline and date. */
function unscored(report: Report, label: Label, half: Half, meta: { error: string | null; ms: number }): LabeledResult {
  return {
    id: label.id,
    lang: label.lang,
    half,
    error: meta.error,
    isNews: { got: report.isNews, want: label.isNews },
    clutter: { total: labelSelectors(label).length, removed: 0, missed: [] },
    keep: { total: 0, kept: 0, lost: [], missingBefore: [] },
    quotes: {
      found: report.quotes.length,
      labeled: label.quotes.length,
      matchedFound: 0,
      matchedLabeled: 0,
      speakerTotal: 0,
      speakerOk: 0,
      missed: [],
      extra: [],
      wrongSpeaker: [],
    },
    dateline: {
      verdict: judgeDateline(report.dateline, label.dateline),
      got: fmtDateline(report.dateline),
      want: fmtDateline(label.dateline),
    },
    published: {
      got: report.published?.date ?? null,
      want: label.published,
      ok: (report.published?.date ?? null) === label.published,
    },
    ms: meta.ms,
  };
}

/** The labelled widgets and keep sentences against what the reader sees (no view: every widget missed). */
function scoreView(result: LabeledResult, view: PageView | null, label: Label): void {
  const selectors = labelSelectors(label);
  if (!view) {
    result.clutter.missed.push(...selectors);
    return;
  }
  for (const sel of selectors) {
    if (view.removed[sel] === true) result.clutter.removed++;
    else result.clutter.missed.push(sel);
  }
  label.keep.forEach((sentence) => {
    const n = normalizeText(sentence);
    // A sentence the page never showed is a labelling/decoding issue, not a clean-up loss.
    if (!view.before.includes(n)) {
      result.keep.missingBefore.push(sentence);
      return;
    }
    result.keep.total++;
    if (view.after.includes(n)) result.keep.kept++;
    else result.keep.lost.push(sentence);
  });
}

/** The quotations found against the labelled ones, and the speakers of those that match. */
function scoreQuotes(result: LabeledResult, report: Report, label: Label): void {
  const q = result.quotes;
  const pairs = matchQuotes(
    report.quotes.map((x) => x.text),
    label.quotes.map((x) => x.text),
  );
  q.matchedFound = q.matchedLabeled = pairs.length;
  const matchedF = new Set(pairs.map(([f]) => f));
  const matchedL = new Set(pairs.map(([, l]) => l));
  label.quotes.forEach((lq, i) => {
    if (!matchedL.has(i)) q.missed.push(lq.speaker ? `${lq.text} — ${lq.speaker}` : lq.text);
  });
  report.quotes.forEach((fq, i) => {
    if (!matchedF.has(i)) q.extra.push(fq.speaker ? `${fq.text} — ${fq.speaker}` : fq.text);
  });
  for (const [fi, li] of pairs) {
    const want = label.quotes[li]?.speaker;
    if (!want) continue;
    q.speakerTotal++;
    const got = report.quotes[fi]?.speaker ?? null;
    if (speakerMatches(got, want)) q.speakerOk++;
    else q.wrongSpeaker.push({ text: label.quotes[li]?.text ?? '', got, want });
  }
}

/**
 * Scores one labelled page from its Report and its view (null when the page
 * could not be shown: every widget counts as missed). The one scoring both the
 * jsdom run and the browser run use (LABELS.md's rules, score.ts).
 */
export function scorePage(
  reportOrNull: Report | null,
  view: PageView | null,
  label: Label,
  half: Half,
  meta: { error: string | null; ms: number },
): LabeledResult {
  const report = reportOrNull ?? EMPTY_REPORT;
  const result = unscored(report, label, half, meta);
  scoreView(result, view, label);
  scoreQuotes(result, report, label);
  return result;
}

/** The page's row and one line per miss: what people tune with. */
export function pageLines(r: LabeledResult): string[] {
  const q = r.quotes;
  const mark = (ok: boolean): string => (ok ? 'ok' : 'MISS');
  const out = [
    `${r.id} [${r.lang}, ${r.half}]${r.error ? ` ERROR ${short(r.error, 120)}` : ''}` +
      ` | news ${r.isNews.got ? 'yes' : 'no'} ${mark(r.isNews.got === r.isNews.want)}` +
      ` | clutter ${r.clutter.removed}/${r.clutter.total}` +
      ` | keep ${r.keep.kept}/${r.keep.total}` +
      ` | quotes ${q.matchedFound}/${q.found} found, ${q.matchedLabeled}/${q.labeled} labelled, speakers ${q.speakerOk}/${q.speakerTotal}` +
      ` | dateline ${r.dateline.verdict}` +
      ` | date ${r.published.got ?? '∅'}${r.published.ok ? ' ok' : ` want ${r.published.want ?? '∅'}`}`,
  ];
  for (const s of r.clutter.missed) out.push(`    clutter missed: ${s}`);
  for (const s of r.keep.lost) out.push(`    keep LOST: ${short(s)}`);
  for (const s of r.keep.missingBefore) out.push(`    keep not found even before clean-up: ${short(s)}`);
  for (const s of q.missed) out.push(`    quote missed: ${short(s)}`);
  for (const s of q.extra) out.push(`    quote extra: ${short(s)}`);
  for (const s of q.wrongSpeaker) out.push(`    speaker: got ${s.got ?? '∅'}, want ${s.want} — ${short(s.text, 50)}`);
  if (r.dateline.verdict !== 'ok')
    out.push(`    dateline: got ${r.dateline.got ?? 'none'}, want ${r.dateline.want ?? 'none'}`);
  return out;
}
