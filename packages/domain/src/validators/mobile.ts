import { CHECK_OK, EMPTY_REASON, characterReason, checkFail, lengthReason, type CheckResult } from './result';
import { toHalfWidth } from './text';

// People paste numbers as "+86 138-1234-5678" or "86 13812345678"; separators carry no meaning.
const SEPARATORS = /[\s-]/g;

/** Strips separators and a +86 / 86 country prefix; returns the digits left (possibly invalid). */
function compactMobile(value: string): string {
  const compact = toHalfWidth(value).trim().replace(SEPARATORS, '');
  if (compact.startsWith('+86')) return compact.slice(3);
  // Without "+", "86" is only a prefix when it leaves the 11 digits of a mobile number behind.
  if (compact.length === 13 && compact.startsWith('86')) return compact.slice(2);
  return compact;
}

/** Validates a mainland China mobile number: 11 digits starting 13–19, optional +86/86, spaces, hyphens. */
export function validateMobile(value: string): CheckResult {
  const digits = compactMobile(value);
  if (digits === '') return checkFail('empty', EMPTY_REASON);
  const chars = Array.from(digits);
  const bad = chars.findIndex((ch) => ch < '0' || ch > '9');
  if (bad >= 0) return checkFail('characters', characterReason(bad + 1, chars[bad] ?? ''));
  if (chars.length !== 11) return checkFail('length', lengthReason(11, chars.length));
  if (digits.charAt(0) !== '1') {
    return checkFail('characters', `号段无效 (characters)：第 1 位 “${digits.charAt(0)}”，手机号以 1 开头`);
  }
  if (digits.charAt(1) < '3') {
    return checkFail(
      'characters',
      `号段无效 (characters)：第 2 位 “${digits.charAt(1)}”，手机号前两位应为 13–19`,
    );
  }
  return CHECK_OK;
}

/** The bare 11-digit number when `value` is a valid mainland mobile number, else null. */
export function normalizeMobile(value: string): string | null {
  return validateMobile(value).valid ? compactMobile(value) : null;
}
