import type { Role } from '@jiuye/domain/roles';

/**
 * Roles granted `roster.import` (packages/domain/src/permissions.ts); the admin must name the university.
 * Education officials read rosters but do not import, so they get no upload button.
 */
export const IMPORT_ROLES: readonly Role[] = ['career_centre', 'admin'];

/** Roles with an import history page: the career centre owns its university's imports. */
export const IMPORT_HISTORY_ROLES: readonly Role[] = ['career_centre'];
