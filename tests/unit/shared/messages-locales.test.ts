// Every locale has every message, with the same substitutions as English.
import { readdirSync, readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = new NodeURL('../../../public/_locales/', import.meta.url);
const load = (l: string) =>
  JSON.parse(readFileSync(new NodeURL(`${l}/messages.json`, dir), 'utf8')) as Record<string, { message: string }>;
const subs = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  const en = load('en');
  const locales = readdirSync(dir).filter((l) => l !== 'en');

  it('ships Arabic and the other UI languages', () => {
    expect(locales).toEqual(expect.arrayContaining(['ar', 'ru', 'fr', 'es', 'de']));
  });

  it('names the manifest strings', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandToggle'])
      expect(en[key]?.message).toBeTruthy();
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
  });

  for (const l of locales) {
    it(`${l}: same keys and substitutions as en`, () => {
      const m = load(l);
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) {
        const mine = m[k]?.message ?? '';
        expect(mine, `${l}.${k}`).not.toBe('');
        // Plural forms may drop the number ("one quote" → "اقتباس واحد").
        if (!/_(zero|one|two)$/.test(k)) expect(subs(mine), `${l}.${k}`).toEqual(subs(v.message));
        if (k === 'extDescription') expect(mine.length, `${l}.${k}`).toBeLessThanOrEqual(132);
      }
    });
  }
});
