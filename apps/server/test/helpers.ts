import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { createRng, generateIdNumber, generateMobile, generateUscc, type Rng } from '@jiuye/domain';
import type { Role } from '@jiuye/domain/roles';
import { buildApp } from '../src/app';
import { loadConfig, type AppConfig } from '../src/platform/config';
import type { Deps } from '../src/platform/context';
import type { JobRunner } from '../src/platform/jobs';
import { openPlatform, type Platform } from '../src/platform/runtime';
import { SESSION_COOKIE } from '../src/platform/http';
import { insertOrganisation } from '../src/modules/organisations/organisations.repository';
import { createUser, type ScopeInput } from '../src/modules/users/users.service';
import { databaseUrlFor, pgliteTemplate, testDbKind, withAdminClient, type TestDbKind } from './db-admin';

/** Fixed so the CLI child processes can decrypt what the in-process platform wrote, and vice versa. */
export const TEST_SECRET_KEY = '5e'.repeat(32);
/** Meets the password rules and contains no fixture username. */
export const TEST_PASSWORD = 'Correct-Horse-9';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI_BIN = 'apps/server/bin/jiuye.mjs';

/** A clock tests can move; starts at real time so timestamps stay plausible. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
  reset(): void;
}

function createTestClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => void (offset += ms),
    reset: () => void (offset = 0),
  };
}

export interface UniversityFixture {
  code: string;
  name: string;
  provinceCode: string;
}

export interface UserFixture {
  id: string;
  username: string;
  password: string;
  role: Role;
}

export interface ImportView {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  fileName: string;
  universityCode: string;
  rowsProcessed: number;
  accepted: number;
  rejected: number;
  createdColleges: string[];
  warnings: string[];
  errorSample: { row: number; field: string; code: string; message: string }[];
  message: string | null;
}

export interface TestPlatform {
  kind: TestDbKind;
  platform: Platform;
  app: FastifyInstance;
  deps: Deps;
  jobs: JobRunner;
  clock: TestClock;
  config: AppConfig;
  /** Temp directory for uploads (and, on PGlite, the database files). */
  dataDir: string;
  /** Environment for a CLI child process that should work on this platform's database. */
  cliEnv: NodeJS.ProcessEnv;
  /**
   * Lets a child process open the database: PGlite on disk allows one process at a time, so this
   * closes ours (the app is unusable afterwards); PostgreSQL needs nothing.
   */
  releaseDatabase(): Promise<void>;
  close(): Promise<void>;
  /** A real university from the reference list; successive calls give different ones. */
  createUniversityFixture(code?: string): Promise<UniversityFixture>;
  createUserFixture(
    role: Role,
    scope: ScopeInput,
    opts?: { username?: string; password?: string },
  ): Promise<UserFixture>;
  /** An employer or agency with a valid, unused USCC registered in 北京. */
  createOrganisationFixture(kind: 'employer' | 'agency'): Promise<{ id: string; uscc: string; name: string }>;
  /** The id of a roster record, for building URLs. */
  graduateId(universityCode: string, studentNo: string): Promise<string>;
  /** Logs in and returns the Cookie header value. */
  loginAs(username: string, password?: string): Promise<string>;
  /** Uploads a roster file; returns the raw response (for tests of refused uploads). */
  uploadRoster(
    cookie: string,
    content: string | Buffer,
    filename: string,
    fields?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Uploads, runs the queued import job and returns the import's final state. */
  importRoster(
    cookie: string,
    content: string | Buffer,
    filename: string,
    fields?: Record<string, string>,
  ): Promise<ImportView>;
}

// Different files may run at once; every database or directory name gets a random part.
const randomName = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}`;

// Real 学校标识码 from the reference list: two in 北京 (11) and two elsewhere for province scope.
export const UNIVERSITY_CODES = ['4111010001', '4111010002', '4131010246', '4142010486'] as const;

let ipCounter = 0;
/** A distinct client address, so per-IP rate limits only trip in the test that wants them to. */
export function freshIp(): string {
  ipCounter++;
  return `10.0.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test asserts the shape it reads
export type JsonBody = Record<string, any>;

/**
 * One API request as a signed-in user (their session cookie) or anonymously, from a fresh client
 * address so per-IP rate limits never couple tests. The body is parsed when the reply is JSON.
 */
export async function callApi(
  app: FastifyInstance,
  cookie: string | undefined,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  const res = await app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    remoteAddress: freshIp(),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  const isJson = (res.headers['content-type'] ?? '').toString().includes('json');
  return {
    status: res.statusCode,
    body: (isJson ? res.json() : {}) as JsonBody,
    raw: res.rawPayload,
    headers: res.headers,
    cookies: res.cookies,
  };
}

interface FreshDatabase {
  dataDir: string;
  /** The whole environment for a child process (the CLI) that should use this database. */
  env: NodeJS.ProcessEnv;
  config: AppConfig;
  /** Drops the database (PostgreSQL) and removes the data directory. */
  remove(): Promise<void>;
}

/**
 * A database of its own for one test file, so files never see each other's data and can run in
 * parallel: a copy of the run's PGlite template on disk, or a new PostgreSQL database.
 */
async function freshDatabase(which: 'empty' | 'migrated'): Promise<FreshDatabase> {
  const kind = testDbKind();
  const dataDir = await mkdtemp(join(tmpdir(), 'jiuye-test-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A developer's own DATABASE_URL or data dir must never leak into a test.
  for (const key of Object.keys(env)) if (key.startsWith('JIUYE_') || key === 'DATABASE_URL') delete env[key];
  Object.assign(env, {
    JIUYE_DATA_DIR: dataDir,
    JIUYE_SECRET_KEY: TEST_SECRET_KEY,
    JIUYE_SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  let dbName: string | null = null;
  if (kind === 'postgres') {
    dbName = randomName('jiuye_t_');
    const template = which === 'migrated' ? inject('jiuyeTemplateDb') : null;
    await withAdminClient((c) =>
      c.query(`create database ${dbName}${template ? ` with template ${template}` : ''}`),
    );
    env.DATABASE_URL = databaseUrlFor(dbName);
  }
  const config = loadConfig(env);
  const root = inject('jiuyePgliteTemplateRoot');
  if (config.database.kind === 'pglite' && root)
    await cp(await pgliteTemplate(root, which), config.database.dataDir!, { recursive: true });
  return {
    dataDir,
    env,
    config,
    async remove() {
      if (dbName) await withAdminClient((c) => c.query(`drop database if exists ${dbName} with (force)`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a platform on a database of its own (see freshDatabase) and builds the app; jobs are not started. */
export async function createTestPlatform(): Promise<TestPlatform> {
  const kind = testDbKind();
  const fresh = await freshDatabase('migrated');
  const { config, dataDir } = fresh;
  const platform = await openPlatform(config);
  const clock = createTestClock();
  platform.deps.clock = clock.now;
  const app = await buildApp(platform.deps, platform.jobs, { logger: false });
  await app.ready();

  let released = false;
  let closed = false;
  let universityIndex = 0;
  let userCounter = 0;

  const t: TestPlatform = {
    kind,
    platform,
    app,
    deps: platform.deps,
    jobs: platform.jobs,
    clock,
    config,
    dataDir,
    cliEnv: fresh.env,
    async releaseDatabase() {
      if (kind !== 'pglite' || released) return;
      released = true;
      await app.close();
      await platform.close();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (!released) {
        await app.close();
        await platform.close();
      }
      await fresh.remove();
    },
    async createUniversityFixture(code) {
      const wanted = code ?? UNIVERSITY_CODES[universityIndex++ % UNIVERSITY_CODES.length]!;
      const row = await platform.deps.db
        .selectFrom('universities')
        .select(['code', 'name', 'province_code'])
        .where('code', '=', wanted)
        .executeTakeFirstOrThrow();
      return { code: row.code, name: row.name, provinceCode: row.province_code };
    },
    async createUserFixture(role, scope, o = {}) {
      const username =
        o.username ?? `${role.replace('_', '')}${++userCounter}_${randomBytes(3).toString('hex')}`;
      const password = o.password ?? TEST_PASSWORD;
      const user = await createUser(
        platform.deps,
        { id: null, label: 'test' },
        { username, displayName: `测试${role}`, password, role, scope },
      );
      return { id: user.id, username, password, role };
    },
    async createOrganisationFixture(orgKind) {
      const uscc = generateUscc(createRng(randomBytes(4).readUInt32BE(0)), { regionCode: '110101' });
      const row = await insertOrganisation(platform.deps.db, {
        kind: orgKind,
        name: `测试${orgKind === 'employer' ? '科技有限公司' : '人力资源服务中心'}${uscc.slice(-4)}`,
        uscc,
        nature: null,
        industry_code: null,
        region_code: '110101',
        province_code: '11',
      });
      return { id: row.id, uscc, name: row.name };
    },
    async graduateId(universityCode, studentNo) {
      const row = await platform.deps.db
        .selectFrom('graduates')
        .select('id')
        .where('university_code', '=', universityCode)
        .where('student_no', '=', studentNo)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async loginAs(username, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        remoteAddress: freshIp(),
      });
      if (res.statusCode !== 200)
        throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
      const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!session) throw new Error('login set no session cookie');
      return `${SESSION_COOKIE}=${session.value}`;
    },
    async uploadRoster(cookie, content, filename, fields = {}) {
      const { body, contentType } = multipartBody([
        ...Object.entries(fields).map(([name, value]) => ({ name, value })),
        { name: 'file', filename, content },
      ]);
      return app.inject({
        method: 'POST',
        url: '/api/imports/graduates',
        headers: { cookie, 'content-type': contentType },
        payload: body,
      });
    },
    async importRoster(cookie, content, filename, fields) {
      const res = await t.uploadRoster(cookie, content, filename, fields);
      if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
      const { id } = res.json<{ id: string }>();
      await platform.jobs.drain();
      const view = await app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: { cookie } });
      if (view.statusCode !== 200)
        throw new Error(`import ${id} not readable: ${view.statusCode} ${view.body}`);
      return view.json<ImportView>();
    },
  };
  return t;
}

/** A database for CLI runs: empty (not even migrated) so the CLI's own `db migrate` has work to do. */
export interface CliDatabase {
  env: NodeJS.ProcessEnv;
  /** Opens the database in this process for a moment (never while a CLI child runs, for PGlite). */
  withDatabase<T>(fn: (deps: Deps) => Promise<T>): Promise<T>;
  remove(): Promise<void>;
}

/** A fresh, empty database the CLI can be pointed at (PGlite on disk, or a new PostgreSQL database). */
export async function createCliDatabase(): Promise<CliDatabase> {
  const fresh = await freshDatabase('empty');
  return {
    env: fresh.env,
    async withDatabase(fn) {
      const p = await openPlatform(fresh.config, { migrate: false });
      try {
        return await fn(p.deps);
      } finally {
        await p.close();
      }
    },
    remove: () => fresh.remove(),
  };
}

type MultipartPart =
  { name: string; value: string } | { name: string; filename: string; content: string | Buffer };

/** A multipart/form-data body, built by hand so tests control every byte of the file. */
export function multipartBody(parts: MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `----jiuye${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${encodeURIComponent(part.filename)}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'),
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export const ROSTER_HEADER = [
  '学号',
  '姓名',
  '性别',
  '身份证号',
  '手机号',
  '院系',
  '专业代码',
  '学历层次',
  '毕业年份',
  '生源地代码',
] as const;

export type RosterRow = Record<(typeof ROSTER_HEADER)[number], string> & Record<string, string>;

// Real catalogue codes for each level, so rows pass the "known major" check.
const PROGRAMMES = [
  { college: '计算机学院', majorCode: '080901', degree: '本科' },
  { college: '信息工程系', majorCode: '510201', degree: '专科' },
  { college: '计算机学院', majorCode: '0812', degree: '硕士研究生' },
] as const;
const COUNTIES = ['110101', '310104', '330106', '420102', '440106', '510104'] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华玉兰萍红文辉宇浩';

const pickFrom = <T>(rng: Rng, items: ArrayLike<T>): T => items[Math.floor(rng() * items.length)]!;

/** The current year in Asia/Shanghai, the calendar graduation years are checked against. */
export function currentYear(now = new Date()): number {
  return Number(now.toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
}

/**
 * Valid roster rows: unique 学号 (prefix + sequence) and unique ID numbers with correct check
 * digits, genders matching the ID, real major codes and counties.
 */
export function rosterRows(
  count: number,
  opts: { seed?: number; prefix?: string; college?: string } = {},
): RosterRow[] {
  const rng = createRng(opts.seed ?? 1);
  const prefix = opts.prefix ?? 'S';
  const year = currentYear();
  const usedIds = new Set<string>();
  const rows: RosterRow[] = [];
  for (let i = 0; i < count; i++) {
    const programme = PROGRAMMES[i % PROGRAMMES.length]!;
    const gender = rng() < 0.5 ? 'male' : 'female';
    const county = pickFrom(rng, COUNTIES);
    let idNumber: string;
    do {
      const birth = `${year - 22 - Math.floor(rng() * 3)}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
      idNumber = generateIdNumber(rng, { regionCode: county, birthDate: birth, gender });
    } while (usedIds.has(idNumber));
    usedIds.add(idNumber);
    rows.push({
      学号: `${prefix}${String(i + 1).padStart(6, '0')}`,
      姓名: pickFrom(rng, SURNAMES) + pickFrom(rng, GIVEN) + (rng() < 0.5 ? pickFrom(rng, GIVEN) : ''),
      性别: gender === 'male' ? '男' : '女',
      身份证号: idNumber,
      手机号: generateMobile(rng),
      院系: opts.college ?? programme.college,
      专业代码: programme.majorCode,
      学历层次: programme.degree,
      毕业年份: String(year),
      生源地代码: county,
    });
  }
  return rows;
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A roster CSV (header line 1, one row per line after it); `header` may add or reorder columns. */
export function rosterCsv(
  rows: RosterRow[],
  opts: { header?: readonly string[]; bom?: boolean } = {},
): string {
  const header = opts.header ?? ROSTER_HEADER;
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(header.map((h) => csvCell(row[h] ?? '')).join(','));
  return `${opts.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Every `METHOD /api/path` the app serves, read from Fastify's printRoutes() radix tree (segments concatenate). */
export function registeredApiRoutes(tree: string): string[] {
  const prefixes: string[] = [];
  const found = new Set<string>();
  for (const line of tree.split('\n')) {
    const m = /^(.*?)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = Array.from(m[1]!).length / 4;
    const path = (prefixes[depth - 1] ?? '') + m[2]!;
    prefixes[depth] = path;
    if (!m[3]) continue;
    // A prefixed plugin's '/' route is registered both with and without the trailing slash.
    const normalized = path.length > 1 ? path.replace(/\/$/, '') : path;
    if (!normalized.startsWith('/api')) continue;
    for (const method of m[3].split(', ')) if (method !== 'HEAD') found.add(`${method} ${normalized}`);
  }
  return [...found].sort();
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `jiuye` CLI as users do (node apps/server/bin/jiuye.mjs from the repository root), with optional stdin. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, stdin?: string | Buffer): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: REPO_ROOT, env });
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
