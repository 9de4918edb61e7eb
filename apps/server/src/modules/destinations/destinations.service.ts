import { randomBytes } from 'node:crypto';
import {
  approvalBlockers,
  DESTINATION_STATUS_NAMES,
  destinationPlaceName,
  destinationProblems,
  EVIDENCE_KINDS,
  EVIDENCE_MAX_FILES,
  getDestinationCode,
  graduateEditDeadline,
  graduateMayEdit,
  monitorCategoryOf,
  normalizeDestination,
  reviewStageOf as stageOfStatus,
  shanghaiDate,
  statusAfterDecision,
  type DestinationDetails,
  type DestinationInput,
  type EvidenceKind,
  type MonitoredGraduate,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { inspectEvidenceFile, type EvidenceUpload } from '../../platform/evidence';
import { signedOfferDraft } from '../applications/applications.service';
import { recordAudit, type Actor } from '../audit/audit.service';
import { graduateScopeOf } from '../graduates/graduates.policy';
import { recordCategoryChange, trackingOf } from '../monitoring/monitoring.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './destinations.repository';
import { mayEditForGraduate, reviewStageOf } from './destinations.policy';

// 毕业去向登记 (issue 6): graduates register (with evidence) until 31 August, the college and then
// the university review, the career centre changes a registration on a graduate's behalf, every
// version and event is kept, and an approved registration gets a verification number.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** Registrations a bulk review takes at once. */
export const BULK_REVIEW_MAX = 200;
/** A reason given when returning or changing a registration. */
export const REASON_MAX = 200;

function ownGraduateId(user: AuthUser): string {
  if (user.role !== 'graduate' || !user.scope.graduateId)
    throw new AppError('forbidden', '只有毕业生本人可以登记毕业去向');
  return user.scope.graduateId;
}

async function subjectInScope(db: Database, user: AuthUser, graduateId: string) {
  const subject = await repo.findSubject(db, graduateScopeOf(user), graduateId);
  // Out of scope looks the same as absent, so ids cannot be probed.
  if (!subject) throw new AppError('not_found', '毕业生记录不存在或不在您的管理范围内');
  return subject;
}

/** The graduate as monitoring counts them. */
const monitoredOf = (s: repo.DestinationSubject): MonitoredGraduate => ({
  graduationYear: s.graduation_year,
  provinceCode: s.province_code,
  universityCode: s.university_code,
  collegeId: s.college_id,
  majorCode: s.major_code,
  degree: s.degree,
  gender: s.gender,
  assistanceCategory: s.assistance_category,
  originRegionCode: s.origin_region_code,
});

/** The stored registration as the domain takes it. */
const inputOf = (row: repo.DestinationRow): DestinationInput => ({
  destinationCode: row.destination_code,
  details: row.details as unknown as DestinationDetails,
});

/** Why a stored registration cannot be approved yet (empty when it can). */
async function blockersOf(db: Database, row: repo.DestinationRow) {
  const [evidence, wages] = await Promise.all([repo.evidenceOf(db, row.graduate_id), repo.minimumWages(db)]);
  return approvalBlockers(
    inputOf(row),
    evidence.map((e) => e.kind as EvidenceKind),
    { minimumWageFen: (province) => wages.get(province) ?? null },
  );
}

/** A verification number: 16 characters of Crockford base32 (80 random bits), unguessable. */
export function newVerificationNo(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/**
 * Saves a new version (validated, every problem at once) and sends it to review: a graduate's to
 * the college, the career centre's straight to the university stage it decides itself.
 */
async function saveVersion(
  deps: ServiceDeps,
  subject: repo.DestinationSubject,
  raw: DestinationInput,
  by: { user: AuthUser; actor: Actor; source: 'graduate' | 'university'; reason: string | null },
) {
  const input = normalizeDestination(raw);
  const now = deps.clock();
  const ref = await referenceCache(deps.db);
  const issues = destinationProblems(input, {
    isKnownRegion: (code) => ref.isKnownRegion(code),
    today: shanghaiDate(now),
  });
  if (issues.length > 0) throw validationError(issues);
  const code = getDestinationCode(input.destinationCode)!;
  const status = by.source === 'graduate' ? 'pending_college' : 'pending_university';
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDestination(trx, subject.id, true);
    const version = (current?.version ?? 0) + 1;
    const evidence = await repo.evidenceOf(trx, subject.id);
    await repo.saveDestination(trx, {
      graduate_id: subject.id,
      version,
      destination_code: code.code,
      category: code.category,
      details: { ...input.details },
      status,
      return_reason: null,
      // A changed registration is verified again only once it is approved again.
      verification_no: null,
      registered_at: current ? new Date(current.registered_at) : now,
      updated_at: now,
      approved_at: null,
    });
    // First registration: 未登记 → 待审核 in the monitoring figures (an approved one stays counted).
    await recordCategoryChange(
      trx,
      monitoredOf(subject),
      monitorCategoryOf(current ? { approvedCategory: current.approved_category } : undefined),
      monitorCategoryOf({ approvedCategory: current?.approved_category ?? null }),
      now,
    );
    await repo.insertVersion(trx, {
      graduate_id: subject.id,
      version,
      destination_code: code.code,
      category: code.category,
      details: { ...input.details },
      evidence_ids: evidence.map((e) => e.id),
      source: by.source,
      created_by: by.user.id,
      created_at: now,
    });
    await repo.insertEvent(trx, {
      graduate_id: subject.id,
      version,
      action: current ? 'edited' : 'registered',
      status,
      reason: by.reason,
      actor_id: by.user.id,
      actor_role: by.user.role,
      at: now,
    });
    if (by.source === 'university')
      await recordAudit(
        trx,
        by.actor,
        {
          action: 'destination.change',
          targetType: 'graduate',
          targetId: subject.id,
          detail: { version, destinationCode: code.code, reason: by.reason },
        },
        deps.clock,
      );
  });
}

/** Everything about a registration that its graduate and its reviewers see. */
async function viewOf(deps: ServiceDeps, subject: repo.DestinationSubject, user: AuthUser) {
  const now = deps.clock();
  const [row, evidence, versions, events, tracking] = await Promise.all([
    repo.findDestination(deps.db, subject.id),
    repo.evidenceOf(deps.db, subject.id),
    repo.versionsOf(deps.db, subject.id),
    repo.eventsOf(deps.db, subject.id),
    trackingOf(deps.db, subject.id, subject.graduation_year, now),
  ]);
  const deadline = graduateEditDeadline(subject.graduation_year);
  const editable =
    user.role === 'graduate' ? graduateMayEdit(subject.graduation_year, now) : mayEditForGraduate(user);
  return {
    graduateId: subject.id,
    name: subject.name,
    studentNo: subject.student_no,
    collegeName: subject.college_name,
    graduationYear: subject.graduation_year,
    deadline: deadline.toISOString(),
    editable,
    registration: row ? registrationDto(row) : null,
    /** Where the graduate stood when they left school and 6, 12, 24 months after (those reached). */
    tracking,
    blockers: row ? await blockersOf(deps.db, row) : [],
    evidence: evidence.map(evidenceDto),
    versions: versions.map((v) => ({
      version: v.version,
      destinationCode: v.destination_code,
      destinationName: getDestinationCode(v.destination_code)?.name ?? v.destination_code,
      details: detailsDto(v.details as unknown as DestinationDetails),
      evidenceIds: v.evidence_ids,
      source: v.source,
      createdBy: v.created_by_name,
      createdAt: new Date(v.created_at).toISOString(),
    })),
    events: events.map((e) => ({
      id: Number(e.id),
      version: e.version,
      action: e.action,
      status: e.status,
      reason: e.reason,
      actorRole: e.actor_role,
      actorName: e.actor_name,
      at: new Date(e.at).toISOString(),
    })),
  };
}

/** Pay goes out in yuan, as it came in. */
function detailsDto(d: DestinationDetails) {
  if (d.form !== 'unit') return d;
  const { monthlyPayFen, ...rest } = d;
  return { ...rest, monthlyPay: monthlyPayFen / 100 };
}

function registrationDto(row: repo.DestinationRow) {
  const code = getDestinationCode(row.destination_code);
  return {
    version: row.version,
    destinationCode: row.destination_code,
    destinationName: code?.name ?? row.destination_code,
    category: row.category,
    details: detailsDto(row.details as unknown as DestinationDetails),
    status: row.status,
    statusName: DESTINATION_STATUS_NAMES[row.status],
    returnReason: row.return_reason,
    verificationNo: row.verification_no,
    registeredAt: new Date(row.registered_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    approvedAt: row.approved_at ? new Date(row.approved_at).toISOString() : null,
  };
}

function evidenceDto(e: Awaited<ReturnType<typeof repo.evidenceOf>>[number]) {
  return {
    id: e.id,
    kind: e.kind,
    kindName: EVIDENCE_KINDS.find((k) => k.key === e.kind)?.name ?? e.kind,
    fileName: e.file_name,
    mimeType: e.mime_type,
    sizeBytes: e.size_bytes,
    sha256: e.sha256,
    uploadedAt: new Date(e.uploaded_at).toISOString(),
  };
}

export type DestinationView = Awaited<ReturnType<typeof viewOf>>;

// ── The graduate ──

/** The signed-in graduate's registration, evidence, history and deadline. */
export async function getOwn(deps: ServiceDeps, user: AuthUser) {
  return viewOf(deps, await subjectInScope(deps.db, user, ownGraduateId(user)), user);
}

/**
 * A draft registration from the graduate's signed offer (the platform's own recruitment), for the
 * form to start from; null when there is none.
 */
export async function ownDraftFromOffer(deps: ServiceDeps, user: AuthUser) {
  return signedOfferDraft(deps, ownGraduateId(user));
}

/** Registers or changes the graduate's own destination (until 31 August of the graduation year). */
export async function saveOwn(deps: ServiceDeps, user: AuthUser, actor: Actor, input: DestinationInput) {
  const subject = await subjectInScope(deps.db, user, ownGraduateId(user));
  assertGraduateMayEdit(subject, deps.clock());
  await saveVersion(deps, subject, input, { user, actor, source: 'graduate', reason: null });
  return viewOf(deps, subject, user);
}

function assertGraduateMayEdit(subject: repo.DestinationSubject, now: Date) {
  if (!graduateMayEdit(subject.graduation_year, now))
    throw new AppError(
      'conflict',
      `${subject.graduation_year} 年 8 月 31 日后不能再自行修改毕业去向，请联系学校就业中心办理`,
    );
}

/**
 * Adds an evidence file: the graduate's own (until the deadline) or, on their behalf, the career
 * centre's. The type is read from the file's first bytes, never from its name or declared type.
 */
async function addEvidence(
  deps: ServiceDeps,
  subject: repo.DestinationSubject,
  user: AuthUser,
  actor: Actor,
  file: EvidenceUpload,
) {
  const issues: Issue[] = [];
  const kind = EVIDENCE_KINDS.find((k) => k.key === file.kind);
  if (!kind) issues.push({ path: 'kind', message: '请选择材料类型' });
  const inspected = inspectEvidenceFile(file, issues);
  if (issues.length > 0) throw validationError(issues);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDestination(trx, subject.id, true);
    if (!current) throw new AppError('conflict', '请先保存毕业去向信息，再上传证明材料');
    if ((await repo.evidenceOf(trx, subject.id)).length >= EVIDENCE_MAX_FILES)
      throw new AppError('conflict', `证明材料最多 ${EVIDENCE_MAX_FILES} 个文件，请先删除不需要的文件`);
    const saved = await repo.insertEvidence(trx, {
      graduate_id: subject.id,
      kind: kind!.key,
      file_name: inspected!.fileName,
      mime_type: inspected!.mime,
      size_bytes: file.content.length,
      sha256: inspected!.sha256,
      content: file.content,
      uploaded_by: user.id,
      uploaded_at: now,
    });
    await repo.insertEvent(trx, {
      graduate_id: subject.id,
      version: current.version,
      action: 'evidence_added',
      status: current.status,
      reason: `${kind!.name}：${inspected!.fileName}`,
      actor_id: user.id,
      actor_role: user.role,
      at: now,
    });
    if (user.role !== 'graduate')
      await recordAudit(
        trx,
        actor,
        {
          action: 'destination.evidence.add',
          targetType: 'graduate',
          targetId: subject.id,
          detail: { id: saved.id },
        },
        deps.clock,
      );
    return evidenceDto({ ...saved, removed_at: null });
  });
}

/** Adds evidence to the graduate's own registration. */
export async function addOwnEvidence(deps: ServiceDeps, user: AuthUser, actor: Actor, file: EvidenceUpload) {
  const subject = await subjectInScope(deps.db, user, ownGraduateId(user));
  assertGraduateMayEdit(subject, deps.clock());
  return addEvidence(deps, subject, user, actor, file);
}

/**
 * Removes an evidence file (kept for the history). Not from an approved registration: the approval
 * relied on it; changing the destination starts a new review instead.
 */
export async function removeOwnEvidence(deps: ServiceDeps, user: AuthUser, evidenceId: string) {
  const subject = await subjectInScope(deps.db, user, ownGraduateId(user));
  const now = deps.clock();
  assertGraduateMayEdit(subject, now);
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findDestination(trx, subject.id, true);
    if (current?.status === 'approved')
      throw new AppError('conflict', '已审核通过的登记不能删除证明材料；如需更改，请修改去向信息后重新提交');
    if (!current || !(await repo.removeEvidence(trx, subject.id, evidenceId, now)))
      throw new AppError('not_found', '证明材料不存在或已删除');
    await repo.insertEvent(trx, {
      graduate_id: subject.id,
      version: current.version,
      action: 'evidence_removed',
      status: current.status,
      reason: null,
      actor_id: user.id,
      actor_role: user.role,
      at: now,
    });
  });
}

/** One of the graduate's own evidence files, with its content. */
export async function ownEvidenceFile(deps: ServiceDeps, user: AuthUser, evidenceId: string) {
  const file = await repo.findEvidenceFile(deps.db, ownGraduateId(user), evidenceId);
  if (!file) throw new AppError('not_found', '证明材料不存在');
  return file;
}

// ── Reviewers and the career centre ──

/** A page of registrations in the user's scope. */
export async function listInScope(deps: ServiceDeps, user: AuthUser, filter: repo.ReviewFilter) {
  const page = await repo.listInScope(deps.db, graduateScopeOf(user), filter);
  return {
    total: page.total,
    items: page.items.map((r) => ({
      graduateId: r.graduate_id,
      name: r.name,
      studentNo: r.student_no,
      collegeName: r.college_name,
      majorCode: r.major_code,
      degree: r.degree,
      graduationYear: r.graduation_year,
      version: r.version,
      destinationCode: r.destination_code,
      destinationName: getDestinationCode(r.destination_code)?.name ?? r.destination_code,
      category: r.category,
      unitName: destinationPlaceName(r.details as unknown as DestinationDetails),
      status: r.status,
      statusName: DESTINATION_STATUS_NAMES[r.status],
      returnReason: r.return_reason,
      evidenceCount: r.evidence_count,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
  };
}

/** One graduate's registration for a reviewer or the career centre. */
export async function getForGraduate(deps: ServiceDeps, user: AuthUser, graduateId: string) {
  return viewOf(deps, await subjectInScope(deps.db, user, graduateId), user);
}

/** The career centre registers or changes a graduate's destination, with the reason why. */
export async function saveForGraduate(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  input: DestinationInput,
  reason: string,
) {
  if (!mayEditForGraduate(user))
    throw new AppError('forbidden', '只有学校就业中心可以代为登记或修改毕业去向');
  const subject = await subjectInScope(deps.db, user, graduateId);
  const why = reason.trim();
  if (!why) throw validationError([{ path: 'reason', message: '代为登记或修改须写明原因' }]);
  await saveVersion(deps, subject, input, { user, actor, source: 'university', reason: why });
  return viewOf(deps, subject, user);
}

/** The career centre adds evidence to a graduate's registration. */
export async function addEvidenceForGraduate(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  file: EvidenceUpload,
) {
  if (!mayEditForGraduate(user)) throw new AppError('forbidden', '只有学校就业中心可以代为上传证明材料');
  return addEvidence(deps, await subjectInScope(deps.db, user, graduateId), user, actor, file);
}

/** A graduate's evidence file for a reviewer: an access to personal documents, so audited. */
export async function evidenceFileForGraduate(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  evidenceId: string,
) {
  await subjectInScope(deps.db, user, graduateId);
  const file = await repo.findEvidenceFile(deps.db, graduateId, evidenceId);
  if (!file) throw new AppError('not_found', '证明材料不存在');
  await recordAudit(
    deps.db,
    actor,
    {
      action: 'destination.evidence.read',
      targetType: 'graduate',
      targetId: graduateId,
      detail: { id: evidenceId },
    },
    deps.clock,
  );
  return file;
}

export interface ReviewDecision {
  decision: 'approve' | 'return';
  reason: string | null;
}

/** One decision, in its own transaction; throws with the reason when it cannot be taken. */
async function decide(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  d: ReviewDecision,
) {
  const stage = reviewStageOf(user);
  if (!stage) throw new AppError('forbidden', '只有辅导员（院系）和就业中心（学校）审核毕业去向');
  const reason = d.reason?.trim() || null;
  if (d.decision === 'return' && !reason)
    throw validationError([{ path: 'reason', message: '退回须写明原因' }]);
  const subject = await subjectInScope(deps.db, user, graduateId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findDestination(trx, graduateId, true);
    if (!row) throw new AppError('not_found', '该毕业生尚未登记毕业去向');
    if (stageOfStatus(row.status) !== stage)
      throw new AppError(
        'conflict',
        `该登记当前为“${DESTINATION_STATUS_NAMES[row.status]}”，不在${stage === 'college' ? '院系' : '学校'}审核环节`,
      );
    if (d.decision === 'approve') {
      const blockers = await blockersOf(trx, row);
      if (blockers.length > 0)
        throw new AppError(
          'conflict',
          `不能通过：${blockers.join('；')}`,
          blockers.map((message) => ({ path: 'evidence', message })),
        );
    }
    const status = statusAfterDecision(stage, d.decision);
    const approved = status === 'approved';
    await repo.setStatus(trx, graduateId, {
      status,
      returnReason: d.decision === 'return' ? reason : null,
      ...(approved
        ? { verificationNo: newVerificationNo(), approvedAt: now, approvedCategory: row.category }
        : {}),
      at: now,
    });
    if (approved)
      await recordCategoryChange(
        trx,
        monitoredOf(subject),
        monitorCategoryOf({ approvedCategory: row.approved_category }),
        monitorCategoryOf({ approvedCategory: row.category }),
        now,
      );
    await repo.insertEvent(trx, {
      graduate_id: graduateId,
      version: row.version,
      action: d.decision === 'return' ? 'returned' : approved ? 'approved' : 'college_approved',
      status,
      reason,
      actor_id: user.id,
      actor_role: user.role,
      at: now,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'destination.review',
        targetType: 'graduate',
        targetId: graduateId,
        detail: { version: row.version, stage, decision: d.decision, reason },
      },
      deps.clock,
    );
    return status;
  });
}

/** A reviewer's decision on one registration. */
export async function review(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  d: ReviewDecision,
) {
  await decide(deps, user, actor, graduateId, d);
  return getForGraduate(deps, user, graduateId);
}

/**
 * The same decision on many registrations: each is decided (or refused, with why) on its own, so
 * one that cannot pass does not hold up the others.
 */
export async function reviewMany(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateIds: readonly string[],
  d: ReviewDecision,
) {
  const ids = [...new Set(graduateIds)];
  if (ids.length > BULK_REVIEW_MAX)
    throw validationError([{ path: 'graduateIds', message: `一次最多审核 ${BULK_REVIEW_MAX} 条` }]);
  const results = [];
  for (const graduateId of ids) {
    try {
      const status = await decide(deps, user, actor, graduateId, d);
      results.push({ graduateId, ok: true as const, status, message: null });
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'internal') throw err;
      results.push({ graduateId, ok: false as const, status: null, message: err.message });
    }
  }
  return { done: results.filter((r) => r.ok).length, refused: results.filter((r) => !r.ok).length, results };
}
