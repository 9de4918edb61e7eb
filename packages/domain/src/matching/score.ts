import type { DegreeKey } from '../reference/degree-levels';
import {
  DEGREE_SHORTFALL_FACTOR,
  DISMISSED_SIMILAR_FACTOR,
  FRESHNESS_HALF_LIFE_DAYS,
  MAJOR_CREDIT,
  MATCH_WEIGHTS,
  ORIGIN_SHARE,
  REGION_CREDIT,
  NEUTRAL_CREDIT,
  SKILLS_FOR_FULL_CREDIT,
  type MatchFeature,
} from './weights';

/** What the model knows about a graduate. */
export interface GraduateProfile {
  majorCode: string;
  degree: DegreeKey;
  /** Desired work regions (6-digit province, city or county codes); empty = no preference. */
  desiredRegions: readonly string[];
  /** 生源地, used only when `useOrigin` is chosen by the graduate. */
  originRegion: string | null;
  useOrigin: boolean;
  /** Expected monthly salary (yuan), or null. */
  salaryExpectation: number | null;
  /** The résumé's skills, each as the lexemes a posting must contain to mention it (parseQuery). */
  skills: readonly SkillTerm[];
  desiredOccupations: readonly string[];
  keyFieldOptIns: readonly string[];
}

/** One skill of the résumé: as written, and as search lexemes (Java → java; 数据分析 → 数据, 据分, 分析). */
export interface SkillTerm {
  label: string;
  lexemes: readonly string[];
}

/** What the model knows about a posting. */
export interface JobProfile {
  id: string;
  organisationId: string;
  majorCodes: readonly string[];
  minDegree: DegreeKey | null;
  regionCodes: readonly string[];
  salaryMin: number;
  salaryMax: number;
  /** Whether the posting's text mentions a skill (all of its lexemes are in the text). */
  mentions: (skill: SkillTerm) => boolean;
  occupationCode: string | null;
  keyFields: readonly string[];
  publishedAt: Date;
  verified: boolean;
}

/** One reason a posting fits, for the graduate to read (专业对口, 意向地区, 技能匹配 3 项 …). */
export interface MatchReason {
  feature: MatchFeature | 'degree';
  /** Chinese label as shown. */
  label: string;
  /** 0–1 credit earned on this feature. */
  credit: number;
  /** What matched, when it is a list (the skills found). */
  items?: string[];
}

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
  /** The graduate's degree is below the posting's minimum. */
  degreeShortfall: boolean;
}

/**
 * How usual it is for graduates of a major class to take a job asking for these majors (0–1; none
 * = 专业不限), learned from where graduates went.
 */
export type AffinityLookup = (majorClass: string, jobMajorCodes: readonly string[]) => number;

const DEGREE_RANK: Record<DegreeKey, number> = { associate: 0, bachelor: 1, master: 2, doctor: 3 };
const DAY_MS = 86_400_000;
const regionPrefix = (code: string) =>
  code.slice(2) === '0000' ? code.slice(0, 2) : code.slice(4) === '00' ? code.slice(0, 4) : code;

/** `mentions` over a posting's text lexemes (indexTokens), for callers that hold them in memory. */
export function mentionsIn(words: ReadonlySet<string>): (skill: SkillTerm) => boolean {
  return (skill) => skill.lexemes.length > 0 && skill.lexemes.every((l) => words.has(l));
}

type MajorFit = keyof typeof MAJOR_CREDIT;
const majorCreditOf = (fit: MajorFit | null) => (fit ? MAJOR_CREDIT[fit] : 0);
const MAJOR_LABELS: Record<MajorFit, string> = {
  major: '专业对口',
  class: '专业相近',
  any: '专业不限',
  category: '同一学科门类',
};

/** How the posting's majors relate to the graduate's, at best (no allocation: runs per candidate). */
function majorFit(majorCode: string, wanted: readonly string[]): MajorFit | null {
  if (wanted.length === 0) return 'any';
  const cls = majorCode.slice(0, 4);
  // A posting naming the whole 专业类 (0809 计算机类) asks for every major in it.
  if (wanted.includes(majorCode) || wanted.includes(cls)) return 'major';
  if (wanted.some((c) => c.startsWith(cls))) return 'class';
  if (wanted.some((c) => c.startsWith(majorCode.slice(0, 2)))) return 'category';
  return null;
}

/** Credit for the major: the best of the posting's majors against the graduate's. */
export function majorCredit(majorCode: string, wanted: readonly string[]): { credit: number; label: string } {
  const fit = majorFit(majorCode, wanted);
  return fit ? { credit: MAJOR_CREDIT[fit], label: MAJOR_LABELS[fit] } : { credit: 0, label: '' };
}

const PREFIX_LENGTHS = [6, 4, 2] as const;

/** Credit for one desired region against the posting's places: county, city or province in common. */
function regionPairCredit(desired: string, places: readonly string[]): number {
  const want = regionPrefix(desired);
  let best = 0;
  // Plain loops: this runs for every candidate of every graduate in the nightly batch.
  for (const place of places) {
    const at = regionPrefix(place);
    let common = 0;
    for (const n of PREFIX_LENGTHS)
      if (want.length >= n && at.length >= n && want.startsWith(at.slice(0, n))) {
        common = n;
        break;
      }
    if (common === 0) continue;
    // A wish for a city is fully met by any county in it, and a county posting by a wish for its city.
    const credit =
      common === Math.min(want.length, at.length)
        ? REGION_CREDIT.county
        : common === 4
          ? REGION_CREDIT.city
          : REGION_CREDIT.province;
    if (credit > best) best = credit;
  }
  return best;
}

/** Credit for region: desired regions first; 生源地 at a discount and only when chosen. */
export function regionCredit(
  g: Pick<GraduateProfile, 'desiredRegions' | 'originRegion' | 'useOrigin'>,
  places: readonly string[],
) {
  if (g.desiredRegions.length === 0 && !(g.useOrigin && g.originRegion)) return NEUTRAL_CREDIT;
  let best = g.useOrigin && g.originRegion ? regionPairCredit(g.originRegion, places) * ORIGIN_SHARE : 0;
  for (const r of g.desiredRegions) best = Math.max(best, regionPairCredit(r, places));
  return best;
}

/** Credit for pay: full when the range reaches the expectation, falling to 0 at half of it. */
export function salaryCredit(expectation: number | null, max: number): number {
  if (expectation === null || expectation <= 0) return NEUTRAL_CREDIT;
  if (max >= expectation) return 1;
  return Math.max(0, (max - expectation / 2) / (expectation / 2));
}

/** The numbers of a match without its explanation: what ranking needs, cheap to compute. */
export interface MatchFit {
  score: number;
  credits: Readonly<Record<MatchFeature, number>>;
  /** The graduate's skills the posting mentions. */
  skillsFound: readonly SkillTerm[];
  /** The graduate's degree is below the posting's minimum. */
  degreeShortfall: boolean;
}

/**
 * How well a posting fits a graduate: a weighted sum of feature credits (0–1). Pure and
 * deterministic: the same inputs always give the same score.
 */
export function fitMatch(g: GraduateProfile, j: JobProfile, now: Date, affinity: AffinityLookup): MatchFit {
  const skillsFound =
    g.skills.length === 0 ? [] : g.skills.filter((s) => s.lexemes.length > 0 && j.mentions(s));
  return fitWithSkills(g, j, now, affinity, skillsFound);
}

/** fitMatch when which skills the posting mentions is already known (`j.mentions` is not asked). */
export function fitWithSkills(
  g: GraduateProfile,
  j: JobProfile,
  now: Date,
  affinity: AffinityLookup,
  skillsFound: readonly SkillTerm[],
): MatchFit {
  const credits = emptyCredits();
  const score = weigh(g, j, now, affinity, skillsFound.length, credits);
  return { score, credits, skillsFound, degreeShortfall: lacksDegree(g, j) };
}

const emptyCredits = (): Record<MatchFeature, number> => ({
  major: 0,
  affinity: 0,
  region: 0,
  salary: 0,
  skills: 0,
  occupation: 0,
  keyField: 0,
  freshness: 0,
  verified: 0,
});
const scratchCredits = emptyCredits();

/**
 * fitMatch's score for a posting that mentions none of the skills, without allocating anything:
 * the first pass over hundreds of candidates per graduate (see skillShortlist).
 */
export function scoreWithoutSkills(
  g: GraduateProfile,
  j: JobProfile,
  now: Date,
  affinity: AffinityLookup,
): number {
  return weigh(g, j, now, affinity, 0, scratchCredits);
}

/** The graduate's degree is below the posting's minimum. */
function lacksDegree(g: Pick<GraduateProfile, 'degree'>, j: Pick<JobProfile, 'minDegree'>): boolean {
  return j.minDegree !== null && DEGREE_RANK[g.degree] < DEGREE_RANK[j.minDegree];
}

/**
 * A posting's score once it is known to mention `skillsFound` of the skills, from its score without
 * them: skills only add. fitMatch's score is computed this way too, so the two agree to the bit.
 */
export function scoreWithSkills(
  g: Pick<GraduateProfile, 'degree'>,
  j: Pick<JobProfile, 'minDegree'>,
  withoutSkills: number,
  skillsFound: number,
): number {
  const credit = Math.min(1, skillsFound / SKILLS_FOR_FULL_CREDIT);
  return withoutSkills + MATCH_WEIGHTS.skills * credit * (lacksDegree(g, j) ? DEGREE_SHORTFALL_FACTOR : 1);
}

/** Fills `credits` for a posting that mentions `skillsFound` of the skills; returns the score. */
function weigh(
  g: GraduateProfile,
  j: JobProfile,
  now: Date,
  affinity: AffinityLookup,
  skillsFound: number,
  credits: Record<MatchFeature, number>,
): number {
  const ageDays = Math.max(0, (now.getTime() - j.publishedAt.getTime()) / DAY_MS);
  credits.affinity = affinity(g.majorCode.slice(0, 4), j.majorCodes);
  // Where graduates of the class go counts as 专业相近 where the catalogue does not link the majors
  // (a 专科 计算机类 graduate and a job written for the undergraduate 计算机类).
  credits.major = Math.max(
    majorCreditOf(majorFit(g.majorCode, j.majorCodes)),
    MAJOR_CREDIT.class * credits.affinity,
  );
  credits.region = regionCredit(g, j.regionCodes);
  credits.salary = salaryCredit(g.salaryExpectation, j.salaryMax);
  credits.skills = Math.min(1, skillsFound / SKILLS_FOR_FULL_CREDIT);
  credits.occupation = j.occupationCode && g.desiredOccupations.includes(j.occupationCode) ? 1 : 0;
  credits.keyField =
    g.keyFieldOptIns.length > 0 && j.keyFields.some((k) => g.keyFieldOptIns.includes(k)) ? 1 : 0;
  credits.freshness = 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS);
  credits.verified = j.verified ? 1 : 0;
  const w = MATCH_WEIGHTS;
  // Spelled out rather than looped over the keys: keyed lookups cost more than the rest of the fit.
  const rest =
    w.major * credits.major +
    w.affinity * credits.affinity +
    w.region * credits.region +
    w.salary * credits.salary +
    w.occupation * credits.occupation +
    w.keyField * credits.keyField +
    w.freshness * credits.freshness +
    w.verified * credits.verified;
  return scoreWithSkills(g, j, lacksDegree(g, j) ? rest * DEGREE_SHORTFALL_FACTOR : rest, skillsFound);
}

/** The reasons a counsellor would give for a fit, strongest first. */
export function explainMatch(g: GraduateProfile, j: JobProfile, fit: MatchFit): MatchReason[] {
  const { credits } = fit;
  const reasons: MatchReason[] = [];
  const catalogue = majorCredit(g.majorCode, j.majorCodes);
  if (credits.major >= MAJOR_CREDIT.class && catalogue.credit >= credits.major)
    reasons.push({ feature: 'major', label: catalogue.label, credit: credits.major });
  if (credits.affinity >= 0.5)
    reasons.push({ feature: 'affinity', label: '同专业毕业生常去', credit: credits.affinity });
  if (credits.region >= REGION_CREDIT.city && g.desiredRegions.length > 0)
    reasons.push({ feature: 'region', label: '意向地区', credit: credits.region });
  if (g.salaryExpectation && credits.salary === 1)
    reasons.push({ feature: 'salary', label: '薪资符合期望', credit: 1 });
  if (fit.skillsFound.length > 0)
    reasons.push({
      feature: 'skills',
      label: `技能匹配 ${fit.skillsFound.length} 项`,
      credit: credits.skills,
      items: fit.skillsFound.map((s) => s.label),
    });
  if (credits.occupation) reasons.push({ feature: 'occupation', label: '意向职业', credit: 1 });
  if (credits.keyField) reasons.push({ feature: 'keyField', label: '重点领域/基层项目', credit: 1 });
  if (!fit.degreeShortfall) reasons.push({ feature: 'degree', label: '学历符合', credit: 1 });
  return reasons.sort((a, b) => b.credit - a.credit);
}

/** A match's score with its reasons (fitMatch + explainMatch). */
export function scoreMatch(
  g: GraduateProfile,
  j: JobProfile,
  now: Date,
  affinity: AffinityLookup,
): MatchResult {
  const fit = fitMatch(g, j, now, affinity);
  return { score: fit.score, reasons: explainMatch(g, j, fit), degreeShortfall: fit.degreeShortfall };
}

/** What a graduate said 不感兴趣 to: postings (dropped) and what they had in common (damped). */
export interface Dismissals {
  postingIds: ReadonlySet<string>;
  organisationIds: ReadonlySet<string>;
  occupationCodes: ReadonlySet<string>;
}

/** A dismissed posting's organisation or occupation group damps the score. */
function dampedScore(job: JobProfile, score: number, dismissed: Dismissals): number {
  let damped = score;
  if (dismissed.organisationIds.has(job.organisationId)) damped *= DISMISSED_SIMILAR_FACTOR;
  if (job.occupationCode && dismissed.occupationCodes.has(job.occupationCode))
    damped *= DISMISSED_SIMILAR_FACTOR;
  return damped;
}

/**
 * Ranks scored postings for a graduate: dismissed postings go, postings of a dismissed organisation
 * or occupation group are damped, the best first (ties: newer first, then id for a stable order).
 */
export function rankMatches<T extends { job: JobProfile; result: { score: number } }>(
  scored: readonly T[],
  dismissed: Dismissals,
  limit: number,
): T[] {
  const adjusted = scored
    .filter((s) => !dismissed.postingIds.has(s.job.id))
    .map((s) => ({ s, score: dampedScore(s.job, s.result.score, dismissed) }));
  adjusted.sort(
    (a, b) =>
      b.score - a.score ||
      b.s.job.publishedAt.getTime() - a.s.job.publishedAt.getTime() ||
      (a.s.job.id < b.s.job.id ? -1 : 1),
  );
  return adjusted.slice(0, limit).map((a) => ({ ...a.s, result: { ...a.s.result, score: a.score } }));
}

/**
 * Whether a posting mentions a skill needs its text, which is costly to fetch for hundreds of
 * candidates. So candidates are first scored with no skills found (scoreWithoutSkills); this returns
 * the indexes of those that could still reach the top `limit` if they mentioned every skill — the
 * only ones worth looking up. Exact: no posting left out could have ranked in the top `limit` once
 * its skills were known. Dismissed postings are left out.
 */
export function skillShortlist(
  g: Pick<GraduateProfile, 'skills' | 'degree'>,
  jobs: readonly JobProfile[],
  scoresWithoutSkills: ArrayLike<number>,
  dismissed: Dismissals,
  limit: number,
): number[] {
  const open: number[] = [];
  for (let i = 0; i < jobs.length; i++) if (!dismissed.postingIds.has(jobs[i]!.id)) open.push(i);
  if (open.length <= limit) return open;
  // Skills only add, so the limit-th best score without them is a floor for the final top `limit`.
  const damped = Float64Array.from(open, (i) =>
    dampedScore(jobs[i]!, scoresWithoutSkills[i]!, dismissed),
  ).sort();
  const floor = damped[damped.length - limit]!;
  const skillsMax = MATCH_WEIGHTS.skills * Math.min(1, g.skills.length / SKILLS_FOR_FULL_CREDIT);
  return open.filter(
    (i) =>
      scoresWithoutSkills[i]! + skillsMax * (lacksDegree(g, jobs[i]!) ? DEGREE_SHORTFALL_FACTOR : 1) >= floor,
  );
}
