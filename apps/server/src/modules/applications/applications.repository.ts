import { sql } from 'kysely';
import type { Database } from '../../db';
import { isTargetSql } from '../../db/graduate-facts';
import type { ApplicationStatusValue } from '../../db/schema';
import type { ApplicationScope } from './applications.policy';

/** The scope as one condition on a query that aliases applications as `a`. */
function inScope(scope: ApplicationScope) {
  switch (scope.kind) {
    case 'organisation':
      return sql<boolean>`a.organisation_id = ${scope.organisationId}`;
    case 'graduate':
      return sql<boolean>`a.graduate_id = ${scope.graduateId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}

/** Inserts an application unless the graduate already applied to the posting; returns its id or undefined. */
export async function insertApplication(
  db: Database,
  row: {
    posting_id: string;
    organisation_id: string;
    graduate_id: string;
    resume_snapshot: unknown;
    now: Date;
  },
): Promise<string | undefined> {
  const inserted = await db
    .insertInto('applications')
    .values({
      posting_id: row.posting_id,
      organisation_id: row.organisation_id,
      graduate_id: row.graduate_id,
      resume_snapshot: JSON.stringify(row.resume_snapshot),
      created_at: row.now,
      updated_at: row.now,
    })
    // The unique (posting_id, graduate_id) decides a race between two tabs, not a prior read.
    .onConflict((oc) => oc.columns(['posting_id', 'graduate_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function insertEvent(
  db: Database,
  e: {
    application_id: string;
    from_status: ApplicationStatusValue | null;
    to_status: ApplicationStatusValue;
    actor_id: string | null;
    note: string | null;
    now: Date;
  },
) {
  await db
    .insertInto('application_events')
    .values({
      application_id: e.application_id,
      from_status: e.from_status,
      to_status: e.to_status,
      actor_id: e.actor_id,
      note: e.note,
      created_at: e.now,
    })
    .execute();
}

/** An application written by a bulk loader (the demo history), with its status as of now. */
export interface PastApplication {
  id: string;
  posting_id: string;
  organisation_id: string;
  graduate_id: string;
  status: ApplicationStatusValue;
  revealed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Inserts past applications in one unnest statement per 5,000; each carries its graduate's résumé
 * snapshot, passed once per graduate (JSON text by graduate id) rather than once per application.
 */
export async function insertPastApplications(
  db: Database,
  rows: readonly PastApplication[],
  snapshots: ReadonlyMap<string, string>,
) {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const col = <T>(f: (r: PastApplication) => T) => chunk.map(f);
    const graduates = [...new Set(col((r) => r.graduate_id))];
    await sql`insert into applications (id, posting_id, organisation_id, graduate_id, resume_snapshot, status,
        revealed_at, created_at, updated_at)
      select a.id, a.posting_id, a.organisation_id, a.graduate_id, s.snapshot::jsonb, a.status, a.revealed_at,
        a.created_at, a.updated_at
      from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.posting_id)}::uuid[],
        ${col((r) => r.organisation_id)}::uuid[], ${col((r) => r.graduate_id)}::uuid[], ${col((r) => r.status)}::text[],
        ${col((r) => r.revealed_at?.toISOString() ?? null)}::timestamptz[],
        ${col((r) => r.created_at.toISOString())}::timestamptz[], ${col((r) => r.updated_at.toISOString())}::timestamptz[])
        as a (id, posting_id, organisation_id, graduate_id, status, revealed_at, created_at, updated_at)
      join unnest(${graduates}::uuid[], ${graduates.map((g) => snapshots.get(g) ?? null)}::text[])
        as s (graduate_id, snapshot) on s.graduate_id = a.graduate_id
      where s.snapshot is not null`.execute(db);
  }
}

/** Inserts events in the order given (their ids follow it), one unnest statement per 10,000. */
export async function insertPastEvents(
  db: Database,
  events: readonly {
    application_id: string;
    from_status: ApplicationStatusValue | null;
    to_status: ApplicationStatusValue;
    note: string | null;
    created_at: Date;
  }[],
) {
  for (let i = 0; i < events.length; i += 10_000) {
    const chunk = events.slice(i, i + 10_000);
    await sql`insert into application_events (application_id, from_status, to_status, note, created_at)
      select * from unnest(${chunk.map((e) => e.application_id)}::uuid[], ${chunk.map((e) => e.from_status)}::text[],
        ${chunk.map((e) => e.to_status)}::text[], ${chunk.map((e) => e.note)}::text[],
        ${chunk.map((e) => e.created_at.toISOString())}::timestamptz[])`.execute(db);
  }
}

function withContext(db: Database) {
  return db
    .selectFrom('applications as a')
    .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .innerJoin('graduates as g', 'g.id', 'a.graduate_id')
    .select([
      'a.id',
      'a.posting_id',
      'a.organisation_id',
      'a.graduate_id',
      'a.status',
      'a.revealed_at',
      'a.created_at',
      'a.updated_at',
      'p.title as posting_title',
      'p.status as posting_status',
      'o.name as organisation_name',
      // Only whether the graduate is an assistance target leaves the database here, never the category.
      isTargetSql.as('priority'),
      sql<string>`a.resume_snapshot -> 'person' ->> 'name'`.as('applicant_name'),
      sql<Record<string, unknown>>`a.resume_snapshot -> 'education'`.as('education'),
      sql<string | null>`a.resume_snapshot -> 'content' ->> 'objective'`.as('objective'),
    ]);
}

export type ApplicationRow = Awaited<ReturnType<typeof listInScope>>['items'][number];

export interface ApplicationFilter {
  postingId?: string | undefined;
  status?: ApplicationStatusValue | undefined;
  offset: number;
  limit: number;
}

/** A page of applications in scope, newest first, with the counts per status for the same posting filter. */
export async function listInScope(db: Database, scope: ApplicationScope, f: ApplicationFilter) {
  let base = db.selectFrom('applications as a').where(inScope(scope));
  if (f.postingId) base = base.where('a.posting_id', '=', f.postingId);
  const countRows = await base
    .select(['a.status', sql<number>`count(*)::int`.as('n')])
    .groupBy('a.status')
    .execute();
  let q = withContext(db).where(inScope(scope));
  if (f.postingId) q = q.where('a.posting_id', '=', f.postingId);
  if (f.status) q = q.where('a.status', '=', f.status);
  const items = await q
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .offset(f.offset)
    .limit(f.limit)
    .execute();
  const counts = Object.fromEntries(countRows.map((r) => [r.status, Number(r.n)])) as Partial<
    Record<ApplicationStatusValue, number>
  >;
  const total = f.status ? (counts[f.status] ?? 0) : countRows.reduce((sum, r) => sum + Number(r.n), 0);
  return { items, total, counts };
}

/** One application in scope (with its snapshot), or undefined. */
export function findInScope(db: Database, scope: ApplicationScope, id: string) {
  return withContext(db)
    .select('a.resume_snapshot')
    .where(inScope(scope))
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Locks an application row in scope for a status change (the caller holds the transaction). */
export function lockInScope(db: Database, scope: ApplicationScope, id: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
    .select([
      'a.id',
      'a.status',
      'a.graduate_id',
      'a.organisation_id',
      'a.posting_id',
      'a.revealed_at',
      'p.title as posting_title',
    ])
    .where(inScope(scope))
    .where('a.id', '=', id)
    .forUpdate('a')
    .executeTakeFirst();
}

/** Sets the status (and the reveal time, once); the caller has checked the move under the row lock. */
export async function setStatus(
  db: Database,
  id: string,
  to: ApplicationStatusValue,
  now: Date,
  reveal: boolean,
) {
  await db
    .updateTable('applications')
    .set({
      status: to,
      updated_at: now,
      ...(reveal ? { revealed_at: sql<Date>`coalesce(revealed_at, ${now})` } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Every event of some applications, oldest first, with who acted (role and display name). */
export function eventsOf(db: Database, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('application_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.application_id',
      'e.from_status',
      'e.to_status',
      'e.note',
      'e.created_at',
      'u.role as actor_role',
      'u.display_name as actor_name',
    ])
    .where('e.application_id', 'in', applicationIds)
    .orderBy('e.id')
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/** A graduate's most recently signed offer, with what a destination registration needs of it. */
export function latestSigned(db: Database, graduateId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('job_postings as p', 'p.id', 'a.posting_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.updated_at as signed_at',
      'o.uscc',
      'o.name',
      'o.nature',
      sql<string | null>`coalesce(p.industry_code, o.industry_code)`.as('industry_code'),
      'o.region_code',
      'p.region_codes',
      'p.occupation_code',
      'p.salary_min_fen',
      'p.job_type',
    ])
    .where('a.graduate_id', '=', graduateId)
    .where('a.status', '=', 'signed')
    .orderBy('a.updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
