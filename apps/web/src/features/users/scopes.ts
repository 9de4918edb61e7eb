import type { Role, Scope } from '@jiuye/domain/roles';

export type ScopeKind = Scope['kind'];

/**
 * Which scope kinds each role may hold. Mirrors ROLE_SCOPES in packages/domain/src/roles.ts; the web keeps
 * its own copy because only ROLES/ROLE_LABELS/Role/Scope are a stable export while that package is being extended.
 */
export const ROLE_SCOPE_KINDS: Record<Role, readonly ScopeKind[]> = {
  graduate: ['self'],
  employer: ['organisation'],
  agency: ['organisation'],
  counsellor: ['college'],
  career_centre: ['university'],
  edu_official: ['province', 'national'],
  hrss_official: ['province'],
  admin: ['national'],
};

/** Graduates get their account by self-registration against the roster, never from an admin. */
export const CREATABLE_ROLES: readonly Role[] = [
  'employer',
  'agency',
  'counsellor',
  'career_centre',
  'edu_official',
  'hrss_official',
  'admin',
];
