import {
  ASSISTANCE_CATEGORIES,
  DEFAULT_SERVICE_STANDARD,
  EVIDENCE_MAX_FILES,
  isTargetProofKind,
  openCohort,
  planProblems,
  proofFitsCategory,
  SERVICE_KINDS,
  serviceEntryProblems,
  shanghaiDate,
  standardGaps,
  standardProblems,
  STANDARD_REQUIREMENTS,
  TARGET_STATUS_NAMES,
  targetStageOf as stageOfStatus,
  targetStatusAfter,
  type AssistanceCategoryKey,
  type ServiceKind,
  type ServiceStandard,
  type StandardRequirement,
  type TargetStatus,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { inspectEvidenceFile, type EvidenceUpload } from '../../platform/evidence';
import { recordAudit, type Actor } from '../audit/audit.service';
import { graduateScopeOf, type GraduateScope } from '../graduates/graduates.policy';
import { notifyGraduate } from '../notifications/notifications.service';
import { referenceCache } from '../reference/reference.service';
import { cohortPlacement } from '../monitoring/monitoring.service';
import * as handover from '../handover/handover.service';
import * as subsidies from '../subsidies/subsidies.service';
import * as training from '../training/training.service';
import * as repo from './assistance.repository';
import { dashboardScopeOf, maySetStandard, onBehalfStatusOf, targetStageOf } from './assistance.policy';

// 帮扶对象, 一人一策 and the service ledger (issue 7, measure 十一). Graduates apply for a category
// with proof and answer the services recorded for them; counsellors and career centres decide
// identifications, write plans, keep the ledger and watch the service standard.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** Identifications a bulk review takes at once. */
export const BULK_MAX = 200;
export const REASON_MAX = 200;
export const NOTE_MAX = 500;

/** The graduate's own assistance page, where notifications lead. */
export const MY_PAGE = '/my-assistance';

const CATEGORY_KEYS = new Set<string>(ASSISTANCE_CATEGORIES.map((c) => c.key));
const categoryName = (key: string) => ASSISTANCE_CATEGORIES.find((c) => c.key === key)?.name ?? key;

function ownGraduateId(user: AuthUser): string {
  if (user.role !== 'graduate' || !user.scope.graduateId)
    throw new AppError('forbidden', '只有毕业生本人可以办理');
  return user.scope.graduateId;
}

/** The graduate, if the user reaches them; out of scope looks the same as absent. */
export async function subjectInScope(db: Database, user: AuthUser, graduateId: string) {
  const subject = await repo.findSubject(db, graduateScopeOf(user), graduateId);
  if (!subject) throw new AppError('not_found', '毕业生记录不存在或不在您的管理范围内');
  return subject;
}

// ── DTOs ──

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const evidenceDto = (e: repo.EvidenceRow) => ({
  id: e.id,
  kind: e.kind,
  fileName: e.file_name,
  mimeType: e.mime_type,
  sizeBytes: e.size_bytes,
  uploadedAt: iso(e.uploaded_at)!,
});

const targetDto = (t: repo.TargetRow, evidence: Map<string, repo.EvidenceRow>) => {
  const proof = t.evidence_id ? evidence.get(t.evidence_id) : undefined;
  return {
    category: t.category,
    source: t.source,
    status: t.status,
    note: t.note,
    decisionReason: t.decision_reason,
    evidence: proof ? evidenceDto(proof) : null,
    createdAt: iso(t.created_at)!,
    decidedAt: iso(t.decided_at),
  };
};

const serviceDto = (s: repo.ServiceRow) => ({
  id: s.id,
  kind: s.kind as ServiceKind,
  serviceOn: s.service_on,
  note: s.note,
  actorName: s.actor_name,
  posting: s.posting_id
    ? { id: s.posting_id, title: s.posting_title ?? '', organisationName: s.organisation_name ?? '' }
    : null,
  programme: s.programme_id ? { id: s.programme_id, name: s.programme_name ?? '' } : null,
  response: s.response,
  responseNote: s.response_note,
});

/** Ledger counts per kind of service. */
function countsOf(row: Pick<repo.CaseRow, ServiceKind>): Record<ServiceKind, number> {
  return {
    policy_explanation: row.policy_explanation,
    guidance_session: row.guidance_session,
    job_referral: row.job_referral,
    training_offer: row.training_offer,
    traineeship_offer: row.traineeship_offer,
  };
}

/** What the graduate (or their case worker) sees of their own assistance. */
async function assistanceOf(deps: ServiceDeps, subject: repo.AssistanceSubject) {
  const [targets, evidence, plan, actions, services, consent, handedOver] = await Promise.all([
    repo.targetsOf(deps.db, subject.id),
    repo.evidenceOf(deps.db, subject.id),
    repo.planOf(deps.db, subject.id),
    repo.planActionsOf(deps.db, subject.id),
    repo.servicesOf(deps.db, subject.id),
    handover.consentOf(deps.db, subject.id),
    handover.handoverSummaryOf(deps.db, subject.id),
  ]);
  const byId = new Map(evidence.map((e) => [e.id, e]));
  return {
    graduationYear: subject.graduation_year,
    targets: targets.map((t) => targetDto(t, byId)),
    evidence: evidence.map(evidenceDto),
    plan: plan
      ? {
          goals: plan.goals,
          counsellor: plan.counsellor_id
            ? { id: plan.counsellor_id, name: plan.counsellor_name ?? '' }
            : null,
          updatedAt: iso(plan.updated_at)!,
          actions: actions.map((a) => ({ id: a.id, title: a.title, dueOn: a.due_on, doneOn: a.done_on })),
        }
      : null,
    services: services.map(serviceDto),
    consent,
    handover: handedOver,
  };
}

/** Identifies the categories a roster import carries (the import's transaction). */
export function identifyFromRoster(trx: Database, importId: string, universityCode: string, at: Date) {
  return repo.identifyFromRoster(trx, importId, universityCode, at);
}

// ── Graduates ──

/** The signed-in graduate's assistance. */
export async function getMine(deps: ServiceDeps, user: AuthUser) {
  return assistanceOf(deps, await subjectInScope(deps.db, user, ownGraduateId(user)));
}

/** Stores a proof file for a graduate (theirs, or uploaded by a case worker, audited). */
async function addEvidence(
  deps: ServiceDeps,
  subject: repo.AssistanceSubject,
  user: AuthUser,
  actor: Actor,
  file: EvidenceUpload,
) {
  const issues: Issue[] = [];
  const kind = file.kind.trim();
  if (kind === '' || kind.length > 50)
    issues.push({ path: 'kind', message: '请选择或填写材料类型（50 字以内）' });
  const inspected = inspectEvidenceFile(file, issues);
  if (issues.length > 0 || !inspected) throw validationError(issues);
  return deps.db.transaction().execute(async (trx) => {
    // Twice the registration's allowance: target proofs plus the subsidy's.
    if ((await repo.countEvidence(trx, subject.id)) >= EVIDENCE_MAX_FILES * 2)
      throw new AppError('conflict', `帮扶材料最多 ${EVIDENCE_MAX_FILES * 2} 个文件`);
    const saved = await repo.insertEvidence(trx, {
      graduate_id: subject.id,
      kind,
      file_name: inspected.fileName,
      mime_type: inspected.mime,
      size_bytes: file.content.length,
      sha256: inspected.sha256,
      content: file.content,
      uploaded_by: user.id,
      uploaded_at: deps.clock(),
    });
    if (user.role !== 'graduate')
      await recordAudit(
        trx,
        actor,
        {
          action: 'assistance.evidence.add',
          targetType: 'graduate',
          targetId: subject.id,
          detail: { id: saved.id },
        },
        deps.clock,
      );
    return evidenceDto(saved);
  });
}

export async function addOwnEvidence(deps: ServiceDeps, user: AuthUser, actor: Actor, file: EvidenceUpload) {
  return addEvidence(deps, await subjectInScope(deps.db, user, ownGraduateId(user)), user, actor, file);
}

export async function ownEvidenceFile(deps: ServiceDeps, user: AuthUser, evidenceId: string) {
  const file = await repo.findEvidenceFile(deps.db, ownGraduateId(user), evidenceId);
  if (!file) throw new AppError('not_found', '材料不存在');
  return file;
}

/** Applies for a category: the graduate's own application goes to the college first. */
async function applyForTarget(
  deps: ServiceDeps,
  subject: repo.AssistanceSubject,
  user: AuthUser,
  actor: Actor,
  input: { category: string; evidenceId?: string | null; note?: string | null },
  status: 'pending_college' | 'pending_university' | 'approved',
) {
  const issues: Issue[] = [];
  const note = input.note?.trim() || null;
  if (!CATEGORY_KEYS.has(input.category)) issues.push({ path: 'category', message: '帮扶对象类别不存在' });
  if (note && note.length > NOTE_MAX) issues.push({ path: 'note', message: `说明不能超过 ${NOTE_MAX} 个字` });
  const evidence = await repo.evidenceOf(deps.db, subject.id);
  const proof = input.evidenceId ? evidence.find((e) => e.id === input.evidenceId) : undefined;
  if (input.evidenceId && !proof) issues.push({ path: 'evidenceId', message: '证明材料不存在，请先上传' });
  // The graduate's own application needs proof; a case worker may identify from records they hold.
  if (user.role === 'graduate' && !input.evidenceId)
    issues.push({ path: 'evidenceId', message: '请上传并选择认定所需的证明材料' });
  if (proof && CATEGORY_KEYS.has(input.category)) {
    if (!isTargetProofKind(proof.kind))
      issues.push({ path: 'evidenceId', message: '该文件不是帮扶对象认定材料，请按认定材料类型上传' });
    else if (!proofFitsCategory(proof.kind, input.category as AssistanceCategoryKey))
      issues.push({ path: 'evidenceId', message: `该材料不能证明“${categoryName(input.category)}”` });
  }
  if (issues.length > 0) throw validationError(issues);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findTarget(trx, subject.id, input.category, true);
    if (current?.status === 'approved')
      throw new AppError('conflict', `已认定为“${categoryName(input.category)}”帮扶对象，无需重复申请`);
    if (current && current.status !== 'rejected')
      throw new AppError('conflict', `“${categoryName(input.category)}”的认定申请正在审核中，请等待结果`);
    await repo.saveTargetApplication(trx, {
      graduate_id: subject.id,
      category: input.category,
      status,
      evidence_id: proof?.id ?? null,
      note,
      applied_by: user.id,
      at: now,
    });
    await repo.insertTargetEvent(trx, {
      graduate_id: subject.id,
      category: input.category,
      action: status === 'approved' ? 'identified' : 'applied',
      status,
      reason: note,
      actor_id: user.id,
      at: now,
    });
    if (user.role !== 'graduate')
      await recordAudit(
        trx,
        actor,
        {
          action: status === 'approved' ? 'assistance.target.identify' : 'assistance.target.apply',
          targetType: 'graduate',
          targetId: subject.id,
          detail: { category: input.category },
        },
        deps.clock,
      );
  });
  return assistanceOf(deps, subject);
}

export async function applyOwn(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  input: { category: string; evidenceId?: string | null; note?: string | null },
) {
  const subject = await subjectInScope(deps.db, user, ownGraduateId(user));
  return applyForTarget(deps, subject, user, actor, input, 'pending_college');
}

/** The graduate answers a service recorded for them. */
export async function respondOwn(
  deps: ServiceDeps,
  user: AuthUser,
  serviceId: string,
  input: { response: 'accepted' | 'declined'; note?: string | null },
) {
  const graduateId = ownGraduateId(user);
  await respond(deps, graduateId, serviceId, input);
  return getMine(deps, user);
}

async function respond(
  deps: ServiceDeps,
  graduateId: string,
  serviceId: string,
  input: { response: 'accepted' | 'declined' | 'unreachable'; note?: string | null },
) {
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX)
    throw validationError([{ path: 'note', message: `说明不能超过 ${NOTE_MAX} 个字` }]);
  const ok = await repo.setServiceResponse(deps.db, graduateId, serviceId, {
    response: input.response,
    note,
    at: deps.clock(),
  });
  if (!ok) throw new AppError('not_found', '服务记录不存在');
}

// ── Case workers ──

/** A graduate's whole case for a counsellor or the career centre. */
export async function getCase(deps: ServiceDeps, user: AuthUser, graduateId: string) {
  const subject = await subjectInScope(deps.db, user, graduateId);
  const [mine, events, standard, applications, enrolments, ref] = await Promise.all([
    assistanceOf(deps, subject),
    repo.targetEventsOf(deps.db, subject.id),
    standardFor(deps.db, subject.university_code),
    subsidies.applicationsOfGraduate(deps.db, subject.id),
    training.enrolmentsOfGraduate(deps.db, subject.id),
    referenceCache(deps.db),
  ]);
  const counts: Partial<Record<ServiceKind, number>> = {};
  for (const s of mine.services) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
  const isTarget = mine.targets.some((t) => t.status === 'approved');
  return {
    ...mine,
    graduate: {
      id: subject.id,
      name: subject.name,
      studentNo: subject.student_no,
      gender: subject.gender,
      universityName: subject.university_name,
      collegeName: subject.college_name,
      majorCode: subject.major_code,
      majorName: ref.majorName(subject.major_code) ?? subject.major_code,
      provinceCode: subject.province_code,
      degree: subject.degree,
      graduationYear: subject.graduation_year,
    },
    placed: subject.placed,
    standard: standard.standard,
    // The standard is owed to unplaced targets only.
    gaps: isTarget && !subject.placed ? standardGaps(counts, standard.standard) : [],
    targetEvents: events.map((e) => ({
      category: e.category,
      action: e.action,
      status: e.status,
      reason: e.reason,
      actorName: e.actor_name,
      at: iso(e.at)!,
    })),
    subsidy: applications,
    enrolments,
  };
}

export async function addEvidenceFor(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  file: EvidenceUpload,
) {
  return addEvidence(deps, await subjectInScope(deps.db, user, graduateId), user, actor, file);
}

/** A graduate's proof for a case worker: personal documents, so the read is audited. */
export async function evidenceFileFor(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  evidenceId: string,
) {
  await subjectInScope(deps.db, user, graduateId);
  return readEvidenceAudited(deps, actor, graduateId, evidenceId);
}

/** An evidence file, its read written to the audit log (subsidy reviewers use it too). */
export async function readEvidenceAudited(
  deps: ServiceDeps,
  actor: Actor,
  graduateId: string,
  evidenceId: string,
) {
  const file = await repo.findEvidenceFile(deps.db, graduateId, evidenceId);
  if (!file) throw new AppError('not_found', '材料不存在');
  await recordAudit(
    deps.db,
    actor,
    {
      action: 'assistance.evidence.read',
      targetType: 'graduate',
      targetId: graduateId,
      detail: { evidenceId },
    },
    deps.clock,
  );
  return file;
}

/** Evidence files of a graduate by id (a subsidy application lists the ones it relies on). */
export async function evidenceByIds(db: Database, graduateId: string, ids: readonly string[]) {
  const wanted = new Set(ids);
  return (await repo.evidenceOf(db, graduateId)).filter((e) => wanted.has(e.id)).map(evidenceDto);
}

export async function applyFor(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  input: { category: string; evidenceId?: string | null; note?: string | null },
) {
  const status = onBehalfStatusOf(user);
  if (!status) throw new AppError('forbidden', '只有辅导员或学校就业中心可以代为申请认定');
  await applyForTarget(deps, await subjectInScope(deps.db, user, graduateId), user, actor, input, status);
  return getCase(deps, user, graduateId);
}

/** Identifications waiting at the user's stage. */
export async function listReviews(
  deps: ServiceDeps,
  user: AuthUser,
  page: { limit: number; offset: number },
) {
  const stage = targetStageOf(user);
  if (!stage) throw new AppError('forbidden', '您的角色不审核帮扶对象认定');
  const status: TargetStatus = stage === 'college' ? 'pending_college' : 'pending_university';
  const [rows, total] = await repo.pendingTargets(
    deps.db,
    graduateScopeOf(user),
    status,
    page.limit,
    page.offset,
  );
  return {
    total,
    items: rows.map((r) => ({
      graduateId: r.graduate_id,
      name: r.name,
      studentNo: r.student_no,
      graduationYear: r.graduation_year,
      collegeName: r.college_name,
      category: r.category,
      source: r.source,
      note: r.note,
      createdAt: iso(r.created_at)!,
      evidence: r.evidence_id
        ? evidenceDto({
            id: r.evidence_id,
            kind: r.evidence_kind!,
            file_name: r.evidence_file_name!,
            mime_type: r.evidence_mime_type!,
            size_bytes: r.evidence_size_bytes!,
            uploaded_at: r.evidence_uploaded_at!,
          })
        : null,
    })),
  };
}

/** Decides one identification at the user's stage. */
async function decideOne(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  item: { graduateId: string; category: string },
  decision: 'approve' | 'reject',
  reason: string | null,
) {
  const stage = targetStageOf(user);
  if (!stage) throw new AppError('forbidden', '您的角色不审核帮扶对象认定');
  await subjectInScope(deps.db, user, item.graduateId);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const current = await repo.findTarget(trx, item.graduateId, item.category, true);
    if (!current) throw new AppError('not_found', '认定申请不存在');
    const waitingAt = stageOfStatus(current.status);
    if (waitingAt !== stage)
      throw new AppError(
        'conflict',
        `该申请当前为“${TARGET_STATUS_NAMES[current.status].zh}”，不在${stage === 'college' ? '院系' : '学校'}审核环节`,
      );
    const status = targetStatusAfter(stage, decision);
    await repo.decideTarget(trx, item.graduateId, item.category, { status, reason, by: user.id, at: now });
    await repo.insertTargetEvent(trx, {
      graduate_id: item.graduateId,
      category: item.category,
      action: decision === 'approve' ? 'approved' : 'rejected',
      status,
      reason,
      actor_id: user.id,
      at: now,
    });
    if (status === 'approved' || status === 'rejected')
      await notifyGraduate(trx, item.graduateId, {
        kind: 'assistance.target',
        title:
          status === 'approved'
            ? `已认定为“${categoryName(item.category)}”帮扶对象`
            : `“${categoryName(item.category)}”帮扶对象认定未通过`,
        body: reason,
        link: MY_PAGE,
      });
    await recordAudit(
      trx,
      actor,
      {
        action: `assistance.target.${decision}`,
        targetType: 'graduate',
        targetId: item.graduateId,
        detail: { category: item.category, stage, reason },
      },
      deps.clock,
    );
  });
}

/** Decides many identifications, each on its own; says why one was refused. */
export async function review(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  input: {
    items: { graduateId: string; category: string }[];
    decision: 'approve' | 'reject';
    reason?: string | null;
  },
) {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason)
    throw validationError([{ path: 'reason', message: '不予认定须写明原因' }]);
  if (reason && reason.length > REASON_MAX)
    throw validationError([{ path: 'reason', message: `原因不能超过 ${REASON_MAX} 个字` }]);
  const results = [];
  for (const item of input.items) {
    try {
      await decideOne(deps, user, actor, item, input.decision, reason);
      results.push({ ...item, ok: true as const });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ ...item, ok: false as const, message: err.message });
    }
  }
  return { results };
}

/** Writes a graduate's plan: goals, the counsellor in charge and dated actions. */
export async function savePlan(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  input: {
    goals: string;
    counsellorId: string | null;
    actions: { title: string; dueOn: string; doneOn?: string | null }[];
  },
) {
  const subject = await subjectInScope(deps.db, user, graduateId);
  const today = shanghaiDate(deps.clock());
  const issues = planProblems(input);
  input.actions.forEach((a, i) => {
    if (a.doneOn && !/^\d{4}-\d{2}-\d{2}$/.test(a.doneOn))
      issues.push({ path: `actions.${i}.doneOn`, message: '完成日期须为 YYYY-MM-DD 格式' });
    else if (a.doneOn && a.doneOn > today)
      issues.push({ path: `actions.${i}.doneOn`, message: `完成日期不能晚于今天（${today}）` });
  });
  if (input.counsellorId) {
    const counsellors = await repo.counsellorsIn(deps.db, { universityCode: subject.university_code });
    if (!counsellors.some((c) => c.id === input.counsellorId))
      issues.push({ path: 'counsellorId', message: '所选辅导员不是本校在岗辅导员' });
  }
  if (issues.length > 0) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    await repo.savePlan(trx, {
      graduate_id: subject.id,
      counsellor_id: input.counsellorId,
      goals: input.goals.trim(),
      by: user.id,
      at: deps.clock(),
      actions: input.actions.map((a) => ({
        title: a.title.trim(),
        due_on: a.dueOn,
        done_on: a.doneOn ?? null,
      })),
    });
    await recordAudit(
      trx,
      actor,
      { action: 'assistance.plan.save', targetType: 'graduate', targetId: subject.id, detail: {} },
      deps.clock,
    );
  });
  return getCase(deps, user, graduateId);
}

/** Records a service in a graduate's ledger. */
export async function addService(
  deps: ServiceDeps,
  user: AuthUser,
  graduateId: string,
  input: {
    kind: string;
    serviceOn: string;
    note?: string | null;
    postingId?: string | null;
    programmeId?: string | null;
  },
) {
  const subject = await subjectInScope(deps.db, user, graduateId);
  const entry = {
    kind: input.kind,
    serviceOn: input.serviceOn,
    note: input.note?.trim() ?? '',
    postingId: input.postingId ?? null,
    programmeId: input.programmeId ?? null,
  };
  const issues = serviceEntryProblems(entry, shanghaiDate(deps.clock()));
  if (entry.postingId && !(await repo.findPosting(deps.db, entry.postingId)))
    issues.push({ path: 'postingId', message: '推荐的岗位不存在' });
  if (
    entry.programmeId &&
    !(await training.programmeOpenTo(deps.db, entry.programmeId, subject, shanghaiDate(deps.clock())))
  )
    issues.push({ path: 'programmeId', message: '培训项目不存在、已结束或不面向该毕业生' });
  if (issues.length > 0) throw validationError(issues);
  const { id } = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertService(trx, {
      graduate_id: subject.id,
      kind: entry.kind,
      service_on: entry.serviceOn,
      note: entry.note,
      posting_id: entry.kind === 'job_referral' ? entry.postingId : null,
      programme_id: entry.kind === 'training_offer' ? entry.programmeId : null,
      actor_id: user.id,
      actor_name: user.displayName,
      created_at: deps.clock(),
    });
    await notifyGraduate(trx, subject.id, {
      kind: 'assistance.service',
      title: `新的帮扶服务：${SERVICE_KINDS.find((k) => k.key === entry.kind)!.name}`,
      body: entry.note || null,
      link: MY_PAGE,
    });
    return row;
  });
  const services = await repo.servicesOf(deps.db, subject.id);
  return serviceDto(services.find((s) => s.id === id)!);
}

/** A case worker records the answer the graduate gave (by phone, in person). */
export async function respondFor(
  deps: ServiceDeps,
  user: AuthUser,
  graduateId: string,
  serviceId: string,
  input: { response: 'accepted' | 'declined' | 'unreachable'; note?: string | null },
) {
  await subjectInScope(deps.db, user, graduateId);
  await respond(deps, graduateId, serviceId, input);
  return getCase(deps, user, graduateId);
}

/** Counsellors a user may put in charge of a plan. */
export async function counsellors(deps: ServiceDeps, user: AuthUser) {
  const universityCode = user.scope.universityCode;
  if (!universityCode) return [];
  const rows = await repo.counsellorsIn(deps.db, {
    universityCode,
    collegeId: user.role === 'counsellor' ? user.scope.collegeId : null,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, collegeName: r.college_name }));
}

/**
 * The cohort a view opens on when none is asked for: the most recent leavers. Their unplaced
 * targets are what the service standard and the hand-over are about; the cohort still at school
 * is a pick away.
 */
const defaultCohort = (now: Date) => openCohort(now) - 1;

// ── Standard and gaps ──

const standardOfRow = (row: NonNullable<Awaited<ReturnType<typeof repo.standardOf>>>): ServiceStandard => ({
  policyExplanation: row.policy_explanation,
  guidanceSession: row.guidance_session,
  jobReferral: row.job_referral,
  trainingOrTraineeship: row.training_or_traineeship,
});

async function standardFor(db: Database, universityCode: string) {
  const row = await repo.standardOf(db, universityCode);
  return row
    ? { standard: standardOfRow(row), isDefault: false, updatedAt: iso(row.updated_at) }
    : { standard: DEFAULT_SERVICE_STANDARD, isDefault: true, updatedAt: null };
}

/** The user's university's standard (the default where it set none). */
export async function getStandard(deps: ServiceDeps, user: AuthUser) {
  if (!user.scope.universityCode)
    return { standard: DEFAULT_SERVICE_STANDARD, isDefault: true, updatedAt: null };
  return standardFor(deps.db, user.scope.universityCode);
}

export async function setStandard(deps: ServiceDeps, user: AuthUser, actor: Actor, input: ServiceStandard) {
  if (!maySetStandard(user)) throw new AppError('forbidden', '只有学校就业中心可以设置帮扶服务标准');
  const issues = standardProblems(input);
  if (issues.length > 0) throw validationError(issues);
  const universityCode = user.scope.universityCode!;
  await deps.db.transaction().execute(async (trx) => {
    await repo.saveStandard(trx, {
      university_code: universityCode,
      policy_explanation: input.policyExplanation,
      guidance_session: input.guidanceSession,
      job_referral: input.jobReferral,
      training_or_traineeship: input.trainingOrTraineeship,
      updated_by: user.id,
      updated_at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'assistance.standard.set',
        targetType: 'university',
        targetId: universityCode,
        detail: { ...input },
      },
      deps.clock,
    );
  });
  return standardFor(deps.db, universityCode);
}

/** Who is missing what: unplaced targets of a cohort by college or by the plan's counsellor. */
export async function gaps(
  deps: ServiceDeps,
  user: AuthUser,
  q: { graduationYear?: number; groupBy: 'college' | 'counsellor' },
) {
  const year = q.graduationYear ?? defaultCohort(deps.clock());
  const rows = await repo.unplacedTargetCounts(deps.db, graduateScopeOf(user), year);
  const standards = new Map(
    (await repo.standardsOf(deps.db, [...new Set(rows.map((r) => r.university_code))])).map((s) => [
      s.university_code,
      standardOfRow(s),
    ]),
  );
  const groups = new Map<
    string,
    {
      key: string;
      name: string;
      unplacedTargets: number;
      meetingStandard: number;
      missing: Record<StandardRequirement, number>;
    }
  >();
  for (const r of rows) {
    const key = q.groupBy === 'college' ? r.college_id : (r.counsellor_id ?? 'none');
    const name = q.groupBy === 'college' ? r.college_name : (r.counsellor_name ?? '未指定辅导员');
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        name,
        unplacedTargets: 0,
        meetingStandard: 0,
        missing: Object.fromEntries(STANDARD_REQUIREMENTS.map((s) => [s.key, 0])) as Record<
          StandardRequirement,
          number
        >,
      };
      groups.set(key, g);
    }
    const lacking = standardGaps(countsOf(r), standards.get(r.university_code) ?? DEFAULT_SERVICE_STANDARD);
    g.unplacedTargets++;
    if (lacking.length === 0) g.meetingStandard++;
    for (const l of lacking) g.missing[l.requirement]++;
  }
  const standard = user.scope.universityCode
    ? (await standardFor(deps.db, user.scope.universityCode)).standard
    : DEFAULT_SERVICE_STANDARD;
  return {
    graduationYear: year,
    standard,
    groups: [...groups.values()].sort(
      (a, b) => b.unplacedTargets - b.meetingStandard - (a.unplacedTargets - a.meetingStandard),
    ),
  };
}

/** A page of graduates with a target, with what each still lacks. */
export async function listCases(deps: ServiceDeps, user: AuthUser, f: repo.CaseFilter) {
  const standard = (await getStandard(deps, user)).standard;
  const page = await repo.listCases(deps.db, graduateScopeOf(user), f, {
    p: standard.policyExplanation,
    g: standard.guidanceSession,
    j: standard.jobReferral,
    t: standard.trainingOrTraineeship,
  });
  return {
    total: page.total,
    items: page.items.map((r) => {
      const isTarget = r.categories.some((c) => c.status === 'approved');
      return {
        graduateId: r.id,
        name: r.name,
        studentNo: r.student_no,
        collegeName: r.college_name,
        majorCode: r.major_code,
        degree: r.degree,
        graduationYear: r.graduation_year,
        categories: r.categories,
        placed: r.placed,
        hasPlan: r.has_plan,
        counsellorName: r.counsellor_name,
        services: r.total,
        gaps: isTarget && !r.placed ? standardGaps(countsOf(r), standard) : [],
      };
    }),
  };
}

// ── Dashboard ──

/** The figures of a cohort within the user's scope: targets, standard, placement, subsidies, hand-over. */
export async function dashboard(deps: ServiceDeps, user: AuthUser, graduationYear?: number) {
  const year = graduationYear ?? defaultCohort(deps.clock());
  const scope = dashboardScopeOf(user);
  if (scope.kind === 'none' || scope.kind === 'self')
    throw new AppError('forbidden', '您的角色没有查看帮扶概览的权限');
  const [targets, all, gapView, subsidyFigures, handoverFigures] = await Promise.all([
    repo.targetFigures(deps.db, scope, year),
    cohortPlacement(deps.db, year, counterScopeOf(scope)),
    repo.unplacedTargetCounts(deps.db, scope, year),
    subsidies.figures(deps.db, user, year),
    handover.figures(deps.db, user, year),
  ]);
  const standards = new Map(
    (await repo.standardsOf(deps.db, [...new Set(gapView.map((r) => r.university_code))])).map((s) => [
      s.university_code,
      standardOfRow(s),
    ]),
  );
  const meeting = gapView.filter(
    (r) =>
      standardGaps(countsOf(r), standards.get(r.university_code) ?? DEFAULT_SERVICE_STANDARD).length === 0,
  ).length;
  const t = targets.totals;
  return {
    graduationYear: year,
    scope: scopeLabel(user),
    targets: {
      graduates: t.graduates,
      byCategory: Object.fromEntries(targets.byCategory.map((c) => [c.category, c.n])),
      pendingReview: t.pending,
      withPlan: t.with_plan,
      withService: t.with_service,
    },
    standard: { unplacedTargets: gapView.length, meeting },
    placement: {
      targets: { total: t.graduates, placed: t.placed },
      all,
    },
    subsidies: subsidyFigures,
    handover: handoverFigures,
  };
}

/** The monitoring counters' key of a graduate scope. */
function counterScopeOf(scope: GraduateScope): string {
  switch (scope.kind) {
    case 'province':
      return `P:${scope.provinceCode}`;
    case 'university':
      return `U:${scope.universityCode}`;
    case 'college':
      return `C:${scope.collegeId}`;
    case 'all':
    case 'self':
    case 'none':
      return 'N';
  }
}

function scopeLabel(user: AuthUser) {
  const s = user.scope;
  if (s.kind === 'college')
    return { kind: 'college' as const, name: `${s.universityName ?? ''} ${s.collegeName ?? ''}`.trim() };
  if (s.kind === 'university') return { kind: 'university' as const, name: s.universityName ?? '' };
  if (s.kind === 'province') return { kind: 'province' as const, name: s.provinceName ?? '' };
  return { kind: 'national' as const, name: '全国' };
}
