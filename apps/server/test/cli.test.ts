import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeIdCheckDigit,
  createRng,
  generateUscc,
  upgradeIdNumber15,
  validateIdNumber,
} from '@jiuye/domain';
import {
  createCliDatabase,
  runCli,
  rosterCsv,
  rosterRows,
  TEST_PASSWORD,
  type CliDatabase,
  type CliResult,
} from './helpers';

// Each CLI run pays for a Node + tsx start-up, so the cases below are chosen to be few but cover
// every documented exit code and every `reason` keyword.

let db: CliDatabase;
const UNIVERSITY = '4111010001';

beforeAll(async () => {
  db = await createCliDatabase();
});

afterAll(async () => {
  await db?.remove();
});

const cli = (...args: string[]) => runCli(args, db.env);

/** Runs independent CLI calls two at a time (the machine has two cores). */
async function inPairs(calls: (() => Promise<CliResult>)[]): Promise<CliResult[]> {
  const results: CliResult[] = [];
  for (let i = 0; i < calls.length; i += 2)
    results.push(...(await Promise.all(calls.slice(i, i + 2).map((c) => c()))));
  return results;
}

const withCheck = (first17: string) => first17 + computeIdCheckDigit(first17);

// Generous timeouts: a CLI start-up is CPU-bound and the two cores are shared with the other test worker.
describe('jiuye check id / check uscc', { timeout: 180_000 }, () => {
  it('exits 0 for a valid 身份证号, 1 otherwise, with {"valid","reason"} naming what failed', async () => {
    const valid = withCheck('11010120030517001');
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    const cases = [
      { value: valid, valid: true, reason: null },
      { value: wrongCheck, valid: false, reason: 'check digit' },
      { value: withCheck('11010120030230001'), valid: false, reason: 'date' },
      { value: withCheck('99010120030517001'), valid: false, reason: 'region' },
      { value: `1101012003A517001${valid.at(-1)}`, valid: false, reason: 'characters' },
      // A 15-digit number fails on length but comes with its 18-digit upgrade.
      { value: '110101030517001', valid: false, reason: 'length' },
    ];
    const results = await inPairs(cases.map((c) => () => cli('check', 'id', c.value, '--json')));
    results.forEach((res, i) => {
      const c = cases[i]!;
      expect(res.code, `${c.value}: ${res.stderr}`).toBe(c.valid ? 0 : 1);
      const { upgraded, ...out } = JSON.parse(res.stdout) as {
        valid: boolean;
        reason: string | null;
        upgraded?: string;
      };
      expect(out).toEqual({
        valid: c.valid,
        reason: c.reason === null ? null : expect.stringContaining(`(${c.reason})`),
      });
      if (c.value.length === 15) {
        expect(upgraded).toBe(upgradeIdNumber15(c.value));
        expect(upgraded).toMatch(/^11010119030517001[\dX]$/);
        expect(validateIdNumber(upgraded!).valid).toBe(true);
      } else expect(upgraded).toBeUndefined();
    });
  });

  it('checks 统一社会信用代码 the same way', async () => {
    const valid = generateUscc(createRng(71), { regionCode: '110101' });
    const cases = [
      { value: valid, valid: true, reason: null },
      { value: valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0'), valid: false, reason: 'check digit' },
      { value: `${valid.slice(0, 10)}I${valid.slice(11)}`, valid: false, reason: 'characters' },
    ];
    const results = await inPairs(cases.map((c) => () => cli('check', 'uscc', c.value, '--json')));
    results.forEach((res, i) => {
      const c = cases[i]!;
      expect(res.code, `${c.value}: ${res.stderr}`).toBe(c.valid ? 0 : 1);
      expect(JSON.parse(res.stdout)).toEqual({
        valid: c.valid,
        reason: c.reason === null ? null : expect.stringContaining(`(${c.reason})`),
      });
    });
  });
});

// PGlite allows one process on a data directory at a time, so the commands below run one by one.
describe('commands on a database', { timeout: 180_000 }, () => {
  it('`db migrate` migrates an empty database', async () => {
    const res = await cli('db', 'migrate');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/已执行迁移：0001_foundation, 0002_reference_data/);
  });

  it('`user create` creates an account with the scope given', async () => {
    const res = await cli(
      'user',
      'create',
      '--username',
      'cc-cli',
      '--password',
      TEST_PASSWORD,
      '--role',
      'career_centre',
      '--scope',
      `university:${UNIVERSITY}`,
    );
    expect(res.code, res.stderr).toBe(0);
    const user = await db.withDatabase((deps) =>
      deps.db
        .selectFrom('users')
        .select(['role', 'scope_kind', 'university_code', 'province_code'])
        .where('username', '=', 'cc-cli')
        .executeTakeFirst(),
    );
    expect(user).toEqual({
      role: 'career_centre',
      scope_kind: 'university',
      university_code: UNIVERSITY,
      province_code: '11',
    });
  });

  it('`import graduates --json` reports accepted, rejected and errors with file line numbers; exit 0', async () => {
    const rows = rosterRows(4, { prefix: 'CLI', seed: 72 });
    const bad = { ...rows[2]!, 专业代码: '089999' };
    const file = join(db.env.JIUYE_DATA_DIR!, 'roster.csv');
    await writeFile(file, rosterCsv([rows[0]!, rows[1]!, bad, rows[3]!]));
    const res = await cli('import', 'graduates', file, '--university', UNIVERSITY, '--json');
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['accepted', 'errors', 'rejected']);
    expect(out).toEqual({
      accepted: 3,
      rejected: 1,
      errors: [
        { row: 4, field: '专业代码', code: 'unknown_major', message: expect.stringContaining('089999') },
      ],
    });
    const stored = await db.withDatabase((deps) =>
      deps.db
        .selectFrom('graduates')
        .select('student_no')
        .where('university_code', '=', UNIVERSITY)
        .execute(),
    );
    expect(stored.map((g) => g.student_no).sort()).toEqual([rows[0]!.学号, rows[1]!.学号, rows[3]!.学号]);
  });

  it('`import graduates` refuses, non-zero with a clear message, what it cannot process', async () => {
    const noHeader = join(db.env.JIUYE_DATA_DIR!, 'no-header.csv');
    await writeFile(noHeader, 'foo,bar\r\n1,2\r\n');
    const good = join(db.env.JIUYE_DATA_DIR!, 'roster.csv');

    const missing = await cli(
      'import',
      'graduates',
      join(db.env.JIUYE_DATA_DIR!, 'nope.csv'),
      '--university',
      UNIVERSITY,
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/文件不存在/);

    const unknownUni = await cli('import', 'graduates', good, '--university', '4199999999');
    expect(unknownUni.code).not.toBe(0);
    expect(unknownUni.stderr).toMatch(/4199999999.*不存在/);

    const header = await cli('import', 'graduates', noHeader, '--university', UNIVERSITY, '--json');
    expect(header.code).not.toBe(0);
    expect(header.stderr).toMatch(/表头/);
  });

  it('`import destinations --json` lands good rows approved, reports each bad one, and re-runs idempotently', async () => {
    // The roster rows the test above imported (same seed).
    const rows = rosterRows(4, { prefix: 'CLI', seed: 72 });
    const uscc = generateUscc(createRng(9), { regionCode: '420100' });
    const header =
      '学号,去向代码,证明材料,单位名称,统一社会信用代码,单位性质,所属行业,地区代码,职业类别,日期,月薪,录取院校,录取专业';
    const employed = (no: string, proof: string) =>
      `${no},11,${proof},武汉光谷信息技术有限公司,${uscc},民营企业,I,420106,2,2026-05-20,8000,,`;
    const file = join(db.env.JIUYE_DATA_DIR!, 'destinations.csv');
    await writeFile(
      file,
      [
        header,
        employed(rows[0]!.学号, '劳动合同'),
        `${rows[1]!.学号},80,录取通知书,,,,,,,,,武汉大学,计算机科学与技术`,
        employed(rows[3]!.学号, '实习或见习证明'),
        employed('NOPE0001', '劳动合同'),
        employed(rows[0]!.学号, '劳动合同'),
        `${rows[1]!.学号},99,,,,,,,,,,,`,
      ].join('\r\n'),
    );
    const first = await cli('import', 'destinations', file, '--university', UNIVERSITY, '--json');
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as {
      accepted: number;
      rejected: number;
      unchanged: number;
      errors: unknown[];
    };
    expect(out).toMatchObject({ accepted: 2, rejected: 4, unchanged: 0 });
    expect(out.errors).toEqual([
      { row: 4, field: '证明材料', code: 'internship_proof', message: expect.stringContaining('实习证明') },
      { row: 5, field: '学号', code: 'not_on_roster', message: expect.stringContaining('NOPE0001') },
      { row: 6, field: '学号', code: 'duplicate', message: '学号与第 2 行重复' },
      { row: 7, field: '去向代码', code: 'unknown_code', message: expect.stringContaining('99') },
    ]);
    const again = await cli('import', 'destinations', file, '--university', UNIVERSITY, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 2, unchanged: 2 });
    const stored = await db.withDatabase((deps) =>
      deps.db
        .selectFrom('destinations as d')
        .innerJoin('graduates as g', 'g.id', 'd.graduate_id')
        .select(['g.student_no', 'd.status', 'd.version', 'd.verification_no'])
        .where('g.university_code', '=', UNIVERSITY)
        .orderBy('g.student_no')
        .execute(),
    );
    expect(stored.map((d) => [d.student_no, d.status, d.version])).toEqual([
      [rows[0]!.学号, 'approved', 1],
      [rows[1]!.学号, 'approved', 1],
    ]);
    expect(stored.every((d) => d.verification_no)).toBe(true);
  });

  it('`audit verify` accepts the chain the commands above wrote', async () => {
    const res = await cli('audit', 'verify', '--json');
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { ok: boolean; checked: number };
    expect(out.ok).toBe(true);
    // user.create + roster.import, at least.
    expect(out.checked).toBeGreaterThanOrEqual(2);
  });
});
