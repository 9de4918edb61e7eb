import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '@jiuye/domain';
import { refreshAffinity } from '../src/modules/matching/matching.service';
import {
  callApi,
  createTestPlatform,
  rosterCsv,
  rosterRows,
  type JsonBody,
  type TestPlatform,
} from './helpers';

// Issue 5 (started): preferences, explained recommendations, 不感兴趣, the counsellor's view and the
// learned major → occupation affinity.

let t: TestPlatform;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
let graduateId: string;
let otherGraduateId: string;

const call = (
  cookie: string | undefined,
  method: Parameters<typeof callApi>[2],
  url: string,
  payload?: unknown,
) => callApi(t.app, cookie, method, url, payload);

const posting = (over: Record<string, unknown>) => ({
  title: '软件开发工程师',
  description: '岗位职责：参与业务系统的开发与维护，使用Java和MySQL，编写技术文档。五险一金，双休。',
  salaryMin: 8000,
  salaryMax: 12000,
  regionCodes: ['420106'],
  majorCodes: ['080901'],
  minDegree: 'bachelor',
  headcount: 2,
  jobType: 'full_time',
  occupationCode: '2',
  keyFields: [],
  benefits: [],
  deadline: addDays(shanghaiDate(new Date()), 30),
  ...over,
});

async function publish(name: string, over: Record<string, unknown>) {
  const created = await call(cookies.hr, 'POST', '/api/jobs', posting(over));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await call(cookies.hr, 'POST', `/api/jobs/${created.body.id}/publish`, {})).status).toBe(200);
  ids[name] = created.body.id as string;
}

const recommended = async (cookie = cookies.graduate) => {
  const res = await call(cookie, 'GET', '/api/me/recommendations');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const titles = (body: JsonBody) => (body.items as { posting: { id: string } }[]).map((i) => i.posting.id);

beforeAll(async () => {
  t = await createTestPlatform();
  const org = await t.createOrganisationFixture('employer');
  await t.deps.db.updateTable('organisations').set({ verification: 'verified' }).execute();
  const uni = await t.createUniversityFixture();
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  const rows = rosterRows(2, { prefix: 'M', seed: 9 });
  const imported = await t.importRoster(await t.loginAs(admin.username), rosterCsv(rows), 'm.csv', {
    universityCode: uni.code,
  });
  expect(imported.accepted).toBe(2);
  graduateId = await t.graduateId(uni.code, rows[0]!.学号);
  otherGraduateId = await t.graduateId(uni.code, rows[1]!.学号);
  const colleges = await t.deps.db
    .selectFrom('graduates')
    .select(['id', 'college_id'])
    .where('id', 'in', [graduateId, otherGraduateId])
    .execute();
  const collegeOf = (id: string) => colleges.find((c) => c.id === id)!.college_id;
  const users = {
    hr: await t.createUserFixture('employer', { kind: 'organisation', organisationId: org.id }),
    graduate: await t.createUserFixture('graduate', { kind: 'self', graduateId }),
    counsellor: await t.createUserFixture('counsellor', {
      kind: 'college',
      collegeId: collegeOf(graduateId),
      universityCode: uni.code,
    }),
    otherCounsellor: await t.createUserFixture('counsellor', {
      kind: 'college',
      collegeId: collegeOf(otherGraduateId),
      universityCode: uni.code,
    }),
  };
  for (const [name, user] of Object.entries(users)) cookies[name] = await t.loginAs(user.username);
  // The graduate is 080901 本科.
  await publish('exact', {});
  await publish('anyMajor', {
    title: '管理培训生',
    majorCodes: [],
    regionCodes: ['420502'],
    occupationCode: '4',
  });
  await publish('otherMajor', { title: '会计', majorCodes: ['120202'], regionCodes: ['420106'] });
  await publish('master', { title: '算法研究员', minDegree: 'master' });
  await publish('beijing', { title: 'Java后端工程师', regionCodes: ['110108'] });
});

afterAll(async () => {
  await t?.close();
});

describe('an empty profile', () => {
  it('still gets recommendations by major, and is told what to complete', async () => {
    const prefs = await call(cookies.graduate, 'GET', '/api/me/preferences');
    expect(prefs.body).toMatchObject({ saved: false, desiredRegions: [], discoverable: false });
    expect(prefs.body.missing).toEqual(['regions', 'salary', 'occupations', 'skills']);
    const body = await recommended();
    // The degree the graduate lacks and the other major's posting are not candidates.
    expect(titles(body).sort()).toEqual([ids.exact, ids.anyMajor, ids.beijing].sort());
    expect(body.items[0].reasons.map((r: { label: string }) => r.label)).toContain('专业对口');
  });
});

describe('preferences', () => {
  it('refuses unknown codes, naming each', async () => {
    const bad = await call(cookies.graduate, 'PUT', '/api/me/preferences', {
      desiredRegions: ['420100', '990199'],
      salaryExpectation: 9000,
      desiredOccupations: ['2', '9'],
      keyFieldOptIns: ['nope'],
      useOrigin: false,
      discoverable: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'desiredOccupations.1',
      'desiredRegions.1',
      'keyFieldOptIns.0',
    ]);
  });

  it('change the order: a desired region lifts its postings and reasons say why', async () => {
    const saved = await call(cookies.graduate, 'PUT', '/api/me/preferences', {
      desiredRegions: ['110000'],
      salaryExpectation: 9000,
      desiredOccupations: ['2'],
      keyFieldOptIns: [],
      useOrigin: false,
      discoverable: true,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ saved: true, missing: ['skills'] });
    const body = await recommended();
    expect(titles(body)[0]).toBe(ids.beijing);
    expect(body.items[0].reasons.map((r: { label: string }) => r.label)).toEqual(
      expect.arrayContaining(['专业对口', '意向地区', '薪资符合期望', '意向职业', '学历符合']),
    );
  });
});

describe('不感兴趣', () => {
  it('removes the posting, sinks its organisation’s others, and can be taken back', async () => {
    const before = titles(await recommended());
    const top = before[0]!;
    const dismissed = await call(cookies.graduate, 'POST', '/api/me/recommendations/dismissals', {
      postingId: top,
      reason: '不想去北京',
    });
    expect(dismissed.status).toBe(204);
    expect(titles(await recommended())).not.toContain(top);
    expect((await call(cookies.graduate, 'DELETE', `/api/me/recommendations/dismissals/${top}`)).status).toBe(
      204,
    );
    expect(titles(await recommended())[0]).toBe(top);
    expect((await call(cookies.graduate, 'DELETE', `/api/me/recommendations/dismissals/${top}`)).status).toBe(
      404,
    );
  });

  it('copes with 10,000 marks', async () => {
    const organisationId = (
      await t.deps.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()
    ).id;
    const drafts = await t.deps.db
      .insertInto('job_postings')
      .values(
        Array.from({ length: 10_000 }, () => ({
          organisation_id: organisationId,
          title: '批量草稿',
          description: '岗位职责：批量测试。',
          compliance_verdict: 'pass' as const,
        })),
      )
      .returning('id')
      .execute();
    await t.deps.db
      .insertInto('match_dismissals')
      .values(
        drafts.map((d) => ({ graduate_id: graduateId, posting_id: d.id, organisation_id: organisationId })),
      )
      .execute();
    const body = await recommended();
    expect(body.items.length).toBeGreaterThan(0);
  });

  it('is only for published postings', async () => {
    const res = await call(cookies.graduate, 'POST', '/api/me/recommendations/dismissals', {
      postingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(404);
  });
});

describe('learned affinity and the counsellor’s view', () => {
  it('learns from accepted offers where graduates of the major went', async () => {
    // A classmate (same major class) signed for a 4-group (sales/service) posting.
    const me = await t.deps.db
      .selectFrom('graduates')
      .select([
        'university_code',
        'province_code',
        'gender',
        'id_number_enc',
        'college_id',
        'major_code',
        'degree',
        'graduation_year',
      ])
      .where('id', '=', graduateId)
      .executeTakeFirstOrThrow();
    const classmate = await t.deps.db
      .insertInto('graduates')
      .values({ ...me, student_no: 'AFFINITY1', name: '同学甲', id_number_index: 'affinity-index' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await t.deps.db
      .selectFrom('job_postings')
      .select(['organisation_id'])
      .where('id', '=', ids.anyMajor!)
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto('applications')
      .values({
        posting_id: ids.anyMajor!,
        organisation_id: row.organisation_id,
        graduate_id: classmate.id,
        resume_snapshot: '{}',
        status: 'signed',
      })
      .execute();
    await refreshAffinity(t.deps);
    const body = await recommended();
    const sales = (body.items as { posting: { id: string }; reasons: { label: string }[] }[]).find(
      (i) => i.posting.id === ids.anyMajor,
    );
    expect(sales?.reasons.map((r) => r.label)).toContain('同专业毕业生常去');
  });

  it('lets a counsellor see their own graduate’s recommendations, and no one else’s', async () => {
    expect(
      (await call(cookies.counsellor, 'GET', `/api/graduates/${graduateId}/recommendations`)).status,
    ).toBe(200);
    expect(
      (await call(cookies.otherCounsellor, 'GET', `/api/graduates/${graduateId}/recommendations`)).status,
    ).toBe(404);
  });
});

describe('suggested graduates for an employer', () => {
  it('lists discoverable graduates who fit, masked, assistance targets first among equals', async () => {
    const classmate = await t.deps.db
      .selectFrom('graduates')
      .select('id')
      .where('student_no', '=', 'AFFINITY1')
      .executeTakeFirstOrThrow();
    const mine = await t.deps.db
      .selectFrom('graduate_preferences')
      .selectAll()
      .where('graduate_id', '=', graduateId)
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto('graduate_preferences')
      .values({ ...mine, graduate_id: classmate.id })
      .execute();
    // Identified as the roster import does: the category on the record and an approved target.
    await t.deps.db
      .updateTable('graduates')
      .set({ assistance_category: 'subsistence_allowance' })
      .where('id', '=', classmate.id)
      .execute();
    await t.deps.db
      .insertInto('assistance_targets')
      .values({
        graduate_id: classmate.id,
        category: 'subsistence_allowance',
        source: 'roster',
        status: 'approved',
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    const res = await call(cookies.hr, 'GET', `/api/jobs/${ids.exact}/suggested-graduates`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items as JsonBody[];
    expect(items.map((i) => i.graduateId)).toEqual([classmate.id, graduateId]);
    expect(items[0]).toMatchObject({ priority: true, name: '同**' });
    expect(JSON.stringify(items)).not.toMatch(/low_income|phone|idNumber/);
    expect(items[1]!.reasons.map((r: { label: string }) => r.label)).toContain('专业对口');
  });

  it('forgets a graduate who stops being discoverable, and keeps other organisations out', async () => {
    await call(cookies.graduate, 'PUT', '/api/me/preferences', {
      desiredRegions: ['110000'],
      salaryExpectation: 9000,
      desiredOccupations: ['2'],
      keyFieldOptIns: [],
      useOrigin: false,
      discoverable: false,
    });
    const res = await call(cookies.hr, 'GET', `/api/jobs/${ids.exact}/suggested-graduates`);
    expect((res.body.items as JsonBody[]).map((i) => i.graduateId)).not.toContain(graduateId);
    const other = await t.createOrganisationFixture('employer');
    const otherHr = await t.createUserFixture('employer', { kind: 'organisation', organisationId: other.id });
    const forbidden = await call(
      await t.loginAs(otherHr.username),
      'GET',
      `/api/jobs/${ids.exact}/suggested-graduates`,
    );
    expect(forbidden.status).toBe(404);
  });
});
