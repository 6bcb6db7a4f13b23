// One page in both runs: jsdom (as the jsdom scoreboard runs it) while the
// browser parses the page and runs the content script, then the rest of the
// browser's run (tab.ts), both scored by the jsdom scoreboard's own code
// (labeled.ts scorePage), and their differences (diff.ts).
import { HIDDEN_ATTR } from '../../../core/cleanup.ts';
import { snapshot as takeSnapshot } from '../../../core/snapshot.ts';
import type { PageSnapshot } from '../../../core/types.ts';
import { firstLine } from '../../common/errors.ts';
import { pathAndQuery } from '../../common/page-server.ts';
import { labelSelectors, loadAndAnalyse, scoreboardView, scorePage } from '../labeled.ts';
import { normalizeText } from '../score.ts';
import { BLANK } from './build.ts';
import { diffPage, type PageDiff, type RunAnswers } from './diff.ts';
import { listHidden } from './in-page.ts';
import type { Item } from './items.ts';
import { emptyPage, runInBrowser, type Session } from './tab.ts';

export interface PageOutcome {
  id: string;
  /** A labelled page (scored) rather than a pool page (compared only). */
  scored: boolean;
  jsdom: RunAnswers;
  browser: RunAnswers;
  diff: PageDiff;
  /** Widgets the page's own CSS already hides before clean-up, in the browser. */
  hiddenByPage: string[];
  engineDiffers: boolean;
  browserMs: number;
  steps: Record<string, number>;
}

/** The jsdom run on one page, as the jsdom scoreboard runs it (labeled.ts), keeping what the diff needs. */
function jsdomAnswers(item: Item): RunAnswers {
  const { label, half } = item;
  const { dom, a } = loadAndAnalyse(item.file, label.url);
  if (!dom) {
    const result = scorePage(a.report, null, label, half, { error: a.error, ms: 0 });
    return { report: a.report, result, snapshot: null, hidden: null };
  }
  let snap: PageSnapshot | null = null;
  try {
    if (a.article) snap = takeSnapshot(dom.window.document, a.article, label.url);
  } catch {
    snap = null;
  }
  const errors: string[] = [];
  const view = scoreboardView(dom, a, label, errors);
  const hidden = listHidden({ attr: HIDDEN_ATTR }, dom.window.document);
  dom.window.close();
  const error = [a.error, ...errors].filter(Boolean).join('; ') || null;
  const result = scorePage(a.report, view, label, half, { error, ms: a.parseMs + a.analyzeMs });
  return { report: a.report, result, snapshot: snap, hidden };
}

/** One page in both runs, and their differences. */
export async function runPage(session: Session, item: Item): Promise<PageOutcome> {
  const { label, half } = item;
  const selectors = labelSelectors(label);
  const t1 = performance.now();
  let navError: string | null = null;
  try {
    // At its own URL's path (pages of one site may share one: each is served there in turn).
    const at = pathAndQuery(label.url) ?? `/__clearline-eval__/${encodeURIComponent(item.id)}`;
    const url = session.server.servePage(at, item.file);
    // The same URL twice in a row would leave the tab on the old document: go elsewhere first.
    if (url === session.lastUrl) await session.tab.goto(session.server.origin + BLANK, 30000);
    session.lastUrl = url;
    await session.tab.goto(url, 30000);
  } catch (e) {
    navError = `load: ${firstLine(e)}`;
  }
  const t2 = performance.now();
  // The browser parses the page and runs the content script while Node runs jsdom on it.
  const jsdom = jsdomAnswers(item);
  const bp = emptyPage(navError ? [navError] : []);
  bp.steps.navigate = t2 - t1;
  bp.steps.jsdom = performance.now() - t2;
  if (!navError) {
    try {
      Object.assign(bp, await runInBrowser(session, selectors, t1, bp));
    } catch (e) {
      bp.errors.push(firstLine(e));
    }
  }
  if (process.env.CLEARLINE_EVAL_TRACE)
    process.stderr.write(
      `${item.id}: ${Object.entries(bp.steps)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')} ms\n`,
    );
  const view = bp.view
    ? {
        before: normalizeText(bp.view.before.text),
        after: normalizeText(bp.view.after.text),
        removed: bp.view.after.removed,
      }
    : null;
  const result = scorePage(bp.report, view, label, half, {
    error: bp.errors.length ? bp.errors.join('; ') : null,
    ms: bp.ms,
  });
  const browserRun: RunAnswers = { report: bp.report, result, snapshot: bp.snapshot, hidden: bp.hidden };
  const diff = diffPage(jsdom, browserRun, session.name);
  const hiddenByPage = bp.view ? selectors.filter((s) => bp.view?.before.removed[s] === true) : [];
  if (bp.engineDiffers)
    diff.context.push(`the text side in ${session.name} answers differently from Node on the same snapshot`);
  for (const s of hiddenByPage)
    if (diff.lines.some((l) => l.kind === 'clutter' && l.text.includes(s)))
      diff.context.push(`widget ${s} is already invisible in ${session.name} before clean-up (the page's own CSS)`);
  return {
    id: item.id,
    scored: item.scored,
    jsdom,
    browser: browserRun,
    diff,
    hiddenByPage,
    engineDiffers: bp.engineDiffers,
    browserMs: bp.ms,
    steps: bp.steps,
  };
}
