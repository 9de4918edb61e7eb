// `npm run bench -- search`: job search over N published postings (default 500,000): a fixed mix of
// queries with and without filters, p50/p95 latency of the search (results + total) and of the facet
// counts, on PGlite and PostgreSQL, against a baseline measured in the same run: a plain ILIKE scan
// of the same data with the same simple filters, newest first.
// Target (issue 4): search p95 ≤ 50 ms on PostgreSQL at 500,000 postings.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import {
  postingFacets,
  searchPostings,
  type SearchParams,
} from '../apps/server/src/modules/jobs/search.service';
import { benchOrganisations, buildVariants, loadPostings } from './shared/postings';
import { intOption, latency, percentile, timeMs } from './shared/stats';
import { onBenchDatabases } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/search.json', import.meta.url));
const TARGET_P95_MS = 50;
const DAY_MS = 86_400_000;

type Query = Omit<SearchParams, 'offset' | 'limit' | 'sort'> & { sort?: SearchParams['sort'] };
/** The mix: common and rare words, mixed Chinese/English, filters alone and combined, sorts. */
const QUERIES: Query[] = [
  { q: '软件' },
  { q: '教师' },
  { q: '护士' },
  { q: 'Java开发' },
  { q: 'PLC' },
  { q: '会计' },
  { q: '工程师' },
  { q: '数据分析' },
  { q: '销售', minSalary: 8000 },
  { q: '工程师', minSalary: 15000 },
  { q: '运营', region: '420100' },
  { q: '新媒体运营', degree: 'bachelor' },
  { q: '教师', jobType: 'full_time', region: '420000' },
  { q: '工程师', sort: 'salary' },
  { region: '420000', degree: 'bachelor' },
  { major: '080901', region: '420000', minSalary: 6000 },
  { postedWithin: 7 },
  {},
];
const label = (q: Query) =>
  Object.entries(q)
    .map(([k, v]) => (k === 'q' ? String(v) : `${k}=${v}`))
    .join(' ') || '(all)';

/** What a naive implementation does: ILIKE each word over title and body, simple filters, newest first. */
function baseline(h: DbHandle, q: Query) {
  const words = (q.q ?? '').split(/\s+/).filter(Boolean);
  let query = h.db.selectFrom('job_postings').select(['id', 'title']).where('status', '=', 'published');
  for (const w of words)
    query = query.where((eb) =>
      eb.or([eb('title', 'ilike', `%${w}%`), eb('description', 'ilike', `%${w}%`)]),
    );
  if (q.minSalary !== undefined) query = query.where('salary_max_fen', '>=', q.minSalary * 100);
  if (q.region) {
    const prefix = q.region.replace(/(00)+$/, '');
    query = query.where(
      sql<boolean>`exists (select 1 from unnest(region_codes) r where r like ${`${prefix}%`})`,
    );
  }
  if (q.jobType) query = query.where('job_type', '=', q.jobType as 'full_time');
  if (q.postedWithin)
    query = query.where('published_at', '>=', new Date(Date.now() - q.postedWithin * DAY_MS));
  return query
    .orderBy(q.sort === 'salary' ? 'salary_max_fen' : 'published_at', 'desc')
    .limit(20)
    .execute();
}

async function measure(h: DbHandle, rounds: number) {
  const deps = { db: h.db, clock: () => new Date() };
  const ours: number[] = [];
  const facets: number[] = [];
  const base: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const ms = await timeMs(() =>
        searchPostings(deps, { ...q, sort: q.sort ?? 'relevance', offset: 0, limit: 20 }),
      );
      ours.push(ms);
      perQuery.set(label(q), [...(perQuery.get(label(q)) ?? []), ms]);
      facets.push(await timeMs(() => postingFacets(deps, q)));
      base.push(await timeMs(() => baseline(h, q)));
    }
  }
  const o = latency(ours);
  const b = latency(base);
  return {
    search: o,
    facets: latency(facets),
    baseline: b,
    p95Ratio: Math.round((b.p95 / o.p95) * 10) / 10,
    medianMsPerQuery: Object.fromEntries(
      [...perQuery].map(([k, v]) => [k, Math.round(percentile(v, 50) * 10) / 10]),
    ),
  };
}

/** `npm run bench -- search [--postings N] [--rounds N] [--skip-pglite] [--skip-postgres]` */
export async function searchBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      postings: { type: 'string', default: '500000' },
      rounds: { type: 'string', default: '5' },
      'skip-pglite': { type: 'boolean', default: false },
      'skip-postgres': { type: 'boolean', default: false },
      // Loads once into a named database on the server and keeps it, to iterate on queries.
      'keep-database': { type: 'string' },
    },
  });
  const postings = intOption('postings', values.postings, 1000);
  const rounds = intOption('rounds', values.rounds, 1);
  const organisations = benchOrganisations();
  console.log('building posting texts, lexemes and tags…');
  const variants = buildVariants(Math.min(20_000, postings), organisations);
  const results: Record<string, unknown> = {};

  const run = async (kind: 'pglite' | 'postgres', h: DbHandle) => {
    await migrateToLatest(h.db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from posting_search`.execute(h.db);
    if (rows[0]!.n === 0) {
      console.log(`${kind}: loading ${postings} postings…`);
      await loadPostings(h, postings, variants, organisations);
    } else console.log(`${kind}: reusing ${rows[0]!.n} postings already loaded`);
    await measure(h, 1); // warm-up: caches, plans
    const r = await measure(h, rounds);
    results[kind] = r;
    console.log(
      `${kind}: search p50 ${r.search.p50} ms, p95 ${r.search.p95} ms | facets p50 ${r.facets.p50} ms, p95 ${r.facets.p95} ms | ILIKE p50 ${r.baseline.p50} ms, p95 ${r.baseline.p95} ms | baseline/search p95 ratio ${r.p95Ratio}`,
    );
    console.log(`  median ms per query: ${JSON.stringify(r.medianMsPerQuery)}`);
  };

  await onBenchDatabases(
    {
      skipPglite: values['skip-pglite'],
      skipPostgres: values['skip-postgres'],
      keep: values['keep-database'],
    },
    run,
  );

  const pgP95 = (results.postgres as { search: { p95: number } } | undefined)?.search.p95;
  const report = {
    bench: 'search',
    date: new Date().toISOString(),
    postings,
    rounds,
    queries: QUERIES.map(label),
    baseline:
      'ILIKE over title and description (each word) with the same simple filters, newest first, limit 20',
    target: {
      database: 'postgres',
      maxP95Ms: TARGET_P95_MS,
      p95Ms: pgP95 ?? null,
      met: pgP95 === undefined ? null : pgP95 <= TARGET_P95_MS,
    },
    results,
  };
  if (pgP95 !== undefined)
    console.log(
      `target search p95 ≤ ${TARGET_P95_MS} ms on PostgreSQL: ${report.target.met ? 'met' : 'NOT met'}`,
    );
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
}
