// `npm run bench -- assistance`: how fast the assistance dashboard is at province scale (issue 7), on
// PostgreSQL (and PGlite), against the same figures counted the naive way in the same run.
//
// Data: the monitoring bench's province (1,000,000 graduates of one cohort in 湖北, 5 % of them
// targets by the roster), then for the targets: a plan for half, one to six ledger entries for
// two thirds, subsidy applications for a fifth, and a hand-over of a tenth of the unplaced ones.
//
// Measured, p50/p95 over repeated requests, through the service the dashboard calls:
// - an HR&SS office of the province (every figure across the province's universities);
// - a career centre (one university);
// and the baseline: the target figures counted from the whole cohort (every graduate checked for a
// target), as a first version did.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { dashboard } from '../apps/server/src/modules/assistance/assistance.service';
import { rebuildFigures } from '../apps/server/src/modules/monitoring/monitoring.service';
import type { AuthUser } from '../apps/server/src/platform/context';
import { load, PROVINCE, YEAR } from './monitor';
import { intOption, latency, percentile, timeMs } from './shared/stats';
import { onBenchDatabases } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/assistance.json', import.meta.url));
const NOBODY = '00000000-0000-0000-0000-000000000000';

const office: AuthUser = {
  id: NOBODY,
  username: 'bench',
  displayName: 'bench',
  role: 'hrss_official',
  scope: { kind: 'province', provinceCode: PROVINCE },
};

/** Targets from the roster's category, then plans, ledger entries, applications and hand-overs. */
async function loadAssistance(h: DbHandle) {
  await sql`select setseed(0.7)`.execute(h.db);
  await sql`
    insert into assistance_targets (graduate_id, category, source, status, created_at, updated_at)
    select id, assistance_category, 'roster', 'approved', now(), now() from graduates
    where assistance_category is not null and province_code = ${PROVINCE} and graduation_year = ${YEAR}
    on conflict do nothing`.execute(h.db);
  await sql`
    insert into assistance_plans (graduate_id, goals, created_at, updated_at)
    select graduate_id, '落实工作', now(), now() from assistance_targets where random() < 0.5
    on conflict do nothing`.execute(h.db);
  await sql`
    insert into assistance_services (graduate_id, kind, service_on, actor_name, created_at)
    select t.graduate_id, (array['policy_explanation', 'guidance_session', 'job_referral', 'training_offer'])[1 + n % 4],
      current_date, 'bench', now()
    from assistance_targets t cross join lateral generate_series(1, 1 + floor(random() * 6)::int) n
    where random() < 0.67 and n % 4 <> 2`.execute(h.db);
  await sql`
    insert into subsidy_applications (graduate_id, person_index, province_code, university_code, graduation_year,
      category, amount_fen, status, on_behalf, created_at, updated_at)
    select g.id, g.id_number_index, g.province_code, g.university_code, g.graduation_year, t.category, 150000,
      (array['pending_college', 'pending_university', 'pending_province', 'approved', 'paid', 'rejected'])[1 + floor(random() * 6)::int],
      false, now(), now()
    from assistance_targets t join graduates g on g.id = t.graduate_id where random() < 0.2`.execute(h.db);
  const university = await sql<{
    code: string;
  }>`select code from universities where province_code = ${PROVINCE}
    order by code limit 1`.execute(h.db);
  const batch = await sql<{
    id: string;
  }>`insert into handover_batches (university_code, graduation_year, handed_over,
    created_at) values (${university.rows[0]!.code}, ${YEAR}, 0, now()) returning id`.execute(h.db);
  await sql`
    insert into handovers (graduate_id, batch_id, university_code, graduation_year, region_code, province_code,
      wants_job, handed_over_on, first_contact_on, outcome)
    select g.id, ${batch.rows[0]!.id}, g.university_code, g.graduation_year, g.origin_region_code,
      left(g.origin_region_code, 2), random() < 0.9, ${`${YEAR}-07-15`},
      case when random() < 0.7 then ${`${YEAR}-08-01`}::date end,
      case when random() < 0.4 then 'employed' end
    from graduates g left join destinations d on d.graduate_id = g.id
    where g.province_code = ${PROVINCE} and g.graduation_year = ${YEAR}
      and (d.approved_category is null or d.approved_category = 'not_placed') and random() < 0.1`.execute(
    h.db,
  );
  for (const table of [
    'assistance_targets',
    'assistance_plans',
    'assistance_services',
    'subsidy_applications',
    'handovers',
  ])
    await sql`analyze ${sql.table(table)}`.execute(h.db);
}

/** The naive way: every graduate of the cohort checked for a target, a plan, a service. */
function naive(h: DbHandle) {
  return sql`
    select count(*) filter (where x.target)::int as graduates, count(*) filter (where x.target and x.plan)::int as plans,
      count(*) filter (where x.target and x.service)::int as served
    from (select exists (select 1 from assistance_targets t where t.graduate_id = g.id and t.status = 'approved') as target,
            exists (select 1 from assistance_plans p where p.graduate_id = g.id) as plan,
            exists (select 1 from assistance_services s where s.graduate_id = g.id) as service
          from graduates g where g.province_code = ${PROVINCE} and g.graduation_year = ${YEAR}) x`.execute(
    h.db,
  );
}

async function measure(h: DbHandle, o: { samples: number; naiveSamples: number }) {
  const deps = { db: h.db, clock: () => new Date() };
  const university = await sql<{ university_code: string }>`select university_code from graduates
    where province_code = ${PROVINCE} group by 1 order by count(*) desc limit 1`.execute(h.db);
  const centre: AuthUser = {
    ...office,
    role: 'career_centre',
    scope: { kind: 'university', universityCode: university.rows[0]!.university_code },
  };
  const result: Record<string, unknown> = {};
  for (const [name, user] of [
    ['province office', office],
    ['career centre', centre],
  ] as const) {
    for (let i = 0; i < 3; i++) await dashboard(deps, user, YEAR);
    const ours: number[] = [];
    for (let i = 0; i < o.samples; i++) ours.push(await timeMs(() => dashboard(deps, user, YEAR)));
    result[name] = latency(ours);
  }
  const base: number[] = [];
  for (let i = 0; i < o.naiveSamples; i++) base.push(await timeMs(() => naive(h)));
  result.naiveProvinceTargets = latency(base);
  const provinceP95 = (result['province office'] as { p95: number }).p95;
  result.p95SpeedupOverNaive = Math.round((percentile(base, 95) / provinceP95) * 10) / 10;
  const figures = await dashboard(deps, office, YEAR);
  result.figures = { targets: figures.targets.graduates, unplacedTargets: figures.standard.unplacedTargets };
  return result;
}

/** `npm run bench -- assistance [--graduates N] [--samples N] [--naive-samples N] …` */
export async function assistanceBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      graduates: { type: 'string', default: '1000000' },
      samples: { type: 'string', default: '30' },
      'naive-samples': { type: 'string', default: '5' },
      'skip-pglite': { type: 'boolean', default: false },
      'skip-postgres': { type: 'boolean', default: false },
      'keep-database': { type: 'string' },
    },
  });
  const graduates = intOption('graduates', values.graduates, 1000);
  const o = {
    samples: intOption('samples', values.samples, 5),
    naiveSamples: intOption('naive-samples', values['naive-samples'], 1),
  };
  const results: Record<string, Record<string, unknown>> = {};
  await onBenchDatabases(
    {
      skipPglite: values['skip-pglite'],
      skipPostgres: values['skip-postgres'],
      keep: values['keep-database'],
    },
    async (kind, h) => {
      await migrateToLatest(h.db);
      const loaded = await sql<{ n: number }>`select count(*)::int as n from assistance_targets`.execute(
        h.db,
      );
      if (loaded.rows[0]!.n === 0) {
        console.log(`${kind}: loading ${graduates} graduates and their assistance…`);
        await load(h, graduates);
        await loadAssistance(h);
        await rebuildFigures(h.db, YEAR, PROVINCE);
        await sql`vacuum analyze`.execute(h.db);
      }
      const r = await measure(h, o);
      results[kind] = r;
      console.log(`${kind}: ${JSON.stringify(r)}`);
    },
  );
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify({ bench: 'assistance', date: new Date().toISOString(), graduates, ...o, results }, null, 2)}\n`,
  );
}
