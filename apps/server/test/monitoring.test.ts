import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildFigures } from '../src/modules/monitoring/monitoring.service';
import {
  callApi,
  createTestPlatform,
  currentYear,
  multipartBody,
  rosterCsv,
  rosterRows,
  type JsonBody,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

// Monitoring (issue 6): 去向落实率 and its parts by scope and breakdown, kept as counters that every
// approval moves and a rebuild from the source tables reproduces exactly.

let t: TestPlatform;
const YEAR = currentYear();
const unis = {} as Record<'a' | 'b' | 'c', UniversityFixture>;
const rows = {
  a: rosterRows(6, { prefix: 'MA', seed: 71 }),
  b: rosterRows(4, { prefix: 'MB', seed: 72 }),
  c: rosterRows(3, { prefix: 'MC', seed: 73 }),
};
const ids = { a: [] as string[], b: [] as string[], c: [] as string[] };
const cookies = {} as Record<
  'centreA' | 'centreC' | 'counsellorA' | 'province11' | 'national' | 'graduate',
  string
>;
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

const get = (who: keyof typeof cookies, url: string) => callApi(t.app, cookies[who], 'GET', url);

/** The career centre registers and approves a destination (proof uploaded where one is needed). */
async function place(who: 'centreA' | 'centreC', graduateId: string, registration: JsonBody, proof?: string) {
  const put = await callApi(t.app, cookies[who], 'PUT', `/api/destinations/${graduateId}`, {
    ...registration,
    reason: '学校代为登记',
  });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  if (proof) {
    const { body, contentType } = multipartBody([
      { name: 'kind', value: proof },
      { name: 'file', filename: 'proof.pdf', content: PDF },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/destinations/${graduateId}/evidence`,
      headers: { cookie: cookies[who], 'content-type': contentType },
      payload: body,
    });
    expect(res.statusCode).toBe(201);
  }
  const approved = await callApi(t.app, cookies[who], 'POST', `/api/destinations/${graduateId}/review`, {
    decision: 'approve',
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

const study = {
  destinationCode: '80',
  details: { form: 'study', institution: '武汉大学', programme: '计算机科学与技术' },
};
const jobSeeking = { destinationCode: '70', details: { form: 'not_placed', label: 'job_seeking' } };
const freelance = {
  destinationCode: '76',
  details: { form: 'freelance', work: '独立设计师', regionCode: '420106', statementSigned: true },
};

beforeAll(async () => {
  t = await createTestPlatform();
  unis.a = await t.createUniversityFixture('4111010001');
  unis.b = await t.createUniversityFixture('4111010002');
  unis.c = await t.createUniversityFixture('4142010486');
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  const adminCookie = await t.loginAs(admin.username);
  for (const k of ['a', 'b', 'c'] as const) {
    const imported = await t.importRoster(adminCookie, rosterCsv(rows[k]), `${k}.csv`, {
      universityCode: unis[k].code,
    });
    expect(imported.accepted).toBe(rows[k].length);
    for (const r of rows[k]) ids[k].push(await t.graduateId(unis[k].code, r.学号));
  }
  const college = await t.deps.db
    .selectFrom('colleges')
    .select('id')
    .where('university_code', '=', unis.a.code)
    .where('name', '=', '计算机学院')
    .executeTakeFirstOrThrow();
  const users = {
    centreA: await t.createUserFixture('career_centre', { kind: 'university', universityCode: unis.a.code }),
    centreC: await t.createUserFixture('career_centre', { kind: 'university', universityCode: unis.c.code }),
    counsellorA: await t.createUserFixture('counsellor', { kind: 'college', collegeId: college.id }),
    province11: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '11' }),
    national: await t.createUserFixture('edu_official', { kind: 'national' }),
    graduate: await t.createUserFixture('graduate', { kind: 'self', graduateId: ids.a[0]! }),
  };
  for (const [who, user] of Object.entries(users))
    cookies[who as keyof typeof users] = await t.loginAs(user.username);

  // University A: two in further study, one freelance, one registered as job seeking, two unregistered.
  await place('centreA', ids.a[0]!, study, 'admission_letter');
  await place('centreA', ids.a[1]!, study, 'admission_letter');
  await place('centreA', ids.a[2]!, freelance, 'freelance_statement');
  await place('centreA', ids.a[3]!, jobSeeking);
  // University C (another province): one in further study, one waiting for review.
  await place('centreC', ids.c[0]!, study, 'admission_letter');
  const pending = await callApi(t.app, cookies.centreC, 'PUT', `/api/destinations/${ids.c[1]}`, {
    ...jobSeeking,
    reason: '学校代为登记',
  });
  expect(pending.status).toBe(200);
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('去向落实率', () => {
  it('counts only approved placed destinations, for the career centre’s university', async () => {
    const res = await get('centreA', `/api/monitoring/overview?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: `U:${unis.a.code}`, year: YEAR, scopeName: unis.a.name });
    expect(res.body.figures).toMatchObject({
      total: 6,
      placed: 3,
      registered: 4,
      placementRate: 50,
      furtherStudyRate: 33.3,
      freelanceRate: 16.7,
      employedUnitRate: 0,
      registrationRate: 66.7,
    });
    expect(res.body.definitions.placementRate).toContain('审核通过');
    expect(res.body.dimensions).toEqual(['college', 'major', 'degree', 'gender', 'assistance', 'origin']);
  });

  it('breaks a university down by college and a province down by university', async () => {
    const byCollege = await get('centreA', `/api/monitoring/breakdown?year=${YEAR}&dimension=college`);
    expect(byCollege.status).toBe(200);
    const total = byCollege.body.rows.reduce((n: number, r: JsonBody) => n + r.total, 0);
    expect(total).toBe(6);
    expect(byCollege.body.rows.map((r: JsonBody) => r.name)).toContain('计算机学院');
    const byUniversity = await get(
      'province11',
      `/api/monitoring/breakdown?year=${YEAR}&dimension=university`,
    );
    expect(byUniversity.body.rows.map((r: JsonBody) => [r.key, r.total, r.placed])).toEqual([
      [unis.a.code, 6, 3],
      [unis.b.code, 4, 0],
    ]);
    const byProvince = await get('national', `/api/monitoring/breakdown?year=${YEAR}&dimension=province`);
    expect(byProvince.body.rows.map((r: JsonBody) => [r.name, r.total, r.placed])).toEqual([
      ['北京市', 10, 3],
      ['湖北省', 3, 1],
    ]);
  });

  it('refuses a breakdown the scope does not keep, and scopes outside the user’s', async () => {
    expect((await get('centreA', `/api/monitoring/breakdown?year=${YEAR}&dimension=university`)).status).toBe(
      400,
    );
    expect((await get('centreA', `/api/monitoring/overview?scope=U:${unis.b.code}`)).status).toBe(404);
    expect((await get('counsellorA', `/api/monitoring/overview?scope=U:${unis.a.code}`)).status).toBe(404);
    expect((await get('province11', `/api/monitoring/overview?scope=U:${unis.c.code}`)).status).toBe(404);
    expect((await get('province11', `/api/monitoring/overview?scope=U:${unis.a.code}`)).status).toBe(200);
    expect((await get('graduate', '/api/monitoring/overview')).status).toBe(403);
  });

  it('gives a counsellor their college', async () => {
    const res = await get('counsellorA', `/api/monitoring/overview?year=${YEAR}`);
    expect(res.body.scope).toMatch(/^C:/);
    expect(res.body.figures.total).toBe(rows.a.filter((r) => r.院系 === '计算机学院').length);
  });

  it('shows the trend week by week, this year’s cohort against last year’s', async () => {
    const res = await get('centreA', `/api/monitoring/trend?year=${YEAR}`);
    expect(res.status).toBe(200);
    const last = res.body.points.at(-1);
    expect(last).toMatchObject({ placementRate: 50, lastYearRate: null });
    expect(res.body.points[0].date).toBe(res.body.points[0].date.slice(0, 10));
    expect(new Date(`${res.body.points[0].date}T00:00:00Z`).getUTCDay()).toBe(0);
    // The last point is today, the week in progress.
    expect(last.date).toBe(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  });

  it('exports a breakdown as CSV and xlsx', async () => {
    const csv = await get(
      'centreA',
      `/api/monitoring/breakdown/export?year=${YEAR}&dimension=college&format=csv`,
    );
    expect(csv.status).toBe(200);
    const text = Buffer.from(csv.raw).toString('utf8');
    expect(text.startsWith('\uFEFF院系,毕业生数,已落实,去向落实率(%)')).toBe(true);
    const xlsx = await get('centreA', `/api/monitoring/breakdown/export?year=${YEAR}&dimension=major`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(Buffer.from(xlsx.raw).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('after leaving school', () => {
  it('follows the cohort at leaving and 6, 12, 24 months after, as far as reached', async () => {
    const res = await get('centreA', `/api/monitoring/tracking?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.points.map((p: JsonBody) => [p.months, p.date])).toEqual([
      [0, `${YEAR}-06-30`],
      [6, `${YEAR}-12-31`],
      [12, `${YEAR + 1}-06-30`],
      [24, `${YEAR + 2}-06-30`],
    ]);
    // Everything here was registered after 30 June: at leaving, nobody was placed yet.
    expect(res.body.points[0]).toMatchObject({ reached: true, figures: { total: 6, placed: 0 } });
    expect(res.body.points[3]).toMatchObject({ reached: false, figures: null });
    const one = await callApi(t.app, cookies.centreA, 'GET', `/api/destinations/${ids.a[0]}`);
    expect(one.body.tracking[0]).toEqual({ months: 0, date: `${YEAR}-06-30`, category: 'unregistered' });
  });

  it('lists the graduates unplaced at leaving by name, phones masked, with where they are now', async () => {
    const res = await get('centreA', `/api/monitoring/unplaced?year=${YEAR}&pageSize=4`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 6, leftOn: `${YEAR}-06-30`, left: true });
    expect(res.body.items).toHaveLength(4);
    const all = [
      ...res.body.items,
      ...(await get('centreA', `/api/monitoring/unplaced?year=${YEAR}&pageSize=4&page=2`)).body.items,
    ];
    const first = all.find((g: JsonBody) => g.graduateId === ids.a[0]);
    expect(first).toMatchObject({
      atLeaving: '未登记',
      now: '升学',
      placedSince: true,
      universityName: unis.a.name,
    });
    expect(first.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(JSON.stringify(all)).not.toContain(rows.a[0]!.手机号);
    const csv = await get('centreA', `/api/monitoring/unplaced/export?year=${YEAR}&format=csv`);
    expect(Buffer.from(csv.raw).toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(7);
    expect((await get('graduate', `/api/monitoring/unplaced?year=${YEAR}`)).status).toBe(403);
  });
});

describe('the counters', () => {
  it('are exactly what a rebuild from the source tables gives', async () => {
    const snapshot = async () =>
      (
        await t.deps.db
          .selectFrom('monitor_counts')
          .selectAll()
          .where('n', '<>', 0)
          .orderBy(['graduation_year', 'scope', 'dimension', 'dim_key', 'category'])
          .execute()
      ).map((r) => `${r.graduation_year} ${r.scope} ${r.dimension} ${r.dim_key} ${r.category} ${r.n}`);
    const trend = async () =>
      (
        await t.deps.db
          .selectFrom('monitor_trend')
          .selectAll()
          .where('placed_delta', '<>', 0)
          .orderBy(['scope', 'day'])
          .execute()
      ).map((r) => `${r.scope} ${r.day} ${r.placed_delta}`);
    // A re-imported roster moves a placed graduate to another college: only university A's part is
    // recomputed, and the province's and the nation's move by the difference.
    const admin = await t.createUserFixture('admin', { kind: 'national' });
    const moved = rows.a.map((r, i) => (i === 0 ? { ...r, 院系: '新闻传播学院' } : r));
    const again = await t.importRoster(await t.loginAs(admin.username), rosterCsv(moved), 'a2.csv', {
      universityCode: unis.a.code,
    });
    expect(again.accepted).toBe(rows.a.length);
    const byCollege = await get('centreA', `/api/monitoring/breakdown?year=${YEAR}&dimension=college`);
    expect(byCollege.body.rows.find((r: JsonBody) => r.name === '新闻传播学院')).toMatchObject({
      total: 1,
      placed: 1,
    });
    const before = { counts: await snapshot(), trend: await trend() };
    expect(before.counts.length).toBeGreaterThan(50);
    await rebuildFigures(t.deps.db, YEAR, '11');
    await rebuildFigures(t.deps.db, YEAR, '42');
    expect(await snapshot()).toEqual(before.counts);
    expect(await trend()).toEqual(before.trend);
  });
});
