import { CATEGORY_LABELS } from '@jiuye/domain/compliance/categories';
import {
  adTextIssues,
  getAdChecker,
  type AdInput,
  type CheckResult,
  type Finding,
} from '@jiuye/domain/compliance/index';
import {
  addDays,
  INDUSTRY_SECTIONS,
  isCalendarDay,
  MAX_POSTING_DAYS,
  OCCUPATION_MAJOR_GROUPS,
  shanghaiDate,
  type BenefitKey,
  type DegreeKey,
  type JobTypeKey,
  type KeyFieldKey,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { hasReported, lastDecisionOn, recordBlockedPublication } from '../compliance/compliance.service';
import { notifyOrganisation } from '../notifications/notifications.service';
import { referenceCache, type ReferenceCache } from '../reference/reference.service';
import { mayManagePosting, mayReviewPosting, maySeePosting, postingScopeOf } from './jobs.policy';
import * as repo from './jobs.repository';
import { postingDto } from './posting-dto';
import { searchRowOf } from './posting-search';
import { deleteSearchRows, upsertSearchRows } from './search.repository';

const FEN_PER_YUAN = 100;

export interface PostingInput {
  title: string;
  description: string;
  requirements?: string | null | undefined;
  /** Monthly salary range, yuan. */
  salaryMin: number;
  salaryMax: number;
  occupationCode?: string | null | undefined;
  industryCode?: string | null | undefined;
  /** Major or major-class codes; empty = 专业不限. */
  majorCodes: string[];
  minDegree: DegreeKey | null;
  regionCodes: string[];
  headcount: number;
  jobType: JobTypeKey;
  keyFields: KeyFieldKey[];
  benefits: BenefitKey[];
  /** Last day applications are accepted (Asia/Shanghai), YYYY-MM-DD. */
  deadline: string;
}

function adOf(input: PostingInput): AdInput {
  return {
    title: input.title.trim(),
    description: input.description,
    requirements: input.requirements?.trim() ? input.requirements : null,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    hasPlace: input.regionCodes.length > 0,
  };
}

/** Problems with the structured fields that need reference data or today's date. */
function structureIssues(input: PostingInput, ref: ReferenceCache, today: string): Issue[] {
  const issues: Issue[] = [];
  if (input.salaryMin > input.salaryMax)
    issues.push({ path: 'salaryMin', message: '最低月薪不能高于最高月薪' });
  if (input.regionCodes.length === 0) issues.push({ path: 'regionCodes', message: '请至少选择一个工作地点' });
  input.regionCodes.forEach((code, i) => {
    if (!ref.isKnownRegion(code))
      issues.push({ path: `regionCodes.${i}`, message: `地区代码“${code}”不存在` });
  });
  input.majorCodes.forEach((code, i) => {
    if (!ref.majorName(code))
      issues.push({ path: `majorCodes.${i}`, message: `专业代码“${code}”不在专业目录中` });
  });
  if (input.occupationCode && !OCCUPATION_MAJOR_GROUPS.some((o) => o.code === input.occupationCode))
    issues.push({ path: 'occupationCode', message: `职业大类“${input.occupationCode}”不存在` });
  if (input.industryCode && !INDUSTRY_SECTIONS.some((i) => i.code === input.industryCode))
    issues.push({ path: 'industryCode', message: `行业门类“${input.industryCode}”不存在` });
  if (!isCalendarDay(input.deadline)) issues.push({ path: 'deadline', message: '截止日期不是有效日期' });
  else if (input.deadline < today) issues.push({ path: 'deadline', message: '截止日期不能早于今天' });
  else if (input.deadline > addDays(today, MAX_POSTING_DAYS))
    issues.push({ path: 'deadline', message: `截止日期不能晚于发布后 ${MAX_POSTING_DAYS} 天` });
  return issues;
}

/**
 * Validates the fields (all problems at once), runs the fair-employment check and returns what the
 * table stores.
 */
export async function postingFieldsOf(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: PostingInput,
): Promise<{ fields: repo.PostingFields; result: CheckResult }> {
  const ad = adOf(input);
  const ref = await referenceCache(deps.db);
  const issues: Issue[] = [...adTextIssues(ad), ...structureIssues(input, ref, shanghaiDate(deps.clock()))];
  if (!ad.title) issues.push({ path: 'title', message: '请填写岗位名称' });
  if (issues.length > 0) throw validationError(issues);
  const result = getAdChecker().check(ad);
  return {
    result,
    fields: {
      title: ad.title,
      description: ad.description,
      requirements: ad.requirements ?? null,
      salary_min_fen: Math.round(input.salaryMin * FEN_PER_YUAN),
      salary_max_fen: Math.round(input.salaryMax * FEN_PER_YUAN),
      compliance_verdict: result.verdict,
      compliance_findings: JSON.stringify(result.findings),
      occupation_code: input.occupationCode ?? null,
      industry_code: input.industryCode ?? null,
      major_codes: [...new Set(input.majorCodes)],
      min_degree: input.minDegree,
      region_codes: [...new Set(input.regionCodes)],
      headcount: input.headcount,
      job_type: input.jobType,
      key_fields: [...new Set(input.keyFields)],
      benefits: [...new Set(input.benefits)],
      deadline: input.deadline,
    },
  };
}

/** The stored posting as input again (publication re-checks what was saved). */
function inputOf(p: repo.PostingRow): PostingInput {
  return {
    title: p.title,
    description: p.description,
    requirements: p.requirements,
    salaryMin: Number(p.salary_min_fen ?? 0) / FEN_PER_YUAN,
    salaryMax: Number(p.salary_max_fen ?? 0) / FEN_PER_YUAN,
    occupationCode: p.occupation_code,
    industryCode: p.industry_code,
    majorCodes: p.major_codes,
    minDegree: p.min_degree as DegreeKey | null,
    regionCodes: p.region_codes,
    headcount: p.headcount ?? 1,
    jobType: p.job_type,
    keyFields: p.key_fields as KeyFieldKey[],
    benefits: p.benefits as BenefitKey[],
    deadline: p.deadline ?? '',
  };
}

/** Writes a published posting's search row (with its markets); removes it otherwise. */
export async function reindexPosting(db: Database, postingId: string) {
  const posting = await repo.findPosting(db, postingId);
  if (!posting || posting.status !== 'published') return deleteSearchRows(db, [postingId]);
  const markets = await repo.marketIdsOfMany(db, [postingId]);
  await upsertSearchRows(db, [searchRowOf(posting, markets.get(postingId) ?? [])]);
}

const REINDEX_BATCH = 500;

/** Rebuilds every published posting's search row (demo data, migrations, `jiuye reindex`). */
export async function reindexAllPostings(db: Database): Promise<number> {
  let done = 0;
  for (let after = ''; ;) {
    const batch = await repo.publishedPostingsAfter(db, after, REINDEX_BATCH);
    if (batch.length === 0) return done;
    const markets = await repo.marketIdsOfMany(
      db,
      batch.map((p) => p.id),
    );
    await upsertSearchRows(
      db,
      batch.map((p) => searchRowOf(p, markets.get(p.id) ?? [])),
    );
    done += batch.length;
    after = batch.at(-1)!.id;
  }
}

async function loadVisible(
  deps: Pick<Deps, 'db'>,
  user: AuthUser | null,
  id: string,
): Promise<repo.PostingRow> {
  const posting = await repo.findPosting(deps.db, id);
  if (!posting || !maySeePosting(user, posting)) throw new AppError('not_found', '岗位不存在或已下线');
  return posting;
}

async function loadManaged(deps: Pick<Deps, 'db'>, user: AuthUser, id: string): Promise<repo.PostingRow> {
  const posting = await loadVisible(deps, user, id);
  if (!mayManagePosting(user, posting)) throw new AppError('forbidden', '只能管理本单位发布的岗位');
  return posting;
}

/** Posting rows by id with their organisations, for other modules (no visibility check). */
export function findPostingRows(db: Deps['db'], ids: readonly string[]) {
  return repo.findPostings(db, ids);
}

/** A posting row with its organisation, for other modules (no visibility check). */
export function findPostingRow(db: Deps['db'], id: string) {
  return repo.findPosting(db, id);
}

/** Sets a posting's lifecycle or review state (the compliance module's decisions and reports). */
export async function setPostingState(
  db: Deps['db'],
  id: string,
  state: Parameters<typeof repo.setPostingState>[2],
  now: Date,
) {
  await repo.setPostingState(db, id, state, now);
  if (state.status && state.status !== 'published') await deleteSearchRows(db, [id]);
}

/**
 * One posting the user (or an anonymous visitor) may see; its owner and the officials responsible
 * also get the latest review decision (why it was taken down), a graduate whether they reported it.
 */
export async function getPosting(deps: Pick<Deps, 'db'>, user: AuthUser | null, id: string) {
  const posting = await loadVisible(deps, user, id);
  const insider = !!user && (mayManagePosting(user, posting) || mayReviewPosting(user, posting));
  const [ref, lastDecision, reportedByMe] = await Promise.all([
    referenceCache(deps.db),
    insider ? lastDecisionOn(deps, posting.id) : null,
    user?.role === 'graduate' ? hasReported(deps, posting.id, user.id) : false,
  ]);
  return { ...postingDto(posting, ref), lastDecision, reportedByMe };
}

/** The postings of the user's organisation, any status; the title contains the query. */
export async function listPostings(deps: Pick<Deps, 'db'>, user: AuthUser, f: repo.PostingFilter) {
  const scope = postingScopeOf(user);
  if (scope.kind !== 'own') throw new AppError('forbidden', '只有用人单位账号可以管理岗位');
  const [{ items, total, totalCapped }, ref] = await Promise.all([
    repo.listOwnPostings(deps.db, scope.organisationId, f),
    referenceCache(deps.db),
  ]);
  return { total, totalCapped, items: items.map((p) => postingDto(p, ref)) };
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
  const organisation = await repo.findOrganisation(deps.db, scope.organisationId);
  if (!organisation) throw new AppError('not_found', '账号所属单位不存在');
  // A posting's industry is its organisation's unless the employer says otherwise.
  const { fields } = await postingFieldsOf(deps, {
    ...input,
    industryCode: input.industryCode || organisation.industry_code,
  });
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

/** Saves edits; a published posting goes back to draft (and out of search) until published again. */
export async function updatePosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: PostingInput,
) {
  const posting = await loadManaged(deps, user, id);
  const { fields } = await postingFieldsOf(deps, {
    ...input,
    industryCode: input.industryCode || posting.industry_code,
  });
  await deps.db.transaction().execute(async (trx) => {
    await repo.updatePostingFields(trx, posting.id, fields, deps.clock());
    await deleteSearchRows(trx, [posting.id]);
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
 * Publishes a posting: its organisation must be verified, its deadline still ahead, a blocked ad is
 * refused (and counted against the organisation), warnings must be acknowledged and put the ad in
 * officials' review queue. A published posting is searchable at once.
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
  // Re-validated as saved: a deadline that has passed since must be moved first.
  const { result, fields } = await postingFieldsOf(deps, inputOf(posting));
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
    await reindexPosting(trx, posting.id);
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
    await setPostingState(trx, posting.id, { status: 'closed' }, deps.clock());
    await recordAudit(
      trx,
      actor,
      { action: 'posting.close', targetType: 'job_posting', targetId: posting.id },
      deps.clock,
    );
  });
  return getPosting(deps, user, id);
}

/**
 * Marks published postings whose deadline has passed (Asia/Shanghai) as expired, takes them out of
 * search and tells their organisations. Safe to run from several processes at once.
 */
export async function expirePostings(deps: Pick<Deps, 'db' | 'clock'>): Promise<number> {
  const today = shanghaiDate(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    const expired = await repo.expirePastDeadline(trx, today, deps.clock());
    await deleteSearchRows(
      trx,
      expired.map((p) => p.id),
    );
    for (const p of expired) {
      await notifyOrganisation(trx, p.organisation_id, {
        kind: 'posting.expired',
        title: `岗位「${p.title}」已过截止日期，已自动下线`,
        body: '如仍在招聘，可修改截止日期后重新发布。',
        link: `/postings/${p.id}/edit`,
      });
    }
    return expired.length;
  });
}
