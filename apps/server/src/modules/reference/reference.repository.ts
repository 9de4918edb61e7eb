import type { Database } from '../../db';

/** Every region (about 3,200 rows; small enough to hold in memory). */
export function allRegions(db: Database) {
  return db.selectFrom('regions').selectAll().orderBy('code').execute();
}

/** Every MAJOR-level catalogue entry (graduate catalogue entries have no MAJOR level: its nodes are used). */
export function allMajors(db: Database) {
  return db
    .selectFrom('majors')
    .selectAll()
    .where('item_level', 'in', ['MAJOR', 'DISCIPLINE', 'FIELD'])
    .orderBy('code')
    .execute();
}

/** One code list (degree levels, destination codes, …). */
export function codeList(db: Database, list: string) {
  return db
    .selectFrom('reference_codes')
    .selectAll()
    .where('list', '=', list)
    .orderBy('sort_order')
    .execute();
}

export interface UniversityFilter {
  q?: string | undefined;
  provinceCode?: string | undefined;
  offset: number;
  limit: number;
}

/** A page of universities matching a name or code fragment. */
export async function listUniversities(db: Database, f: UniversityFilter) {
  let q = db.selectFrom('universities');
  if (f.q) {
    const text = f.q;
    const like = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
    // A query of digits is a 学校标识码 prefix; anything else matches the name.
    q = /^\d+$/.test(text) ? q.where('code', 'like', `${text}%`) : q.where('name', 'like', like);
  }
  if (f.provinceCode) q = q.where('province_code', '=', f.provinceCode);
  const [items, total] = await Promise.all([
    q.selectAll().orderBy('code').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** One university by 学校标识码. */
export function findUniversity(db: Database, code: string) {
  return db.selectFrom('universities').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Adds an institution the 2017 list lacks. */
export async function insertUniversity(
  db: Database,
  u: {
    code: string;
    name: string;
    authority: string | null;
    location: string | null;
    level: '本科' | '专科';
  },
) {
  await db
    .insertInto('universities')
    .values({ ...u, province_code: u.code.slice(2, 4), source: 'admin' })
    .execute();
}

/** Whether a university name is already used. */
export async function universityNameExists(db: Database, name: string) {
  return !!(await db.selectFrom('universities').select('code').where('name', '=', name).executeTakeFirst());
}

/** The minimum wages per province (fen per month), in province order. */
export function minimumWages(db: Database) {
  return db
    .selectFrom('minimum_wages')
    .select(['province_code', 'monthly_fen', 'as_of', 'source', 'updated_at'])
    .orderBy('province_code')
    .execute();
}

/** Sets a province's minimum wage (insert or replace). */
export async function saveMinimumWage(
  db: Database,
  w: { province_code: string; monthly_fen: number; as_of: string; source: string; updated_at: Date },
) {
  await db
    .insertInto('minimum_wages')
    .values(w)
    .onConflict((oc) =>
      oc.column('province_code').doUpdateSet({
        monthly_fen: w.monthly_fen,
        as_of: w.as_of,
        source: w.source,
        updated_at: w.updated_at,
      }),
    )
    .execute();
}
