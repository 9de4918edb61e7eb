// `npm run bench -- search`: job search over N published postings (default 500,000): a fixed mix of
// queries with and without filters, p50/p95 latency of the search (results + total) and of the facet
// counts, on PGlite and PostgreSQL, against a baseline measured in the same run: a plain ILIKE scan
// of the same data with the same simple filters, newest first.
// Target (issue 4): search p95 ≤ 50 ms on PostgreSQL at 500,000 postings.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createRng, generateUscc, shanghaiDate } from '@jiuye/domain';
import { postingTags } from '@jiuye/domain/search/posting-tags';
import { indexTokens, quoteLexeme, toPlainTsVector, weekLexeme } from '@jiuye/domain/search/tokens';
import { createDb, sql, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { titleKey } from '../apps/server/src/modules/jobs/posting-search';
import {
  postingFacets,
  searchPostings,
  type SearchParams,
} from '../apps/server/src/modules/jobs/search.service';
import { generatePosting } from '../apps/server/src/seed/posting-generator';
import { createScratchDatabase } from './shared/scratch-db';

const RESULTS = fileURLToPath(new URL('./results/search.json', import.meta.url));
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
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

interface Variant {
  title: string;
  description: string;
  requirements: string | null;
  salaryMinFen: number;
  salaryMaxFen: number;
  regionCodes: string[];
  majorCodes: string[];
  minDegree: string | null;
  jobType: string;
  keyFields: string[];
  deadline: string;
  organisation: number;
  tags: string;
  terms: string;
  titleKey: string;
}

const NATURES = ['private', 'state_owned', 'foreign_invested', 'public_institution', 'school', 'medical'];
const INDUSTRIES = ['I', 'C', 'F', 'P', 'Q', 'E', 'J', 'L', 'M'];

/** Distinct generated postings, their lexemes and tags computed once and reused across the rows. */
function buildVariants(count: number, organisations: { name: string; nature: string; industry: string }[]) {
  const rng = createRng(20_261_127);
  const today = shanghaiDate(new Date());
  // Counties of Hubei (the demo province) and a spread of other provinces' capitals' districts.
  const hubei = ['420102', '420103', '420106', '420111', '420115', '420502', '420602', '421002', '422801'];
  const elsewhere = ['110108', '310115', '440305', '330106', '510107', '430104', '610113', '320102'];
  const variants: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const g = generatePosting(rng, { today, regions: rng() < 0.7 ? hubei : elsewhere });
    const organisation = Math.floor(rng() * organisations.length);
    const org = organisations[organisation]!;
    const p = g.input;
    const tags = postingTags({
      regionCodes: p.regionCodes,
      majorCodes: p.majorCodes,
      minDegree: p.minDegree,
      jobType: p.jobType,
      industryCode: org.industry,
      nature: org.nature,
      keyFields: p.keyFields,
      salaryMax: p.salaryMax,
      marketIds: [],
    });
    const terms = new Set([
      ...indexTokens(p.title),
      ...indexTokens(org.name),
      ...indexTokens(`${p.description}\n${p.requirements ?? ''}`),
    ]);
    variants.push({
      title: p.title,
      description: p.description,
      requirements: p.requirements ?? null,
      salaryMinFen: p.salaryMin * 100,
      salaryMaxFen: p.salaryMax * 100,
      regionCodes: p.regionCodes,
      majorCodes: p.majorCodes,
      minDegree: p.minDegree,
      jobType: p.jobType,
      keyFields: p.keyFields,
      deadline: p.deadline,
      organisation,
      tags: toPlainTsVector(tags),
      terms: toPlainTsVector([...terms]),
      titleKey: titleKey(p.title, org.name),
    });
  }
  return variants;
}

const BATCH = 5000;

async function load(
  h: DbHandle,
  postings: number,
  variants: Variant[],
  organisations: { name: string; nature: string; industry: string }[],
) {
  const rng = createRng(7);
  const orgIds: string[] = [];
  for (const o of organisations) {
    const row = await h.db
      .insertInto('organisations')
      .values({
        kind: 'employer',
        name: o.name,
        uscc: generateUscc(rng, { regionCode: '420100' }),
        province_code: '42',
        region_code: '420102',
        nature: o.nature,
        industry_code: o.industry,
        verification: 'verified',
      })
      .onConflict((oc) => oc.column('uscc').doNothing())
      .returning('id')
      .executeTakeFirst();
    orgIds.push(row?.id ?? orgIds.at(-1)!);
  }
  const now = Date.now();
  // Postings enter search as they are published, so rows lie in publication order.
  const times = Array.from({ length: postings }, () => now - Math.floor(rng() * 90 * DAY_MS)).sort(
    (a, b) => a - b,
  );
  for (let start = 0; start < postings; start += BATCH) {
    const n = Math.min(BATCH, postings - start);
    const picked = Array.from({ length: n }, () => variants[Math.floor(rng() * variants.length)]!);
    const ids = picked.map(() => randomUUID());
    const published = times.slice(start, start + n).map((t) => new Date(t).toISOString());
    const col = <T>(f: (v: Variant) => T) => picked.map(f);
    // Arrays of arrays do not pass through unnest; region and major codes travel as joined text.
    await sql`
      with x as (
        select * from unnest(
          ${ids}::uuid[], ${col((v) => orgIds[v.organisation]!)}::uuid[], ${col((v) => v.title)}::text[],
          ${col((v) => v.description)}::text[], ${col((v) => v.requirements)}::text[],
          ${col((v) => v.salaryMinFen)}::bigint[], ${col((v) => v.salaryMaxFen)}::bigint[],
          ${published}::timestamptz[], ${col((v) => v.regionCodes.join(','))}::text[],
          ${col((v) => v.majorCodes.join(','))}::text[], ${col((v) => v.minDegree)}::text[],
          ${col((v) => v.jobType)}::text[], ${col((v) => v.keyFields.join(','))}::text[],
          ${col((v) => v.deadline)}::date[], ${col((v) => v.tags)}::tsvector[],
          ${picked.map((v, i) => `${v.terms} ${quoteLexeme(weekLexeme(new Date(published[i]!)))}`)}::tsvector[], ${col((v) => v.titleKey)}::text[]
        ) as x(id, org, title, description, requirements, smin, smax, pub, regions, majors, degree,
               job_type, key_fields, deadline, tags, terms, title_key)
      ),
      p as (
        insert into job_postings (id, organisation_id, province_code, title, description, requirements,
          salary_min_fen, salary_max_fen, status, compliance_verdict, published_at, region_codes,
          major_codes, min_degree, job_type, key_fields, headcount, deadline)
        select id, org, '42', title, description, requirements, smin, smax, 'published', 'pass', pub,
          string_to_array(regions, ','), coalesce(string_to_array(nullif(majors, ''), ','), '{}'),
          degree, job_type, coalesce(string_to_array(nullif(key_fields, ''), ','), '{}'), 1, deadline
        from x
        returning id
      )
      insert into posting_search (posting_id, published_at, deadline, salary_max_fen, title_key, tags, terms)
      select x.id, x.pub, x.deadline, x.smax, x.title_key, x.tags, x.terms
      from x join p on p.id = x.id`.execute(h.db);
    if ((start / BATCH) % 20 === 0) console.log(`  loaded ${start + n} postings`);
  }
  await sql`analyze job_postings`.execute(h.db);
  await sql`analyze posting_search`.execute(h.db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from posting_search`.execute(h.db);
  if (rows[0]!.n !== postings) console.log(`  note: ${rows[0]!.n} search rows for ${postings} postings`);
}

/** A named database on the server, created when missing and never dropped. */
async function keptDatabase(adminUrl: string, name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--keep-database: lower-case letters, digits, _');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => undefined };
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
  const stats = (v: number[]) => ({
    p50: Math.round(percentile(v, 50) * 10) / 10,
    p95: Math.round(percentile(v, 95) * 10) / 10,
    samples: v.length,
  });
  const o = stats(ours);
  const b = stats(base);
  return {
    search: o,
    facets: stats(facets),
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
  const postings = Number(values.postings);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(postings) || postings < 1000) throw new Error('--postings must be an integer ≥ 1000');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
  const cities = ['武汉', '宜昌', '襄阳', '荆州', '黄石', '十堰', '孝感', '恩施'];
  const organisations = Array.from({ length: 400 }, (_, i) => ({
    name: `湖北${cities[i % cities.length]}${['科技', '教育', '医药', '建设', '商贸'][i % 5]}有限公司（${i + 1}）`,
    nature: NATURES[i % NATURES.length]!,
    industry: INDUSTRIES[i % INDUSTRIES.length]!,
  }));
  console.log('building posting texts, lexemes and tags…');
  const variants = buildVariants(Math.min(20_000, postings), organisations);
  const results: Record<string, unknown> = {};

  const run = async (kind: 'pglite' | 'postgres', h: DbHandle) => {
    await migrateToLatest(h.db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from posting_search`.execute(h.db);
    if (rows[0]!.n === 0) {
      console.log(`${kind}: loading ${postings} postings…`);
      await load(h, postings, variants, organisations);
    } else console.log(`${kind}: reusing ${rows[0]!.n} postings already loaded`);
    await measure(h, 1); // warm-up: caches, plans
    const r = await measure(h, rounds);
    results[kind] = r;
    console.log(
      `${kind}: search p50 ${r.search.p50} ms, p95 ${r.search.p95} ms | facets p50 ${r.facets.p50} ms, p95 ${r.facets.p95} ms | ILIKE p50 ${r.baseline.p50} ms, p95 ${r.baseline.p95} ms | baseline/search p95 ratio ${r.p95Ratio}`,
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
    const kept = values['keep-database'];
    const scratch = kept ? await keptDatabase(adminUrl, kept) : await createScratchDatabase(adminUrl);
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
