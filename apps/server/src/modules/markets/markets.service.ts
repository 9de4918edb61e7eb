import { INDUSTRY_SECTIONS } from '@jiuye/domain';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { reindexPosting } from '../jobs/jobs.service';
import { findUniversity, referenceCache } from '../reference/reference.service';
import { mayManageMarket, type MarketKind } from './markets.policy';
import * as repo from './markets.repository';

/** Most postings added in one request (a career centre picks from a search page). */
export const MAX_POSTINGS_PER_ADD = 100;

function marketDto(m: NonNullable<Awaited<ReturnType<typeof repo.findMarket>>>, user: AuthUser | null) {
  return {
    id: m.id,
    kind: m.kind,
    name: m.name,
    description: m.description,
    universityCode: m.university_code,
    universityName: m.university_name,
    regionCode: m.region_code,
    industryCode: m.industry_code,
    provinceCode: m.province_code,
    status: m.status,
    postingCount: Number(m.posting_count),
    createdAt: new Date(m.created_at).toISOString(),
    manageable: !!user && mayManageMarket(user, m),
  };
}

/** Markets anyone can browse (open ones unless asked otherwise), with what the viewer may manage. */
export async function listMarkets(deps: Pick<Deps, 'db'>, user: AuthUser | null, f: repo.MarketFilter) {
  const { items, total } = await repo.listMarkets(deps.db, f);
  return { total, items: items.map((m) => marketDto(m, user)) };
}

async function loadMarket(deps: Pick<Deps, 'db'>, id: string) {
  const market = await repo.findMarket(deps.db, id);
  if (!market) throw new AppError('not_found', '招聘市场不存在');
  return market;
}

async function loadManaged(deps: Pick<Deps, 'db'>, user: AuthUser, id: string) {
  const market = await loadMarket(deps, id);
  if (!mayManageMarket(user, market)) throw new AppError('forbidden', '只能管理本校或本辖区的招聘市场');
  return market;
}

/** One market. */
export async function getMarket(deps: Pick<Deps, 'db'>, user: AuthUser | null, id: string) {
  return marketDto(await loadMarket(deps, id), user);
}

export interface CreateMarketInput {
  kind: MarketKind;
  name: string;
  description?: string | null | undefined;
  universityCode?: string | undefined;
  regionCode?: string | undefined;
  industryCode?: string | undefined;
}

/** Where a new market belongs (its university or province), with every problem at once. */
async function placeOf(deps: Pick<Deps, 'db'>, user: AuthUser, input: CreateMarketInput) {
  const issues: Issue[] = [];
  const name = input.name.trim();
  if (name.length < 2 || name.length > 60) issues.push({ path: 'name', message: '市场名称须为 2–60 个字' });
  let universityCode: string | null = null;
  let provinceCode: string | null = null;
  if (input.kind === 'campus') {
    universityCode =
      user.role === 'career_centre' ? (user.scope.universityCode ?? null) : (input.universityCode ?? null);
    const university = universityCode ? await findUniversity(deps.db, universityCode) : undefined;
    if (!university) issues.push({ path: 'universityCode', message: '请选择所属高校' });
    provinceCode = university?.province_code ?? null;
  } else if (input.kind === 'regional') {
    const ref = await referenceCache(deps.db);
    if (!input.regionCode || !ref.isKnownRegion(input.regionCode))
      issues.push({ path: 'regionCode', message: '请选择有效的地区' });
    provinceCode = input.regionCode?.slice(0, 2) ?? null;
  } else {
    if (!INDUSTRY_SECTIONS.some((s) => s.code === input.industryCode))
      issues.push({ path: 'industryCode', message: '请选择有效的行业门类' });
    provinceCode = user.scope.kind === 'national' ? null : (user.scope.provinceCode ?? null);
  }
  if (issues.length > 0) throw validationError(issues);
  return { name, universityCode, provinceCode };
}

/** Opens a market; only within the user's university or province. */
export async function createMarket(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  input: CreateMarketInput,
) {
  const place = await placeOf(deps, user, input);
  const fields = {
    kind: input.kind,
    university_code: place.universityCode,
    province_code: place.provinceCode,
  };
  if (!mayManageMarket(user, fields)) throw new AppError('forbidden', '只能在本校或本辖区开设招聘市场');
  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertMarket(trx, {
      ...fields,
      name: place.name,
      description: input.description?.trim() || null,
      region_code: input.kind === 'regional' ? (input.regionCode ?? null) : null,
      industry_code: input.kind === 'industry' ? (input.industryCode ?? null) : null,
      created_by: user.id,
    });
    await recordAudit(
      trx,
      actor,
      { action: 'market.create', targetType: 'job_market', targetId: id, detail: { name: place.name } },
      deps.clock,
    );
    return id;
  });
  return getMarket(deps, user, id);
}

/** Renames, describes, closes or reopens a market. */
export async function updateMarket(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: {
    name?: string | undefined;
    description?: string | null | undefined;
    status?: 'open' | 'closed' | undefined;
  },
) {
  const market = await loadManaged(deps, user, id);
  const name = input.name?.trim();
  if (name !== undefined && (name.length < 2 || name.length > 60))
    throw validationError([{ path: 'name', message: '市场名称须为 2–60 个字' }]);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateMarket(trx, market.id, {
      ...(name !== undefined ? { name } : {}),
      ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
      ...(input.status ? { status: input.status } : {}),
    });
    await recordAudit(
      trx,
      actor,
      { action: 'market.update', targetType: 'job_market', targetId: market.id, detail: { ...input } },
      deps.clock,
    );
  });
  return getMarket(deps, user, id);
}

/**
 * Adds published postings to a market (without copying them: search finds them through the
 * market's tag). Reports, per posting, why it was not added.
 */
export async function addPostings(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  postingIds: readonly string[],
) {
  const market = await loadManaged(deps, user, id);
  if (market.status !== 'open') throw new AppError('conflict', '招聘市场已关闭，不能再添加岗位');
  const unique = [...new Set(postingIds)];
  const published = await repo.publishedAmong(deps.db, unique);
  const added = await deps.db.transaction().execute(async (trx) => {
    const added = await repo.addPostings(trx, market.id, [...published], user.id);
    for (const postingId of added) await reindexPosting(trx, postingId);
    await recordAudit(
      trx,
      actor,
      { action: 'market.add_postings', targetType: 'job_market', targetId: market.id, detail: { added } },
      deps.clock,
    );
    return added;
  });
  const addedSet = new Set(added);
  return {
    added: added.length,
    skipped: unique
      .filter((p) => !addedSet.has(p))
      .map((postingId) => ({
        postingId,
        reason: published.has(postingId) ? '已在该市场中' : '岗位不存在或未发布',
      })),
  };
}

/** Takes a posting out of a market (the posting itself stays published). */
export async function removePosting(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  postingId: string,
) {
  const market = await loadManaged(deps, user, id);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.removePosting(trx, market.id, postingId)))
      throw new AppError('not_found', '该岗位不在此市场中');
    await reindexPosting(trx, postingId);
    await recordAudit(
      trx,
      actor,
      {
        action: 'market.remove_posting',
        targetType: 'job_market',
        targetId: market.id,
        detail: { postingId },
      },
      deps.clock,
    );
  });
  return getMarket(deps, user, id);
}
