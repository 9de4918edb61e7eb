import { sql } from 'kysely';
import type { Database } from '../../db';
import { isTargetSql } from '../../db/graduate-facts';
import { graduateScopeSql as inScope, type GraduateScope } from './graduates.policy';

export interface GraduateFilter {
  q?: string | undefined;
  universityCode?: string | undefined;
  collegeId?: string | undefined;
  majorCode?: string | undefined;
  degree?: string | undefined;
  graduationYear?: number | undefined;
  assistance?: 'yes' | 'no' | undefined;
  sort: 'studentNo' | 'name' | 'graduationYear' | 'updatedAt';
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const SORT_COLUMNS = {
  studentNo: 'g.student_no',
  name: 'g.name',
  graduationYear: 'g.graduation_year',
  updatedAt: 'g.updated_at',
} as const;

function detailQuery(db: Database) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('universities as u', 'u.code', 'g.university_code')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .select([
      'g.id',
      'g.university_code',
      'u.name as university_name',
      'g.province_code',
      'g.student_no',
      'g.name',
      'g.gender',
      'g.id_number_enc',
      'g.phone_enc',
      'g.email',
      'g.college_id',
      'c.name as college_name',
      'g.major_code',
      'g.degree',
      'g.graduation_year',
      'g.origin_region_code',
      'g.assistance_category',
      isTargetSql.as('is_target'),
      'g.created_at',
      'g.updated_at',
    ]);
}

export type GraduateDetailRow = NonNullable<Awaited<ReturnType<typeof findInScope>>>;

/** A page of graduates within scope. */
export async function listInScope(db: Database, scope: GraduateScope, f: GraduateFilter) {
  let q = db.selectFrom('graduates as g').where(inScope(scope));
  if (f.q) {
    const prefix = `${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('g.student_no', 'like', prefix), eb('g.name', 'like', prefix)]));
  }
  if (f.universityCode) q = q.where('g.university_code', '=', f.universityCode);
  if (f.collegeId) q = q.where('g.college_id', '=', f.collegeId);
  if (f.majorCode) q = q.where('g.major_code', '=', f.majorCode);
  if (f.degree) q = q.where('g.degree', '=', f.degree);
  if (f.graduationYear) q = q.where('g.graduation_year', '=', f.graduationYear);
  // Any identified category counts, the roster's or one applied for and approved.
  if (f.assistance === 'yes') q = q.where(isTargetSql);
  if (f.assistance === 'no') q = q.where(sql<boolean>`not ${isTargetSql}`);
  const page = q
    .select('g.id')
    .orderBy(SORT_COLUMNS[f.sort], f.order)
    .orderBy('g.id')
    .offset(f.offset)
    .limit(f.limit);
  const [ids, total] = await Promise.all([
    page.execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (!ids.length) return { items: [], total: Number(total.n) };
  // Page the narrow index first, then join the wide columns for just this page.
  const rows = await detailQuery(db)
    .where(
      'g.id',
      'in',
      ids.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((r) => byId.get(r.id)!).filter(Boolean), total: Number(total.n) };
}

/** One graduate if it lies within scope. */
export function findInScope(db: Database, scope: GraduateScope, id: string) {
  return detailQuery(db).where(inScope(scope)).where('g.id', '=', id).executeTakeFirst();
}

/** The roster record a registering graduate claims, with whether it already has an account. */
export function findByStudentNo(db: Database, universityCode: string, studentNo: string) {
  return db
    .selectFrom('graduates as g')
    .leftJoin('users as us', 'us.graduate_id', 'g.id')
    .select(['g.id', 'g.name', 'g.id_number_index', 'us.id as user_id'])
    .where('g.university_code', '=', universityCode)
    .where('g.student_no', '=', studentNo)
    .executeTakeFirst();
}

/** Updates a graduate's contact fields. */
export async function updateContact(
  db: Database,
  id: string,
  values: { phone_enc?: string | null; phone_index?: string | null; email?: string | null },
) {
  await db
    .updateTable('graduates')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Colleges within scope with their graduate counts. */
export async function collegesInScope(db: Database, scope: GraduateScope, universityCode?: string) {
  let q = db
    .selectFrom('colleges as c')
    .leftJoin('graduates as g', 'g.college_id', 'c.id')
    .select(['c.id', 'c.name', 'c.university_code', (eb) => eb.fn.count<number>('g.id').as('graduate_count')])
    .groupBy(['c.id', 'c.name', 'c.university_code'])
    .orderBy('c.name');
  if (scope.kind === 'province')
    q = q.where('c.university_code', 'in', (eb) =>
      eb.selectFrom('universities').select('code').where('province_code', '=', scope.provinceCode),
    );
  else if (scope.kind === 'university') q = q.where('c.university_code', '=', scope.universityCode);
  else if (scope.kind === 'college') q = q.where('c.id', '=', scope.collegeId);
  else if (scope.kind !== 'all') q = q.where(sql<boolean>`false`);
  if (universityCode) q = q.where('c.university_code', '=', universityCode);
  // Province/national scopes span thousands of colleges; a picker needs a university first.
  if ((scope.kind === 'all' || scope.kind === 'province') && !universityCode) q = q.limit(500);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, graduate_count: Number(r.graduate_count) }));
}

/**
 * Moves one import's staged rows into the roster: creates missing colleges, updates the records
 * whose content changed (compared through the blind indexes, since ciphertexts differ on every
 * encryption) and inserts new 学号. Unchanged records are not written at all, so re-importing a
 * file costs little and keeps their updated_at. The caller holds the transaction.
 */
export async function upsertFromStaging(
  trx: Database,
  importId: string,
  universityCode: string,
  provinceCode: string,
) {
  const created = await sql<{ name: string }>`
    insert into colleges (university_code, name)
    select distinct ${universityCode}, s.college_name from import_staging s
    where s.import_id = ${importId}
    on conflict (university_code, name) do nothing
    returning name`.execute(trx);
  const updated = await sql`
    update graduates g set
      name = s.name, gender = s.gender, id_number_enc = s.id_number_enc, id_number_index = s.id_number_index,
      phone_enc = s.phone_enc, phone_index = s.phone_index, email = s.email, college_id = c.id,
      major_code = s.major_code, degree = s.degree, graduation_year = s.graduation_year,
      origin_region_code = s.origin_region_code, assistance_category = s.assistance_category, updated_at = now()
    from import_staging s
    join colleges c on c.university_code = ${universityCode} and c.name = s.college_name
    where s.import_id = ${importId} and g.university_code = ${universityCode} and g.student_no = s.student_no
      and (g.name, g.gender, g.id_number_index, g.phone_index, g.email, g.college_id, g.major_code, g.degree,
           g.graduation_year, g.origin_region_code, g.assistance_category)
        is distinct from
          (s.name, s.gender, s.id_number_index, s.phone_index, s.email, c.id, s.major_code, s.degree,
           s.graduation_year, s.origin_region_code, s.assistance_category)`.execute(trx);
  const inserted = await sql`
    insert into graduates (university_code, province_code, student_no, name, gender, id_number_enc, id_number_index,
      phone_enc, phone_index, email, college_id, major_code, degree, graduation_year, origin_region_code,
      assistance_category)
    select ${universityCode}, ${provinceCode}, s.student_no, s.name, s.gender, s.id_number_enc, s.id_number_index,
      s.phone_enc, s.phone_index, s.email, c.id, s.major_code, s.degree, s.graduation_year, s.origin_region_code,
      s.assistance_category
    from import_staging s
    join colleges c on c.university_code = ${universityCode} and c.name = s.college_name
    where s.import_id = ${importId}
      and not exists (
        select 1 from graduates g where g.university_code = ${universityCode} and g.student_no = s.student_no)`.execute(
    trx,
  );
  return {
    createdColleges: created.rows.map((r) => r.name).sort(),
    inserted: Number(inserted.numAffectedRows ?? 0),
    updated: Number(updated.numAffectedRows ?? 0),
  };
}
