import { REPEAT_OFFENDER, type ReportCategory } from '@jiuye/domain/compliance/review';
import { composeAdText, getAdChecker, type AdInput, type Finding } from '@jiuye/domain/compliance/index';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { postingScopeOf, mayReviewPosting, maySeePosting } from '../jobs/jobs.policy';
import { findPostingRow, setPostingState } from '../jobs/jobs.service';
import * as repo from './compliance.repository';

const DAY_MS = 86_400_000;
const offenceWindowStart = (now: Date) => new Date(now.getTime() - REPEAT_OFFENDER.days * DAY_MS);
const maskName = (name: string) =>
  name ? `${Array.from(name)[0]}${'*'.repeat(Math.max(1, Array.from(name).length - 1))}` : '';

/** The latest decision on a posting (its owner sees why it was taken down). */
export async function lastDecisionOn(deps: Pick<Deps, 'db'>, postingId: string) {
  const d = await repo.latestDecision(deps.db, postingId);
  return d
    ? { decision: d.decision, reason: d.reason, createdAt: new Date(d.created_at).toISOString() }
    : null;
}

/** Whether the user already has an open report on the posting (the web hides the button). */
export function hasReported(deps: Pick<Deps, 'db'>, postingId: string, userId: string): Promise<boolean> {
  return repo.hasOpenReport(deps.db, postingId, userId);
}

/** The live check the posting form runs while the employer types, with field spans for highlighting. */
export function checkAd(ad: AdInput) {
  const result = getAdChecker().check(ad);
  return { ...result, fields: composeAdText(ad).fields };
}

/** Counts a refused publication against the organisation (kept even though publishing fails). */
export async function recordBlockedPublication(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  posting: { id: string; organisation_id: string },
  blocking: Finding[],
) {
  const ruleIds = [...new Set(blocking.map((f) => f.ruleId))];
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertBlock(trx, {
      posting_id: posting.id,
      organisation_id: posting.organisation_id,
      rule_ids: ruleIds,
      created_by: actor.id,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'posting.publish_blocked',
        targetType: 'job_posting',
        targetId: posting.id,
        detail: { ruleIds },
      },
      deps.clock,
    );
  });
}

/** A graduate reports a published ad; it joins the officials' review queue. */
export async function reportPosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  postingId: string,
  input: { category: ReportCategory; reason: string; evidence?: string | null | undefined },
) {
  const posting = await findPostingRow(deps.db, postingId);
  if (!posting || !maySeePosting(user, posting)) throw new AppError('not_found', '岗位不存在或已下线');
  if (posting.status !== 'published') throw new AppError('conflict', '只能举报正在发布的岗位');
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertReport(trx, {
      posting_id: posting.id,
      reporter_id: user.id,
      category: input.category,
      reason: input.reason.trim(),
      evidence: input.evidence?.trim() || null,
    });
    if (!row) throw new AppError('conflict', '你已举报过该岗位，正在处理中');
    if (posting.review_status !== 'pending') {
      await setPostingState(trx, posting.id, { review_status: 'pending' }, deps.clock());
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'posting.report',
        targetType: 'job_posting',
        targetId: posting.id,
        detail: { category: input.category },
      },
      deps.clock,
    );
    return row.id;
  });
  return { id, status: 'open' as const };
}

function reviewScope(user: AuthUser) {
  const scope = postingScopeOf(user);
  if (scope.kind !== 'all' && scope.kind !== 'province') throw new AppError('forbidden', '无权审核岗位');
  return scope;
}

/** The review queue of the official's province (or the whole country). */
export async function reviewQueue(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, f: repo.QueueFilter) {
  const { items, total } = await repo.listQueue(
    deps.db,
    reviewScope(user),
    f,
    offenceWindowStart(deps.clock()),
    REPEAT_OFFENDER.postings,
  );
  return {
    total,
    items: items.map((row) => {
      const findings = row.compliance_findings as Finding[];
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        reviewStatus: row.review_status,
        verdict: row.compliance_verdict,
        warnings: findings.length,
        categories: [...new Set(findings.map((x) => x.category))],
        openReports: Number(row.open_reports ?? 0),
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        offences: Number(row.offences),
        repeatOffender: Number(row.offences) >= REPEAT_OFFENDER.postings,
        publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
        updatedAt: new Date(row.updated_at).toISOString(),
      };
    }),
  };
}

async function loadReviewable(deps: Pick<Deps, 'db'>, user: AuthUser, postingId: string) {
  reviewScope(user);
  const posting = await findPostingRow(deps.db, postingId);
  if (!posting || !mayReviewPosting(user, posting))
    throw new AppError('not_found', '岗位不存在或不在你的辖区');
  return posting;
}

/** Everything an official needs to decide: the ad, its findings, reports, decisions and the employer's record. */
export async function reviewDetail(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, postingId: string) {
  const posting = await loadReviewable(deps, user, postingId);
  const [reports, decisions, offences] = await Promise.all([
    repo.listReports(deps.db, posting.id),
    repo.listDecisions(deps.db, posting.id),
    repo.offencesOf(deps.db, posting.organisation_id, offenceWindowStart(deps.clock())),
  ]);
  return {
    posting: {
      id: posting.id,
      title: posting.title,
      description: posting.description,
      requirements: posting.requirements,
      status: posting.status,
      reviewStatus: posting.review_status,
      verdict: posting.compliance_verdict,
      findings: posting.compliance_findings as Finding[],
      warningsAcknowledgedAt: posting.warnings_acknowledged_at
        ? new Date(posting.warnings_acknowledged_at).toISOString()
        : null,
      organisationId: posting.organisation_id,
      organisationName: posting.organisation_name,
      publishedAt: posting.published_at ? new Date(posting.published_at).toISOString() : null,
    },
    organisation: { offences, repeatOffender: offences >= REPEAT_OFFENDER.postings, window: REPEAT_OFFENDER },
    // Reporters are graduates: officials see that someone reported, not who in full.
    reports: reports.map((r) => ({
      id: r.id,
      category: r.category,
      reason: r.reason,
      evidence: r.evidence,
      status: r.status,
      reporter: maskName(r.display_name),
      createdAt: new Date(r.created_at).toISOString(),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      reason: d.reason,
      decidedBy: d.display_name,
      createdAt: new Date(d.created_at).toISOString(),
    })),
  };
}

/** An official's decision with a written reason: keep the ad (clear) or take it down. Audited. */
export async function decide(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  postingId: string,
  input: { decision: 'clear' | 'take_down'; reason: string },
) {
  const posting = await loadReviewable(deps, user, postingId);
  if (posting.status === 'taken_down') throw new AppError('conflict', '岗位已下架');
  if (input.decision === 'take_down' && posting.status !== 'published') {
    throw new AppError('conflict', '只能下架正在发布的岗位');
  }
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertDecision(
      trx,
      { posting_id: posting.id, decision: input.decision, reason: input.reason.trim(), decided_by: user.id },
      now,
    );
    await setPostingState(
      trx,
      posting.id,
      input.decision === 'take_down'
        ? { status: 'taken_down', review_status: 'taken_down' }
        : { review_status: 'cleared' },
      now,
    );
    await recordAudit(
      trx,
      actor,
      {
        action: `posting.review.${input.decision}`,
        targetType: 'job_posting',
        targetId: posting.id,
        detail: { reason: input.reason.trim(), organisationId: posting.organisation_id },
      },
      deps.clock,
    );
  });
  return reviewDetail(deps, user, postingId);
}
