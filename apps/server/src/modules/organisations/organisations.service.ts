import { normalizeUscc, validateUscc } from '@jiuye/domain';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { referenceCache } from '../reference/reference.service';
import { mayManageIn, organisationScopeOf } from './organisations.policy';
import * as repo from './organisations.repository';

type OrganisationRow = Awaited<ReturnType<typeof repo.insertOrganisation>>;

function toDto(o: OrganisationRow) {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    uscc: o.uscc,
    nature: o.nature,
    industryCode: o.industry_code,
    regionCode: o.region_code,
    verified: o.verification === 'verified',
    verification: o.verification,
    createdAt: new Date(o.created_at).toISOString(),
  };
}

/** Organisations the user may see. */
export async function listOrganisations(deps: Pick<Deps, 'db'>, user: AuthUser, f: repo.OrganisationFilter) {
  const { items, total } = await repo.listInScope(deps.db, organisationScopeOf(user), f);
  return { total, items: items.map(toDto) };
}

export interface CreateOrganisationInput {
  kind: 'employer' | 'agency';
  name: string;
  uscc: string;
  nature?: string | undefined;
  industryCode?: string | undefined;
  regionCode?: string | undefined;
}

/** Registers an employer or agency; the USCC must pass its check characters and be unused. */
export async function createOrganisation(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  input: CreateOrganisationInput,
) {
  const issues: Issue[] = [];
  const uscc = normalizeUscc(input.uscc);
  const check = validateUscc(uscc);
  if (!check.valid) issues.push({ path: 'uscc', message: check.reason ?? '统一社会信用代码无效' });
  const name = input.name.trim();
  if (!name || name.length > 100) issues.push({ path: 'name', message: '单位名称须为 1–100 个字符' });
  const ref = await referenceCache(deps.db);
  if (input.regionCode && !ref.isKnownRegion(input.regionCode))
    issues.push({ path: 'regionCode', message: `地区代码“${input.regionCode}”不存在` });
  if (issues.length) throw validationError(issues);
  const provinceCode = input.regionCode ? input.regionCode.slice(0, 2) : uscc.slice(2, 4);
  if (!mayManageIn(user, provinceCode)) throw new AppError('forbidden', '只能登记本辖区内的单位');
  if (await repo.usccExists(deps.db, uscc)) throw new AppError('conflict', `统一社会信用代码 ${uscc} 已登记`);
  const row = await deps.db.transaction().execute(async (trx) => {
    const o = await repo.insertOrganisation(trx, {
      kind: input.kind,
      name,
      uscc,
      nature: input.nature?.trim() || null,
      industry_code: input.industryCode ?? null,
      region_code: input.regionCode ?? null,
      province_code: provinceCode,
    });
    await recordAudit(
      trx,
      actor,
      { action: 'organisation.create', targetType: 'organisation', targetId: o.id, detail: { uscc, name } },
      deps.clock,
    );
    return o;
  });
  return toDto(row);
}
