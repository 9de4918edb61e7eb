import { sql, type RawBuilder } from 'kysely';
import type { AuthUser } from '../../platform/context';

/** The set of graduate records a user may see, as one filter the repository applies. */
export type GraduateScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'university'; universityCode: string }
  | { kind: 'college'; collegeId: string }
  | { kind: 'self'; graduateId: string }
  | { kind: 'none' };

/**
 * The scope as a condition on a query that aliases graduates as `g` (the roster and every module
 * that lists graduates' records apply the same one).
 */
export function graduateScopeSql(scope: GraduateScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'province':
      return sql<boolean>`g.province_code = ${scope.provinceCode}`;
    case 'university':
      return sql<boolean>`g.university_code = ${scope.universityCode}`;
    case 'college':
      return sql<boolean>`g.college_id = ${scope.collegeId}`;
    case 'self':
      return sql<boolean>`g.id = ${scope.graduateId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}

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
