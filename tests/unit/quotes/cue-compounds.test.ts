// A one-character Chinese cue inside a longer word is no speech (说明 explain,
// 知道 know, 报道 report). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/lang/index.ts';
import { cueMatcher } from '../../../src/core/quotes/cues.ts';
import { who } from './helpers.ts';

const zh = LANGS.filter((m) => m.code === 'zh');
const cues = (text: string): string[] =>
  cueMatcher([...zh], 'cjk')
    .find(text)
    .map((c) => c.text);

describe('one-character cues inside longer words (zh cueCompounds)', () => {
  it('finds 说 and 道 as cues, not inside 说明, 说法, 知道 or 报道', () => {
    expect(cues('他说：')).toEqual(['说']);
    expect(cues('她笑着道：')).toEqual(['道']);
    expect(cues('他说明了原因，大家都知道这个说法，媒体也报道了。')).toEqual([]);
  });

  it('credits the speaker, not a word that holds a cue', () => {
    expect(who(['王小明说：“我们明天会公布全部结果。”'], 'zh')).toEqual(['王小明']);
    expect(who(['李华知道这件事。王小明说：“我们明天会公布全部结果。”'], 'zh')).toEqual(['王小明']);
  });
});
