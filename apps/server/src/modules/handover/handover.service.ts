import {
  DEGREE_LEVELS,
  followupProblems,
  handoverGoalDue,
  maskPhone,
  shanghaiDate,
  type FollowupKind,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { dashboardScopeOf } from '../assistance/assistance.policy';
import { graduateScopeOf } from '../graduates/graduates.policy';
import { leavingMoment } from '../monitoring/monitoring.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './handover.repository';

// 离校未就业毕业生实名帮扶 (issue 7, measure 十一). A graduate says whether their name may go to
// the HR&SS office of their hukou region; after the cohort leaves school the career centre hands the
// consenting unplaced graduates over; the office (province scope) contacts them, serves them and
// records the outcome against the six-month goal.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** Graduates one hand-over request takes at most. */
export const HANDOVER_MAX = 5000;

// ── Consent ──

/** A graduate's answer on the hand-over, or null before they gave one. */
export async function consentOf(db: Database, graduateId: string) {
  const c = await repo.consentOf(db, graduateId);
  return c
    ? {
        consent: c.consent,
        wantsJob: c.wants_job,
        via: c.via,
        note: c.note,
        at: new Date(c.at).toISOString(),
      }
    : null;
}

/** Where a graduate was handed over to, or null. */
export async function handoverSummaryOf(db: Database, graduateId: string) {
  const h = await repo.findHandover(db, graduateId);
  return h
    ? {
        regionCode: h.region_code,
        regionName: h.region_name,
        handedOverOn: h.handed_over_on,
        goalDueOn: handoverGoalDue(h.handed_over_on),
        outcome: h.outcome,
      }
    : null;
}

/**
 * Records consent. Once handed over the answer stands: the office already holds the name, and
 * taking it back goes through the office, not a switch here.
 */
export async function setConsent(
  deps: ServiceDeps,
  graduateId: string,
  input: { consent: boolean; wantsJob: boolean; note?: string | null },
  by: { user: AuthUser; actor: Actor; via: 'graduate' | 'counsellor' },
) {
  const note = input.note?.trim() || null;
  const issues: Issue[] = [];
  if (by.via === 'counsellor' && !note)
    issues.push({ path: 'note', message: '代为登记须写明依据（如本人签字的同意书及其存放处）' });
  if (note && note.length > 200) issues.push({ path: 'note', message: '说明不能超过 200 个字' });
  if (issues.length > 0) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    if (await repo.findHandover(trx, graduateId))
      throw new AppError('conflict', '信息已移交人社部门，如需撤回请联系接收的人社部门');
    await repo.saveConsent(trx, {
      graduate_id: graduateId,
      consent: input.consent,
      wants_job: input.wantsJob,
      recorded_by: by.user.id,
      via: by.via,
      note,
      at: deps.clock(),
    });
    await recordAudit(
      trx,
      by.actor,
      {
        action: 'handover.consent',
        targetType: 'graduate',
        targetId: graduateId,
        detail: { consent: input.consent, wantsJob: input.wantsJob, via: by.via },
      },
      deps.clock,
    );
  });
  return consentOf(deps.db, graduateId);
}

// ── The university's side ──

function universityOf(user: AuthUser): string {
  if (user.role !== 'career_centre' || !user.scope.universityCode)
    throw new AppError('forbidden', '只有学校就业中心可以移交离校未就业毕业生');
  return user.scope.universityCode;
}

/** Every unplaced graduate of the cohort, with their consent and whether they were handed over. */
export async function candidates(deps: ServiceDeps, user: AuthUser, graduationYear: number) {
  const rows = await repo.candidates(deps.db, universityOf(user), graduationYear);
  const summary = { unplaced: rows.length, consented: 0, notConsented: 0, noAnswer: 0, handedOver: 0 };
  for (const r of rows) {
    if (r.handed_over_to) summary.handedOver++;
    if (r.consent === true) summary.consented++;
    else if (r.consent === false) summary.notConsented++;
    else summary.noAnswer++;
  }
  return {
    graduationYear,
    leftOn: shanghaiDate(leavingMoment(graduationYear)),
    left: leavingMoment(graduationYear) <= deps.clock(),
    summary,
    items: rows.map((r) => ({
      graduateId: r.id,
      name: r.name,
      studentNo: r.student_no,
      collegeName: r.college_name,
      originRegionCode: r.origin_region_code,
      originRegionName: r.origin_region_name,
      consent: r.consent,
      wantsJob: r.wants_job,
      handedOver: r.handed_over_to !== null,
      handedOverTo: r.handed_over_to,
    })),
  };
}

/**
 * Hands unplaced, consenting leavers over to the office of each one's hukou region. A region code
 * that does not exist fails the whole request (nothing is written); a graduate who may not go is
 * refused on their own row with the reason.
 */
export async function handOver(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  input: { graduationYear: number; items: { graduateId: string; regionCode: string }[] },
) {
  const universityCode = universityOf(user);
  const now = deps.clock();
  if (leavingMoment(input.graduationYear) > now)
    throw new AppError(
      'conflict',
      `${input.graduationYear} 届毕业生尚未离校（${shanghaiDate(leavingMoment(input.graduationYear))}），离校后才能移交`,
    );
  const ref = await referenceCache(deps.db);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (!/^\d{6}$/.test(item.regionCode) || !ref.isKnownRegion(item.regionCode))
      issues.push({ path: `items.${i}.regionCode`, message: `户籍地区代码“${item.regionCode}”不存在` });
    else if (item.regionCode.endsWith('0000'))
      issues.push({ path: `items.${i}.regionCode`, message: '户籍地区须到地市或区县，不能只写省份' });
    if (seen.has(item.graduateId))
      issues.push({ path: `items.${i}.graduateId`, message: '同一毕业生重复出现' });
    seen.add(item.graduateId);
  });
  if (issues.length > 0) throw validationError(issues);

  return deps.db.transaction().execute(async (trx) => {
    const subjects = new Map(
      (await repo.handoverSubjects(trx, universityCode, [...seen])).map((s) => [s.id, s]),
    );
    const refused: { graduateId: string; message: string }[] = [];
    const accepted: typeof input.items = [];
    for (const item of input.items) {
      const s = subjects.get(item.graduateId);
      const why = !s
        ? '毕业生不存在或不是本校毕业生'
        : s.graduation_year !== input.graduationYear
          ? `不是 ${input.graduationYear} 届毕业生`
          : s.handed_over
            ? '已移交过'
            : s.placed
              ? '已落实去向，无需移交'
              : s.consent === null
                ? '本人尚未表示是否同意移交'
                : !s.consent
                  ? '本人不同意移交，由学校继续跟踪服务'
                  : null;
      if (why) refused.push({ graduateId: item.graduateId, message: why });
      else accepted.push(item);
    }
    if (accepted.length === 0) return { batchId: null, handedOver: 0, refused };
    const batch = await repo.insertBatch(trx, {
      university_code: universityCode,
      graduation_year: input.graduationYear,
      handed_over: accepted.length,
      created_by: user.id,
      created_at: now,
    });
    await repo.insertHandovers(
      trx,
      accepted.map((item) => ({
        graduate_id: item.graduateId,
        batch_id: batch.id,
        university_code: universityCode,
        graduation_year: input.graduationYear,
        region_code: item.regionCode,
        province_code: item.regionCode.slice(0, 2),
        wants_job: subjects.get(item.graduateId)!.wants_job ?? true,
        handed_over_on: shanghaiDate(now),
      })),
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'handover.send',
        targetType: 'handover_batch',
        targetId: batch.id,
        detail: {
          graduationYear: input.graduationYear,
          handedOver: accepted.length,
          refused: refused.length,
        },
      },
      deps.clock,
    );
    return { batchId: batch.id, handedOver: accepted.length, refused };
  });
}

// ── The office's side ──

function officeOf(user: AuthUser): repo.HandoverScope {
  if (user.role !== 'hrss_official' || !user.scope.provinceCode)
    throw new AppError('forbidden', '只有人社部门可以查看移交名单');
  return { kind: 'office', provinceCode: user.scope.provinceCode };
}

function itemDto(
  r: repo.HandoverListRow,
  ref: Awaited<ReturnType<typeof referenceCache>>,
  decrypt: (s: string) => string,
) {
  return {
    graduateId: r.graduate_id,
    name: r.name,
    gender: r.gender,
    universityName: r.university_name,
    majorName: ref.majorName(r.major_code) ?? r.major_code,
    degree: DEGREE_LEVELS.find((d) => d.key === r.degree)?.nameZh ?? r.degree,
    phone: r.phone_enc ? maskPhone(decrypt(r.phone_enc)) : null,
    regionCode: r.region_code,
    regionName: r.region_name,
    wantsJob: r.wants_job,
    handedOverOn: r.handed_over_on,
    goalDueOn: handoverGoalDue(r.handed_over_on),
    firstContactOn: r.first_contact_on,
    outcome: r.outcome,
    outcomeOn: r.outcome_on,
  };
}

type CipherDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** A page of the office's list. */
export async function list(deps: CipherDeps, user: AuthUser, f: repo.HandoverFilter) {
  const [page, ref] = await Promise.all([
    repo.listHandovers(deps.db, officeOf(user), f),
    referenceCache(deps.db),
  ]);
  return { total: page.total, items: page.items.map((r) => itemDto(r, ref, (s) => deps.cipher.decrypt(s))) };
}

async function itemInScope(deps: CipherDeps, user: AuthUser, graduateId: string) {
  const row = await repo.findInScope(deps.db, officeOf(user), graduateId);
  if (!row) throw new AppError('not_found', '移交记录不存在或不在您的管理范围内');
  return row;
}

/** One hand-over with its follow-ups. */
export async function get(deps: CipherDeps, user: AuthUser, graduateId: string) {
  const [row, ref] = await Promise.all([itemInScope(deps, user, graduateId), referenceCache(deps.db)]);
  const followups = await repo.followupsOf(deps.db, graduateId);
  return {
    ...itemDto(row, ref, (s) => deps.cipher.decrypt(s)),
    followups: followups.map((f) => ({
      id: f.id,
      kind: f.kind,
      on: f.on_day,
      reached: f.reached,
      outcome: f.outcome,
      note: f.note,
      actorName: f.actor_name,
      createdAt: new Date(f.created_at).toISOString(),
    })),
  };
}

/** The phone number in full, for the office to call: audited. */
export async function reveal(deps: CipherDeps, user: AuthUser, actor: Actor, graduateId: string) {
  const row = await itemInScope(deps, user, graduateId);
  if (!row.phone_enc) throw new AppError('not_found', '该毕业生没有登记手机号');
  await recordAudit(
    deps.db,
    actor,
    { action: 'handover.reveal', targetType: 'graduate', targetId: graduateId, detail: { field: 'phone' } },
    deps.clock,
  );
  return { phone: deps.cipher.decrypt(row.phone_enc) };
}

/** Records a contact, a service or an outcome. */
export async function addFollowup(
  deps: CipherDeps,
  user: AuthUser,
  graduateId: string,
  input: {
    kind: string;
    on: string;
    reached?: boolean | null;
    outcome?: string | null;
    note?: string | null;
  },
) {
  const row = await itemInScope(deps, user, graduateId);
  const note = input.note?.trim() ?? '';
  const issues = followupProblems({ ...input, note }, shanghaiDate(deps.clock()), row.handed_over_on);
  if (issues.length > 0) throw validationError(issues);
  const kind = input.kind as FollowupKind;
  await deps.db.transaction().execute((trx) =>
    repo.insertFollowup(trx, {
      graduate_id: graduateId,
      kind,
      on_day: input.on,
      reached: kind === 'contact' ? (input.reached ?? null) : null,
      outcome: kind === 'outcome' ? (input.outcome ?? null) : null,
      note,
      actor_id: user.id,
      actor_name: user.displayName,
      created_at: deps.clock(),
    }),
  );
  return get(deps, user, graduateId);
}

/** The office's list for export (phones masked), at most 100,000 rows. */
export async function exportRows(
  deps: CipherDeps,
  user: AuthUser,
  f: Omit<repo.HandoverFilter, 'limit' | 'offset'>,
) {
  return (await list(deps, user, { ...f, limit: 100_000, offset: 0 })).items;
}

/** Hand-over figures for the dashboard: an office counts by hukou province, others by their graduates. */
export async function figures(db: Database, user: AuthUser, graduationYear: number) {
  const graduates = dashboardScopeOf(user);
  const scope: repo.HandoverScope =
    user.role === 'hrss_official' && user.scope.provinceCode
      ? { kind: 'office', provinceCode: user.scope.provinceCode }
      : { kind: 'graduates', scope: graduates };
  const [f, refused] = await Promise.all([
    repo.figures(db, scope, graduationYear),
    repo.notConsented(db, user.role === 'hrss_official' ? graduates : graduateScopeOf(user), graduationYear),
  ]);
  return {
    handedOver: f.handed_over,
    contacted: f.contacted,
    wantsJob: f.wants_job,
    goalMet: f.goal_met,
    notConsented: refused,
  };
}
