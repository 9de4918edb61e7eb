import type { AuthUser } from '../../platform/context';

/** Which organisations a user may list: all, a province's, or only their own. */
export type OrganisationScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'own'; organisationId: string }
  | { kind: 'none' };

/** The one place organisation visibility is decided. */
export function organisationScopeOf(user: AuthUser): OrganisationScope {
  const s = user.scope;
  if (user.role === 'admin' || s.kind === 'national') return { kind: 'all' };
  if ((user.role === 'edu_official' || user.role === 'hrss_official') && s.provinceCode)
    return { kind: 'province', provinceCode: s.provinceCode };
  if ((user.role === 'employer' || user.role === 'agency') && s.organisationId)
    return { kind: 'own', organisationId: s.organisationId };
  return { kind: 'none' };
}

/** Whether a user may register an organisation located in a province. */
export function mayManageIn(user: AuthUser, provinceCode: string | null): boolean {
  const scope = organisationScopeOf(user);
  if (scope.kind === 'all') return user.role === 'admin' || user.role === 'edu_official';
  return user.role === 'edu_official' && scope.kind === 'province' && scope.provinceCode === provinceCode;
}

/**
 * Which registrations a user may verify: education officials their province's (national ones and
 * admins every province). HR&SS officials read organisations but do not verify them.
 */
export function verificationScopeOf(user: AuthUser): OrganisationScope {
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role !== 'edu_official') return { kind: 'none' };
  if (user.scope.kind === 'national') return { kind: 'all' };
  return user.scope.provinceCode
    ? { kind: 'province', provinceCode: user.scope.provinceCode }
    : { kind: 'none' };
}

/** The organisation an employer's or agency's HR account belongs to, or null for every other role. */
export function ownOrganisationId(user: AuthUser): string | null {
  return (user.role === 'employer' || user.role === 'agency') && user.scope.organisationId
    ? user.scope.organisationId
    : null;
}
