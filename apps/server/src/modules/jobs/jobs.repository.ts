import { sql, type Insertable, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db';
import type { JobPostingTable, PostingStatus, ReviewStatus } from '../../db/schema';

export type PostingRow = Selectable<JobPostingTable> & {
  organisation_name: string;
  organisation_verified: boolean;
  organisation_nature: string | null;
};

function withOrganisation(db: Database) {
  return db
    .selectFrom('job_postings as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select([
      'o.name as organisation_name',
      'o.nature as organisation_nature',
      sql<boolean>`o.verification = 'verified'`.as('organisation_verified'),
    ]);
}

/** One posting with its organisation's name, or undefined. */
export function findPosting(db: Database, id: string): Promise<PostingRow | undefined> {
  return withOrganisation(db).where('p.id', '=', id).executeTakeFirst();
}

export interface PostingFilter {
  status?: PostingStatus | undefined;
  /** Title contains this. */
  q?: string | undefined;
  offset: number;
  limit: number;
}

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/** Totals stop at COUNT_CAP ("10,000+"): nobody pages that far, and counting on costs time. */
export const COUNT_CAP = 10_000;

/** A page of an organisation's own postings (any status), last changed first. */
export async function listOwnPostings(db: Database, organisationId: string, f: PostingFilter) {
  let q = withOrganisation(db).where('p.organisation_id', '=', organisationId);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.q) q = q.where('p.title', 'like', likeOf(f.q));
  const [items, total] = await Promise.all([
    q.orderBy('p.updated_at', 'desc').orderBy('p.id').offset(f.offset).limit(f.limit).execute(),
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

/** Postings by id with their organisations, in no particular order (search results' page). */
export function findPostings(db: Database, ids: readonly string[]): Promise<PostingRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return withOrganisation(db).where('p.id', 'in', ids).execute();
}

export interface PostingFields {
  title: string;
  description: string;
  requirements: string | null;
  salary_min_fen: number | null;
  salary_max_fen: number | null;
  compliance_verdict: 'pass' | 'warn' | 'block';
  compliance_findings: string;
  occupation_code: string | null;
  industry_code: string | null;
  major_codes: string[];
  min_degree: string | null;
  region_codes: string[];
  headcount: number;
  job_type: 'full_time' | 'internship' | 'traineeship';
  key_fields: string[];
  benefits: string[];
  deadline: string;
}

/** Inserts postings in any state at once (demo data and benchmarks). */
export function insertPostings(db: Database, rows: Insertable<JobPostingTable>[]) {
  return db.insertInto('job_postings').values(rows).returning('id').execute();
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

/** An organisation's name, province and industry (a new posting inherits the last two). */
export function findOrganisation(db: Database, id: string) {
  return db
    .selectFrom('organisations')
    .select(['name', 'province_code', 'industry_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Market ids per posting, for many postings at once. */
export async function marketIdsOfMany(db: Database, postingIds: readonly string[]) {
  const out = new Map<string, string[]>();
  if (postingIds.length === 0) return out;
  const rows = await db
    .selectFrom('market_postings')
    .select(['posting_id', 'market_id'])
    .where('posting_id', 'in', postingIds)
    .execute();
  for (const r of rows) out.set(r.posting_id, [...(out.get(r.posting_id) ?? []), r.market_id]);
  return out;
}

/** Published postings in id order after a given id (keyset pages for reindexing). */
export function publishedPostingsAfter(db: Database, afterId: string, limit: number) {
  let q = withOrganisation(db).where('p.status', '=', 'published');
  if (afterId) q = q.where('p.id', '>', afterId);
  return q.orderBy('p.id').limit(limit).execute();
}

/** Expires published postings whose deadline is before today; returns them. */
export function expirePastDeadline(db: Database, today: string, now: Date) {
  return db
    .updateTable('job_postings')
    .set({ status: 'expired', updated_at: now })
    .where('status', '=', 'published')
    .where('deadline', '<', today)
    .returning(['id', 'organisation_id', 'title'])
    .execute();
}
