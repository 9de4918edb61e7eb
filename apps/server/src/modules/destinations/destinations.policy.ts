import type { AuthUser } from '../../platform/context';

// Who does what with 毕业去向登记. Which graduates' records a user reaches is the roster scope
// (graduates.policy.ts); this decides the part each role plays in the review.

/** The review stage a user decides: counsellors the college's, career centres the university's. */
export function reviewStageOf(user: AuthUser): 'college' | 'university' | null {
  if (user.role === 'counsellor') return 'college';
  if (user.role === 'career_centre') return 'university';
  return null;
}

/**
 * Whether a user may register or change a graduate's destination on their behalf: the career
 * centre (after 31 August, changes go through the university).
 */
export function mayEditForGraduate(user: AuthUser): boolean {
  return user.role === 'career_centre';
}
