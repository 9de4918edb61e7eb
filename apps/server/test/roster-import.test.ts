import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '@jiuye/domain';
import {
  createTestPlatform,
  currentYear,
  ROSTER_HEADER,
  rosterCsv,
  rosterRows,
  type ImportView,
  type RosterRow,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

let t: TestPlatform;
let uni: UniversityFixture;
let cookie: string;

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture();
  const cc = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  cookie = await t.loginAs(cc.username);
});

afterAll(async () => {
  await t?.close();
});

/** 学号 stored for this university whose 学号 starts with the prefix. */
async function storedStudentNos(prefix: string): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom('graduates')
    .select('student_no')
    .where('university_code', '=', uni.code)
    .where('student_no', 'like', `${prefix}%`)
    .orderBy('student_no')
    .execute();
  return rows.map((r) => r.student_no);
}

async function graduateJson(studentNo: string) {
  const id = await t.graduateId(uni.code, studentNo);
  const res = await t.app.inject({ method: 'GET', url: `/api/graduates/${id}`, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<{
    name: string;
    collegeName: string;
    degree: string;
    majorCode: string;
    graduationYear: number;
  }>();
}

/** A copy of a valid row with one field changed (each bad row breaks exactly one rule). */
function withField(row: RosterRow, field: string, value: string): RosterRow {
  return { ...row, [field]: value };
}

describe('a good file', () => {
  const rows = rosterRows(20, { prefix: 'OK', seed: 51 });

  it('is accepted whole, with every field stored', async () => {
    const result = await t.importRoster(cookie, rosterCsv(rows, { bom: true }), 'good.csv');
    expect(result).toMatchObject({
      status: 'succeeded',
      rowsProcessed: 20,
      accepted: 20,
      inserted: 20,
      updated: 0,
      rejected: 0,
      errorSample: [],
      warnings: [],
      message: null,
    });
    expect(result.createdColleges).toEqual(['信息工程系', '计算机学院']);
    expect(await storedStudentNos('OK')).toEqual(rows.map((r) => r.学号));
    expect(await graduateJson(rows[0]!.学号)).toMatchObject({
      name: rows[0]!.姓名,
      collegeName: '计算机学院',
      degree: 'bachelor',
      majorCode: '080901',
      graduationYear: currentYear(),
    });
    expect(await graduateJson(rows[2]!.学号)).toMatchObject({ degree: 'master', majorCode: '0812' });
  });

  it('is idempotent: the same file again changes nothing and duplicates nothing', async () => {
    const before = await t.deps.db.selectFrom('graduates').select(['id', 'updated_at']).execute();
    const again = await t.importRoster(cookie, rosterCsv(rows, { bom: true }), 'good.csv');
    expect(again).toMatchObject({
      status: 'succeeded',
      accepted: 20,
      rejected: 0,
      inserted: 0,
      updated: 0,
      createdColleges: [],
    });
    const after = await t.deps.db.selectFrom('graduates').select(['id', 'updated_at']).execute();
    // Unchanged records are not rewritten at all (same ids, same updated_at).
    const byId = (list: typeof before) =>
      list.map((r) => `${r.id}@${new Date(r.updated_at).toISOString()}`).sort();
    expect(byId(after)).toEqual(byId(before));
  });

  it('a corrected re-upload updates the record in place (upsert by university + 学号)', async () => {
    const fixed = rows.map((r, i) => (i === 0 ? withField(r, '姓名', '改名后') : r));
    const result = await t.importRoster(cookie, rosterCsv(fixed), 'fixed.csv');
    expect(result).toMatchObject({ accepted: 20, inserted: 0, updated: 1 });
    expect((await graduateJson(rows[0]!.学号)).name).toBe('改名后');
    expect(await storedStudentNos('OK')).toHaveLength(20);
  });

  it('is read from .xlsx as well', async () => {
    const xrows = rosterRows(3, { prefix: 'XL', seed: 52 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow([...ROSTER_HEADER]);
    for (const r of xrows) ws.addRow(ROSTER_HEADER.map((h) => r[h]));
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await t.importRoster(cookie, buffer, 'roster.xlsx');
    expect(result).toMatchObject({ status: 'succeeded', accepted: 3, rejected: 0 });
    expect(await storedStudentNos('XL')).toEqual(xrows.map((r) => r.学号));
  });

  it('creates 院系 not yet known under the university and lists them', async () => {
    const nrows = rosterRows(2, { prefix: 'NC', seed: 53, college: '新能源学院' });
    const first = await t.importRoster(cookie, rosterCsv(nrows), 'new-college.csv');
    expect(first.createdColleges).toEqual(['新能源学院']);
    const colleges = await t.app.inject({
      method: 'GET',
      url: '/api/graduates/colleges',
      headers: { cookie },
    });
    expect(colleges.json<{ items: { name: string; graduateCount: number }[] }>().items).toContainEqual(
      expect.objectContaining({ name: '新能源学院', graduateCount: 2 }),
    );
    const second = await t.importRoster(cookie, rosterCsv(nrows), 'new-college.csv');
    expect(second.createdColleges).toEqual([]);
  });
});

describe('bad rows in an otherwise good file', () => {
  const good = rosterRows(5, { prefix: 'MX', seed: 54 });
  const spare = rosterRows(6, { prefix: 'MY', seed: 55 });
  // Lines: 1 header, 2–6 good, 7–10 one broken rule each, 11 good again.
  const dupStudentNo = withField(spare[0]!, '学号', good[0]!.学号);
  const wrongCheck = withField(
    spare[1]!,
    '身份证号',
    spare[1]!.身份证号.slice(0, 17) + (spare[1]!.身份证号.endsWith('1') ? '2' : '1'),
  );
  const futureYear = withField(spare[2]!, '毕业年份', String(currentYear() + 3));
  const unknownMajor = withField(spare[3]!, '专业代码', '089999');
  const trailing = spare[4]!;
  let result: ImportView;

  beforeAll(async () => {
    result = await t.importRoster(
      cookie,
      rosterCsv([...good, dupStudentNo, wrongCheck, futureYear, unknownMajor, trailing]),
      'mixed.csv',
    );
  });

  it('accepts the good rows and rejects each bad one', () => {
    expect(result).toMatchObject({ status: 'succeeded', rowsProcessed: 10, accepted: 6, rejected: 4 });
    expect(result.errorSample.map((e) => e.row)).toEqual([7, 8, 9, 10]);
  });

  it('rejects a duplicate 学号 inside the file, naming the first line', () => {
    expect(result.errorSample).toContainEqual({
      row: 7,
      field: '学号',
      code: 'duplicate_student_no',
      message: expect.stringContaining('与第 2 行重复'),
    });
  });

  it('rejects an ID with a wrong check digit', () => {
    expect(result.errorSample).toContainEqual({
      row: 8,
      field: '身份证号',
      code: 'id_number_check_digit',
      message: expect.stringContaining('校验码'),
    });
  });

  it('rejects a future graduation year', () => {
    expect(result.errorSample).toContainEqual({
      row: 9,
      field: '毕业年份',
      code: 'year_out_of_range',
      message: expect.stringContaining(String(currentYear() + 3)),
    });
  });

  it('rejects an unknown major code', () => {
    expect(result.errorSample).toContainEqual({
      row: 10,
      field: '专业代码',
      code: 'unknown_major',
      message: expect.stringContaining('089999'),
    });
  });

  it('never half-writes: good rows are stored, rejected ones are absent', async () => {
    expect(await storedStudentNos('MX')).toEqual(good.map((r) => r.学号));
    expect(await storedStudentNos('MY')).toEqual([trailing.学号]);
    // The duplicate did not overwrite the first row carrying that 学号.
    expect((await graduateJson(good[0]!.学号)).name).toBe(good[0]!.姓名);
  });

  it('offers the full error report as CSV with a BOM, one line per error', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/imports/${result.id}/errors.csv`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('行号,字段,错误代码,说明');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '7,学号,duplicate_student_no',
      '8,身份证号,id_number_check_digit',
      '9,毕业年份,year_out_of_range',
      '10,专业代码,unknown_major',
    ]);
  });
});

describe('text that looks like code', () => {
  it('stores SQL and HTML in names literally and returns them byte-identical', async () => {
    const [a, b, c] = rosterRows(3, { prefix: 'INJ', seed: 56 }) as [RosterRow, RosterRow, RosterRow];
    const html = '<script>alert(1)</script>';
    const sqlText = "'; drop table graduates; --";
    // Backslashes are escape characters in array literals (how staging sends rows): they must survive.
    const copyText = '\\N王\\t五\\';
    const result = await t.importRoster(
      cookie,
      rosterCsv([withField(a, '姓名', html), withField(b, '姓名', sqlText), withField(c, '姓名', copyText)]),
      'inject.csv',
    );
    expect(result).toMatchObject({ status: 'succeeded', accepted: 3 });
    const res = await t.app.inject({ method: 'GET', url: '/api/graduates?q=INJ', headers: { cookie } });
    const names = res.json<{ items: { studentNo: string; name: string }[] }>().items.map((g) => g.name);
    expect(names).toEqual([html, sqlText, copyText]);
    expect(res.body).toContain(JSON.stringify(html));
    expect(await storedStudentNos('OK')).toHaveLength(20);
  });
});

describe('files that cannot be read as a roster', () => {
  it('malformed CSV (an unclosed quote) fails the import, names the line and writes nothing', async () => {
    const rows = rosterRows(4, { prefix: 'BQ', seed: 57 });
    const lines = rosterCsv(rows).split('\r\n');
    lines[3] = lines[3]!.replace(/^([^,]+,)/, '$1"');
    const result = await t.importRoster(cookie, lines.join('\r\n'), 'broken.csv');
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/第 4 行/);
    expect(result.message).toMatch(/引号/);
    expect(result.accepted).toBe(0);
    expect(await storedStudentNos('BQ')).toEqual([]);
  });

  it('an empty file is refused at upload (400) and no import is recorded', async () => {
    const before = await t.deps.db.selectFrom('imports').select('id').execute();
    const res = await t.uploadRoster(cookie, Buffer.alloc(0), 'empty.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed', message: '文件为空' } });
    expect(await t.deps.db.selectFrom('imports').select('id').execute()).toHaveLength(before.length);
  });

  it('a header-only file succeeds with 0 rows and says so', async () => {
    const result = await t.importRoster(cookie, rosterCsv([]), 'header-only.csv');
    expect(result).toMatchObject({
      status: 'succeeded',
      rowsProcessed: 0,
      accepted: 0,
      rejected: 0,
      message: '文件只有表头，没有数据行',
    });
  });

  it('a file without a recognisable header fails naming the missing columns', async () => {
    const result = await t.importRoster(cookie, 'a,b,c\r\n1,2,3\r\n', 'no-header.csv');
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/没有可识别的表头/);
    expect(result.message).toMatch(/学号/);
  });

  it('unknown columns are listed as a warning and the rows still go in', async () => {
    const rows = rosterRows(2, { prefix: 'UC', seed: 58 }).map((r) => ({ ...r, 备注: '班长', 班级: '1班' }));
    const result = await t.importRoster(
      cookie,
      rosterCsv(rows, { header: [...ROSTER_HEADER, '备注', '班级'] }),
      'extra-columns.csv',
    );
    expect(result).toMatchObject({ status: 'succeeded', accepted: 2, rejected: 0 });
    expect(result.warnings).toEqual(['已忽略无法识别的列：备注、班级']);
  });

  it('a GBK file (Excel on Chinese Windows) is read correctly', async () => {
    const rows = rosterRows(3, { prefix: 'GB', seed: 59 });
    const result = await t.importRoster(cookie, iconv.encode(rosterCsv(rows), 'gbk'), 'gbk.csv');
    expect(result).toMatchObject({ status: 'succeeded', accepted: 3, rejected: 0 });
    const stored = await graduateJson(rows[1]!.学号);
    expect(stored.name).toBe(rows[1]!.姓名);
    expect(stored.collegeName).toBe(rows[1]!.院系);
  });

  it("binary garbage fails with the 'bad_encoding' message", async () => {
    const rng = createRng(60);
    const garbage = Buffer.from(
      Array.from({ length: 4096 }, (_, i) => (i === 0 ? 0x07 : Math.floor(rng() * 256))),
    );
    const result = await t.importRoster(cookie, garbage, 'garbage.csv');
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/不是文本文件/);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'roster.import_failed')
      .where('target_id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ reason: 'bad_encoding' });
  });
});

describe('a large file', () => {
  it('imports a 10 MB+ file of ~80k rows with the right count', async () => {
    const count = 80_000;
    const rows = rosterRows(count, { prefix: 'BIG', seed: 61 }).map((r) => ({
      ...r,
      邮箱: `${r.学号.toLowerCase()}.graduate@mail.example.edu.cn`,
    }));
    const csv = Buffer.from(rosterCsv(rows, { header: [...ROSTER_HEADER, '邮箱'] }), 'utf8');
    expect(csv.length).toBeGreaterThan(10 * 1024 * 1024);
    const result = await t.importRoster(cookie, csv, 'big.csv');
    expect(result).toMatchObject({ status: 'succeeded', rowsProcessed: count, accepted: count, rejected: 0 });
    const stored = await t.deps.db
      .selectFrom('graduates')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('student_no', 'like', 'BIG%')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(count);
  }, 300_000);
});
