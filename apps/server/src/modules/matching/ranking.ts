import type { DegreeKey } from '@jiuye/domain';
import {
  fitWithSkills,
  rankMatches,
  scoreWithoutSkills,
  scoreWithSkills,
  skillShortlist,
  type AffinityLookup,
  type Dismissals,
  type GraduateProfile,
  type JobProfile,
  type MatchFit,
  type SkillTerm,
} from '@jiuye/domain/matching/score';
import {
  candidateRoutes,
  LEARNED_JOB_CLASS_MIN,
  LEARNED_JOB_CLASSES,
  type CandidateRoute,
} from '@jiuye/domain/matching/candidates';
import { parseQuery, quoteLexeme } from '@jiuye/domain/search/tokens';
import { ANY_JOB_CLASS, skillsOf, type PostingFactsRow, type SubjectRow } from './matching.repository';

// What the live recommendations and the nightly batch share: turning rows into the model's
// profiles, and ranking a graduate's candidates with skills looked up only where they can matter.

// Résumés repeat the same skills (Excel, Python, 普通话); the batch segments each once.
const skillTerms = new Map<string, SkillTerm>();
const MAX_SKILL_TERMS = 50_000;
function skillTermOf(label: string): SkillTerm {
  let term = skillTerms.get(label);
  if (!term) {
    if (skillTerms.size >= MAX_SKILL_TERMS) skillTerms.clear();
    skillTerms.set(label, (term = { label, lexemes: parseQuery(label).lexemes }));
  }
  return term;
}

/** The model's view of a graduate (preferences default to "no preference" before the first save). */
export function graduateProfileOf(row: SubjectRow): GraduateProfile {
  return {
    majorCode: row.major_code,
    degree: row.degree as DegreeKey,
    desiredRegions: row.desired_regions ?? [],
    originRegion: row.origin_region_code,
    useOrigin: row.use_origin ?? false,
    salaryExpectation: row.salary_expectation,
    skills: skillsOf(row.skills).map(skillTermOf),
    desiredOccupations: row.desired_occupations ?? [],
    keyFieldOptIns: row.key_field_opt_ins ?? [],
  };
}

/** The places a graduate's candidates are looked for: desired regions, and 生源地 when chosen. */
function routeRegions(g: GraduateProfile): string[] {
  return [...g.desiredRegions, ...(g.useOrigin && g.originRegion ? [g.originRegion] : [])];
}

/** 不感兴趣 marks as the model takes them. */
export function dismissalsFrom(
  rows: readonly { posting_id: string; organisation_id: string; occupation_code: string | null }[],
): Dismissals {
  return {
    postingIds: new Set(rows.map((d) => d.posting_id)),
    organisationIds: new Set(rows.map((d) => d.organisation_id)),
    occupationCodes: new Set(rows.flatMap((d) => (d.occupation_code ? [d.occupation_code] : []))),
  };
}

/** The learned affinity as matching uses it. */
export interface LearnedAffinity {
  /** The model's look-up (affinity credit). */
  fit: AffinityLookup;
  /** Other classes whose jobs graduates of a class often take: candidate routes look there too. */
  jobClassesOf(majorClass: string): string[];
}

/**
 * The learned shares (per major class, per job class) as matching uses them: a job's credit is the
 * best of its classes ('*' for a job open to every major) relative to the commonest for the
 * graduate's class, so every class's usual jobs earn the full credit however spread out it is.
 */
export function learnedAffinity(byClass: ReadonlyMap<string, ReadonlyMap<string, number>>): LearnedAffinity {
  const top = new Map([...byClass].map(([cls, shares]) => [cls, Math.max(...shares.values())]));
  const jobClasses = new Map(
    [...byClass].map(([cls, shares]) => [
      cls,
      [...shares]
        .filter(
          ([job, share]) =>
            job !== ANY_JOB_CLASS && job !== cls && share / top.get(cls)! >= LEARNED_JOB_CLASS_MIN,
        )
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, LEARNED_JOB_CLASSES)
        .map(([job]) => job),
    ]),
  );
  return {
    fit: (majorClass, jobMajorCodes) => {
      const shares = byClass.get(majorClass);
      if (!shares) return 0;
      let best = jobMajorCodes.length === 0 ? (shares.get(ANY_JOB_CLASS) ?? 0) : 0;
      for (const code of jobMajorCodes) best = Math.max(best, shares.get(code.slice(0, 4)) ?? 0);
      return best / top.get(majorClass)!;
    },
    jobClassesOf: (majorClass) => jobClasses.get(majorClass) ?? [],
  };
}

/** Where a graduate's candidates are looked for (candidateRoutes). */
export function routesFor(g: GraduateProfile, affinity: LearnedAffinity): CandidateRoute[] {
  return candidateRoutes({
    majorCode: g.majorCode,
    degree: g.degree,
    regions: routeRegions(g),
    jobClasses: affinity.jobClassesOf(g.majorCode.slice(0, 4)),
  });
}

const mentionsNothing = () => false;

/** The model's view of a posting; `mentions` answers for the graduate's skills. */
export function jobProfileOf(
  row: PostingFactsRow,
  mentions: (skill: SkillTerm) => boolean = mentionsNothing,
): JobProfile {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    majorCodes: row.major_codes,
    minDegree: row.min_degree as DegreeKey | null,
    regionCodes: row.region_codes,
    salaryMin: Number(row.salary_min_fen ?? 0) / 100,
    salaryMax: Number(row.salary_max_fen ?? 0) / 100,
    mentions,
    occupationCode: row.occupation_code,
    keyFields: row.key_fields,
    publishedAt: new Date(row.published_at ?? 0),
    verified: row.verified,
  };
}

/** A candidate posting: its row and the model's view of it (the batch builds these once per run). */
export interface Candidate {
  row: PostingFactsRow;
  job: JobProfile;
}

/** A candidate from a facts row. */
export function candidateOf(row: PostingFactsRow): Candidate {
  return { row, job: jobProfileOf(row) };
}

/** A skill as a tsquery over posting text: every lexeme of it. */
export function skillTsQuery(skill: SkillTerm): string {
  return skill.lexemes.map(quoteLexeme).join(' & ');
}

/**
 * Which of the given postings mention which of the graduate's skills (asked only for a shortlist):
 * answers with a test for one posting and one skill.
 */
export type MentionsLookup = (
  postings: readonly JobProfile[],
  skills: readonly SkillTerm[],
) => Promise<(posting: JobProfile, skill: SkillTerm) => boolean>;

export interface RankedPosting {
  job: JobProfile;
  row: PostingFactsRow;
  result: MatchFit;
}

/** A graduate's candidates fitted without skills (rankPostings' first pass). */
export interface FirstPass {
  candidates: readonly Candidate[];
  scores: Float64Array;
}

/** Fits every candidate as if it mentioned none of the skills: cheap, and independent of them. */
export function firstPass(
  g: GraduateProfile,
  candidates: readonly Candidate[],
  c: { affinity: AffinityLookup; now: Date },
): FirstPass {
  return {
    candidates,
    scores: Float64Array.from(candidates, ({ job }) => scoreWithoutSkills(g, job, c.now, c.affinity)),
  };
}

/**
 * The best `limit` of a graduate's candidate postings, from their first pass. Only the shortlist that
 * could still reach the top (skillShortlist) has its skills looked up and its score raised by them
 * (scoreWithSkills); it is ranked with the 不感兴趣 marks, and the top is fitted in full for its reasons.
 */
export async function rankPostings(
  g: GraduateProfile,
  pass: FirstPass,
  c: { dismissed: Dismissals; affinity: AffinityLookup; now: Date; limit: number; mentions: MentionsLookup },
): Promise<RankedPosting[]> {
  const { candidates, scores } = pass;
  const shortlist = skillShortlist(
    g,
    candidates.map((x) => x.job),
    scores,
    c.dismissed,
    c.limit,
  );
  // A skill of only punctuation has no lexemes and can match nothing: not worth a query.
  const skills = g.skills.filter((s) => s.lexemes.length > 0);
  const found =
    skills.length > 0
      ? await c.mentions(
          shortlist.map((i) => candidates[i]!.job),
          skills,
        )
      : null;
  const scored = shortlist.map((i) => {
    const { row, job } = candidates[i]!;
    const skillsFound = found ? skills.filter((skill) => found(job, skill)) : [];
    return {
      job,
      row,
      skillsFound,
      result: { score: scoreWithSkills(g, job, scores[i]!, skillsFound.length) },
    };
  });
  return rankMatches(scored, c.dismissed, c.limit).map(({ job, row, skillsFound, result }) => ({
    job,
    row,
    // Damped by the 不感兴趣 marks as ranked.
    result: { ...fitWithSkills(g, job, c.now, c.affinity, skillsFound), score: result.score },
  }));
}
