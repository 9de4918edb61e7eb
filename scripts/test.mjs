// `npm test`: every tier, one after another, each run even when an earlier one failed, so one report
// shows everything that is broken. Exits non-zero when any stage failed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Debian's package; browser downloads are impossible on the build machines, so nothing else is tried.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// What the web bundle is built from; packages/domain is compiled into it too.
const WEB_INPUTS = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/domain/src'];

function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  );
}

/** Why the web must be (re)built before the browser tests, or null when dist is current. */
function webBuildReason() {
  const built = statSync(join(root, 'apps/web/dist/index.html'), { throwIfNoEntry: false });
  if (!built) return 'apps/web/dist is missing';
  const changed = WEB_INPUTS.some((input) => newestMtime(join(root, input)) > built.mtimeMs);
  // Testing a stale bundle would pass or fail for code that no longer exists.
  return changed ? 'apps/web/dist is older than its sources' : null;
}

/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', seconds: number, note?: string }[]} */
const results = [];

function banner(text) {
  const line = '═'.repeat(Math.max(60, text.length + 4));
  console.log(`\n${line}\n  ${text}\n${line}`);
}

function run(cmd, args, env = {}) {
  console.log(
    `$ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${cmd} ${args.join(' ')}`,
  );
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) console.error(r.error.message);
  return r.status === 0;
}

function stage(name, body) {
  banner(name);
  const started = process.hrtime.bigint();
  let outcome;
  try {
    outcome = body();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    outcome = { status: 'failed' };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push({ name, seconds, ...outcome });
}

const passOrFail = (ok) => ({ status: ok ? 'passed' : 'failed' });

stage('1/3 unit + integration (PGlite)', () => passOrFail(run(npx, ['vitest', 'run'])));

stage('2/3 integration (PostgreSQL)', () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const note = 'TEST_DATABASE_URL is not set, so the PostgreSQL run was SKIPPED';
    console.log(
      `${note}.\nSet it to run it, e.g. TEST_DATABASE_URL=postgres://postgres@localhost:5432/test npm test`,
    );
    return { status: 'skipped', note };
  }
  return passOrFail(run(npx, ['vitest', 'run', 'apps/server'], { JIUYE_TEST_DB: 'postgres' }));
});

stage('3/3 browser (Playwright + Chromium)', () => {
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    const note = `no Chromium at ${chromium}`;
    console.error(
      `${note}: the browser tests cannot run.\n` +
        `Install Debian's Chromium (as root: apt-get install -y chromium), or point CHROMIUM_PATH at a Chromium binary.\n` +
        `This stage fails rather than skips so CI never passes without exercising the UI.`,
    );
    return { status: 'failed', note };
  }
  const reason = webBuildReason();
  if (reason) {
    console.log(`${reason}: building the web app first.`);
    if (!run(npm, ['run', 'build', '-w', 'apps/web'])) return { status: 'failed', note: 'web build failed' };
  }
  return passOrFail(
    run(npx, ['vitest', 'run', '--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium }),
  );
});

banner('summary');
for (const r of results) {
  const mark = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' }[r.status];
  const time = `${r.seconds.toFixed(1)} s`.padStart(9);
  console.log(`  ${mark}  ${time}  ${r.name}${r.note ? ` — ${r.note}` : ''}`);
}
const total = results.reduce((sum, r) => sum + r.seconds, 0);
console.log(`        ${`${total.toFixed(1)} s`.padStart(9)}  total`);
const failed = results.filter((r) => r.status === 'failed');
if (failed.length) {
  console.error(`\n${failed.length} stage(s) failed: ${failed.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
