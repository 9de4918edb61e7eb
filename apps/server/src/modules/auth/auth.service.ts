import { normalizeIdNumber } from '@jiuye/domain';
import type { Deps } from '../../platform/context';
import { AppError, validationError } from '../../platform/errors';
import { newSessionToken, verifyPassword, hashPassword } from '../../platform/crypto';
import { recordAudit, type Actor } from '../audit/audit.service';
import * as users from '../users/users.service';
import { findGraduateForRegistration } from '../graduates/graduates.service';
import { passwordProblems } from '@jiuye/domain/password';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a throwaway hash when the user does not exist keeps response times alike,
// so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-Aa1!'));

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

function lockedError(until: Date) {
  const time = until.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
  return new AppError('locked', `登录失败次数过多，账号已临时锁定，请于 ${time} 后重试`);
}

/** Checks credentials with lockout; returns the new session token and the user. */
export async function login(
  deps: Pick<Deps, 'db' | 'clock'>,
  username: string,
  password: string,
  meta: SessionMeta,
) {
  const now = deps.clock();
  const user = await users.findUserByUsername(deps.db, username);
  const bad = () => new AppError('unauthenticated', '用户名或密码错误');
  if (!user) {
    await verifyPassword(password, await getDummyHash());
    throw bad();
  }
  const actor: Actor = { id: user.id, label: user.username, ip: meta.ip };
  if (user.locked_until && user.locked_until > now) throw lockedError(user.locked_until);
  if (!(await verifyPassword(password, user.password_hash))) {
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const after = await users.registerFailedLogin(deps.db, user.id, MAX_FAILED_LOGINS, now, lockUntil);
    await recordAudit(
      deps.db,
      actor,
      {
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: user.id,
        detail: { failures: after.failed_logins },
      },
      deps.clock,
    );
    if (after.locked_until && after.locked_until > now) throw lockedError(after.locked_until);
    const left = MAX_FAILED_LOGINS - after.failed_logins;
    throw new AppError('unauthenticated', `用户名或密码错误，再失败 ${left} 次账号将被临时锁定`);
  }
  if (user.status !== 'active') throw new AppError('forbidden', '账号已停用，请联系管理员');

  const { token, id } = newSessionToken();
  await users.registerSuccessfulLogin(deps.db, user.id, now);
  await users.openSession(deps, user.id, id, meta);
  await recordAudit(
    deps.db,
    actor,
    { action: 'auth.login', targetType: 'user', targetId: user.id },
    deps.clock,
  );
  return { token, user: users.toAuthUser(user) };
}

/** Ends the session and records it. */
export async function logout(deps: Pick<Deps, 'db' | 'clock'>, sessionId: string, actor: Actor) {
  await users.closeSession(deps.db, sessionId);
  await recordAudit(
    deps.db,
    actor,
    { action: 'auth.logout', targetType: 'user', targetId: actor.id },
    deps.clock,
  );
}

export interface RegisterInput {
  universityCode: string;
  studentNo: string;
  idNumber: string;
  username: string;
  password: string;
}

/**
 * A graduate claims their roster record by 学号 + 身份证号. The same message is given for every
 * mismatch so the form cannot be used to probe who is on a roster.
 */
export async function registerGraduate(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  input: RegisterInput,
  meta: SessionMeta,
) {
  const problems = passwordProblems(input.password, input.username);
  if (problems.length) throw validationError(problems.map((message) => ({ path: 'password', message })));
  const graduate = await findGraduateForRegistration(
    deps,
    input.universityCode,
    input.studentNo.trim(),
    normalizeIdNumber(input.idNumber),
  );
  if (!graduate) throw new AppError('not_found', '学校、学号与身份证号不匹配，请核对或联系学校就业中心');
  if (graduate.hasAccount) throw new AppError('conflict', '该毕业生已注册账号，请直接登录或联系学校重置密码');
  const actor: Actor = { id: null, label: `graduate:${input.studentNo}`, ip: meta.ip };
  await users.createUser(deps, actor, {
    username: input.username,
    displayName: graduate.name,
    password: input.password,
    role: 'graduate',
    scope: { kind: 'self', graduateId: graduate.id },
  });
  return login(deps, input.username, input.password, meta);
}

/** Changes one's own password after checking the current one. */
export async function changeOwnPassword(
  deps: Pick<Deps, 'db' | 'clock'>,
  userId: string,
  currentPassword: string,
  newPassword: string,
  actor: Actor,
) {
  const user = await users.findUserById(deps.db, userId);
  if (!user || !(await verifyPassword(currentPassword, user.password_hash)))
    throw validationError([{ path: 'currentPassword', message: '当前密码不正确' }]);
  await users.updateUser(deps, actor, userId, { password: newPassword });
}
