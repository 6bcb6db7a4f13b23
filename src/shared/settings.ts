// User settings, as stored in storage.sync. Pure: parsing, defaults and
// per-site resolution; the extension parts do the storage calls.
//
// Layout: one key per value so a long site list never hits the per-item quota:
//   autoClean: boolean          global default (on)
//   kinds: ClutterKind[]        what to hide (default and opt-in kinds: core/kinds.ts)
//   "site:<host>": boolean      per-site override of autoClean
//   reader: ReaderPrefs         the reading view's type, remembered for every site
//   "reader:<host>": ReaderSite the reading view for one site: its own type, and
//                               whether its articles always open in the reading view

import { CLUTTER_KINDS, DEFAULT_KINDS } from '../core/kinds.ts';
import type { ClutterKind } from '../core/types.ts';

export interface Settings {
  autoClean: boolean;
  kinds: ClutterKind[];
  /** hostname (without "www.") → auto-clean on/off for that site. */
  sites: Record<string, boolean>;
}

/**
 * The reading view's settings, parsed apart from the rest (parseReaderSettings)
 * so that the content script, which runs on every page, carries none of it.
 */
export interface ReaderSettings {
  /** The reading view's type for every site (only what the reader changed). */
  reader: ReaderPrefs;
  /** hostname → the reading view on that site (its own type, always open). */
  readerSites: Record<string, ReaderSite>;
}

// ── The reading view's settings ─────────────────────────────────────────────
// Only what the reader changed is stored: an absent field follows the default,
// which depends on the page's language and the browser's dark mode
// (content/read-type.ts). Sizes are relative to that default so that "larger"
// stays larger on an Arabic page (whose default is larger) as on an English one.

export type ReaderFont = 'serif' | 'sans';
export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark';
const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];

/** The type of the reading view: each field optional (absent: the default). */
export interface ReaderType {
  font?: ReaderFont;
  theme?: ReaderTheme;
  /** Text size, percent of the language's default size. */
  size?: number;
  /** Line height, percent of the language's default line height. */
  lineHeight?: number;
  /** Line width (the measure), in em. */
  width?: number;
}

/** The global reading-view settings. */
export interface ReaderPrefs extends ReaderType {
  /** Highlight the article's quotes in the reading view (off by default). */
  quotes?: boolean;
}

/** One site's reading-view settings. */
export interface ReaderSite extends ReaderType {
  /** Open this site's news articles in the reading view as they load (off by default). */
  always?: boolean;
}

/** Allowed ranges (inclusive) and the step every stored value is a multiple of. */
export const READER_LIMITS = {
  size: { min: 70, max: 200, step: 5 },
  lineHeight: { min: 80, max: 150, step: 5 },
  width: { min: 20, max: 60, step: 2 },
} as const;

export const READER_KEY = 'reader';
export const READER_SITE_PREFIX = 'reader:';
const TYPE_FIELDS = ['font', 'theme', 'size', 'lineHeight', 'width'] as const;

function inRange(v: unknown, lim: { min: number; max: number; step: number }): v is number {
  return Number.isInteger(v) && (v as number) >= lim.min && (v as number) <= lim.max && (v as number) % lim.step === 0;
}

/** The valid type fields of a stored object; anything else is dropped. */
function parseReaderType(v: unknown): ReaderType {
  const out: ReaderType = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  const o = v as Record<string, unknown>;
  if (READER_FONTS.includes(o.font as ReaderFont)) out.font = o.font as ReaderFont;
  if (READER_THEMES.includes(o.theme as ReaderTheme)) out.theme = o.theme as ReaderTheme;
  if (inRange(o.size, READER_LIMITS.size)) out.size = o.size;
  if (inRange(o.lineHeight, READER_LIMITS.lineHeight)) out.lineHeight = o.lineHeight;
  if (inRange(o.width, READER_LIMITS.width)) out.width = o.width;
  return out;
}

export function parseReaderPrefs(v: unknown): ReaderPrefs {
  const out: ReaderPrefs = parseReaderType(v);
  if (v && typeof v === 'object' && typeof (v as { quotes?: unknown }).quotes === 'boolean')
    out.quotes = (v as { quotes: boolean }).quotes;
  return out;
}

export function parseReaderSite(v: unknown): ReaderSite {
  const out: ReaderSite = parseReaderType(v);
  if (v && typeof v === 'object' && typeof (v as { always?: unknown }).always === 'boolean')
    out.always = (v as { always: boolean }).always;
  return out;
}

/** True when a site entry holds type fields of its own (the reader chose "this site only"). */
export function hasOwnType(site: ReaderSite | undefined): boolean {
  return !!site && TYPE_FIELDS.some((f) => site[f] !== undefined);
}

/** The type fields of an entry, without the rest. */
function typeOf(v: ReaderType): ReaderType {
  const out: ReaderType = {};
  for (const f of TYPE_FIELDS) if (v[f] !== undefined) (out as Record<string, unknown>)[f] = v[f];
  return out;
}

export function readerSiteItemKey(host: string): string {
  return READER_SITE_PREFIX + host;
}

export const SITE_PREFIX = 'site:';

export function defaultSettings(): Settings {
  return { autoClean: true, kinds: [...DEFAULT_KINDS], sites: {} };
}

/** The storage items that hold the defaults (written on install when missing). */
export function defaultItems(): Record<string, unknown> {
  const d = defaultSettings();
  return { autoClean: d.autoClean, kinds: d.kinds };
}

const HOST_RE = /^[\p{L}\p{N}.-]+(?::\d+)?$/u;

/** The key we file a site under: lower-case hostname without a leading "www.". */
export function siteKey(hostOrUrl: string): string | null {
  let host = hostOrUrl.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return host && HOST_RE.test(host) ? host : null;
}

/** Reads whatever storage.sync returned; anything malformed falls back to the default. */
export function parseSettings(items: Record<string, unknown>): Settings {
  const s = defaultSettings();
  if (typeof items.autoClean === 'boolean') s.autoClean = items.autoClean;
  if (Array.isArray(items.kinds)) {
    s.kinds = CLUTTER_KINDS.filter((k) => (items.kinds as unknown[]).includes(k));
  }
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(SITE_PREFIX) || typeof value !== 'boolean') continue;
    const host = siteKey(key.slice(SITE_PREFIX.length));
    if (host) s.sites[host] = value;
  }
  return s;
}

/** The reading view's settings in what storage.sync returned; anything malformed is dropped. */
export function parseReaderSettings(items: Record<string, unknown>): ReaderSettings {
  const out: ReaderSettings = { reader: parseReaderPrefs(items[READER_KEY]), readerSites: {} };
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(READER_SITE_PREFIX)) continue;
    const host = siteKey(key.slice(READER_SITE_PREFIX.length));
    const site = parseReaderSite(value);
    if (host && Object.keys(site).length) out.readerSites[host] = site;
  }
  return out;
}

/** The entry that rules a URL's site: its own, else its parent domain's (news.example.com → example.com). */
function siteEntry<T>(
  entries: Record<string, T>,
  url: string,
  has: (v: T) => boolean,
): { host: string; value: T } | null {
  const host = siteKey(url);
  if (host === null) return null;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const v = entries[h];
    if (v !== undefined && has(v)) return { host: h, value: v };
  }
  const v = entries[host];
  return v !== undefined && has(v) ? { host, value: v } : null;
}

/** Is auto-clean on for this page? A per-site entry wins over the global switch. */
export function autoCleanFor(settings: Settings, url: string): boolean {
  const host = siteKey(url);
  if (host === null) return settings.autoClean;
  // A rule for example.com also covers news.example.com.
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const v = settings.sites[h];
    if (v !== undefined) return v;
  }
  return settings.autoClean;
}

/** Does this site open its news articles in the reading view as they load? (Off unless set.) */
export function readerAlwaysFor(settings: ReaderSettings, url: string): boolean {
  return siteEntry(settings.readerSites, url, (v) => v.always !== undefined)?.value.always ?? false;
}

/**
 * The same answer read straight from storage.sync's items, for the content
 * script (no parsing of the rest of the reading view's settings).
 */
export function readerAlwaysIn(items: Record<string, unknown>, url: string): boolean {
  const host = siteKey(url);
  if (host === null) return false;
  const hosts: string[] = [];
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) hosts.push(h);
  if (!hosts.length) hosts.push(host);
  for (const h of hosts) {
    const v = (items[READER_SITE_PREFIX + h] as { always?: unknown } | undefined)?.always;
    if (typeof v === 'boolean') return v;
  }
  return false;
}

/**
 * The reading view's type for a page: the site's own (when the reader chose
 * "this site only" there) over the global one; `site` names the entry used.
 */
export function readerTypeFor(settings: ReaderSettings, url: string): { type: ReaderType; site: string | null } {
  const own = siteEntry(settings.readerSites, url, hasOwnType);
  if (own) return { type: { ...typeOf(settings.reader), ...typeOf(own.value) }, site: own.host };
  return { type: typeOf(settings.reader), site: null };
}

/** A site's front page (its root, or a language root like /en/): never opened in the reading view by itself. */
export function isFrontPageUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return true;
  }
  return /^\/?(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?|home\/?)?$/iu.test(path);
}

export function siteItemKey(host: string): string {
  return SITE_PREFIX + host;
}

/** The settings file's format marker (export/import on the options page). */
export const SETTINGS_FILE_FORMAT = 'clearline-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: 1;
  autoClean: boolean;
  kinds: ClutterKind[];
  sites: Record<string, boolean>;
  /** The reading view (optional: files written before it have none). */
  reader?: ReaderPrefs;
  readerSites?: Record<string, ReaderSite>;
}

/** What "Export settings" writes (sites sorted, so files diff well). */
export function settingsToFile(s: Settings & Partial<ReaderSettings>): SettingsFile {
  const sorted = <T>(o: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: 1,
    autoClean: s.autoClean,
    kinds: [...s.kinds],
    sites: sorted(s.sites),
  };
  if (s.reader) file.reader = { ...s.reader };
  if (s.readerSites) file.readerSites = sorted(s.readerSites);
  return file;
}

/** The largest site list an import takes (storage.sync allows 512 items). */
const MAX_IMPORTED_SITES = 400;

/**
 * Reads an imported settings file (already JSON-parsed). Returns the storage
 * items to write, or null when it is not a Clearline settings file. Invalid
 * hosts and values are dropped; nothing but the known keys is ever written.
 */
export function parseSettingsFile(data: unknown): { items: Record<string, unknown>; sites: number } | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const o = data as Record<string, unknown>;
  if (o.format !== SETTINGS_FILE_FORMAT) return null;
  const items: Record<string, unknown> = {};
  if (typeof o.autoClean === 'boolean') items.autoClean = o.autoClean;
  if (Array.isArray(o.kinds)) items.kinds = CLUTTER_KINDS.filter((k) => (o.kinds as unknown[]).includes(k));
  let sites = 0;
  if (o.sites && typeof o.sites === 'object' && !Array.isArray(o.sites)) {
    for (const [raw, on] of Object.entries(o.sites as Record<string, unknown>)) {
      const host = siteKey(raw);
      if (!host || !host.includes('.') || typeof on !== 'boolean' || sites >= MAX_IMPORTED_SITES) continue;
      if (!(siteItemKey(host) in items)) sites++;
      items[siteItemKey(host)] = on;
    }
  }
  if (o.reader !== undefined) items[READER_KEY] = parseReaderPrefs(o.reader);
  if (o.readerSites && typeof o.readerSites === 'object' && !Array.isArray(o.readerSites)) {
    let n = 0;
    for (const [raw, value] of Object.entries(o.readerSites as Record<string, unknown>)) {
      const host = siteKey(raw);
      const site = parseReaderSite(value);
      if (!host || !host.includes('.') || !Object.keys(site).length || n >= MAX_IMPORTED_SITES) continue;
      if (!(readerSiteItemKey(host) in items)) n++;
      items[readerSiteItemKey(host)] = site;
    }
  }
  return { items, sites };
}
