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
import { cssPath } from '../core/dom.ts';
import { walkPage, type PageWalk } from '../core/page/walk.ts';
import { Slicer, type SliceStats } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind, Detection, ReportClutter } from '../core/types.ts';
import type { ContentState, LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import { loadedCleanSide, type CleanSide } from './clean-side.ts';
import type { Early } from './early-slot.ts';
import { removeSiteStyle } from './site-style.ts';
import { loadedTextSide, type TextSide } from './text-side.ts';

const now = (): number => performance.now();

/** Said in the state when clean-up was asked for and its code could not be loaded into the page. */
export const NO_CLEAN_SIDE = 'the clean-up code could not be loaded into this page';

/** Thrown when clean-up is asked for before its code is in the page (told apart by class, not by message). */
class MissingCleanSide extends Error {
  constructor() {
    super(NO_CLEAN_SIDE);
    this.name = 'MissingCleanSide';
  }
}

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
  private readonly cleanSide: () => CleanSide | null;
  private readonly loadCleanSide: () => Promise<void>;
  private readonly onSiteStyle: (style: SiteStyle | null) => void;
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
  /** The clean side's injection, once asked for (early: at document start on a site with a stylesheet). */
  private sidePending: Promise<void> | null = null;
  /** What the document-start script started, if anything. */
  private readonly early: Early | null;
  /** The site's stylesheet entry as read at document start. */
  private siteStyle: SiteStyle | null = null;
  /** Bumped by every action of the popup or the shortcut: the load path stops when it changed. */
  private epoch = 0;
  readonly timings: LoadTimings = {
    detectMs: 0,
    clutterMs: 0,
    hideMs: 0,
    loadPathMs: 0,
    cleanSideWaitMs: 0,
    observerMs: 0,
    longestSliceMs: 0,
    slices: 0,
    learnMs: 0,
    siteStyleRules: 0,
    startedAt: now(),
  };

  constructor(opts: ControllerOptions) {
    this.doc = opts.doc;
    this.url = opts.url;
    this.onHiddenCount = opts.onHiddenCount ?? (() => {});
    this.textSide = opts.textSide ?? (() => loadedTextSide());
    this.cleanSide = opts.cleanSide ?? (() => loadedCleanSide());
    this.loadCleanSide = opts.loadCleanSide ?? (() => Promise.resolve());
    this.onSiteStyle = opts.onSiteStyle ?? (() => {});
    this.early = opts.early ?? null;
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

  /** Takes the site's stylesheet out of the page (and keeps it out). */
  private dropSiteStyle(): void {
    if (this.early) this.early.drop();
    else removeSiteStyle(this.doc);
  }

  /** Asks for the clean side now, so that it is in by the time detection says "news". */
  prefetchCleanSide(): void {
    if (this.sidePending || this.cleanSide()) return;
    this.sidePending = this.early?.sideAsked ?? this.loadCleanSide().catch(() => {});
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
        this.detection = { isNews: false, score: 0, signals: ['error:detect'] };
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
      if (this.early) {
        this.siteStyle = await this.early.style;
        this.timings.siteStyleAt = this.early.styleAt() ?? undefined;
        this.timings.earlyAt = this.early.startedAt;
        this.timings.readAt = this.early.readAt() ?? undefined;
        this.timings.siteStyleRules = this.early.styleOn() ? (this.siteStyle?.sels.length ?? 0) : 0;
        // Asked for at document start on a site with a stylesheet: it may be here already.
        if (this.early.sideAsked) this.prefetchCleanSide();
      }
      if (!this.detection) {
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
          this.detection ??= { isNews: false, score: 0, signals: ['error:detect'] };
        }
        slicer.end();
        this.timings.detectMs = slicer.stats.totalMs - t0;
        this.timings.detectedAt = now();
      }
      const detection = this.detection;
      if (!detection.isNews) this.dropSiteStyle();
      if (detection.isNews && autoClean && kinds.length) {
        if (!this.cleanSide()) {
          const t0 = now();
          this.prefetchCleanSide();
          await this.sidePending;
          // An early request that failed (no background yet): ask once more.
          if (!this.cleanSide() && this.early?.sideAsked) await this.loadCleanSide().catch(() => {});
          this.timings.cleanSideWaitMs = now() - t0;
        }
        this.timings.sideAt = now();
        check();
        await this.cleanSliced(kinds, check);
        check();
        await this.learn(check);
      } else if (!autoClean || !kinds.length) {
        this.dropSiteStyle();
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

  /** The load path's clean-up: the same steps as clean(), in slices. */
  private async cleanSliced(kinds: readonly ClutterKind[], check: () => void): Promise<void> {
    const slicer = this.slicer;
    slicer.resume();
    let side: CleanSide;
    try {
      side = this.side();
    } catch (e) {
      this.fail(e);
      this.dropSiteStyle(); // nothing will be learned or restored: leave the page as it is
      return;
    }
    const t0 = slicer.stats.totalMs;
    if (!this.article) {
      this.article = side.findArticle(this.doc, this.pageWalk ?? walkPage(this.doc));
      this.pageWalk = null;
    }
    const article = this.article;
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

  /**
   * What this cleaned article teaches the site's stylesheet: selectors for the
   * widgets hidden here, which stored ones still match, and which ones hit the
   * article (those leave the page's stylesheet at once).
   */
  private async learn(check: () => void): Promise<void> {
    const side = this.cleanSide();
    if (!side || !this.article) return;
    const slicer = this.slicer;
    slicer.resume();
    const t0 = slicer.stats.totalMs;
    const stored = this.siteStyle;
    const learned = await slicer.run(
      side.learnSiteStyle(this.doc, this.article, this.hidden, stored, Date.now()),
      check,
    );
    slicer.end();
    this.timings.learnMs = slicer.stats.totalMs - t0;
    if (learned.unsafe.length && stored && this.early?.styleOn()) {
      // A selector that hides part of this article: the page's stylesheet goes on without it.
      const kept = stored.sels.filter((s) => !learned.unsafe.includes(s.sel));
      if (kept.length) this.early.reapply({ ...stored, sels: kept }, this.kinds);
      else this.early.drop();
    }
    // Written when the selectors changed, or a day after the last write (so that its age stays true).
    const stale = !stored || Date.now() - stored.at > 86_400_000;
    if (learned.changed || (learned.style && stale)) this.onSiteStyle(learned.style);
    this.siteStyle = learned.style;
  }

  /** Records a fault; a missing clean side is reported only while it is still missing. */
  private fail(e: unknown): void {
    if (e instanceof MissingCleanSide) this.missingSide = true;
    else this.error = String(e);
  }

  /** The clean side, or an error saying it is missing. */
  private side(): CleanSide {
    const side = this.cleanSide();
    if (!side) throw new MissingCleanSide();
    return side;
  }

  private ensureArticle(): ArticleInfo {
    if (!this.article) {
      // Reuse detection's walk only on the load path: later the page may have changed.
      this.article = this.side().findArticle(this.doc, this.pageWalk ?? walkPage(this.doc));
      this.pageWalk = null;
    }
    return this.article;
  }

  /** Finds (again) every widget; keeps the late ones the watcher already reported. */
  private refindClutter(): void {
    const t0 = now();
    const article = this.ensureArticle();
    const fresh = this.side().findClutter(this.doc, article);
    const seen = new Set(fresh.map((h) => h.element));
    this.hits = [...fresh, ...this.hits.filter((h) => !seen.has(h.element) && h.element.isConnected)];
    this.timings.clutterMs = now() - t0;
  }

  /** Hides the given kinds (all that were hidden before are restored first). The popup's action: runs whole. */
  clean(kinds: readonly ClutterKind[]): ContentState {
    this.epoch++;
    try {
      if (this.cleaned) this.side().restore(this.doc);
      this.refindClutter();
      const t0 = now();
      this.kinds = [...kinds];
      this.hidden = this.side().hide(this.doc, this.hits, this.kinds);
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
    this.dropSiteStyle();
    try {
      // Nothing can be hidden before the clean side is loaded: then there is nothing to restore.
      this.cleanSide()?.restore(this.doc);
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
    const side = this.cleanSide();
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
      found = this.hits.filter((h) => h.element.isConnected).map(describe);
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
      hiddenCount: this.hidden.length,
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
    const error = this.error ?? (this.missingSide && !this.cleanSide() ? NO_CLEAN_SIDE : null);
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
  paragraphElement(index: number): Element | null {
    const a = this.ensureArticle();
    if (index === -1) return a.headline;
    if (index === -2) return a.standfirst;
    return a.paragraphs[index] ?? null;
  }
}

function countByKind(hits: readonly ClutterHit[]): Partial<Record<ClutterKind, number>> {
  const out: Partial<Record<ClutterKind, number>> = {};
  for (const h of hits) out[h.kind] = (out[h.kind] ?? 0) + 1;
  return out;
}

function describe(h: ClutterHit): ReportClutter {
  return {
    kind: h.kind,
    selector: cssPath(h.element),
    rule: h.rule,
    chars: (h.element.textContent ?? '').trim().length,
  };
}
