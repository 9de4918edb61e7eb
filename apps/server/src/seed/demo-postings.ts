import { addDays, createRng, shanghaiDate, type Rng } from '@jiuye/domain';
import { readCorpus, type CorpusAd } from '@jiuye/domain/compliance/corpus';
import type { Insertable } from 'kysely';
import type { JobPostingTable } from '../db/schema';
import type { Deps } from '../platform/context';
import * as complianceRepo from '../modules/compliance/compliance.repository';
import * as jobsRepo from '../modules/jobs/jobs.repository';
import * as marketsRepo from '../modules/markets/markets.repository';
import { postingFieldsOf, reindexAllPostings, type PostingInput } from '../modules/jobs/jobs.service';
import { referenceCache } from '../modules/reference/reference.service';
import { generatePosting } from './posting-generator';

// Demo postings: the clean ads of the labelled corpus (what the checker's tests see) plus generated
// ones (posting-templates.ts) up to DEMO_POSTINGS, across occupations, regions and salary levels.
// The cases the review queue is for come from the corpus's labelled ads.

const DEMO_POSTINGS = 3000;
const BATCH = 500;
const DAY_MS = 86_400_000;

interface Org {
  id: string;
  name: string;
  province_code: string | null;
  industry_code: string | null;
}

type Row = Insertable<JobPostingTable>;

/** The stored row of a posting in a given state (validated and checked like an employer's). */
async function rowOf(
  deps: Pick<Deps, 'db' | 'clock'>,
  org: Org,
  input: PostingInput,
  state: { status: 'draft' | 'published'; publishedAt: Date },
): Promise<Row> {
  const { fields, result } = await postingFieldsOf(deps, { ...input, industryCode: org.industry_code });
  const published = state.status === 'published';
  return {
    ...fields,
    organisation_id: org.id,
    province_code: org.province_code,
    created_by: null,
    status: state.status,
    published_at: published ? state.publishedAt : null,
    created_at: state.publishedAt,
    updated_at: state.publishedAt,
    warnings_acknowledged_at: published && result.verdict === 'warn' ? state.publishedAt : null,
    review_status: published && result.verdict === 'warn' ? 'pending' : 'none',
  };
}

/**
 * A corpus ad with the places, pay, dates and type of a generated posting. Its majors and occupation
 * group would come from an unrelated template (a PLC job asking for 临床医学), so the ad takes any
 * major and names no occupation group.
 */
function corpusInput(ad: CorpusAd, structure: PostingInput): PostingInput {
  return {
    ...structure,
    majorCodes: [],
    occupationCode: null,
    title: ad.title,
    description: ad.description,
    requirements: ad.requirements ?? null,
    salaryMin: ad.salaryMin ?? structure.salaryMin,
    salaryMax: ad.salaryMax ?? Math.max(structure.salaryMax, ad.salaryMin ?? 0),
  };
}

/** Work places: mostly the demo province's counties, some across the country. */
async function regionPool(deps: Pick<Deps, 'db'>, province: string, rng: Rng) {
  const counties = (await referenceCache(deps.db)).regions.filter((r) => r.level === 'county');
  const home = counties.filter((r) => r.code.startsWith(province)).map((r) => r.code);
  const elsewhere = counties
    .filter((r) => !r.code.startsWith(province))
    .sort(() => rng() - 0.5)
    .slice(0, home.length)
    .map((r) => r.code);
  return { home, elsewhere };
}

/**
 * A campus market of the career centre's university, Wuhan's regional job fair and a digital-economy
 * industry market, each holding some of the published postings (shared, not copied).
 */
async function seedMarkets(
  deps: Pick<Deps, 'db'>,
  rows: Row[],
  ids: string[],
  opts: { province: string; campus: { universityCode: string; universityName: string; by: string } },
) {
  const published = ids.filter((_, i) => rows[i]!.status === 'published');
  const inWuhan = ids.filter(
    (_, i) =>
      rows[i]!.status === 'published' &&
      (rows[i]!.region_codes as string[]).some((r) => r.startsWith('4201')),
  );
  const digital = ids.filter((_, i) => rows[i]!.status === 'published' && rows[i]!.industry_code === 'I');
  const markets = [
    {
      market: {
        kind: 'campus' as const,
        name: `${opts.campus.universityName}2027届秋季校园招聘`,
        description: '面向本校 2027 届毕业生的校园招聘岗位，由学校就业中心审核推荐。',
        university_code: opts.campus.universityCode,
        province_code: opts.province,
        created_by: opts.campus.by,
      },
      postings: published.slice(0, 60),
    },
    {
      market: {
        kind: 'regional' as const,
        name: '武汉市高校毕业生春季双选会（网络专场）',
        description: '武汉市各区用人单位联合招聘，岗位工作地点均在武汉市。',
        region_code: '420100',
        province_code: opts.province,
      },
      postings: inWuhan.slice(0, 80),
    },
    {
      market: {
        kind: 'industry' as const,
        name: '数字经济行业专场',
        description: '软件和信息技术服务业用人单位专场招聘。',
        industry_code: 'I',
        province_code: opts.province,
      },
      postings: digital.slice(0, 80),
    },
  ];
  for (const { market, postings } of markets) {
    const { id } = await marketsRepo.insertMarket(deps.db, market);
    await marketsRepo.addPostings(deps.db, id, postings, null);
  }
}

/**
 * About DEMO_POSTINGS published postings across verified organisations, plus the cases the review
 * queue is for: an ad published with acknowledged warnings, a graduate's report, an organisation
 * with three refused ads (a repeat offender), and an expired posting. Returns how many it created.
 */
export async function seedPostings(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: {
    employerId: string;
    graduateUserId: string;
    province: string;
    /** The demo career centre's university, which runs a campus market. */
    campus: { universityCode: string; universityName: string; by: string };
  },
): Promise<number> {
  const rng = createRng(20_261_127);
  const now = deps.clock();
  const today = shanghaiDate(now);
  const daysAgo = (d: number, hour = 0) => new Date(now.getTime() - d * DAY_MS - hour * 3_600_000);
  const corpus = readCorpus();
  const clean = corpus.filter((ad) => ad.labels.length === 0 && !ad.id.startsWith('h-'));
  const onlyWarnings = corpus.filter(
    (ad) => ad.labels.length === 1 && (ad.labels[0] === 'appearance' || ad.labels[0] === 'age'),
  );
  const blocked = corpus.filter((ad) => ad.labels.includes('fee') || ad.labels.includes('gender'));
  const organisations: Org[] = await deps.db
    .selectFrom('organisations')
    .select(['id', 'name', 'province_code', 'industry_code'])
    .where('verification', '=', 'verified')
    .orderBy('uscc')
    .execute();
  const employer = organisations.find((o) => o.id === opts.employerId)!;
  const others = organisations.filter((o) => o.id !== opts.employerId);
  const byIndustry = new Map<string, Org[]>();
  for (const o of others)
    byIndustry.set(o.industry_code ?? '', [...(byIndustry.get(o.industry_code ?? '') ?? []), o]);
  const pool = await regionPool(deps, opts.province, rng);
  const generate = () => generatePosting(rng, { today, regions: rng() < 0.75 ? pool.home : pool.elsewhere });
  const orgFor = (industry: string) => {
    const fitting = byIndustry.get(industry);
    return fitting && rng() < 0.8
      ? fitting[Math.floor(rng() * fitting.length)]!
      : others[Math.floor(rng() * others.length)]!;
  };

  const rows: Row[] = [];
  for (const [i, ad] of clean.entries()) {
    const g = generate();
    const org = i < 6 ? employer : orgFor(g.industry);
    rows.push(
      await rowOf(deps, org, corpusInput(ad, g.input), {
        status: 'published',
        publishedAt: daysAgo(g.publishedDaysAgo, i % 24),
      }),
    );
  }
  while (rows.length < DEMO_POSTINGS) {
    const g = generate();
    const org = rows.length < 14 ? employer : orgFor(g.industry);
    rows.push(
      await rowOf(deps, org, g.input, {
        status: 'published',
        publishedAt: daysAgo(g.publishedDaysAgo, rows.length % 24),
      }),
    );
  }
  // The demo employer also has a draft that cannot be published and one awaiting review.
  rows.push(
    await rowOf(deps, employer, corpusInput(blocked[0]!, generate().input), {
      status: 'draft',
      publishedAt: daysAgo(0, 1),
    }),
  );
  rows.push(
    await rowOf(deps, employer, corpusInput(onlyWarnings[0]!, generate().input), {
      status: 'published',
      publishedAt: daysAgo(0, 2),
    }),
  );
  // A repeat offender: three ads refused at publication, and one warned ad in the queue.
  const offender = others[others.length - 1]!;
  const refused: { row: Row; ruleIds: string[] }[] = [];
  for (const ad of blocked.slice(1, 4)) {
    const input = corpusInput(ad, generate().input);
    const row = await rowOf(deps, offender, input, { status: 'draft', publishedAt: daysAgo(1, 6) });
    const findings = JSON.parse(row.compliance_findings as string) as { severity: string; ruleId: string }[];
    refused.push({
      row,
      ruleIds: [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.ruleId))],
    });
  }
  rows.push(
    await rowOf(deps, offender, corpusInput(onlyWarnings[1]!, generate().input), {
      status: 'published',
      publishedAt: daysAgo(0, 3),
    }),
  );

  // One of the employer's postings ran past its deadline: the sweeper has expired it.
  Object.assign(rows[1]!, { status: 'expired', deadline: addDays(today, -3), published_at: daysAgo(40) });

  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    ids.push(...(await jobsRepo.insertPostings(deps.db, rows.slice(i, i + BATCH))).map((r) => r.id));
  }
  for (const { row, ruleIds } of refused) {
    const [inserted] = await jobsRepo.insertPostings(deps.db, [row]);
    await complianceRepo.insertBlock(deps.db, {
      posting_id: inserted!.id,
      organisation_id: offender.id,
      rule_ids: ruleIds,
      created_by: null,
    });
  }

  // A graduate's report on an otherwise clean ad of another organisation puts it in the queue.
  const reportable = ids[clean.length + 20]!;
  await complianceRepo.insertReport(deps.db, {
    posting_id: reportable,
    reporter_id: opts.graduateUserId,
    category: 'fee',
    reason: '面试时对方口头要求先交 300 元资料费，招聘信息里没有写。',
    evidence: '面试时间：上周三下午；地点：公司前台。',
  });
  await jobsRepo.setPostingState(deps.db, reportable, { review_status: 'pending' }, now);
  await seedMarkets(deps, rows, ids, opts);
  await reindexAllPostings(deps.db);
  return rows.length + refused.length;
}
