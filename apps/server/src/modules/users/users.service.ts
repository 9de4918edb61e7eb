import { ROLE_SCOPES, type Role, type ScopeKind } from '@jiuye/domain/roles';
import { passwordProblems } from '@jiuye/domain/password';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { hashPassword } from '../../platform/crypto';
import { recordAudit, type Actor } from '../audit/audit.service';
import * as repo from './users.repository';
import type { Database } from '../../db';

export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]{3,32}$/;

export interface ScopeInput {
  kind: ScopeKind;
  provinceCode?: string | null | undefined;
  universityCode?: string | null | undefined;
  collegeId?: string | null | undefined;
  organisationId?: string | null | undefined;
  graduateId?: string | null | undefined;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scope: ScopeInput;
}

/** The session-facing view of a user row. */
export function toAuthUser(u: repo.UserWithScope): AuthUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    scope: {
      kind: u.scope_kind as ScopeKind,
      provinceCode: u.province_code,
      provinceName: u.province_name,
      universityCode: u.university_code,
      universityName: u.university_name,
      collegeId: u.college_id,
      collegeName: u.college_name,
      organisationId: u.organisation_id,
      organisationName: u.organisation_name,
      graduateId: u.graduate_id,
    },
  };
}

/** The admin-facing view of a user row (never the password hash). */
export function toUserSummary(u: repo.UserWithScope) {
  return {
    ...toAuthUser(u),
    status: u.status,
    lockedUntil: u.locked_until ? u.locked_until.toISOString() : null,
    lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
    createdAt: new Date(u.created_at).toISOString(),
  };
}

export type UserSummary = ReturnType<typeof toUserSummary>;

/** Checks that the scope fits the role and points at records that exist; returns the columns to store. */
async function resolveScope(db: Database, role: Role, scope: ScopeInput, issues: Issue[]) {
  const cols = {
    scope_kind: scope.kind,
    province_code: null as string | null,
    university_code: null as string | null,
    college_id: null as string | null,
    organisation_id: null as string | null,
    graduate_id: null as string | null,
  };
  if (!ROLE_SCOPES[role].includes(scope.kind)) {
    issues.push({ path: 'scope.kind', message: `角色“${role}”不能使用“${scope.kind}”范围` });
    return cols;
  }
  switch (scope.kind) {
    case 'national':
      break;
    case 'province': {
      const code = scope.provinceCode ?? '';
      const region = /^\d{2}$/.test(code)
        ? await db.selectFrom('regions').select('code').where('code', '=', `${code}0000`).executeTakeFirst()
        : undefined;
      if (!region) issues.push({ path: 'scope.provinceCode', message: `省份代码“${code}”不存在` });
      cols.province_code = code;
      break;
    }
    case 'university': {
      const uni = scope.universityCode
        ? await db
            .selectFrom('universities')
            .select(['code', 'province_code'])
            .where('code', '=', scope.universityCode)
            .executeTakeFirst()
        : undefined;
      if (!uni)
        issues.push({
          path: 'scope.universityCode',
          message: `学校标识码“${scope.universityCode ?? ''}”不存在`,
        });
      cols.university_code = uni?.code ?? null;
      cols.province_code = uni?.province_code ?? null;
      break;
    }
    case 'college': {
      const college = scope.collegeId
        ? await db
            .selectFrom('colleges as c')
            .innerJoin('universities as u', 'u.code', 'c.university_code')
            .select(['c.id', 'c.university_code', 'u.province_code'])
            .where('c.id', '=', scope.collegeId)
            .executeTakeFirst()
        : undefined;
      if (!college) issues.push({ path: 'scope.collegeId', message: '院系不存在' });
      cols.college_id = college?.id ?? null;
      cols.university_code = college?.university_code ?? null;
      cols.province_code = college?.province_code ?? null;
      break;
    }
    case 'organisation': {
      const org = scope.organisationId
        ? await db
            .selectFrom('organisations')
            .select(['id', 'province_code'])
            .where('id', '=', scope.organisationId)
            .executeTakeFirst()
        : undefined;
      if (!org) issues.push({ path: 'scope.organisationId', message: '单位不存在' });
      cols.organisation_id = org?.id ?? null;
      cols.province_code = org?.province_code ?? null;
      break;
    }
    case 'self': {
      const grad = scope.graduateId
        ? await db
            .selectFrom('graduates')
            .select(['id', 'university_code', 'college_id', 'province_code'])
            .where('id', '=', scope.graduateId)
            .executeTakeFirst()
        : undefined;
      if (!grad) issues.push({ path: 'scope.graduateId', message: '毕业生记录不存在' });
      cols.graduate_id = grad?.id ?? null;
      cols.university_code = grad?.university_code ?? null;
      cols.college_id = grad?.college_id ?? null;
      cols.province_code = grad?.province_code ?? null;
      break;
    }
  }
  return cols;
}

/** Problems with a new account's username, display name and password (the scope is checked apart). */
export async function accountProblems(
  db: Database,
  input: { username: string; displayName: string; password: string },
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (!USERNAME_PATTERN.test(input.username))
    issues.push({ path: 'username', message: '用户名须为 3–32 位字母、数字或 _ . @ -' });
  else if (await repo.usernameExists(db, input.username))
    issues.push({ path: 'username', message: `用户名“${input.username}”已被使用` });
  if (!input.displayName.trim() || input.displayName.length > 50)
    issues.push({ path: 'displayName', message: '姓名/显示名须为 1–50 个字符' });
  for (const p of passwordProblems(input.password, input.username))
    issues.push({ path: 'password', message: p });
  return issues;
}

/**
 * Inserts an HR account of an organisation inside the caller's transaction, so an organisation and
 * its first account are written together or not at all. The caller has checked accountProblems;
 * a username taken in the meantime surfaces as the unique index's error and rolls everything back.
 */
export async function insertOrganisationAccount(
  trx: Database,
  clock: () => Date,
  actor: Actor,
  input: {
    username: string;
    displayName: string;
    password: string;
    role: 'employer' | 'agency';
    organisationId: string;
    provinceCode: string | null;
  },
): Promise<string> {
  const id = await repo.insertUser(trx, {
    username: input.username,
    display_name: input.displayName.trim(),
    password_hash: await hashPassword(input.password),
    role: input.role,
    scope_kind: 'organisation',
    organisation_id: input.organisationId,
    province_code: input.provinceCode,
  });
  await recordAudit(
    trx,
    actor,
    {
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      detail: {
        username: input.username,
        role: input.role,
        scope: { kind: 'organisation', organisationId: input.organisationId },
      },
    },
    clock,
  );
  return id;
}

/** Creates an account after checking every field; all problems are reported together. */
export async function createUser(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, input: CreateUserInput) {
  const issues = await accountProblems(deps.db, input);
  const scopeCols = await resolveScope(deps.db, input.role, input.scope, issues);
  if (issues.length) throw validationError(issues);

  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await repo.insertUser(trx, {
      username: input.username,
      display_name: input.displayName.trim(),
      password_hash: await hashPassword(input.password),
      role: input.role,
      ...scopeCols,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.create',
        targetType: 'user',
        targetId: newId,
        detail: { username: input.username, role: input.role, scope: input.scope },
      },
      deps.clock,
    );
    return newId;
  });
  return getUser(deps.db, id);
}

/** One user (admin view). */
export async function getUser(db: Database, id: string) {
  const u = await repo.findById(db, id);
  if (!u) throw new AppError('not_found', '用户不存在');
  return toUserSummary(u);
}

/** Loads a user row for authentication. */
export function findUserByUsername(db: Database, username: string) {
  return repo.findByUsername(db, username);
}

/** Loads a user row by id for authentication. */
export function findUserById(db: Database, id: string) {
  return repo.findById(db, id);
}

/** A page of users. */
export async function listUsers(db: Database, filter: repo.UserListFilter) {
  const { items, total } = await repo.listUsers(db, filter);
  return { items: items.map(toUserSummary), total };
}

/** The HR accounts of an organisation. */
export async function listOrganisationAccounts(db: Database, organisationId: string) {
  return (await repo.listByOrganisation(db, organisationId)).map(toUserSummary);
}

export interface UpdateUserInput {
  status?: 'active' | 'disabled' | undefined;
  displayName?: string | undefined;
  password?: string | undefined;
}

/** Admin changes to an account; disabling or a new password ends the user's sessions. */
export async function updateUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
) {
  const existing = await repo.findById(deps.db, id);
  if (!existing) throw new AppError('not_found', '用户不存在');
  const issues: Issue[] = [];
  if (input.displayName !== undefined && (!input.displayName.trim() || input.displayName.length > 50))
    issues.push({ path: 'displayName', message: '姓名/显示名须为 1–50 个字符' });
  if (input.password !== undefined)
    for (const p of passwordProblems(input.password, existing.username))
      issues.push({ path: 'password', message: p });
  if (input.status === 'disabled' && actor.id === id)
    issues.push({ path: 'status', message: '不能停用自己的账号' });
  if (issues.length) throw validationError(issues);

  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, id, {
      ...(input.status ? { status: input.status } : {}),
      ...(input.displayName !== undefined ? { display_name: input.displayName.trim() } : {}),
      ...(input.password !== undefined
        ? { password_hash: await hashPassword(input.password), failed_logins: 0, locked_until: null }
        : {}),
    });
    if (input.status === 'disabled' || input.password !== undefined) await repo.deleteSessionsOfUser(trx, id);
    await recordAudit(
      trx,
      actor,
      {
        action: 'user.update',
        targetType: 'user',
        targetId: id,
        detail: {
          status: input.status,
          displayName: input.displayName,
          passwordReset: input.password !== undefined,
        },
      },
      deps.clock,
    );
  });
  return getUser(deps.db, id);
}

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** Opens a session for a user. */
export async function openSession(
  deps: Pick<Deps, 'db' | 'clock'>,
  userId: string,
  id: string,
  meta: { ip: string | null; userAgent: string | null },
) {
  await repo.insertSession(deps.db, {
    id,
    userId,
    expiresAt: new Date(deps.clock().getTime() + SESSION_MAX_MS),
    ...meta,
  });
}

/** Resolves a session id to its user, sliding the idle window; null when the session is not usable. */
export async function resolveSession(deps: Pick<Deps, 'db' | 'clock'>, id: string): Promise<AuthUser | null> {
  const now = deps.clock();
  const session = await repo.findLiveSession(deps.db, id, now, new Date(now.getTime() - SESSION_IDLE_MS));
  if (!session) return null;
  // Writing on every request would turn reads into writes; once a minute is enough for a 2 h idle limit.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000)
    await repo.touchSession(deps.db, id, now);
  const user = await repo.findById(deps.db, session.user_id);
  return user ? toAuthUser(user) : null;
}

/** Ends a session. */
export function closeSession(db: Database, id: string) {
  return repo.deleteSession(db, id);
}

export { registerFailedLogin, registerSuccessfulLogin } from './users.repository';
