import { DEGREE_LEVELS, type DegreeKey } from '../reference/degree-levels';
import { SALARY_BANDS } from './filter-values';
import { quoteLexeme as quote } from './tokens';

/**
 * Filter tags of a published posting: short lexemes (r:42, d:bachelor …) in a small tsvector, so
 * any combination of filters is one GIN lookup and the facet counts are one GROUP BY over them.
 * Pure: the server writes them, the tests and the bench use the same functions.
 */

/** Tag standing for 专业不限 (any major). */
export const ANY_MAJOR = 'm:*';

export interface PostingFacts {
  /** Province (2), city (4) or county (6) codes. */
  regionCodes: readonly string[];
  /** Major codes (6+ characters) or major classes (4 characters); empty = 专业不限. */
  majorCodes: readonly string[];
  minDegree: DegreeKey | null;
  jobType: string;
  industryCode: string | null;
  nature: string | null;
  keyFields: readonly string[];
  /** Top of the monthly salary range, yuan. */
  salaryMax: number | null;
  /** Job markets (campus, regional, industry) the posting appears in. */
  marketIds: readonly string[];
}

/** The 4-character class of a major code (专业类 / 一级学科). */
export const majorClassOf = (code: string) => code.slice(0, 4);

/** The significant prefix of a region code: 420000 → 42, 420100 → 4201, 420102 → 420102. */
export function regionPrefix(code: string): string {
  if (code.slice(2) === '0000') return code.slice(0, 2);
  if (code.slice(4) === '00') return code.slice(0, 4);
  return code;
}

/** Region tags at every level a code implies: 420102 → r:42, r:4201, r:420102. */
function regionTags(code: string): string[] {
  const prefix = regionPrefix(code);
  return [2, 4, 6].filter((n) => n <= prefix.length).map((n) => `r:${prefix.slice(0, n)}`);
}

/**
 * Degrees a graduate may hold to qualify: a posting asking for 本科 or above is open to bachelors,
 * masters and doctors; no minimum means every level.
 */
export function qualifyingDegrees(minDegree: DegreeKey | null): DegreeKey[] {
  const order = DEGREE_LEVELS.map((d) => d.key); // highest first
  if (minDegree === null) return order;
  return order.slice(0, order.indexOf(minDegree) + 1);
}

/** All tags of a posting, deduplicated. */
export function postingTags(f: PostingFacts): string[] {
  const tags = new Set<string>();
  for (const code of f.regionCodes) for (const t of regionTags(code)) tags.add(t);
  if (f.majorCodes.length === 0) tags.add(ANY_MAJOR);
  for (const code of f.majorCodes) {
    tags.add(`m:${code}`);
    tags.add(`mc:${majorClassOf(code)}`);
  }
  for (const d of qualifyingDegrees(f.minDegree)) tags.add(`d:${d}`);
  tags.add(`t:${f.jobType}`);
  if (f.industryCode) tags.add(`i:${f.industryCode}`);
  if (f.nature) tags.add(`n:${f.nature}`);
  for (const k of f.keyFields) tags.add(`k:${k}`);
  for (const band of SALARY_BANDS) if (f.salaryMax !== null && f.salaryMax >= band) tags.add(`s:${band}`);
  for (const id of f.marketIds) tags.add(`mk:${id}`);
  return [...tags];
}

export interface SearchFilters {
  /** A province, city or county code (6 digits). */
  region?: string | undefined;
  major?: string | undefined;
  degree?: DegreeKey | undefined;
  /** Monthly salary the graduate wants at least (yuan): postings whose range reaches it. */
  minSalary?: number | undefined;
  jobType?: string | undefined;
  industry?: string | undefined;
  nature?: string | undefined;
  keyField?: string | undefined;
  market?: string | undefined;
}

/**
 * tsquery clauses (to be ANDed) for the filters that tags answer. A major matches postings naming
 * it, naming its whole class, or taking any major; a class matches any major in it. Salaries below
 * the lowest band add no tag: the exact comparison runs on the row.
 */
export function filterClauses(f: SearchFilters): string[] {
  const clauses: string[] = [];
  if (f.region) clauses.push(quote(`r:${regionPrefix(f.region)}`));
  if (f.major) {
    clauses.push(
      f.major.length <= 4
        ? `(${quote(`mc:${f.major}`)} | ${quote(ANY_MAJOR)})`
        : `(${quote(`m:${f.major}`)} | ${quote(`m:${majorClassOf(f.major)}`)} | ${quote(ANY_MAJOR)})`,
    );
  }
  if (f.degree) clauses.push(quote(`d:${f.degree}`));
  if (f.minSalary !== undefined) {
    const band = [...SALARY_BANDS].reverse().find((b) => b <= f.minSalary!);
    if (band !== undefined) clauses.push(quote(`s:${band}`));
  }
  if (f.jobType) clauses.push(quote(`t:${f.jobType}`));
  if (f.industry) clauses.push(quote(`i:${f.industry}`));
  if (f.nature) clauses.push(quote(`n:${f.nature}`));
  if (f.keyField) clauses.push(quote(`k:${f.keyField}`));
  if (f.market) clauses.push(quote(`mk:${f.market}`));
  return clauses;
}
