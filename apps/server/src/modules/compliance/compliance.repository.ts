import { sql } from 'kysely';
import type { Database } from '../../db';
import type { PostingScope } from '../jobs/jobs.policy';

/** Records a refused publication. */
export function insertBlock(
  db: Database,
  b: { posting_id: string; organisation_id: string; rule_ids: string[]; created_by: string | null },
) {
  return db.insertInto('compliance_blocks').values(b).execute();
}

/** Inserts a graduate's report; undefined when that graduate already has an open one on the posting. */
export async function insertReport(
  db: Database,
  r: { posting_id: string; reporter_id: string; category: string; reason: string; evidence: string | null },
) {
  return db
    .insertInto('job_reports')
    .values(r)
    .onConflict((oc) => oc.columns(['posting_id', 'reporter_id']).where('status', '=', 'open').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Offences per organisation in the window: refused publications and take-downs, by distinct posting. */
function offences(db: Database, since: Date) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('compliance_blocks')
        .select(['organisation_id', 'posting_id'])
        .where('created_at', '>=', since)
        .union(
          eb
            .selectFrom('compliance_decisions as d')
            .innerJoin('job_postings as p', 'p.id', 'd.posting_id')
            .select(['p.organisation_id', 'd.posting_id'])
            .where('d.decision', '=', 'take_down')
            .where('d.created_at', '>=', since),
        )
        .as('x'),
    )
    .select(['x.organisation_id', (eb) => eb.fn.count<number>('x.posting_id').distinct().as('offences')])
    .groupBy('x.organisation_id');
}

export type QueueStatus = 'pending' | 'decided' | 'all';

export interface QueueFilter {
  status: QueueStatus;
  q?: string | undefined;
  repeatOffendersOnly?: boolean | undefined;
  offset: number;
  limit: number;
}

/** Postings needing (or having had) an official's attention, with report and offence counts. */
export async function listQueue(
  db: Database,
  scope: PostingScope,
  f: QueueFilter,
  offenceWindowStart: Date,
  repeatThreshold: number,
) {
  let q = db
    .selectFrom('job_postings as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin(offences(db, offenceWindowStart).as('off'), 'off.organisation_id', 'p.organisation_id');
  if (scope.kind === 'province') q = q.where('p.province_code', '=', scope.provinceCode);
  if (f.status === 'pending') q = q.where('p.review_status', '=', 'pending');
  else if (f.status === 'decided') q = q.where('p.review_status', 'in', ['cleared', 'taken_down']);
  else q = q.where('p.review_status', '!=', 'none');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('p.title', 'like', like), eb('o.name', 'like', like)]));
  }
  if (f.repeatOffendersOnly) q = q.where(sql<number>`coalesce(off.offences, 0)`, '>=', repeatThreshold);
  const [items, total] = await Promise.all([
    q
      .select([
        'p.id',
        'p.title',
        'p.status',
        'p.review_status',
        'p.compliance_verdict',
        'p.compliance_findings',
        'p.published_at',
        'p.updated_at',
        'p.organisation_id',
        'o.name as organisation_name',
        sql<number>`coalesce(off.offences, 0)`.as('offences'),
        (eb) =>
          eb
            .selectFrom('job_reports as r')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('r.posting_id', '=', 'p.id')
            .where('r.status', '=', 'open')
            .as('open_reports'),
      ])
      // Repeat offenders and reported ads first: they are where the harm is.
      .orderBy(sql`coalesce(off.offences, 0) >= ${repeatThreshold}`, 'desc')
      .orderBy('open_reports', 'desc')
      .orderBy('p.updated_at', 'desc')
      .orderBy('p.id')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Reports on a posting, newest first, with the reporter's display name. */
export function listReports(db: Database, postingId: string) {
  return db
    .selectFrom('job_reports as r')
    .innerJoin('users as u', 'u.id', 'r.reporter_id')
    .select(['r.id', 'r.category', 'r.reason', 'r.evidence', 'r.status', 'r.created_at', 'u.display_name'])
    .where('r.posting_id', '=', postingId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** Decisions on a posting, oldest first, with the official's display name. */
export function listDecisions(db: Database, postingId: string) {
  return db
    .selectFrom('compliance_decisions as d')
    .innerJoin('users as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.decision', 'd.reason', 'd.created_at', 'u.display_name'])
    .where('d.posting_id', '=', postingId)
    .orderBy('d.created_at')
    .execute();
}

/** Offence count of one organisation in the window. */
export async function offencesOf(db: Database, organisationId: string, since: Date): Promise<number> {
  const row = await offences(db, since).where('x.organisation_id', '=', organisationId).executeTakeFirst();
  return Number(row?.offences ?? 0);
}

/** Records an official's decision and settles the open reports accordingly. */
export async function insertDecision(
  db: Database,
  d: { posting_id: string; decision: 'clear' | 'take_down'; reason: string; decided_by: string },
  now: Date,
) {
  await db.insertInto('compliance_decisions').values(d).execute();
  await db
    .updateTable('job_reports')
    .set({ status: d.decision === 'take_down' ? 'upheld' : 'dismissed', resolved_at: now })
    .where('posting_id', '=', d.posting_id)
    .where('status', '=', 'open')
    .execute();
}

/** The latest official decision on a posting, if any. */
export function latestDecision(db: Database, postingId: string) {
  return db
    .selectFrom('compliance_decisions')
    .select(['decision', 'reason', 'created_at'])
    .where('posting_id', '=', postingId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether the user has an open report on the posting. */
export async function hasOpenReport(db: Database, postingId: string, reporterId: string): Promise<boolean> {
  const row = await db
    .selectFrom('job_reports')
    .select('id')
    .where('posting_id', '=', postingId)
    .where('reporter_id', '=', reporterId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return !!row;
}
