import type { Role } from '@jiuye/domain/roles';

/** Roles that may upload a roster file; officials and admins must name the university. */
export const IMPORT_ROLES: readonly Role[] = ['career_centre', 'edu_official', 'admin'];

/** Roles with an import history page: the career centre owns its university's imports. */
export const IMPORT_HISTORY_ROLES: readonly Role[] = ['career_centre'];
