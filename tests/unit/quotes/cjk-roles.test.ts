// Chinese and Japanese roles beside a name (core/lang/zh.ts, ja.ts roles; the
// reader in core/quotes/speaker/cjk.ts): the popup shows name and role apart.
import { describe, expect, it } from 'vitest';
import { firstSpeaker as first } from './helpers.ts';

describe('CJK roles', () => {
  it('Chinese: the role before the name (国家统计局新闻发言人付凌晖)', () => {
    expect(first('国家统计局新闻发言人付凌晖说：“国民经济总体保持恢复态势。”', 'zh')).toEqual([
      '付凌晖',
      '国家统计局新闻发言人',
    ]);
  });

  it('Chinese: an unnamed source described with 的 is shown as printed', () => {
    expect(first('一位不愿透露姓名的业内人士告诉记者：“今年的市场形势比预期更加困难。”', 'zh')[0]).toBe(
      '一位不愿透露姓名的业内人士',
    );
  });

  it('Japanese: the title after the name (清水治理事長)', () => {
    expect(first('清水治理事長は「厳粛に受け止めている」と述べた。', 'ja')).toEqual(['清水治', '理事長']);
  });
});
