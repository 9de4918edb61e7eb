import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db';
import { migrateToLatest } from '../src/db/migrate';
import { databaseUrlFor, testDbKind, withAdminClient } from './db-admin';

/**
 * Migrates once per run what every integration test file starts from. PostgreSQL: a template
 * database each file copies (`create database … with template`). PGlite: only a directory is
 * reserved here; the first file that needs it builds the template data directories there, so a
 * unit-only run pays nothing.
 */
export default async function setup(project: TestProject) {
  if (testDbKind() !== 'postgres') {
    const root = await mkdtemp(join(tmpdir(), 'jiuye-pglite-tpl-'));
    project.provide('jiuyeTemplateDb', null);
    project.provide('jiuyePgliteTemplateRoot', root);
    return async () => {
      await rm(root, { recursive: true, force: true });
    };
  }
  const template = `jiuye_tpl_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${template}`));
  const handle = await createDb({ kind: 'postgres', url: databaseUrlFor(template) });
  try {
    await migrateToLatest(handle.db);
  } finally {
    // A template with open connections cannot be copied.
    await handle.db.destroy();
  }
  project.provide('jiuyeTemplateDb', template);
  project.provide('jiuyePgliteTemplateRoot', null);
  return async () => {
    await withAdminClient((c) => c.query(`drop database if exists ${template} with (force)`));
  };
}
