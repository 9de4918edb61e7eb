import { KEY_FIELDS, maskName, OCCUPATION_MAJOR_GROUPS, shanghaiDate, type DegreeKey } from '@jiuye/domain';
import { CANDIDATES_PER_ROUTE, routeTsQuery } from '@jiuye/domain/matching/candidates';
import {
  explainMatch,
  mentionsIn,
  scoreMatch,
  type GraduateProfile,
  type JobProfile,
} from '@jiuye/domain/matching/score';
import { qualifyingDegrees } from '@jiuye/domain/search/posting-tags';
import { indexTokens } from '@jiuye/domain/search/tokens';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { assertGraduateInScope } from '../graduates/graduates.service';
import { mayManagePosting } from '../jobs/jobs.policy';
import { postingCardDto } from '../jobs/posting-dto';
import { findPostingRow, findPostingRows } from '../jobs/jobs.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './matching.repository';
import { createFactsCache } from './posting-facts';
import { createSkillMentions } from './skill-mentions';
import {
  candidateOf,
  dismissalsFrom,
  firstPass,
  graduateProfileOf,
  jobProfileOf,
  rankPostings,
  learnedAffinity,
  routesFor,
  type LearnedAffinity,
  type MentionsLookup,
  type RankedPosting,
} from './ranking';

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
function missingOf(
  p: Pick<GraduateProfile, 'desiredRegions' | 'salaryExpectation' | 'desiredOccupations'>,
  hasSkills: boolean,
) {
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
  await deps.db.transaction().execute(async (trx) => {
    await repo.savePreferences(
      trx,
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
    // Stored recommendations were ranked for the old preferences.
    await repo.forgetStored(trx, graduateId);
  });
  return getPreferences(deps, user);
}

// Per-process caches, one set per database (tests open several platforms in one process).
const caches = new WeakMap<
  Database,
  {
    mentions: MentionsLookup;
    facts: ReturnType<typeof createFactsCache>;
    affinity: { at: number; learned: Promise<LearnedAffinity> } | null;
  }
>();
function cached(db: Database) {
  let c = caches.get(db);
  if (!c)
    caches.set(db, (c = { mentions: createSkillMentions(db), facts: createFactsCache(db), affinity: null }));
  return c;
}

/** The learned affinity is relearned nightly (or by refreshAffinity here): kept this long per process. */
const AFFINITY_KEPT_MS = 10 * 60_000;

/** The whole learned affinity (a few thousand rows at most), kept per process. */
function affinityOf(db: Database): Promise<LearnedAffinity> {
  const c = cached(db);
  if (!c.affinity || Date.now() - c.affinity.at > AFFINITY_KEPT_MS) {
    const learned = repo.affinities(db).then(learnedAffinity);
    c.affinity = { at: Date.now(), learned };
    learned.catch(() => (c.affinity = null));
  }
  return c.affinity.learned;
}

/**
 * Candidates for a graduate: the newest postings on each route (candidateRoutes). When the nightly
 * batch (or an earlier request) stored recommendations and nothing about the graduate changed since,
 * the stored ones that are still open plus what was published since stand in for the full routes.
 */
async function candidatesFor(
  db: Database,
  g: GraduateProfile,
  affinity: LearnedAffinity,
  subject: repo.SubjectRow,
  stored: repo.StoredRow | undefined,
  today: string,
) {
  const changedAt = Math.max(
    new Date(subject.updated_at).getTime(),
    subject.resume_updated_at ? new Date(subject.resume_updated_at).getTime() : 0,
  );
  const since =
    stored && new Date(stored.computed_at).getTime() >= changedAt ? new Date(stored.computed_at) : null;
  const routes = routesFor(g, affinity);
  const lists = await Promise.all([
    ...routes.map((route) =>
      repo.routeCandidates(db, { tagQuery: routeTsQuery(route), today, limit: CANDIDATES_PER_ROUTE, since }),
    ),
    since && stored ? repo.searchableRefs(db, stored.posting_ids, today) : Promise.resolve([]),
  ]);
  const refs = new Map(lists.flat().map((ref) => [ref.posting_id, ref]));
  const facts = await cached(db).facts([...refs.values()]);
  return { candidates: facts.map(candidateOf), refreshed: since === null };
}

/**
 * The best postings for a graduate, each with its reasons. Candidates come from the search tags
 * (candidatesFor), the model ranks them (rankPostings), and a full computation is stored so the next
 * request only looks at what changed.
 */
export async function recommendFor(deps: Pick<Deps, 'db' | 'clock'>, graduateId: string, limit: number) {
  const [subject, stored, dismissed, affinity] = await Promise.all([
    repo.findSubject(deps.db, graduateId),
    repo.findStored(deps.db, graduateId),
    repo.dismissalsOf(deps.db, [graduateId]),
    affinityOf(deps.db),
  ]);
  if (!subject) throw new AppError('not_found', '毕业生记录不存在');
  const now = deps.clock();
  const profile = graduateProfileOf(subject);
  const [{ candidates, refreshed }, ref] = await Promise.all([
    candidatesFor(deps.db, profile, affinity, subject, stored, shanghaiDate(now)),
    referenceCache(deps.db),
  ]);
  const fit = { affinity: affinity.fit, now };
  const ranked = await rankPostings(profile, firstPass(profile, candidates, fit), {
    ...fit,
    dismissed: dismissalsFrom(dismissed),
    limit: MAX_RECOMMENDATIONS,
    mentions: cached(deps.db).mentions,
  });
  if (refreshed) await repo.saveStored(deps.db, [storedRow(graduateId, ranked, now)]);
  const top = ranked.slice(0, limit);
  const rows = new Map(
    (
      await findPostingRows(
        deps.db,
        top.map((r) => r.row.id),
      )
    ).map((r) => [r.id, r]),
  );
  return {
    items: top.flatMap(({ job, result }) => {
      const row = rows.get(job.id);
      if (!row) return []; // taken down between the two reads
      return [
        {
          posting: postingCardDto(row, ref, []),
          score: Math.round(result.score * 1000) / 1000,
          reasons: explainMatch(profile, job, result).map(({ label, items }) => ({
            label,
            ...(items ? { items } : {}),
          })),
        },
      ];
    }),
    missing: missingOf(profile, profile.skills.length > 0),
  };
}

/** A graduate's ranking as stored for later requests (best first). */
export function storedRow(graduateId: string, ranked: readonly RankedPosting[], now: Date) {
  return {
    graduate_id: graduateId,
    posting_ids: ranked.map((r) => r.row.id),
    scores: ranked.map((r) => Math.round(r.result.score * 10_000) / 10_000),
    computed_at: now,
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
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertDismissal(trx, {
      graduate_id: graduateId,
      posting_id: posting.id,
      organisation_id: posting.organisation_id,
      occupation_code: posting.occupation_code,
      reason: reason?.trim() || null,
    });
    // Its organisation and occupation group now sink, which can bring in postings not stored.
    await repo.forgetStored(trx, graduateId);
  });
}

/** Takes back a 不感兴趣. */
export async function undismiss(deps: Pick<Deps, 'db'>, user: AuthUser, postingId: string) {
  const graduateId = ownGraduateId(user);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteDismissal(trx, graduateId, postingId)))
      throw new AppError('not_found', '没有对该岗位标记不感兴趣');
    await repo.forgetStored(trx, graduateId);
  });
}

/** Relearns where graduates of each major class went (the nightly batch runs it too). */
export async function refreshAffinity(deps: Pick<Deps, 'db' | 'clock'>) {
  await repo.refreshAffinity(deps.db, deps.clock());
  // This process sees the new one at once (others within AFFINITY_KEPT_MS).
  cached(deps.db).affinity = null;
}

/** Graduates considered per posting before scoring (discoverable, right major and degree). */
const SUGGESTION_CANDIDATES = 500;
/** Leavers stay on the platform's books for two years after graduation. */
export const TRACKING_YEARS = 2;

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
      sinceYear: year - TRACKING_YEARS,
      limit: SUGGESTION_CANDIDATES,
    }),
    referenceCache(deps.db),
  ]);
  const words = new Set(
    indexTokens(`${posting.title}\n${posting.description}\n${posting.requirements ?? ''}`),
  );
  const job: JobProfile = {
    ...jobProfileOf({ ...posting, verified: posting.organisation_verified }),
    mentions: mentionsIn(words),
  };
  const affinity = (await affinityOf(deps.db)).fit;
  const scored = [];
  for (const g of candidates) {
    const result = scoreMatch(graduateProfileOf(g), job, now, affinity);
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
