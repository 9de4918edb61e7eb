// `npm run bench -- monitor`: how fast the monitoring dashboards are at province scale (issue 6), on
// PostgreSQL (and PGlite), each against a naive GROUP BY over the raw records in the same run.
//
// Data: 1,000,000 graduates of one cohort in one province (湖北, 42) across its universities (up to
// 80, twelve colleges each), majors from the undergraduate catalogue, both genders, 5 % assistance
// targets, 生源地 across provinces; 85 % have a registration: 80 % of those approved (单位就业 70 %,
// 升学 15 %, 自由职业 6 %, 自主创业 2 %, 未就业 7 %), the rest waiting for review. Then the counters
// are built from the source tables (rebuildFigures; its time is reported too).
//
// Measured, p50/p95 over repeated requests, through the service a province official's dashboard
// calls (scope check, counters, names, rates):
// - the breakdown by university, and by major (the targets: p95 ≤ 100 ms on PostgreSQL);
// - the overview (total and parts, with last year's cohort);
// and the baseline for each breakdown: one GROUP BY over graduates joined to destinations.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import {
  breakdownOf,
  overview,
  rebuildFigures,
} from '../apps/server/src/modules/monitoring/monitoring.service';
import type { AuthUser } from '../apps/server/src/platform/context';
import { intOption, latency, percentile, timeMs } from './shared/stats';
import { onBenchDatabases } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/monitor.json', import.meta.url));
export const PROVINCE = '42';
export const YEAR = 2026;
const TARGET_P95_MS = 100;
const CHUNK = 100_000;

const official: AuthUser = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'bench',
  displayName: 'bench',
  role: 'edu_official',
  scope: { kind: 'province', provinceCode: PROVINCE },
};

/** The province's cohort in SQL: graduates, colleges and registrations (the assistance bench reuses it). */
export async function load(h: DbHandle, count: number) {
  const universities = (
    await sql<{ code: string }>`select code from universities where province_code = ${PROVINCE}
      order by code limit 80`.execute(h.db)
  ).rows.map((r) => r.code);
  for (const code of universities)
    for (let c = 1; c <= 12; c++)
      await sql`insert into colleges (university_code, name) values (${code}, ${`第${c}学院`})
        on conflict do nothing`.execute(h.db);
  const majors = (
    await sql<{ code: string }>`select code from majors where education_level = 'UNDERGRADUATE'
      and item_level = 'MAJOR' order by code`.execute(h.db)
  ).rows.map((r) => r.code);
  await sql`select setseed(0.6)`.execute(h.db);
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    await sql`
      insert into graduates (university_code, province_code, student_no, name, gender, id_number_enc,
        id_number_index, college_id, major_code, degree, graduation_year, origin_region_code, assistance_category)
      select c.university_code, ${PROVINCE}, 'M' || i, '毕业生' || i,
        case when random() < 0.5 then 'male' else 'female' end, 'bench', 'monitor' || i, c.id,
        (${majors}::text[])[1 + floor(random() * ${majors.length})::int],
        (array['associate', 'bachelor', 'bachelor', 'master'])[1 + floor(random() * 4)::int], ${YEAR},
        (array['420102', '420106', '421002', '410102', '430102', '500101', '510104'])[1 + floor(random() * 7)::int],
        case when random() < 0.05 then 'subsistence_allowance' end
      from generate_series(${start + 1}::int, ${start + n}::int) i
      join lateral (select id, university_code from colleges
        where university_code = (${universities}::text[])[1 + i % ${universities.length}]
        order by id offset (i / ${universities.length}) % 12 limit 1) c on true`.execute(h.db);
    console.log(`  loaded ${start + n} graduates`);
  }
  await sql`
    insert into destinations (graduate_id, version, destination_code, category, details, status,
      approved_category, registered_at, updated_at, approved_at)
    select id, 1, d.code, d.category, '{}'::jsonb, case when r < 0.8 then 'approved' else 'pending_college' end,
      case when r < 0.8 then d.category end, now(), now(), case when r < 0.8 then now() end
    from (select id, random() as reg, random() as r, random() as k from graduates
          where province_code = ${PROVINCE} and graduation_year = ${YEAR}) g
    cross join lateral (select case when k < 0.70 then '11' when k < 0.85 then '80' when k < 0.91 then '76'
      when k < 0.93 then '75' else '70' end as code) c
    cross join lateral (select c.code, case c.code when '11' then 'employed_unit' when '80' then 'further_study'
      when '76' then 'freelance' when '75' then 'self_employed' else 'not_placed' end as category) d
    where g.reg < 0.85`.execute(h.db);
  for (const table of ['graduates', 'destinations', 'colleges'])
    await sql`analyze ${sql.table(table)}`.execute(h.db);
}

/** The naive way: group the raw records on every view. */
function naive(h: DbHandle, dimension: 'university' | 'major') {
  const column = dimension === 'university' ? sql.ref('g.university_code') : sql.ref('g.major_code');
  return sql`
    select ${column} as key,
      case when d.graduate_id is null then 'unregistered' else coalesce(d.approved_category, 'pending') end as category,
      count(*)::int as n
    from graduates g left join destinations d on d.graduate_id = g.id
    where g.graduation_year = ${YEAR} and g.province_code = ${PROVINCE}
    group by 1, 2`.execute(h.db);
}

async function measure(h: DbHandle, o: { samples: number; naiveSamples: number }) {
  const deps = { db: h.db, clock: () => new Date() };
  const started = performance.now();
  await rebuildFigures(h.db, YEAR, PROVINCE);
  const rebuildS = Math.round((performance.now() - started) / 100) / 10;
  const result: Record<string, unknown> = { rebuildSeconds: rebuildS };
  for (const dimension of ['university', 'major'] as const) {
    // Warm-up: plans, the reference cache.
    for (let i = 0; i < 3; i++) await breakdownOf(deps, official, { year: YEAR, dimension });
    const ours: number[] = [];
    for (let i = 0; i < o.samples; i++)
      ours.push(await timeMs(() => breakdownOf(deps, official, { year: YEAR, dimension })));
    const base: number[] = [];
    for (let i = 0; i < o.naiveSamples; i++) base.push(await timeMs(() => naive(h, dimension)));
    const rows = (await breakdownOf(deps, official, { year: YEAR, dimension })).rows.length;
    result[dimension] = {
      rows,
      counters: latency(ours),
      naiveGroupBy: latency(base),
      p95SpeedupOverNaive: Math.round((percentile(base, 95) / percentile(ours, 95)) * 10) / 10,
    };
  }
  const over: number[] = [];
  for (let i = 0; i < o.samples; i++) over.push(await timeMs(() => overview(deps, official, { year: YEAR })));
  result.overview = latency(over);
  return result;
}

/** `npm run bench -- monitor [--graduates N] [--samples N] [--naive-samples N] …` */
export async function monitorBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      graduates: { type: 'string', default: '1000000' },
      samples: { type: 'string', default: '100' },
      'naive-samples': { type: 'string', default: '10' },
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
      const loaded = await sql<{ n: number }>`select count(*)::int as n from graduates
        where province_code = ${PROVINCE} and graduation_year = ${YEAR}`.execute(h.db);
      if (loaded.rows[0]!.n === 0) {
        console.log(`${kind}: loading ${graduates} graduates…`);
        await load(h, graduates);
        // The steady state autovacuum keeps (see match-speed).
        await sql`vacuum analyze`.execute(h.db);
      }
      const r = await measure(h, o);
      results[kind] = r;
      console.log(`${kind}: ${JSON.stringify(r)}`);
    },
  );
  const pg = results.postgres as
    { university: { counters: { p95: number } }; major: { counters: { p95: number } } } | undefined;
  const met = pg && {
    universityP95Ms: pg.university.counters.p95,
    majorP95Ms: pg.major.counters.p95,
    met: pg.university.counters.p95 <= TARGET_P95_MS && pg.major.counters.p95 <= TARGET_P95_MS,
  };
  if (met)
    console.log(
      `target on PostgreSQL (p95 ≤ ${TARGET_P95_MS} ms): by university ${met.universityP95Ms} ms, by major ${met.majorP95Ms} ms: ${met.met ? 'met' : 'NOT met'}`,
    );
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify({ bench: 'monitor', date: new Date().toISOString(), graduates, ...o, targetP95Ms: TARGET_P95_MS, met: met ?? null, results }, null, 2)}\n`,
  );
}
