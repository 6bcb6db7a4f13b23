// The clutter kinds' table (core/kinds.ts): complete, consistent, and named in every locale.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLUTTER_KINDS,
  countByKind,
  DEFAULT_KINDS,
  describeClutter,
  isClutterKind,
  KIND_MESSAGES,
  OPT_IN_KINDS,
} from '../../../src/core/kinds.ts';

const en = JSON.parse(
  readFileSync(new NodeURL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

describe('clutter kinds', () => {
  it('splits every kind into default or opt-in, in the table order', () => {
    expect(CLUTTER_KINDS).toEqual(['share', 'comments', 'related', 'newsletter']);
    expect(DEFAULT_KINDS).toEqual(['share', 'comments']);
    expect(OPT_IN_KINDS).toEqual(['related', 'newsletter']);
    expect([...DEFAULT_KINDS, ...OPT_IN_KINDS].sort()).toEqual([...CLUTTER_KINDS].sort());
  });

  it('names and counts every kind with messages the locales have', () => {
    for (const kind of CLUTTER_KINDS) {
      const { label, count } = KIND_MESSAGES[kind];
      expect(en[label]?.message, label).toBeTruthy();
      expect(en[`${count}_one`]?.message, count).toBeTruthy();
      expect(en[`${count}_other`]?.message, count).toBeTruthy();
    }
  });

  it('recognizes kinds and nothing else', () => {
    for (const kind of CLUTTER_KINDS) expect(isClutterKind(kind)).toBe(true);
    for (const v of ['', 'ads', 'Share', null, undefined, 1, ['share'], { kind: 'share' }])
      expect(isClutterKind(v)).toBe(false);
  });

  it('counts widgets by kind', () => {
    expect(countByKind([])).toEqual({});
    expect(countByKind([{ kind: 'share' }, { kind: 'comments' }, { kind: 'share' }])).toEqual({
      share: 2,
      comments: 1,
    });
  });

  it('describes a found widget by its place, rule and text length', () => {
    document.body.innerHTML = '<main><div id="share"> Share this </div><p>x</p><p><span>Reply</span></p></main>';
    const share = document.getElementById('share') as Element;
    const reply = document.querySelector('span') as Element;
    expect(
      describeClutter([
        { element: share, kind: 'share', rule: 'share-link:facebook' },
        { element: reply, kind: 'comments', rule: 'comments:words' },
      ]),
    ).toEqual([
      { kind: 'share', selector: '#share', rule: 'share-link:facebook', chars: 10 },
      {
        kind: 'comments',
        selector: 'html > body:nth-of-type(1) > main:nth-of-type(1) > p:nth-of-type(2) > span:nth-of-type(1)',
        rule: 'comments:words',
        chars: 5,
      },
    ]);
  });
});
