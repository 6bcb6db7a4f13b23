// The clean side's parts (clean-side.ts): one page's clean-up, straight from
// core/ (article, clutter, hide and restore, the late-widget watcher), and what
// a cleaned page teaches the site's stylesheet.
import { findArticle } from '../core/article/index.ts';
import { hide, hideSteps, restore, watchLateClutter, type LateWatcher } from '../core/cleanup.ts';
import { findClutter, findClutterSteps } from '../core/clutter/index.ts';
import { countByKind, describeClutter } from '../core/kinds.ts';
import { rankedWalkSteps } from '../core/page/rank.ts';
import { walkPage } from '../core/page/walk.ts';
import { learnSiteSelectors } from '../core/site-selectors.ts';
import type { Slicer, Steps } from '../core/slice.ts';
import type { ArticleInfo, ClutterHit, ClutterKind, ReportClutter } from '../core/types.ts';
import { MAX_SITE_SELECTORS, mergeSiteStyle, sameSelectors, type SiteStyle } from '../shared/site-styles.ts';
import type { Cleaner, CleanerHost, CleanSide } from './clean-side.ts';

const now = (): number => performance.now();

/** An unchanged entry is written again this long after its last write. */
const REWRITE_AFTER_MS = 86_400_000;

interface SiteLearning {
  /** The site's entry after this page (null: nothing left to keep). */
  style: SiteStyle | null;
  /** Whether it differs from the stored one in its selectors. */
  changed: boolean;
  /** Stored selectors that matched part of this page's article: out of the page's stylesheet now. */
  unsafe: string[];
}

/**
 * What a cleaned page teaches the site's stylesheet (core/site-selectors,
 * shared/site-styles): the entry after this page, given the stored one.
 */
export function* learnSiteStyle(
  doc: Document,
  article: ArticleInfo,
  hidden: readonly ClutterHit[],
  stored: SiteStyle | null,
  at: number,
): Steps<SiteLearning> {
  const storedSels = stored?.sels.map((s) => s.sel) ?? [];
  const lesson = yield* learnSiteSelectors(doc, article, hidden, storedSels, MAX_SITE_SELECTORS);
  const style = mergeSiteStyle(stored, lesson, at);
  return { style, changed: !sameSelectors(style, stored), unsafe: [...lesson.unsafe] };
}

class PageCleaner implements Cleaner {
  cleaned = false;
  kinds: ClutterKind[] = [];
  private hits: ClutterHit[] = [];
  private hidden: ClutterHit[] = [];
  private articleInfo: ArticleInfo | null = null;
  private watcher: LateWatcher | null = null;

  constructor(private readonly host: CleanerHost) {}

  article(): ArticleInfo {
    // Detection's walk is reused only on the load path: later the page may have changed.
    this.articleInfo ??= findArticle(this.host.doc, this.host.takeWalk() ?? walkPage(this.host.doc));
    return this.articleInfo;
  }

  async cleanOnLoad(kinds: readonly ClutterKind[], slicer: Slicer, check: () => void): Promise<void> {
    const { doc, timings } = this.host;
    slicer.resume();
    const t0 = slicer.stats.totalMs;
    // Detection's walk, or (a page it decided unwalked, from its metadata and paragraphs) one made in slices here.
    let article = this.articleInfo;
    if (!article) {
      const walk = this.host.takeWalk() ?? (await slicer.run(rankedWalkSteps(doc), check));
      article = this.articleInfo = findArticle(doc, walk);
    }
    await slicer.pause();
    check();
    this.hits = await slicer.run(findClutterSteps(doc, article), check);
    slicer.end();
    timings.clutterMs = slicer.stats.totalMs - t0;
    slicer.resume();
    const t2 = slicer.stats.totalMs;
    this.kinds = [...kinds];
    this.hidden = await slicer.run(hideSteps(doc, this.hits, this.kinds), check);
    this.cleaned = true;
    slicer.end();
    timings.hideMs = slicer.stats.totalMs - t2;
    timings.hiddenAt = now();
    this.startWatcher();
    if (this.hidden.length) this.host.onHiddenCount(this.hidden.length);
    check();
    timings.learnMs = await this.learn(slicer, check);
  }

  /**
   * What this cleaned article teaches the site's stylesheet: selectors for the
   * widgets hidden here, which stored ones still match, and which ones hit the
   * article (those leave the page's stylesheet at once). Resolves to the time
   * it took on the page's thread (ms).
   */
  private async learn(slicer: Slicer, check: () => void): Promise<number> {
    const { doc, site } = this.host;
    const { early } = site;
    slicer.resume();
    const t0 = slicer.stats.totalMs;
    const before = site.stored;
    const learned = await slicer.run(learnSiteStyle(doc, this.article(), this.hidden, before, Date.now()), check);
    slicer.end();
    if (learned.unsafe.length && before && early?.styleOn()) {
      // A selector that hides part of this article: the page's stylesheet goes on without it.
      const kept = before.sels.filter((s) => !learned.unsafe.includes(s.sel));
      if (kept.length) early.reapply({ ...before, sels: kept }, this.kinds);
      else early.drop();
    }
    // Written when the selectors changed, or a day after the last write (so that its age stays true).
    const stale = !before || Date.now() - before.at > REWRITE_AFTER_MS;
    if (learned.changed || (learned.style && stale)) site.onSiteStyle(learned.style);
    site.stored = learned.style;
    return slicer.stats.totalMs - t0;
  }

  /** Finds (again) every widget; keeps the late ones the watcher already reported. */
  private refind(): void {
    const t0 = now();
    const fresh = findClutter(this.host.doc, this.article());
    const seen = new Set(fresh.map((h) => h.element));
    this.hits = [...fresh, ...this.hits.filter((h) => !seen.has(h.element) && h.element.isConnected)];
    this.host.timings.clutterMs = now() - t0;
  }

  clean(kinds: readonly ClutterKind[]): void {
    const { doc, timings } = this.host;
    if (this.cleaned) restore(doc);
    this.refind();
    const t0 = now();
    this.kinds = [...kinds];
    this.hidden = hide(doc, this.hits, this.kinds);
    this.cleaned = true;
    timings.hideMs = now() - t0;
    this.startWatcher();
  }

  restore(): void {
    restore(this.host.doc);
    this.cleaned = false;
    this.hidden = [];
  }

  found(refind: boolean): ReportClutter[] {
    if (refind && !this.articleInfo) this.refind();
    return describeClutter(this.hits.filter((h) => h.element.isConnected));
  }

  get hiddenCount(): number {
    return this.hidden.length;
  }

  hiddenByKind(): Partial<Record<ClutterKind, number>> {
    return countByKind(this.hidden);
  }

  private startWatcher(): void {
    const { doc, timings, onHiddenCount } = this.host;
    if (this.watcher || !this.articleInfo) return;
    this.watcher = watchLateClutter(doc, this.articleInfo, (late) => {
      const t0 = now();
      const known = new Set(this.hits.map((h) => h.element));
      const fresh = late.filter((h) => !known.has(h.element));
      this.hits.push(...fresh);
      if (this.cleaned && fresh.length) {
        const newlyHidden = hide(doc, fresh, this.kinds);
        if (newlyHidden.length) {
          this.hidden.push(...newlyHidden);
          onHiddenCount(this.hidden.length);
        }
      }
      timings.observerMs += now() - t0;
    });
  }

  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
  }
}

export function createCleanSide(): CleanSide {
  return { cleaner: (host) => new PageCleaner(host) };
}
