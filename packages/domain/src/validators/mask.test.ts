import { describe, expect, it } from 'vitest';
import { maskContactsInText, maskEmail, maskIdNumber, maskName, maskPhone } from './mask';

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

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    [' 李四 ', '李*'],
    ['王', '*'],
    ['', ''],
    ['Alice', 'A****'],
  ])('%j → %j', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhangsan@example.com', 'z***@example.com'],
    ['a@b.cn', 'a***@b.cn'],
    ['not-an-email', '**********il'],
  ])('%j → %j', (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });
});

describe('maskContactsInText', () => {
  it('masks mobiles and e-mail addresses inside prose and leaves other numbers alone', () => {
    const text =
      '联系我：13812345678 或 +86 139-1234-5678，邮箱 zhang.san@example.com；绩点3.8，排名 12/180，学号 2022123456789。';
    const masked = maskContactsInText(text);
    expect(masked).toContain('138****5678');
    expect(masked).toContain('139****5678');
    expect(masked).toContain('z***@example.com');
    expect(masked).not.toMatch(/13812345678|1234-5678|zhang\.san/);
    expect(masked).toContain('绩点3.8，排名 12/180，学号 2022123456789');
  });
});
