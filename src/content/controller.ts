// The content script's state machine, free of extension APIs so it can be
// tested on a fixture: detect on load, hide clutter when asked (or when
// auto-clean is on), catch late widgets, restore exactly.
//
//   load ─► detectOnLoad ─► (news && auto-clean) ─► load the clean side ─► findArticle ─► findClutter ─► hide
//                                                                           └─► watchLateClutter ─► hide late hits
//   popup ─► state / clean(kinds) / restore / toggle
//
// Detection is all the content script itself carries. Finding and hiding
// clutter is the clean side (clean-side.ts), injected only into pages that get
// cleaned, or by the popup when it opens.

import { scanPage, type PageScan } from '../core/article/blocks.ts';
import type { LateWatcher } from '../core/cleanup.ts';
import { detectOnLoad } from '../core/detect.ts';
import { cssPath } from '../core/dom.ts';
import type { ArticleInfo, ClutterHit, ClutterKind, Detection, ReportClutter } from '../core/types.ts';
import type { ContentState, LoadTimings } from '../shared/messages.ts';
import { loadedCleanSide, type CleanSide } from './clean-side.ts';
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
}

export class ContentController {
  readonly doc: Document;
  readonly url: string;
  private readonly onHiddenCount: (count: number) => void;
  private readonly textSide: () => TextSide | null;
  private readonly cleanSide: () => CleanSide | null;
  private readonly loadCleanSide: () => Promise<void>;
  private detection: Detection | null = null;
  private article: ArticleInfo | null = null;
  private hits: ClutterHit[] = [];
  private hidden: ClutterHit[] = [];
  private kinds: ClutterKind[] = [];
  private cleaned = false;
  /** True while the load path waits for the clean side. */
  private loading = false;
  /** Clean-up was needed before the clean side could be loaded. */
  private missingSide = false;
  private watcher: LateWatcher | null = null;
  /** Last error of the load path, so the popup can still answer. */
  private error: string | null = null;
  /** The page walk detection made, shared with findArticle once on load. */
  private pageScan: PageScan | null = null;
  readonly timings: LoadTimings = {
    detectMs: 0,
    clutterMs: 0,
    hideMs: 0,
    loadPathMs: 0,
    cleanSideWaitMs: 0,
    observerMs: 0,
  };

  constructor(opts: ControllerOptions) {
    this.doc = opts.doc;
    this.url = opts.url;
    this.onHiddenCount = opts.onHiddenCount ?? (() => {});
    this.textSide = opts.textSide ?? (() => loadedTextSide());
    this.cleanSide = opts.cleanSide ?? (() => loadedCleanSide());
    this.loadCleanSide = opts.loadCleanSide ?? (() => Promise.resolve());
  }

  /** Runs detection only (cheap: on every page). */
  detect(): Detection {
    if (!this.detection) {
      const t0 = now();
      try {
        // Pages whose metadata already rules them out are not walked (pageScan stays null).
        const { detection, scan } = detectOnLoad(this.doc, this.url);
        this.pageScan = scan;
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
   * The load path: detection, then clean-up when it is a news page and
   * auto-clean is on, once the clean side is loaded. `loadPathMs` sums the
   * page's own work (detect, find, hide); the wait for the injection, which
   * runs in the browser, not on this page's thread, is `cleanSideWaitMs`.
   */
  async runLoadPath(autoClean: boolean, kinds: readonly ClutterKind[]): Promise<void> {
    const detection = this.detect();
    if (detection.isNews && autoClean && kinds.length) {
      if (!this.cleanSide()) {
        this.loading = true;
        const t0 = now();
        await this.loadCleanSide().catch(() => {});
        this.timings.cleanSideWaitMs = now() - t0;
        this.loading = false;
      }
      this.clean(kinds, true);
    }
    this.timings.loadPathMs = this.timings.detectMs + this.timings.clutterMs + this.timings.hideMs;
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
      this.article = this.side().findArticle(this.doc, this.pageScan ?? scanPage(this.doc));
      this.pageScan = null;
    }
    return this.article;
  }

  /** Finds (again) every widget; keeps the late ones the watcher already reported. */
  private scan(): void {
    const t0 = now();
    const article = this.ensureArticle();
    const fresh = this.side().findClutter(this.doc, article);
    const seen = new Set(fresh.map((h) => h.element));
    this.hits = [...fresh, ...this.hits.filter((h) => !seen.has(h.element) && h.element.isConnected)];
    this.timings.clutterMs = now() - t0;
  }

  /** Hides the given kinds (all that were hidden before are restored first). */
  clean(kinds: readonly ClutterKind[], onLoad = false): ContentState {
    try {
      if (this.cleaned) this.side().restore(this.doc);
      this.scan();
      const t0 = now();
      this.kinds = [...kinds];
      this.hidden = this.side().hide(this.doc, this.hits, this.kinds);
      this.cleaned = true;
      this.timings.hideMs = now() - t0;
      this.startWatcher();
    } catch (e) {
      this.fail(e);
    }
    if (!onLoad || this.hidden.length) this.onHiddenCount(this.hidden.length);
    return this.state();
  }

  restore(): ContentState {
    this.clearHighlight();
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
      if (withSnapshot && !this.article) this.scan();
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
