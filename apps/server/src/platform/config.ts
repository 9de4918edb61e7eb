import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Everything the platform reads from the environment, parsed once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };
  /** Directory for the embedded database, the key file and uploaded files. */
  dataDir: string;
  /** 32-byte master key from which encryption and blind-index keys are derived. */
  secretKey: Buffer;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  cookieSecure: boolean;
  seedDemoWhenEmpty: boolean;
  webDistDir: string | null;
  /** Which proxies may set X-Forwarded-For: false (none), a hop count, or addresses/CIDRs. */
  trustProxy: boolean | number | string;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头')
    .optional(),
  JIUYE_DATA_DIR: z.string().min(1).default('./data'),
  JIUYE_SECRET_KEY: z
    .string()
    .regex(
      /^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/,
      'JIUYE_SECRET_KEY 必须是 32 字节密钥：64 位十六进制或 base64',
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JIUYE_COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  JIUYE_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  JIUYE_WEB_DIST: z.string().optional(),
  JIUYE_TRUST_PROXY: z
    .string()
    .regex(
      /^(false|\d{1,2}|[0-9a-fA-F.:/,\s]+)$/,
      'JIUYE_TRUST_PROXY 应为 false、代理层数，或以逗号分隔的代理地址/网段',
    )
    .default('false'),
});

/** Raised when the environment is unusable; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function decodeKey(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
}

/** Embedded mode keeps its key next to its data so a restart can still decrypt. */
function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    const key = decodeKey(text);
    if (key.length !== 32) throw new ConfigError([`密钥文件 ${file} 内容无效：应为 32 字节`]);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/** Parses the environment; in server mode a missing key is fatal because data would be unreadable later. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { cwd?: string } = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(opts.cwd ?? process.cwd(), e.JIUYE_DATA_DIR);
  let secretKey: Buffer;
  if (e.JIUYE_SECRET_KEY) secretKey = decodeKey(e.JIUYE_SECRET_KEY);
  else if (e.DATABASE_URL)
    throw new ConfigError([
      'JIUYE_SECRET_KEY: 连接 PostgreSQL 时必须提供 32 字节密钥（例如 `openssl rand -hex 32` 的输出）',
    ]);
  else secretKey = loadOrCreateKeyFile(dataDir);

  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: join(dataDir, 'pg') },
    dataDir,
    secretKey,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.JIUYE_COOKIE_SECURE === 'true',
    seedDemoWhenEmpty: e.JIUYE_SEED_DEMO === 'true',
    webDistDir: e.JIUYE_WEB_DIST ?? null,
    // Trusting X-Forwarded-For from anyone would let a client pick its own address and dodge the
    // per-IP login limit, so nothing is trusted unless the deployment says which proxy to trust.
    trustProxy:
      e.JIUYE_TRUST_PROXY === 'false'
        ? false
        : /^\d+$/.test(e.JIUYE_TRUST_PROXY)
          ? Number(e.JIUYE_TRUST_PROXY)
          : e.JIUYE_TRUST_PROXY,
  };
}

/** Prints a start-up failure (every configuration problem, or the error) and exits non-zero. */
export function exitOnStartupError(err: unknown): never {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
