import type { Role } from '@jiuye/domain/roles';

/** Roles that read the graduate roster (their scope decides which rows). */
export const ROSTER_ROLES: readonly Role[] = ['career_centre', 'counsellor', 'edu_official', 'admin'];

/**
 * Roles granted `roster.reveal` (packages/domain/src/permissions.ts): the people who phone graduates.
 * Officials and admins steer by aggregates and never see the unmasked values, so they get no reveal action.
 */
export const REVEAL_ROLES: readonly Role[] = ['career_centre', 'counsellor'];
