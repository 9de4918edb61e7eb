import { describe, expect, it } from 'vitest';
import { indexTokens, queryTokens, toTsQuery, toTsVector } from './tokens';

describe('search tokens', () => {
  it('index jieba words, CJK bigrams and Latin words', () => {
    const tokens = indexTokens('Java开发工程师（软件测试方向）');
    expect(tokens).toEqual(
      expect.arrayContaining(['java', '开发', '工程师', '软件', '测试', '软件测试', '件测']),
    );
  });

  it('let 2-character and mixed queries match inside longer words', () => {
    const index = new Set(indexTokens('PLC电气工程师，负责小学语文教师培训系统的软件开发'));
    for (const q of ['软件', '教师', 'PLC', 'plc工程师', 'Java开发'.replace('Java', ''), '电气']) {
      for (const token of queryTokens(q)) expect(index, `${q}: ${token}`).toContain(token);
    }
  });

  it('normalise queries like documents (full-width, traditional, spaces)', () => {
    expect(queryTokens('ＪＡＶＡ 開發')).toEqual(['开发', 'java']);
    expect(queryTokens('护 士')).toEqual(['护士']);
  });

  it('give nothing for punctuation-only queries and cut very long ones', () => {
    expect(queryTokens('！！？？……,,,')).toEqual([]);
    expect(queryTokens('软'.repeat(500)).length).toBe(1);
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
});
