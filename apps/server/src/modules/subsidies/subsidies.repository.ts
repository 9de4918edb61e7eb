import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db';
import type { SubsidyApplicationTable } from '../../db/schema';
import { graduateScopeSql, type GraduateScope } from '../graduates/graduates.policy';

// The only SQL of 一次性求职补贴: rules, applications, decisions and payments.

export function rules(db: Database, provinceCode?: string) {
  let q = db.selectFrom('subsidy_rules').selectAll();
  if (provinceCode) q = q.where('province_code', '=', provinceCode);
  return q.orderBy('province_code').orderBy('graduation_year', 'desc').execute();
}
export type RuleRow = Awaited<ReturnType<typeof rules>>[number];

export function findRule(db: Database, provinceCode: string, graduationYear: number) {
  return db
    .selectFrom('subsidy_rules')
    .selectAll()
    .where('province_code', '=', provinceCode)
    .where('graduation_year', '=', graduationYear)
    .executeTakeFirst();
}

export async function saveRule(
  db: Database,
  r: {
    province_code: string;
    graduation_year: number;
    categories: string[];
    amount_fen: number;
    opens_on: string;
    closes_on: string;
    evidence: string[];
    updated_by: string;
    updated_at: Date;
  },
) {
  const { province_code: _p, graduation_year: _y, ...rest } = r;
  await db
    .insertInto('subsidy_rules')
    .values(r)
    .onConflict((oc) => oc.columns(['province_code', 'graduation_year']).doUpdateSet(rest))
    .execute();
}

/** Who reads applications: a province's office, or the graduates of a roster scope. */
export type SubsidyScope =
  { kind: 'province'; provinceCode: string } | { kind: 'graduates'; scope: GraduateScope };

const scopeSql = (s: SubsidyScope): RawBuilder<boolean> =>
  s.kind === 'province' ? sql<boolean>`a.province_code = ${s.provinceCode}` : graduateScopeSql(s.scope);

const listColumns = sql`a.id, a.graduate_id, g.name, g.student_no, u.name as university_name, c.name as college_name,
  a.category, a.amount_fen, a.status, a.on_behalf, a.note, a.evidence_ids, a.graduation_year, a.created_at,
  a.updated_at, a.person_index, a.province_code`;
const listFrom = sql`from subsidy_applications a
  join graduates g on g.id = a.graduate_id
  join colleges c on c.id = g.college_id
  join universities u on u.code = a.university_code`;

export interface ApplicationRow {
  id: string;
  graduate_id: string;
  name: string;
  student_no: string;
  university_name: string;
  college_name: string;
  category: string;
  amount_fen: number;
  status: SubsidyApplicationTable['status'];
  on_behalf: boolean;
  note: string | null;
  evidence_ids: string[];
  graduation_year: number;
  created_at: Date;
  updated_at: Date;
  person_index: string;
  province_code: string;
}

export interface ApplicationFilter {
  graduationYear?: number;
  status?: string;
  q?: string;
  limit: number;
  offset: number;
}

export async function listApplications(db: Database, scope: SubsidyScope, f: ApplicationFilter) {
  const parts: RawBuilder<unknown>[] = [scopeSql(scope)];
  if (f.graduationYear) parts.push(sql`a.graduation_year = ${f.graduationYear}`);
  if (f.status) parts.push(sql`a.status = ${f.status}`);
  if (f.q) {
    const like = `${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(sql`(g.name like ${like} or g.student_no like ${like})`);
  }
  const where = sql.join(parts, sql` and `);
  const [rows, total] = await Promise.all([
    sql<ApplicationRow>`select ${listColumns} ${listFrom} where ${where}
      order by a.created_at, a.id limit ${f.limit} offset ${f.offset}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n ${listFrom} where ${where}`.execute(db),
  ]);
  return { items: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

export async function findApplication(db: Database, scope: SubsidyScope, id: string, lock = false) {
  const rows = await sql<ApplicationRow>`select ${listColumns} ${listFrom}
    where ${scopeSql(scope)} and a.id = ${id} ${lock ? sql`for update of a` : sql``}`.execute(db);
  return rows.rows[0];
}

export async function applicationsOfGraduate(db: Database, graduateId: string) {
  const rows = await sql<ApplicationRow>`select ${listColumns} ${listFrom}
    where a.graduate_id = ${graduateId} order by a.created_at desc`.execute(db);
  return rows.rows;
}

/** The person's live application (any record of theirs, at any university), if there is one. */
export function liveApplicationOf(db: Database, personIndex: string) {
  return db
    .selectFrom('subsidy_applications')
    .select(['id', 'status'])
    .where('person_index', '=', personIndex)
    .where('status', 'not in', ['rejected', 'withdrawn'])
    .executeTakeFirst();
}

export function insertApplication(
  db: Database,
  a: {
    graduate_id: string;
    person_index: string;
    province_code: string;
    university_code: string;
    graduation_year: number;
    category: string;
    amount_fen: number;
    evidence_ids: string[];
    note: string | null;
    status: SubsidyApplicationTable['status'];
    applied_by: string;
    on_behalf: boolean;
    created_at: Date;
    updated_at: Date;
  },
) {
  return db.insertInto('subsidy_applications').values(a).returning('id').executeTakeFirstOrThrow();
}

export async function setStatus(
  db: Database,
  id: string,
  status: SubsidyApplicationTable['status'],
  at: Date,
) {
  await db.updateTable('subsidy_applications').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function insertDecision(
  db: Database,
  d: {
    application_id: string;
    stage: 'applicant' | 'college' | 'university' | 'province';
    decision: 'submit' | 'approve' | 'reject' | 'withdraw' | 'pay';
    reason: string | null;
    actor_id: string;
    at: Date;
  },
) {
  await db.insertInto('subsidy_decisions').values(d).execute();
}

export function decisionsOf(db: Database, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('subsidy_decisions as d')
    .leftJoin('users as u', 'u.id', 'd.actor_id')
    .select(['d.application_id', 'd.stage', 'd.decision', 'd.reason', 'd.at', 'u.display_name as actor_name'])
    .where('d.application_id', 'in', applicationIds)
    .orderBy('d.id')
    .execute();
}

export function paymentsOf(db: Database, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('subsidy_payments')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .execute();
}

export async function insertPayment(
  db: Database,
  p: {
    application_id: string;
    person_index: string;
    amount_fen: number;
    paid_on: string;
    reference: string;
    recorded_by: string;
    recorded_at: Date;
  },
) {
  await db.insertInto('subsidy_payments').values(p).execute();
}

/** Applications and amounts per status of a cohort in a scope. */
export async function figures(db: Database, scope: SubsidyScope, graduationYear: number) {
  const r = await sql<{ status: string; count: number; amount_fen: number }>`
    select a.status, count(*)::int as count, coalesce(sum(a.amount_fen), 0)::bigint as amount_fen
    from subsidy_applications a join graduates g on g.id = a.graduate_id
    where ${scopeSql(scope)} and a.graduation_year = ${graduationYear}
    group by a.status`.execute(db);
  return r.rows;
}

/** The paying office's export: applicants with their encrypted ID numbers. */
export async function paymentList(
  db: Database,
  provinceCode: string,
  graduationYear: number,
  status: string,
) {
  const r = await sql<
    ApplicationRow & { id_number_enc: string; paid_on: string | null; reference: string | null }
  >`
    select ${listColumns}, g.id_number_enc, p.paid_on, p.reference ${listFrom}
    left join subsidy_payments p on p.application_id = a.id
    where a.province_code = ${provinceCode} and a.graduation_year = ${graduationYear} and a.status = ${status}
    order by u.name, g.student_no limit 100000`.execute(db);
  return r.rows;
}
