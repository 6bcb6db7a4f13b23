// User settings, as stored in storage.sync. Pure: parsing, defaults and
// per-site resolution; the extension parts do the storage calls.
//
// Layout: one key per value so a long site list never hits the per-item quota:
//   autoClean: boolean          global default (on)
//   kinds: ClutterKind[]        what to hide (share + comments; related/newsletter opt-in)
//   "site:<host>": boolean      per-site override of autoClean

import type { ClutterKind } from '../core/types.ts';
import { CLUTTER_KINDS } from './messages.ts';

export interface Settings {
  autoClean: boolean;
  kinds: ClutterKind[];
  /** hostname (without "www.") → auto-clean on/off for that site. */
  sites: Record<string, boolean>;
}

export const DEFAULT_KINDS: readonly ClutterKind[] = ['share', 'comments'];
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
}

/** What "Export settings" writes (sites sorted, so files diff well). */
export function settingsToFile(s: Settings): SettingsFile {
  const sites = Object.fromEntries(Object.entries(s.sites).sort(([a], [b]) => a.localeCompare(b)));
  return { format: SETTINGS_FILE_FORMAT, version: 1, autoClean: s.autoClean, kinds: [...s.kinds], sites };
}

/** The largest site list an import takes (storage.sync allows 512 items). */
export const MAX_IMPORTED_SITES = 400;

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
  return { items, sites };
}
