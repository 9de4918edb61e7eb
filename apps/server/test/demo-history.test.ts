import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import { seedDemo } from '../src/seed/demo';
import { createTestPlatform, type TestPlatform } from './helpers';

// Issue 5: the demo's application history (seed/demo-history.ts) and the major → occupation
// affinity it teaches. Seeds the whole demo once (the history is drawn against its postings).

let t: TestPlatform;
let walkthrough: { employer: string; agency: string; graduate: string };

const rows = async <T>(query: RawBuilder<T>) => (await query.execute(t.deps.db)).rows;
const one = async <T>(query: RawBuilder<T>) => (await rows(query))[0]!;

beforeAll(async () => {
  t = await createTestPlatform();
  await seedDemo(t.deps);
  const account = (username: string) =>
    t.deps.db
      .selectFrom('users')
      .select(['organisation_id', 'graduate_id'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
  walkthrough = {
    employer: (await account('employer')).organisation_id!,
    agency: (await account('agency')).organisation_id!,
    graduate: (await account('graduate')).graduate_id!,
  };
}, 300_000);

afterAll(async () => {
  await t?.close();
});

/** Applications of the history: everything but the walkthrough's own (demo-applications.ts). */
const HISTORY = sql`(select a.* from applications a
  where a.organisation_id not in (select organisation_id from users where username in ('employer', 'agency'))
    and a.graduate_id <> (select graduate_id from users where username = 'graduate'))`;

describe('the demo application history', () => {
  it('leaves the walkthrough’s organisations and graduate alone and notifies nobody', async () => {
    const count = async (where: RawBuilder<unknown>) =>
      Number((await one<{ n: number }>(sql`select count(*)::int as n from applications where ${where}`)).n);
    // demo-applications.ts: the demo graduate's two and one per pipeline stage (PATHS, 7).
    expect(await count(sql`organisation_id = ${walkthrough.employer}`)).toBe(9);
    expect(await count(sql`organisation_id = ${walkthrough.agency}`)).toBe(0);
    expect(await count(sql`graduate_id = ${walkthrough.graduate}`)).toBe(2);
    // Only the walkthrough's applications notified anyone.
    const notifications = await one<{ n: number }>(sql`select count(*)::int as n from notifications`);
    expect(notifications.n).toBeLessThan(50);
  });

  it('has thousands of applications from a few thousand graduates, each while its posting was open', async () => {
    const summary = await one<{ applications: number; graduates: number; postings: number }>(
      sql`select count(*)::int as applications, count(distinct graduate_id)::int as graduates,
            count(distinct posting_id)::int as postings from ${HISTORY} h`,
    );
    expect(summary.applications).toBeGreaterThan(5000);
    expect(summary.graduates).toBeGreaterThan(1500);
    expect(summary.postings).toBeGreaterThan(1000);
    const outside = await one<{ n: number }>(
      sql`select count(*)::int as n from ${HISTORY} h join job_postings p on p.id = h.posting_id
          where h.created_at < p.published_at or h.created_at > now()
             or h.created_at >= (p.deadline + 1)::timestamp at time zone 'Asia/Shanghai'
             or h.created_at < now() - interval '61 days'`,
    );
    expect(outside.n).toBe(0);
  });

  it('moves applications through the pipeline with events in order, one signing per graduate', async () => {
    // Every event continues the previous one, starts at the application and ends in its status.
    const broken = await one<{ n: number }>(
      sql`select count(*)::int as n from (
            select e.*, h.status, h.created_at as applied_at,
              lag(e.to_status) over w as previous, lag(e.created_at) over w as previous_at,
              row_number() over w as step, count(*) over (partition by e.application_id) as steps
            from application_events e join ${HISTORY} h on h.id = e.application_id
            window w as (partition by e.application_id order by e.id)) x
          where (step = 1 and (from_status is not null or to_status <> 'submitted' or created_at <> applied_at))
             or (step > 1 and (from_status is distinct from previous or created_at < previous_at))
             or (step = steps and to_status <> status)`,
    );
    expect(broken.n).toBe(0);
    const statuses = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from ${HISTORY} h group by status`,
    );
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    for (const status of ['submitted', 'viewed', 'interview', 'offer', 'signed', 'rejected', 'withdrawn'])
      expect(byStatus[status], status).toBeGreaterThan(0);
    expect(byStatus.signed).toBeGreaterThan(200);
    // Names are revealed exactly when the employer invited to interview.
    const reveal = await one<{ n: number }>(
      sql`select count(*)::int as n from ${HISTORY} h
          where (h.revealed_at is not null) <> exists (
            select 1 from application_events e where e.application_id = h.id and e.to_status = 'interview')`,
    );
    expect(reveal.n).toBe(0);
    // A graduate signs once and applies nowhere after signing.
    const signings = await one<{ twice: number; after: number }>(
      sql`select
            (select count(*)::int from (select graduate_id from ${HISTORY} h where status = 'signed'
               group by graduate_id having count(*) > 1) x) as twice,
            (select count(*)::int from ${HISTORY} h join application_events e on e.to_status = 'signed'
               join applications s on s.id = e.application_id and s.graduate_id = h.graduate_id
             where h.created_at > e.created_at) as after`,
    );
    expect(signings).toEqual({ twice: 0, after: 0 });
  });

  it('gives the applicants résumés and, mostly, 求职意向 that state only part of what they want', async () => {
    const resumes = await one<{ applicants: number; without: number; mismatched: number }>(
      sql`select count(distinct h.graduate_id)::int as applicants,
            count(distinct h.graduate_id) filter (where r.graduate_id is null
              or jsonb_array_length(r.content -> 'skills') = 0)::int as without,
            count(*) filter (where h.resume_snapshot -> 'content' -> 'skills' <> r.content -> 'skills'
              or h.resume_snapshot -> 'education' ->> 'majorCode' <> g.major_code
              or (h.resume_snapshot ->> 'resumeUpdatedAt')::timestamptz > h.created_at)::int as mismatched
          from ${HISTORY} h join graduates g on g.id = h.graduate_id
          left join resumes r on r.graduate_id = h.graduate_id`,
    );
    expect(resumes.without).toBe(0);
    expect(resumes.mismatched).toBe(0);
    const prefs = await one<{ n: number; regions: number; salary: number; occupations: number }>(
      sql`select count(*)::int as n,
            count(*) filter (where cardinality(p.desired_regions) > 0)::int as regions,
            count(*) filter (where p.salary_expectation is not null)::int as salary,
            count(*) filter (where cardinality(p.desired_occupations) > 0)::int as occupations
          from graduate_preferences p where p.graduate_id in (select graduate_id from ${HISTORY} h)`,
    );
    expect(prefs.n / resumes.applicants).toBeGreaterThan(0.7);
    for (const stated of [prefs.regions, prefs.salary, prefs.occupations]) {
      expect(stated / prefs.n).toBeGreaterThan(0.3);
      expect(stated / prefs.n).toBeLessThan(0.9);
    }
  });
});

describe('the affinity learned from it', () => {
  const shares = async () => {
    const table = await t.deps.db
      .selectFrom('major_affinity')
      .select(['major_class', 'job_class', 'share'])
      .execute();
    const byClass = new Map<string, Map<string, number>>();
    for (const r of table) {
      if (!byClass.has(r.major_class)) byClass.set(r.major_class, new Map());
      byClass.get(r.major_class)!.set(r.job_class, Number(r.share));
    }
    return byClass;
  };

  it('covers most major classes, with shares that add up', async () => {
    const byClass = await shares();
    const applicantClasses = await rows<{ c: string }>(
      sql`select distinct left(g.major_code, 4) as c from ${HISTORY} h join graduates g on g.id = h.graduate_id`,
    );
    expect(byClass.size / applicantClasses.length).toBeGreaterThan(0.8);
    for (const [cls, jobClasses] of byClass)
      expect(
        [...jobClasses.values()].reduce((a, b) => a + b, 0),
        cls,
      ).toBeCloseTo(1, 5);
  });

  it('learns which classes’ jobs a major leads to, including those the catalogue does not link', async () => {
    const byClass = await shares();
    const top = (cls: string) =>
      [...(byClass.get(cls) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
    // Most classes' graduates take the jobs written for their own class.
    for (const cls of ['0809', '0802', '1002', '1011', '0401']) expect(top(cls), cls).toBe(cls);
    // A 专科 in 计算机类 (5102) takes jobs written for the undergraduate 计算机类 (0809).
    expect(top('5102')).toBe('0809');
    // 旅游类 (专科): no posting names it, its graduates mostly go to jobs open to every major.
    expect(top('5401')).toBe('*');
  });
});

describe('the demo destinations (issue 6)', () => {
  it('registers the past cohorts, leaves the walkthrough graduate to register, and fills the figures', async () => {
    const counts = await one(sql<{ graduates: number; registered: number; approved: number; mine: number }>`
      select (select count(*) from graduates g where g.id <> ${walkthrough.graduate})::int as graduates,
        (select count(*) from destinations)::int as registered,
        (select count(*) from destinations where status = 'approved')::int as approved,
        (select count(*) from destinations where graduate_id = ${walkthrough.graduate})::int as mine`);
    expect(counts.mine).toBe(0);
    expect(counts.registered / counts.graduates).toBeGreaterThan(0.85);
    expect(counts.approved / counts.registered).toBeGreaterThan(0.85);
    // A graduate who signed an offer on the platform registered that employer.
    const signed = await rows(sql<{ same: boolean }>`
      select d.details ->> 'uscc' = o.uscc as same
      from applications a join organisations o on o.id = a.organisation_id
      join job_postings p on p.id = a.posting_id
      join destinations d on d.graduate_id = a.graduate_id
      where a.status = 'signed' and p.job_type = 'full_time' limit 50`);
    expect(signed.length).toBeGreaterThan(10);
    expect(signed.every((s) => s.same)).toBe(true);
    // The national figures hold every registered graduate of both cohorts, placed ones mostly.
    const figures = await rows(sql<{ graduation_year: number; category: string; n: number }>`
      select graduation_year, category, n from monitor_counts where scope = 'N' and dimension = 'all'`);
    // Two past cohorts, and the walkthrough graduate's, registering now.
    const years = [...new Set(figures.map((f) => f.graduation_year))];
    expect(years).toHaveLength(3);
    const total = figures.reduce((n, f) => n + f.n, 0);
    expect(total).toBe(counts.graduates + 1);
    expect(figures.every((f) => f.n >= 0)).toBe(true);
    const placed = figures
      .filter((f) => ['employed_unit', 'self_employed', 'freelance', 'further_study'].includes(f.category))
      .reduce((n, f) => n + f.n, 0);
    expect(placed / total).toBeGreaterThan(0.6);
    expect(placed / total).toBeLessThan(0.95);
  });
});
