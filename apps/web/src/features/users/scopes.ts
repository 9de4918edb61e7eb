import { ROLES, type Role } from '@jiuye/domain/roles';

/** Graduates get their account by self-registration against the roster, never from an admin. */
export const CREATABLE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'graduate');
