/** Why a value failed: one keyword per kind of problem, so callers can branch and translate. */
export type CheckFailure = 'empty' | 'length' | 'characters' | 'date' | 'region' | 'check_digit' | 'org_code';

/** Outcome of a validator; `reason` is shown to people, `code` is for programs. */
export interface CheckResult {
  valid: boolean;
  code: CheckFailure | null;
  reason: string | null;
}

/** The single passing result (frozen so a caller cannot mutate the shared instance). */
export const CHECK_OK: CheckResult = Object.freeze({ valid: true, code: null, reason: null });

/** Builds a failing result. */
export function checkFail(code: CheckFailure, reason: string): CheckResult {
  return { valid: false, code, reason };
}

/** Reason text shared by every validator for blank input. */
export const EMPTY_REASON = '不能为空 (empty)';

/** Reason text for a wrong length, e.g. `长度应为 18 位 (length)，实为 17 位`. */
export function lengthReason(expected: number, actual: number): string {
  return `长度应为 ${expected} 位 (length)，实为 ${actual} 位`;
}

/** Reason text for a bad character at a 1-based position, e.g. `含非法字符 (characters)：第 5 位 “A”`. */
export function characterReason(position: number, char: string): string {
  return `含非法字符 (characters)：第 ${position} 位 “${char}”`;
}
