import { describe, expect, it } from 'vitest';
import { indexTokens, parseQuery, toTsQuery, toTsVector, weekLexeme, weekLexemesBetween } from './tokens';

describe('search tokens', () => {
  it('index CJK bigrams and Latin words', () => {
    const tokens = indexTokens('Java开发工程师（软件测试方向）');
    expect(tokens).toEqual(expect.arrayContaining(['java', '开发', '工程', '程师', '软件', '件测', '测试']));
    expect(tokens).not.toContain('工程师');
  });

  it('let 2-character and mixed queries match inside longer words', () => {
    const index = new Set(indexTokens('PLC电气工程师，负责小学语文教师培训系统的软件开发'));
    for (const q of ['软件', '教师', 'PLC', 'plc工程师', '开发', '电气']) {
      for (const token of parseQuery(q).lexemes) expect(index, `${q}: ${token}`).toContain(token);
    }
  });

  it('cut queries into words first, so no bigram straddles two words', () => {
    expect(parseQuery('软件开发工程师').lexemes).not.toContain('发工');
    const index = new Set(indexTokens('武汉分公司招聘新媒体运营'));
    for (const token of parseQuery('武汉 运营').lexemes) expect(index).toContain(token);
    expect(parseQuery('武汉 运营').words).toEqual(['武汉', '运营']);
  });

  it('join one-character words back together and drop a lone one next to real words', () => {
    expect(parseQuery('找会计').words).toEqual(['会计']);
    expect(parseQuery('车').lexemes).toEqual(['车']);
  });

  it('normalise queries like documents (full-width, traditional, spaces)', () => {
    expect(parseQuery('ＪＡＶＡ 開發').lexemes.sort()).toEqual(['java', '开发']);
    expect(parseQuery('护 士').lexemes).toEqual(['护士']);
  });

  it('give nothing for punctuation-only queries and cut very long ones', () => {
    expect(parseQuery('！！？？……,,,').lexemes).toEqual([]);
    expect(parseQuery('软'.repeat(500)).lexemes.length).toBe(1);
  });

  it('quote lexemes so the database never parses them', () => {
    expect(toTsQuery(["it's", '软件'])).toBe("'it''s' & '软件'");
    expect(toTsQuery(['a\\b'])).toBe("'a\\\\b'");
    expect(
      toTsVector([
        { tokens: ['软件', 'java'], weight: 'A' },
        { tokens: ['软件'], weight: 'C' },
      ]),
    ).toBe("'软件':1A 'java':2A '软件':3C");
  });

  it('name publication weeks so recent stretches are one GIN lookup', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    const weeks = weekLexemesBetween(new Date(now.getTime() - 7 * 86_400_000), now);
    expect(weeks.length).toBe(2);
    expect(weeks.at(-1)).toBe(weekLexeme(now));
    expect(weeks[0]).toBe(weekLexeme(new Date(now.getTime() - 7 * 86_400_000)));
  });
});
