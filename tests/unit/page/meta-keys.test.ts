import { describe, expect, it } from 'vitest';
import {
  DETECTION_META,
  GENERIC_META,
  META_SITE,
  META_STANDARD,
  PUBLISHED_META_KEYS,
} from '../../../src/core/page/meta-keys.ts';
import { detectFeatures } from '../../../src/core/detect/index.ts';

const page = (meta: string): Document =>
  new DOMParser().parseFromString(`<html><head>${meta}</head><body><p>Text.</p></body></html>`, 'text/html');

describe('publication-time meta keys: one table', () => {
  it('lists each key once, lower-cased, standard vocabularies before sites’ own', () => {
    const keys = PUBLISHED_META_KEYS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toBe(k.toLowerCase());
    expect([...META_STANDARD, ...META_SITE]).toEqual(keys);
  });

  it('keeps the generic keys and the keys detection counts inside the table', () => {
    for (const k of GENERIC_META) expect(PUBLISHED_META_KEYS.map((e) => e.key)).toContain(k);
    for (const k of DETECTION_META) expect(PUBLISHED_META_KEYS.map((e) => e.key)).toContain(k);
    expect(new Set(DETECTION_META).size).toBe(DETECTION_META.length);
    expect(GENERIC_META.has('date')).toBe(true);
    expect(GENERIC_META.has('article:published_time')).toBe(false);
  });

  it('detection counts a key of DETECTION_META, and not another key of the table', () => {
    const counted = detectFeatures(page('<meta property="article:published_time" content="2024-05-02T10:00:00Z">'));
    expect(counted.published).toBe(true);
    const notCounted = detectFeatures(page('<meta name="citation_date" content="2024/05/02">'));
    expect(DETECTION_META).not.toContain('citation_date');
    expect(notCounted.published).toBe(false);
  });
});
