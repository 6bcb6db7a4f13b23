// The content script's state machine, free of extension APIs so it can be
// tested on a fixture: the site's stylesheet at document start, detection as
// soon as the document is parsed, clean-up when asked (or when auto-clean is
// on), late widgets caught, restore exact.
//
//   document start ─► the site's stylesheet (learned on its earlier articles), before the first paint
//   DOMContentLoaded ─► detectOnLoad ─┬─ not news ─► take the site's stylesheet out
//                       (in slices)   └─ news && auto-clean ─► the clean side (asked for early) ─►
//                                        findArticle ─► findClutter ─► hide ─► teach the site's stylesheet
//                                                     (in slices)       └─► watchLateClutter ─► hide late hits
//   popup ─► state / clean(kinds) / restore / toggle
//
// The load path runs in slices of a few milliseconds (core/slice): between
// them the page gets the main thread back. The popup's actions run whole.
// Detection is all the content script itself carries. Finding and hiding
// clutter is the clean side (clean-side.ts), injected only into pages that get
// cleaned, or by the popup when it opens.

import type { LateWatcher } from '../core/cleanup.ts';
import { detectOnLoad, detectOnLoadSteps } from '../core/detect/index.ts';
import { walkPage, type PageWalk } from '../core/page/walk.ts';
import { countByKind, describeClutter } from '../core/kinds.ts';
import { Slicer, type SliceStats } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind, Detection, ReportClutter } from '../core/types.ts';
import { initialTimings, type ContentState, type LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import { cleanSideLoader, MissingCleanSide, NO_CLEAN_SIDE, type CleanSideLoader } from './clean-loader.ts';
import { loadedCleanSide, type CleanSide } from './clean-side.ts';
import type { Early } from './early-slot.ts';
import { siteStyleKeeper, type SiteStyleKeeper } from './site-learning.ts';
import { loadedTextSide, type TextSide } from './text-side.ts';

const now = (): number => performance.now();

/** Detection's answer when it failed: not news (the page is left as it is). */
const detectFailed = (): Detection => ({ isNews: false, score: 0, signals: ['error:detect'] });

/** Thrown inside the load path when the popup acted meanwhile: its answer stands. */
class Superseded extends Error {}

export interface ControllerOptions {
  doc: Document;
  url: string;
  /** Called whenever the number of hidden widgets changes (for the badge). */
  onHiddenCount?: (count: number) => void;
  /** The text side, once the popup has injected it (default: the isolated world's slot). */
  textSide?: () => TextSide | null;
  /** The clean side, once injected (default: the isolated world's slot). */
  cleanSide?: () => CleanSide | null;
  /** Has the clean side injected; resolves when it is there or cannot be (default: nothing to ask). */
  loadCleanSide?: () => Promise<void>;
  /** Gives the page the main thread between two slices of the load path (default: a resolved promise). */
  yieldFn?: () => Promise<void>;
  /** Longest stretch of the load path between two yields (ms). */
  sliceMs?: number;
  /** The site's stylesheet entry after a cleaned article changed it (null: nothing left to keep). */
  onSiteStyle?: (style: SiteStyle | null) => void;
  /** What the document-start script started: the site's stylesheet, settings (early.ts). */
  early?: Early;
}

export class ContentController {
  readonly doc: Document;
  readonly url: string;
  private readonly onHiddenCount: (count: number) => void;
  private readonly textSide: () => TextSide | null;
  /** The clean side: injected on request, waited for on the load path. */
  private readonly sides: CleanSideLoader;
  private readonly slicer: Slicer;
  private detection: Detection | null = null;
  private article: ArticleInfo | null = null;
  private hits: ClutterHit[] = [];
  private hidden: ClutterHit[] = [];
  private kinds: ClutterKind[] = [];
  private cleaned = false;
  /** True from the start of the load path until it is done. */
  private loading = false;
  /** Clean-up was needed before the clean side could be loaded. */
  private missingSide = false;
  private watcher: LateWatcher | null = null;
  /** Last error of the load path, so the popup can still answer. */
  private error: string | null = null;
  /** The page walk detection made, shared with findArticle once on load. */
  private pageWalk: PageWalk | null = null;
  /** What the document-start script started, if anything. */
  private readonly early: Early | null;
  /** The site's stylesheet: in at document start, out when it must go, taught by a cleaned article. */
  private readonly siteStyle: SiteStyleKeeper;
  /** Bumped by every action of the popup or the shortcut: the load path stops when it changed. */
  private epoch = 0;
  readonly timings: LoadTimings = initialTimings(now());

  constructor(opts: ControllerOptions) {
    this.doc = opts.doc;
    this.url = opts.url;
    this.onHiddenCount = opts.onHiddenCount ?? (() => {});
    this.textSide = opts.textSide ?? (() => loadedTextSide());
    this.early = opts.early ?? null;
    this.sides = cleanSideLoader(
      opts.cleanSide ?? (() => loadedCleanSide()),
      opts.loadCleanSide ?? (() => Promise.resolve()),
      this.early,
    );
    this.siteStyle = siteStyleKeeper(this.doc, this.early, opts.onSiteStyle ?? (() => {}));
    this.slicer = new Slicer(opts.yieldFn ?? (() => Promise.resolve()), {
      sliceMs: opts.sliceMs ?? 4,
      now,
      // Each stretch of the load path shows in the browser's performance recordings (DevTools, the bench).
      mark: (edge) => console.timeStamp?.(`clearline:${edge}`),
    });
  }

  /** How the sliced load path went: its longest stretch without yielding, its total, its count. */
  get sliceStats(): SliceStats {
    return this.slicer.stats;
  }

  /** Runs detection whole (cheap: on every page). The load path runs it in slices instead. */
  detect(): Detection {
    if (!this.detection) {
      const t0 = now();
      try {
        // Pages whose metadata already rules them out are not walked (pageWalk stays null).
        const { detection, walk } = detectOnLoad(this.doc, this.url);
        this.pageWalk = walk;
        this.detection = detection;
      } catch (e) {
        this.fail(e);
        this.detection = detectFailed();
      }
      this.timings.detectMs = now() - t0;
    }
    return this.detection;
  }

  /**
   * The load path, in slices: detection, then clean-up when it is a news page
   * and auto-clean is on, once the clean side is loaded. `loadPathMs` sums the
   * page's own work (detect, find, hide); the wait for the injection, which
   * runs in the browser, not on this page's thread, is `cleanSideWaitMs`.
   */
  async runLoadPath(autoClean: boolean, kinds: readonly ClutterKind[]): Promise<void> {
    const epoch = this.epoch;
    const slicer = this.slicer;
    const check = (): void => {
      if (this.epoch !== epoch) throw new Superseded();
    };
    this.loading = true;
    this.timings.parsedAt = now();
    try {
      // A task of its own: not the tail of the script's evaluation (or of whatever called us).
      await this.slicer.pause();
      await this.siteStyle.read(this.timings);
      // Asked for at document start on a site with a stylesheet: it may be here already.
      if (this.early?.sideAsked) this.sides.prefetch();
      const detection = await this.detectSliced(check);
      if (!detection.isNews) this.siteStyle.drop();
      if (detection.isNews && autoClean && kinds.length) {
        if (!this.sides.loaded()) this.timings.cleanSideWaitMs = await this.sides.wait(now);
        this.timings.sideAt = now();
        check();
        await this.cleanSliced(kinds, check);
        check();
        await this.learn(check);
      } else if (!autoClean || !kinds.length) {
        this.siteStyle.drop();
      }
    } catch (e) {
      if (!(e instanceof Superseded)) this.fail(e);
    } finally {
      this.loading = false;
      this.timings.loadPathMs = this.timings.detectMs + this.timings.clutterMs + this.timings.hideMs;
      this.timings.longestSliceMs = slicer.stats.longestMs;
      this.timings.slices = slicer.stats.slices;
    }
  }

  /** Detection in slices (unless the popup already asked for it whole). */
  private async detectSliced(check: () => void): Promise<Detection> {
    if (this.detection) return this.detection;
    const slicer = this.slicer;
    slicer.resume();
    const t0 = slicer.stats.totalMs;
    try {
      const { detection, walk } = await slicer.run(detectOnLoadSteps(this.doc, this.url), check);
      // The popup may have asked meanwhile (and detected whole): the first answer stands.
      if (!this.detection) {
        this.detection = detection;
        this.pageWalk = walk;
      }
    } catch (e) {
      this.fail(e);
      this.detection ??= detectFailed();
    }
    slicer.end();
    this.timings.detectMs = slicer.stats.totalMs - t0;
    this.timings.detectedAt = now();
    return this.detection;
  }

  /** The load path's clean-up: the same steps as clean(), in slices. */
  private async cleanSliced(kinds: readonly ClutterKind[], check: () => void): Promise<void> {
    const slicer = this.slicer;
    slicer.resume();
    let side: CleanSide;
    try {
      side = this.sides.require();
    } catch (e) {
      this.fail(e);
      this.siteStyle.drop(); // nothing will be learned or restored: leave the page as it is
      return;
    }
    const t0 = slicer.stats.totalMs;
    const article = this.ensureArticle();
    await slicer.pause();
    check();
    const fresh = await slicer.run(side.findClutterSteps(this.doc, article), check);
    this.hits = fresh;
    slicer.end();
    this.timings.clutterMs = slicer.stats.totalMs - t0;
    slicer.resume();
    const t2 = slicer.stats.totalMs;
    this.kinds = [...kinds];
    this.hidden = await slicer.run(side.hideSteps(this.doc, this.hits, this.kinds), check);
    this.cleaned = true;
    slicer.end();
    this.timings.hideMs = slicer.stats.totalMs - t2;
    this.timings.hiddenAt = now();
    this.startWatcher();
    if (this.hidden.length) this.onHiddenCount(this.hidden.length);
  }

  /** What this cleaned article teaches the site's stylesheet (site-learning.ts). */
  private async learn(check: () => void): Promise<void> {
    const side = this.sides.loaded();
    if (!side || !this.article) return;
    this.timings.learnMs = await this.siteStyle.learn(side, this.article, this.hidden, this.kinds, this.slicer, check);
  }

  /** Records a fault; a missing clean side is reported only while it is still missing. */
  private fail(e: unknown): void {
    if (e instanceof MissingCleanSide) this.missingSide = true;
    else this.error = String(e);
  }

  private ensureArticle(): ArticleInfo {
    if (!this.article) {
      // Reuse detection's walk only on the load path: later the page may have changed.
      this.article = this.sides.require().findArticle(this.doc, this.pageWalk ?? walkPage(this.doc));
      this.pageWalk = null;
    }
    return this.article;
  }

  /** Finds (again) every widget; keeps the late ones the watcher already reported. */
  private refindClutter(): void {
    const t0 = now();
    const article = this.ensureArticle();
    const fresh = this.sides.require().findClutter(this.doc, article);
    const seen = new Set(fresh.map((h) => h.element));
    this.hits = [...fresh, ...this.hits.filter((h) => !seen.has(h.element) && h.element.isConnected)];
    this.timings.clutterMs = now() - t0;
  }

  /** Hides the given kinds (all that were hidden before are restored first). The popup's action: runs whole. */
  clean(kinds: readonly ClutterKind[]): ContentState {
    this.epoch++;
    try {
      if (this.cleaned) this.sides.require().restore(this.doc);
      this.refindClutter();
      const t0 = now();
      this.kinds = [...kinds];
      this.hidden = this.sides.require().hide(this.doc, this.hits, this.kinds);
      this.cleaned = true;
      this.timings.hideMs = now() - t0;
      this.startWatcher();
    } catch (e) {
      this.fail(e);
    }
    this.onHiddenCount(this.hidden.length);
    return this.state();
  }

  restore(): ContentState {
    this.epoch++;
    this.clearHighlight();
    // The site's stylesheet hides too: restore brings everything back.
    this.siteStyle.drop();
    try {
      // Nothing can be hidden before the clean side is loaded: then there is nothing to restore.
      this.sides.loaded()?.restore(this.doc);
    } catch (e) {
      this.fail(e);
    }
    this.cleaned = false;
    this.hidden = [];
    this.onHiddenCount(0);
    return this.state();
  }

  /** The keyboard command: clean with the last (or given) kinds, or restore. */
  toggle(defaultKinds: readonly ClutterKind[]): ContentState {
    return this.cleaned ? this.restore() : this.clean(this.kinds.length ? this.kinds : defaultKinds);
  }

  private startWatcher(): void {
    const side = this.sides.loaded();
    if (this.watcher || !this.article || !side) return;
    this.watcher = side.watchLateClutter(this.doc, this.article, (late) => {
      const t0 = now();
      const known = new Set(this.hits.map((h) => h.element));
      const fresh = late.filter((h) => !known.has(h.element));
      this.hits.push(...fresh);
      if (this.cleaned && fresh.length) {
        const newlyHidden = side.hide(this.doc, fresh, this.kinds);
        if (newlyHidden.length) {
          this.hidden.push(...newlyHidden);
          this.onHiddenCount(this.hidden.length);
        }
      }
      this.timings.observerMs += now() - t0;
    });
  }

  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  /**
   * What the popup shows. The snapshot (the text side's input) only when asked,
   * and only once the popup has injected the text side; without it the state
   * has no snapshot and the popup says the text could not be read.
   */
  state(withSnapshot = false): ContentState {
    const detection = this.detect();
    let found: ReportClutter[] = [];
    try {
      if (withSnapshot && !this.article) this.refindClutter();
      found = describeClutter(this.hits.filter((h) => h.element.isConnected));
    } catch (e) {
      this.fail(e);
    }
    const state: ContentState = {
      url: this.url,
      title: this.doc.title,
      detection,
      cleaned: this.cleaned,
      found,
      hiddenKinds: this.cleaned ? [...this.kinds] : [],
      hiddenByKind: countByKind(this.hidden),
      timings: { ...this.timings },
      loading: this.loading,
    };
    const side = withSnapshot ? this.textSide() : null;
    if (side) {
      try {
        state.snapshot = side.snapshot(this.doc, this.ensureArticle(), this.url);
      } catch (e) {
        this.fail(e);
      }
    }
    const error = this.error ?? (this.missingSide && !this.sides.loaded() ? NO_CLEAN_SIDE : null);
    if (error) state.error = error;
    return state;
  }

  /** Marks a quote in snapshot paragraph N (-1 headline, -2 standfirst); false when not found. */
  highlight(index: number, text: string): boolean {
    const side = this.textSide();
    return side ? side.highlight(this.paragraphElement(index), text) : false;
  }

  clearHighlight(): void {
    this.textSide()?.clearHighlight();
  }

  /** The element of snapshot paragraph N (-1 headline, -2 standfirst). */
  private paragraphElement(index: number): Element | null {
    const a = this.ensureArticle();
    if (index === -1) return a.headline;
    if (index === -2) return a.standfirst;
    return a.paragraphs[index] ?? null;
  }
}
