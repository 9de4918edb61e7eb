import type { AuthUser } from '../../platform/context';

/** The set of graduate records a user may see, as one filter the repository applies. */
export type GraduateScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'university'; universityCode: string }
  | { kind: 'college'; collegeId: string }
  | { kind: 'self'; graduateId: string }
  | { kind: 'none' };

/** Which graduates a user may read: the one place roster scope is decided. */
export function graduateScopeOf(user: AuthUser): GraduateScope {
  const s = user.scope;
  switch (user.role) {
    case 'admin':
      return { kind: 'all' };
    case 'edu_official':
      if (s.kind === 'national') return { kind: 'all' };
      return s.provinceCode ? { kind: 'province', provinceCode: s.provinceCode } : { kind: 'none' };
    case 'career_centre':
      return s.universityCode ? { kind: 'university', universityCode: s.universityCode } : { kind: 'none' };
    case 'counsellor':
      return s.collegeId ? { kind: 'college', collegeId: s.collegeId } : { kind: 'none' };
    case 'graduate':
      return s.graduateId ? { kind: 'self', graduateId: s.graduateId } : { kind: 'none' };
    case 'employer':
    case 'agency':
    case 'hrss_official':
      return { kind: 'none' };
  }
}

/** Whether a user may import a roster for a university: their own, or any for an admin. */
export function mayImportFor(user: AuthUser, universityCode: string): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'career_centre' && user.scope.universityCode === universityCode;
}

/** Whether a user may see the assistance category itself (employers only ever get a neutral flag). */
export function maySeeAssistanceCategory(user: AuthUser): boolean {
  return ['career_centre', 'counsellor', 'edu_official', 'admin', 'graduate'].includes(user.role);
}
