import type { ErrorCode, Issue } from '@jiuye/domain/errors';

// The codes are shared with the web (packages/domain); the HTTP status mapping lives only here.
export type { ErrorCode, Issue };

/** The one error type domain and service code throws; it knows nothing about HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Shorthand for a validation failure listing every issue. */
export function validationError(issues: Issue[], message = '输入有误，请检查后重试'): AppError {
  return new AppError('validation_failed', message, issues);
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  locked: 423,
  rate_limited: 429,
  internal: 500,
};
