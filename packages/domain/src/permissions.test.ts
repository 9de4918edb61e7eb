import { describe, expect, it } from 'vitest';
import { ROLES } from './roles';
import { can, PERMISSIONS, rolesWith } from './permissions';

describe('permissions', () => {
  it('lists exactly the roles that hold a permission', () => {
    for (const p of PERMISSIONS) expect(rolesWith(p)).toEqual(ROLES.filter((r) => can(r, p)));
  });

  it('keeps unmasked personal data to the roles that contact graduates', () => {
    expect(rolesWith('roster.reveal').sort()).toEqual(['career_centre', 'counsellor']);
  });

  it('gives graduates nothing beyond their own profile and reporting job ads', () => {
    expect(PERMISSIONS.filter((p) => can('graduate', p))).toEqual(['profile.own', 'jobs.report']);
  });

  it('keeps the job-ad review to education officials and admins', () => {
    expect(rolesWith('compliance.review').sort()).toEqual(['admin', 'edu_official']);
  });
});
