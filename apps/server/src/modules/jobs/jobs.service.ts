import { CATEGORY_LABELS } from '@jiuye/domain/compliance/categories';
import {
  adTextIssues,
  getAdChecker,
  type AdInput,
  type CheckResult,
  type Finding,
} from '@jiuye/domain/compliance/index';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { hasReported, lastDecisionOn, recordBlockedPublication } from '../compliance/compliance.service';
import { mayManagePosting, mayReviewPosting, maySeePosting, postingScopeOf } from './jobs.policy';
import * as repo from './jobs.repository';
import { postingSearchQuery, postingSearchVector } from './posting-search';

const FEN_PER_YUAN = 100;

/** The posting as the API returns it (salaries in yuan per month; stored in fen). */
export function postingDto(p: repo.PostingRow) {
  const yuan = (fen: string | number | null) => (fen === null ? null : Number(fen) / FEN_PER_YUAN);
  return {
    id: p.id,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    organisationVerified: p.organisation_verified,
    title: p.title,
    description: p.description,
    requirements: p.requirements,
    salaryMin: yuan(p.salary_min_fen),
    salaryMax: yuan(p.salary_max_fen),
    status: p.status,
    reviewStatus: p.review_status,
    compliance: {
      verdict: p.compliance_verdict,
      findings: p.compliance_findings as Finding[],
      warningsAcknowledgedAt: p.warnings_acknowledged_at
        ? new Date(p.warnings_acknowledged_at).toISOString()
        : null,
    },
    createdAt: new Date(p.created_at).toISOString(),
    updatedAt: new Date(p.updated_at).toISOString(),
    publishedAt: p.published_at ? new Date(p.published_at).toISOString() : null,
  };
}

export interface PostingInput {
  title: string;
  description: string;
  requirements?: string | null | undefined;
  salaryMin?: number | null | undefined;
  salaryMax?: number | null | undefined;
}

function adOf(input: PostingInput): AdInput {
  return {
    title: input.title.trim(),
    description: input.description,
    requirements: input.requirements?.trim() ? input.requirements : null,
    salaryMin: input.salaryMin ?? null,
    salaryMax: input.salaryMax ?? null,
  };
}

/**
 * Validates the fields (all problems at once), runs the check and returns what the table stores,
 * including the search vector (the organisation's name is searchable too).
 */
export function postingFieldsOf(
  input: PostingInput,
  organisationName: string,
): { fields: repo.PostingFields; result: CheckResult } {
  const ad = adOf(input);
  const issues: Issue[] = adTextIssues(ad);
  if (!ad.title) issues.push({ path: 'title', message: '请填写岗位名称' });
  if (ad.salaryMin != null && ad.salaryMax != null && ad.salaryMin > ad.salaryMax) {
    issues.push({ path: 'salaryMin', message: '最低月薪不能高于最高月薪' });
  }
  if (issues.length > 0) throw validationError(issues);
  const result = getAdChecker().check(ad);
  return {
    result,
    fields: {
      title: ad.title,
      description: ad.description,
      requirements: ad.requirements ?? null,
      salary_min_fen: ad.salaryMin == null ? null : Math.round(ad.salaryMin * FEN_PER_YUAN),
      salary_max_fen: ad.salaryMax == null ? null : Math.round(ad.salaryMax * FEN_PER_YUAN),
      compliance_verdict: result.verdict,
      compliance_findings: JSON.stringify(result.findings),
      search_vector: postingSearchVector({ ...ad, requirements: ad.requirements ?? null, organisationName }),
    },
  };
}

async function loadVisible(deps: Pick<Deps, 'db'>, user: AuthUser, id: string): Promise<repo.PostingRow> {
  const posting = await repo.findPosting(deps.db, id);
  if (!posting || !maySeePosting(user, posting)) throw new AppError('not_found', '岗位不存在或已下线');
  return posting;
}

async function loadManaged(deps: Pick<Deps, 'db'>, user: AuthUser, id: string): Promise<repo.PostingRow> {
  const posting = await loadVisible(deps, user, id);
  if (!mayManagePosting(user, posting)) throw new AppError('forbidden', '只能管理本单位发布的岗位');
  return posting;
}

/** A posting row with its organisation, for the compliance module (no visibility check). */
export function findPostingRow(db: Deps['db'], id: string) {
  return repo.findPosting(db, id);
}

/** Sets a posting's lifecycle or review state (the compliance module's decisions and reports). */
export function setPostingState(
  db: Deps['db'],
  id: string,
  state: Parameters<typeof repo.setPostingState>[2],
  now: Date,
) {
  return repo.setPostingState(db, id, state, now);
}

/**
 * One posting the user may see; its owner and the officials responsible also get the latest
 * review decision (why it was taken down), a graduate whether they already reported it.
 */
export async function getPosting(deps: Pick<Deps, 'db'>, user: AuthUser, id: string) {
  const posting = await loadVisible(deps, user, id);
  const insider = mayManagePosting(user, posting) || mayReviewPosting(user, posting);
  return {
    ...postingDto(posting),
    lastDecision: insider ? await lastDecisionOn(deps, posting.id) : null,
    reportedByMe: user.role === 'graduate' ? await hasReported(deps, posting.id, user.id) : false,
  };
}

/**
 * The user's organisation's postings (employers: title or organisation contains the query) or the
 * published ones (everyone else: Chinese full-text search, most relevant first). A query without
 * letters or digits (only punctuation) finds nothing rather than everything.
 */
export async function listPostings(deps: Pick<Deps, 'db'>, user: AuthUser, f: repo.PostingFilter) {
  const scope = postingScopeOf(user);
  const searchScope = scope.kind === 'own' ? scope : ({ kind: 'published' } as const);
  let tsquery: string | undefined;
  if (searchScope.kind === 'published' && f.q) {
    tsquery = postingSearchQuery(f.q) ?? undefined;
    if (!tsquery) return { total: 0, totalCapped: false, items: [] };
  }
  const { items, total, totalCapped } = await repo.listPostings(deps.db, searchScope, { ...f, tsquery });
  return { total, totalCapped, items: items.map(postingDto) };
}

/** Saves a new draft; the check runs at once so the employer sees its findings. */
export async function createPosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  input: PostingInput,
) {
  const scope = postingScopeOf(user);
  if (scope.kind !== 'own') throw new AppError('forbidden', '只有用人单位账号可以发布岗位');
  const organisation = await deps.db
    .selectFrom('organisations')
    .select(['province_code', 'name'])
    .where('id', '=', scope.organisationId)
    .executeTakeFirst();
  if (!organisation) throw new AppError('not_found', '账号所属单位不存在');
  const { fields } = postingFieldsOf(input, organisation.name);
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertPosting(trx, {
      ...fields,
      organisation_id: scope.organisationId,
      province_code: organisation.province_code,
      created_by: user.id,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'posting.create',
        targetType: 'job_posting',
        targetId: row.id,
        detail: { title: fields.title },
      },
      deps.clock,
    );
    return row.id;
  });
  return getPosting(deps, user, id);
}

/** Saves edits; a published posting goes back to draft until it is published again. */
export async function updatePosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: PostingInput,
) {
  const posting = await loadManaged(deps, user, id);
  const { fields } = postingFieldsOf(input, posting.organisation_name);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updatePostingFields(trx, posting.id, fields, deps.clock());
    await recordAudit(
      trx,
      actor,
      {
        action: 'posting.update',
        targetType: 'job_posting',
        targetId: posting.id,
        detail: { from: posting.status },
      },
      deps.clock,
    );
  });
  return getPosting(deps, user, id);
}

function findingIssues(findings: Finding[]): Issue[] {
  return findings.map((f) => ({
    path: f.field,
    message: `${CATEGORY_LABELS[f.category].zh}${f.excerpt ? `「${f.excerpt}」` : ''}：${f.suggestion}`,
  }));
}

/**
 * Publishes a posting: its organisation must be verified, a blocked ad is refused (and counted
 * against the organisation), warnings must be acknowledged and put the ad in officials' review queue.
 */
export async function publishPosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  opts: { acknowledgeWarnings: boolean },
) {
  const posting = await loadManaged(deps, user, id);
  if (posting.status === 'published') throw new AppError('conflict', '岗位已发布');
  if (posting.status === 'taken_down') throw new AppError('conflict', '岗位已被下架，请修改后重新提交');
  if (!posting.organisation_verified) throw new AppError('forbidden', '单位通过认证后才能发布岗位');
  const { result, fields } = postingFieldsOf(
    {
      title: posting.title,
      description: posting.description,
      requirements: posting.requirements,
      salaryMin: posting.salary_min_fen === null ? null : Number(posting.salary_min_fen) / FEN_PER_YUAN,
      salaryMax: posting.salary_max_fen === null ? null : Number(posting.salary_max_fen) / FEN_PER_YUAN,
    },
    posting.organisation_name,
  );
  if (result.verdict === 'block') {
    const blocking = result.findings.filter((f) => f.severity === 'block');
    await recordBlockedPublication(deps, actor, posting, blocking);
    throw validationError(findingIssues(blocking), '招聘信息含有违反公平就业或防诈骗规定的内容，不能发布');
  }
  if (result.verdict === 'warn' && !opts.acknowledgeWarnings) {
    throw new AppError(
      'conflict',
      '招聘信息有需要确认的提示，请逐条确认后再发布',
      findingIssues(result.findings),
    );
  }
  // An ad an official once took down goes back to the queue when it is published again.
  const wasTakenDown = (await lastDecisionOn(deps, posting.id))?.decision === 'take_down';
  await deps.db.transaction().execute(async (trx) => {
    await repo.markPublished(
      trx,
      posting.id,
      {
        compliance_verdict: result.verdict,
        compliance_findings: fields.compliance_findings,
        acknowledged: result.verdict === 'warn',
        acknowledgedBy: user.id,
        needsReview: result.verdict === 'warn' || wasTakenDown,
      },
      deps.clock(),
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'posting.publish',
        targetType: 'job_posting',
        targetId: posting.id,
        detail: { verdict: result.verdict, acknowledged: result.findings.map((f) => f.ruleId) },
      },
      deps.clock,
    );
  });
  return getPosting(deps, user, id);
}

/** Takes a published posting off the market (the employer's own decision). */
export async function closePosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
) {
  const posting = await loadManaged(deps, user, id);
  if (posting.status !== 'published') throw new AppError('conflict', '只有已发布的岗位可以关闭');
  await deps.db.transaction().execute(async (trx) => {
    await repo.setPostingState(trx, posting.id, { status: 'closed' }, deps.clock());
    await recordAudit(
      trx,
      actor,
      { action: 'posting.close', targetType: 'job_posting', targetId: posting.id },
      deps.clock,
    );
  });
  return getPosting(deps, user, id);
}
