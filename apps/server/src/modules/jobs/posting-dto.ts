import type { Finding } from '@jiuye/domain/compliance/index';
import type { ReferenceCache } from '../reference/reference.service';
import type { PostingRow } from './jobs.repository';

const FEN_PER_YUAN = 100;
const yuan = (fen: string | number | null) => (fen === null ? null : Number(fen) / FEN_PER_YUAN);
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Region codes with their names (an unknown code keeps the code as its name). */
function regionsOf(codes: readonly string[], ref: ReferenceCache) {
  return codes.map((code) => ({ code, name: ref.regionName(code) ?? code }));
}

/** The posting as its owner and officials see it (salaries in yuan per month; stored in fen). */
export function postingDto(p: PostingRow, ref: ReferenceCache) {
  return {
    ...postingSummary(p, ref),
    description: p.description,
    requirements: p.requirements,
    occupationCode: p.occupation_code,
    majors: p.major_codes.map((code) => ({ code, name: ref.majorName(code) ?? code })),
    benefits: p.benefits,
    reviewStatus: p.review_status,
    compliance: {
      verdict: p.compliance_verdict,
      findings: p.compliance_findings as Finding[],
      warningsAcknowledgedAt: iso(p.warnings_acknowledged_at),
    },
    createdAt: iso(p.created_at)!,
    updatedAt: iso(p.updated_at)!,
  };
}

/** What a list or a search result card shows. */
function postingSummary(p: PostingRow, ref: ReferenceCache) {
  return {
    id: p.id,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    organisationVerified: p.organisation_verified,
    organisationNature: p.organisation_nature,
    title: p.title,
    salaryMin: yuan(p.salary_min_fen),
    salaryMax: yuan(p.salary_max_fen),
    regions: regionsOf(p.region_codes, ref),
    minDegree: p.min_degree,
    jobType: p.job_type,
    industryCode: p.industry_code,
    keyFields: p.key_fields,
    headcount: p.headcount,
    deadline: p.deadline,
    status: p.status,
    publishedAt: iso(p.published_at),
  };
}

const SNIPPET_LENGTH = 120;

/**
 * A stretch of the description around the first query word found (case-insensitively), so the
 * card shows why it matched; the start of the description when no word is found literally.
 */
export function snippetOf(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - 20, flat.length - SNIPPET_LENGTH));
  const end = Math.min(flat.length, start + SNIPPET_LENGTH);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** A search result card: the summary plus a snippet around the query words. */
export function postingCardDto(p: PostingRow, ref: ReferenceCache, words: readonly string[]) {
  return { ...postingSummary(p, ref), snippet: snippetOf(p.description, words) };
}
