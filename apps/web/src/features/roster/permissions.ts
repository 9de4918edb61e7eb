import type { Role } from '@jiuye/domain/roles';

/** Roles that read the graduate roster (their scope decides which rows). */
export const ROSTER_ROLES: readonly Role[] = ['career_centre', 'counsellor', 'edu_official', 'admin'];
