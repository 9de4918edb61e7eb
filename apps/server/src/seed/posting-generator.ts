import { addDays, DEGREE_LEVELS, KEY_FIELDS, BENEFITS, type DegreeKey, type Rng } from '@jiuye/domain';
import type { PostingInput } from '../modules/jobs/jobs.service';
import { CLOSINGS, INTROS, OCCUPATIONS } from './posting-templates';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const some = <T>(rng: Rng, items: readonly T[], n: number): T[] =>
  [...items].sort(() => rng() - 0.5).slice(0, Math.max(0, Math.min(n, items.length)));
const roundTo = (n: number, step: number) => Math.round(n / step) * step;

/** Degree asked for: mostly 本科, some 不限/大专, fewer 硕士/博士 (weights of campus recruiting). */
function minDegreeOf(rng: Rng): DegreeKey | null {
  const r = rng();
  if (r < 0.2) return null;
  if (r < 0.35) return 'associate';
  if (r < 0.83) return 'bachelor';
  if (r < 0.97) return 'master';
  return DEGREE_LEVELS[0]!.key;
}

const DEGREE_PAY: Record<string, number> = { associate: 0.85, bachelor: 1, master: 1.3, doctor: 1.8 };

export interface GeneratedPosting {
  input: PostingInput;
  /** Days before today it was published (0–59). */
  publishedDaysAgo: number;
  /** Industry section of the organisation that should post it. */
  industry: string;
}

/**
 * A realistic posting: an occupation's title, duties and requirements in varied order, the majors
 * it recruits from, pay by occupation, degree and a city factor, one to three work places.
 */
export function generatePosting(
  rng: Rng,
  opts: { today: string; regions: readonly string[]; cityPay?: (region: string) => number },
): GeneratedPosting {
  const o = pick(rng, OCCUPATIONS);
  const minDegree = minDegreeOf(rng);
  const jobTypeRoll = rng();
  const jobType = jobTypeRoll < 0.86 ? 'full_time' : jobTypeRoll < 0.95 ? 'internship' : 'traineeship';
  const regions = some(rng, opts.regions, 1 + Math.floor(rng() * rng() * 3));
  const factor =
    (DEGREE_PAY[minDegree ?? 'bachelor'] ?? 1) *
    (opts.cityPay ? opts.cityPay(regions[0]!) : 1) *
    (jobType === 'full_time' ? 1 : 0.55) *
    (0.85 + rng() * 0.3);
  const salaryMin = Math.max(2000, roundTo(o.salary[0] * factor, 500));
  const salaryMax = Math.max(salaryMin + 500, roundTo(o.salary[1] * factor, 500));
  const title = `${pick(rng, o.titles)}${jobType === 'internship' ? '（实习）' : jobType === 'traineeship' ? '（见习）' : ''}`;
  const duties = some(rng, o.duties, 3 + Math.floor(rng() * 2));
  const description = [
    `${pick(rng, INTROS)}${title}。`,
    '岗位职责：',
    ...duties.map((d, i) => `${i + 1}. ${d}；`),
    pick(rng, CLOSINGS),
  ].join('\n');
  const requirements = some(rng, o.requirements, 2 + Math.floor(rng() * 2))
    .map((r, i) => `${i + 1}. ${r}；`)
    .join('\n');
  const keyFieldRoll = rng();
  return {
    industry: pick(rng, o.industries),
    publishedDaysAgo: Math.floor(rng() * rng() * 60),
    input: {
      title,
      description,
      requirements,
      salaryMin,
      salaryMax,
      occupationCode: o.occupation,
      industryCode: null,
      majorCodes: rng() < 0.2 ? [] : some(rng, o.majorClasses, 1 + Math.floor(rng() * 2)),
      minDegree,
      regionCodes: regions,
      headcount: 1 + Math.floor(rng() * rng() * 20),
      jobType,
      keyFields: keyFieldRoll < 0.12 ? [pick(rng, KEY_FIELDS).key] : [],
      benefits: some(
        rng,
        BENEFITS.map((b) => b.key),
        2 + Math.floor(rng() * 4),
      ),
      deadline: addDays(opts.today, 10 + Math.floor(rng() * 110)),
    },
  };
}
