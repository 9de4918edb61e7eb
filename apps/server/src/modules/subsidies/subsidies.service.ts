import {
  ASSISTANCE_CATEGORIES,
  paymentProblems,
  shanghaiDate,
  SUBSIDY_STATUS_NAMES,
  subsidyEligibilityProblems,
  subsidyRuleProblems,
  subsidyStageOf,
  subsidyStatusAfter,
  type AssistanceCategoryKey,
  type SubsidyRule,
  type SubsidyStage,
  type SubsidyStatus,
} from '@jiuye/domain';
import type { Database } from '../../db';
import { uniqueViolationOf } from '../../db/errors';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import {
  evidenceByIds,
  MY_PAGE,
  readEvidenceAudited,
  subjectInScope,
} from '../assistance/assistance.service';
import { notifyGraduate } from '../notifications/notifications.service';
import * as assistanceRepo from '../assistance/assistance.repository';
import { dashboardScopeOf } from '../assistance/assistance.policy';
import { graduateScopeOf } from '../graduates/graduates.policy';
import * as repo from './subsidies.repository';

// 一次性求职补贴 (issue 7, measure 十一): per-province rules as data; the graduate (or their
// counsellor) applies; the college, the university and the province's HR&SS office decide in turn;
// the office records the payment. Paid once per person, which the database enforces (migration
// 0012): a second live application or a second payment breaks a unique index, and the answer is a
// clear refusal whichever check catches it.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export const BULK_MAX = 200;
export const REASON_MAX = 200;

const categoryName = (key: string) => ASSISTANCE_CATEGORIES.find((c) => c.key === key)?.name ?? key;
const iso = (d: Date | string) => new Date(d).toISOString();

const ruleDto = (r: repo.RuleRow) => ({
  provinceCode: r.province_code,
  graduationYear: r.graduation_year,
  categories: r.categories,
  amountFen: r.amount_fen,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  evidence: r.evidence,
  updatedAt: iso(r.updated_at),
});

const ruleOf = (r: repo.RuleRow): SubsidyRule => ({
  provinceCode: r.province_code,
  graduationYear: r.graduation_year,
  categories: r.categories as AssistanceCategoryKey[],
  amountFen: r.amount_fen,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  evidence: r.evidence,
});

/** Applications with their evidence, decisions and payment. */
async function applicationDtos(db: Database, rows: repo.ApplicationRow[]) {
  const ids = rows.map((r) => r.id);
  const [decisions, payments] = await Promise.all([repo.decisionsOf(db, ids), repo.paymentsOf(db, ids)]);
  const out = [];
  for (const r of rows) {
    const payment = payments.find((p) => p.application_id === r.id);
    out.push({
      ...summaryDto(r),
      evidence: await evidenceByIds(db, r.graduate_id, r.evidence_ids),
      decisions: decisions
        .filter((d) => d.application_id === r.id)
        .map((d) => ({
          stage: d.stage,
          decision: d.decision,
          reason: d.reason,
          actorName: d.actor_name ?? '',
          at: iso(d.at),
        })),
      payment: payment
        ? { paidOn: payment.paid_on, reference: payment.reference, amountFen: payment.amount_fen }
        : null,
    });
  }
  return out;
}

const summaryDto = (r: repo.ApplicationRow) => ({
  id: r.id,
  graduateId: r.graduate_id,
  name: r.name,
  studentNo: r.student_no,
  universityName: r.university_name,
  collegeName: r.college_name,
  graduationYear: r.graduation_year,
  category: r.category,
  amountFen: r.amount_fen,
  status: r.status,
  onBehalf: r.on_behalf,
  note: r.note,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** A graduate's applications, newest first (the case page and the graduate's own view). */
export async function applicationsOfGraduate(db: Database, graduateId: string) {
  return applicationDtos(db, await repo.applicationsOfGraduate(db, graduateId));
}

// ── Rules ──

export async function listRules(deps: ServiceDeps, provinceCode?: string) {
  return (await repo.rules(deps.db, provinceCode)).map(ruleDto);
}

/** Sets a province's rule for a cohort: its own HR&SS office, or the admin. */
export async function setRule(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  key: { provinceCode: string; graduationYear: number },
  input: Omit<SubsidyRule, 'provinceCode' | 'graduationYear'>,
) {
  if (user.role === 'hrss_official' && user.scope.provinceCode !== key.provinceCode)
    throw new AppError('forbidden', '只能设置本省的一次性求职补贴政策');
  const issues = subsidyRuleProblems(input);
  if (issues.length > 0) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    await repo.saveRule(trx, {
      province_code: key.provinceCode,
      graduation_year: key.graduationYear,
      categories: [...new Set(input.categories)],
      amount_fen: input.amountFen,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      evidence: input.evidence.map((e) => e.trim()),
      updated_by: user.id,
      updated_at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'subsidy.rule.set',
        targetType: 'subsidy_rule',
        targetId: `${key.provinceCode}:${key.graduationYear}`,
        detail: { ...input },
      },
      deps.clock,
    );
  });
  return ruleDto((await repo.findRule(deps.db, key.provinceCode, key.graduationYear))!);
}

// ── Applying ──

/** What a graduate sees: their province's rule for their cohort, what they may claim, and their applications. */
async function subsidyViewOf(db: Database, subject: assistanceRepo.AssistanceSubject) {
  const [rule, targets, applications] = await Promise.all([
    repo.findRule(db, subject.province_code, subject.graduation_year),
    assistanceRepo.targetsOf(db, subject.id),
    applicationsOfGraduate(db, subject.id),
  ]);
  const approved = targets.filter((t) => t.status === 'approved').map((t) => t.category);
  return {
    rule: rule ? ruleDto(rule) : null,
    eligibleCategories: rule ? approved.filter((c) => rule.categories.includes(c)) : [],
    applications,
  };
}

export async function getMine(deps: ServiceDeps, user: AuthUser) {
  if (!user.scope.graduateId) throw new AppError('forbidden', '只有毕业生本人可以办理');
  return subsidyViewOf(deps.db, await subjectInScope(deps.db, user, user.scope.graduateId));
}

const alreadyApplied = (status: string) =>
  new AppError(
    'conflict',
    `一次性求职补贴每人只能申请一次：已有一份申请（${SUBSIDY_STATUS_NAMES[status as SubsidyStatus]?.zh ?? status}）。如需重新申请，请先撤回该申请。`,
  );

async function apply(
  deps: ServiceDeps,
  subject: assistanceRepo.AssistanceSubject,
  user: AuthUser,
  actor: Actor,
  input: { category: string; evidenceIds: string[]; note?: string | null },
  onBehalf: boolean,
) {
  const now = deps.clock();
  const [rule, targets, evidence] = await Promise.all([
    repo.findRule(deps.db, subject.province_code, subject.graduation_year),
    assistanceRepo.targetsOf(deps.db, subject.id),
    assistanceRepo.evidenceOf(deps.db, subject.id),
  ]);
  const issues: Issue[] = subsidyEligibilityProblems(
    rule ? ruleOf(rule) : null,
    {
      approvedCategories: targets.filter((t) => t.status === 'approved').map((t) => t.category),
      category: input.category,
    },
    shanghaiDate(now),
  );
  const chosen = input.evidenceIds.map((id) => evidence.find((e) => e.id === id));
  chosen.forEach((e, i) => {
    if (!e) issues.push({ path: `evidenceIds.${i}`, message: '材料不存在，请先上传' });
  });
  const kinds = new Set(chosen.filter((e) => !!e).map((e) => e.kind));
  const missing = (rule?.evidence ?? []).filter((name) => !kinds.has(name));
  if (missing.length > 0)
    issues.push({ path: 'evidenceIds', message: `缺少本省要求的材料：${missing.join('、')}` });
  const note = input.note?.trim() || null;
  if (note && note.length > 500) issues.push({ path: 'note', message: '说明不能超过 500 个字' });
  if (issues.length > 0) throw validationError(issues, '不符合申请条件');
  const live = await repo.liveApplicationOf(deps.db, subject.id_number_index);
  if (live) throw alreadyApplied(live.status);

  // A counsellor's application has had the college's look; the graduate's own goes there first.
  const status: SubsidyStatus = onBehalf ? 'pending_university' : 'pending_college';
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertApplication(trx, {
        graduate_id: subject.id,
        person_index: subject.id_number_index,
        province_code: subject.province_code,
        university_code: subject.university_code,
        graduation_year: subject.graduation_year,
        category: input.category,
        amount_fen: rule!.amount_fen,
        evidence_ids: [...new Set(input.evidenceIds)],
        note,
        status,
        applied_by: user.id,
        on_behalf: onBehalf,
        created_at: now,
        updated_at: now,
      });
      await repo.insertDecision(trx, {
        application_id: id,
        stage: onBehalf ? 'college' : 'applicant',
        decision: 'submit',
        reason: onBehalf ? '辅导员代为申请' : null,
        actor_id: user.id,
        at: now,
      });
      await recordAudit(
        trx,
        actor,
        {
          action: 'subsidy.apply',
          targetType: 'subsidy_application',
          targetId: id,
          detail: { graduateId: subject.id, category: input.category, onBehalf },
        },
        deps.clock,
      );
      return id;
    });
  } catch (err) {
    // Two applications at the same moment: the unique index decides, and the loser is told why.
    if (uniqueViolationOf(err) !== null) throw alreadyApplied('pending_college');
    throw err;
  }
}

export async function applyOwn(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  input: { category: string; evidenceIds: string[]; note?: string | null },
) {
  if (!user.scope.graduateId) throw new AppError('forbidden', '只有毕业生本人可以办理');
  const subject = await subjectInScope(deps.db, user, user.scope.graduateId);
  await apply(deps, subject, user, actor, input, false);
  return subsidyViewOf(deps.db, subject);
}

/** A counsellor applies for a graduate of their college. */
export async function applyFor(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  graduateId: string,
  input: { category: string; evidenceIds: string[]; note?: string | null },
) {
  if (user.role !== 'counsellor') throw new AppError('forbidden', '只有辅导员可以代毕业生申请一次性求职补贴');
  const subject = await subjectInScope(deps.db, user, graduateId);
  await apply(deps, subject, user, actor, input, true);
  return subsidyViewOf(deps.db, subject);
}

/** The graduate withdraws an application no office has approved yet. */
export async function withdrawOwn(deps: ServiceDeps, user: AuthUser, actor: Actor, id: string) {
  const graduateId = user.scope.graduateId;
  if (!graduateId) throw new AppError('forbidden', '只有毕业生本人可以办理');
  const scope: repo.SubsidyScope = { kind: 'graduates', scope: { kind: 'self', graduateId } };
  await deps.db.transaction().execute(async (trx) => {
    const a = await repo.findApplication(trx, scope, id, true);
    if (!a) throw new AppError('not_found', '申请不存在');
    if (!subsidyStageOf(a.status))
      throw new AppError('conflict', `申请已“${SUBSIDY_STATUS_NAMES[a.status].zh}”，不能撤回`);
    const now = deps.clock();
    await repo.setStatus(trx, id, 'withdrawn', now);
    await repo.insertDecision(trx, {
      application_id: id,
      stage: 'applicant',
      decision: 'withdraw',
      reason: null,
      actor_id: user.id,
      at: now,
    });
    await recordAudit(
      trx,
      actor,
      { action: 'subsidy.withdraw', targetType: 'subsidy_application', targetId: id, detail: {} },
      deps.clock,
    );
  });
  return getMine(deps, user);
}

// ── Reviewing and paying ──

/** The stage a user decides, and the applications they reach. */
function reviewerOf(user: AuthUser): { stage: SubsidyStage; scope: repo.SubsidyScope } {
  if (user.role === 'counsellor')
    return { stage: 'college', scope: { kind: 'graduates', scope: graduateScopeOf(user) } };
  if (user.role === 'career_centre')
    return { stage: 'university', scope: { kind: 'graduates', scope: graduateScopeOf(user) } };
  if (user.role === 'hrss_official' && user.scope.provinceCode)
    return { stage: 'province', scope: { kind: 'province', provinceCode: user.scope.provinceCode } };
  throw new AppError('forbidden', '您的角色不审核一次性求职补贴');
}

const STAGE_STATUS: Record<SubsidyStage, SubsidyStatus> = {
  college: 'pending_college',
  university: 'pending_university',
  province: 'pending_province',
};

/** A page of applications in the reviewer's scope; `mine` keeps the ones waiting at their stage. */
export async function list(
  deps: ServiceDeps,
  user: AuthUser,
  f: Omit<repo.ApplicationFilter, 'status'> & { status?: SubsidyStatus; mine?: boolean },
) {
  const { stage, scope } = reviewerOf(user);
  const page = await repo.listApplications(deps.db, scope, {
    ...f,
    status: f.mine ? STAGE_STATUS[stage] : f.status,
  });
  return { stage, total: page.total, items: page.items.map(summaryDto) };
}

async function applicationInScope(db: Database, user: AuthUser, id: string) {
  const a = await repo.findApplication(db, reviewerOf(user).scope, id);
  if (!a) throw new AppError('not_found', '申请不存在或不在您的管理范围内');
  return a;
}

export async function get(deps: ServiceDeps, user: AuthUser, id: string) {
  return (await applicationDtos(deps.db, [await applicationInScope(deps.db, user, id)]))[0]!;
}

/** An evidence file of an application, for its reviewers (audited). */
export async function evidenceFile(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  evidenceId: string,
) {
  const a = await applicationInScope(deps.db, user, id);
  if (!a.evidence_ids.includes(evidenceId)) throw new AppError('not_found', '材料不存在');
  return readEvidenceAudited(deps, actor, a.graduate_id, evidenceId);
}

async function decideOne(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  decision: 'approve' | 'reject',
  reason: string | null,
) {
  const { stage, scope } = reviewerOf(user);
  await deps.db.transaction().execute(async (trx) => {
    const a = await repo.findApplication(trx, scope, id, true);
    if (!a) throw new AppError('not_found', '申请不存在或不在您的管理范围内');
    if (subsidyStageOf(a.status) !== stage)
      throw new AppError('conflict', `申请当前为“${SUBSIDY_STATUS_NAMES[a.status].zh}”，不在您的审核环节`);
    const now = deps.clock();
    const status = subsidyStatusAfter(stage, decision);
    await repo.setStatus(trx, id, status, now);
    await repo.insertDecision(trx, {
      application_id: id,
      stage,
      decision,
      reason,
      actor_id: user.id,
      at: now,
    });
    if (status === 'approved' || status === 'rejected')
      await notifyGraduate(trx, a.graduate_id, {
        kind: 'subsidy.decision',
        title: status === 'approved' ? '一次性求职补贴申请已审核通过，待发放' : '一次性求职补贴申请未通过',
        body: reason,
        link: MY_PAGE,
      });
    await recordAudit(
      trx,
      actor,
      {
        action: `subsidy.${decision}`,
        targetType: 'subsidy_application',
        targetId: id,
        detail: { stage, reason, category: categoryName(a.category) },
      },
      deps.clock,
    );
  });
}

/** Decides many applications, each on its own; says why one was refused. */
export async function review(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  input: { ids: string[]; decision: 'approve' | 'reject'; reason?: string | null },
) {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'reject' && !reason)
    throw validationError([{ path: 'reason', message: '不予通过须写明原因' }]);
  if (reason && reason.length > REASON_MAX)
    throw validationError([{ path: 'reason', message: `原因不能超过 ${REASON_MAX} 个字` }]);
  reviewerOf(user);
  const results = [];
  for (const id of input.ids) {
    try {
      await decideOne(deps, user, actor, id, input.decision, reason);
      results.push({ id, ok: true as const });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false as const, message: err.message });
    }
  }
  return { results };
}

/** The office records the payment of an approved application; a second is refused by the database too. */
export async function recordPayment(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: { paidOn: string; reference: string },
) {
  const { stage, scope } = reviewerOf(user);
  if (stage !== 'province') throw new AppError('forbidden', '只有人社部门可以登记补贴发放');
  const issues = paymentProblems(input, shanghaiDate(deps.clock()));
  if (issues.length > 0) throw validationError(issues);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const a = await repo.findApplication(trx, scope, id, true);
      if (!a) throw new AppError('not_found', '申请不存在或不在您的管理范围内');
      if (a.status === 'paid') throw new AppError('conflict', '该申请已登记发放，不能重复发放');
      if (a.status !== 'approved')
        throw new AppError(
          'conflict',
          `申请当前为“${SUBSIDY_STATUS_NAMES[a.status].zh}”，审核通过后才能登记发放`,
        );
      const now = deps.clock();
      await repo.insertPayment(trx, {
        application_id: id,
        person_index: a.person_index,
        amount_fen: a.amount_fen,
        paid_on: input.paidOn,
        reference: input.reference.trim(),
        recorded_by: user.id,
        recorded_at: now,
      });
      await repo.setStatus(trx, id, 'paid', now);
      await notifyGraduate(trx, a.graduate_id, {
        kind: 'subsidy.paid',
        title: `一次性求职补贴 ${(a.amount_fen / 100).toFixed(2)} 元已发放`,
        body: `发放日期 ${input.paidOn}`,
        link: MY_PAGE,
      });
      await repo.insertDecision(trx, {
        application_id: id,
        stage: 'province',
        decision: 'pay',
        reason: `发放凭证 ${input.reference.trim()}`,
        actor_id: user.id,
        at: now,
      });
      await recordAudit(
        trx,
        actor,
        {
          action: 'subsidy.pay',
          targetType: 'subsidy_application',
          targetId: id,
          detail: { paidOn: input.paidOn, reference: input.reference.trim(), amountFen: a.amount_fen },
        },
        deps.clock,
      );
    });
  } catch (err) {
    const constraint = uniqueViolationOf(err);
    if (constraint === null) throw err;
    throw new AppError(
      'conflict',
      constraint === 'subsidy_payments_pkey'
        ? '该申请已登记发放，不能重复发放'
        : '此人已领取过一次性求职补贴，不能重复发放',
    );
  }
  return get(deps, user, id);
}

/** The paying office's list with full ID numbers: an unmasked read of personal data, audited. */
export async function paymentList(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
  q: { graduationYear: number; status: 'approved' | 'paid' },
) {
  const { stage } = reviewerOf(user);
  if (stage !== 'province') throw new AppError('forbidden', '只有人社部门可以导出发放名单');
  const rows = await repo.paymentList(deps.db, user.scope.provinceCode!, q.graduationYear, q.status);
  await recordAudit(
    deps.db,
    actor,
    {
      action: 'subsidy.export',
      targetType: 'province',
      targetId: user.scope.provinceCode!,
      detail: { graduationYear: q.graduationYear, status: q.status, rows: rows.length },
    },
    deps.clock,
  );
  return rows.map((r) => ({
    name: r.name,
    idNumber: deps.cipher.decrypt(r.id_number_enc),
    universityName: r.university_name,
    collegeName: r.college_name,
    studentNo: r.student_no,
    category: categoryName(r.category),
    amountYuan: (r.amount_fen / 100).toFixed(2),
    status: SUBSIDY_STATUS_NAMES[r.status].zh,
    paidOn: r.paid_on,
    reference: r.reference,
  }));
}

/** Applications and amounts by status for the dashboard, within the user's scope. */
export async function figures(db: Database, user: AuthUser, graduationYear: number) {
  const scope: repo.SubsidyScope =
    user.role === 'hrss_official' && user.scope.provinceCode
      ? { kind: 'province', provinceCode: user.scope.provinceCode }
      : { kind: 'graduates', scope: dashboardScopeOf(user) };
  const rows = await repo.figures(db, scope, graduationYear);
  return rows.map((r) => ({
    status: r.status as SubsidyStatus,
    count: r.count,
    amountFen: Number(r.amount_fen),
  }));
}
