import { isProvinceCode } from '../reference/provinces';
import { CHECK_OK, EMPTY_REASON, characterReason, checkFail, lengthReason, type CheckResult } from './result';
import { toHalfWidth } from './text';

// GB 11643-1999 uses ISO 7064 MOD 11-2. Weight i is 2^(17-i) mod 11; spelled out so a reviewer can
// compare it with the standard's table directly.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_MAP = '10X98765432';

/** Options for validateIdNumber. */
export interface IdNumberOptions {
  /**
   * Extra check of the 6-digit address code (e.g. against reference/regions.csv). People keep their
   * number when their county is renamed or abolished, so a list of current codes rejects genuine
   * older numbers: treat a failure from such a list as a warning, or include historical codes.
   */
  isKnownRegion?: (code6: string) => boolean;
  /** "Now" for the not-in-the-future rule; injectable so tests and batch imports are reproducible. */
  today?: Date;
}

/** Trims, converts full-width digits/letters to ASCII and upper-cases (so a trailing x becomes X). */
export function normalizeIdNumber(value: string): string {
  return toHalfWidth(value).trim().toUpperCase();
}

/** Check character for the first 17 digits of an 18-digit ID number; throws if not 17 ASCII digits. */
export function computeIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`computeIdCheckDigit needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_MAP.charAt(sum % 11);
}

function todayYmd(today: Date): string {
  const y = String(today.getFullYear()).padStart(4, '0');
  const m = String(today.getMonth() + 1).padStart(2, '0');
  const d = String(today.getDate()).padStart(2, '0');
  return `${y}${m}${d}`;
}

/** True when `ymd` (YYYYMMDD) names a real Gregorian date. */
function isCalendarDate(ymd: string): boolean {
  if (!/^\d{8}$/.test(ymd)) return false;
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  // Date.UTC with day 0 of the next month gives the last day of this month, leap years included.
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Why the birth date is unacceptable, or null when it is fine. */
function birthDateProblem(ymd: string, today: Date): string | null {
  if (!isCalendarDate(ymd)) return `出生日期无效 (date)：${ymd}`;
  if (ymd < '19000101') return `出生日期无效 (date)：${ymd}（早于 1900 年）`;
  if (ymd > todayYmd(today)) return `出生日期无效 (date)：${ymd}（晚于今天）`;
  return null;
}

// Checks run from coarse to fine (length, characters, region, date, check character) so the reason
// names the first thing a person has to fix. 15-digit numbers fail with 'length' and a hint.
/** Validates an 18-digit 居民身份证号码 (GB 11643-1999). */
export function validateIdNumber(value: string, opts: IdNumberOptions = {}): CheckResult {
  const v = normalizeIdNumber(value);
  if (v === '') return checkFail('empty', EMPTY_REASON);

  // Code points, not UTF-16 units, so a pasted CJK character or emoji is reported as one position.
  const chars = Array.from(v);
  if (chars.length === 15 && /^\d{15}$/.test(v)) {
    return checkFail(
      'length',
      `${lengthReason(18, 15)}：15 位旧号码请先升级为 18 位（出生年份前补“19”并重算校验码）`,
    );
  }
  if (chars.length !== 18) return checkFail('length', lengthReason(18, chars.length));

  for (const [i, ch] of chars.entries()) {
    const ok = i < 17 ? ch >= '0' && ch <= '9' : (ch >= '0' && ch <= '9') || ch === 'X';
    if (!ok) return checkFail('characters', characterReason(i + 1, ch));
  }

  const province = v.slice(0, 2);
  if (!isProvinceCode(province)) return checkFail('region', `地区码无效 (region)：${province}`);
  const region = v.slice(0, 6);
  if (opts.isKnownRegion && !opts.isKnownRegion(region)) {
    return checkFail('region', `地区码无效 (region)：${region}`);
  }

  const dateProblem = birthDateProblem(v.slice(6, 14), opts.today ?? new Date());
  if (dateProblem) return checkFail('date', dateProblem);

  const expected = computeIdCheckDigit(v.slice(0, 17));
  const actual = v.charAt(17);
  if (expected !== actual) {
    return checkFail('check_digit', `校验码错误 (check digit)：应为 ${expected}，实为 ${actual}`);
  }
  return CHECK_OK;
}

/** Converts a 15-digit ID number to 18 digits ("19" + check character); throws an Error on bad input. */
export function upgradeIdNumber15(value: string): string {
  const v = normalizeIdNumber(value);
  if (!/^\d{15}$/.test(v)) throw new Error(`15 位身份证号应为 15 位数字：“${value}”`);
  // Every 15-digit number was issued to someone born in the 1900s; the old format had no century.
  const first17 = `${v.slice(0, 6)}19${v.slice(6)}`;
  const upgraded = first17 + computeIdCheckDigit(first17);
  const check = validateIdNumber(upgraded);
  if (!check.valid) throw new Error(`无法升级 15 位身份证号“${value}”：${check.reason ?? ''}`);
  return upgraded;
}

/** Birth-date digits of a structurally valid 18- or 15-digit number; throws otherwise. */
function birthDigits(value: string): { ymd: string; id: string } {
  const v = normalizeIdNumber(value);
  if (/^\d{17}[\dX]$/.test(v)) return { ymd: v.slice(6, 14), id: v };
  if (/^\d{15}$/.test(v)) return { ymd: `19${v.slice(6, 12)}`, id: v };
  throw new Error(`不是 18 位或 15 位身份证号：“${value}”`);
}

/** Birth date (YYYY-MM-DD) encoded in an 18- or 15-digit ID number; throws if it is not a real date. */
export function idNumberBirthDate(value: string): string {
  const { ymd } = birthDigits(value);
  if (!isCalendarDate(ymd)) throw new Error(`身份证号中的出生日期无效：${ymd}`);
  return `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
}

/** Gender encoded in the sequence code (odd = male, even = female); throws on malformed input. */
export function idNumberGender(value: string): 'male' | 'female' {
  const { id } = birthDigits(value);
  const digit = Number(id.charAt(id.length === 18 ? 16 : 14));
  return digit % 2 === 1 ? 'male' : 'female';
}
