// The content script's state machine, free of extension APIs so it can be
// tested on a fixture: detect on load, hide clutter when asked (or when
// auto-clean is on), catch late widgets, restore exactly.
//
//   load ─► detectNews ─► (news && auto-clean) ─► findArticle ─► findClutter ─► hide
//                                                     └─► watchLateClutter ─► hide late hits
//   popup ─► state / clean(kinds) / restore / toggle

import { findArticle, scanPage, type PageScan } from '../core/article.ts';
import { hide, restore, watchLateClutter, type LateWatcher } from '../core/cleanup.ts';
import { findClutter } from '../core/clutter.ts';
import { detectNews } from '../core/detect.ts';
import { cssPath } from '../core/dom.ts';
import type { ArticleInfo, ClutterHit, ClutterKind, Detection, ReportClutter } from '../core/types.ts';
import type { ContentState, LoadTimings } from '../shared/messages.ts';
import { loadedTextSide, type TextSide } from './text-side.ts';

const now = (): number => performance.now();

export interface ControllerOptions {
  doc: Document;
  url: string;
  /** Called whenever the number of hidden widgets changes (for the badge). */
  onHiddenCount?: (count: number) => void;
  /** The text side, once the popup has injected it (default: the isolated world's slot). */
  textSide?: () => TextSide | null;
}

export class ContentController {
  readonly doc: Document;
  readonly url: string;
  private readonly onHiddenCount: (count: number) => void;
  private readonly textSide: () => TextSide | null;
  private detection: Detection | null = null;
  private article: ArticleInfo | null = null;
  private hits: ClutterHit[] = [];
  private hidden: ClutterHit[] = [];
  private kinds: ClutterKind[] = [];
  private cleaned = false;
  private watcher: LateWatcher | null = null;
  /** Last error of the load path, so the popup can still answer. */
  private error: string | null = null;
  /** The page walk detection made, shared with findArticle once on load. */
  private pageScan: PageScan | null = null;
  readonly timings: LoadTimings = { detectMs: 0, clutterMs: 0, hideMs: 0, loadPathMs: 0, observerMs: 0 };

  constructor(opts: ControllerOptions) {
    this.doc = opts.doc;
    this.url = opts.url;
    this.onHiddenCount = opts.onHiddenCount ?? (() => {});
    this.textSide = opts.textSide ?? (() => loadedTextSide());
  }

  /** Runs detection only (cheap: on every page). */
  detect(): Detection {
    if (!this.detection) {
      const t0 = now();
      try {
        this.pageScan = scanPage(this.doc);
        this.detection = detectNews(this.doc, this.url, this.pageScan);
      } catch (e) {
        this.error = String(e);
        this.detection = { isNews: false, score: 0, signals: ['error:detect'] };
      }
      this.timings.detectMs = now() - t0;
    }
    return this.detection;
  }

  /** The load path: detection, then clean-up when it is a news page and auto-clean is on. */
  runLoadPath(autoClean: boolean, kinds: readonly ClutterKind[]): void {
    const hadDetection = this.detection !== null;
    const t0 = now();
    const detection = this.detect();
    if (detection.isNews && autoClean && kinds.length) this.clean(kinds, true);
    this.timings.loadPathMs = now() - t0 + (hadDetection ? this.timings.detectMs : 0);
  }

  private ensureArticle(): ArticleInfo {
    if (!this.article) {
      // Reuse detection's walk only on the load path: later the page may have changed.
      this.article = findArticle(this.doc, this.pageScan ?? scanPage(this.doc));
      this.pageScan = null;
    }
    return this.article;
  }

  /** Finds (again) every widget; keeps the late ones the watcher already reported. */
  private scan(): void {
    const t0 = now();
    const article = this.ensureArticle();
    const fresh = findClutter(this.doc, article);
    const seen = new Set(fresh.map((h) => h.element));
    this.hits = [...fresh, ...this.hits.filter((h) => !seen.has(h.element) && h.element.isConnected)];
    this.timings.clutterMs = now() - t0;
  }

  /** Hides the given kinds (all that were hidden before are restored first). */
  clean(kinds: readonly ClutterKind[], onLoad = false): ContentState {
    try {
      if (this.cleaned) restore(this.doc);
      this.scan();
      const t0 = now();
      this.kinds = [...kinds];
      this.hidden = hide(this.doc, this.hits, this.kinds);
      this.cleaned = true;
      this.timings.hideMs = now() - t0;
      this.startWatcher();
    } catch (e) {
      this.error = String(e);
    }
    if (!onLoad || this.hidden.length) this.onHiddenCount(this.hidden.length);
    return this.state();
  }

  restore(): ContentState {
    this.clearHighlight();
    try {
      restore(this.doc);
    } catch (e) {
      this.error = String(e);
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
    if (this.watcher || !this.article) return;
    this.watcher = watchLateClutter(this.doc, this.article, (late) => {
      const t0 = now();
      const known = new Set(this.hits.map((h) => h.element));
      const fresh = late.filter((h) => !known.has(h.element));
      this.hits.push(...fresh);
      if (this.cleaned && fresh.length) {
        const newlyHidden = hide(this.doc, fresh, this.kinds);
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
      this.error = String(e);
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
    };
    const side = withSnapshot ? this.textSide() : null;
    if (side) {
      try {
        state.snapshot = side.snapshot(this.doc, this.ensureArticle(), this.url);
      } catch (e) {
        this.error = String(e);
      }
    }
    if (this.error) state.error = this.error;
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
