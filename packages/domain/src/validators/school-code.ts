import { isProvinceCode } from '../reference/provinces';
import { CHECK_OK, EMPTY_REASON, characterReason, checkFail, lengthReason, type CheckResult } from './result';
import { toHalfWidth } from './text';

// The leading digits ("41" for regular HEIs) are not checked: universities.csv has genuine-looking
// codes starting 42 and 36 (institutions upgraded from other sectors).
/** Validates a 学校标识码: exactly 10 digits whose digits 3–4 are a province code. */
export function validateSchoolCode(value: string): CheckResult {
  const v = toHalfWidth(value).trim();
  if (v === '') return checkFail('empty', EMPTY_REASON);
  const chars = Array.from(v);
  const bad = chars.findIndex((ch) => ch < '0' || ch > '9');
  if (bad >= 0) return checkFail('characters', characterReason(bad + 1, chars[bad] ?? ''));
  if (chars.length !== 10) return checkFail('length', lengthReason(10, chars.length));
  const province = v.slice(2, 4);
  if (!isProvinceCode(province)) return checkFail('region', `地区码无效 (region)：${province}`);
  return CHECK_OK;
}
