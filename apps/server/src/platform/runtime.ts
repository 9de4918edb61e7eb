import { createDb, type DbHandle } from '../db';
import { migrateToLatest } from '../db/migrate';
import type { AppConfig } from './config';
import type { Deps } from './context';
import { createPiiCipher } from './crypto';
import { createJobRunner, type JobRunner } from './jobs';
import { ROSTER_IMPORT_JOB, rosterImportJob } from '../modules/imports/imports.service';
import { NIGHTLY_MATCHING_JOB, nightlyMatchingJob } from '../modules/matching/batch';

export interface Platform {
  deps: Deps;
  jobs: JobRunner;
  close(): Promise<void>;
}

/** Opens the database, migrates it and wires the services; shared by the server, the CLI and tests. */
export async function openPlatform(
  config: AppConfig,
  opts: { migrate?: boolean; log?: (msg: string, extra?: Record<string, unknown>) => void } = {},
): Promise<Platform> {
  const dbHandle: DbHandle = await createDb(config.database);
  try {
    if (opts.migrate !== false) await migrateToLatest(dbHandle.db);
  } catch (err) {
    await dbHandle.db.destroy();
    throw err;
  }
  const deps: Deps = {
    db: dbHandle.db,
    dbHandle,
    config,
    cipher: createPiiCipher(config.secretKey),
    clock: () => new Date(),
  };
  const jobs = createJobRunner(
    deps.db,
    {
      [ROSTER_IMPORT_JOB]: rosterImportJob(deps),
      [NIGHTLY_MATCHING_JOB]: nightlyMatchingJob(deps, opts.log),
    },
    { log: opts.log },
  );
  return {
    deps,
    jobs,
    async close() {
      await jobs.stop();
      await dbHandle.db.destroy();
    },
  };
}
