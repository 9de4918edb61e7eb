import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db';
import { placedSql } from '../../db/graduate-facts';
import { graduateScopeSql, type GraduateScope } from '../graduates/graduates.policy';

// The only SQL of consent, hand-over and follow-up (离校未就业毕业生实名帮扶).

export function consentOf(db: Database, graduateId: string) {
  return db
    .selectFrom('handover_consents')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
}

export async function saveConsent(
  db: Database,
  c: {
    graduate_id: string;
    consent: boolean;
    wants_job: boolean;
    recorded_by: string;
    via: 'graduate' | 'counsellor';
    note: string | null;
    at: Date;
  },
) {
  const { graduate_id: _key, ...rest } = c;
  await db
    .insertInto('handover_consents')
    .values(c)
    .onConflict((oc) => oc.column('graduate_id').doUpdateSet(rest))
    .execute();
}

export function findHandover(db: Database, graduateId: string) {
  return db
    .selectFrom('handovers as h')
    .innerJoin('regions as r', 'r.code', 'h.region_code')
    .selectAll('h')
    .select('r.name as region_name')
    .where('h.graduate_id', '=', graduateId)
    .executeTakeFirst();
}

/** Every unplaced graduate of a university's cohort, with consent and hand-over state. */
export function candidates(db: Database, universityCode: string, graduationYear: number) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .leftJoin('regions as r', 'r.code', 'g.origin_region_code')
    .leftJoin('handover_consents as k', 'k.graduate_id', 'g.id')
    .leftJoin('handovers as h', 'h.graduate_id', 'g.id')
    .select([
      'g.id',
      'g.name',
      'g.student_no',
      'c.name as college_name',
      'g.origin_region_code',
      'r.name as origin_region_name',
      'k.consent',
      'k.wants_job',
      'h.region_code as handed_over_to',
    ])
    .where('g.university_code', '=', universityCode)
    .where('g.graduation_year', '=', graduationYear)
    .where(sql<boolean>`not ${placedSql}`)
    .orderBy('g.student_no')
    .execute();
}

/** The graduates of a hand-over request, locked, with what decides whether each may go. */
export function handoverSubjects(db: Database, universityCode: string, graduateIds: readonly string[]) {
  return db
    .selectFrom('graduates as g')
    .leftJoin('handover_consents as k', 'k.graduate_id', 'g.id')
    .leftJoin('handovers as h', 'h.graduate_id', 'g.id')
    .select([
      'g.id',
      'g.graduation_year',
      'k.consent',
      'k.wants_job',
      'h.graduate_id as handed_over',
      placedSql.as('placed'),
    ])
    .where('g.university_code', '=', universityCode)
    .where('g.id', 'in', graduateIds)
    .execute();
}

export function insertBatch(
  db: Database,
  b: {
    university_code: string;
    graduation_year: number;
    handed_over: number;
    created_by: string;
    created_at: Date;
  },
) {
  return db.insertInto('handover_batches').values(b).returning('id').executeTakeFirstOrThrow();
}

export async function insertHandovers(
  db: Database,
  rows: {
    graduate_id: string;
    batch_id: string;
    university_code: string;
    graduation_year: number;
    region_code: string;
    province_code: string;
    wants_job: boolean;
    handed_over_on: string;
  }[],
) {
  if (rows.length > 0) await db.insertInto('handovers').values(rows).execute();
}

/** Who reads a hand-over list: an office (by the hukou province) or a university (its own leavers). */
export type HandoverScope =
  | { kind: 'office'; provinceCode: string }
  | { kind: 'university'; universityCode: string }
  | { kind: 'graduates'; scope: GraduateScope };

const scopeSql = (s: HandoverScope): RawBuilder<boolean> => {
  if (s.kind === 'office') return sql<boolean>`h.province_code = ${s.provinceCode}`;
  if (s.kind === 'university') return sql<boolean>`h.university_code = ${s.universityCode}`;
  return graduateScopeSql(s.scope);
};

export interface HandoverFilter {
  graduationYear?: number;
  regionCode?: string;
  status?: 'uncontacted' | 'contacted' | 'goal_met' | 'open';
  q?: string;
  limit: number;
  offset: number;
}

function filterSql(scope: HandoverScope, f: HandoverFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [scopeSql(scope)];
  if (f.graduationYear) parts.push(sql`h.graduation_year = ${f.graduationYear}`);
  // A city or province code takes in every county under it.
  if (f.regionCode) {
    const prefix = f.regionCode.endsWith('0000')
      ? f.regionCode.slice(0, 2)
      : f.regionCode.endsWith('00')
        ? f.regionCode.slice(0, 4)
        : f.regionCode;
    parts.push(sql`h.region_code like ${`${prefix}%`}`);
  }
  if (f.status === 'uncontacted') parts.push(sql`h.first_contact_on is null`);
  if (f.status === 'contacted') parts.push(sql`h.first_contact_on is not null`);
  if (f.status === 'goal_met') parts.push(sql`h.outcome in ('employed', 'training', 'traineeship')`);
  if (f.status === 'open')
    parts.push(
      sql`h.wants_job and (h.outcome is null or h.outcome not in ('employed', 'training', 'traineeship'))`,
    );
  if (f.q) {
    const like = `${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(sql`g.name like ${like}`);
  }
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

export interface HandoverListRow {
  graduate_id: string;
  name: string;
  gender: string;
  university_name: string;
  major_code: string;
  degree: string;
  phone_enc: string | null;
  region_code: string;
  region_name: string;
  wants_job: boolean;
  handed_over_on: string;
  first_contact_on: string | null;
  outcome: string | null;
  outcome_on: string | null;
}

const listSelect = sql`
  select h.graduate_id, g.name, g.gender, u.name as university_name, g.major_code, g.degree, g.phone_enc,
    h.region_code, r.name as region_name, h.wants_job, h.handed_over_on, h.first_contact_on, h.outcome, h.outcome_on
  from handovers h
  join graduates g on g.id = h.graduate_id
  join universities u on u.code = h.university_code
  join regions r on r.code = h.region_code`;

export async function listHandovers(db: Database, scope: HandoverScope, f: HandoverFilter) {
  const where = filterSql(scope, f);
  const [rows, total] = await Promise.all([
    sql<HandoverListRow>`${listSelect} where ${where}
      order by h.handed_over_on desc, h.region_code, g.name limit ${f.limit} offset ${f.offset}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from handovers h join graduates g on g.id = h.graduate_id
      where ${where}`.execute(db),
  ]);
  return { items: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

export async function findInScope(db: Database, scope: HandoverScope, graduateId: string) {
  const rows = await sql<HandoverListRow>`${listSelect}
    where ${scopeSql(scope)} and h.graduate_id = ${graduateId}`.execute(db);
  return rows.rows[0];
}

export function followupsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('handover_followups')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .orderBy('on_day', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function insertFollowup(
  db: Database,
  f: {
    graduate_id: string;
    kind: 'contact' | 'service' | 'outcome';
    on_day: string;
    reached: boolean | null;
    outcome: string | null;
    note: string;
    actor_id: string;
    actor_name: string;
    created_at: Date;
  },
) {
  await db.insertInto('handover_followups').values(f).execute();
  // The first successful contact, and the latest outcome, are what the office is measured by.
  if (f.kind === 'contact' && f.reached)
    await db
      .updateTable('handovers')
      .set({ first_contact_on: sql`least(coalesce(first_contact_on, ${f.on_day}::date), ${f.on_day}::date)` })
      .where('graduate_id', '=', f.graduate_id)
      .execute();
  if (f.kind === 'outcome')
    await db
      .updateTable('handovers')
      .set({ outcome: f.outcome, outcome_on: f.on_day })
      .where('graduate_id', '=', f.graduate_id)
      .where((eb) => eb.or([eb('outcome_on', 'is', null), eb('outcome_on', '<=', f.on_day)]))
      .execute();
}

/** Hand-over figures of a cohort within a scope. */
export async function figures(db: Database, scope: HandoverScope, graduationYear: number) {
  const r = await sql<{ handed_over: number; contacted: number; wants_job: number; goal_met: number }>`
    select count(*)::int as handed_over,
      count(*) filter (where h.first_contact_on is not null)::int as contacted,
      count(*) filter (where h.wants_job)::int as wants_job,
      count(*) filter (where h.wants_job and h.outcome in ('employed', 'training', 'traineeship'))::int as goal_met
    from handovers h join graduates g on g.id = h.graduate_id
    where ${scopeSql(scope)} and h.graduation_year = ${graduationYear}`.execute(db);
  return r.rows[0]!;
}

/** Unplaced graduates of a cohort in a scope who refused the hand-over. */
export async function notConsented(db: Database, scope: GraduateScope, graduationYear: number) {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from graduates g join handover_consents k on k.graduate_id = g.id
    where ${graduateScopeSql(scope)} and g.graduation_year = ${graduationYear} and not k.consent
      and not ${placedSql}`.execute(db);
  return r.rows[0]!.n;
}
