/**
 * The constraint a unique violation (SQLSTATE 23505) broke, '' when the driver does not name it, or
 * null for any other error. Both pg and PGlite report the code; the constraint name tells which
 * promise of the schema was kept.
 */
export function uniqueViolationOf(err: unknown): string | null {
  if (typeof err !== 'object' || err === null || (err as { code?: unknown }).code !== '23505') return null;
  const constraint = (err as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : '';
}
