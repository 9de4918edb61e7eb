import { sql } from 'kysely';
import type { Database } from '../../db';
import { graduateScopeSql, type GraduateScope } from '../graduates/graduates.policy';

/** The approved registration a verification number belongs to, with what a verifier may see. */
export function findByVerificationNo(db: Database, verificationNo: string) {
  return db
    .selectFrom('destinations as d')
    .innerJoin('graduates as g', 'g.id', 'd.graduate_id')
    .innerJoin('universities as u', 'u.code', 'g.university_code')
    .select([
      'd.graduate_id',
      'd.destination_code',
      'd.category',
      'd.details',
      'd.status',
      'd.approved_at',
      'g.name',
      'g.graduation_year',
      'u.name as university_name',
    ])
    .where('d.verification_no', '=', verificationNo)
    .where('d.status', '=', 'approved')
    .executeTakeFirst();
}

/** Whether a graduate has an authorisation running at `now`. */
export async function hasActiveAuthorisation(db: Database, graduateId: string, now: Date) {
  const row = await db
    .selectFrom('verification_authorisations')
    .select('id')
    .where('graduate_id', '=', graduateId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('created_at', '<=', now)
    .executeTakeFirst();
  return !!row;
}

/** Failed lookups from an address since a moment (throttling). */
export async function failuresFrom(db: Database, ip: string, since: Date) {
  const row = await db
    .selectFrom('verification_logs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('outcome', '<>', 'verified')
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Logs one lookup. */
export async function insertLog(
  db: Database,
  log: {
    graduate_id: string | null;
    outcome: 'verified' | 'not_matched' | 'not_authorised';
    verifier: string | null;
    ip: string | null;
    at: Date;
  },
) {
  await db.insertInto('verification_logs').values(log).execute();
}

/** A graduate's authorisations, newest first. */
export function authorisationsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('verification_authorisations')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

/** Grants an authorisation. */
export function insertAuthorisation(
  db: Database,
  a: { graduate_id: string; note: string | null; created_at: Date; expires_at: Date },
) {
  return db.insertInto('verification_authorisations').values(a).returning('id').executeTakeFirstOrThrow();
}

/** Revokes a graduate's running authorisation; whether there was one. */
export async function revokeAuthorisation(db: Database, graduateId: string, id: string, at: Date) {
  const r = await db
    .updateTable('verification_authorisations')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('graduate_id', '=', graduateId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The lookups of a graduate's record (查询反馈), newest first. */
export function logsOf(db: Database, graduateId: string, limit: number) {
  return db
    .selectFrom('verification_logs')
    .select(['id', 'outcome', 'verifier', 'at'])
    .where('graduate_id', '=', graduateId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Whether a lookup was of this graduate's record. */
export async function isLogOf(db: Database, graduateId: string, logId: number) {
  const row = await db
    .selectFrom('verification_logs')
    .select('id')
    .where('id', '=', logId)
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
  return !!row;
}

/** Opens a 存疑. */
export function insertDispute(
  db: Database,
  d: { graduate_id: string; log_id: number | null; reason: string; created_at: Date },
) {
  return db
    .insertInto('verification_disputes')
    .values({ ...d, status: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A graduate's disputes, newest first. */
export function disputesOf(db: Database, graduateId: string) {
  return db
    .selectFrom('verification_disputes')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Disputes of graduates within scope, oldest open first. */
export async function disputesInScope(
  db: Database,
  scope: GraduateScope,
  f: { status?: 'open' | 'upheld' | 'dismissed' | undefined; limit: number; offset: number },
) {
  let q = db
    .selectFrom('verification_disputes as v')
    .innerJoin('graduates as g', 'g.id', 'v.graduate_id')
    .leftJoin('verification_logs as l', 'l.id', 'v.log_id')
    .where(graduateScopeSql(scope));
  if (f.status) q = q.where('v.status', '=', f.status);
  const [items, total] = await Promise.all([
    q
      .select([
        'v.id',
        'v.graduate_id',
        'v.reason',
        'v.status',
        'v.decision_note',
        'v.decided_at',
        'v.created_at',
        'g.name',
        'g.student_no',
        'l.verifier',
        'l.at as verified_at',
        'l.outcome',
      ])
      .orderBy(sql`v.status = 'open'`, 'desc')
      .orderBy('v.created_at')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Locks a dispute within scope for a decision. */
export function lockDisputeInScope(db: Database, scope: GraduateScope, id: string) {
  return db
    .selectFrom('verification_disputes as v')
    .innerJoin('graduates as g', 'g.id', 'v.graduate_id')
    .select(['v.id', 'v.graduate_id', 'v.status'])
    .where(graduateScopeSql(scope))
    .where('v.id', '=', id)
    .forUpdate('v')
    .executeTakeFirst();
}

/** Records the university's decision on a dispute. */
export async function decideDispute(
  db: Database,
  id: string,
  d: { status: 'upheld' | 'dismissed'; note: string; by: string; at: Date },
) {
  await db
    .updateTable('verification_disputes')
    .set({ status: d.status, decision_note: d.note, decided_by: d.by, decided_at: d.at })
    .where('id', '=', id)
    .execute();
}

/** A graduate's verification number: present while their registration is approved. */
export async function verificationNoOf(db: Database, graduateId: string) {
  const row = await db
    .selectFrom('destinations')
    .select('verification_no')
    .where('graduate_id', '=', graduateId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return row?.verification_no ?? null;
}

/** Whether the graduate already has an open 存疑 on this lookup (or, for null, on the record). */
export async function hasOpenDispute(db: Database, graduateId: string, logId: number | null) {
  const row = await db
    .selectFrom('verification_disputes')
    .select('id')
    .where('graduate_id', '=', graduateId)
    .where('status', '=', 'open')
    .where((eb) => (logId === null ? eb('log_id', 'is', null) : eb('log_id', '=', logId)))
    .executeTakeFirst();
  return !!row;
}
