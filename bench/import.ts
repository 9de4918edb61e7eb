import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { from as copyFrom } from 'pg-copy-streams';
import { createRng, generateIdNumber, generateMobile, parseDegree, type Rng } from '@jiuye/domain';
import { createDb, type DbHandle } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { readReferenceCsv } from '../apps/server/src/db/reference-files';
import { createPiiCipher, type PiiCipher } from '../apps/server/src/platform/crypto';
import {
  createCliImport,
  importResult,
  runGraduateImport,
} from '../apps/server/src/modules/imports/imports.service';
import { profileImport, type ImportProfile } from './import-profile';
import { createScratchDatabase } from './shared/scratch-db';
import { median } from './shared/stats';

/** Validation + encryption may cost at most ~3× a bare COPY on the server database (issue 2, item 16). */
const TARGET_RATIO = 0.3;
// 武汉大学: a real 学校标识码 that every freshly migrated database knows.
export const UNIVERSITY = { code: '4142010486', provinceCode: '42' };
const SEED = 20_261_127;
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const RESULTS = fileURLToPath(new URL('./results/import.json', import.meta.url));
// Its exports map hides package.json from import.meta.resolve.
const PGLITE_PACKAGE = fileURLToPath(
  new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url),
);

// The columns our import writes; id, created_at and updated_at take their defaults in both runs.
const COLUMNS = [
  'university_code',
  'province_code',
  'student_no',
  'name',
  'gender',
  'id_number_enc',
  'id_number_index',
  'phone_enc',
  'phone_index',
  'email',
  'college_id',
  'major_code',
  'degree',
  'graduation_year',
  'origin_region_code',
  'assistance_category',
] as const;

interface Row {
  studentNo: string;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string;
  college: string;
  majorCode: string;
  graduationYear: number;
  origin: string;
  assistance: string;
  email: string;
}

type DbKind = 'pglite' | 'postgres';

interface Measured {
  seconds: number[];
  medianSeconds: number;
  medianRowsPerSecond: number;
}

interface DbResult {
  database: DbKind;
  server: string;
  ours: Measured;
  copy: Measured;
  /** Throughput of ours divided by throughput of COPY (= COPY time / our time). */
  ratio: number;
  profile?: ImportProfile;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇浩然子涵欣怡梓轩雨泽思远佳琪俊杰';
const ASSISTANCE = ['脱贫家庭', '低保家庭', '低保边缘家庭', '零就业家庭', '残疾', '刚性支出困难家庭'];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function measured(seconds: number[], rows: number): Measured {
  const m = median(seconds);
  return { seconds, medianSeconds: m, medianRowsPerSecond: rows / m };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Every real undergraduate major, each in a college named after its 专业类 (计算机类 → 计算机学院). */
function undergraduateMajors(): { code: string; college: string }[] {
  return readReferenceCsv('majors/undergraduate-2024.csv')
    .filter((m) => m.itemLevel === 'MAJOR')
    .map((m) => ({ code: m.majorCode!, college: `${(m.className ?? '').replace(/类$/, '')}学院` }));
}

function hubeiCounties(): string[] {
  return readReferenceCsv('regions.csv')
    .filter((r) => r.level === 'county' && r.code!.startsWith(UNIVERSITY.provinceCode))
    .map((r) => r.code!);
}

/** Deterministic synthetic roster: valid IDs and phones, real major and county codes. */
export function generateRows(count: number): Row[] {
  const rng = createRng(SEED);
  const majors = undergraduateMajors();
  const counties = hubeiCounties();
  const year = Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const rows: Row[] = [];
  const seenIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const major = pick(rng, majors);
    const graduationYear = rng() < 0.7 ? year : year - 1;
    const birthYear = graduationYear - 22 - (rng() < 0.3 ? 1 : 0);
    const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    const gender = rng() < 0.5 ? 'male' : 'female';
    const origin = pick(rng, counties);
    // Same county, birthday and gender leave 500 sequence numbers: at this scale some collide, and
    // the import rightly rejects a repeated ID, so draw again.
    let idNumber = '';
    do {
      idNumber = generateIdNumber(rng, {
        regionCode: origin,
        birthDate: `${birthYear}-${month}-${day}`,
        gender,
      });
    } while (seenIds.has(idNumber));
    seenIds.add(idNumber);
    const studentNo = `${graduationYear - 4}${UNIVERSITY.code.slice(-4)}${String(i + 1).padStart(6, '0')}`;
    rows.push({
      studentNo,
      name: pick(rng, [...SURNAMES]) + pick(rng, [...GIVEN]) + (rng() < 0.6 ? pick(rng, [...GIVEN]) : ''),
      gender,
      idNumber,
      phone: generateMobile(rng),
      college: major.college,
      majorCode: major.code,
      graduationYear,
      origin,
      assistance: rng() < 0.08 ? pick(rng, ASSISTANCE) : '',
      email: rng() < 0.5 ? `${studentNo}@stu.example.edu.cn` : '',
    });
  }
  return rows;
}

/** The file a career centre would upload, in the seed's format. */
export function rosterCsv(rows: Row[]): string {
  const lines = ['学号,姓名,性别,身份证号,手机号,院系,专业代码,学历层次,毕业年份,生源地代码,帮扶类别,邮箱'];
  for (const r of rows) {
    lines.push(
      [
        r.studentNo,
        r.name,
        r.gender === 'male' ? '男' : '女',
        r.idNumber,
        r.phone,
        r.college,
        r.majorCode,
        '本科',
        r.graduationYear,
        r.origin,
        r.assistance,
        r.email,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** The same rows as COPY text, every value final: the baseline does no work but loading. */
function copyText(rows: Row[]): Buffer {
  const degree = parseDegree('本科')!;
  const collegeIds = new Map<string, string>();
  const nul = (v: string) => (v === '' ? '\\N' : v);
  const lines = rows.map((r) => {
    let collegeId = collegeIds.get(r.college);
    if (!collegeId) collegeIds.set(r.college, (collegeId = randomUUID()));
    return [
      UNIVERSITY.code,
      UNIVERSITY.provinceCode,
      r.studentNo,
      r.name,
      r.gender,
      r.idNumber,
      r.idNumber,
      r.phone,
      r.phone,
      nul(r.email),
      collegeId,
      r.majorCode,
      degree,
      r.graduationYear,
      r.origin,
      nul(r.assistance),
    ].join('\t');
  });
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

async function exec(h: DbHandle, statement: string): Promise<void> {
  if (h.pglite) await h.pglite.exec(statement);
  else await h.pool!.query(statement);
}

async function scalar(h: DbHandle, statement: string): Promise<unknown> {
  const rows = h.pglite
    ? (await h.pglite.query<Record<string, unknown>>(statement)).rows
    : (await h.pool!.query(statement)).rows;
  return Object.values(rows[0] ?? {})[0];
}

/** Empties everything an import writes, so each run starts from freshly created (truncated) tables. */
async function resetRoster(h: DbHandle): Promise<void> {
  await exec(h, 'truncate import_staging, import_errors, imports, graduates, colleges cascade');
}

async function runOurs(h: DbHandle, cipher: PiiCipher, file: string, expected: number): Promise<number> {
  await resetRoster(h);
  const size = (await stat(file)).size;
  const deps = { db: h.db, cipher, clock: () => new Date() };
  let importId = '';
  const seconds = await timed(async () => {
    importId = await createCliImport(deps, UNIVERSITY.code, {
      fileName: 'bench.csv',
      path: file,
      size,
      sha256: 'bench',
    });
    await runGraduateImport(deps, importId, { id: null, label: 'bench' }, { deleteFileWhenDone: false });
  });
  const result = await importResult(deps, importId);
  const count = Number(await scalar(h, 'select count(*) from graduates'));
  if (result.status !== 'succeeded' || result.accepted !== expected || count !== expected) {
    throw new Error(
      `our import did not load every row: status ${result.status}, accepted ${result.accepted}, ` +
        `rejected ${result.rejected}, graduates ${count}; first errors ${JSON.stringify(result.errorSample.slice(0, 3))}`,
    );
  }
  return seconds;
}

async function runCopy(h: DbHandle, data: Buffer, expected: number): Promise<number> {
  // Same columns, defaults, checks and indexes as graduates (LIKE never copies foreign keys).
  await exec(h, 'drop table if exists bench_copy_graduates');
  await exec(h, 'create table bench_copy_graduates (like graduates including all)');
  const copy = `copy bench_copy_graduates (${COLUMNS.join(', ')}) from`;
  let seconds: number;
  if (h.pglite) {
    const pglite = h.pglite;
    const blob = new Blob([data]);
    seconds = await timed(() => pglite.query(`${copy} '/dev/blob'`, [], { blob }));
  } else {
    const client = await h.pool!.connect();
    try {
      seconds = await timed(() => pipeline(Readable.from([data]), client.query(copyFrom(`${copy} stdin`))));
    } finally {
      client.release();
    }
  }
  const count = Number(await scalar(h, 'select count(*) from bench_copy_graduates'));
  if (count !== expected) throw new Error(`COPY loaded ${count} rows, expected ${expected}`);
  await exec(h, 'drop table bench_copy_graduates');
  return seconds;
}

async function benchDatabase(
  kind: DbKind,
  h: DbHandle,
  opts: { file: string; data: Buffer; rows: number; runs: number; profile: boolean },
): Promise<DbResult> {
  const cipher = createPiiCipher(randomBytes(32));
  const server = String(await scalar(h, 'show server_version'));
  const ours: number[] = [];
  const copy: number[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    // Interleaved, so a slow spell on this shared machine hits both sides rather than one.
    copy.push(await runCopy(h, opts.data, opts.rows));
    ours.push(await runOurs(h, cipher, opts.file, opts.rows));
    console.log(
      `  ${kind} run ${run}/${opts.runs}: ours ${ours.at(-1)!.toFixed(2)} s, COPY ${copy.at(-1)!.toFixed(2)} s`,
    );
  }
  const result: DbResult = {
    database: kind,
    server,
    ours: measured(ours, opts.rows),
    copy: measured(copy, opts.rows),
    ratio: median(copy) / median(ours),
  };
  if (opts.profile || (kind === 'postgres' && result.ratio < TARGET_RATIO)) {
    console.log(`  ${kind}: profiling where our import spends its time…`);
    await resetRoster(h);
    result.profile = await profileImport(
      { db: h.db, cipher, clock: () => new Date() },
      opts.file,
      UNIVERSITY,
    );
  }
  return result;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');

function printTable(rows: number, results: DbResult[]): void {
  const header = ['database', 'ours s', 'ours rows/s', 'COPY s', 'COPY rows/s', 'ratio'];
  const body = results.map((r) => [
    `${r.database} ${r.server}`,
    r.ours.medianSeconds.toFixed(2),
    fmtInt(r.ours.medianRowsPerSecond),
    r.copy.medianSeconds.toFixed(2),
    fmtInt(r.copy.medianRowsPerSecond),
    r.ratio.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(
    `\nroster import, ${fmtInt(rows)} rows, medians of ${results[0]?.ours.seconds.length ?? 0} runs`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  for (const r of results.filter((x) => x.profile)) {
    const p = r.profile!;
    console.log(`\nwhere our import's time goes on ${r.database} (one run, ${p.totalSeconds.toFixed(2)} s):`);
    for (const phase of p.phases) {
      console.log(
        `  ${phase.name.padEnd(34)} ${phase.seconds.toFixed(2).padStart(7)} s  ${(phase.share * 100).toFixed(0).padStart(3)} %`,
      );
    }
  }
}

/** `npm run bench -- import [--rows N] [--runs N] [--profile] [--skip-pglite] [--skip-postgres]` */
export async function importBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      profile: { type: 'boolean', default: false },
      'skip-pglite': { type: 'boolean', default: false },
      'skip-postgres': { type: 'boolean', default: false },
    },
  });
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1) {
    throw new Error('--rows and --runs must be positive integers');
  }

  console.log(`generating ${fmtInt(rows)} roster rows…`);
  const generated = generateRows(rows);
  const dir = await mkdtemp(join(os.tmpdir(), 'jiuye-bench-'));
  const file = join(dir, 'roster.csv');
  await writeFile(file, rosterCsv(generated));
  const data = copyText(generated);
  const results: DbResult[] = [];
  try {
    if (!values['skip-pglite']) {
      console.log('PGlite (in memory): migrating…');
      const h = await createDb({ kind: 'pglite', dataDir: null });
      try {
        await migrateToLatest(h.db);
        results.push(await benchDatabase('pglite', h, { file, data, rows, runs, profile: values.profile }));
      } finally {
        await h.db.destroy();
      }
    }
    if (!values['skip-postgres']) {
      const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
      const scratch = await createScratchDatabase(adminUrl);
      const where = new URL(scratch.url);
      console.log(`PostgreSQL (${where.host}${where.pathname}): migrating…`);
      try {
        const h = await createDb({ kind: 'postgres', url: scratch.url });
        try {
          await migrateToLatest(h.db);
          results.push(
            await benchDatabase('postgres', h, { file, data, rows, runs, profile: values.profile }),
          );
        } finally {
          await h.db.destroy();
        }
      } finally {
        await scratch.drop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  printTable(rows, results);
  const pgResult = results.find((r) => r.database === 'postgres');
  const target = {
    database: 'postgres',
    minRatio: TARGET_RATIO,
    ratio: pgResult?.ratio ?? null,
    met: pgResult ? pgResult.ratio >= TARGET_RATIO : null,
  };
  if (pgResult) {
    console.log(
      `\ntarget: ratio ≥ ${TARGET_RATIO} on PostgreSQL — ${target.met ? 'met' : 'NOT met'} (${pgResult.ratio.toFixed(3)})`,
    );
  }

  const cpus = os.cpus();
  const pgliteVersion = await readFile(PGLITE_PACKAGE, 'utf8').then(
    (text) => (JSON.parse(text) as { version: string }).version,
    () => 'unknown',
  );
  const report = {
    bench: 'import',
    date: new Date().toISOString(),
    rows,
    runs,
    baseline:
      'COPY of the same rows, values precomputed (plaintext ID/phone), into an empty LIKE-graduates table',
    target,
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      pglite: pgliteVersion,
    },
    results,
  };
  await mkdir(join(RESULTS, '..'), { recursive: true });
  await writeFile(RESULTS, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${RESULTS}`);
}
