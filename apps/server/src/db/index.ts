import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AppConfig } from '../platform/config';
import { PGliteDialect } from './pglite-dialect';
import type { DB } from './schema';

export type Database = Kysely<DB>;
export type DatabaseKind = AppConfig['database']['kind'];

/** A Kysely handle plus what kind of server sits behind it (some bulk paths differ). */
export interface DbHandle {
  db: Database;
  kind: DatabaseKind;
  /** The raw PGlite instance in embedded mode (bulk COPY needs it); null for PostgreSQL. */
  pglite: PGlite | null;
  /** The pg pool in server mode (COPY streams need a raw client); null for PGlite. */
  pool: pg.Pool | null;
}

// int8 and numeric come back as strings by default; counts in this app fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// A date is a calendar day (a deadline), not an instant: keep 'YYYY-MM-DD' rather than a Date at
// local midnight, which would shift with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
const PG_DATE_OID = 1082;

/** Opens PGlite (data dir, or in memory when dataDir is null) or a PostgreSQL pool. */
export async function createDb(database: AppConfig['database']): Promise<DbHandle> {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // An idle client whose connection the server closed (a restart, a terminated backend) is
    // dropped by the pool and the next query opens a new one; unheard, the error would crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pglite: null, pool };
  }
  if (database.dataDir) mkdirSync(database.dataDir, { recursive: true });
  const client = new PGlite(database.dataDir ?? undefined, {
    parsers: { 20: (v: string) => Number(v), [PG_DATE_OID]: (v: string) => v },
  });
  await client.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', pglite: client, pool: null };
}

// Benchmarks live outside the server package (no kysely of their own) and build SQL with this.
export { sql } from 'kysely';
