import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '@jiuye/domain/permissions';
import type { Role } from '@jiuye/domain/roles';
import type { RouteAccess } from '../src/platform/http';
import {
  createTestPlatform,
  freshIp,
  registeredApiRoutes,
  rosterCsv,
  rosterRows,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RouteEntry {
  method: Method;
  /** As registered, with :params. */
  path: string;
  access: RouteAccess;
  /** Wildcard routes need a concrete URL. */
  sampleUrl?: string;
}

/*
 * The expected access of every /api route. A new route without an entry here fails the coverage
 * test below, so nobody can add an endpoint without deciding who may call it.
 */
const ROUTES: RouteEntry[] = [
  { method: 'GET', path: '/api/health', access: 'public' },
  { method: 'GET', path: '/api/docs', access: 'public' },
  { method: 'GET', path: '/api/docs/json', access: 'public' },
  { method: 'GET', path: '/api/docs/yaml', access: 'public' },
  { method: 'GET', path: '/api/docs/static/index.html', access: 'public' },
  { method: 'GET', path: '/api/docs/static/swagger-initializer.js', access: 'public' },
  {
    method: 'GET',
    path: '/api/docs/static/*',
    access: 'public',
    sampleUrl: '/api/docs/static/swagger-ui.css',
  },
  { method: 'POST', path: '/api/auth/login', access: 'public' },
  { method: 'POST', path: '/api/auth/logout', access: 'authenticated' },
  { method: 'GET', path: '/api/auth/me', access: 'authenticated' },
  { method: 'POST', path: '/api/auth/register', access: 'public' },
  { method: 'POST', path: '/api/auth/password', access: 'authenticated' },
  { method: 'GET', path: '/api/audit', access: 'audit.read' },
  { method: 'GET', path: '/api/audit/verify', access: 'audit.read' },
  { method: 'GET', path: '/api/users', access: 'users.manage' },
  { method: 'POST', path: '/api/users', access: 'users.manage' },
  { method: 'PATCH', path: '/api/users/:id', access: 'users.manage' },
  { method: 'GET', path: '/api/reference/regions', access: 'public' },
  { method: 'GET', path: '/api/reference/universities', access: 'public' },
  { method: 'POST', path: '/api/reference/universities', access: 'reference.manage' },
  { method: 'GET', path: '/api/reference/minimum-wages', access: 'public' },
  { method: 'PUT', path: '/api/reference/minimum-wages/:provinceCode', access: 'reference.manage' },
  { method: 'GET', path: '/api/reference/majors', access: 'public' },
  { method: 'GET', path: '/api/reference/degree-levels', access: 'public' },
  { method: 'GET', path: '/api/reference/destination-codes', access: 'public' },
  { method: 'GET', path: '/api/reference/not-placed-labels', access: 'public' },
  { method: 'GET', path: '/api/reference/assistance-categories', access: 'public' },
  { method: 'GET', path: '/api/reference/industries', access: 'public' },
  { method: 'GET', path: '/api/reference/occupations', access: 'public' },
  { method: 'GET', path: '/api/graduates', access: 'roster.read' },
  { method: 'GET', path: '/api/graduates/colleges', access: 'roster.read' },
  { method: 'GET', path: '/api/graduates/:id', access: 'roster.read' },
  { method: 'POST', path: '/api/graduates/:id/reveal', access: 'roster.reveal' },
  { method: 'GET', path: '/api/me/profile', access: 'profile.own' },
  { method: 'PATCH', path: '/api/me/profile', access: 'profile.own' },
  { method: 'POST', path: '/api/me/profile/reveal', access: 'profile.own' },
  { method: 'GET', path: '/api/imports', access: 'roster.import' },
  { method: 'POST', path: '/api/imports/graduates', access: 'roster.import' },
  { method: 'GET', path: '/api/imports/:id', access: 'roster.import' },
  { method: 'GET', path: '/api/imports/:id/errors.csv', access: 'roster.import' },
  { method: 'GET', path: '/api/organisations', access: 'organisations.read' },
  { method: 'POST', path: '/api/organisations', access: 'organisations.manage' },
  { method: 'POST', path: '/api/organisations/register', access: 'public' },
  { method: 'GET', path: '/api/organisations/mine', access: 'organisations.own' },
  { method: 'PUT', path: '/api/organisations/mine', access: 'organisations.own' },
  { method: 'POST', path: '/api/organisations/mine/resubmit', access: 'organisations.own' },
  { method: 'POST', path: '/api/organisations/mine/reveal', access: 'organisations.own' },
  { method: 'GET', path: '/api/organisations/mine/staff', access: 'organisations.staff' },
  { method: 'POST', path: '/api/organisations/mine/staff', access: 'organisations.staff' },
  { method: 'PATCH', path: '/api/organisations/mine/staff/:id', access: 'organisations.staff' },
  { method: 'GET', path: '/api/organisations/verification', access: 'organisations.verify' },
  { method: 'GET', path: '/api/organisations/verification/:id', access: 'organisations.verify' },
  { method: 'POST', path: '/api/organisations/verification/:id/decision', access: 'organisations.verify' },
  { method: 'POST', path: '/api/organisations/verification/:id/reveal', access: 'organisations.verify' },
  { method: 'GET', path: '/api/jobs/search', access: 'public' },
  { method: 'GET', path: '/api/jobs/search/facets', access: 'public' },
  { method: 'GET', path: '/api/jobs', access: 'jobs.manage' },
  { method: 'GET', path: '/api/jobs/:id', access: 'public' },
  { method: 'POST', path: '/api/jobs', access: 'jobs.manage' },
  { method: 'PUT', path: '/api/jobs/:id', access: 'jobs.manage' },
  { method: 'POST', path: '/api/jobs/:id/publish', access: 'jobs.manage' },
  { method: 'POST', path: '/api/jobs/:id/close', access: 'jobs.manage' },
  { method: 'POST', path: '/api/jobs/:id/reports', access: 'jobs.report' },
  { method: 'GET', path: '/api/me/preferences', access: 'profile.own' },
  { method: 'PUT', path: '/api/me/preferences', access: 'profile.own' },
  { method: 'GET', path: '/api/me/recommendations', access: 'profile.own' },
  { method: 'POST', path: '/api/me/recommendations/dismissals', access: 'profile.own' },
  { method: 'DELETE', path: '/api/me/recommendations/dismissals/:postingId', access: 'profile.own' },
  { method: 'GET', path: '/api/graduates/:id/recommendations', access: 'roster.read' },
  { method: 'GET', path: '/api/jobs/:id/suggested-graduates', access: 'jobs.manage' },
  { method: 'GET', path: '/api/markets', access: 'public' },
  { method: 'GET', path: '/api/markets/:id', access: 'public' },
  { method: 'POST', path: '/api/markets', access: 'markets.manage' },
  { method: 'PATCH', path: '/api/markets/:id', access: 'markets.manage' },
  { method: 'POST', path: '/api/markets/:id/postings', access: 'markets.manage' },
  { method: 'DELETE', path: '/api/markets/:id/postings/:postingId', access: 'markets.manage' },
  { method: 'POST', path: '/api/compliance/check', access: 'compliance.check' },
  { method: 'GET', path: '/api/compliance/rules', access: 'authenticated' },
  { method: 'GET', path: '/api/compliance/queue', access: 'compliance.review' },
  { method: 'GET', path: '/api/compliance/queue/:id', access: 'compliance.review' },
  { method: 'POST', path: '/api/compliance/queue/:id/decision', access: 'compliance.review' },
  { method: 'GET', path: '/api/me/resume', access: 'profile.own' },
  { method: 'PUT', path: '/api/me/resume', access: 'profile.own' },
  { method: 'GET', path: '/api/me/resume.pdf', access: 'profile.own' },
  { method: 'GET', path: '/api/me/applications', access: 'applications.apply' },
  { method: 'GET', path: '/api/me/applications/:id', access: 'applications.apply' },
  { method: 'POST', path: '/api/me/applications/:id/withdraw', access: 'applications.apply' },
  { method: 'POST', path: '/api/applications', access: 'applications.apply' },
  { method: 'GET', path: '/api/applications', access: 'applications.manage' },
  { method: 'POST', path: '/api/applications/bulk-status', access: 'applications.manage' },
  { method: 'GET', path: '/api/applications/:id', access: 'applications.manage' },
  { method: 'GET', path: '/api/applications/:id/resume.pdf', access: 'applications.manage' },
  { method: 'POST', path: '/api/applications/:id/status', access: 'applications.manage' },
  { method: 'GET', path: '/api/notifications', access: 'authenticated' },
  { method: 'GET', path: '/api/notifications/unread-count', access: 'authenticated' },
  { method: 'POST', path: '/api/notifications/:id/read', access: 'authenticated' },
  { method: 'POST', path: '/api/notifications/read-all', access: 'authenticated' },
  { method: 'GET', path: '/api/me/destination', access: 'destinations.register' },
  { method: 'PUT', path: '/api/me/destination', access: 'destinations.register' },
  { method: 'GET', path: '/api/me/destination/offer-draft', access: 'destinations.register' },
  { method: 'POST', path: '/api/me/destination/evidence', access: 'destinations.register' },
  { method: 'GET', path: '/api/me/destination/evidence/:evidenceId', access: 'destinations.register' },
  { method: 'DELETE', path: '/api/me/destination/evidence/:evidenceId', access: 'destinations.register' },
  { method: 'GET', path: '/api/destinations', access: 'destinations.review' },
  { method: 'POST', path: '/api/destinations/review', access: 'destinations.review' },
  { method: 'GET', path: '/api/destinations/:graduateId', access: 'destinations.review' },
  { method: 'POST', path: '/api/destinations/:graduateId/review', access: 'destinations.review' },
  { method: 'PUT', path: '/api/destinations/:graduateId', access: 'destinations.edit' },
  { method: 'POST', path: '/api/destinations/:graduateId/evidence', access: 'destinations.edit' },
  {
    method: 'GET',
    path: '/api/destinations/:graduateId/evidence/:evidenceId',
    access: 'destinations.review',
  },
  { method: 'GET', path: '/api/monitoring/overview', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/breakdown', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/breakdown/export', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/trend', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/tracking', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/unplaced', access: 'monitoring.read' },
  { method: 'GET', path: '/api/monitoring/unplaced/export', access: 'monitoring.read' },
  { method: 'POST', path: '/api/verify', access: 'public' },
  { method: 'GET', path: '/api/me/verification', access: 'destinations.register' },
  { method: 'POST', path: '/api/me/verification/authorisations', access: 'destinations.register' },
  { method: 'DELETE', path: '/api/me/verification/authorisations/:id', access: 'destinations.register' },
  { method: 'POST', path: '/api/me/verification/disputes', access: 'destinations.register' },
  { method: 'GET', path: '/api/verification/disputes', access: 'destinations.edit' },
  { method: 'POST', path: '/api/verification/disputes/:id/decision', access: 'destinations.edit' },
  { method: 'GET', path: '/api/me/assistance', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/assistance/evidence', access: 'assistance.own' },
  { method: 'GET', path: '/api/me/assistance/evidence/:evidenceId', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/assistance/targets', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/assistance/services/:serviceId/response', access: 'assistance.own' },
  { method: 'PUT', path: '/api/me/assistance/consent', access: 'assistance.own' },
  { method: 'GET', path: '/api/me/subsidy', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/subsidy', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/subsidy/:id/withdraw', access: 'assistance.own' },
  { method: 'GET', path: '/api/me/training', access: 'assistance.own' },
  { method: 'POST', path: '/api/me/training/:programmeId/enrol', access: 'assistance.own' },
  { method: 'GET', path: '/api/assistance/targets', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/reviews', access: 'assistance.manage' },
  { method: 'POST', path: '/api/assistance/reviews', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/graduates/:graduateId', access: 'assistance.manage' },
  { method: 'POST', path: '/api/assistance/graduates/:graduateId/evidence', access: 'assistance.manage' },
  {
    method: 'GET',
    path: '/api/assistance/graduates/:graduateId/evidence/:evidenceId',
    access: 'assistance.manage',
  },
  { method: 'POST', path: '/api/assistance/graduates/:graduateId/targets', access: 'assistance.manage' },
  { method: 'PUT', path: '/api/assistance/graduates/:graduateId/plan', access: 'assistance.manage' },
  { method: 'POST', path: '/api/assistance/graduates/:graduateId/services', access: 'assistance.manage' },
  {
    method: 'POST',
    path: '/api/assistance/graduates/:graduateId/services/:serviceId/response',
    access: 'assistance.manage',
  },
  { method: 'PUT', path: '/api/assistance/graduates/:graduateId/consent', access: 'assistance.manage' },
  { method: 'POST', path: '/api/assistance/graduates/:graduateId/subsidy', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/counsellors', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/standard', access: 'assistance.manage' },
  { method: 'PUT', path: '/api/assistance/standard', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/gaps', access: 'assistance.manage' },
  { method: 'GET', path: '/api/assistance/dashboard', access: 'assistance.read' },
  { method: 'GET', path: '/api/subsidies/rules', access: 'authenticated' },
  {
    method: 'PUT',
    path: '/api/subsidies/rules/:provinceCode/:graduationYear',
    access: 'subsidies.configure',
  },
  { method: 'GET', path: '/api/subsidies', access: 'subsidies.review' },
  { method: 'POST', path: '/api/subsidies/review', access: 'subsidies.review' },
  { method: 'GET', path: '/api/subsidies/export', access: 'subsidies.review' },
  { method: 'GET', path: '/api/subsidies/:id', access: 'subsidies.review' },
  { method: 'GET', path: '/api/subsidies/:id/evidence/:evidenceId', access: 'subsidies.review' },
  { method: 'POST', path: '/api/subsidies/:id/payment', access: 'subsidies.review' },
  { method: 'GET', path: '/api/handovers/candidates', access: 'handover.send' },
  { method: 'POST', path: '/api/handovers', access: 'handover.send' },
  { method: 'GET', path: '/api/handovers', access: 'handover.follow_up' },
  { method: 'GET', path: '/api/handovers/export', access: 'handover.follow_up' },
  { method: 'GET', path: '/api/handovers/:graduateId', access: 'handover.follow_up' },
  { method: 'POST', path: '/api/handovers/:graduateId/reveal', access: 'handover.follow_up' },
  { method: 'POST', path: '/api/handovers/:graduateId/followups', access: 'handover.follow_up' },
  { method: 'GET', path: '/api/training/programmes', access: 'training.manage' },
  { method: 'POST', path: '/api/training/programmes', access: 'training.manage' },
  { method: 'PATCH', path: '/api/training/programmes/:id', access: 'training.manage' },
  { method: 'GET', path: '/api/training/programmes/:id', access: 'training.manage' },
  { method: 'POST', path: '/api/training/programmes/:id/enrolments', access: 'training.manage' },
  { method: 'POST', path: '/api/training/programmes/:id/attendance', access: 'training.manage' },
  {
    method: 'POST',
    path: '/api/training/programmes/:id/enrolments/:graduateId/complete',
    access: 'training.manage',
  },
  {
    method: 'POST',
    path: '/api/training/programmes/:id/enrolments/:graduateId/withdraw',
    access: 'training.manage',
  },
];

type Actor =
  | 'anonymous'
  | 'graduate'
  | 'employer'
  | 'agency'
  | 'counsellor'
  | 'career_centre'
  | 'edu_official_province'
  | 'edu_official_national'
  | 'hrss_official'
  | 'admin';

const ROLE_OF: Record<Exclude<Actor, 'anonymous'>, Role> = {
  graduate: 'graduate',
  employer: 'employer',
  agency: 'agency',
  counsellor: 'counsellor',
  career_centre: 'career_centre',
  edu_official_province: 'edu_official',
  edu_official_national: 'edu_official',
  hrss_official: 'hrss_official',
  admin: 'admin',
};
const ACTORS = ['anonymous', ...Object.keys(ROLE_OF)] as Actor[];

let t: TestPlatform;
let uniA: UniversityFixture;
let uniB: UniversityFixture;
let uniC: UniversityFixture;
const cookies = {} as Record<Exclude<Actor, 'anonymous'>, string>;
const usernames = {} as Record<Exclude<Actor, 'anonymous'>, string>;
let ccBCookie: string;
let importOfA: string;
let importOfB: string;
const rowsA = rosterRows(6, { prefix: 'A', seed: 11 });
const rowsB = rosterRows(4, { prefix: 'B', seed: 12 });
const rowsC = rosterRows(3, { prefix: 'C', seed: 13 });

beforeAll(async () => {
  t = await createTestPlatform();
  uniA = await t.createUniversityFixture('4111010001');
  uniB = await t.createUniversityFixture('4111010002');
  uniC = await t.createUniversityFixture('4131010246');

  const admin = await t.createUserFixture('admin', { kind: 'national' });
  const ccA = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uniA.code });
  const ccB = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uniB.code });
  cookies.admin = await t.loginAs(admin.username);
  cookies.career_centre = await t.loginAs(ccA.username);
  ccBCookie = await t.loginAs(ccB.username);

  const a = await t.importRoster(cookies.career_centre, rosterCsv(rowsA), 'a.csv');
  const b = await t.importRoster(ccBCookie, rosterCsv(rowsB), 'b.csv');
  const c = await t.importRoster(cookies.admin, rosterCsv(rowsC), 'c.csv', { universityCode: uniC.code });
  expect([a.accepted, b.accepted, c.accepted]).toEqual([6, 4, 3]);
  importOfA = a.id;
  importOfB = b.id;

  const computing = await t.deps.db
    .selectFrom('colleges')
    .select('id')
    .where('university_code', '=', uniA.code)
    .where('name', '=', '计算机学院')
    .executeTakeFirstOrThrow();
  const employer = await t.createOrganisationFixture('employer');
  const agency = await t.createOrganisationFixture('agency');
  const users = {
    graduate: await t.createUserFixture('graduate', {
      kind: 'self',
      graduateId: await t.graduateId(uniA.code, rowsA[0]!.学号),
    }),
    employer: await t.createUserFixture('employer', { kind: 'organisation', organisationId: employer.id }),
    agency: await t.createUserFixture('agency', { kind: 'organisation', organisationId: agency.id }),
    counsellor: await t.createUserFixture('counsellor', { kind: 'college', collegeId: computing.id }),
    edu_official_province: await t.createUserFixture('edu_official', {
      kind: 'province',
      provinceCode: '11',
    }),
    edu_official_national: await t.createUserFixture('edu_official', { kind: 'national' }),
    hrss_official: await t.createUserFixture('hrss_official', { kind: 'province', provinceCode: '11' }),
  };
  for (const [actor, user] of Object.entries(users)) {
    cookies[actor as keyof typeof users] = await t.loginAs(user.username);
    usernames[actor as keyof typeof users] = user.username;
  }
  usernames.admin = admin.username;
  usernames.career_centre = ccA.username;
});

afterAll(async () => {
  await t?.close();
});

function expected(access: RouteAccess, actor: Actor): 'allowed' | 401 | 403 {
  if (access === 'public') return 'allowed';
  if (actor === 'anonymous') return 401;
  if (access === 'authenticated') return 'allowed';
  return can(ROLE_OF[actor], access) ? 'allowed' : 403;
}

describe('role × route matrix', () => {
  it('has an entry for every /api route the app registers, and no stale ones', () => {
    const registered = registeredApiRoutes(t.app.printRoutes());
    const table = ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect(registered.length).toBeGreaterThan(30);
    expect(table).toEqual(registered);
  });

  it('lets each role through exactly where permissions.ts grants it, and refuses the rest', async () => {
    const mismatches: string[] = [];
    const ipOf = new Map(ACTORS.map((a) => [a, freshIp()]));
    for (const route of ROUTES) {
      for (const actor of ACTORS) {
        const url = route.sampleUrl ?? route.path.replace(':id', randomUUID());
        // Logging out would end the session the other cells use; that cell gets a session of its own.
        const cookie =
          actor === 'anonymous'
            ? undefined
            : route.path === '/api/auth/logout'
              ? await t.loginAs(usernames[actor])
              : cookies[actor];
        // Empty bodies: an allowed caller then gets a validation error, and nothing changes.
        const withBody = route.method !== 'GET' && route.path !== '/api/imports/graduates';
        const res: LightMyRequestResponse = await t.app.inject({
          method: route.method,
          url,
          headers: cookie ? { cookie } : {},
          remoteAddress: ipOf.get(actor)!,
          ...(withBody ? { payload: {} } : {}),
        });
        const want = expected(route.access, actor);
        const got = res.statusCode;
        const ok =
          want === 'allowed'
            ? got !== 401 && got !== 403 && got < 500
            : got === want &&
              res.json<{ error: { code: string } }>().error.code ===
                (want === 401 ? 'unauthenticated' : 'forbidden');
        if (!ok)
          mismatches.push(
            `${route.method} ${route.path} as ${actor}: expected ${want}, got ${got} ${res.body.slice(0, 120)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

interface Page {
  total: number;
  items: { id: string; universityCode: string; studentNo: string; collegeName: string }[];
}

async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}

describe('scope', () => {
  it('a career centre lists only its own university, even when it asks for another', async () => {
    const own = (await get(cookies.career_centre, '/api/graduates?pageSize=100')).json<Page>();
    expect(own.total).toBe(rowsA.length);
    expect(new Set(own.items.map((g) => g.universityCode))).toEqual(new Set([uniA.code]));

    const other = await get(cookies.career_centre, `/api/graduates?universityCode=${uniB.code}`);
    expect(other.statusCode).toBe(200);
    expect(other.json<Page>()).toMatchObject({ total: 0, items: [] });

    const colleges = await get(cookies.career_centre, `/api/graduates/colleges?universityCode=${uniB.code}`);
    expect(colleges.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("a career centre cannot read or reveal another university's graduate: 404, as if absent", async () => {
    const idOfB = await t.graduateId(uniB.code, rowsB[0]!.学号);
    const read = await get(cookies.career_centre, `/api/graduates/${idOfB}`);
    expect(read.statusCode).toBe(404);
    expect(read.json<{ error: { code: string } }>().error.code).toBe('not_found');
    const reveal = await t.app.inject({
      method: 'POST',
      url: `/api/graduates/${idOfB}/reveal`,
      headers: { cookie: cookies.career_centre },
      payload: { field: 'idNumber', reason: '越权测试' },
    });
    expect(reveal.statusCode).toBe(404);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'pii.reveal')
      .where('target_id', '=', idOfB)
      .execute();
    expect(audited).toEqual([]);
    // The same graduate is readable by its own career centre, so the 404 above is about scope.
    expect((await get(ccBCookie, `/api/graduates/${idOfB}`)).statusCode).toBe(200);
  });

  it('a career centre cannot import for another university or read its imports', async () => {
    const res = await t.uploadRoster(
      cookies.career_centre,
      rosterCsv(rosterRows(1, { prefix: 'X' })),
      'x.csv',
      {
        universityCode: uniB.code,
      },
    );
    expect(res.statusCode).toBe(403);
    expect(
      await t.deps.db.selectFrom('graduates').select('id').where('student_no', '=', 'X000001').execute(),
    ).toEqual([]);

    expect((await get(cookies.career_centre, `/api/imports/${importOfB}`)).statusCode).toBe(404);
    expect((await get(cookies.career_centre, `/api/imports/${importOfB}/errors.csv`)).statusCode).toBe(404);
    expect((await get(cookies.career_centre, `/api/imports/${importOfA}`)).statusCode).toBe(200);
    const list = (await get(cookies.career_centre, '/api/imports')).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).toEqual([importOfA]);
  });

  it('a counsellor sees only their own college', async () => {
    const page = (await get(cookies.counsellor, '/api/graduates?pageSize=100')).json<Page>();
    const expectedNos = rowsA.filter((r) => r.院系 === '计算机学院').map((r) => r.学号);
    expect(page.items.map((g) => g.studentNo).sort()).toEqual(expectedNos.sort());
    expect(new Set(page.items.map((g) => g.collegeName))).toEqual(new Set(['计算机学院']));

    const otherCollege = rowsA.find((r) => r.院系 !== '计算机学院')!;
    const id = await t.graduateId(uniA.code, otherCollege.学号);
    expect((await get(cookies.counsellor, `/api/graduates/${id}`)).statusCode).toBe(404);
  });

  it('a province official sees only their province; a national one sees all', async () => {
    const province = (await get(cookies.edu_official_province, '/api/graduates?pageSize=100')).json<Page>();
    expect(province.total).toBe(rowsA.length + rowsB.length);
    expect(new Set(province.items.map((g) => g.universityCode))).toEqual(new Set([uniA.code, uniB.code]));
    const idOfC = await t.graduateId(uniC.code, rowsC[0]!.学号);
    expect((await get(cookies.edu_official_province, `/api/graduates/${idOfC}`)).statusCode).toBe(404);

    const national = (await get(cookies.edu_official_national, '/api/graduates?pageSize=100')).json<Page>();
    expect(national.total).toBe(rowsA.length + rowsB.length + rowsC.length);
    expect((await get(cookies.edu_official_national, `/api/graduates/${idOfC}`)).statusCode).toBe(200);
  });

  it('a graduate gets only their own profile and is refused career-centre routes', async () => {
    const ownId = await t.graduateId(uniA.code, rowsA[0]!.学号);
    const profile = await get(cookies.graduate, '/api/me/profile');
    expect(profile.statusCode).toBe(200);
    expect(profile.json<{ id: string; studentNo: string }>()).toMatchObject({
      id: ownId,
      studentNo: rowsA[0]!.学号,
    });

    const neighbour = await t.graduateId(uniA.code, rowsA[1]!.学号);
    expect((await get(cookies.graduate, `/api/graduates/${neighbour}`)).statusCode).toBe(403);
    expect((await get(cookies.graduate, '/api/graduates')).statusCode).toBe(403);
    const upload = await t.uploadRoster(cookies.graduate, rosterCsv(rosterRows(1, { prefix: 'G' })), 'g.csv');
    expect(upload.statusCode).toBe(403);
  });

  it('an employer cannot read the roster and sees only its own organisation', async () => {
    const id = await t.graduateId(uniA.code, rowsA[0]!.学号);
    expect((await get(cookies.employer, '/api/graduates')).statusCode).toBe(403);
    expect((await get(cookies.employer, `/api/graduates/${id}`)).statusCode).toBe(403);
    const orgs = (await get(cookies.employer, '/api/organisations')).json<{ items: { kind: string }[] }>();
    expect(orgs.items).toHaveLength(1);
    expect(orgs.items[0]!.kind).toBe('employer');
  });
});
