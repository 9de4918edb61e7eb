import { maskName, shanghaiDate } from '@jiuye/domain';
import {
  applicationStatusName,
  mayMoveApplication,
  mayWithdraw,
  nextApplicationStatuses,
  revealsApplicant,
  type ApplicationStatus,
} from '@jiuye/domain/recruitment/applications';
import type { VerifiedEducation } from '@jiuye/domain/recruitment/resume';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { findPostingRow } from '../jobs/jobs.service';
import { notifyGraduate, notifyOrganisation } from '../notifications/notifications.service';
import { renderResumePdf, snapshotOf, viewOfSnapshot, type ResumeSnapshot } from '../resumes/resumes.service';
import { applicationScopeOf, type ApplicationScope } from './applications.policy';
import * as repo from './applications.repository';

type AppDeps = Pick<Deps, 'db' | 'cipher' | 'clock'>;

const statusName = (s: ApplicationStatus) => applicationStatusName(s);

/** Today in Asia/Shanghai as YYYY-MM-DD: deadlines are calendar days there, whatever the server's zone. */
function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A date column as YYYY-MM-DD (pg hands `date` over as a local-midnight Date, PGlite as text). */
function dayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}

const iso = (d: Date | string) => new Date(d).toISOString();

function organisationScope(user: AuthUser): Extract<ApplicationScope, { kind: 'organisation' }> {
  const scope = applicationScopeOf(user);
  if (scope.kind !== 'organisation') throw new AppError('forbidden', '只有用人单位可以管理应聘者');
  return scope;
}

function graduateScope(user: AuthUser): Extract<ApplicationScope, { kind: 'graduate' }> {
  const scope = applicationScopeOf(user);
  if (scope.kind !== 'graduate') throw new AppError('forbidden', '只有毕业生本人可以投递');
  return scope;
}

function eventDto(e: repo.EventRow, forEmployer: boolean) {
  // Applying and withdrawing are the graduate's own acts, whoever recorded them (demo data has no account).
  const byGraduate = e.actor_role === 'graduate' || e.from_status === null || e.to_status === 'withdrawn';
  return {
    fromStatus: e.from_status,
    toStatus: e.to_status,
    note: e.note,
    at: iso(e.created_at),
    actor: byGraduate
      ? ('graduate' as const)
      : e.actor_role
        ? ('organisation' as const)
        : ('system' as const),
    // Graduates see "the employer", not which HR colleague acted; the employer's staff see each other.
    actorName: forEmployer && !byGraduate ? e.actor_name : null,
  };
}

function groupEvents(events: repo.EventRow[], forEmployer: boolean) {
  const byApplication = new Map<string, ReturnType<typeof eventDto>[]>();
  for (const e of events) {
    const list = byApplication.get(e.application_id) ?? [];
    list.push(eventDto(e, forEmployer));
    byApplication.set(e.application_id, list);
  }
  return byApplication;
}

// ── Graduates ──

function graduateDto(row: repo.ApplicationRow, events: ReturnType<typeof eventDto>[]) {
  return {
    id: row.id,
    postingId: row.posting_id,
    postingTitle: row.posting_title,
    postingStatus: row.posting_status,
    organisationName: row.organisation_name,
    status: row.status,
    mayWithdraw: mayWithdraw(row.status),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    events,
  };
}

async function ownApplication(db: Database, user: AuthUser, id: string) {
  const row = await repo.findInScope(db, graduateScope(user), id);
  if (!row) throw new AppError('not_found', '投递记录不存在');
  const events = groupEvents(await repo.eventsOf(db, [id]), false);
  return graduateDto(row, events.get(id) ?? []);
}

/**
 * A graduate applies to a published posting whose deadline (Asia/Shanghai) has not passed, with a
 * snapshot of their saved résumé; once per posting. The organisation's HR accounts are notified.
 */
export async function apply(deps: AppDeps, user: AuthUser, actor: Actor, postingId: string) {
  const { graduateId } = graduateScope(user);
  const posting = await findPostingRow(deps.db, postingId);
  if (!posting) throw new AppError('not_found', '岗位不存在或已下线');
  if (posting.status !== 'published') throw new AppError('conflict', '该岗位已停止招聘，无法投递');
  const deadline = dayOf(posting.deadline);
  const now = deps.clock();
  if (deadline && deadline < shanghaiToday(now))
    throw new AppError('conflict', `该岗位的投递截止日期（${deadline}）已过，无法投递`);
  const snapshot = await snapshotOf(deps.db, graduateId);
  if (!snapshot) throw new AppError('conflict', '请先在“我的简历”中填写并保存简历，再投递');

  const id = await deps.db.transaction().execute(async (trx) => {
    const inserted = await repo.insertApplication(trx, {
      posting_id: posting.id,
      organisation_id: posting.organisation_id,
      graduate_id: graduateId,
      resume_snapshot: snapshot,
      now,
    });
    if (!inserted) throw new AppError('conflict', '您已投递过该岗位，请勿重复投递');
    await repo.insertEvent(trx, {
      application_id: inserted,
      from_status: null,
      to_status: 'submitted',
      actor_id: actor.id,
      note: null,
      now,
    });
    await notifyOrganisation(trx, posting.organisation_id, {
      kind: 'application.new',
      title: `新投递：${posting.title}`,
      body: `${maskName(snapshot.person.name)}（${[snapshot.education.universityName, snapshot.education.majorName].filter(Boolean).join(' ')}）投递了该岗位`,
      link: `/applicants?postingId=${posting.id}`,
    });
    return inserted;
  });
  return ownApplication(deps.db, user, id);
}

/** The graduate's applications, newest first, each with its history. */
export async function listOwn(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  f: { postingId?: string | undefined; offset: number; limit: number },
) {
  const page = await repo.listInScope(deps.db, graduateScope(user), f);
  const events = groupEvents(
    await repo.eventsOf(
      deps.db,
      page.items.map((r) => r.id),
    ),
    false,
  );
  return {
    total: page.total,
    items: page.items.map((r) => graduateDto(r, events.get(r.id) ?? [])),
  };
}

export function getOwn(deps: Pick<Deps, 'db'>, user: AuthUser, id: string) {
  return ownApplication(deps.db, user, id);
}

/** The graduate withdraws an open application; the organisation is told. */
export async function withdraw(deps: AppDeps, user: AuthUser, actor: Actor, id: string) {
  const scope = graduateScope(user);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockInScope(trx, scope, id);
    if (!row) throw new AppError('not_found', '投递记录不存在');
    if (!mayWithdraw(row.status))
      throw new AppError('conflict', `投递已是「${statusName(row.status)}」，不能撤回`);
    await repo.setStatus(trx, id, 'withdrawn', now, false);
    await repo.insertEvent(trx, {
      application_id: id,
      from_status: row.status,
      to_status: 'withdrawn',
      actor_id: actor.id,
      note: null,
      now,
    });
    await notifyOrganisation(trx, row.organisation_id, {
      kind: 'application.withdrawn',
      title: `应聘者撤回了投递：${row.posting_title}`,
      link: `/applicants?postingId=${row.posting_id}`,
    });
  });
  return ownApplication(deps.db, user, id);
}

// ── Employers ──

const GRADUATE_MESSAGES: Partial<Record<ApplicationStatus, string>> = {
  viewed: '用人单位已查看您的简历。',
  interview: '用人单位邀请您参加面试，请留意电话或邮件。',
  offer: '恭喜！用人单位决定录用您。',
  signed: '签约已确认，祝工作顺利！',
  rejected: '很遗憾，本次未能进入下一环节，感谢您的关注。',
};

/**
 * Moves one application in the caller's organisation, under a row lock: the pipeline rule is
 * checked against the status as stored, the change is kept as an event with actor and time, and
 * the graduate is notified. The interview invitation reveals name and contact from then on.
 */
async function move(
  deps: AppDeps,
  scope: ApplicationScope,
  actor: Actor,
  id: string,
  to: ApplicationStatus,
  note: string | null,
) {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockInScope(trx, scope, id);
    // Another organisation's applicant looks the same as a missing one.
    if (!row) throw new AppError('not_found', '应聘记录不存在');
    if (!mayMoveApplication(row.status, to))
      throw new AppError('conflict', `不能从「${statusName(row.status)}」改为「${statusName(to)}」`);
    await repo.setStatus(trx, id, to, now, revealsApplicant(to));
    await repo.insertEvent(trx, {
      application_id: id,
      from_status: row.status,
      to_status: to,
      actor_id: actor.id,
      note,
      now,
    });
    await notifyGraduate(trx, row.graduate_id, {
      kind: 'application.status',
      title: `「${row.posting_title}」${statusName(to)}`,
      body: [GRADUATE_MESSAGES[to], note && `单位留言：${note}`].filter(Boolean).join('\n'),
      link: `/applications?id=${id}`,
    });
    return { id, from: row.status, to };
  });
}

const isRevealed = (row: { revealed_at: Date | null }) => row.revealed_at !== null;

function applicantSummary(row: repo.ApplicationRow) {
  const revealed = isRevealed(row);
  const education = row.education as unknown as VerifiedEducation;
  return {
    name: revealed ? row.applicant_name : maskName(row.applicant_name),
    masked: !revealed,
    // 优先关注 (measure 十一): a neutral flag, never the assistance category.
    priority: row.priority,
    universityName: education.universityName,
    majorName: education.majorName,
    degreeName: education.degreeName,
    graduationYear: education.graduationYear,
    objective: row.objective || null,
  };
}

function employerDto(row: repo.ApplicationRow) {
  return {
    id: row.id,
    postingId: row.posting_id,
    postingTitle: row.posting_title,
    status: row.status,
    nextStatuses: nextApplicationStatuses(row.status),
    revealedAt: row.revealed_at ? iso(row.revealed_at) : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    applicant: applicantSummary(row),
  };
}

/**
 * Applicants to the organisation's postings (one posting or all), filtered by status, with the
 * count per status for the tabs. Revealed names shown in the list are audited as one read.
 */
export async function listForOrganisation(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  f: repo.ApplicationFilter,
) {
  const page = await repo.listInScope(deps.db, organisationScope(user), f);
  const revealed = page.items.filter(isRevealed).map((r) => r.id);
  if (revealed.length)
    await recordAudit(
      deps.db,
      actor,
      {
        action: 'application.pii_read',
        targetType: 'application',
        targetId: null,
        detail: { via: 'list', fields: ['name'], applicationIds: revealed },
      },
      deps.clock,
    );
  return { total: page.total, counts: page.counts, items: page.items.map(employerDto) };
}

async function loadForOrganisation(deps: AppDeps, user: AuthUser, actor: Actor, id: string) {
  const scope = organisationScope(user);
  let row = await repo.findInScope(deps.db, scope, id);
  if (!row) throw new AppError('not_found', '应聘记录不存在');
  // Opening a new application is what 已查看 means; the graduate learns it like any other change.
  if (row.status === 'submitted') {
    await move(deps, scope, actor, id, 'viewed', null).catch((err: unknown) => {
      // A colleague moved it at the same moment: their change stands.
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    });
    row = (await repo.findInScope(deps.db, scope, id))!;
  }
  return row;
}

async function auditUnmasked(deps: AppDeps, actor: Actor, id: string, via: 'detail' | 'pdf') {
  await recordAudit(
    deps.db,
    actor,
    {
      action: 'application.pii_read',
      targetType: 'application',
      targetId: id,
      detail: { via, fields: ['name', 'phone', 'email'] },
    },
    deps.clock,
  );
}

/** One applicant with résumé and history; unmasked (after the interview invitation) reads are audited. */
export async function getForOrganisation(deps: AppDeps, user: AuthUser, actor: Actor, id: string) {
  const row = await loadForOrganisation(deps, user, actor, id);
  const revealed = isRevealed(row);
  if (revealed) await auditUnmasked(deps, actor, id, 'detail');
  const events = await repo.eventsOf(deps.db, [id]);
  return {
    ...employerDto(row),
    resume: viewOfSnapshot(deps, row.resume_snapshot as unknown as ResumeSnapshot, { masked: !revealed }),
    events: events.map((e) => eventDto(e, true)),
  };
}

/** The applicant's résumé snapshot as a PDF, masked exactly like the detail view. */
export async function pdfForOrganisation(deps: AppDeps, user: AuthUser, actor: Actor, id: string) {
  const row = await loadForOrganisation(deps, user, actor, id);
  const revealed = isRevealed(row);
  if (revealed) await auditUnmasked(deps, actor, id, 'pdf');
  const view = viewOfSnapshot(deps, row.resume_snapshot as unknown as ResumeSnapshot, {
    masked: !revealed,
  });
  const pdf = await renderResumePdf(view, {
    generatedAt: deps.clock(),
    subtitle: `应聘岗位：${row.posting_title}（投递于 ${shanghaiToday(new Date(row.created_at))}）`,
  });
  return { pdf, name: view.person.name };
}

/** One status change by the employer, with an optional note sent to the graduate. */
export async function changeStatus(
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  to: ApplicationStatus,
  note: string | null,
) {
  await move(deps, organisationScope(user), actor, id, to, note);
  return getForOrganisation(deps, user, actor, id);
}

/**
 * Moves several applications to one status. Each is its own transaction, so one refused move
 * (wrong stage, not ours, changed meanwhile) leaves the others done; the answer lists every id.
 */
export async function bulkChangeStatus(
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  ids: readonly string[],
  to: ApplicationStatus,
  note: string | null,
) {
  const scope = organisationScope(user);
  const results: { id: string; ok: boolean; status?: ApplicationStatus; code?: string; message?: string }[] =
    [];
  for (const id of new Set(ids)) {
    try {
      await move(deps, scope, actor, id, to, note);
      results.push({ id, ok: true, status: to });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, code: err.code, message: err.message });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}

/**
 * The graduate's most recently signed offer as a draft 毕业去向 registration (签就业协议形式就业),
 * or null. Internships and traineeships are never employment (教育部 四不准), so they give none.
 */
export async function signedOfferDraft(deps: Pick<Deps, 'db'>, graduateId: string) {
  const offer = await repo.latestSigned(deps.db, graduateId);
  if (!offer || offer.job_type !== 'full_time') return null;
  return {
    applicationId: offer.id,
    signedAt: new Date(offer.signed_at).toISOString(),
    destinationCode: '10',
    details: {
      form: 'unit' as const,
      uscc: offer.uscc,
      name: offer.name,
      nature: offer.nature ?? '',
      industryCode: offer.industry_code ?? '',
      // Where the job is; the employer's seat when the posting named no place.
      regionCode: offer.region_codes[0] ?? offer.region_code ?? '',
      occupationCode: offer.occupation_code ?? '',
      contractDate: shanghaiDate(new Date(offer.signed_at)),
      monthlyPay: offer.salary_min_fen === null ? 0 : Number(offer.salary_min_fen) / 100,
    },
  };
}
