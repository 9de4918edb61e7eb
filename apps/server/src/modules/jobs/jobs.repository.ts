import { sql, type RawBuilder, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db';
import type { JobPostingTable, PostingStatus, ReviewStatus } from '../../db/schema';
import type { PostingScope } from './jobs.policy';

export type PostingRow = Selectable<JobPostingTable> & {
  organisation_name: string;
  organisation_verified: boolean;
};

function withOrganisation(db: Database) {
  return db
    .selectFrom('job_postings as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select([
      'o.name as organisation_name',
      sql<boolean>`o.verification = 'verified'`.as('organisation_verified'),
    ]);
}

/** One posting with its organisation's name, or undefined. */
export function findPosting(db: Database, id: string): Promise<PostingRow | undefined> {
  return withOrganisation(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PostingFilter {
  status?: PostingStatus | undefined;
  q?: string | undefined;
  /** A tsquery literal (posting-search.ts) for full-text search of published postings. */
  tsquery?: string | undefined;
  /** Postings whose range reaches this monthly salary (fen). */
  minSalaryFen?: number | undefined;
  offset: number;
  limit: number;
}

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Full-text matches are ranked among the newest RANK_WINDOW of them: the planner can then walk the
 * published_at index and stop early for common words (工程师) instead of ranking every match, and
 * rare words use the GIN index. Counts stop at COUNT_CAP ("10,000+"): nobody pages that far.
 */
export const RANK_WINDOW = 2000;
export const COUNT_CAP = 10_000;

/** A page of postings: an organisation's own (any status) or the published ones, with a capped total. */
export async function listPostings(db: Database, scope: PostingScope, f: PostingFilter) {
  if (f.tsquery && scope.kind === 'published') return searchPublished(db, f, f.tsquery);
  let q = withOrganisation(db);
  if (scope.kind === 'own') q = q.where('p.organisation_id', '=', scope.organisationId);
  else if (scope.kind === 'province') q = q.where('p.province_code', '=', scope.provinceCode);
  if (scope.kind === 'published') q = q.where('p.status', '=', 'published');
  else if (f.status) q = q.where('p.status', '=', f.status);
  if (f.minSalaryFen !== undefined) q = q.where('p.salary_max_fen', '>=', f.minSalaryFen);
  if (f.q) {
    q = q.where((eb) => eb.or([eb('p.title', 'like', likeOf(f.q!)), eb('o.name', 'like', likeOf(f.q!))]));
  }
  const newest = scope.kind === 'published' ? 'p.published_at' : 'p.updated_at';
  const [items, total] = await Promise.all([
    q.orderBy(newest, 'desc').orderBy('p.id').offset(f.offset).limit(f.limit).execute(),
    cappedCount(db, q.clearSelect().select(sql<number>`1`.as('one'))),
  ]);
  return { items, total, totalCapped: total >= COUNT_CAP };
}

/** How many rows a query returns, counting no further than COUNT_CAP. */
async function cappedCount<D, T extends keyof D>(
  db: Database,
  rows: SelectQueryBuilder<D, T, { one: number }>,
) {
  const row = await db
    .selectFrom(rows.limit(COUNT_CAP).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Full-text search of published postings. Ranking and paging touch only ids, dates and vectors of
 * job_postings; the full rows (long descriptions) and organisation names are read for one page.
 */
async function searchPublished(db: Database, f: PostingFilter, tsquery: string) {
  let matches = db
    .selectFrom('job_postings as p')
    .where('p.status', '=', 'published')
    .where(sql<boolean>`p.search_vector @@ ${tsquery}::tsquery`);
  if (f.minSalaryFen !== undefined) matches = matches.where('p.salary_max_fen', '>=', f.minSalaryFen);
  const window = matches
    .select(['p.id', 'p.published_at', sql<number>`ts_rank(p.search_vector, ${tsquery}::tsquery)`.as('rank')])
    .orderBy('p.published_at', 'desc')
    .limit(RANK_WINDOW);
  const page = db
    .selectFrom(window.as('c'))
    .select(['c.id', 'c.rank', 'c.published_at'])
    // Relevance first (title matches weigh most), then the newest.
    .orderBy('c.rank', 'desc')
    .orderBy('c.published_at', 'desc')
    .orderBy('c.id')
    .offset(f.offset)
    .limit(f.limit);
  const [items, total] = await Promise.all([
    withOrganisation(db)
      .innerJoin(page.as('t'), 't.id', 'p.id')
      .orderBy('t.rank', 'desc')
      .orderBy('t.published_at', 'desc')
      .orderBy('p.id')
      .execute(),
    cappedCount(db, matches.select(sql<number>`1`.as('one'))),
  ]);
  return { items, total, totalCapped: total >= COUNT_CAP };
}

export interface PostingFields {
  title: string;
  description: string;
  requirements: string | null;
  salary_min_fen: number | null;
  salary_max_fen: number | null;
  compliance_verdict: 'pass' | 'warn' | 'block';
  compliance_findings: string;
  /** postingSearchVector(…) of the same text. */
  search_vector: RawBuilder<unknown>;
}

/** Inserts a draft posting. */
export function insertPosting(
  db: Database,
  p: PostingFields & { organisation_id: string; province_code: string | null; created_by: string | null },
) {
  return db.insertInto('job_postings').values(p).returning('id').executeTakeFirstOrThrow();
}

/** Saves edited fields; an edited posting is a draft again until it is re-published. */
export function updatePostingFields(db: Database, id: string, p: PostingFields, now: Date) {
  return db
    .updateTable('job_postings')
    .set({
      ...p,
      status: 'draft',
      review_status: 'none',
      warnings_acknowledged_at: null,
      warnings_acknowledged_by: null,
      published_at: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a posting published with the check it passed. */
export function markPublished(
  db: Database,
  id: string,
  p: Pick<PostingFields, 'compliance_verdict' | 'compliance_findings'> & {
    /** Warnings were acknowledged (by this user; null for demo data). */
    acknowledged: boolean;
    acknowledgedBy: string | null;
    needsReview: boolean;
  },
  now: Date,
) {
  return db
    .updateTable('job_postings')
    .set({
      status: 'published',
      compliance_verdict: p.compliance_verdict,
      compliance_findings: p.compliance_findings,
      warnings_acknowledged_by: p.acknowledged ? p.acknowledgedBy : null,
      warnings_acknowledged_at: p.acknowledged ? now : null,
      review_status: p.needsReview ? 'pending' : 'none',
      published_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** Sets the lifecycle and review state of a posting. */
export function setPostingState(
  db: Database,
  id: string,
  state: { status?: PostingStatus; review_status?: ReviewStatus },
  now: Date,
) {
  return db
    .updateTable('job_postings')
    .set({ ...state, updated_at: now })
    .where('id', '=', id)
    .execute();
}
