// Where a name read beside a cue begins and ends. Passages written for this test.
import { describe, expect, it } from 'vitest';
import { who } from './helpers.ts';

describe('the bounds of a name read beside a cue', () => {
  it('a name never runs across a quotation mark', () => {
    expect(
      who(['"We will keep the plant open until the end of the year, as we promised Ford Motor" Smith said.'], 'en'),
    ).toEqual(['Smith']);
    expect(who(['"Minibars lose money, even when they charge $10 for a Diet Coke,” Sharon said.'], 'en')).toEqual([
      'Sharon',
    ]);
  });
});
