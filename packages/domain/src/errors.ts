/** The closed set of API error codes (docs/API.md); the server maps each to one HTTP status. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One validation problem: the dotted field path and a Chinese message. */
export interface Issue {
  path: string;
  message: string;
}
