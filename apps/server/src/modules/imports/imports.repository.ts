import { sql } from 'kysely';
import type { Database } from '../../db';
import type { ImportTable } from '../../db/schema';
import type { Insertable, Updateable } from 'kysely';

/** Creates the import record. */
export async function insertImport(db: Database, values: Insertable<ImportTable>): Promise<string> {
  const row = await db.insertInto('imports').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** One import with its university name. */
export function findImport(db: Database, id: string) {
  return db
    .selectFrom('imports as i')
    .innerJoin('universities as u', 'u.code', 'i.university_code')
    .selectAll('i')
    .select(['u.name as university_name', 'u.province_code'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export type ImportRow = NonNullable<Awaited<ReturnType<typeof findImport>>>;

/** Updates progress or status fields. */
export async function updateImport(db: Database, id: string, values: Updateable<ImportTable>) {
  await db.updateTable('imports').set(values).where('id', '=', id).execute();
}

/** Removes what an earlier, interrupted attempt left behind so a re-run starts clean. */
export async function clearAttempt(db: Database, id: string) {
  await db.deleteFrom('import_staging').where('import_id', '=', id).execute();
  await db.deleteFrom('import_errors').where('import_id', '=', id).execute();
}

export interface StagedRow {
  line: number;
  studentNo: string;
  name: string;
  gender: string;
  idNumberEnc: string;
  idNumberIndex: string;
  phoneEnc: string | null;
  phoneIndex: string | null;
  email: string | null;
  college: string;
  majorCode: string;
  degree: string;
  graduationYear: number;
  originRegion: string | null;
  assistanceCategory: string | null;
}

/** Stages a batch of validated rows with one unnest insert (few parameters, close to COPY speed). */
export async function stageRows(db: Database, importId: string, rows: StagedRow[]) {
  if (!rows.length) return;
  const col = <T>(f: (r: StagedRow) => T) => rows.map(f);
  await sql`insert into import_staging (import_id, line, student_no, name, gender, id_number_enc, id_number_index,
      phone_enc, phone_index, email, college_name, major_code, degree, graduation_year, origin_region_code,
      assistance_category)
    select ${importId}::uuid, * from unnest(
      ${col((r) => r.line)}::int[], ${col((r) => r.studentNo)}::text[], ${col((r) => r.name)}::text[],
      ${col((r) => r.gender)}::text[], ${col((r) => r.idNumberEnc)}::text[], ${col((r) => r.idNumberIndex)}::text[],
      ${col((r) => r.phoneEnc)}::text[], ${col((r) => r.phoneIndex)}::text[], ${col((r) => r.email)}::text[],
      ${col((r) => r.college)}::text[], ${col((r) => r.majorCode)}::text[], ${col((r) => r.degree)}::text[],
      ${col((r) => r.graduationYear)}::int[], ${col((r) => r.originRegion)}::text[],
      ${col((r) => r.assistanceCategory)}::text[])`.execute(db);
}

export interface ErrorRow {
  line: number;
  field: string;
  code: string;
  message: string;
}

/** Stores a batch of row errors. */
export async function insertErrors(db: Database, importId: string, errors: ErrorRow[]) {
  if (!errors.length) return;
  await sql`insert into import_errors (import_id, line, field, code, message)
    select ${importId}::uuid, * from unnest(${errors.map((e) => e.line)}::int[], ${errors.map((e) => e.field)}::text[],
      ${errors.map((e) => e.code)}::text[], ${errors.map((e) => e.message)}::text[])`.execute(db);
}

/** Drops an import's staged rows once applied. */
export async function clearStaging(db: Database, id: string) {
  await db.deleteFrom('import_staging').where('import_id', '=', id).execute();
}

/** Errors of an import in file order; `limit` null means all. */
export function listErrors(db: Database, importId: string, limit: number | null) {
  let q = db
    .selectFrom('import_errors')
    .select(['line', 'field', 'code', 'message'])
    .where('import_id', '=', importId)
    .orderBy('line')
    .orderBy('id');
  if (limit !== null) q = q.limit(limit);
  return q.execute();
}

/** Streams errors page by page (for the downloadable report). */
export async function* iterateErrors(db: Database, importId: string, pageSize = 5000) {
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('import_errors')
      .select(['id', 'line', 'field', 'code', 'message'])
      .where('import_id', '=', importId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    yield* rows;
    if (rows.length < pageSize) return;
    after = String(rows[rows.length - 1]!.id);
  }
}

/** A page of imports, optionally for one university. */
export async function listImports(
  db: Database,
  f: { universityCode?: string | undefined; offset: number; limit: number },
) {
  let q = db.selectFrom('imports as i').innerJoin('universities as u', 'u.code', 'i.university_code');
  if (f.universityCode) q = q.where('i.university_code', '=', f.universityCode);
  const [items, total] = await Promise.all([
    q
      .selectAll('i')
      .select(['u.name as university_name', 'u.province_code'])
      .orderBy('i.created_at', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
