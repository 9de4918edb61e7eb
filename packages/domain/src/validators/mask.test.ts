import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask';

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '1101**********1234'],
    ['11010519491231002x', '1101**********002X'],
    [' 11010519491231002X ', '1101**********002X'],
    ['１１０１０１１９９００３０７１２３４', '1101**********1234'],
    ['110105491231002', '*************02'],
    ['123', '*23'],
    ['12', '**'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });

  it('never shows more than 8 characters of an 18-character number', () => {
    const masked = maskIdNumber('110101199003071234');
    expect(masked.replaceAll('*', '')).toHaveLength(8);
    expect(masked).toHaveLength(18);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['8613812345678', '138****5678'],
    ['１３８１２３４５６７８', '138****5678'],
    ['010-12345678', '**********78'],
    ['12', '**'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});
