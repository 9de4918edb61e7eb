import { describe, expect, it } from 'vitest';
import { normalizeMobile, validateMobile } from './mobile';

describe('validateMobile', () => {
  it.each([
    '13812345678',
    '19912345678',
    '16612345678',
    ' 13812345678 ',
    '138 1234 5678',
    '138-1234-5678',
    '+86 138 1234 5678',
    '+86-138-1234-5678',
    '+8613812345678',
    '8613812345678',
    '86 138 1234 5678',
    '１３８１２３４５６７８',
    '＋８６　１３８１２３４５６７８',
  ])('accepts %j', (input) => {
    expect(validateMobile(input)).toEqual({ valid: true, code: null, reason: null });
  });

  it.each(['', '   ', '-', '+86'])('reports empty for %j', (input) => {
    expect(validateMobile(input).code).toBe('empty');
  });

  it.each([
    ['1381234567', 10],
    ['138123456789', 12],
    ['+86 1381234567', 10],
    ['861381234567', 12],
  ])('reports length for %j', (input, actual) => {
    expect(validateMobile(input)).toEqual({
      valid: false,
      code: 'length',
      reason: `长度应为 11 位 (length)，实为 ${actual} 位`,
    });
  });

  it.each([
    ['1381234567a', 11, 'a'],
    ['138.1234.5678', 4, '.'],
    ['(138)12345678', 1, '('],
    ['+852 6123 4567', 1, '+'],
    ['138一2345678', 4, '一'],
  ])('reports characters for %j', (input, position, ch) => {
    expect(validateMobile(input)).toEqual({
      valid: false,
      code: 'characters',
      reason: `含非法字符 (characters)：第 ${position} 位 “${ch}”`,
    });
  });

  it.each(['10012345678', '11012345678', '12012345678'])('rejects number block %s', (input) => {
    const r = validateMobile(input);
    expect(r.code).toBe('characters');
    expect(r.reason).toContain('第 2 位');
  });

  it('rejects numbers not starting with 1 (e.g. a landline)', () => {
    const r = validateMobile('01012345678');
    expect(r.code).toBe('characters');
    expect(r.reason).toContain('第 1 位 “0”');
  });
});

describe('normalizeMobile', () => {
  it.each([
    ['+86 138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['13812345678', '13812345678'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMobile(input)).toBe(expected);
  });

  it.each(['', '1381234567', '12812345678', 'abc', '010-12345678'])('returns null for %j', (input) => {
    expect(normalizeMobile(input)).toBeNull();
  });
});
