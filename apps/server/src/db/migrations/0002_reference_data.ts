import { sql, type Kysely } from 'kysely';
import { referenceCodeRows } from '../reference-codes';
import { readReferenceCsv } from '../reference-files';

/** Inserts rows column-wise through unnest: one statement per chunk, few parameters, fast on both engines. */
async function insertColumns(
  db: Kysely<unknown>,
  table: string,
  columns: { name: string; type: string }[],
  rows: (string | number | null)[][],
) {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const arrays = columns.map((c, ci) => sql`${chunk.map((r) => r[ci] ?? null)}::${sql.raw(c.type)}[]`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
      select * from unnest(${sql.join(arrays)})`.execute(db);
  }
}

const empty = (v: string | undefined) => (v === undefined || v === '' ? null : v);

export async function up(db: Kysely<unknown>): Promise<void> {
  // Parents before children so the self-reference holds at every row.
  const levelOrder = { province: 0, city: 1, county: 2 } as const;
  const regions = readReferenceCsv('regions.csv').sort(
    (a, b) => levelOrder[a.level as keyof typeof levelOrder] - levelOrder[b.level as keyof typeof levelOrder],
  );
  await insertColumns(
    db,
    'regions',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'level', type: 'text' },
      { name: 'parent_code', type: 'text' },
    ],
    regions.map((r) => [r.code!, r.name!, r.level!, empty(r.parent_code)]),
  );

  const universities = readReferenceCsv('universities.csv');
  await insertColumns(
    db,
    'universities',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'authority', type: 'text' },
      { name: 'location', type: 'text' },
      { name: 'level', type: 'text' },
      { name: 'province_code', type: 'text' },
      { name: 'source', type: 'text' },
    ],
    universities.map((u) => [
      u.code!,
      u.name!,
      empty(u.authority),
      empty(u.location),
      u.level!,
      u.code!.slice(2, 4),
      'moe-list-2017',
    ]),
  );

  for (const file of [
    'majors/undergraduate-2024.csv',
    'majors/vocational-2021.csv',
    'majors/graduate-2022.csv',
  ]) {
    const rows = readReferenceCsv(file);
    await insertColumns(
      db,
      'majors',
      [
        { name: 'education_level', type: 'text' },
        { name: 'code', type: 'text' },
        { name: 'catalog', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'item_level', type: 'text' },
        { name: 'parent_code', type: 'text' },
        { name: 'category_code', type: 'text' },
        { name: 'category_name', type: 'text' },
        { name: 'class_code', type: 'text' },
        { name: 'class_name', type: 'text' },
      ],
      rows.map((m) => [
        m.educationLevel!,
        m.majorCode!,
        m.catalogCode!,
        m.majorName!,
        m.itemLevel!,
        empty(m.parentCode),
        m.categoryCode!,
        m.categoryName!,
        empty(m.classCode),
        empty(m.className),
      ]),
    );
  }

  const codes = referenceCodeRows();
  await insertColumns(
    db,
    'reference_codes',
    [
      { name: 'list', type: 'text' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'name_en', type: 'text' },
      { name: 'category', type: 'text' },
      { name: 'parent_code', type: 'text' },
      { name: 'sort_order', type: 'int' },
    ],
    codes.map((c, i) => [c.list, c.code, c.name, c.nameEn, c.category, c.parentCode, i]),
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['reference_codes', 'majors', 'universities', 'regions'])
    await sql`delete from ${sql.table(t)}`.execute(db);
}
