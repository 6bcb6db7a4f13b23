// The reading view's settings inside the page: read from storage.sync and
// validated (shared/settings.ts), written back as the reader changes the
// type, and kept in step with other tabs and the options page
// (storage.onChanged) without taking the echoes of our own writes for their
// changes.

import {
  parseReaderPrefs,
  parseReaderSettings,
  parseReaderSite,
  READER_KEY,
  READER_SITE_PREFIX,
  readerSiteItemKey,
  readerTypeFor,
  siteKey,
  type ReaderSettings,
  type ReaderSite,
  type ReaderType,
} from '../shared/settings.ts';
import { BASES, resolveType, withChange, type ResolvedType } from './read-type.ts';

/** The part of storage.sync the reading view uses (content scripts have it natively, without the polyfill). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** How long a write of ours may take to come back through storage.onChanged. */
const ECHO_MS = 10_000;

/** JSON with sorted keys: storage hands objects back with their keys in its own order. */
function stableJson(v: unknown): string {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return JSON.stringify(v) ?? 'undefined';
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

/** The type in effect, written out in full (so a site's own entry has every field). */
function explicit(ty: ResolvedType): ReaderType {
  return { font: ty.font, theme: ty.theme, size: ty.sizePct, lineHeight: ty.lineHeightPct, width: ty.widthEm };
}

export class ReadSettings {
  settings: ReaderSettings = { reader: {}, readerSites: {} };
  /** Our own writes, which come back through storage.onChanged, possibly after later clicks. */
  private readonly ownWrites = new Map<string, Array<{ json: string; at: number }>>();

  constructor(private readonly sync: SyncArea) {}

  /** Reads them again (what we had stays when storage cannot be read). */
  async load(): Promise<void> {
    try {
      this.settings = parseReaderSettings(await this.sync.get(null));
    } catch {
      // keep what we had
    }
  }

  /** The type for a page: its site's own, else the global one; `site` names the entry that rules. */
  typeFor(url: string): { type: ReaderType; site: string | null } {
    return readerTypeFor(this.settings, url);
  }

  /** Another tab or the options page changed the reading view's settings: takes the new values as they are. */
  takeChanges(changes: Record<string, unknown>): boolean {
    let changed = false;
    for (const [key, c] of Object.entries(changes)) {
      const value = (c as { newValue?: unknown } | null)?.newValue;
      if (this.isEcho(key, value)) continue;
      if (key === READER_KEY) {
        this.settings.reader = parseReaderPrefs(value);
        changed = true;
      } else if (key.startsWith(READER_SITE_PREFIX)) {
        const host = siteKey(key.slice(READER_SITE_PREFIX.length));
        if (!host) continue;
        const site = parseReaderSite(value);
        if (Object.keys(site).length) this.settings.readerSites[host] = site;
        else delete this.settings.readerSites[host];
        changed = true;
      }
    }
    return changed;
  }

  /** A change of type, kept where the page's type is kept: its site's entry ("this site only"), else the global one. */
  change(url: string, patch: ReaderType): void {
    const site = this.typeFor(url).site;
    if (site) {
      const entry: ReaderSite = { ...this.settings.readerSites[site], ...patch };
      this.settings.readerSites[site] = entry;
      this.save({ [readerSiteItemKey(site)]: entry });
    } else {
      this.settings.reader = withChange(this.settings.reader, patch);
      this.save({ [READER_KEY]: this.settings.reader });
    }
  }

  /** "This site only": the site gets the type in effect as its own; off, the site's entry keeps only `always`. */
  setSiteOnly(url: string, on: boolean, current: ResolvedType): void {
    const host = on ? siteKey(url) : this.typeFor(url).site;
    if (!host) return;
    const always = this.settings.readerSites[host]?.always;
    const entry: ReaderSite = on
      ? { ...this.settings.readerSites[host], ...explicit(current) }
      : { ...(always !== undefined ? { always } : {}) };
    this.settings.readerSites[host] = entry;
    if (Object.keys(entry).length) this.save({ [readerSiteItemKey(host)]: entry });
    else {
      delete this.settings.readerSites[host];
      this.ownWrites.set(readerSiteItemKey(host), []);
      void this.sync.remove(readerSiteItemKey(host)).catch(() => {});
    }
  }

  /** Back to the defaults: a site with a type of its own keeps one (the defaults, still its own). */
  reset(url: string, lang: string | null): void {
    if (this.typeFor(url).site) {
      const base = BASES[resolveType({}, lang, false).script];
      this.change(url, { font: base.font, theme: 'auto', size: 100, lineHeight: 100, width: base.width });
      return;
    }
    const quotes = this.settings.reader.quotes;
    this.settings.reader = quotes === undefined ? {} : { quotes };
    this.save({ [READER_KEY]: this.settings.reader });
  }

  setQuotes(on: boolean): void {
    this.settings.reader = { ...this.settings.reader, quotes: on };
    this.save({ [READER_KEY]: this.settings.reader });
  }

  private save(items: Record<string, unknown>): void {
    const now = Date.now();
    for (const [k, v] of Object.entries(items)) {
      const list = (this.ownWrites.get(k) ?? []).filter((w) => now - w.at < ECHO_MS);
      list.push({ json: stableJson(v), at: now });
      this.ownWrites.set(k, list);
    }
    void this.sync.set(items).catch(() => {});
  }

  private isEcho(key: string, value: unknown): boolean {
    return value !== undefined && (this.ownWrites.get(key) ?? []).some((w) => w.json === stableJson(value));
  }
}
