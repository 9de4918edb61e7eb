import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type DbHandle } from '../../apps/server/src/db';

/** A throwaway database on the server, so a bench never touches the test database's tables. */
export async function createScratchDatabase(adminUrl: string) {
  const name = `jiuye_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A named database on the server, created when missing and never dropped. */
async function keptDatabase(adminUrl: string, name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--keep-database: lower-case letters, digits, _');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => undefined };
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Runs a bench on an in-memory PGlite, then on a PostgreSQL database (a scratch one, dropped after,
 * or `keep`, created when missing and kept to iterate), skipping either as asked.
 */
export async function onBenchDatabases(
  o: { skipPglite: boolean; skipPostgres: boolean; keep: string | undefined },
  run: (kind: 'pglite' | 'postgres', h: DbHandle) => Promise<void>,
) {
  if (!o.skipPglite) {
    const h = await createDb({ kind: 'pglite', dataDir: null });
    try {
      await run('pglite', h);
    } finally {
      await h.db.destroy();
    }
  }
  if (!o.skipPostgres) {
    const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
    const scratch = o.keep ? await keptDatabase(adminUrl, o.keep) : await createScratchDatabase(adminUrl);
    try {
      const h = await createDb({ kind: 'postgres', url: scratch.url });
      try {
        await run('postgres', h);
      } finally {
        await h.db.destroy();
      }
    } finally {
      await scratch.drop();
    }
  }
}
