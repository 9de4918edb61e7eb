import { sql } from 'kysely';
import type { Database } from '../../db';
import type { DestinationAction, DestinationStatusValue } from '../../db/schema';
import { graduateScopeSql, type GraduateScope } from '../graduates/graduates.policy';

/** What registration and review need of a graduate: where they belong and when they graduate. */
export function findSubject(db: Database, scope: GraduateScope, graduateId: string) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .select([
      'g.id',
      'g.name',
      'g.student_no',
      'c.name as college_name',
      'g.province_code',
      'g.university_code',
      'g.college_id',
      'g.major_code',
      'g.degree',
      'g.gender',
      'g.assistance_category',
      'g.origin_region_code',
      'g.graduation_year',
    ])
    .where(graduateScopeSql(scope))
    .where('g.id', '=', graduateId)
    .executeTakeFirst();
}

export type DestinationSubject = NonNullable<Awaited<ReturnType<typeof findSubject>>>;

/** A graduate's current registration, locked for the rest of the transaction when `lock`. */
export function findDestination(db: Database, graduateId: string, lock = false) {
  let q = db.selectFrom('destinations').selectAll().where('graduate_id', '=', graduateId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type DestinationRow = NonNullable<Awaited<ReturnType<typeof findDestination>>>;

/** A registration as written. */
export interface DestinationWrite {
  graduate_id: string;
  version: number;
  destination_code: string;
  category: string;
  details: Record<string, unknown>;
  status: DestinationStatusValue;
  return_reason: string | null;
  verification_no: string | null;
  registered_at: Date;
  updated_at: Date;
  approved_at: Date | null;
}

/** Writes the current registration (insert or replace). */
export async function saveDestination(db: Database, row: DestinationWrite) {
  const values = { ...row, details: JSON.stringify(row.details) };
  await db
    .insertInto('destinations')
    .values(values)
    .onConflict((oc) =>
      oc.column('graduate_id').doUpdateSet({
        version: values.version,
        destination_code: values.destination_code,
        category: values.category,
        details: values.details,
        status: values.status,
        return_reason: values.return_reason,
        verification_no: values.verification_no,
        updated_at: values.updated_at,
        approved_at: values.approved_at,
      }),
    )
    .execute();
}

/** Moves a registration to a review state. */
export async function setStatus(
  db: Database,
  graduateId: string,
  s: {
    status: DestinationStatusValue;
    returnReason: string | null;
    verificationNo?: string | null;
    approvedAt?: Date | null;
    approvedCategory?: string;
    at: Date;
  },
) {
  await db
    .updateTable('destinations')
    .set({
      status: s.status,
      return_reason: s.returnReason,
      updated_at: s.at,
      ...(s.verificationNo !== undefined ? { verification_no: s.verificationNo } : {}),
      ...(s.approvedAt !== undefined ? { approved_at: s.approvedAt } : {}),
      ...(s.approvedCategory !== undefined ? { approved_category: s.approvedCategory } : {}),
    })
    .where('graduate_id', '=', graduateId)
    .execute();
}

/** Keeps a version of the registration's content. */
export async function insertVersion(
  db: Database,
  v: {
    graduate_id: string;
    version: number;
    destination_code: string;
    category: string;
    details: Record<string, unknown>;
    evidence_ids: string[];
    source: 'graduate' | 'university' | 'import';
    created_by: string | null;
    created_at: Date;
  },
) {
  await db
    .insertInto('destination_versions')
    .values({ ...v, details: JSON.stringify(v.details) })
    .execute();
}

/** Every version, newest first. */
export function versionsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('destination_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .select([
      'v.version',
      'v.destination_code',
      'v.details',
      'v.evidence_ids',
      'v.source',
      'v.created_at',
      'u.display_name as created_by_name',
    ])
    .where('v.graduate_id', '=', graduateId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Records what happened to a registration. */
export async function insertEvent(
  db: Database,
  e: {
    graduate_id: string;
    version: number;
    action: DestinationAction;
    status: DestinationStatusValue;
    reason: string | null;
    actor_id: string | null;
    actor_role: string;
    at: Date;
  },
) {
  await db.insertInto('destination_events').values(e).execute();
}

/** The history of a registration, oldest first. */
export function eventsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('destination_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select([
      'e.id',
      'e.version',
      'e.action',
      'e.status',
      'e.reason',
      'e.actor_role',
      'e.at',
      'u.display_name as actor_name',
    ])
    .where('e.graduate_id', '=', graduateId)
    .orderBy('e.id')
    .execute();
}

/** Stores an evidence file. */
export async function insertEvidence(
  db: Database,
  f: {
    graduate_id: string;
    kind: string;
    file_name: string;
    mime_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
    uploaded_at: Date;
  },
) {
  return db
    .insertInto('destination_evidence')
    .values(f)
    .returning(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'uploaded_at'])
    .executeTakeFirstOrThrow();
}

/** A graduate's evidence files without their content (removed ones only when asked). */
export function evidenceOf(db: Database, graduateId: string, withRemoved = false) {
  let q = db
    .selectFrom('destination_evidence')
    .select(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'uploaded_at', 'removed_at'])
    .where('graduate_id', '=', graduateId);
  if (!withRemoved) q = q.where('removed_at', 'is', null);
  return q.orderBy('uploaded_at').orderBy('id').execute();
}

/** One evidence file of a graduate, with its content. */
export function findEvidenceFile(db: Database, graduateId: string, id: string) {
  return db
    .selectFrom('destination_evidence')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks an evidence file removed; whether it was there. */
export async function removeEvidence(db: Database, graduateId: string, id: string, at: Date) {
  const r = await db
    .updateTable('destination_evidence')
    .set({ removed_at: at })
    .where('graduate_id', '=', graduateId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Minimum wages per province, fen per month. */
export async function minimumWages(db: Database): Promise<Map<string, number>> {
  const rows = await db.selectFrom('minimum_wages').select(['province_code', 'monthly_fen']).execute();
  return new Map(rows.map((r) => [r.province_code, r.monthly_fen]));
}

export interface ReviewFilter {
  status?: DestinationStatusValue | undefined;
  collegeId?: string | undefined;
  graduationYear?: number | undefined;
  /** Name or 学号 contains. */
  q?: string | undefined;
  sort: 'updated_at' | 'student_no';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** A page of registrations within scope, with who they belong to. */
export async function listInScope(db: Database, scope: GraduateScope, f: ReviewFilter) {
  let q = db
    .selectFrom('destinations as d')
    .innerJoin('graduates as g', 'g.id', 'd.graduate_id')
    .where(graduateScopeSql(scope));
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.collegeId) q = q.where('g.college_id', '=', f.collegeId);
  if (f.graduationYear) q = q.where('g.graduation_year', '=', f.graduationYear);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('g.name', 'like', like), eb('g.student_no', 'like', like)]));
  }
  const [items, total] = await Promise.all([
    q
      .innerJoin('colleges as c', 'c.id', 'g.college_id')
      .select([
        'd.graduate_id',
        'd.version',
        'd.destination_code',
        'd.category',
        'd.details',
        'd.status',
        'd.return_reason',
        'd.updated_at',
        'g.name',
        'g.student_no',
        'g.major_code',
        'g.degree',
        'g.graduation_year',
        'c.name as college_name',
        sql<number>`(select count(*) from destination_evidence e
          where e.graduate_id = d.graduate_id and e.removed_at is null)::int`.as('evidence_count'),
      ])
      .orderBy(f.sort === 'student_no' ? 'g.student_no' : 'd.updated_at', f.order)
      .orderBy('d.graduate_id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The ids of a university's graduates by 学号 (absent numbers are left out). */
export async function subjectsByStudentNo(
  db: Database,
  universityCode: string,
  studentNos: readonly string[],
) {
  const ids = new Map<string, string>();
  const unique = [...new Set(studentNos)];
  // In slices: a file may name tens of thousands.
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .selectFrom('graduates')
      .select(['id', 'student_no'])
      .where('university_code', '=', universityCode)
      .where('student_no', 'in', unique.slice(i, i + 5000))
      .execute();
    for (const r of rows) ids.set(r.student_no, r.id);
  }
  return ids;
}
