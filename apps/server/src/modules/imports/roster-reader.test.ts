import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  computeIdCheckDigit,
  createDuplicateTracker,
  createRng,
  generateMobile,
  validateRosterRow,
  type RosterRowContext,
} from '@jiuye/domain';
import { RosterFileError, readRosterFile, type RosterRecord } from './roster-reader';

const HEADER = '学号,姓名,性别,身份证号,手机号,院系,专业代码,学历层次,毕业年份,生源地代码';
const ROW_1 = '2022010101,张三,男,110101200305170012,13800138000,计算机学院,080901,本科,2026,310104';
const ROW_2 = '2022010102,李四,女,440106200411020021,13900139000,外国语学院,050201,本科,2026,440106';

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'roster-reader-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(content: string | Buffer, extension = 'csv'): Promise<string> {
  const path = join(dir, `f${++counter}.${extension}`);
  await writeFile(path, content);
  return path;
}

async function readAll(path: string, opts?: { fileName?: string }): Promise<RosterRecord[]> {
  const records: RosterRecord[] = [];
  for await (const record of readRosterFile(path, opts)) records.push(record);
  return records;
}

async function failure(path: string, opts?: { fileName?: string }): Promise<RosterFileError> {
  try {
    await readAll(path, opts);
  } catch (error) {
    if (error instanceof RosterFileError) return error;
    throw error;
  }
  throw new Error('expected a RosterFileError');
}

function rows(records: RosterRecord[]): { line: number; values: Record<string, string> }[] {
  return records.flatMap((r) => (r.kind === 'row' ? [{ line: r.line, values: r.values }] : []));
}

function header(records: RosterRecord[]): Extract<RosterRecord, { kind: 'header' }> {
  const first = records[0];
  if (first?.kind !== 'header') throw new Error('first record is not the header');
  return first;
}

describe('readRosterFile, CSV', () => {
  it('reads UTF-8 with a BOM', async () => {
    const records = await readAll(await fixture(`\uFEFF${HEADER}\r\n${ROW_1}\r\n${ROW_2}\r\n`));
    expect(header(records)).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      line: 1,
      unknown: [],
      columns: [
        'studentNo',
        'name',
        'gender',
        'idNumber',
        'phone',
        'college',
        'majorCode',
        'degree',
        'graduationYear',
        'originRegion',
      ],
    });
    expect(rows(records)).toEqual([
      {
        line: 2,
        values: {
          studentNo: '2022010101',
          name: '张三',
          gender: '男',
          idNumber: '110101200305170012',
          phone: '13800138000',
          college: '计算机学院',
          majorCode: '080901',
          degree: '本科',
          graduationYear: '2026',
          originRegion: '310104',
        },
      },
      expect.objectContaining({ line: 3 }),
    ]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const records = await readAll(await fixture(`${HEADER}\n${ROW_1}\n${ROW_2}`));
    expect(header(records).encoding).toBe('utf-8');
    expect(rows(records).map((r) => [r.line, r.values.name])).toEqual([
      [2, '张三'],
      [3, '李四'],
    ]);
  });

  it('reads GBK as written by Excel on Chinese Windows', async () => {
    const text = `${HEADER}\r\n${ROW_1}\r\n${ROW_2.replace('李四', '李𬌗').replace('外国语学院', '外国語學院')}\r\n`;
    const records = await readAll(await fixture(iconv.encode(text, 'gb18030')));
    expect(header(records).encoding).toBe('gb18030');
    expect(rows(records).map((r) => [r.values.name, r.values.college])).toEqual([
      ['张三', '计算机学院'],
      ['李𬌗', '外国語學院'],
    ]);
  });

  it('detects GBK even when the first 64 KB are plain ASCII', async () => {
    const asciiHeader =
      'student_no,name,gender,id_number,phone,college,major_code,degree,graduation_year,origin_region';
    const asciiRow = 'S0001,Zhang San,M,110101200305170012,13800138000,CS,080901,bachelor,2026,310104';
    const filler = Array.from({ length: 1000 }, () => asciiRow).join('\r\n');
    const text = `${asciiHeader}\r\n${filler}\r\nS0002,王五,男,110101200305170012,13800138000,计算机学院,080901,本科,2026,310104\r\n`;
    expect(filler.length).toBeGreaterThan(64 * 1024);
    const records = await readAll(await fixture(iconv.encode(text, 'gbk')));
    expect(header(records).encoding).toBe('gb18030');
    expect(rows(records).at(-1)).toMatchObject({
      line: 1002,
      values: { name: '王五', college: '计算机学院' },
    });
  });

  it('reads tab-separated files', async () => {
    const tsv = `${HEADER.replaceAll(',', '\t')}\n${ROW_1.replaceAll(',', '\t')}\n`;
    const records = await readAll(await fixture(tsv, 'txt'));
    expect(rows(records)).toEqual([
      expect.objectContaining({ line: 2, values: expect.objectContaining({ name: '张三' }) }),
    ]);
  });

  it('keeps commas and line breaks inside quoted fields and numbers lines by where a record starts', async () => {
    const csv = [
      HEADER,
      ROW_1.replace('计算机学院', '"计算机学院,软件工程系"'),
      '2022010103,"王\n五",男,110101200305170012,13800138000,"外国语学院\r\n英语系",050201,本科,2026,310104',
      ROW_2.replace('李四', '"李""四"""'),
    ].join('\r\n');
    const records = rows(await readAll(await fixture(csv)));
    expect(records.map((r) => [r.line, r.values.name, r.values.college])).toEqual([
      [2, '张三', '计算机学院,软件工程系'],
      [3, '王\n五', '外国语学院\r\n英语系'],
      [6, '李"四"', '外国语学院'],
    ]);
  });

  it('skips blank rows without losing count of lines, whatever the line endings', async () => {
    const csv = `${HEADER}\n\n${ROW_1}\r\n,,,,,,,,,\r\n   \n${ROW_2}\r`;
    expect(rows(await readAll(await fixture(csv))).map((r) => r.line)).toEqual([3, 6]);
  });

  it('leaves the missing trailing cells of a short row undefined', async () => {
    const records = rows(await readAll(await fixture(`${HEADER}\n2022010101,张三,男\n`)));
    expect(records).toEqual([{ line: 2, values: { studentNo: '2022010101', name: '张三', gender: '男' } }]);
  });

  it('lists unknown columns and drops their cells', async () => {
    const records = await readAll(await fixture(`备注,${HEADER},专业名称\n党员,${ROW_1},计算机科学与技术\n`));
    expect(header(records).unknown).toEqual(['备注', '专业名称']);
    expect(header(records).columns[0]).toBeNull();
    const [first] = rows(records);
    expect(Object.values(first?.values ?? {})).not.toContain('党员');
    expect(first?.values.studentNo).toBe('2022010101');
  });

  it('skips a title row above the header', async () => {
    const records = await readAll(await fixture(`2026届毕业生名单,,,,\n${HEADER}\n${ROW_1}\n`));
    expect(header(records).line).toBe(2);
    expect(rows(records).map((r) => r.line)).toEqual([3]);
  });

  it('unwraps ="…" cells that keep Excel from dropping leading zeros', async () => {
    const records = rows(
      await readAll(await fixture(`${HEADER}\n${ROW_1.replace('080901', '="080901"')}\n`)),
    );
    expect(records[0]?.values.majorCode).toBe('080901');
  });

  it('yields the header and no rows for a header-only file', async () => {
    const records = await readAll(await fixture(`${HEADER}\r\n`));
    expect(records).toHaveLength(1);
    expect(records[0]?.kind).toBe('header');
  });

  it('rejects an empty file', async () => {
    expect((await failure(await fixture(''))).code).toBe('empty_file');
    expect((await failure(await fixture('\uFEFF\r\n \r\n,,,\r\n'))).code).toBe('empty_file');
  });

  it('rejects a header without required columns and names them', async () => {
    const error = await failure(
      await fixture('学号,姓名,性别,手机号,院系\n1,张三,男,13800138000,计算机学院\n'),
      {
        fileName: '名单.csv',
      },
    );
    expect(error.code).toBe('no_header');
    expect(error.missing).toEqual(['idNumber', 'majorCode', 'degree', 'graduationYear', 'originRegion']);
    expect(error.message).toContain('名单.csv');
    expect(error.message).toContain('身份证号、专业代码、学历层次、毕业年份、生源地代码');
  });

  it('rejects a file whose first row is data, not a header', async () => {
    const error = await failure(await fixture(`${ROW_1}\n${ROW_2}\n`));
    expect(error.code).toBe('no_header');
    expect(error.missing).toHaveLength(10);
  });

  it('rejects an unclosed quote and names the line where it opens', async () => {
    const csv = `${HEADER}\r\n${ROW_1}\r\n${ROW_2}\r\n2022010103,"王五,男\r\n${ROW_1}\r\n${ROW_2}\r\n`;
    const error = await failure(await fixture(csv));
    expect(error.code).toBe('malformed_csv');
    expect(error.line).toBe(4);
    expect(error.message).toContain('第 4 行');
  });

  it('names the right line for an unclosed quote after multi-line records', async () => {
    const csv = `${HEADER}\r\n2022010101,"张\r\n三"\r\n${ROW_2}\r\n2022010103,"王五,男\r\n${ROW_1}\r\n`;
    const error = await failure(await fixture(csv));
    expect(error.code).toBe('malformed_csv');
    expect(error.line).toBe(5);
  });

  it('takes a stray quote inside an unquoted field as text, as Excel does', async () => {
    const records = rows(await readAll(await fixture(`${HEADER}\n${ROW_1.replace('张三', '张"三')}\n`)));
    expect(records[0]?.values.name).toBe('张"三');
  });

  it('stops an unclosed quote before it swallows a large file', async () => {
    const body = Array.from({ length: 2000 }, () => ROW_1).join('\n');
    const error = await failure(await fixture(`${HEADER}\n"${body}\n`));
    expect(error.code).toBe('malformed_csv');
    expect(error.line).toBe(2);
  });

  it('rejects binary data', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await failure(await fixture(garbage))).code).toBe('bad_encoding');
  });

  it('rejects UTF-16 text with advice', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n`, 'utf16le')]);
    const error = await failure(await fixture(utf16));
    expect(error.code).toBe('bad_encoding');
    expect(error.message).toContain('UTF-16');
  });

  it('rejects a UTF-8 file with GBK bytes further down and says roughly where', async () => {
    const utf8Part = `${HEADER}\n${Array.from({ length: 1000 }, () => ROW_1).join('\n')}\n`;
    const file = Buffer.concat([Buffer.from(utf8Part), iconv.encode(`${ROW_2}\n`, 'gbk')]);
    const error = await failure(await fixture(file));
    expect(error.code).toBe('bad_encoding');
    expect(error.line).toBe(1002);
  });

  it('rejects legacy .xls files by their signature, whatever the extension', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const error = await failure(await fixture(ole, 'csv'));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toContain('.xls');
  });
});

describe('readRosterFile, xlsx', () => {
  async function workbookFile(
    build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  ): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    build(sheet, workbook);
    // The extension says CSV on purpose: the reader must go by content.
    const path = join(dir, `f${++counter}.csv`);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it('reads the first worksheet, converting cell types to text', async () => {
    const path = await workbookFile((sheet, workbook) => {
      sheet.addRow([...HEADER.split(','), '邮箱']);
      sheet.addRow([
        2022010101,
        { richText: [{ text: '张' }, { text: '三', font: { bold: true } }] },
        '男',
        '110101200305170012',
        13800138000,
        '计算机学院',
        '080901',
        '本科',
        new Date(Date.UTC(2026, 5, 30)),
        { formula: '"310"&"104"', result: '310104' },
        { text: 'zs@example.edu.cn', hyperlink: 'mailto:zs@example.edu.cn' },
      ]);
      sheet.addRow([]);
      sheet.getRow(4).values = ['2022010102', '李四', '女', 110101200305170000, '13900139000'];
      workbook.addWorksheet('说明').addRow(['这一页不是名单']);
    });
    const records = await readAll(path);
    expect(header(records)).toMatchObject({ format: 'xlsx', encoding: 'utf-8', line: 1, unknown: [] });
    expect(rows(records)).toEqual([
      {
        line: 2,
        values: {
          studentNo: '2022010101',
          name: '张三',
          gender: '男',
          idNumber: '110101200305170012',
          phone: '13800138000',
          college: '计算机学院',
          majorCode: '080901',
          degree: '本科',
          graduationYear: '2026',
          originRegion: '310104',
          email: 'zs@example.edu.cn',
        },
      },
      {
        line: 4,
        values: expect.objectContaining({
          name: '李四',
          // A number past 15 digits has lost its tail; it comes through in Excel's own notation.
          idNumber: expect.stringMatching(/^1\.101012003\d*e\+17$/),
        }),
      },
    ]);
  });

  it('reports missing columns in a workbook too', async () => {
    const path = await workbookFile((sheet) => {
      sheet.addRow(['学号', '姓名']);
      sheet.addRow(['1', '张三']);
    });
    const error = await failure(path);
    expect(error.code).toBe('no_header');
    expect(error.missing).toContain('idNumber');
  });

  it('rejects a workbook without any rows', async () => {
    const path = await workbookFile(() => undefined);
    expect((await failure(path)).code).toBe('empty_file');
  });
});

describe('readRosterFile, a large file', () => {
  const ROWS = 90_000;
  let path: string;
  const ctx: RosterRowContext = {
    isKnownMajor: () => true,
    isKnownRegion: (code) => code === '310104' || code === '440106',
    currentYear: 2026,
  };

  beforeAll(async () => {
    path = join(dir, 'large.csv');
    const out = createWriteStream(path);
    const rng = createRng(42);
    out.write(`\uFEFF${HEADER},帮扶类别,邮箱,备注\r\n`);
    for (let i = 0; i < ROWS; i++) {
      const gender = i % 2 === 0 ? 'male' : 'female';
      // Built by hand so that no two rows share an ID: random sequence numbers would collide.
      const birth = new Date(Date.UTC(2003, 0, 1 + Math.floor(i / 400))).toISOString().slice(0, 10);
      const sequence = String(((i >> 1) % 200) * 2 + (gender === 'male' ? 1 : 2)).padStart(3, '0');
      const first17 = `510107${birth.replaceAll('-', '')}${sequence}`;
      const id = first17 + computeIdCheckDigit(first17);
      const name = i % 1000 === 0 ? `"欧阳,${i}"` : `学生${i}号`;
      const line = `2022${String(i).padStart(6, '0')},${name},${gender === 'male' ? '男' : '女'},${id},${generateMobile(rng)},计算机科学与技术学院,080901,本科,2026,${i % 2 === 0 ? '310104' : '440106'},${i % 10 === 0 ? '低保家庭' : ''},s${i}@example.edu.cn,第${i}行备注文字用于凑足文件大小\r\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  });

  it('streams every row of a 12 MB file without loading it whole', { timeout: 60_000 }, async () => {
    const { size } = await stat(path);
    expect(size).toBeGreaterThan(12 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    let count = 0;
    let lastLine = 0;
    let invalid = 0;
    const duplicates = createDuplicateTracker();
    for await (const record of readRosterFile(path)) {
      if (record.kind !== 'row') continue;
      count++;
      lastLine = record.line;
      const result = validateRosterRow(record.values, ctx);
      if (!result.ok || duplicates.check(record.line, result.row).length > 0) invalid++;
      if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(count).toBe(ROWS);
    expect(lastLine).toBe(ROWS + 1);
    expect(invalid).toBe(0);
    expect(peak - rssBefore).toBeLessThan(150 * 1024 * 1024);
  });

  // Linux-only view of open descriptors; elsewhere there is no cheap way to see a leaked handle.
  it.skipIf(!existsSync('/proc/self/fd'))('closes the file when the consumer stops early', async () => {
    const openFiles = async (): Promise<string[]> => {
      const fds = await readdir('/proc/self/fd');
      const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
      return targets.filter((target) => target === path);
    };
    let seen = 0;
    for await (const record of readRosterFile(path)) {
      if (record.kind === 'row' && ++seen === 10) {
        expect(await openFiles()).toHaveLength(1);
        break;
      }
    }
    await vi.waitFor(async () => expect(await openFiles()).toEqual([]));
  });
});
