// Chinese and Japanese roles beside a name (core/lang/zh.ts, ja.ts roles; the
// reader in core/quotes/speaker/cjk.ts): the popup shows name and role apart.
import { describe, expect, it } from 'vitest';
import { firstSpeaker as first, who } from './helpers.ts';

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

  it('Chinese: a role and a name opening a sentence with no quotation are whom a later 他 stands for', () => {
    expect(who(['北京大学教授林毅夫近日出席论坛。', '他说：“民营企业的信心正在逐步恢复。”'], 'zh')).toEqual(['林毅夫']);
  });

  it('Japanese: a topic with a title after the name, the body before の left out; the surname and title resolve to it', () => {
    expect(
      who(
        ['トヨタ自動車の佐藤恒治社長は8日、決算を発表した。', '佐藤社長は「電動化への投資は続ける」と語った。'],
        'ja',
      ),
    ).toEqual(['佐藤恒治']);
    expect(first('経済産業省の斎藤健大臣は「価格転嫁を進めたい」と述べた。', 'ja')).toEqual(['斎藤健', '大臣']);
  });
});
