import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { Database } from './index';
import * as m0001 from './migrations/0001_foundation';
import * as m0002 from './migrations/0002_reference_data';
import * as m0003 from './migrations/0003_job_postings';
import * as m0004 from './migrations/0004_posting_search';
import * as m0005 from './migrations/0005_recruitment';
import * as m0006 from './migrations/0006_matching';
import * as m0007 from './migrations/0007_match_batch';
import * as m0008 from './migrations/0008_major_affinity';
import * as m0009 from './migrations/0009_destinations';
import * as m0010 from './migrations/0010_monitoring';
import * as m0011 from './migrations/0011_verification';
import * as m0012 from './migrations/0012_assistance';

// Listed explicitly (not read from a folder) so bundling or a changed cwd can never skip one.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_reference_data': m0002,
  '0003_job_postings': m0003,
  '0004_posting_search': m0004,
  '0005_recruitment': m0005,
  '0006_matching': m0006,
  '0007_match_batch': m0007,
  '0008_major_affinity': m0008,
  '0009_destinations': m0009,
  '0010_monitoring': m0010,
  '0011_verification': m0011,
  '0012_assistance': m0012,
};

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
