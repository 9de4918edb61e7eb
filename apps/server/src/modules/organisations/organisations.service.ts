import {
  getIndustrySection,
  maskPhone,
  normalizeMobile,
  normalizeUscc,
  UNIT_NATURES,
  validateUscc,
} from '@jiuye/domain';
import {
  DECIDABLE_STATUSES,
  ORGANISATION_LIMITS,
  organisationProfileProblems,
  VERIFIED_FIELDS,
  type OrganisationProfileInput,
  type VerificationDecision,
  type VerifiedField,
} from '@jiuye/domain/recruitment/organisation';
import type { Database } from '../../db';
import type { VerificationStatus } from '../../db/schema';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { notifyOrganisation } from '../notifications/notifications.service';
import { referenceCache, type ReferenceCache } from '../reference/reference.service';
import * as users from '../users/users.service';
import {
  mayManageIn,
  organisationScopeOf,
  ownOrganisationId,
  verificationScopeOf,
} from './organisations.policy';
import * as repo from './organisations.repository';

type OrganisationRow = Awaited<ReturnType<typeof repo.insertOrganisation>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The directory view: what lists show, with the verified badge. */
function toDto(o: OrganisationRow) {
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    uscc: o.uscc,
    nature: o.nature,
    industryCode: o.industry_code,
    regionCode: o.region_code,
    size: o.size,
    verified: o.verification === 'verified',
    verification: o.verification,
    createdAt: new Date(o.created_at).toISOString(),
  };
}

// Region names as people write an address: 湖北省 武汉市 洪山区 (a county name alone is ambiguous).
const regionPaths = new WeakMap<ReferenceCache, Map<string, { name: string; parent: string | null }>>();
function regionPath(ref: ReferenceCache, code: string | null): string | null {
  if (!code) return null;
  let byCode = regionPaths.get(ref);
  if (!byCode) {
    byCode = new Map(ref.regions.map((r) => [r.code, { name: r.name, parent: r.parent_code }]));
    regionPaths.set(ref, byCode);
  }
  const names: string[] = [];
  for (let c: string | null = code; c && names.length < 4; c = byCode.get(c)?.parent ?? null) {
    const r = byCode.get(c);
    if (!r) break;
    names.unshift(r.name);
  }
  return names.length ? names.join(' ') : null;
}

// The lowest-level regions: counties, plus cities that have no counties (东莞, 中山, 嘉峪关 …).
const leafRegions = new WeakMap<ReferenceCache, Set<string>>();
function isLeafRegion(ref: ReferenceCache, code: string): boolean {
  let leaves = leafRegions.get(ref);
  if (!leaves) {
    const parents = new Set(ref.regions.map((r) => r.parent_code));
    leaves = new Set(
      ref.regions.filter((r) => r.level !== 'province' && !parents.has(r.code)).map((r) => r.code),
    );
    leafRegions.set(ref, leaves);
  }
  return leaves.has(code);
}

/** The full registration data: contact phone masked, region resolved to a readable path. */
function toProfile(deps: Pick<Deps, 'cipher'>, ref: ReferenceCache, o: OrganisationRow) {
  return {
    ...toDto(o),
    provinceCode: o.province_code,
    regionName: regionPath(ref, o.region_code),
    contactName: o.contact_name,
    contactPhone: o.contact_phone_enc ? maskPhone(deps.cipher.decrypt(o.contact_phone_enc)) : null,
    contactEmail: o.contact_email,
    licenceNo: o.licence_no,
    introduction: o.introduction,
    verificationNote: o.verification_note,
    verifiedAt: iso(o.verified_at),
    updatedAt: new Date(o.updated_at).toISOString(),
  };
}

type ReviewRow = Awaited<ReturnType<typeof repo.reviewsOf>>[number];

/** A review-history entry; the organisation itself is not told which official decided. */
function toReview(r: ReviewRow, withReviewer: boolean) {
  return {
    id: String(r.id),
    decision: r.decision,
    reason: r.reason,
    decidedBy: withReviewer || r.decision === 'resubmit' ? r.decided_by_name : null,
    createdAt: new Date(r.created_at).toISOString(),
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
  if (!name || name.length > ORGANISATION_LIMITS.nameMax)
    issues.push({ path: 'name', message: `单位名称须为 1–${ORGANISATION_LIMITS.nameMax} 个字符` });
  if (input.nature && !UNIT_NATURES.some((n) => n.key === input.nature))
    issues.push({ path: 'nature', message: `单位性质“${input.nature}”不在可选范围内` });
  if (input.industryCode && !getIndustrySection(input.industryCode))
    issues.push({ path: 'industryCode', message: `行业门类“${input.industryCode}”不存在` });
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
      nature: input.nature || null,
      industry_code: input.industryCode?.toUpperCase() ?? null,
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

/** Checks the registration data against the rules and the reference data; every problem at once. */
async function profileProblems(db: Database, input: OrganisationProfileInput): Promise<Issue[]> {
  const issues = organisationProfileProblems(input);
  if (/^\d{6}$/.test(input.regionCode)) {
    const ref = await referenceCache(db);
    if (!ref.isKnownRegion(input.regionCode))
      issues.push({ path: 'regionCode', message: `地区代码“${input.regionCode}”不存在` });
    else if (!isLeafRegion(ref, input.regionCode))
      issues.push({ path: 'regionCode', message: '请选择到区县一级（单位注册地所在的区、县或县级市）' });
  }
  return issues;
}

/** The stored form of the registration data (the caller has checked it). */
function profileColumns(deps: Pick<Deps, 'cipher'>, input: OrganisationProfileInput) {
  return {
    name: input.name.trim(),
    uscc: normalizeUscc(input.uscc),
    nature: input.nature,
    industry_code: input.industryCode.trim().toUpperCase(),
    region_code: input.regionCode,
    province_code: input.regionCode.slice(0, 2),
    size: input.size,
    contact_name: input.contactName.trim(),
    contact_phone_enc: deps.cipher.encrypt(normalizeMobile(input.contactPhone)!),
    contact_email: input.contactEmail.trim(),
    introduction: input.introduction?.trim() || null,
    licence_no: input.licenceNo?.trim() || null,
  };
}

const duplicateUscc = (uscc: string) =>
  new AppError('conflict', `统一社会信用代码 ${uscc} 已被其他单位注册，如有疑问请联系所在地教育主管部门`, [
    { path: 'uscc', message: '该统一社会信用代码已注册' },
  ]);

export interface RegistrationInput extends OrganisationProfileInput {
  username: string;
  displayName: string;
  password: string;
}

/**
 * Self-registration: the organisation (pending verification) and its first HR account, in one
 * transaction. Validation problems of both come back together; a code already registered is a 409.
 */
export async function registerOrganisation(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  actor: Actor,
  input: RegistrationInput,
) {
  const username = input.username.trim();
  // The account does not exist yet when its creation is logged; the code names who registered.
  const registrant: Actor = {
    id: null,
    label: `register:${normalizeUscc(input.uscc)}`,
    ip: actor.ip ?? null,
  };
  const [orgIssues, accountIssues] = await Promise.all([
    profileProblems(deps.db, input),
    users.accountProblems(deps.db, { ...input, username }),
  ]);
  const issues = [...orgIssues, ...accountIssues];
  if (issues.length) throw validationError(issues);
  const cols = profileColumns(deps, input);
  if (await repo.usccExists(deps.db, cols.uscc)) throw duplicateUscc(cols.uscc);

  const row = await deps.db.transaction().execute(async (trx) => {
    const o = await repo.insertOrganisation(trx, { kind: input.kind, ...cols, verification: 'pending' });
    const userId = await users.insertOrganisationAccount(trx, deps.clock, registrant, {
      username,
      displayName: input.displayName,
      password: input.password,
      role: input.kind,
      organisationId: o.id,
      provinceCode: o.province_code,
    });
    const registered = await repo.updateOrganisation(trx, o.id, { registered_by: userId });
    await recordAudit(
      trx,
      { ...actor, id: userId, label: username },
      {
        action: 'organisation.register',
        targetType: 'organisation',
        targetId: o.id,
        detail: { uscc: cols.uscc, name: cols.name, kind: input.kind },
      },
      deps.clock,
    );
    return registered;
  });
  return { organisation: toProfile(deps, await referenceCache(deps.db), row), username };
}

function requireOwn(user: AuthUser): string {
  const id = ownOrganisationId(user);
  if (!id) throw new AppError('forbidden', '只有用人单位或人力资源服务机构的账号可以管理本单位信息');
  return id;
}

async function loadOwn(db: Database, user: AuthUser) {
  const id = requireOwn(user);
  const o = await repo.findInScope(db, { kind: 'own', organisationId: id }, id);
  if (!o) throw new AppError('not_found', '单位不存在');
  return o;
}

/** The organisation of the signed-in HR account, with its review history. */
export async function getOwnOrganisation(deps: Pick<Deps, 'db' | 'cipher'>, user: AuthUser) {
  const o = await loadOwn(deps.db, user);
  const [ref, reviews] = await Promise.all([referenceCache(deps.db), repo.reviewsOf(deps.db, o.id)]);
  return { ...toProfile(deps, ref, o), reviews: reviews.map((r) => toReview(r, false)) };
}

const FIELD_NAMES: Record<VerifiedField, string> = {
  name: '单位名称',
  uscc: '统一社会信用代码',
  nature: '单位性质',
  regionCode: '所在地区',
  licenceNo: '许可证编号',
};

export type ProfileUpdateInput = Omit<OrganisationProfileInput, 'kind' | 'contactPhone'> & {
  /** Left out (or empty) keeps the stored number: the form only ever shows it masked. */
  contactPhone?: string | null | undefined;
};

/**
 * HR edits their organisation's data. Changing a verified fact (VERIFIED_FIELDS) of a verified
 * organisation sends it back to pending, recorded as a re-submission, so the badge always belongs
 * to data an official has checked.
 */
export async function updateOwnOrganisation(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
  input: ProfileUpdateInput,
) {
  const o = await loadOwn(deps.db, user);
  const phone = input.contactPhone?.trim()
    ? input.contactPhone
    : o.contact_phone_enc
      ? deps.cipher.decrypt(o.contact_phone_enc)
      : '';
  const full: OrganisationProfileInput = { ...input, kind: o.kind, contactPhone: phone };
  const issues = await profileProblems(deps.db, full);
  if (issues.length) throw validationError(issues);
  const cols = profileColumns(deps, full);
  if (cols.uscc !== o.uscc && (await repo.usccExists(deps.db, cols.uscc, o.id)))
    throw duplicateUscc(cols.uscc);
  const before: Record<VerifiedField, string | null> = {
    name: o.name,
    uscc: o.uscc,
    nature: o.nature,
    regionCode: o.region_code,
    licenceNo: o.licence_no,
  };
  const after: Record<VerifiedField, string | null> = {
    name: cols.name,
    uscc: cols.uscc,
    nature: cols.nature,
    regionCode: cols.region_code,
    licenceNo: cols.licence_no,
  };
  const changed = VERIFIED_FIELDS.filter((f) => before[f] !== after[f]);
  const reverify = o.verification === 'verified' && changed.length > 0;
  // An unchanged number is not re-encrypted: a new ciphertext would look like a change to readers of the log.
  const keepPhone = !input.contactPhone?.trim() && o.contact_phone_enc;

  await deps.db.transaction().execute(async (trx) => {
    await repo.updateOrganisation(trx, o.id, {
      ...cols,
      ...(keepPhone ? { contact_phone_enc: o.contact_phone_enc } : {}),
      ...(reverify
        ? { verification: 'pending' as const, verified_at: null, verified_by: null, verification_note: null }
        : {}),
    });
    if (reverify)
      await repo.insertReview(trx, {
        organisation_id: o.id,
        decision: 'resubmit',
        reason: `修改了${changed.map((f) => FIELD_NAMES[f]).join('、')}，重新提交审核`,
        decided_by: user.id,
      });
    await recordAudit(
      trx,
      actor,
      {
        action: 'organisation.update',
        targetType: 'organisation',
        targetId: o.id,
        detail: { verifiedFieldsChanged: changed, backToPending: reverify },
      },
      deps.clock,
    );
  });
  return { ...(await getOwnOrganisation(deps, user)), backToPending: reverify };
}

/** After a rejection or a request for information, the organisation asks for another review. */
export async function resubmitOwnOrganisation(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
  note: string | undefined,
) {
  const o = await loadOwn(deps.db, user);
  await deps.db.transaction().execute(async (trx) => {
    const moved = await repo.transition(trx, o.id, ['rejected', 'needs_info'], { verification: 'pending' });
    if (!moved)
      throw new AppError(
        'conflict',
        o.verification === 'verified' ? '单位已通过认证，无需重新提交' : '单位正在审核中，请耐心等待审核结果',
      );
    await repo.insertReview(trx, {
      organisation_id: o.id,
      decision: 'resubmit',
      reason: note?.trim() || null,
      decided_by: user.id,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'organisation.resubmit',
        targetType: 'organisation',
        targetId: o.id,
        detail: { from: o.verification },
      },
      deps.clock,
    );
  });
  return getOwnOrganisation(deps, user);
}

/** The unmasked contact phone; every read is audited with its reason, like the roster's reveal. */
async function revealContactPhone(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  actor: Actor,
  o: OrganisationRow,
  reason: string,
) {
  const value = o.contact_phone_enc ? deps.cipher.decrypt(o.contact_phone_enc) : null;
  await recordAudit(
    deps.db,
    actor,
    {
      action: 'pii.reveal',
      targetType: 'organisation',
      targetId: o.id,
      detail: { field: 'contactPhone', reason },
    },
    deps.clock,
  );
  return { value };
}

/** HR reads their own organisation's contact phone in full. */
export async function revealOwnContactPhone(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
) {
  return revealContactPhone(deps, actor, await loadOwn(deps.db, user), '本单位查看');
}

// ── Colleagues ──

function toStaff(u: users.UserSummary, self: string) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    status: u.status,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    isSelf: u.id === self,
  };
}

/** The HR accounts of the user's organisation. */
export async function listStaff(deps: Pick<Deps, 'db'>, user: AuthUser) {
  const items = await users.listOrganisationAccounts(deps.db, requireOwn(user));
  return { items: items.map((u) => toStaff(u, user.id)) };
}

/** Adds a colleague: an account of the same role in the same organisation. */
export async function addStaff(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  input: { username: string; displayName: string; password: string },
) {
  const organisationId = requireOwn(user);
  const username = input.username.trim();
  const issues = await users.accountProblems(deps.db, { ...input, username });
  if (issues.length) throw validationError(issues);
  const id = await deps.db.transaction().execute((trx) =>
    users.insertOrganisationAccount(trx, deps.clock, actor, {
      ...input,
      username,
      role: user.role as 'employer' | 'agency',
      organisationId,
      provinceCode: user.scope.provinceCode ?? null,
    }),
  );
  return toStaff(await users.getUser(deps.db, id), user.id);
}

/** Disables or re-enables a colleague; never oneself, never someone of another organisation. */
export async function setStaffStatus(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  status: 'active' | 'disabled',
) {
  const organisationId = requireOwn(user);
  const target = await users.findUserById(deps.db, id);
  if (!target || target.organisation_id !== organisationId)
    throw new AppError('not_found', '本单位没有该账号');
  if (id === user.id && status === 'disabled')
    throw validationError([{ path: 'status', message: '不能停用自己的账号，请让同事操作' }]);
  return toStaff(await users.updateUser(deps, actor, id, { status }), user.id);
}

// ── Verification by education officials ──

export const OPEN_STATUSES: readonly VerificationStatus[] = ['pending', 'needs_info'];

/** The verification queue within the official's province (all provinces for national officials and admins). */
export async function verificationQueue(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  f: Omit<repo.VerificationFilter, 'statuses'> & { status?: VerificationStatus | undefined },
) {
  const ref = await referenceCache(deps.db);
  const { items, total } = await repo.verificationQueue(deps.db, verificationScopeOf(user), {
    ...f,
    statuses: f.status ? [f.status] : OPEN_STATUSES,
  });
  return {
    total,
    items: items.map((o) => ({
      ...toDto(o),
      regionName: regionPath(ref, o.region_code),
      verificationNote: o.verification_note,
      updatedAt: new Date(o.updated_at).toISOString(),
    })),
  };
}

async function loadForVerification(db: Database, user: AuthUser, id: string) {
  const o = await repo.findInScope(db, verificationScopeOf(user), id);
  // Out of scope looks the same as absent, so ids cannot be probed.
  if (!o) throw new AppError('not_found', '单位不存在或不在您的审核范围内');
  return o;
}

/** Everything an official needs to decide: all registration data and the review history. */
export async function verificationDetail(deps: Pick<Deps, 'db' | 'cipher'>, user: AuthUser, id: string) {
  const o = await loadForVerification(deps.db, user, id);
  const [ref, reviews, staff] = await Promise.all([
    referenceCache(deps.db),
    repo.reviewsOf(deps.db, o.id),
    users.listOrganisationAccounts(deps.db, o.id),
  ]);
  const registrant = staff.find((u) => u.id === o.registered_by);
  return {
    ...toProfile(deps, ref, o),
    registeredBy: registrant ? { username: registrant.username, displayName: registrant.displayName } : null,
    staffCount: staff.length,
    reviews: reviews.map((r) => toReview(r, true)),
  };
}

/** An official reads a registration's contact phone in full (audited with the reason given). */
export async function revealForVerification(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  reason: string,
) {
  return revealContactPhone(deps, actor, await loadForVerification(deps.db, user, id), reason);
}

const NEXT_STATUS: Record<VerificationDecision, VerificationStatus> = {
  approve: 'verified',
  reject: 'rejected',
  request_info: 'needs_info',
};

const NOTICE: Record<VerificationDecision, (name: string) => string> = {
  approve: (name) => `${name} 已通过认证，现在可以发布岗位`,
  reject: (name) => `${name} 的认证申请未通过`,
  request_info: (name) => `${name} 的认证申请需要补充材料`,
};

/**
 * Approve, reject or ask for more. A reason is required except for approval; the decision, the
 * audit record and the organisation's notifications are written together.
 */
export async function decideVerification(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: { decision: VerificationDecision; reason?: string | null | undefined },
) {
  const reason = input.reason?.trim() || null;
  const L = ORGANISATION_LIMITS;
  if (input.decision !== 'approve' && (!reason || reason.length < L.reasonMin))
    throw validationError([
      {
        path: 'reason',
        message:
          input.decision === 'reject'
            ? '驳回须说明理由，单位将看到这段文字'
            : '请写明需要单位补充或更正的内容，单位将看到这段文字',
      },
    ]);
  const o = await loadForVerification(deps.db, user, id);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await repo.transition(trx, o.id, DECIDABLE_STATUSES, {
      verification: NEXT_STATUS[input.decision],
      verification_note: reason,
      verified_at: input.decision === 'approve' ? now : null,
      verified_by: input.decision === 'approve' ? user.id : null,
    });
    if (!moved)
      throw new AppError(
        'conflict',
        o.verification === 'verified'
          ? '该单位已通过认证'
          : o.verification === 'rejected'
            ? '该单位已被驳回，需等待单位修改后重新提交'
            : '该单位的状态已被其他审核人更新，请刷新后查看',
      );
    await repo.insertReview(trx, {
      organisation_id: o.id,
      decision: input.decision,
      reason,
      decided_by: user.id,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'organisation.verify',
        targetType: 'organisation',
        targetId: o.id,
        detail: { decision: input.decision, reason, uscc: o.uscc },
      },
      deps.clock,
    );
    await notifyOrganisation(trx, o.id, {
      kind: `organisation.${input.decision}`,
      title: NOTICE[input.decision](o.name),
      body: reason,
      link: '/organisation',
    });
  });
  return verificationDetail(deps, user, id);
}
