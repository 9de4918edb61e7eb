// `npm run bench -- search`: Chinese full-text search over N published postings (default 500,000),
// a fixed mix of queries with and without a salary filter, p50/p95 latency on PGlite and
// PostgreSQL, against a baseline measured in the same run: a plain ILIKE scan of the same data.
// Target (issue 4): p95 ≤ 50 ms on PostgreSQL at 500,000 postings.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng, generateUscc } from '@jiuye/domain';
import { readCorpus } from '@jiuye/domain/compliance/corpus';
import { indexTokens, toTsVector } from '@jiuye/domain/search/tokens';
import { createDb, sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { listPostings } from '../apps/server/src/modules/jobs/jobs.repository';
import { postingSearchQuery } from '../apps/server/src/modules/jobs/posting-search';
import { createScratchDatabase } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/search.json', import.meta.url));
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const TARGET_P95_MS = 50;
const QUERIES: { q: string; minSalaryYuan?: number }[] = [
  { q: '软件' },
  { q: '教师' },
  { q: '护士' },
  { q: 'Java开发' },
  { q: 'PLC' },
  { q: '会计' },
  { q: '工程师' },
  { q: '数据分析' },
  { q: '销售', minSalaryYuan: 8000 },
  { q: '工程师', minSalaryYuan: 15000 },
  { q: '武汉 运营' },
  { q: '新媒体运营', minSalaryYuan: 6000 },
];
const CITIES = [
  '武汉',
  '宜昌',
  '襄阳',
  '荆州',
  '恩施',
  '黄冈',
  '十堰',
  '孝感',
  '长沙',
  '成都',
  '杭州',
  '深圳',
];

interface Variant {
  title: string;
  description: string;
  requirements: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  organisation: number;
  vector: string;
}

/** Distinct posting texts (corpus ads × city × organisation), their search vectors computed once. */
function buildVariants(count: number, organisations: string[]): Variant[] {
  const rng = createRng(20_261_127);
  const ads = readCorpus().filter((ad) => ad.labels.length === 0);
  const variants: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const ad = ads[i % ads.length]!;
    const city = CITIES[Math.floor(rng() * CITIES.length)]!;
    const organisation = Math.floor(rng() * organisations.length);
    const base = ad.salaryMin ?? 4000 + Math.floor(rng() * 12) * 1000;
    const title = `${ad.title}（${city}）`;
    const description = `工作城市：${city}。${ad.description}`;
    variants.push({
      title,
      description,
      requirements: ad.requirements ?? null,
      salaryMin: base,
      salaryMax: ad.salaryMax ?? base + 3000,
      organisation,
      vector: toTsVector([
        { tokens: indexTokens(title), weight: 'A' },
        { tokens: indexTokens(organisations[organisation]!), weight: 'B' },
        { tokens: indexTokens(`${description}\n${ad.requirements ?? ''}`), weight: 'C' },
      ]),
    });
  }
  return variants;
}

async function load(h: DbHandle, postings: number, variants: Variant[], organisationNames: string[]) {
  const rng = createRng(7);
  const orgIds: string[] = [];
  for (const [i, name] of organisationNames.entries()) {
    const row = await h.db
      .insertInto('organisations')
      .values({
        kind: 'employer',
        name,
        uscc: generateUscc(rng, { regionCode: '420100' }),
        province_code: '42',
        region_code: '420102',
        verification: 'verified',
      })
      .onConflict((oc) => oc.column('uscc').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) orgIds.push(row.id);
    else orgIds.push(orgIds[i - 1]!);
  }
  const now = Date.now();
  for (let start = 0; start < postings; start += 5000) {
    const n = Math.min(5000, postings - start);
    const cols = {
      org: [] as string[],
      title: [] as string[],
      description: [] as string[],
      requirements: [] as (string | null)[],
      min: [] as (number | null)[],
      max: [] as (number | null)[],
      published: [] as string[],
      vector: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const v = variants[Math.floor(rng() * variants.length)]!;
      cols.org.push(orgIds[v.organisation]!);
      cols.title.push(v.title);
      cols.description.push(v.description);
      cols.requirements.push(v.requirements);
      cols.min.push(v.salaryMin === null ? null : v.salaryMin * 100);
      cols.max.push(v.salaryMax === null ? null : v.salaryMax * 100);
      cols.published.push(new Date(now - Math.floor(rng() * 90 * 86_400_000)).toISOString());
      cols.vector.push(v.vector);
    }
    await sql`insert into job_postings (organisation_id, province_code, title, description, requirements,
        salary_min_fen, salary_max_fen, status, compliance_verdict, published_at, search_vector)
      select o, '42', t, d, r, mn, mx, 'published', 'pass', pub, v from unnest(
        ${cols.org}::uuid[], ${cols.title}::text[], ${cols.description}::text[], ${cols.requirements}::text[],
        ${cols.min}::bigint[], ${cols.max}::bigint[], ${cols.published}::timestamptz[], ${cols.vector}::tsvector[]
      ) as x(o, t, d, r, mn, mx, pub, v)`.execute(h.db);
    if ((start / 5000) % 20 === 0) console.log(`  loaded ${start + n} postings`);
  }
  await sql`analyze job_postings`.execute(h.db);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function measure(h: DbHandle, rounds: number) {
  const ours: number[] = [];
  const baseline: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const { q, minSalaryYuan } of QUERIES) {
      const label = minSalaryYuan === undefined ? q : `${q} ≥${minSalaryYuan}`;
      ours.push(
        await timeMs(() =>
          listPostings(
            h.db,
            { kind: 'published' },
            {
              q,
              tsquery: postingSearchQuery(q) ?? undefined,
              minSalaryFen: minSalaryYuan === undefined ? undefined : minSalaryYuan * 100,
              offset: 0,
              limit: 20,
            },
          ),
        ),
      );
      perQuery.set(label, [...(perQuery.get(label) ?? []), ours.at(-1)!]);
      // Baseline: what a naive implementation does — ILIKE over title and body, newest first.
      const words = q.split(/\s+/);
      baseline.push(
        await timeMs(() =>
          h.db
            .selectFrom('job_postings')
            .select(['id', 'title'])
            .where('status', '=', 'published')
            .where((eb) =>
              eb.and(
                words.map((w) =>
                  eb.or([eb('title', 'ilike', `%${w}%`), eb('description', 'ilike', `%${w}%`)]),
                ),
              ),
            )
            .$if(minSalaryYuan !== undefined, (qb) => qb.where('salary_max_fen', '>=', minSalaryYuan! * 100))
            .orderBy('published_at', 'desc')
            .limit(20)
            .execute(),
        ),
      );
    }
  }
  const stats = (v: number[]) => ({ p50: percentile(v, 50), p95: percentile(v, 95), samples: v.length });
  const o = stats(ours);
  const b = stats(baseline);
  const slowest = Object.fromEntries(
    [...perQuery].map(([label, v]) => [label, Math.round(percentile(v, 50) * 10) / 10]),
  );
  return { ours: o, baseline: b, p95Ratio: b.p95 / o.p95, medianMsPerQuery: slowest };
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
    },
  });
  const postings = Number(values.postings);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(postings) || postings < 1000) throw new Error('--postings must be an integer ≥ 1000');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
  const organisationNames = Array.from(
    { length: 400 },
    (_, i) => `湖北${CITIES[i % CITIES.length]}科技有限公司（${i + 1}）`,
  );
  console.log('building posting texts and search vectors…');
  const variants = buildVariants(Math.min(20_000, postings), organisationNames);
  const results: Record<string, unknown> = {};

  const run = async (kind: 'pglite' | 'postgres', h: DbHandle) => {
    await migrateToLatest(h.db);
    console.log(`${kind}: loading ${postings} postings…`);
    await load(h, postings, variants, organisationNames);
    await measure(h, 1); // warm-up: caches, plans
    const r = await measure(h, rounds);
    results[kind] = r;
    console.log(
      `${kind}: ours p50 ${r.ours.p50.toFixed(1)} ms, p95 ${r.ours.p95.toFixed(1)} ms | ILIKE p50 ${r.baseline.p50.toFixed(1)} ms, p95 ${r.baseline.p95.toFixed(1)} ms | baseline/ours p95 ratio ${r.p95Ratio.toFixed(1)}`,
    );
    console.log(`  median ms per query: ${JSON.stringify(r.medianMsPerQuery)}`);
  };

  if (!values['skip-pglite']) {
    const h = await createDb({ kind: 'pglite', dataDir: null });
    try {
      await run('pglite', h);
    } finally {
      await h.db.destroy();
    }
  }
  if (!values['skip-postgres']) {
    const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
    const scratch = await createScratchDatabase(adminUrl);
    try {
      const h = await createDb({ kind: 'postgres', url: scratch.url });
      try {
        await run('postgres', h);
      } finally {
        await h.db.destroy();
      }
    } finally {
      await scratch.drop();
    }
  }
  const pgP95 = (results.postgres as { ours: { p95: number } } | undefined)?.ours.p95;
  const report = {
    bench: 'search',
    date: new Date().toISOString(),
    postings,
    rounds,
    queries: QUERIES,
    baseline: 'ILIKE over title and description (each word), newest first, limit 20',
    target: {
      database: 'postgres',
      maxP95Ms: TARGET_P95_MS,
      p95Ms: pgP95 ?? null,
      met: pgP95 === undefined ? null : pgP95 <= TARGET_P95_MS,
    },
    results,
  };
  if (pgP95 !== undefined)
    console.log(`target p95 ≤ ${TARGET_P95_MS} ms on PostgreSQL: ${report.target.met ? 'met' : 'NOT met'}`);
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
}
