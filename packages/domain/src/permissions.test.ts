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

  it('gives graduates nothing beyond their own profile, reporting job ads, applying, registering and their own assistance', () => {
    expect(PERMISSIONS.filter((p) => can('graduate', p))).toEqual([
      'profile.own',
      'jobs.report',
      'applications.apply',
      'destinations.register',
      'assistance.own',
    ]);
  });

  it('gives the subsidy’s last word and the hand-over follow-up to HR&SS offices, its rules to them and the admin', () => {
    expect(rolesWith('subsidies.review').sort()).toEqual(['career_centre', 'counsellor', 'hrss_official']);
    expect(rolesWith('subsidies.configure').sort()).toEqual(['admin', 'hrss_official']);
    expect(rolesWith('handover.send')).toEqual(['career_centre']);
    expect(rolesWith('handover.follow_up')).toEqual(['hrss_official']);
    expect(rolesWith('assistance.manage').sort()).toEqual(['career_centre', 'counsellor']);
    expect(can('employer', 'assistance.read')).toBe(false);
  });

  it('keeps destination review to the university, and changes on a graduate’s behalf to its centre', () => {
    expect(rolesWith('destinations.review').sort()).toEqual(['career_centre', 'counsellor']);
    expect(rolesWith('destinations.edit')).toEqual(['career_centre']);
  });

  it('keeps applicants to the organisations that recruit', () => {
    expect(rolesWith('applications.manage').sort()).toEqual(['agency', 'employer']);
    expect(rolesWith('applications.apply')).toEqual(['graduate']);
  });

  it('keeps the job-ad review to education officials and admins', () => {
    expect(rolesWith('compliance.review').sort()).toEqual(['admin', 'edu_official']);
  });
});
