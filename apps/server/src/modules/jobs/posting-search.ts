import { sql, type RawBuilder } from 'kysely';
import type { DegreeKey } from '@jiuye/domain';
import { normalizeAdText } from '@jiuye/domain/compliance/normalize';
import { postingTags } from '@jiuye/domain/search/posting-tags';
import { indexTokens, toPlainTsVector, weekLexeme } from '@jiuye/domain/search/tokens';
import type { PostingRow } from './jobs.repository';

/** What posting_search stores for one published posting. */
export interface SearchRow {
  posting_id: string;
  published_at: Date;
  deadline: string | null;
  salary_max_fen: number | null;
  title_key: string;
  tags: RawBuilder<unknown>;
  terms: RawBuilder<unknown>;
}

/**
 * The search row of a published posting: text lexemes of title, organisation and body plus its
 * publication week, and the filter tags. Lexemes are handed to the database as tsvector literals, so it never parses Chinese
 * (its text-search parser depends on the server locale; ours does not).
 */
export function searchRowOf(p: PostingRow, marketIds: readonly string[]): SearchRow {
  const terms = new Set([
    ...indexTokens(p.title),
    ...indexTokens(p.organisation_name),
    ...indexTokens(`${p.description}\n${p.requirements ?? ''}`),
  ]);
  const tags = postingTags({
    regionCodes: p.region_codes,
    majorCodes: p.major_codes,
    minDegree: p.min_degree as DegreeKey | null,
    jobType: p.job_type,
    industryCode: p.industry_code,
    nature: p.organisation_nature,
    keyFields: p.key_fields,
    salaryMax: p.salary_max_fen === null ? null : Number(p.salary_max_fen) / 100,
    marketIds,
  });
  const publishedAt = p.published_at ?? new Date(p.updated_at);
  terms.add(weekLexeme(publishedAt));
  return {
    posting_id: p.id,
    published_at: publishedAt,
    deadline: p.deadline,
    salary_max_fen: p.salary_max_fen === null ? null : Number(p.salary_max_fen),
    title_key: titleKey(p.title, p.organisation_name),
    tags: sql`${toPlainTsVector(tags)}::tsvector`,
    terms: sql`${toPlainTsVector([...terms])}::tsvector`,
  };
}

/** Title and organisation name normalised like queries are, for "every word in the title" ranking. */
export function titleKey(title: string, organisationName: string): string {
  return normalizeAdText(`${title}\n${organisationName}`).text;
}
