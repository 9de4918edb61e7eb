// Bench data shared by the search and matching benches: N published postings from the demo
// generator, loaded straight into job_postings and posting_search (what publishing writes), and the
// timing helpers.
import { randomUUID } from 'node:crypto';
import { createRng, generateUscc, shanghaiDate } from '@jiuye/domain';
import { postingTags } from '@jiuye/domain/search/posting-tags';
import { indexTokens, quoteLexeme, toPlainTsVector, weekLexeme } from '@jiuye/domain/search/tokens';
import { sql, type DbHandle } from '../../apps/server/src/db';
import { titleKey } from '../../apps/server/src/modules/jobs/posting-search';
import { generatePosting } from '../../apps/server/src/seed/posting-generator';

const DAY_MS = 86_400_000;

export interface BenchOrganisation {
  name: string;
  nature: string;
  industry: string;
}

const NATURES = ['private', 'state_owned', 'foreign_invested', 'public_institution', 'school', 'medical'];
const INDUSTRIES = ['I', 'C', 'F', 'P', 'Q', 'E', 'J', 'L', 'M'];

/** 400 employers in Hubei's cities, with a spread of natures and industries. */
export function benchOrganisations(): BenchOrganisation[] {
  const cities = ['武汉', '宜昌', '襄阳', '荆州', '黄石', '十堰', '孝感', '恩施'];
  return Array.from({ length: 400 }, (_, i) => ({
    name: `湖北${cities[i % cities.length]}${['科技', '教育', '医药', '建设', '商贸'][i % 5]}有限公司（${i + 1}）`,
    nature: NATURES[i % NATURES.length]!,
    industry: INDUSTRIES[i % INDUSTRIES.length]!,
  }));
}

export interface Variant {
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
  occupationCode: string | null;
  deadline: string;
  organisation: number;
  tags: string;
  terms: string;
  titleKey: string;
}

/** Distinct generated postings, their lexemes and tags computed once and reused across the rows. */
export function buildVariants(count: number, organisations: BenchOrganisation[]) {
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
      occupationCode: p.occupationCode ?? null,
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

/** Loads `postings` published postings (newest last, over 90 days) drawn from the variants. */
export async function loadPostings(
  h: DbHandle,
  postings: number,
  variants: Variant[],
  organisations: BenchOrganisation[],
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
          ${col((v) => v.deadline)}::date[], ${col((v) => v.occupationCode)}::text[], ${col((v) => v.tags)}::tsvector[],
          ${picked.map((v, i) => `${v.terms} ${quoteLexeme(weekLexeme(new Date(published[i]!)))}`)}::tsvector[], ${col((v) => v.titleKey)}::text[]
        ) as x(id, org, title, description, requirements, smin, smax, pub, regions, majors, degree,
               job_type, key_fields, deadline, occupation, tags, terms, title_key)
      ),
      p as (
        insert into job_postings (id, organisation_id, province_code, title, description, requirements,
          salary_min_fen, salary_max_fen, status, compliance_verdict, published_at, region_codes,
          major_codes, min_degree, job_type, key_fields, headcount, deadline, occupation_code)
        select id, org, '42', title, description, requirements, smin, smax, 'published', 'pass', pub,
          string_to_array(regions, ','), coalesce(string_to_array(nullif(majors, ''), ','), '{}'),
          degree, job_type, coalesce(string_to_array(nullif(key_fields, ''), ','), '{}'), 1, deadline, occupation
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
