// `npm run bench -- match-speed`: how fast recommendations are at national-ish scale (issue 5), on
// PostgreSQL and PGlite, each against a brute-force baseline measured in the same run.
//
// Data: 500,000 published postings from the demo generator (bench/shared/postings.ts) and
// 1,000,000 graduates in the tracking window, generated in SQL: majors from the undergraduate
// catalogue (four in five from classes the generator's occupations recruit from), all four degrees,
// 30 % with saved preferences (a desired city or county, a salary, an occupation group), 40 % with a
// résumé listing two or three common skills.
//
// Measured:
// - live top-20 for one graduate (what a request costs when nothing is stored: candidate routes,
//   scoring, skills for the shortlist, storing the ranking), p50/p95 over random graduates;
// - top-20 from the stored ranking (the usual case after the nightly batch), p50/p95;
// - the nightly batch for 100,000 graduates, wall time;
// - brute force: every searchable posting fetched with its skill matches, every one scored, sorted.
//   Its per-graduate time gives the ratios, and ×100,000 the batch's baseline (extrapolated).
// Targets: live top-20 p95 ≤ 50 ms and the batch ≤ 120 s, on PostgreSQL, 2 cores.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fitMatch, type SkillTerm } from '@jiuye/domain/matching/score';
import { sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { runMatchingBatch } from '../apps/server/src/modules/matching/batch';
import * as repo from '../apps/server/src/modules/matching/matching.repository';
import { recommendFor } from '../apps/server/src/modules/matching/matching.service';
import {
  learnedAffinity,
  graduateProfileOf,
  jobProfileOf,
  skillTsQuery,
} from '../apps/server/src/modules/matching/ranking';
import { OCCUPATIONS } from '../apps/server/src/seed/posting-templates';
import { benchOrganisations, buildVariants, loadPostings } from './shared/postings';
import { intOption, latency, percentile, timeMs } from './shared/stats';
import { onBenchDatabases } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/match-speed.json', import.meta.url));
const TARGET_P95_MS = 50;
const TARGET_BATCH_S = 120;
const GRADUATE_CHUNK = 100_000;
const PLACES = [
  '420100',
  '420102',
  '420106',
  '420111',
  '420500',
  '420600',
  '421000',
  '110100',
  '310100',
  '440300',
];
const SKILLS = [
  'Excel',
  'Python',
  'Java',
  'SQL',
  'CAD',
  '数据分析',
  '新媒体',
  '会计',
  '护理',
  '普通话',
  '英语',
  '沟通',
];

/** 1,000,000 graduates (or `count`) in SQL, with preferences and résumés for some. */
async function loadGraduates(h: DbHandle, count: number) {
  const year = new Date().getFullYear();
  const classes = new Set(OCCUPATIONS.flatMap((o) => o.majorClasses));
  const majors = (
    await sql<{ code: string }>`select code from majors
      where education_level = 'UNDERGRADUATE' and item_level = 'MAJOR' order by code`.execute(h.db)
  ).rows.map((r) => r.code);
  const weighted = majors.flatMap((m) => (classes.has(m.slice(0, 4)) ? [m, m, m, m] : [m]));
  const universities = (
    await sql<{ code: string; province_code: string }>`
      select code, province_code from universities order by code limit 50`.execute(h.db)
  ).rows;
  for (const u of universities)
    await sql`insert into colleges (university_code, name) values (${u.code}, '计算机与信息学院')
      on conflict do nothing`.execute(h.db);
  await sql`select setseed(0.42)`.execute(h.db);
  for (let start = 0; start < count; start += GRADUATE_CHUNK) {
    const n = Math.min(GRADUATE_CHUNK, count - start);
    await sql`
      insert into graduates (university_code, province_code, student_no, name, gender, id_number_enc,
        id_number_index, college_id, major_code, degree, graduation_year, origin_region_code)
      select c.university_code, u.province_code, 'B' || i, '毕业生' || i, case when i % 2 = 0 then 'male' else 'female' end,
        'bench', 'bench' || i, c.id, (${weighted}::text[])[1 + floor(random() * ${weighted.length})::int],
        (array['associate', 'bachelor', 'bachelor', 'bachelor', 'master', 'doctor'])[1 + floor(random() * 6)::int],
        ${year} - (i % 2), (${PLACES}::text[])[1 + i % ${PLACES.length}]
      from generate_series(${start + 1}::int, ${start + n}::int) i
      join colleges c on c.university_code = (${universities.map((u) => u.code)}::text[])[1 + i % ${universities.length}]
      join universities u on u.code = c.university_code`.execute(h.db);
    console.log(`  loaded ${start + n} graduates`);
  }
  await sql`
    insert into graduate_preferences (graduate_id, desired_regions, salary_expectation, desired_occupations, discoverable)
    select id, array[(${PLACES}::text[])[1 + floor(random() * ${PLACES.length})::int]],
      4000 + floor(random() * 8) * 1000, array[(array['2', '3', '4', '6'])[1 + floor(random() * 4)::int]], random() < 0.5
    from graduates where random() < 0.3`.execute(h.db);
  await sql`
    insert into resumes (graduate_id, content)
    select id, jsonb_build_object('skills', to_jsonb(array[
      (${SKILLS}::text[])[1 + floor(random() * ${SKILLS.length})::int],
      (${SKILLS}::text[])[1 + floor(random() * ${SKILLS.length})::int],
      (${SKILLS}::text[])[1 + floor(random() * ${SKILLS.length})::int]]))
    from graduates where random() < 0.4`.execute(h.db);
  for (const table of ['graduates', 'graduate_preferences', 'resumes', 'colleges'])
    await sql`analyze ${sql.table(table)}`.execute(h.db);
}

/**
 * An affinity as history would teach it, so look-ups and learned routes do work: each class's
 * graduates took mostly its own jobs, half as many a neighbouring class's (a learned route), and
 * some jobs open to every major.
 */
async function loadAffinity(h: DbHandle) {
  const classes = [...new Set(OCCUPATIONS.flatMap((o) => o.majorClasses))].sort();
  const rows = classes.flatMap((c, i) => [
    { major_class: c, job_class: c, share: 0.6, graduates: 60 },
    { major_class: c, job_class: classes[(i + 1) % classes.length]!, share: 0.3, graduates: 30 },
    { major_class: c, job_class: '*', share: 0.1, graduates: 10 },
  ]);
  await h.db
    .insertInto('major_affinity')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Brute force: every searchable posting with its skill matches, every one scored, the best 20. */
async function bruteForce(h: DbHandle, graduateId: string, now: Date) {
  const subject = await repo.findSubject(h.db, graduateId);
  const g = graduateProfileOf(subject!);
  const queries = g.skills.map(skillTsQuery);
  const hits = queries.length
    ? sql`array[${sql.join(queries.map((q) => sql`s.terms @@ ${q}::tsquery`))}]`
    : sql`'{}'::boolean[]`;
  const { rows } = await sql<repo.PostingFactsRow & { hits: boolean[] }>`
    select p.id, p.organisation_id, p.major_codes, p.min_degree, p.region_codes, p.salary_min_fen,
      p.salary_max_fen, p.occupation_code, p.key_fields, p.published_at,
      o.verification = 'verified' as verified, ${hits} as hits
    from posting_search s join job_postings p on p.id = s.posting_id
    join organisations o on o.id = p.organisation_id
    where s.deadline is null or s.deadline >= current_date`.execute(h.db);
  const affinity = learnedAffinity(await repo.affinities(h.db, [g.majorCode.slice(0, 4)])).fit;
  return rows
    .map((row) => {
      const job = jobProfileOf(row, (skill: SkillTerm) => row.hits[g.skills.indexOf(skill)] === true);
      return { id: row.id, score: fitMatch(g, job, now, affinity).score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 20);
}

async function measure(h: DbHandle, o: { samples: number; bruteSamples: number; batch: number }) {
  const deps = { db: h.db, clock: () => new Date() };
  const ids = (
    await sql<{ id: string }>`select id from graduates order by random() limit ${o.samples * 2}`.execute(h.db)
  ).rows.map((r) => r.id);
  await sql`delete from match_recommendations`.execute(h.db);
  // Warm-up: plans, caches, jieba.
  for (const id of ids.slice(0, 10)) await recommendFor(deps, id, 20);
  await sql`delete from match_recommendations`.execute(h.db);

  const live: number[] = [];
  for (const id of ids.slice(0, o.samples)) live.push(await timeMs(() => recommendFor(deps, id, 20)));

  await sql`delete from match_recommendations`.execute(h.db);
  console.log(`  batch for ${o.batch} graduates…`);
  const batch = await runMatchingBatch(deps, {
    asOf: new Date(),
    limit: o.batch,
    progress: (done) => done % 20_000 === 0 && console.log(`    ${done}`),
  });
  const storedIds = (
    await sql<{ graduate_id: string }>`
      select graduate_id from match_recommendations order by random() limit ${o.samples}`.execute(h.db)
  ).rows.map((r) => r.graduate_id);
  const stored: number[] = [];
  for (const id of storedIds) stored.push(await timeMs(() => recommendFor(deps, id, 20)));

  const brute: number[] = [];
  for (const id of ids.slice(o.samples, o.samples + o.bruteSamples))
    brute.push(await timeMs(() => bruteForce(h, id, new Date())));

  const liveStats = latency(live);
  const bruteStats = latency(brute);
  const bruteBatchS = (percentile(brute, 50) * o.batch) / 1000;
  return {
    liveTop20: liveStats,
    storedTop20: latency(stored),
    bruteForcePerGraduate: bruteStats,
    liveP95SpeedupOverBruteForce: Math.round((bruteStats.p95 / liveStats.p95) * 10) / 10,
    batch: {
      graduates: batch.graduates,
      postingsInMemory: batch.postings,
      sharedFirstPasses: batch.sharedFirstPasses,
      sharedRankings: batch.sharedRankings,
      seconds: Math.round(batch.ms / 100) / 10,
      msPerGraduate: Math.round((batch.ms / batch.graduates) * 100) / 100,
      bruteForceSecondsExtrapolated: Math.round(bruteBatchS),
      speedupOverBruteForce: Math.round((bruteBatchS / (batch.ms / 1000)) * 10) / 10,
    },
  };
}

/** `npm run bench -- match-speed [--postings N] [--graduates N] [--batch N] [--samples N] …` */
export async function matchSpeedBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      postings: { type: 'string', default: '500000' },
      graduates: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '100000' },
      samples: { type: 'string', default: '200' },
      'brute-samples': { type: 'string', default: '5' },
      'skip-pglite': { type: 'boolean', default: false },
      'skip-postgres': { type: 'boolean', default: false },
      'keep-database': { type: 'string' },
    },
  });
  const postings = intOption('postings', values.postings, 1000);
  const graduates = intOption('graduates', values.graduates, 1000);
  const o = {
    batch: Math.min(graduates, intOption('batch', values.batch, 100)),
    samples: intOption('samples', values.samples, 10),
    bruteSamples: intOption('brute-samples', values['brute-samples'], 1),
  };
  const organisations = benchOrganisations();
  console.log('building posting texts, lexemes and tags…');
  const variants = buildVariants(Math.min(20_000, postings), organisations);
  const results: Record<string, unknown> = {};

  const run = async (kind: 'pglite' | 'postgres', h: DbHandle) => {
    await migrateToLatest(h.db);
    const loaded = await sql<{ p: number; g: number }>`
      select (select count(*) from posting_search)::int as p, (select count(*) from graduates)::int as g`.execute(
      h.db,
    );
    if (loaded.rows[0]!.p === 0) {
      console.log(`${kind}: loading ${postings} postings…`);
      await loadPostings(h, postings, variants, organisations);
    }
    if (loaded.rows[0]!.g === 0) {
      console.log(`${kind}: loading ${graduates} graduates…`);
      await loadGraduates(h, graduates);
    }
    const learned = await sql<{ n: number }>`select count(*)::int as n from major_affinity`.execute(h.db);
    if (learned.rows[0]!.n === 0) await loadAffinity(h);
    // Measure the steady state autovacuum keeps, not the one right after a bulk load (before the
    // visibility map is set, index-only scans read every heap page: p95 was 8× worse).
    if (loaded.rows[0]!.p === 0 || loaded.rows[0]!.g === 0) await sql`vacuum analyze`.execute(h.db);
    const r = await measure(h, o);
    results[kind] = r;
    console.log(`${kind}: ${JSON.stringify(r)}`);
  };

  await onBenchDatabases(
    {
      skipPglite: values['skip-pglite'],
      skipPostgres: values['skip-postgres'],
      keep: values['keep-database'],
    },
    run,
  );

  const pg = results.postgres as Awaited<ReturnType<typeof measure>> | undefined;
  const target = pg && {
    liveTop20P95Ms: pg.liveTop20.p95,
    liveMet: pg.liveTop20.p95 <= TARGET_P95_MS,
    batchSeconds: pg.batch.seconds,
    batchMet: pg.batch.seconds <= TARGET_BATCH_S,
  };
  if (target)
    console.log(
      `targets on PostgreSQL: live top-20 p95 ${target.liveTop20P95Ms} ms (≤ ${TARGET_P95_MS}: ${target.liveMet ? 'met' : 'NOT met'}), batch ${target.batchSeconds} s (≤ ${TARGET_BATCH_S}: ${target.batchMet ? 'met' : 'NOT met'})`,
    );
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify({ bench: 'match-speed', date: new Date().toISOString(), postings, graduates, ...o, targets: { liveTop20P95Ms: TARGET_P95_MS, batchSeconds: TARGET_BATCH_S }, met: target ?? null, results }, null, 2)}\n`,
  );
}
