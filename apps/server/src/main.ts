import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { expirePostings } from './modules/jobs/jobs.service';
import { scheduleNightlyMatching } from './modules/matching/batch';
import { loadConfig, type AppConfig } from './platform/config';
import { openPlatform } from './platform/runtime';
import { DEMO_PASSWORD, isEmpty, seedDemo } from './seed/demo';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
/** How often postings past their deadline are expired (search hides them at once regardless). */
const EXPIRY_SWEEP_MS = 10 * 60_000;

/** Starts the platform: database, migrations, demo data on first run, jobs, web + API on one port. */
export async function serve(config: AppConfig = loadConfig()) {
  // Background jobs log as JSON lines, like the HTTP server's logger.
  const platform = await openPlatform(config, {
    log: (msg, extra) => console.log(JSON.stringify({ time: Date.now(), msg, ...extra })),
  });
  const { deps, jobs } = platform;
  const app = await buildApp(deps, jobs, {
    logger: { level: config.logLevel },
    webDistDir: config.webDistDir ?? DEFAULT_WEB_DIST,
  });
  if (config.seedDemoWhenEmpty && (await isEmpty(deps))) {
    console.log('首次启动：正在加载演示数据（约 2 万名毕业生、500 家单位）…');
    const summary = await seedDemo(deps, { progress: (m) => console.log(m) });
    console.log(
      `演示数据已加载：${summary.universities} 所高校，${summary.graduates} 名毕业生，${summary.employers} 家单位。`,
    );
  }
  jobs.start();
  // Every process sweeps; the UPDATE hands each expired posting to exactly one of them.
  const sweep = () =>
    expirePostings(deps)
      .then((n) => n > 0 && app.log.info({ expired: n }, 'postings expired'))
      .catch((err: unknown) => app.log.error({ err }, 'posting expiry failed'));
  void sweep();
  const sweeper = setInterval(() => void sweep(), EXPIRY_SWEEP_MS);
  sweeper.unref();
  const stopNightlyMatching = scheduleNightlyMatching(deps, jobs, (msg, extra) => app.log.error(extra, msg));
  await app.listen({ port: config.port, host: config.host });

  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const accounts = await deps.db
    .selectFrom('users')
    .select(['username', 'role'])
    .orderBy('created_at')
    .limit(20)
    .execute();
  console.log(`\n就业服务平台已启动 Jiuye is running: http://${host}:${config.port}/`);
  console.log(`API 文档 API docs: http://${host}:${config.port}/api/docs`);
  console.log(
    `数据库 Database: ${deps.dbHandle.kind === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`,
  );
  if (config.seedDemoWhenEmpty) {
    console.log(`演示账号 Demo accounts (密码 password: ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(14)} ${a.role}`);
  }

  const shutdown = async (signal: string) => {
    console.log(`收到 ${signal}，正在关闭…`);
    clearInterval(sweeper);
    stopNightlyMatching();
    await app.close();
    await platform.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return app;
}
