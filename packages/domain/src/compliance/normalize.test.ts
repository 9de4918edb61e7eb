import { describe, expect, it } from 'vitest';
import { normalizeAdText, originalSpan } from './normalize';
import { parseAdNumber } from './numbers';

describe('normalizeAdText', () => {
  it.each([
    ['女 性 勿 扰', '女性勿扰'],
    ['限·男·性', '限男性'],
    ['ｖｘ：ＡＢＣ１２３', 'vx:abc123'],
    ['戶口 費用 輕鬆', '户口费用轻松'],
    ['<p>限<b>男</b>性</p>', '限男性'],
    ['女\n性勿扰', '女性勿扰'],
    ['月薪8000\n工作地点', '月薪8000\n工作地点'],
    ['project manager', 'project manager'],
    ['2 1 1院校', '211院校'],
    ['985/211', '985/211'],
    ['身高1.65米', '身高1.65米'],
    ['女&nbsp;性', '女性'],
    ['限\u200b男性', '限男性'],
    ['女😀性', '女性'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAdText(input).text).toBe(expected);
  });

  it('maps canonical spans back to the original text', () => {
    const input = '要求：女 性 勿 扰！';
    const normalized = normalizeAdText(input);
    const at = normalized.text.indexOf('女性勿扰');
    const [start, end] = originalSpan(normalized, at, at + 4);
    expect(input.slice(start, end)).toBe('女 性 勿 扰');
  });
});

describe('parseAdNumber', () => {
  it.each([
    ['35', 35],
    ['三十五', 35],
    ['二十', 20],
    ['十八', 18],
    ['一百零五', 105],
    ['一六五', 165],
    ['1.5万', 15000],
    ['2w', 20000],
    ['15k', 15000],
    ['一万五', 15000],
    ['三千', 3000],
    ['8,000', 8000],
  ])('%s = %d', (raw, value) => {
    expect(parseAdNumber(raw)).toBe(value);
  });
  it('rejects what is not a number', () => {
    expect(parseAdNumber('abc')).toBeNaN();
    expect(parseAdNumber('')).toBeNaN();
  });
});
