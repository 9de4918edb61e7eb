import {
  DESTINATION_TABLE,
  destinationFromRow,
  destinationProblems,
  EVIDENCE_KINDS,
  getDestinationCode,
  importIssuesOf,
  normalizeDestination,
  shanghaiDate,
  type ImportedDestination,
} from '@jiuye/domain';
import type { Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { readTableFile } from '../imports/roster-reader';
import { rebuildForUniversity } from '../monitoring/monitoring.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './destinations.repository';
import { newVerificationNo } from './destinations.service';

// `jiuye import destinations <file> --university <code>`: registrations a university keeps in
// another system, with the roster import's reporting contract — every bad row reported by line,
// column, code and message, the good rows applied in one transaction (never half-written), and a
// re-run of the same file changes nothing. The university reviewed these in its own system, so they
// land approved, each naming the proof held there; a row the integrity rules refuse is rejected.

export interface ImportReport {
  accepted: number;
  rejected: number;
  /** Accepted rows identical to what is registered already (a re-run). */
  unchanged: number;
  errors: { row: number; field: string; code: string; message: string }[];
}

/** An object's JSON with its keys sorted (jsonb keeps its own key order). */
const canonical = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Imports a destination file for a university; the file's problems come back in the report. */
export async function importDestinations(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  file: { path: string; fileName: string; universityCode: string },
): Promise<ImportReport> {
  const university = await deps.db
    .selectFrom('universities')
    .select('code')
    .where('code', '=', file.universityCode)
    .executeTakeFirst();
  if (!university) throw new AppError('not_found', `学校标识码 ${file.universityCode} 不存在`);
  const ref = await referenceCache(deps.db);
  const now = deps.clock();
  const ctx = { isKnownRegion: (code: string) => ref.isKnownRegion(code), today: shanghaiDate(now) };
  const report: ImportReport = { accepted: 0, rejected: 0, unchanged: 0, errors: [] };
  const good: { line: number; row: ImportedDestination }[] = [];
  const lineOf = new Map<string, number>();
  for await (const rec of readTableFile(file.path, DESTINATION_TABLE, { fileName: file.fileName })) {
    if (rec.kind === 'header') continue;
    const { row, issues } = destinationFromRow(rec.values);
    if (row) {
      const form = getDestinationCode(row.input.destinationCode)!.form;
      issues.push(...importIssuesOf(destinationProblems(normalizeDestination(row.input), ctx), form));
      const first = lineOf.get(row.studentNo);
      if (first !== undefined)
        issues.push({ field: 'studentNo', code: 'duplicate', message: `学号与第 ${first} 行重复` });
      else if (row.studentNo) lineOf.set(row.studentNo, rec.line);
    }
    if (issues.length > 0 || !row) {
      report.rejected++;
      for (const i of issues)
        report.errors.push({
          row: rec.line,
          field: DESTINATION_TABLE.label(i.field),
          code: i.code,
          message: i.message,
        });
      continue;
    }
    good.push({ line: rec.line, row });
  }

  const subjects = await repo.subjectsByStudentNo(
    deps.db,
    file.universityCode,
    good.map((g) => g.row.studentNo),
  );
  const onRoster = good.filter(({ line, row }) => {
    if (subjects.has(row.studentNo)) return true;
    report.rejected++;
    report.errors.push({
      row: line,
      field: DESTINATION_TABLE.label('studentNo'),
      code: 'not_on_roster',
      message: `学号 ${row.studentNo} 不在本校名册中，请先导入名册`,
    });
    return false;
  });

  await deps.db.transaction().execute(async (trx) => {
    for (const { row } of onRoster) {
      const graduateId = subjects.get(row.studentNo)!;
      const input = normalizeDestination(row.input);
      const code = getDestinationCode(input.destinationCode)!;
      const current = await repo.findDestination(trx, graduateId, true);
      if (
        current?.status === 'approved' &&
        current.destination_code === code.code &&
        canonical(current.details) === canonical(input.details)
      ) {
        report.unchanged++;
        report.accepted++;
        continue;
      }
      const version = (current?.version ?? 0) + 1;
      await repo.saveDestination(trx, {
        graduate_id: graduateId,
        version,
        destination_code: code.code,
        category: code.category,
        details: { ...input.details },
        status: 'approved',
        return_reason: null,
        verification_no: newVerificationNo(),
        registered_at: current ? new Date(current.registered_at) : now,
        updated_at: now,
        approved_at: now,
      });
      await repo.setStatus(trx, graduateId, {
        status: 'approved',
        returnReason: null,
        approvedCategory: code.category,
        at: now,
      });
      await repo.insertVersion(trx, {
        graduate_id: graduateId,
        version,
        destination_code: code.code,
        category: code.category,
        details: { ...input.details },
        evidence_ids: [],
        source: 'import',
        created_by: actor.id,
        created_at: now,
      });
      const proof = row.proof ? EVIDENCE_KINDS.find((k) => k.key === row.proof)!.name : null;
      for (const action of [current ? 'edited' : 'registered', 'approved'] as const)
        await repo.insertEvent(trx, {
          graduate_id: graduateId,
          version,
          action,
          status: action === 'approved' ? 'approved' : 'pending_university',
          reason: `由学校就业系统导入（${file.fileName}）${proof ? `；证明材料：${proof}（存于学校系统）` : ''}`,
          actor_id: actor.id,
          actor_role: 'import',
          at: now,
        });
      report.accepted++;
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'destination.import',
        targetType: 'university',
        targetId: file.universityCode,
        detail: {
          fileName: file.fileName,
          accepted: report.accepted,
          rejected: report.rejected,
          unchanged: report.unchanged,
        },
      },
      deps.clock,
    );
  });
  if (report.accepted > report.unchanged) await rebuildForUniversity(deps.db, file.universityCode);
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}
