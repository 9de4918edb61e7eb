import { stat } from 'node:fs/promises';
import { createDuplicateTracker, validateRosterRow, type RosterRowContext } from '@jiuye/domain';
import type { Deps } from '../apps/server/src/platform/context';
import { applyStagedRoster } from '../apps/server/src/modules/graduates/graduates.service';
import { createCliImport, toStagedRow } from '../apps/server/src/modules/imports/imports.service';
import * as repo from '../apps/server/src/modules/imports/imports.repository';
import { readRosterFile } from '../apps/server/src/modules/imports/roster-reader';
import { referenceCache } from '../apps/server/src/modules/reference/reference.service';

export interface ImportProfile {
  totalSeconds: number;
  phases: { name: string; seconds: number; share: number }[];
}

// The batch size runGraduateImport stages with, so the staging phase costs what it costs there.
const BATCH = 2000;

/**
 * Runs the steps of runGraduateImport one after another, each timed on its own, with the same
 * repository calls; their sum comes close to one real run and shows which step to speed up.
 */
export async function profileImport(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  file: string,
  university: { code: string; provinceCode: string },
): Promise<ImportProfile> {
  const phases: { name: string; seconds: number }[] = [];
  const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const started = process.hrtime.bigint();
    const value = await fn();
    phases.push({ name, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    return value;
  };

  const validated = await time('read CSV + validate rows', async () => {
    const ref = await referenceCache(deps.db);
    const ctx: RosterRowContext = {
      isKnownMajor: (degree, code) => ref.major(degree, code) !== undefined,
      isKnownRegion: ref.isKnownRegion,
      currentYear: Number(
        deps.clock().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }),
      ),
    };
    const duplicates = createDuplicateTracker();
    const rows = [];
    for await (const rec of readRosterFile(file)) {
      if (rec.kind === 'header') continue;
      const result = validateRosterRow(rec.values, ctx);
      if (result.ok && duplicates.check(rec.line, result.row).length === 0)
        rows.push({ line: rec.line, row: result.row });
    }
    return rows;
  });

  const staged = await time('encrypt + blind-index ID/phone', () =>
    validated.map(({ line, row }) => toStagedRow(deps.cipher, line, row)),
  );

  const size = (await stat(file)).size;
  const importId = await createCliImport(deps, university.code, {
    fileName: 'profile.csv',
    path: file,
    size,
    sha256: 'profile',
  });
  await time(`stage rows (unnest, ${BATCH}/batch)`, async () => {
    for (let i = 0; i < staged.length; i += BATCH) {
      await repo.stageRows(deps.db, importId, staged.slice(i, i + BATCH));
      await repo.updateImport(deps.db, importId, {
        rows_processed: i + BATCH,
        accepted: i + BATCH,
        rejected: 0,
      });
    }
  });

  await time('upsert staging → graduates', () =>
    deps.db.transaction().execute(async (trx) => {
      await applyStagedRoster(trx, importId, university.code, university.provinceCode);
      await repo.clearStaging(trx, importId);
    }),
  );

  const totalSeconds = phases.reduce((sum, p) => sum + p.seconds, 0);
  return { totalSeconds, phases: phases.map((p) => ({ ...p, share: p.seconds / totalSeconds })) };
}
