import { KEY_FIELDS, maskName, OCCUPATION_MAJOR_GROUPS, shanghaiDate, type DegreeKey } from '@jiuye/domain';
import {
  mentionsIn,
  rankMatches,
  scoreMatch,
  type GraduateProfile,
  type JobProfile,
} from '@jiuye/domain/matching/score';
import { filterClauses, qualifyingDegrees, regionPrefix } from '@jiuye/domain/search/posting-tags';
import { indexTokens, parseQuery, quoteLexeme } from '@jiuye/domain/search/tokens';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { assertGraduateInScope } from '../graduates/graduates.service';
import { mayManagePosting } from '../jobs/jobs.policy';
import { postingCardDto } from '../jobs/posting-dto';
import type { PostingRow } from '../jobs/jobs.repository';
import { findPostingRow, findPostingRows } from '../jobs/jobs.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './matching.repository';

/** Newest postings taken per candidate route (major fit, region fit) before scoring. */
const CANDIDATES_PER_ROUTE = 400;
export const MAX_RECOMMENDATIONS = 50;
export const PREFERENCE_LIMITS = { regions: 10, occupations: 8, reason: 200 } as const;

export interface PreferencesInput {
  desiredRegions: string[];
  salaryExpectation: number | null;
  desiredOccupations: string[];
  keyFieldOptIns: string[];
  useOrigin: boolean;
  discoverable: boolean;
}

function ownGraduateId(user: AuthUser): string {
  if (user.role !== 'graduate' || !user.scope.graduateId)
    throw new AppError('forbidden', '只有毕业生可以设置求职意向');
  return user.scope.graduateId;
}

const DEFAULT_PREFERENCES: PreferencesInput = {
  desiredRegions: [],
  salaryExpectation: null,
  desiredOccupations: [],
  keyFieldOptIns: [],
  useOrigin: false,
  discoverable: false,
};

async function preferencesOf(deps: Pick<Deps, 'db'>, graduateId: string) {
  const row = await repo.findPreferences(deps.db, graduateId);
  const prefs: PreferencesInput = row
    ? {
        desiredRegions: row.desired_regions,
        salaryExpectation: row.salary_expectation,
        desiredOccupations: row.desired_occupations,
        keyFieldOptIns: row.key_field_opt_ins,
        useOrigin: row.use_origin,
        discoverable: row.discoverable,
      }
    : DEFAULT_PREFERENCES;
  return { prefs, saved: !!row, updatedAt: row ? new Date(row.updated_at).toISOString() : null };
}

/** The signed-in graduate's preferences (defaults before the first save) and what is missing. */
export async function getPreferences(deps: Pick<Deps, 'db'>, user: AuthUser) {
  const graduateId = ownGraduateId(user);
  const [{ prefs, saved, updatedAt }, ref] = await Promise.all([
    preferencesOf(deps, graduateId),
    referenceCache(deps.db),
  ]);
  return {
    ...prefs,
    desiredRegionNames: prefs.desiredRegions.map((code) => ({ code, name: ref.regionName(code) ?? code })),
    saved,
    updatedAt,
    missing: missingOf(prefs, (await repo.resumeSkills(deps.db, graduateId)).length > 0),
  };
}

/** What the graduate could add to get better recommendations (the home page prompts for it). */
function missingOf(p: PreferencesInput, hasSkills: boolean) {
  const missing: ('regions' | 'salary' | 'occupations' | 'skills')[] = [];
  if (p.desiredRegions.length === 0) missing.push('regions');
  if (p.salaryExpectation === null) missing.push('salary');
  if (p.desiredOccupations.length === 0) missing.push('occupations');
  if (!hasSkills) missing.push('skills');
  return missing;
}

/** Saves preferences; every unknown code is reported at once with its position. */
export async function savePreferences(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  input: PreferencesInput,
) {
  const graduateId = ownGraduateId(user);
  const ref = await referenceCache(deps.db);
  const issues: Issue[] = [];
  input.desiredRegions.forEach((code, i) => {
    if (!ref.isKnownRegion(code))
      issues.push({ path: `desiredRegions.${i}`, message: `地区代码“${code}”不存在` });
  });
  input.desiredOccupations.forEach((code, i) => {
    if (!OCCUPATION_MAJOR_GROUPS.some((o) => o.code === code))
      issues.push({ path: `desiredOccupations.${i}`, message: `职业大类“${code}”不存在` });
  });
  input.keyFieldOptIns.forEach((key, i) => {
    if (!KEY_FIELDS.some((k) => k.key === key))
      issues.push({ path: `keyFieldOptIns.${i}`, message: `重点领域“${key}”不存在` });
  });
  if (issues.length > 0) throw validationError(issues);
  await repo.savePreferences(
    deps.db,
    graduateId,
    {
      desired_regions: [...new Set(input.desiredRegions)],
      salary_expectation: input.salaryExpectation,
      desired_occupations: [...new Set(input.desiredOccupations)],
      key_field_opt_ins: [...new Set(input.keyFieldOptIns)],
      use_origin: input.useOrigin,
      discoverable: input.discoverable,
    },
    deps.clock(),
  );
  return getPreferences(deps, user);
}

/** The job profile the model scores; words only when the graduate has skills to look for. */
function jobProfileOf(p: PostingRow, withWords: boolean): JobProfile {
  return {
    id: p.id,
    organisationId: p.organisation_id,
    majorCodes: p.major_codes,
    minDegree: p.min_degree as DegreeKey | null,
    regionCodes: p.region_codes,
    salaryMin: Number(p.salary_min_fen ?? 0) / 100,
    salaryMax: Number(p.salary_max_fen ?? 0) / 100,
    mentions: mentionsIn(
      withWords ? new Set(indexTokens(`${p.title}\n${p.description}\n${p.requirements ?? ''}`)) : new Set(),
    ),
    occupationCode: p.occupation_code,
    keyFields: p.key_fields,
    publishedAt: p.published_at ? new Date(p.published_at) : new Date(p.updated_at),
    verified: p.organisation_verified,
  };
}

/**
 * The best postings for a graduate, each with its reasons. Candidates are the newest postings the
 * graduate qualifies for that fit their major (its class, or 专业不限) or a desired region — two GIN
 * lookups on the search tags — and the model ranks them.
 */
export async function recommendFor(deps: Pick<Deps, 'db' | 'clock'>, graduateId: string, limit: number) {
  const graduate = await repo.findGraduateBasics(deps.db, graduateId);
  if (!graduate) throw new AppError('not_found', '毕业生记录不存在');
  const now = deps.clock();
  const today = shanghaiDate(now);
  const [{ prefs }, skills, dismissed, affinity, ref] = await Promise.all([
    preferencesOf(deps, graduateId),
    repo.resumeSkills(deps.db, graduateId),
    repo.dismissalsOf(deps.db, graduateId),
    repo.affinityOf(deps.db, graduate.major_code.slice(0, 4)),
    referenceCache(deps.db),
  ]);
  const degree = graduate.degree as DegreeKey;
  const qualifies = quoteLexeme(`d:${degree}`);
  const regions = [
    ...prefs.desiredRegions,
    ...(prefs.useOrigin && graduate.origin_region_code ? [graduate.origin_region_code] : []),
  ];
  const routes = [`${qualifies} & ${filterClauses({ major: graduate.major_code })[0]}`];
  if (regions.length > 0)
    routes.push(`${qualifies} & (${regions.map((r) => quoteLexeme(`r:${regionPrefix(r)}`)).join(' | ')})`);
  const ids = [
    ...new Set(
      (
        await Promise.all(routes.map((q) => repo.candidateIds(deps.db, q, today, CANDIDATES_PER_ROUTE)))
      ).flat(),
    ),
  ];
  const rows = await findPostingRows(deps.db, ids);
  const profile: GraduateProfile = {
    majorCode: graduate.major_code,
    degree,
    desiredRegions: prefs.desiredRegions,
    originRegion: graduate.origin_region_code,
    useOrigin: prefs.useOrigin,
    salaryExpectation: prefs.salaryExpectation,
    skills: skills.map((label) => ({ label, lexemes: parseQuery(label).lexemes })),
    desiredOccupations: prefs.desiredOccupations,
    keyFieldOptIns: prefs.keyFieldOptIns,
  };
  const byId = new Map(rows.map((r) => [r.id, r]));
  const scored = rows.map((row) => {
    const job = jobProfileOf(row, profile.skills.length > 0);
    return { job, result: scoreMatch(profile, job, now, (_, occupation) => affinity.get(occupation) ?? 0) };
  });
  const ranked = rankMatches(
    scored,
    {
      postingIds: new Set(dismissed.map((d) => d.posting_id)),
      organisationIds: new Set(dismissed.map((d) => d.organisation_id)),
      occupationCodes: new Set(dismissed.flatMap((d) => (d.occupation_code ? [d.occupation_code] : []))),
    },
    limit,
  );
  return {
    items: ranked.map(({ job, result }) => ({
      posting: postingCardDto(byId.get(job.id)!, ref, []),
      score: Math.round(result.score * 1000) / 1000,
      reasons: result.reasons.map(({ label, items }) => ({ label, ...(items ? { items } : {}) })),
    })),
    missing: missingOf(prefs, skills.length > 0),
  };
}

/** The signed-in graduate's recommendations. */
export function myRecommendations(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, limit: number) {
  return recommendFor(deps, ownGraduateId(user), limit);
}

/** A counsellor's (or career centre's) view: the best postings to refer one of their graduates to. */
export async function recommendationsForGraduate(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  graduateId: string,
  limit: number,
) {
  await assertGraduateInScope(deps.db, user, graduateId);
  return recommendFor(deps, graduateId, limit);
}

/** 不感兴趣: the posting leaves the graduate's recommendations; similar ones sink. */
export async function dismiss(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  postingId: string,
  reason: string | null,
) {
  const graduateId = ownGraduateId(user);
  const posting = await findPostingRow(deps.db, postingId);
  if (!posting || posting.status !== 'published') throw new AppError('not_found', '岗位不存在或已下线');
  await repo.insertDismissal(deps.db, {
    graduate_id: graduateId,
    posting_id: posting.id,
    organisation_id: posting.organisation_id,
    occupation_code: posting.occupation_code,
    reason: reason?.trim() || null,
  });
}

/** Takes back a 不感兴趣. */
export async function undismiss(deps: Pick<Deps, 'db'>, user: AuthUser, postingId: string) {
  if (!(await repo.deleteDismissal(deps.db, ownGraduateId(user), postingId)))
    throw new AppError('not_found', '没有对该岗位标记不感兴趣');
}

/** Relearns where graduates of each major class went (the nightly batch runs it too). */
export function refreshAffinity(deps: Pick<Deps, 'db' | 'clock'>) {
  return repo.refreshAffinity(deps.db, deps.clock());
}

/** Graduates considered per posting before scoring (discoverable, right major and degree). */
const SUGGESTION_CANDIDATES = 500;
/** Leavers stay on the platform's books for two years after graduation. */
const DISCOVERABLE_YEARS = 2;

/**
 * For an employer's own published posting: the discoverable graduates who fit it best, masked (name
 * as 张*, no contact), with the same reasons a graduate sees. Assistance targets carry only the
 * neutral 优先关注 flag, and come first among equal fits (measure 十一), never ahead of a better one.
 */
export async function suggestedGraduates(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  postingId: string,
  limit: number,
) {
  const posting = await findPostingRow(deps.db, postingId);
  if (!posting || !mayManagePosting(user, posting))
    throw new AppError('not_found', '岗位不存在或不属于本单位');
  if (posting.status !== 'published') throw new AppError('conflict', '岗位发布后才能查看推荐的毕业生');
  const now = deps.clock();
  const year = Number(shanghaiDate(now).slice(0, 4));
  const [candidates, ref] = await Promise.all([
    repo.discoverableCandidates(deps.db, {
      majorCodes: posting.major_codes,
      degrees: qualifyingDegrees(posting.min_degree as DegreeKey | null),
      sinceYear: year - DISCOVERABLE_YEARS,
      limit: SUGGESTION_CANDIDATES,
    }),
    referenceCache(deps.db),
  ]);
  const job = jobProfileOf(posting, true);
  const affinities = new Map<string, Map<string, number>>();
  const scored = [];
  for (const g of candidates) {
    const cls = g.major_code.slice(0, 4);
    if (!affinities.has(cls)) affinities.set(cls, await repo.affinityOf(deps.db, cls));
    const skills = Array.isArray(g.skills) ? g.skills.filter((s): s is string => typeof s === 'string') : [];
    const profile: GraduateProfile = {
      majorCode: g.major_code,
      degree: g.degree as DegreeKey,
      desiredRegions: g.desired_regions,
      originRegion: g.origin_region_code,
      useOrigin: g.use_origin,
      salaryExpectation: g.salary_expectation,
      skills: skills.map((label) => ({ label, lexemes: parseQuery(label).lexemes })),
      desiredOccupations: g.desired_occupations,
      keyFieldOptIns: g.key_field_opt_ins,
    };
    const result = scoreMatch(
      profile,
      job,
      now,
      (_, occupation) => affinities.get(cls)?.get(occupation) ?? 0,
    );
    // Scores are compared to two decimals, so "equal fit" means equal to a counsellor's eye.
    scored.push({ g, result, rounded: Math.round(result.score * 100) });
  }
  scored.sort(
    (a, b) =>
      b.rounded - a.rounded || Number(b.g.priority) - Number(a.g.priority) || (a.g.id < b.g.id ? -1 : 1),
  );
  return {
    items: scored.slice(0, limit).map(({ g, result }) => ({
      graduateId: g.id,
      name: maskName(g.name),
      major: { code: g.major_code, name: ref.majorName(g.major_code) ?? g.major_code },
      degree: g.degree,
      graduationYear: g.graduation_year,
      priority: g.priority,
      score: Math.round(result.score * 1000) / 1000,
      reasons: result.reasons.map(({ label, items }) => ({ label, ...(items ? { items } : {}) })),
    })),
  };
}
