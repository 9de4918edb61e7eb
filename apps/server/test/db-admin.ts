import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { createDb } from '../src/db';
import { migrateToLatest } from '../src/db/migrate';

// Kept apart from helpers.ts so vitest's global setup can use it without loading the app.

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL template database migrated once per run by global-setup.ts (postgres mode only). */
    jiuyeTemplateDb: string | null;
    /** Directory where the first PGlite test file builds the template data directories (pglite mode only). */
    jiuyePgliteTemplateRoot: string | null;
  }
}

export type TestDbKind = 'pglite' | 'postgres';

/** Which database the integration tier runs on, from JIUYE_TEST_DB. */
export function testDbKind(): TestDbKind {
  const kind = process.env.JIUYE_TEST_DB ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres')
    throw new Error(`JIUYE_TEST_DB must be 'pglite' or 'postgres', got '${kind}'`);
  return kind;
}

/** The server URL for admin work (create/drop database); required in postgres mode. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'JIUYE_TEST_DB=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test',
    );
  return url;
}

/** The same server URL pointing at another database. */
export function databaseUrlFor(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs admin statements (create/drop database) on a short-lived connection to TEST_DATABASE_URL. */
export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * A PGlite data directory to copy: 'empty' (initdb only) or 'migrated'. Copying one costs about a
 * quarter of the CPU of initdb + migrations in every file. The first file to ask builds both
 * (mkdir is the lock); the others wait for the `ready` marker.
 */
export async function pgliteTemplate(root: string, which: 'empty' | 'migrated'): Promise<string> {
  const dir = join(root, which);
  const ready = join(root, 'ready');
  let builder = false;
  try {
    await mkdir(join(root, 'lock'));
    builder = true;
  } catch {
    // Another file holds the lock and is building.
  }
  if (builder) {
    const empty = await createDb({ kind: 'pglite', dataDir: join(root, 'empty') });
    await empty.db.destroy();
    await cp(join(root, 'empty'), join(root, 'migrated'), { recursive: true });
    const migrated = await createDb({ kind: 'pglite', dataDir: join(root, 'migrated') });
    try {
      await migrateToLatest(migrated.db);
    } finally {
      await migrated.db.destroy();
    }
    await writeFile(ready, '');
    return dir;
  }
  const deadline = Date.now() + 10 * 60_000;
  while (!(await exists(ready))) {
    if (Date.now() > deadline) throw new Error(`PGlite template in ${root} was never finished`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return dir;
}
