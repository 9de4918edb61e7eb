import {
  DESTINATION_CATEGORIES,
  destinationDate,
  destinationPlaceName,
  maskName,
  shanghaiDate,
  type DestinationDetails,
} from '@jiuye/domain';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { graduateScopeOf } from '../graduates/graduates.policy';
import * as repo from './verification.repository';

// 查询核验 (issue 6): a third party (archive office, employer) checks a graduate's approved
// destination with its verification number and the graduate's name, while the graduate's
// authorisation runs. It sees only what it needs — never the ID number or phone. Every lookup is
// logged; the graduate sees who verified when and may raise a 存疑, which the university decides.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** Longest authorisation a graduate can grant at once. */
export const AUTHORISATION_MAX_DAYS = 90;
/** Failed lookups an address may make in THROTTLE_WINDOW_MS before it must wait. */
export const THROTTLE_FAILURES = 10;
const THROTTLE_WINDOW_MS = 10 * 60_000;
export const TEXT_MAX = { verifier: 100, reason: 300, note: 100 } as const;

/** The same answer for an unknown number and a wrong name: a guess learns nothing. */
const NOT_MATCHED = '未找到与该核验码和姓名相符的已审核毕业去向记录，请核对后重试';

/** A number as typed (spaces, dashes, lower case) in its stored form. */
export const normalizeVerificationNo = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

/** A third party's lookup. */
export async function verify(
  deps: ServiceDeps,
  q: { verificationNo: string; name: string; verifier: string | null },
  ip: string,
) {
  const now = deps.clock();
  if (
    (await repo.failuresFrom(deps.db, ip, new Date(now.getTime() - THROTTLE_WINDOW_MS))) >= THROTTLE_FAILURES
  )
    throw new AppError('rate_limited', '查询失败次数过多，请 10 分钟后再试');
  const verifier = q.verifier?.trim().slice(0, TEXT_MAX.verifier) || null;
  const row = await repo.findByVerificationNo(deps.db, normalizeVerificationNo(q.verificationNo));
  const log = (graduateId: string | null, outcome: 'verified' | 'not_matched' | 'not_authorised') =>
    repo.insertLog(deps.db, { graduate_id: graduateId, outcome, verifier, ip, at: now });
  if (!row || row.name !== q.name.trim()) {
    // A right number with a wrong name is shown to its graduate too: someone tried their record.
    await log(row?.graduate_id ?? null, 'not_matched');
    throw new AppError('not_found', NOT_MATCHED);
  }
  if (!(await repo.hasActiveAuthorisation(deps.db, row.graduate_id, now))) {
    await log(row.graduate_id, 'not_authorised');
    throw new AppError('forbidden', '该毕业生尚未授权核验，或授权已过期、已撤销；请联系毕业生授权后再查询');
  }
  await log(row.graduate_id, 'verified');
  const details = row.details as unknown as DestinationDetails;
  return {
    name: maskName(row.name),
    universityName: row.university_name,
    graduationYear: row.graduation_year,
    category: DESTINATION_CATEGORIES.find((c) => c.key === row.category)?.nameZh ?? row.category,
    placeName: destinationPlaceName(details),
    destinationDate: destinationDate(details),
    approvedOn: row.approved_at ? shanghaiDate(new Date(row.approved_at)) : null,
    status: '已审核',
    verifiedAt: now.toISOString(),
  };
}

function ownGraduateId(user: AuthUser): string {
  if (user.role !== 'graduate' || !user.scope.graduateId)
    throw new AppError('forbidden', '只有毕业生本人可以管理核验授权');
  return user.scope.graduateId;
}

/** The graduate's verification number, authorisations, who verified when, and their 存疑. */
export async function getOwn(deps: ServiceDeps, user: AuthUser) {
  const graduateId = ownGraduateId(user);
  const now = deps.clock();
  const [number, authorisations, logs, disputes] = await Promise.all([
    repo.verificationNoOf(deps.db, graduateId),
    repo.authorisationsOf(deps.db, graduateId),
    repo.logsOf(deps.db, graduateId, 100),
    repo.disputesOf(deps.db, graduateId),
  ]);
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
  return {
    verificationNo: number,
    authorisations: authorisations.map((a) => ({
      id: a.id,
      note: a.note,
      createdAt: iso(a.created_at)!,
      expiresAt: iso(a.expires_at)!,
      revokedAt: iso(a.revoked_at),
      active: !a.revoked_at && new Date(a.expires_at) > now,
    })),
    logs: logs.map((l) => ({ id: Number(l.id), outcome: l.outcome, verifier: l.verifier, at: iso(l.at)! })),
    disputes: disputes.map((d) => ({
      id: d.id,
      logId: d.log_id === null ? null : Number(d.log_id),
      reason: d.reason,
      status: d.status,
      decisionNote: d.decision_note,
      decidedAt: iso(d.decided_at),
      createdAt: iso(d.created_at)!,
    })),
  };
}

/** Authorises verification for some days (revocable), once the destination is approved. */
export async function authorise(
  deps: ServiceDeps,
  user: AuthUser,
  input: { days: number; note: string | null },
) {
  const graduateId = ownGraduateId(user);
  if (!(await repo.verificationNoOf(deps.db, graduateId)))
    throw new AppError('conflict', '毕业去向审核通过、获得核验码后才能授权核验');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > AUTHORISATION_MAX_DAYS)
    throw validationError([{ path: 'days', message: `授权天数应为 1–${AUTHORISATION_MAX_DAYS} 天` }]);
  const now = deps.clock();
  await repo.insertAuthorisation(deps.db, {
    graduate_id: graduateId,
    note: input.note?.trim().slice(0, TEXT_MAX.note) || null,
    created_at: now,
    expires_at: new Date(now.getTime() + input.days * 86_400_000),
  });
  return getOwn(deps, user);
}

/** Revokes a running authorisation. */
export async function revoke(deps: ServiceDeps, user: AuthUser, id: string) {
  if (!(await repo.revokeAuthorisation(deps.db, ownGraduateId(user), id, deps.clock())))
    throw new AppError('not_found', '授权不存在，或已过期、已撤销');
  return getOwn(deps, user);
}

/** The graduate raises a 存疑 about a lookup of their record, or about the record itself. */
export async function raiseDispute(
  deps: ServiceDeps,
  user: AuthUser,
  input: { logId: number | null; reason: string },
) {
  const graduateId = ownGraduateId(user);
  const reason = input.reason.trim();
  if (!reason) throw validationError([{ path: 'reason', message: '请写明存疑的原因' }]);
  if (input.logId === null) {
    if (!(await repo.verificationNoOf(deps.db, graduateId)))
      throw new AppError(
        'conflict',
        '毕业去向审核通过后才能对本人记录提出存疑；登记有误请直接修改或联系学校',
      );
  } else if (!(await repo.isLogOf(deps.db, graduateId, input.logId)))
    throw new AppError('not_found', '该查询记录不存在');
  if (await repo.hasOpenDispute(deps.db, graduateId, input.logId))
    throw new AppError('conflict', '已有待学校处理的同一存疑，请等待处理结果');
  await repo.insertDispute(deps.db, {
    graduate_id: graduateId,
    log_id: input.logId,
    reason: reason.slice(0, TEXT_MAX.reason),
    created_at: deps.clock(),
  });
  return getOwn(deps, user);
}

/** 存疑 of graduates within the user's scope, open ones first. */
export async function listDisputes(
  deps: ServiceDeps,
  user: AuthUser,
  f: { status?: 'open' | 'upheld' | 'dismissed' | undefined; limit: number; offset: number },
) {
  const page = await repo.disputesInScope(deps.db, graduateScopeOf(user), f);
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
  return {
    total: page.total,
    items: page.items.map((d) => ({
      id: d.id,
      graduateId: d.graduate_id,
      name: d.name,
      studentNo: d.student_no,
      reason: d.reason,
      status: d.status,
      decisionNote: d.decision_note,
      decidedAt: iso(d.decided_at),
      createdAt: iso(d.created_at)!,
      lookup: d.verified_at ? { verifier: d.verifier, at: iso(d.verified_at)!, outcome: d.outcome } : null,
    })),
  };
}

/** The university decides a 存疑: upheld (acted on) or dismissed, with a note; audited. */
export async function decideDispute(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: { decision: 'upheld' | 'dismissed'; note: string },
) {
  const note = input.note.trim();
  if (!note) throw validationError([{ path: 'note', message: '请写明处理结果' }]);
  await deps.db.transaction().execute(async (trx) => {
    const dispute = await repo.lockDisputeInScope(trx, graduateScopeOf(user), id);
    if (!dispute) throw new AppError('not_found', '存疑记录不存在或不在您的管理范围内');
    if (dispute.status !== 'open') throw new AppError('conflict', '该存疑已处理');
    await repo.decideDispute(trx, id, {
      status: input.decision,
      note: note.slice(0, TEXT_MAX.reason),
      by: user.id,
      at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'verification.dispute.decide',
        targetType: 'graduate',
        targetId: dispute.graduate_id,
        detail: { disputeId: id, decision: input.decision },
      },
      deps.clock,
    );
  });
}
