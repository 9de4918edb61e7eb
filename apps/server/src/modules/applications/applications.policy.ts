import type { AuthUser } from '../../platform/context';

/** Which applications a user works on: an organisation's (its HR accounts) or a graduate's own. */
export type ApplicationScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'graduate'; graduateId: string }
  | { kind: 'none' };

/**
 * The one place application scope is decided. Employers and agencies see only applicants to their
 * own organisation's postings; nobody else (officials included) reads applicants at all.
 */
export function applicationScopeOf(user: AuthUser): ApplicationScope {
  const s = user.scope;
  if ((user.role === 'employer' || user.role === 'agency') && s.organisationId)
    return { kind: 'organisation', organisationId: s.organisationId };
  if (user.role === 'graduate' && s.graduateId) return { kind: 'graduate', graduateId: s.graduateId };
  return { kind: 'none' };
}
