// The content script's state machine, free of extension APIs so it can be
// tested on a fixture: the site's stylesheet at document start, detection as
// soon as the document is parsed, clean-up when asked (or when auto-clean is
// on), late widgets caught, restore exact.
//
//   document start ─► the site's stylesheet (learned on its earlier articles), before the first paint
//   document_end     ─► detectOnLoad ─┬─ not news ─► take the site's stylesheet out
//                       (in slices)   └─ news && auto-clean ─► the clean side (asked for early) ─►
//                                        findArticle ─► findClutter ─► hide ─► teach the site's stylesheet
//                                                     (in slices)       └─► watchLateClutter ─► hide late hits
//   popup ─► state / clean(kinds) / restore / toggle
//
// The load path runs in slices of a few milliseconds (core/slice): between
// them the page gets the main thread back. The popup's actions run whole.
// Detection is all the content script itself carries. Everything after it
// (the article, finding, hiding and restoring clutter, the late-widget
// watcher, learning the site's stylesheet) is the clean side's Cleaner
// (clean-side.ts), injected only into pages that get cleaned, or by the popup
// when it opens.

import { detectOnLoad, detectOnLoadSteps } from '../core/detect/index.ts';
import type { PageWalk } from '../core/page/walk.ts';
import { Slicer } from '../core/slice.ts';
import type { ClutterKind, Detection, ReportClutter } from '../core/types.ts';
import { initialTimings, type ContentState, type LoadTimings } from '../shared/messages.ts';
import type { SiteStyle } from '../shared/site-styles.ts';
import { cleanSideLoader, MissingCleanSide, type CleanSideLoader } from './clean-loader.ts';
import { loadedCleanSide, type Cleaner, type CleanSide } from './clean-side.ts';
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
  early?: Early | null;
}

export class ContentController {
  readonly #doc: Document;
  readonly #url: string;
  readonly #onHiddenCount: (count: number) => void;
  readonly #textSide: () => TextSide | null;
  /** The clean side: injected on request, waited for on the load path. */
  readonly #sides: CleanSideLoader;
  readonly #slicer: Slicer;
  #detection: Detection | null = null;
  /** The clean side's work on this page, once the clean side is in and was needed. */
  #cleaner: Cleaner | null = null;
  /** True from the start of the load path until it is done. */
  #loading = false;
  /** Clean-up was needed before the clean side could be loaded (the fault, reported while it is missing). */
  #missingSide: MissingCleanSide | null = null;
  /** Last error of the load path, so the popup can still answer. */
  #error: string | null = null;
  /** The page walk detection made, handed to the cleaner's article once on load. */
  #pageWalk: PageWalk | null = null;
  /** The site's stylesheet: in at document start, out when it must go, taught by a cleaned article. */
  readonly #siteStyle: SiteStyleKeeper;
  /** What the document-start script started, if anything. */
  readonly #early: Early | null;
  /** Bumped by every action of the popup or the shortcut: the load path stops when it changed. */
  #epoch = 0;
  readonly #timings: LoadTimings = initialTimings();

  constructor(opts: ControllerOptions) {
    this.#doc = opts.doc;
    this.#url = opts.url;
    this.#onHiddenCount = opts.onHiddenCount ?? (() => {});
    this.#textSide = opts.textSide ?? (() => loadedTextSide());
    this.#early = opts.early ?? null;
    this.#sides = cleanSideLoader(
      opts.cleanSide ?? (() => loadedCleanSide()),
      opts.loadCleanSide ?? (() => Promise.resolve()),
      this.#early,
    );
    this.#siteStyle = siteStyleKeeper(this.#doc, this.#early, opts.onSiteStyle ?? (() => {}));
    this.#slicer = new Slicer(opts.yieldFn ?? (() => Promise.resolve()), {
      // A stretch ends at the first pause point after this: its length is this plus one step (a step
      // run cold takes up to a few ms), so the slice is kept short.
      sliceMs: opts.sliceMs ?? 2,
      now,
      // Each stretch of the load path shows in the browser's performance recordings (DevTools, the bench).
      mark: (edge) => console.timeStamp?.(`clearline:${edge}`),
    });
  }

  /** Runs detection whole (cheap: on every page). The load path runs it in slices instead. */
  detect(): Detection {
    if (!this.#detection) {
      const t0 = now();
      try {
        // Pages whose metadata already decides them are not walked (pageWalk stays null).
        const { detection, walk } = detectOnLoad(this.#doc, this.#url);
        this.#pageWalk = walk;
        this.#detection = detection;
      } catch (e) {
        this.#fail(e);
        this.#detection = detectFailed();
      }
      this.#timings.detectMs = now() - t0;
    }
    return this.#detection;
  }

  /**
   * The load path, in slices: detection, then clean-up when it is a news page
   * and auto-clean is on, once the clean side is loaded. `loadPathMs` sums the
   * page's own work (detect, find, hide); the wait for the injection, which
   * runs in the browser, not on this page's thread, is `cleanSideWaitMs`.
   */
  async runLoadPath(autoClean: boolean, kinds: readonly ClutterKind[]): Promise<void> {
    const epoch = this.#epoch;
    const slicer = this.#slicer;
    const check = (): void => {
      if (this.#epoch !== epoch) throw new Superseded();
    };
    this.#loading = true;
    this.#timings.parsedAt = now();
    try {
      // A task of its own: not the tail of the script's evaluation (or of whatever called us).
      await this.#slicer.pause();
      await this.#siteStyle.read(this.#timings);
      // Asked for at document start on a site with a stylesheet: it may be here already.
      if (this.#early?.sideAsked) this.#sides.prefetch();
      const detection = await this.#detectSliced(check);
      if (!detection.isNews) this.#siteStyle.drop();
      if (detection.isNews && autoClean && kinds.length) {
        if (!this.#sides.loaded()) this.#timings.cleanSideWaitMs = await this.#sides.wait(now);
        this.#timings.sideAt = now();
        check();
        let cleaner: Cleaner;
        try {
          cleaner = this.#cleanerNow();
        } catch (e) {
          this.#fail(e);
          this.#siteStyle.drop(); // nothing will be learned or restored: leave the page as it is
          return;
        }
        await cleaner.cleanOnLoad(kinds, slicer, check);
      } else if (!autoClean || !kinds.length) {
        this.#siteStyle.drop();
      }
    } catch (e) {
      if (!(e instanceof Superseded)) this.#fail(e);
    } finally {
      this.#loading = false;
      this.#timings.loadPathMs = this.#timings.detectMs + this.#timings.clutterMs + this.#timings.hideMs;
      this.#timings.longestSliceMs = slicer.stats.longestMs;
      this.#timings.slices = slicer.stats.slices;
    }
  }

  /** Detection in slices (unless the popup already asked for it whole). */
  async #detectSliced(check: () => void): Promise<Detection> {
    if (this.#detection) return this.#detection;
    const slicer = this.#slicer;
    slicer.resume();
    const t0 = slicer.stats.totalMs;
    try {
      const { detection, walk } = await slicer.run(detectOnLoadSteps(this.#doc, this.#url), check);
      // The popup may have asked meanwhile (and detected whole): the first answer stands.
      if (!this.#detection) {
        this.#detection = detection;
        this.#pageWalk = walk;
      }
    } catch (e) {
      this.#fail(e);
      this.#detection ??= detectFailed();
    }
    slicer.end();
    this.#timings.detectMs = slicer.stats.totalMs - t0;
    this.#timings.detectedAt = now();
    return this.#detection;
  }

  /** The clean side's work on this page (made once the clean side is in), or MissingCleanSide. */
  #cleanerNow(): Cleaner {
    this.#cleaner ??= this.#sides.require().cleaner({
      doc: this.#doc,
      timings: this.#timings,
      onHiddenCount: (count) => this.#onHiddenCount(count),
      takeWalk: () => {
        const walk = this.#pageWalk;
        this.#pageWalk = null;
        return walk;
      },
      site: this.#siteStyle.hold,
    });
    return this.#cleaner;
  }

  /** Records a fault; a missing clean side is reported only while it is still missing. */
  #fail(e: unknown): void {
    if (e instanceof MissingCleanSide) this.#missingSide = e;
    else this.#error = String(e);
  }

  /** Hides the given kinds (all that were hidden before are restored first). The popup's action: runs whole. */
  clean(kinds: readonly ClutterKind[]): ContentState {
    this.#epoch++;
    try {
      this.#cleanerNow().clean(kinds);
    } catch (e) {
      this.#fail(e);
    }
    this.#onHiddenCount(this.#cleaner?.hiddenCount ?? 0);
    return this.state();
  }

  restore(): ContentState {
    this.#epoch++;
    this.clearHighlight();
    // The site's stylesheet hides too: restore brings everything back.
    this.#siteStyle.drop();
    try {
      // Nothing can be hidden before the clean side is loaded: then there is nothing to restore.
      if (this.#sides.loaded()) this.#cleanerNow().restore();
    } catch (e) {
      this.#fail(e);
    }
    this.#onHiddenCount(0);
    return this.state();
  }

  /** The keyboard command: clean with the last (or given) kinds, or restore. */
  toggle(defaultKinds: readonly ClutterKind[]): ContentState {
    const last = this.#cleaner?.kinds ?? [];
    return this.#cleaner?.cleaned ? this.restore() : this.clean(last.length ? last : defaultKinds);
  }

  stop(): void {
    this.#cleaner?.stop();
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
      // The popup's list needs the widgets even when nothing was cleaned: then the page is searched now.
      const cleaner = withSnapshot ? this.#cleanerNow() : this.#cleaner;
      if (cleaner) found = cleaner.found(withSnapshot);
    } catch (e) {
      this.#fail(e);
    }
    const cleaned = this.#cleaner?.cleaned ?? false;
    const state: ContentState = {
      url: this.#url,
      title: this.#doc.title,
      detection,
      cleaned,
      found,
      hiddenKinds: cleaned ? [...(this.#cleaner?.kinds ?? [])] : [],
      hiddenByKind: this.#cleaner?.hiddenByKind() ?? {},
      timings: { ...this.#timings },
      loading: this.#loading,
    };
    const side = withSnapshot ? this.#textSide() : null;
    if (side) {
      try {
        state.snapshot = side.snapshot(this.#doc, this.#cleanerNow().article(), this.#url);
      } catch (e) {
        this.#fail(e);
      }
    }
    const error = this.#error ?? (this.#missingSide && !this.#sides.loaded() ? this.#missingSide.message : null);
    if (error) state.error = error;
    return state;
  }

  /** Marks a quote in snapshot paragraph N (-1 headline, -2 standfirst); false when not found. */
  highlight(index: number, text: string): boolean {
    const side = this.#textSide();
    return side ? side.highlight(this.#cleanerNow().article(), index, text) : false;
  }

  clearHighlight(): void {
    this.#textSide()?.clearHighlight();
  }
}
