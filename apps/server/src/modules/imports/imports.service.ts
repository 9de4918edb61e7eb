import { rm } from 'node:fs/promises';
import {
  createDuplicateTracker,
  rosterColumnLabel,
  validateRosterRow,
  type RosterRow,
  type RosterRowContext,
} from '@jiuye/domain';
import type { AuthUser, Deps } from '../../platform/context';
import type { PiiCipher } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import type { JobHandler, JobRunner } from '../../platform/jobs';
import { csvCell } from '../../platform/table-export';
import { rebuildForUniversity } from '../monitoring/monitoring.service';
import { recordAudit, type Actor } from '../audit/audit.service';
import { applyStagedRoster } from '../graduates/graduates.service';
import { identifyFromRoster } from '../assistance/assistance.service';
import { mayImportFor } from '../graduates/graduates.policy';
import { findUniversity, referenceCache } from '../reference/reference.service';
import * as repo from './imports.repository';
import { readRosterFile, RosterFileError } from './roster-reader';

export const ROSTER_IMPORT_JOB = 'roster-import';
const BATCH = 2000;

export interface UploadedFile {
  fileName: string;
  path: string;
  size: number;
  sha256: string;
}

/** The university an import targets: a career centre's own, or the one an admin names. */
async function targetUniversity(
  deps: Pick<Deps, 'db'>,
  user: AuthUser | null,
  requested: string | undefined,
) {
  const code = requested ?? user?.scope.universityCode ?? undefined;
  if (!code)
    throw new AppError('validation_failed', '请选择要导入名册的学校', [
      { path: 'universityCode', message: '必填' },
    ]);
  if (user && !mayImportFor(user, code)) throw new AppError('forbidden', '只能导入本校的毕业生名册');
  const uni = await findUniversity(deps.db, code);
  if (!uni)
    throw new AppError('not_found', `学校标识码 ${code} 不存在；如为新设院校，请管理员先在参考数据中添加`);
  return uni;
}

/** Records an uploaded roster and queues it; the caller gets the import id at once. */
export async function startGraduateImport(
  deps: Pick<Deps, 'db' | 'clock'>,
  jobs: JobRunner,
  user: AuthUser | null,
  actor: Actor,
  input: { universityCode?: string | undefined; file: UploadedFile },
) {
  const uni = await targetUniversity(deps, user, input.universityCode);
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertImport(trx, {
      university_code: uni.code,
      file_name: input.file.fileName,
      file_path: input.file.path,
      file_size: input.file.size,
      file_sha256: input.file.sha256,
      created_by: user?.id ?? null,
      created_colleges: '[]',
      warnings: '[]',
    });
    await jobs.enqueue(ROSTER_IMPORT_JOB, { importId: id, actor }, trx);
    return id;
  });
}

/** Creates the import record for a CLI run (no queue: the CLI runs it in the foreground). */
export async function createCliImport(deps: Pick<Deps, 'db'>, universityCode: string, file: UploadedFile) {
  const uni = await targetUniversity(deps, null, universityCode);
  return repo.insertImport(deps.db, {
    university_code: uni.code,
    file_name: file.fileName,
    file_path: file.path,
    file_size: file.size,
    file_sha256: file.sha256,
    created_by: null,
    created_colleges: '[]',
    warnings: '[]',
  });
}

/** A validated row as staged: ID and phone encrypted, with their blind indexes. */
export function toStagedRow(cipher: PiiCipher, line: number, r: RosterRow): repo.StagedRow {
  return {
    line,
    studentNo: r.studentNo,
    name: r.name,
    gender: r.gender,
    idNumberEnc: cipher.encrypt(r.idNumber),
    idNumberIndex: cipher.blindIndex('id_number', r.idNumber),
    phoneEnc: r.phone ? cipher.encrypt(r.phone) : null,
    phoneIndex: r.phone ? cipher.blindIndex('phone', r.phone) : null,
    email: r.email,
    college: r.college,
    majorCode: r.majorCode,
    degree: r.degree,
    graduationYear: r.graduationYear,
    originRegion: r.originRegion || null,
    assistanceCategory: r.assistanceCategory,
  };
}

/**
 * Reads, validates and applies one roster file. Validated rows are staged in small batches (so
 * progress is visible and memory stays flat) and moved into the roster in ONE transaction at the
 * end: a file either lands with all its good rows or not at all. Safe to re-run.
 */
export async function runGraduateImport(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  importId: string,
  actor: Actor,
  opts: { deleteFileWhenDone?: boolean } = {},
) {
  const imp = await repo.findImport(deps.db, importId);
  if (!imp) throw new Error(`import ${importId} not found`);
  if (imp.status === 'succeeded' || imp.status === 'failed') return;
  await repo.clearAttempt(deps.db, importId);
  await repo.updateImport(deps.db, importId, {
    status: 'running',
    started_at: deps.clock(),
    rows_processed: 0,
  });

  const ref = await referenceCache(deps.db);
  const ctx: RosterRowContext = {
    isKnownMajor: (degree, code) => ref.major(degree, code) !== undefined,
    isKnownRegion: ref.isKnownRegion,
    currentYear: Number(deps.clock().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' })),
  };
  const duplicates = createDuplicateTracker();
  let staged: repo.StagedRow[] = [];
  let errors: repo.ErrorRow[] = [];
  let processed = 0;
  let accepted = 0;
  let rejected = 0;
  const warnings: string[] = [];

  // One batch is written while the next is parsed: on PostgreSQL the server works on the other
  // core meanwhile. At most one write is in flight, so memory stays bounded.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = staged;
    const errs = errors;
    const progress = { rows_processed: processed, accepted, rejected };
    staged = [];
    errors = [];
    await writing;
    writing = (async () => {
      await repo.stageRows(deps.db, importId, rows);
      await repo.insertErrors(deps.db, importId, errs);
      await repo.updateImport(deps.db, importId, progress);
    })();
    // Handled here so a failing write is not reported as unhandled before it is awaited below.
    writing.catch(() => undefined);
  };

  try {
    for await (const rec of readRosterFile(imp.file_path, { fileName: imp.file_name })) {
      if (rec.kind === 'header') {
        if (rec.unknown.length) warnings.push(`已忽略无法识别的列：${rec.unknown.join('、')}`);
        if (rec.duplicate.length) warnings.push(`已忽略重复的列：${rec.duplicate.join('、')}`);
        continue;
      }
      processed++;
      const result = validateRosterRow(rec.values, ctx);
      const rowErrors = result.ok ? [] : [...result.errors];
      if (result.ok) rowErrors.push(...duplicates.check(rec.line, result.row));
      if (!result.ok || rowErrors.length) {
        rejected++;
        for (const e of rowErrors)
          errors.push({
            line: rec.line,
            field: rosterColumnLabel(e.field),
            code: e.code,
            message: e.message,
          });
      } else {
        accepted++;
        staged.push(toStagedRow(deps.cipher, rec.line, result.row));
      }
      if (staged.length + errors.length >= BATCH) await flush();
    }
    await flush();
    await writing;
  } catch (err) {
    await writing.catch(() => undefined);
    if (!(err instanceof RosterFileError)) throw err;
    await repo.clearAttempt(deps.db, importId);
    await repo.updateImport(deps.db, importId, {
      status: 'failed',
      message: err.message,
      accepted: 0,
      rejected: 0,
      finished_at: deps.clock(),
    });
    await recordAudit(
      deps.db,
      actor,
      {
        action: 'roster.import_failed',
        targetType: 'import',
        targetId: importId,
        detail: { reason: err.code },
      },
      deps.clock,
    );
    if (opts.deleteFileWhenDone !== false) await rm(imp.file_path, { force: true });
    return;
  }

  await deps.db.transaction().execute(async (trx) => {
    const applied = await applyStagedRoster(trx, importId, imp.university_code, imp.province_code);
    await identifyFromRoster(trx, importId, imp.university_code, deps.clock());
    await repo.clearStaging(trx, importId);
    await repo.updateImport(trx, importId, {
      status: 'succeeded',
      rows_processed: processed,
      accepted,
      rejected,
      inserted: applied.inserted,
      updated: applied.updated,
      created_colleges: JSON.stringify(applied.createdColleges),
      warnings: JSON.stringify(warnings),
      message: processed === 0 ? '文件只有表头，没有数据行' : null,
      finished_at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'roster.import',
        targetType: 'import',
        targetId: importId,
        detail: {
          universityCode: imp.university_code,
          accepted,
          rejected,
          inserted: applied.inserted,
          updated: applied.updated,
          createdColleges: applied.createdColleges.length,
        },
      },
      deps.clock,
    );
  });
  // New and moved graduates change every monitoring figure of their cohorts.
  await rebuildForUniversity(deps.db, imp.university_code);
  // The upload is plaintext personal data; once applied it must not linger on disk.
  if (opts.deleteFileWhenDone !== false) await rm(imp.file_path, { force: true });
}

/** The job handler wrapping runGraduateImport. */
export function rosterImportJob(deps: Pick<Deps, 'db' | 'cipher' | 'clock'>): JobHandler {
  return async (payload, job) => {
    const importId = String(payload.importId);
    try {
      await runGraduateImport(deps, importId, payload.actor as Actor);
    } catch (err) {
      // Transient failures are retried by the queue; after the last attempt the uploader must see why.
      if (job.lastAttempt) {
        await repo.clearAttempt(deps.db, importId);
        await repo.updateImport(deps.db, importId, {
          status: 'failed',
          message: '导入时发生内部错误，请稍后重试或联系管理员',
          finished_at: deps.clock(),
        });
        const imp = await repo.findImport(deps.db, importId);
        if (imp) await rm(imp.file_path, { force: true });
      }
      throw err;
    }
  };
}

function toView(i: repo.ImportRow, errorSample: repo.ErrorRow[]) {
  return {
    id: i.id,
    status: i.status,
    fileName: i.file_name,
    fileSize: Number(i.file_size),
    universityCode: i.university_code,
    universityName: i.university_name,
    rowsProcessed: i.rows_processed,
    accepted: i.accepted,
    rejected: i.rejected,
    inserted: i.inserted,
    updated: i.updated,
    createdColleges: i.created_colleges,
    warnings: i.warnings,
    errorSample: errorSample.map((e) => ({ row: e.line, field: e.field, code: e.code, message: e.message })),
    message: i.message,
    createdAt: new Date(i.created_at).toISOString(),
    startedAt: i.started_at ? i.started_at.toISOString() : null,
    finishedAt: i.finished_at ? i.finished_at.toISOString() : null,
  };
}

async function loadVisible(deps: Pick<Deps, 'db'>, user: AuthUser, id: string) {
  const imp = await repo.findImport(deps.db, id);
  if (!imp || !mayImportFor(user, imp.university_code)) throw new AppError('not_found', '导入记录不存在');
  return imp;
}

/** One import's status, counts and the first errors. */
export async function getImport(deps: Pick<Deps, 'db'>, user: AuthUser, id: string) {
  const imp = await loadVisible(deps, user, id);
  return toView(imp, await repo.listErrors(deps.db, id, 100));
}

/** The whole import result for the CLI (all errors). */
export async function importResult(deps: Pick<Deps, 'db'>, id: string) {
  const imp = await repo.findImport(deps.db, id);
  if (!imp) throw new AppError('not_found', '导入记录不存在');
  return toView(imp, await repo.listErrors(deps.db, id, null));
}

/** Imports visible to the user (a career centre sees its university's). */
export async function listImports(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  page: { offset: number; limit: number },
) {
  const universityCode = user.role === 'admin' ? undefined : (user.scope.universityCode ?? '__none__');
  const { items, total } = await repo.listImports(deps.db, { universityCode, ...page });
  return { total, items: items.map((i) => toView(i, [])) };
}

/** The full error report as CSV lines (UTF-8 with BOM so Excel on Chinese Windows opens it). */
export async function* errorReportCsv(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  id: string,
): AsyncGenerator<string> {
  await loadVisible(deps, user, id);
  yield '\uFEFF行号,字段,错误代码,说明\r\n';
  for await (const e of repo.iterateErrors(deps.db, id)) {
    yield `${[e.line, e.field, e.code, e.message].map(csvCell).join(',')}\r\n`;
  }
}
