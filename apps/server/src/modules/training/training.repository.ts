import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db';
import type { TrainingEnrolmentTable } from '../../db/schema';

// The only SQL of training programmes, enrolment and attendance.

/** Which programmes a user manages: a university's own, or a province's (or every one). */
export type ProgrammeScope =
  | { kind: 'university'; universityCode: string }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'all' };

const scopeSql = (s: ProgrammeScope): RawBuilder<boolean> => {
  if (s.kind === 'university') return sql<boolean>`p.university_code = ${s.universityCode}`;
  if (s.kind === 'province')
    return sql<boolean>`p.university_code is null and p.province_code = ${s.provinceCode}`;
  return sql<boolean>`true`;
};

export interface ProgrammeRow {
  id: string;
  name: string;
  kind: string;
  organiser: string;
  university_code: string | null;
  university_name: string | null;
  province_code: string;
  starts_on: string;
  ends_on: string;
  sessions: number;
  capacity: number;
  description: string;
  status: 'open' | 'closed';
  enrolled: number;
  completed: number;
}

const programmeSelect = sql`
  select p.id, p.name, p.kind, p.organiser, p.university_code, u.name as university_name, p.province_code,
    p.starts_on, p.ends_on, p.sessions, p.capacity, p.description, p.status,
    (select count(*)::int from training_enrolments e where e.programme_id = p.id and e.status <> 'withdrawn') as enrolled,
    (select count(*)::int from training_enrolments e where e.programme_id = p.id and e.status = 'completed') as completed
  from training_programmes p left join universities u on u.code = p.university_code`;

export async function listProgrammes(
  db: Database,
  scope: ProgrammeScope | RawBuilder<boolean>,
  f: { status?: string; kind?: string; limit: number; offset: number },
) {
  const parts: RawBuilder<unknown>[] = ['kind' in scope ? scopeSql(scope) : scope];
  if (f.status) parts.push(sql`p.status = ${f.status}`);
  if (f.kind) parts.push(sql`p.kind = ${f.kind}`);
  const where = sql.join(parts, sql` and `);
  const [rows, total] = await Promise.all([
    sql<ProgrammeRow>`${programmeSelect} where ${where}
      order by p.starts_on desc, p.name limit ${f.limit} offset ${f.offset}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from training_programmes p where ${where}`.execute(db),
  ]);
  return { items: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/**
 * Open programmes, not yet over on `today`, a graduate may join: their university's own, their
 * province's, and those of the province they were handed over to.
 */
export const openToGraduateSql = (
  g: { id: string; university_code: string; province_code: string },
  today: string,
) =>
  sql<boolean>`p.status = 'open' and p.ends_on >= ${today} and (p.university_code = ${g.university_code}
    or (p.university_code is null and (p.province_code = ${g.province_code}
      or p.province_code = (select h.province_code from handovers h where h.graduate_id = ${g.id}))))`;

export async function findProgramme(db: Database, scope: ProgrammeScope | RawBuilder<boolean>, id: string) {
  const rows = await sql<ProgrammeRow>`${programmeSelect}
    where ${'kind' in scope ? scopeSql(scope) : scope} and p.id = ${id}`.execute(db);
  return rows.rows[0];
}

/** Locks a programme row (enrolment counts against its capacity). */
export function lockProgramme(db: Database, id: string) {
  return db
    .selectFrom('training_programmes')
    .select(['id', 'capacity', 'sessions', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertProgramme(
  db: Database,
  p: {
    name: string;
    kind: string;
    organiser: string;
    university_code: string | null;
    province_code: string;
    starts_on: string;
    ends_on: string;
    sessions: number;
    capacity: number;
    description: string;
    created_by: string;
    created_at: Date;
  },
) {
  return db.insertInto('training_programmes').values(p).returning('id').executeTakeFirstOrThrow();
}

export async function updateProgramme(
  db: Database,
  id: string,
  p: Partial<{
    name: string;
    kind: string;
    organiser: string;
    starts_on: string;
    ends_on: string;
    sessions: number;
    capacity: number;
    description: string;
    status: 'open' | 'closed';
  }>,
) {
  await db.updateTable('training_programmes').set(p).where('id', '=', id).execute();
}

export interface EnrolmentRow {
  graduate_id: string;
  name: string;
  student_no: string;
  university_name: string;
  status: TrainingEnrolmentTable['status'];
  completed_on: string | null;
  certificate_no: string | null;
  attended: number[];
}

export async function enrolmentsOf(db: Database, programmeId: string) {
  const rows = await sql<EnrolmentRow>`
    select e.graduate_id, g.name, g.student_no, u.name as university_name, e.status, e.completed_on, e.certificate_no,
      coalesce((select array_agg(a.session_no order by a.session_no) from training_attendance a
        where a.programme_id = e.programme_id and a.graduate_id = e.graduate_id), '{}') as attended
    from training_enrolments e
    join graduates g on g.id = e.graduate_id
    join universities u on u.code = g.university_code
    where e.programme_id = ${programmeId}
    order by e.status = 'withdrawn', g.student_no`.execute(db);
  return rows.rows;
}

export function findEnrolment(db: Database, programmeId: string, graduateId: string) {
  return db
    .selectFrom('training_enrolments')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('graduate_id', '=', graduateId)
    .forUpdate()
    .executeTakeFirst();
}

export function countActive(db: Database, programmeId: string) {
  return db
    .selectFrom('training_enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export async function enrol(db: Database, programmeId: string, graduateId: string, by: string, at: Date) {
  await db
    .insertInto('training_enrolments')
    .values({
      programme_id: programmeId,
      graduate_id: graduateId,
      status: 'enrolled',
      enrolled_by: by,
      enrolled_at: at,
    })
    .onConflict((oc) =>
      oc
        .columns(['programme_id', 'graduate_id'])
        .doUpdateSet({ status: 'enrolled', enrolled_by: by, enrolled_at: at })
        .where('training_enrolments.status', '=', 'withdrawn'),
    )
    .execute();
}

export async function setEnrolment(
  db: Database,
  programmeId: string,
  graduateId: string,
  e: {
    status: TrainingEnrolmentTable['status'];
    completed_on?: string | null;
    certificate_no?: string | null;
  },
) {
  await db
    .updateTable('training_enrolments')
    .set(e)
    .where('programme_id', '=', programmeId)
    .where('graduate_id', '=', graduateId)
    .execute();
}

/** Replaces who attended one session (only enrolled or completed trainees). */
export async function replaceAttendance(
  db: Database,
  programmeId: string,
  sessionNo: number,
  graduateIds: readonly string[],
  by: string,
  at: Date,
) {
  await db
    .deleteFrom('training_attendance')
    .where('programme_id', '=', programmeId)
    .where('session_no', '=', sessionNo)
    .execute();
  if (graduateIds.length > 0)
    await db
      .insertInto('training_attendance')
      .values(
        graduateIds.map((g) => ({
          programme_id: programmeId,
          graduate_id: g,
          session_no: sessionNo,
          recorded_by: by,
          recorded_at: at,
        })),
      )
      .execute();
}

export function attendanceCount(db: Database, programmeId: string, graduateId: string) {
  return db
    .selectFrom('training_attendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('graduate_id', '=', graduateId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** A graduate's enrolments with their programmes. */
export async function enrolmentsOfGraduate(db: Database, graduateId: string) {
  const rows = await sql<{
    programme_id: string;
    name: string;
    kind: string;
    organiser: string;
    starts_on: string;
    ends_on: string;
    sessions: number;
    status: TrainingEnrolmentTable['status'];
    completed_on: string | null;
    certificate_no: string | null;
    attended: number;
  }>`
    select e.programme_id, p.name, p.kind, p.organiser, p.starts_on, p.ends_on, p.sessions, e.status, e.completed_on,
      e.certificate_no,
      (select count(*)::int from training_attendance a where a.programme_id = e.programme_id and a.graduate_id = e.graduate_id) as attended
    from training_enrolments e join training_programmes p on p.id = e.programme_id
    where e.graduate_id = ${graduateId}
    order by p.starts_on desc`.execute(db);
  return rows.rows;
}

/** Which of these graduates a scope reaches (enrolment by staff). */
export async function graduatesReached(
  db: Database,
  reach: RawBuilder<boolean>,
  graduateIds: readonly string[],
) {
  type Reached = {
    id: string;
    university_code: string;
    province_code: string;
    handed_over_to: string | null;
  };
  if (graduateIds.length === 0) return new Map<string, Reached>();
  const rows = await sql<Reached>`
    select g.id, g.university_code, g.province_code, h.province_code as handed_over_to
    from graduates g left join handovers h on h.graduate_id = g.id
    where ${reach} and g.id in (${sql.join(graduateIds)})`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r]));
}
