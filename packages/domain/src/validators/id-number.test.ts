import { describe, expect, it } from 'vitest';
import {
  computeIdCheckDigit,
  idNumberBirthDate,
  idNumberGender,
  normalizeIdNumber,
  upgradeIdNumber15,
  validateIdNumber,
} from './id-number';
import { createRng } from './generate';

// The worked example printed in GB 11643-1999.
const TEXTBOOK = '11010519491231002X';
const TODAY = new Date(2026, 5, 1);

/** Independent oracle: weights derived from the standard's formula 2^(18-i) mod 11, not copied. */
function oracleCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'.charAt(sum % 11);
}

describe('computeIdCheckDigit', () => {
  it('gives X for the GB 11643 textbook example', () => {
    expect(computeIdCheckDigit('11010519491231002')).toBe('X');
  });

  it.each([
    ['11010519900101001', '0'],
    ['11010519900101006', '1'],
    ['11010519900101000', '2'],
    ['11010519900101007', 'X'],
  ])('%s → %s', (first17, expected) => {
    expect(computeIdCheckDigit(first17)).toBe(expected);
  });

  it('agrees with an independently derived oracle on 500 random inputs', () => {
    const rng = createRng(7);
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 17; i++) s += String(Math.floor(rng() * 10));
      expect(computeIdCheckDigit(s)).toBe(oracleCheckDigit(s));
    }
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100A'])('throws for %j', (bad) => {
    expect(() => computeIdCheckDigit(bad)).toThrow(Error);
  });
});

describe('validateIdNumber', () => {
  it('accepts the textbook example', () => {
    expect(validateIdNumber(TEXTBOOK, { today: TODAY })).toEqual({ valid: true, code: null, reason: null });
  });

  it.each([
    ['lower-case x', '11010519491231002x'],
    ['surrounding spaces', '  11010519491231002X\t'],
    ['full-width digits and letter', '１１０１０５１９４９１２３１００２Ｘ'],
    ['full-width lower-case x', '１１０１０５１９４９１２３１００２ｘ'],
  ])('accepts %s', (_label, input) => {
    expect(validateIdNumber(input, { today: TODAY }).valid).toBe(true);
  });

  it.each(['', '   ', '\u3000'])('reports empty for %j', (input) => {
    const r = validateIdNumber(input);
    expect(r).toMatchObject({ valid: false, code: 'empty' });
    expect(r.reason).toContain('(empty)');
  });

  it('reports length with the actual count', () => {
    expect(validateIdNumber('11010519491231002')).toEqual({
      valid: false,
      code: 'length',
      reason: '长度应为 18 位 (length)，实为 17 位',
    });
    expect(validateIdNumber('11010519491231002X1').reason).toBe('长度应为 18 位 (length)，实为 19 位');
  });

  it('counts a pasted CJK character as one position', () => {
    expect(validateIdNumber('1101051949123100二').reason).toBe('长度应为 18 位 (length)，实为 17 位');
  });

  it('reports a 15-digit number as length and says to upgrade', () => {
    const r = validateIdNumber('110105491231002');
    expect(r.code).toBe('length');
    expect(r.reason).toMatch(/^长度应为 18 位 \(length\)，实为 15 位/);
    expect(r.reason).toContain('升级');
  });

  it('reports the first bad character with its 1-based position', () => {
    expect(validateIdNumber('1101A519491231002X')).toEqual({
      valid: false,
      code: 'characters',
      reason: '含非法字符 (characters)：第 5 位 “A”',
    });
  });

  it.each([
    ['X before the last position', '1101051949123100X2', 17, 'X'],
    ['a letter other than X last', '11010519491231002Y', 18, 'Y'],
    ['a hyphen', '110105-19491231002', 7, '-'],
    ['a CJK character', '11010519491231002二', 18, '二'],
  ])('rejects %s', (_label, input, position, ch) => {
    expect(validateIdNumber(input).reason).toBe(`含非法字符 (characters)：第 ${position} 位 “${ch}”`);
  });

  it.each(['99', '10', '00', '83', '72'])('rejects province prefix %s', (prefix) => {
    const first17 = `${prefix}010519491231002`;
    const r = validateIdNumber(first17 + computeIdCheckDigit(first17), { today: TODAY });
    expect(r).toEqual({ valid: false, code: 'region', reason: `地区码无效 (region)：${prefix}` });
  });

  it.each(['11', '15', '23', '37', '46', '54', '65', '71', '81', '82'])(
    'accepts province prefix %s',
    (prefix) => {
      const first17 = `${prefix}010519900101003`;
      expect(validateIdNumber(first17 + computeIdCheckDigit(first17), { today: TODAY }).valid).toBe(true);
    },
  );

  it('checks the 6-digit code with isKnownRegion when given', () => {
    const seen: string[] = [];
    const known = (code6: string) => {
      seen.push(code6);
      return code6 === '110105';
    };
    expect(validateIdNumber(TEXTBOOK, { isKnownRegion: known, today: TODAY }).valid).toBe(true);
    const other = '11019919491231002';
    const r = validateIdNumber(other + computeIdCheckDigit(other), { isKnownRegion: known, today: TODAY });
    expect(r).toEqual({ valid: false, code: 'region', reason: '地区码无效 (region)：110199' });
    expect(seen).toEqual(['110105', '110199']);
  });

  it('does not call isKnownRegion when the province is already wrong', () => {
    let called = false;
    const first17 = '99010519491231002';
    validateIdNumber(first17 + computeIdCheckDigit(first17), {
      isKnownRegion: () => {
        called = true;
        return true;
      },
    });
    expect(called).toBe(false);
  });

  const withDate = (ymd: string) => {
    const first17 = `110105${ymd}002`;
    return first17 + computeIdCheckDigit(first17);
  };

  it.each(['19990231', '19990230', '19991301', '19990001', '19990100', '19000229', '20230229', '19991232'])(
    'rejects impossible date %s',
    (ymd) => {
      expect(validateIdNumber(withDate(ymd), { today: TODAY })).toEqual({
        valid: false,
        code: 'date',
        reason: `出生日期无效 (date)：${ymd}`,
      });
    },
  );

  it.each(['20000229', '20240229', '19000101', '19991231', '20260601'])('accepts real date %s', (ymd) => {
    expect(validateIdNumber(withDate(ymd), { today: TODAY }).valid).toBe(true);
  });

  it('rejects a birth date before 1900', () => {
    const r = validateIdNumber(withDate('18991231'), { today: TODAY });
    expect(r.code).toBe('date');
    expect(r.reason).toBe('出生日期无效 (date)：18991231（早于 1900 年）');
  });

  it('rejects a birth date after today', () => {
    const r = validateIdNumber(withDate('20260602'), { today: TODAY });
    expect(r.code).toBe('date');
    expect(r.reason).toBe('出生日期无效 (date)：20260602（晚于今天）');
  });

  it('uses the real clock when today is not given', () => {
    expect(validateIdNumber(withDate('20990101')).code).toBe('date');
  });

  it('reports a wrong check digit with expected and actual values', () => {
    expect(validateIdNumber('110105194912310027', { today: TODAY })).toEqual({
      valid: false,
      code: 'check_digit',
      reason: '校验码错误 (check digit)：应为 X，实为 7',
    });
  });

  it('catches every single-digit typo in the body', () => {
    for (let i = 0; i < 17; i++) {
      const digit = Number(TEXTBOOK[i]);
      const typo = TEXTBOOK.slice(0, i) + String((digit + 1) % 10) + TEXTBOOK.slice(i + 1);
      expect(validateIdNumber(typo, { today: TODAY }).valid, typo).toBe(false);
    }
  });

  it('catches every swap of two adjacent different digits', () => {
    for (let i = 0; i < 16; i++) {
      if (TEXTBOOK[i] === TEXTBOOK[i + 1]) continue;
      const swapped =
        TEXTBOOK.slice(0, i) + TEXTBOOK.charAt(i + 1) + TEXTBOOK.charAt(i) + TEXTBOOK.slice(i + 2);
      expect(validateIdNumber(swapped, { today: TODAY }).valid, swapped).toBe(false);
    }
  });

  it('checks structure before date and date before check digit', () => {
    expect(validateIdNumber('1101051949123100AX').code).toBe('characters');
    expect(validateIdNumber('110105199902310021', { today: TODAY }).code).toBe('date');
  });
});

describe('normalizeIdNumber', () => {
  it.each([
    [' 11010519491231002x ', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['\u300011010519491231002X\u3000', '11010519491231002X'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIdNumber(input)).toBe(expected);
  });
});

describe('upgradeIdNumber15', () => {
  it('inserts 19 and appends the check digit', () => {
    expect(upgradeIdNumber15('110105491231002')).toBe(TEXTBOOK);
  });

  it('accepts surrounding spaces and full-width digits', () => {
    expect(upgradeIdNumber15(' １１０１０５４９１２３１００２ ')).toBe(TEXTBOOK);
  });

  it('produces numbers that validate', () => {
    const up = upgradeIdNumber15('440301850615123');
    expect(up).toBe(`44030119850615123${computeIdCheckDigit('44030119850615123')}`);
    expect(validateIdNumber(up).valid).toBe(true);
  });

  it.each([
    ['too short', '11010549123100'],
    ['too long', '1101054912310021'],
    ['already 18 digits', TEXTBOOK],
    ['a letter', '11010549123100X'],
    ['an impossible date', '110105490231002'],
    ['an unknown province', '990105491231002'],
    ['empty', ''],
  ])('throws for %s', (_label, input) => {
    expect(() => upgradeIdNumber15(input)).toThrow(Error);
  });
});

describe('idNumberBirthDate', () => {
  it.each([
    [TEXTBOOK, '1949-12-31'],
    ['11010519491231002x', '1949-12-31'],
    ['110105491231002', '1949-12-31'],
    ['440301200002290012', '2000-02-29'],
  ])('%s → %s', (id, date) => {
    expect(idNumberBirthDate(id)).toBe(date);
  });

  it.each(['', 'abc', '1101051949123100', '110105199902310021'])('throws for %j', (bad) => {
    expect(() => idNumberBirthDate(bad)).toThrow(Error);
  });
});

describe('idNumberGender', () => {
  it.each([
    [TEXTBOOK, 'female'],
    ['110105491231002', 'female'],
    ['110105491231001', 'male'],
    ['11010519900101003X', 'male'],
    ['440301200002290012', 'male'],
  ] as const)('%s → %s', (id, gender) => {
    expect(idNumberGender(id)).toBe(gender);
  });

  it('throws for malformed input', () => {
    expect(() => idNumberGender('12345')).toThrow(Error);
  });
});
