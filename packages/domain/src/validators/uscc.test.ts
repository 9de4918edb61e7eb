import { describe, expect, it } from 'vitest';
import {
  USCC_AUTHORITIES,
  USCC_CHARSET,
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  normalizeUscc,
  validateUscc,
} from './uscc';
import { createRng, generateUscc } from './generate';

// Real codes, verified by running this implementation (not taken on trust):
// 91350100M000100Y43 — the example printed in many descriptions of GB 32100 (a Fuzhou company);
// 12100000400000624D and 12100000400000456B — the invoice headers of 清华大学 and 哈尔滨工业大学 as
// published in public repositories; both are national-level (region 100000) 事业单位.
const REAL = ['91350100M000100Y43', '12100000400000624D', '12100000400000456B'];

/** Independent oracle: weights 3^i mod 31 from the standard's formula, not copied from the table. */
function oracleUsccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * (3 ** i % 31);
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Replaces the character at 0-based `i` and recomputes position 18 so only the intended part is wrong. */
function withChar(code: string, i: number, ch: string): string {
  const first17 = (code.slice(0, i) + ch + code.slice(i + 1)).slice(0, 17);
  return first17 + computeUsccCheckChar(first17);
}

describe('computeUsccCheckChar', () => {
  it('reproduces the check character of real codes', () => {
    for (const code of REAL) expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it("maps 31 to '0'", () => {
    expect(computeUsccCheckChar('91110108100000446')).toBe('0');
  });

  it('agrees with an independently derived oracle on 500 random inputs', () => {
    const rng = createRng(11);
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 17; i++) s += USCC_CHARSET.charAt(Math.floor(rng() * 31));
      expect(computeUsccCheckChar(s)).toBe(oracleUsccCheck(s));
    }
  });

  it.each(['', '91350100M000100Y', '91350100M000100Y43', '91350100M000100I4'])('throws for %j', (bad) => {
    expect(() => computeUsccCheckChar(bad)).toThrow(Error);
  });
});

describe('computeOrgCodeCheckChar', () => {
  it.each([
    ['M000100Y', '4'],
    ['40000062', '4'],
    ['10000004', '0'],
    ['10000009', '1'],
    ['10000018', 'X'],
    ['10000000', '8'],
  ])('%s → %s', (body, check) => {
    expect(computeOrgCodeCheckChar(body)).toBe(check);
  });

  it('accepts the letters the USCC alphabet leaves out (GB 11714 uses all of A–Z)', () => {
    expect(computeOrgCodeCheckChar('IOZSV000')).toMatch(/^[0-9X]$/);
  });

  it.each(['', '1234567', '123456789', '1234567*', 'abcdefgh'])('throws for %j', (bad) => {
    expect(() => computeOrgCodeCheckChar(bad)).toThrow(Error);
  });
});

describe('validateUscc', () => {
  it.each(REAL)('accepts %s', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true, code: null, reason: null });
  });

  it.each([
    ['lower case', '91350100m000100y43'],
    ['spaces around', ' 91350100M000100Y43 '],
    ['full-width', '９１３５０１００Ｍ０００１００Ｙ４３'],
  ])('accepts %s', (_label, input) => {
    expect(validateUscc(input).valid).toBe(true);
  });

  it.each(['', '  ', '\u3000'])('reports empty for %j', (input) => {
    expect(validateUscc(input).code).toBe('empty');
  });

  it.each([
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
    ['91350100M000100', 15],
  ])('reports length for %s', (input, actual) => {
    expect(validateUscc(input)).toEqual({
      valid: false,
      code: 'length',
      reason: `长度应为 18 位 (length)，实为 ${actual} 位`,
    });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s with a hint', (letter) => {
    const r = validateUscc(`91350100M000100${letter}43`);
    expect(r.code).toBe('characters');
    expect(r.reason).toBe(
      `含非法字符 (characters)：第 16 位 “${letter}”（统一社会信用代码不使用 I、O、Z、S、V）`,
    );
  });

  it.each([
    ['*', 5],
    ['-', 9],
    ['中', 1],
  ])('rejects %j at position %i', (ch, position) => {
    const chars = Array.from('91350100M000100Y43');
    chars[position - 1] = ch;
    expect(validateUscc(chars.join(''))).toEqual({
      valid: false,
      code: 'characters',
      reason: `含非法字符 (characters)：第 ${position} 位 “${ch}”`,
    });
  });

  it.each(['B', 'C', 'M', 'X', '0'])('rejects registration authority %s', (authority) => {
    const r = validateUscc(withChar('91350100M000100Y43', 0, authority));
    expect(r.code).toBe('characters');
    expect(r.reason).toBe(`登记管理部门代码无效 (characters)：第 1 位 “${authority}”`);
  });

  it.each([
    ['9', '4'],
    ['9', '9'],
    ['1', '4'],
    ['5', '5'],
    ['Y', '2'],
    ['A', '2'],
  ])('rejects type %s%s', (authority, type) => {
    const r = validateUscc(withChar(withChar('91350100M000100Y43', 0, authority), 1, type));
    expect(r.code).toBe('characters');
    expect(r.reason).toMatch(new RegExp(`^机构类别代码无效 \\(characters\\)：第 2 位 “${type}”`));
  });

  it('accepts every authority/type pair in the table', () => {
    for (const a of USCC_AUTHORITIES) {
      for (const t of a.types) {
        const code = withChar(withChar('91350100M000100Y43', 0, a.code), 1, t.code);
        expect(validateUscc(code).valid, code).toBe(true);
      }
    }
  });

  it.each([
    ['99', '990100'],
    ['10 other than 100000', '101000'],
    ['00', '000000'],
    ['letters', '35A100'],
  ])('rejects region %s', (_label, region) => {
    const first17 = `91${region}M000100Y4`;
    expect(validateUscc(first17 + computeUsccCheckChar(first17))).toEqual({
      valid: false,
      code: 'region',
      reason: `地区码无效 (region)：${region}`,
    });
  });

  it.each(['100000', '110000', '710000', '810000', '820000', '659001'])('accepts region %s', (region) => {
    const first17 = `91${region}M000100Y4`;
    expect(validateUscc(first17 + computeUsccCheckChar(first17)).valid).toBe(true);
  });

  it('reports a bad embedded organisation code as org_code even when position 18 matches', () => {
    const r = validateUscc(withChar('91350100M000100Y43', 16, '5'));
    expect(r.code).toBe('org_code');
    expect(r.reason).toBe('组织机构代码校验码错误 (org code)：第 9–17 位 M000100Y-5，第 17 位应为 4，实为 5');
  });

  it('reports a wrong position-18 character as check_digit', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({
      valid: false,
      code: 'check_digit',
      reason: '校验码错误 (check digit)：应为 3，实为 4',
    });
  });

  it('detects a typo in the organisation-code body', () => {
    expect(validateUscc('91350100M000200Y43').valid).toBe(false);
  });

  it('rejects a code whose org part is wrong and check char was made to fit (a typical fake)', () => {
    expect(validateUscc(withChar('91110000123456789X', 17, '0')).code).toBe('org_code');
  });

  // hutool issue #4119: a registered Xiamen company's code that does not satisfy GB 32100; the
  // maintainers note some Xiamen codes issued before 2016 do not conform. The validator reports
  // it, so callers must treat a failure as "needs manual review", not proof of a fake.
  it('flags the known non-conforming real code 91350203M0001QKT19', () => {
    expect(validateUscc('91350203M0001QKT19').code).toBe('check_digit');
  });

  it('accepts 200 generated codes across authorities and regions', () => {
    const rng = createRng(3);
    const regions = ['100000', '110108', '350100', '440300', '650100'];
    for (let n = 0; n < 200; n++) {
      const authority = USCC_AUTHORITIES[n % USCC_AUTHORITIES.length];
      const code = generateUscc(rng, {
        regionCode: regions[n % regions.length] ?? '110108',
        authority: authority?.code,
      });
      expect(validateUscc(code).valid, code).toBe(true);
    }
  });
});

describe('normalizeUscc', () => {
  it.each([
    [' 91350100m000100y43 ', '91350100M000100Y43'],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeUscc(input)).toBe(expected);
  });
});
