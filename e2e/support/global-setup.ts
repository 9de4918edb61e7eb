import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Demo seeding of ~20,000 graduates through the real import pipeline takes 20–40 s here; leave room.
const START_TIMEOUT_MS = 200_000;
const READY_LINE = 'Jiuye is running';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  // The server closes PGlite on SIGTERM; a hung shutdown must not hang the test run.
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Starts the real server on PGlite in a fresh data dir (demo data seeded on first start) and stops it after. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    throw new Error(
      'apps/web/dist is missing: run `npm run build -w apps/web` first (npm test does it for you)',
    );
  }
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'jiuye-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = join(ARTIFACTS_DIR, 'server.log');
  const log = createWriteStream(logPath);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    JIUYE_DATA_DIR: dataDir,
    JIUYE_SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  // The journeys run on the embedded database whatever the developer's shell points at.
  delete env.DATABASE_URL;
  delete env.JIUYE_SECRET_KEY;
  delete env.JIUYE_WEB_DIST;

  const started = Date.now();
  const server = spawn(process.execPath, ['apps/server/bin/jiuye.mjs', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let announced = false;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.write(text);
    output = (output + text).slice(-20_000);
    if (output.includes(READY_LINE)) announced = true;
  };
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);

  const teardown = async () => {
    await stop(server);
    await new Promise<void>((resolve) => log.end(resolve));
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before it was ready`);
      }
      if (Date.now() - started > START_TIMEOUT_MS) {
        throw new Error(`the server was not ready after ${START_TIMEOUT_MS / 1000} s`);
      }
      // The printed line says seeding finished; the health check proves the API really answers.
      if (announced && (await healthy(baseUrl))) break;
      await delay(500);
    }
  } catch (err) {
    await teardown();
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`${reason}; its output (also in ${logPath}):\n${output.slice(-4000)}`);
  }
  console.log(`e2e: server ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('baseUrl', baseUrl);
  return teardown;
}
