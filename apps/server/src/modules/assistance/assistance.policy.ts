import type { AuthUser } from '../../platform/context';
import { graduateScopeOf, type GraduateScope } from '../graduates/graduates.policy';

// Who does what with assistance. Which graduates a counsellor or career centre reaches is the
// roster scope; HR&SS offices see aggregates of their province's universities (and, in the
// handover module, the leavers handed over to them).

/** The identification stage a user decides: counsellors the college's, career centres the university's. */
export function targetStageOf(user: AuthUser): 'college' | 'university' | null {
  if (user.role === 'counsellor') return 'college';
  if (user.role === 'career_centre') return 'university';
  return null;
}

/**
 * The status a staff member's application on a graduate's behalf starts in: a counsellor's has had
 * the college's look, a career centre's is the university's own identification.
 */
export function onBehalfStatusOf(user: AuthUser): 'pending_university' | 'approved' | null {
  if (user.role === 'counsellor') return 'pending_university';
  if (user.role === 'career_centre') return 'approved';
  return null;
}

/** Graduates whose figures a user's assistance dashboard counts. */
export function dashboardScopeOf(user: AuthUser): GraduateScope {
  if (user.role === 'hrss_official')
    return user.scope.provinceCode
      ? { kind: 'province', provinceCode: user.scope.provinceCode }
      : { kind: 'none' };
  return graduateScopeOf(user);
}

/** Whether a user sets the university's service standard: its career centre. */
export function maySetStandard(user: AuthUser): boolean {
  return user.role === 'career_centre' && !!user.scope.universityCode;
}
