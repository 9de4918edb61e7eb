import type { AuthUser } from '../../platform/context';

/** Which postings a user may see beyond the published ones, and which they may review. */
export type PostingScope =
  | { kind: 'all' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'own'; organisationId: string }
  | { kind: 'published' };

/** The one place posting visibility is decided. */
export function postingScopeOf(user: AuthUser): PostingScope {
  const s = user.scope;
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role === 'edu_official') {
    if (s.kind === 'national') return { kind: 'all' };
    if (s.provinceCode) return { kind: 'province', provinceCode: s.provinceCode };
  }
  if ((user.role === 'employer' || user.role === 'agency') && s.organisationId) {
    return { kind: 'own', organisationId: s.organisationId };
  }
  return { kind: 'published' };
}

/** Whether the user sees a posting in this state, of this organisation, in this province. */
export function maySeePosting(
  user: AuthUser | null,
  posting: { status: string; organisation_id: string; province_code: string | null },
): boolean {
  if (posting.status === 'published') return true;
  return !!user && mayReviewOrOwn(user, posting);
}

/** Owners and the officials responsible see every state of a posting. */
function mayReviewOrOwn(
  user: AuthUser,
  posting: { organisation_id: string; province_code: string | null },
): boolean {
  const scope = postingScopeOf(user);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'own') return scope.organisationId === posting.organisation_id;
  if (scope.kind === 'province') return scope.provinceCode === posting.province_code;
  return false;
}

/** Whether the user may edit, publish or close the posting (its organisation's HR users only). */
export function mayManagePosting(user: AuthUser, posting: { organisation_id: string }): boolean {
  const scope = postingScopeOf(user);
  return scope.kind === 'own' && scope.organisationId === posting.organisation_id;
}

/** Whether the user may review (decide on) postings of this province. */
export function mayReviewPosting(user: AuthUser, posting: { province_code: string | null }): boolean {
  if (user.role !== 'edu_official' && user.role !== 'admin') return false;
  const scope = postingScopeOf(user);
  return scope.kind === 'all' || (scope.kind === 'province' && scope.provinceCode === posting.province_code);
}
