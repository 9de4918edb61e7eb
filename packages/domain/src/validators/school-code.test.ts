import { describe, expect, it } from 'vitest';
import { validateSchoolCode } from './school-code';

describe('validateSchoolCode', () => {
  // 北京大学 in reference/universities.csv.
  it.each(['4111010001', ' 4111010001 ', '４１１１０１０００１'])('accepts %j', (input) => {
    expect(validateSchoolCode(input)).toEqual({ valid: true, code: null, reason: null });
  });

  // 河北环境工程学院 and 长春师范高等专科学校 in reference/universities.csv.
  it.each(['4213051721', '3622000335'])('does not insist on the 41 prefix (%s)', (code) => {
    expect(validateSchoolCode(code).valid).toBe(true);
  });

  it.each(['', '  '])('reports empty for %j', (input) => {
    expect(validateSchoolCode(input).code).toBe('empty');
  });

  it.each([
    ['411101000', 9],
    ['41110100011', 11],
  ])('reports length for %s', (input, actual) => {
    expect(validateSchoolCode(input)).toEqual({
      valid: false,
      code: 'length',
      reason: `长度应为 10 位 (length)，实为 ${actual} 位`,
    });
  });

  it.each([
    ['41A1010001', 3, 'A'],
    ['4111 10001', 5, ' '],
    ['411101000一', 10, '一'],
  ])('reports characters for %j', (input, position, ch) => {
    expect(validateSchoolCode(input)).toEqual({
      valid: false,
      code: 'characters',
      reason: `含非法字符 (characters)：第 ${position} 位 “${ch}”`,
    });
  });

  it.each(['99', '00', '10', '83'])('reports region for province digits %s', (province) => {
    expect(validateSchoolCode(`41${province}010001`)).toEqual({
      valid: false,
      code: 'region',
      reason: `地区码无效 (region)：${province}`,
    });
  });
});
