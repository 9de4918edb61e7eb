import { createHash, randomUUID } from 'node:crypto';
import {
  addDays,
  createRng,
  generateUscc,
  getDestinationCode,
  openCohort,
  shanghaiDate,
  UNIT_NATURES,
  type DestinationDetails,
  type Rng,
} from '@jiuye/domain';
import type { Insertable } from 'kysely';
import type { DestinationAction, DestinationEventTable, DestinationStatusValue } from '../db/schema';
import type { Deps } from '../platform/context';
import { newVerificationNo } from '../modules/destinations/destinations.service';
import { rebuildFigures } from '../modules/monitoring/monitoring.service';

// Demo 毕业去向登记 (issue 6): registrations of the roster's past cohorts, so the review queues,
// the monitoring dashboards (with last year's cohort to compare) and 查询核验 have something to
// show. Graduates register from the November before graduation, faster in spring and around June,
// and are approved a few days later; a graduate who signed an offer on the platform registers that
// employer. The walkthrough graduate (the cohort registering now) is left to register themselves.
// Evidence is a one-page placeholder PDF marked 演示材料.

const SEED = 20_261_128;
const BATCH = 1000;
const DAY_MS = 86_400_000;
/** Where graduates go, roughly as in universities' 2024 reports (shares of all graduates). */
const OUTCOMES: readonly [code: string, share: number][] = [
  ['10', 0.3],
  ['11', 0.2],
  ['12', 0.07],
  ['50', 0.02],
  ['75', 0.02],
  ['76', 0.05],
  ['80', 0.15],
  ['85', 0.03],
  ['70', 0.07],
  ['71', 0.03],
];
const UNITS = [
  '信息技术',
  '数据科技',
  '智能制造',
  '建设工程',
  '商贸',
  '教育科技',
  '医药',
  '文化传媒',
  '物流',
  '新能源',
];
const CITIES = ['武汉', '宜昌', '襄阳', '荆州', '黄石', '十堰'];
const INDUSTRIES = ['I', 'C', 'E', 'F', 'M', 'P', 'Q', 'G', 'R', 'L'];
const COUNTRIES = [
  ['英国', '曼彻斯特大学'],
  ['澳大利亚', '悉尼大学'],
  ['新加坡', '新加坡国立大学'],
  ['中国香港', '香港中文大学'],
] as const;
const PROOF: Record<string, string> = {
  '10': 'employment_agreement',
  '11': 'labour_contract',
  '12': 'employer_certificate',
  '50': 'programme_agreement',
  '75': 'business_licence',
  '76': 'freelance_statement',
  '80': 'admission_letter',
  '85': 'admission_letter',
};
export const PLACEHOLDER_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%DEMO 演示材料\n%%EOF\n',
);
export const PLACEHOLDER_SHA256 = createHash('sha256').update(PLACEHOLDER_PDF).digest('hex');

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function outcomeOf(rng: Rng): string {
  let r = rng();
  for (const [code, share] of OUTCOMES) if ((r -= share) < 0) return code;
  return '70';
}

/** A registration's details for a code. */
function detailsFor(
  rng: Rng,
  code: string,
  day: string,
  institutions: readonly string[],
): DestinationDetails {
  const city = pick(rng, CITIES);
  const region = pick(rng, ['420102', '420106', '420111', '420502', '420602', '421002']);
  switch (code) {
    case '10':
    case '11':
    case '12':
      return {
        form: 'unit',
        uscc: generateUscc(rng, { regionCode: `${region.slice(0, 4)}00` }),
        name: `${city}${pick(rng, UNITS)}有限公司`,
        nature: pick(rng, [
          'private',
          'private',
          'private',
          'state_owned',
          'foreign_invested',
          'public_institution',
        ]),
        industryCode: pick(rng, INDUSTRIES),
        regionCode: region,
        occupationCode: pick(rng, ['2', '2', '2', '3', '4', '6']),
        contractDate: day,
        monthlyPayFen: (4000 + Math.floor(rng() * 9) * 500) * 100,
      };
    case '50':
      return {
        form: 'programme',
        programme: '三支一扶',
        unitName: `${city}市乡镇卫生院`,
        regionCode: region,
        startDate: day,
      };
    case '75':
      return {
        form: 'business',
        uscc: generateUscc(rng, { regionCode: `${region.slice(0, 4)}00` }),
        name: `${city}青创${pick(rng, UNITS)}工作室`,
        regionCode: region,
        startDate: day,
        online: false,
      };
    case '76':
      return {
        form: 'freelance',
        work: pick(rng, ['自媒体运营', '独立设计师', '自由撰稿', '摄影师']),
        regionCode: region,
        statementSigned: true,
      };
    case '80':
      return { form: 'study', institution: pick(rng, institutions), programme: '硕士研究生' };
    case '85': {
      const [country, institution] = pick(rng, COUNTRIES);
      return { form: 'abroad', country, institution, programme: '硕士' };
    }
    case '71':
      return { form: 'not_placed', label: pick(rng, ['planning_study', 'planning_abroad']) };
    default:
      return {
        form: 'not_placed',
        label: pick(rng, ['job_seeking', 'job_seeking', 'public_exam', 'signing']),
      };
  }
}

/** A registration day for a cohort: most in March–June of the graduation year, some earlier. */
function registrationDay(rng: Rng, year: number): string {
  const r = rng();
  const from = r < 0.15 ? `${year - 1}-11-01` : r < 0.85 ? `${year}-03-01` : `${year}-07-01`;
  const span = r < 0.15 ? 120 : r < 0.85 ? 120 : 60;
  return addDays(from, Math.floor(rng() * rng() * span));
}

export interface DestinationSeedSummary {
  registered: number;
  approved: number;
  pending: number;
}

/** Seeds registrations for the roster's cohorts before the one registering now, then the figures. */
export async function seedDestinations(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { reviewers: { counsellor: string; centre: string } },
): Promise<DestinationSeedSummary> {
  const { db } = deps;
  const rng = createRng(SEED);
  const now = deps.clock();
  const today = shanghaiDate(now);
  const cohort = openCohort(now);
  const [graduates, signed, institutionRows] = await Promise.all([
    db
      .selectFrom('graduates')
      .select(['id', 'graduation_year', 'province_code'])
      .where('graduation_year', '<', cohort)
      .orderBy('university_code')
      .orderBy('student_no')
      .execute(),
    db
      .selectFrom('applications as a')
      .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
      .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
      .select([
        'a.graduate_id',
        'o.uscc',
        'o.name',
        'o.nature',
        'o.industry_code',
        'o.region_code',
        'p.salary_min_fen',
        'a.updated_at',
      ])
      .where('a.status', '=', 'signed')
      .where('p.job_type', '=', 'full_time')
      .execute(),
    db
      .selectFrom('universities')
      .select('name')
      .where('level', '=', '本科')
      .orderBy('code')
      .limit(200)
      .execute(),
  ]);
  const offers = new Map(signed.map((s) => [s.graduate_id, s]));
  const institutions = institutionRows.map((u) => u.name);
  const summary: DestinationSeedSummary = { registered: 0, approved: 0, pending: 0 };
  type Row = { id: string; year: number };
  let batch: Row[] = [];

  const flush = async () => {
    const destinations = [];
    const versions = [];
    const events: Insertable<DestinationEventTable>[] = [];
    const evidence = [];
    for (const g of batch) {
      // 8 % never registered.
      if (rng() < 0.08) continue;
      const offer = offers.get(g.id);
      const code = offer ? '10' : outcomeOf(rng);
      let day = registrationDay(rng, g.year);
      if (offer) day = shanghaiDate(new Date(offer.updated_at));
      if (day > today) day = today;
      const details: DestinationDetails = offer
        ? {
            form: 'unit',
            uscc: offer.uscc,
            name: offer.name,
            nature: offer.nature ?? pick(rng, UNIT_NATURES).key,
            industryCode: offer.industry_code ?? 'I',
            regionCode: offer.region_code ?? '420106',
            occupationCode: '2',
            contractDate: day,
            monthlyPayFen: Number(offer.salary_min_fen ?? 600_000),
          }
        : detailsFor(rng, code, day, institutions);
      const category = getDestinationCode(code)!.category;
      const registeredAt = new Date(Date.parse(`${day}T10:00:00+08:00`) + Math.floor(rng() * 8 * 3_600_000));
      // The latest registrations still wait for review; a few were returned.
      const r = rng();
      const status: DestinationStatusValue =
        r < 0.04 ? 'pending_college' : r < 0.07 ? 'pending_university' : r < 0.09 ? 'returned' : 'approved';
      const collegeAt = new Date(Math.min(registeredAt.getTime() + (1 + rng() * 4) * DAY_MS, now.getTime()));
      const approvedAt = new Date(Math.min(collegeAt.getTime() + (1 + rng() * 5) * DAY_MS, now.getTime()));
      const approved = status === 'approved';
      const evidenceId = randomUUID();
      const proof = PROOF[code];
      destinations.push({
        graduate_id: g.id,
        version: 1,
        destination_code: code,
        category,
        details: JSON.stringify(details),
        status,
        return_reason: status === 'returned' ? '证明材料不清晰，请重新上传盖章页' : null,
        approved_category: approved ? category : null,
        verification_no: approved ? newVerificationNo() : null,
        registered_at: registeredAt,
        updated_at: approved ? approvedAt : status === 'pending_college' ? registeredAt : collegeAt,
        approved_at: approved ? approvedAt : null,
      });
      versions.push({
        graduate_id: g.id,
        version: 1,
        destination_code: code,
        category,
        details: JSON.stringify(details),
        evidence_ids: proof ? [evidenceId] : [],
        source: 'graduate' as const,
        created_by: null,
        created_at: registeredAt,
      });
      const event = (
        action: DestinationAction,
        st: DestinationStatusValue,
        at: Date,
        who: string | null,
        role: string,
      ) =>
        events.push({
          graduate_id: g.id,
          version: 1,
          action,
          status: st,
          reason: action === 'returned' ? '证明材料不清晰，请重新上传盖章页' : null,
          actor_id: who,
          actor_role: role,
          at,
        });
      event('registered', 'pending_college', registeredAt, null, 'graduate');
      if (status === 'returned')
        event('returned', 'returned', collegeAt, opts.reviewers.counsellor, 'counsellor');
      if (status === 'pending_university' || approved)
        event('college_approved', 'pending_university', collegeAt, opts.reviewers.counsellor, 'counsellor');
      if (approved) event('approved', 'approved', approvedAt, opts.reviewers.centre, 'career_centre');
      if (proof)
        evidence.push({
          id: evidenceId,
          graduate_id: g.id,
          kind: proof,
          file_name: '演示材料.pdf',
          mime_type: 'application/pdf',
          size_bytes: PLACEHOLDER_PDF.length,
          sha256: PLACEHOLDER_SHA256,
          content: PLACEHOLDER_PDF,
          uploaded_by: null,
          uploaded_at: registeredAt,
        });
      summary.registered++;
      if (approved) summary.approved++;
      else summary.pending++;
    }
    batch = [];
    if (destinations.length === 0) return;
    await db.insertInto('destinations').values(destinations).execute();
    await db.insertInto('destination_versions').values(versions).execute();
    await db.insertInto('destination_events').values(events).execute();
    if (evidence.length) await db.insertInto('destination_evidence').values(evidence).execute();
  };

  for (const g of graduates) {
    batch.push({ id: g.id, year: g.graduation_year });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const cohorts = new Set(graduates.map((g) => `${g.graduation_year}:${g.province_code}`));
  for (const c of cohorts) {
    const [year, province] = c.split(':');
    await rebuildFigures(db, Number(year), province!);
  }
  return summary;
}
