import type { Role } from './roles';

/**
 * Every action a route can require. Routes declare one; the role table below is the single
 * place that grants them, so the web menu and the server agree.
 */
export const PERMISSIONS = [
  'profile.own',
  'roster.read',
  'roster.reveal',
  'roster.import',
  'users.manage',
  'audit.read',
  'organisations.read',
  'organisations.manage',
  // An employer's or agency's own registration data and its re-submission after a review.
  'organisations.own',
  // An organisation's HR accounts: colleagues add and disable each other.
  'organisations.staff',
  // Deciding registrations (approve, reject, ask for more), within the official's province.
  'organisations.verify',
  'reference.manage',
  'jobs.manage',
  'jobs.report',
  'compliance.check',
  'compliance.review',
  // A graduate applies to published postings and follows their own applications.
  'applications.apply',
  // Applicants to the organisation's own postings (scope: applications.policy.ts).
  'applications.manage',
  // Campus markets (a career centre's university), regional and industry markets (officials).
  'markets.manage',
  // 毕业去向登记: a graduate's own registration and evidence.
  'destinations.register',
  // Reviewing registrations in scope (the stage by role: destinations.policy.ts) and reading evidence.
  'destinations.review',
  // Registering or changing a destination on a graduate's behalf (after 31 August: the university).
  'destinations.edit',
  // 去向落实率 and its breakdowns within the user's scope (college, university, province, nation).
  'monitoring.read',
  // A graduate's own assistance: target applications, plan, ledger answers, subsidy, consent, training.
  'assistance.own',
  // 帮扶对象 review, 一人一策 plans and the service ledger of graduates in scope.
  'assistance.manage',
  // Assistance dashboards within the user's scope.
  'assistance.read',
  // Deciding 一次性求职补贴 applications at the user's stage (college, university, province).
  'subsidies.review',
  // A province's subsidy rules (its HR&SS office; the admin for any province).
  'subsidies.configure',
  // Handing unplaced leavers over to HR&SS offices (the university).
  'handover.send',
  // An HR&SS office's follow-up of the leavers handed over to it.
  'handover.follow_up',
  // Training programmes: catalogue, enrolment, attendance, completion.
  'training.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  graduate: ['profile.own', 'jobs.report', 'applications.apply', 'destinations.register', 'assistance.own'],
  employer: [
    'organisations.read',
    'organisations.own',
    'organisations.staff',
    'jobs.manage',
    'compliance.check',
    'applications.manage',
  ],
  agency: [
    'organisations.read',
    'organisations.own',
    'organisations.staff',
    'jobs.manage',
    'compliance.check',
    'applications.manage',
  ],
  // Counsellors follow their own students up by phone, so they may reveal; they do not import.
  counsellor: [
    'roster.read',
    'roster.reveal',
    'destinations.review',
    'monitoring.read',
    'assistance.manage',
    'assistance.read',
    'subsidies.review',
  ],
  career_centre: [
    'roster.read',
    'roster.reveal',
    'roster.import',
    'compliance.check',
    'markets.manage',
    'destinations.review',
    'destinations.edit',
    'monitoring.read',
    'assistance.manage',
    'assistance.read',
    'subsidies.review',
    'handover.send',
    'training.manage',
  ],
  // Officials steer by aggregate data: they read rosters masked and never need raw IDs.
  // Education officials review flagged job ads and graduates' reports in their province (measure 十九).
  edu_official: [
    'roster.read',
    'organisations.read',
    'organisations.manage',
    'organisations.verify',
    'compliance.check',
    'compliance.review',
    'markets.manage',
    'monitoring.read',
    'assistance.read',
    'training.manage',
  ],
  // HR&SS offices pay the subsidy and follow up the leavers handed over to them (measure 十一).
  hrss_official: [
    'organisations.read',
    'markets.manage',
    'assistance.read',
    'subsidies.review',
    'subsidies.configure',
    'handover.follow_up',
    'training.manage',
  ],
  admin: [
    'roster.read',
    'roster.import',
    'users.manage',
    'audit.read',
    'organisations.read',
    'organisations.manage',
    'organisations.verify',
    'reference.manage',
    'compliance.check',
    'compliance.review',
    'markets.manage',
    'monitoring.read',
    'assistance.read',
    'subsidies.configure',
  ],
};

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** All permissions a role holds (for the web menu). */
export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

/** The roles holding a permission (for route guards and menus). */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((role) => GRANTS[role].includes(permission));
}
