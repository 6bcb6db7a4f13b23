import { describe, expect, it } from 'vitest';
import {
  autoCleanFor,
  defaultItems,
  defaultSettings,
  parseSettings,
  parseSettingsFile,
  settingsToFile,
  siteItemKey,
  siteKey,
} from '../../../src/shared/settings.ts';

describe('settings', () => {
  it('defaults: auto-clean on, share + comments only', () => {
    expect(defaultSettings()).toEqual({ autoClean: true, kinds: ['share', 'comments'], sites: {} });
    expect(defaultItems()).toEqual({ autoClean: true, kinds: ['share', 'comments'] });
    expect(parseSettings({})).toEqual(defaultSettings());
  });

  it('parses stored values and ignores malformed ones', () => {
    const s = parseSettings({
      autoClean: false,
      kinds: ['related', 'share', 'ads', 3],
      'site:www.Example.com': true,
      'site:bad host': true,
      'site:news.example.org': 'yes',
      unrelated: 1,
    });
    expect(s.autoClean).toBe(false);
    expect(s.kinds).toEqual(['share', 'related']);
    expect(s.sites).toEqual({ 'example.com': true });
    expect(parseSettings({ autoClean: 'no', kinds: 'share' })).toEqual(defaultSettings());
  });

  it('normalizes site keys from hosts and URLs, including IDNs', () => {
    expect(siteKey('https://www.BBC.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteKey('arabic.rt.com')).toBe('arabic.rt.com');
    expect(siteKey('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteKey('مثال.مصر')).toBe('مثال.مصر');
    expect(siteKey('not a host')).toBeNull();
    expect(siteKey('')).toBeNull();
    expect(siteItemKey('example.com')).toBe('site:example.com');
  });

  it('per-site rules win over the global switch and cover subdomains', () => {
    const s = parseSettings({ autoClean: true, 'site:example.com': false, 'site:live.example.com': true });
    expect(autoCleanFor(s, 'https://example.com/a')).toBe(false);
    expect(autoCleanFor(s, 'https://www.example.com/a')).toBe(false);
    expect(autoCleanFor(s, 'https://news.example.com/a')).toBe(false);
    expect(autoCleanFor(s, 'https://live.example.com/a')).toBe(true);
    expect(autoCleanFor(s, 'https://other.org/')).toBe(true);
    const off = parseSettings({ autoClean: false, 'site:reuters.com': true });
    expect(autoCleanFor(off, 'https://www.reuters.com/world/')).toBe(true);
    expect(autoCleanFor(off, 'https://apnews.com/')).toBe(false);
  });

  it('exports a settings file and imports it back, dropping what is invalid', () => {
    const s = parseSettings({ autoClean: false, kinds: ['share', 'related'], 'site:b.com': true, 'site:a.org': false });
    const file = settingsToFile(s);
    expect(file).toEqual({
      format: 'clearline-settings',
      version: 1,
      autoClean: false,
      kinds: ['share', 'related'],
      sites: { 'a.org': false, 'b.com': true },
    });
    const back = parseSettingsFile(JSON.parse(JSON.stringify(file)));
    expect(back).toEqual({
      items: { autoClean: false, kinds: ['share', 'related'], 'site:a.org': false, 'site:b.com': true },
      sites: 2,
    });
    expect(parseSettings(back?.items ?? {})).toEqual(s);
    const hostile = parseSettingsFile({
      format: 'clearline-settings',
      kinds: ['ads', 'comments'],
      autoClean: 'yes',
      sites: { 'https://www.Example.com/x': true, 'bad host': true, 'c.net': 'on', localhost: true, __proto__: true },
      extra: 1,
    });
    expect(hostile).toEqual({ items: { kinds: ['comments'], 'site:example.com': true }, sites: 1 });
    expect(parseSettingsFile({ autoClean: true })).toBeNull();
    expect(parseSettingsFile([])).toBeNull();
    expect(parseSettingsFile('x')).toBeNull();
  });
});
