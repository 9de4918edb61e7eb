import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '@jiuye/domain';
import { sql } from 'kysely';
import { NIGHTLY_MATCHING_JOB, runMatchingBatch } from '../src/modules/matching/batch';
import * as repo from '../src/modules/matching/matching.repository';
import { recommendFor, refreshAffinity } from '../src/modules/matching/matching.service';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo';
import { callApi, createTestPlatform, type JsonBody, type TestPlatform } from './helpers';

// Issue 5: the nightly batch precomputes recommendations in memory; they must be the ones the live
// path computes from the database, a retried run must resume rather than redo, and the night's run
// must be stored once however many processes ask for it.

let t: TestPlatform;

beforeAll(async () => {
  t = await createTestPlatform();
  await seedDemo(t.deps);
  await refreshAffinity(t.deps);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** Graduates the batch ranked: some with saved preferences (and so a region route), some without. */
async function sampleGraduates(asOf: Date) {
  const ranked = (withPrefs: boolean) =>
    t.deps.db
      .selectFrom('match_recommendations as m')
      .leftJoin('graduate_preferences as p', 'p.graduate_id', 'm.graduate_id')
      .select('m.graduate_id as id')
      .where('m.computed_at', '>=', asOf)
      .where('p.graduate_id', withPrefs ? 'is not' : 'is', null)
      .orderBy('m.graduate_id')
      .limit(20)
      .execute();
  // The second of each major and degree without preferences or résumé, in id order: the batch
  // reused the first one's ranking for them.
  const reused = sql<{ id: string }>`
    select id from (
      select g.id, row_number() over (partition by g.major_code, g.degree order by g.id) as nth
      from match_recommendations m join graduates g on g.id = m.graduate_id
      where m.computed_at >= ${asOf}
        and not exists (select 1 from graduate_preferences p where p.graduate_id = g.id)
        and not exists (select 1 from resumes r where r.graduate_id = g.id)
    ) s where nth = 2 order by id limit 10`.execute(t.deps.db);
  const [withPrefs, without, shared] = await Promise.all([ranked(true), ranked(false), reused]);
  expect(withPrefs.length).toBeGreaterThan(5);
  expect(without.length).toBe(20);
  expect(shared.rows.length).toBe(10);
  return [...new Set([...withPrefs, ...without, ...shared.rows].map((r) => r.id))];
}

const storedSince = async (asOf: Date) =>
  Number(
    (
      await t.deps.db
        .selectFrom('match_recommendations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('computed_at', '>=', asOf)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the nightly batch', () => {
  it('stores the ranking the live path computes', async () => {
    const asOf = t.deps.clock();
    // One instant for both, so freshness is the same.
    const deps = { ...t.deps, clock: () => asOf };
    // Graduates with preferences come first in id order often enough in 3,000.
    const summary = await runMatchingBatch(deps, { asOf, limit: 3000 });
    expect(summary).toMatchObject({ graduates: 3000 });
    expect(summary.postings).toBeGreaterThan(2000);
    expect(summary.sharedFirstPasses).toBeGreaterThan(0);
    expect(summary.sharedRankings).toBeGreaterThan(0);
    for (const id of await sampleGraduates(asOf)) {
      const stored = await repo.findStored(t.deps.db, id);
      expect(stored?.posting_ids.length, id).toBeGreaterThan(0);
      // Forgetting the stored ranking makes the live path compute it from the database.
      await repo.forgetStored(t.deps.db, id);
      const live = await recommendFor(deps, id, 50);
      expect(
        live.items.map((i) => i.posting.id),
        id,
      ).toEqual(stored!.posting_ids);
    }
  }, 120_000);

  it('resumes a run that stopped instead of starting over', async () => {
    const asOf = t.deps.clock();
    expect((await runMatchingBatch(t.deps, { asOf, limit: 300 })).graduates).toBe(300);
    // The same run again (a retry after a crash) goes on with the next ones.
    expect((await runMatchingBatch(t.deps, { asOf, limit: 300 })).graduates).toBe(300);
    expect(await storedSince(asOf)).toBe(600);
  }, 120_000);

  it('is enqueued once a night however many processes ask, and runs for everyone as a durable job', async () => {
    const key = `${NIGHTLY_MATCHING_JOB}:2026-11-28`;
    const asOf = t.deps.clock();
    const first = await t.jobs.enqueueOnce(NIGHTLY_MATCHING_JOB, { asOf: asOf.toISOString() }, key);
    const second = await t.jobs.enqueueOnce(NIGHTLY_MATCHING_JOB, { asOf: asOf.toISOString() }, key);
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    await t.jobs.drain();
    const job = await t.deps.db
      .selectFrom('jobs')
      .select(['status', 'error'])
      .where('id', '=', first!)
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'succeeded', error: null });
    const graduates = await t.deps.db
      .selectFrom('graduates')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await storedSince(asOf)).toBe(Number(graduates.n));
  }, 300_000);
});

describe('stored recommendations', () => {
  it('are served with what was published since, until the graduate changes their preferences', async () => {
    const graduate = await t.deps.db
      .selectFrom('users')
      .innerJoin('graduates as g', 'g.id', 'users.graduate_id')
      .select(['g.id', 'g.major_code'])
      .where('username', '=', 'graduate')
      .executeTakeFirstOrThrow();
    const cookie = await t.loginAs('graduate', DEMO_PASSWORD);
    const hr = await t.loginAs('employer', DEMO_PASSWORD);
    const call = (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
      callApi(t.app, who, method, url, payload);
    const saved = await call(cookie, 'PUT', '/api/me/preferences', {
      desiredRegions: ['420100'],
      salaryExpectation: 9000,
      desiredOccupations: ['2'],
      keyFieldOptIns: [],
      useOrigin: false,
      discoverable: false,
    });
    expect(saved.status).toBe(200);
    expect(await repo.findStored(t.deps.db, graduate.id)).toBeUndefined();
    // The first request computes and stores; the next one starts from what was stored.
    expect((await call(cookie, 'GET', '/api/me/recommendations')).status).toBe(200);
    const stored = await repo.findStored(t.deps.db, graduate.id);
    expect(stored).toBeDefined();

    const created = await call(hr, 'POST', '/api/jobs', {
      title: '软件开发工程师（校招）',
      description:
        '岗位职责：参与公司业务系统的需求分析、设计、开发与维护，负责后端接口与数据库的开发，编写技术文档并参与代码评审。五险一金，双休。',
      salaryMin: 12000,
      salaryMax: 20000,
      regionCodes: ['420106'],
      majorCodes: [graduate.major_code],
      minDegree: null,
      headcount: 2,
      jobType: 'full_time',
      occupationCode: '2',
      keyFields: [],
      benefits: [],
      deadline: addDays(shanghaiDate(new Date()), 30),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await call(hr, 'POST', `/api/jobs/${created.body.id}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const after = await call(cookie, 'GET', '/api/me/recommendations');
    const ids = ((after.body as JsonBody).items as { posting: { id: string } }[]).map((i) => i.posting.id);
    expect(ids).toContain(created.body.id);
    expect((await repo.findStored(t.deps.db, graduate.id))?.computed_at).toEqual(stored!.computed_at);
  }, 120_000);
});

describe('the learned affinity in recommendations', () => {
  it('brings a 专科 计算机类 graduate the jobs written for 计算机类 that graduates like them took', async () => {
    // The demo history has 专科 计算机类 (5102) graduates taking jobs that name 计算机类 (0809);
    // the catalogue links the two in no way, so without the affinity these jobs are not candidates.
    const graduate = await t.deps.db
      .selectFrom('graduates as g')
      .leftJoin('graduate_preferences as p', 'p.graduate_id', 'g.id')
      .select('g.id')
      .where(sql<boolean>`left(g.major_code, 4) = '5102'`)
      .where('p.graduate_id', 'is', null)
      .orderBy('g.id')
      .executeTakeFirstOrThrow();
    await repo.forgetStored(t.deps.db, graduate.id);
    const { items } = await recommendFor(t.deps, graduate.id, 20);
    const learned = items.filter((i) => i.reasons.some((r) => r.label === '同专业毕业生常去'));
    expect(learned.length).toBeGreaterThan(0);
    const postings = await t.deps.db
      .selectFrom('job_postings')
      .select('major_codes')
      .where(
        'id',
        'in',
        learned.map((i) => i.posting.id),
      )
      .execute();
    expect(postings.some((p) => p.major_codes.some((m) => m.startsWith('0809')))).toBe(true);
  });
});
