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
