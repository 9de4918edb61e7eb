const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral without 万 (三十五, 一百二, 两千五百); NaN if malformed. */
function parseSmallChinese(text: string): number {
  // 一六五 (身高), 九五 (后): digit by digit.
  if ([...text].every((ch) => ch in DIGITS)) {
    return [...text].reduce((value, ch) => value * 10 + DIGITS[ch]!, 0);
  }
  let total = 0;
  let digit = -1;
  let lastUnit = 10_000;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') {
      lastUnit = 10; // 一百零五: the next digit is in the ones place
    } else if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else {
      return Number.NaN;
    }
  }
  // 一万五 / 三千五 / 一百二: a trailing bare digit counts one order below the last unit.
  if (digit >= 0) total += lastUnit < 10_000 && text.length > 1 ? (digit * lastUnit) / 10 : digit;
  return total;
}

/**
 * The value of a number as written in an ad: Arabic (35, 1.5, 8,000), Chinese (三十五, 一米六五
 * is handled by the caller) or mixed with 万/w/k/千 multipliers (1.5万, 2w, 15k, 一万五).
 */
export function parseAdNumber(raw: string): number {
  const text = raw.replace(/[,，]/g, '').trim();
  const match =
    /^([0-9.]+|[零〇一幺二两三四五六七八九十百千]+)(万|w|千|k)?([零〇一幺二两三四五六七八九十百千0-9.]*)$/i.exec(
      text,
    );
  if (!match) return Number.NaN;
  const [, head = '', multiplier, tail = ''] = match;
  const base = /^[0-9.]+$/.test(head) ? Number(head) : parseSmallChinese(head);
  if (!multiplier) return tail ? Number.NaN : base;
  const factor = multiplier === '万' || multiplier.toLowerCase() === 'w' ? 10_000 : 1000;
  let rest = 0;
  if (tail) {
    const tailValue = /^[0-9.]+$/.test(tail) ? Number(tail) : parseSmallChinese(tail);
    // 一万五 → 15000 (a single digit after the multiplier counts one order below it).
    rest = tail.length === 1 ? (tailValue * factor) / 10 : tailValue;
  }
  return base * factor + rest;
}
