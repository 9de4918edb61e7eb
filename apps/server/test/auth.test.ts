import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblems } from '@jiuye/domain/password';
import { SESSION_COOKIE } from '../src/platform/http';
import {
  createTestPlatform,
  freshIp,
  rosterCsv,
  rosterRows,
  TEST_PASSWORD,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

let t: TestPlatform;
let uni: UniversityFixture;
let adminCookie: string;
const roster = rosterRows(4, { prefix: 'R', seed: 21 });

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture();
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  adminCookie = await t.loginAs(admin.username);
  const cc = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  const imported = await t.importRoster(await t.loginAs(cc.username), rosterCsv(roster), 'roster.csv');
  expect(imported.accepted).toBe(roster.length);
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.reset();
});

function login(username: string, password: string, ip = freshIp()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
}

function me(cookie: string) {
  return t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
}

function cookieOf(res: { cookies: { name: string; value: string }[] }) {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  if (!c) throw new Error('no session cookie');
  return `${SESSION_COOKIE}=${c.value}`;
}

describe('login, me, logout', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and knows who is signed in', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ user: { username: string; role: string } }>().user).toMatchObject({
      username: user.username,
      role: 'career_centre',
    });
    const session = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
    // The token is random; the database keeps only its hash.
    const stored = await t.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toBe(session.value);

    const cookie = cookieOf(res);
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json<{ user: { id: string; scope: { universityCode: string } } }>().user).toMatchObject({
      id: user.id,
      scope: { universityCode: uni.code },
    });

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json<ErrorBody>().error.code).toBe('unauthenticated');
  });

  it('without a cookie, /me is 401 asking to log in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json<ErrorBody>().error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
  });

  it('gives the same message for a wrong password and an unknown user', async () => {
    const user = await t.createUserFixture('counsellor', { kind: 'college', collegeId: await collegeId() });
    const wrong = await login(user.username, 'Wrong-Passw0rd!');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error.message).toBe('用户名或密码错误，再失败 4 次账号将被临时锁定');
    const unknown = await login('nobody-here', 'Wrong-Passw0rd!');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json<ErrorBody>().error.message).toBe('用户名或密码错误');
  });
});

async function collegeId() {
  const row = await t.deps.db
    .selectFrom('colleges')
    .select('id')
    .where('university_code', '=', uni.code)
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('lockout', () => {
  it('locks the account after 5 failures (423), refuses even the right password, and unlocks after 15 minutes', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(user.username, `Wrong-Passw0rd-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);

    const right = await login(user.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json<ErrorBody>().error).toMatchObject({ code: 'locked' });
    expect(right.json<ErrorBody>().error.message).toMatch(/账号已临时锁定/);
    expect(right.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    const failures = await t.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login_failed')
      .where('target_id', '=', user.id)
      .execute();
    expect(failures).toHaveLength(5);

    t.clock.advance(16 * 60_000);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('gives a full five attempts again once a lock has run out', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    for (let i = 0; i < 5; i++) await login(user.username, `Wrong-Passw0rd-${i}`);
    t.clock.advance(16 * 60_000);
    const typo = await login(user.username, 'Wrong-Passw0rd-again');
    expect(typo.statusCode).toBe(401);
    expect(typo.json<ErrorBody>().error.message).toBe('用户名或密码错误，再失败 4 次账号将被临时锁定');
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sessions that stop working', () => {
  it('an expired session is refused with 登录已过期', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const cookie = cookieOf(await login(user.username, TEST_PASSWORD));
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(13 * 60 * 60_000);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json<ErrorBody>().error).toEqual({
      code: 'unauthenticated',
      message: '登录已过期，请重新登录',
    });
    // Expiry also holds on a roster route, which is what the issue's "expired session" case means.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/graduates', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('a session idle for more than 2 hours is refused', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const cookie = cookieOf(await login(user.username, TEST_PASSWORD));
    t.clock.advance(2 * 60 * 60_000 + 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('disabling a user ends their sessions and refuses their next login', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const cookie = cookieOf(await login(user.username, TEST_PASSWORD));
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: { cookie: adminCookie },
      payload: { status: 'disabled' },
    });
    expect(patch.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const again = await login(user.username, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json<ErrorBody>().error.message).toBe('账号已停用，请联系管理员');
  });

  it('a session of a user disabled behind its back (status only) stops working too', async () => {
    const user = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
    const cookie = cookieOf(await login(user.username, TEST_PASSWORD));
    await t.deps.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', user.id).execute();
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('rate limit', () => {
  it('throttles logins from one address with 429', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await login(`ghost${i}`, 'Wrong-Passw0rd!', ip)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const res = await login('ghost', 'Wrong-Passw0rd!', ip);
    expect(res.json<ErrorBody>().error.code).toBe('rate_limited');
    // Another address is not affected.
    expect((await login('ghost', 'Wrong-Passw0rd!')).statusCode).toBe(401);
  });
});

describe('graduate self-registration', () => {
  const register = (body: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/register', payload: body, remoteAddress: freshIp() });
  const GENERIC = '学校、学号与身份证号不匹配，请核对或联系学校就业中心';

  it('claims the roster record with the right 学号 + 身份证号, once', async () => {
    const g = roster[0]!;
    const body = {
      universityCode: uni.code,
      studentNo: g.学号,
      idNumber: g.身份证号,
      username: 'grad-self-1',
      password: TEST_PASSWORD,
    };
    const res = await register(body);
    expect(res.statusCode).toBe(201);
    expect(res.json<{ user: { role: string; displayName: string } }>().user).toMatchObject({
      role: 'graduate',
      displayName: g.姓名,
    });
    const profile = await t.app.inject({
      method: 'GET',
      url: '/api/me/profile',
      headers: { cookie: cookieOf(res) },
    });
    expect(profile.json<{ studentNo: string }>().studentNo).toBe(g.学号);

    const twice = await register({ ...body, username: 'grad-self-2' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.code).toBe('conflict');
  });

  it('answers every mismatch with the same 404 message', async () => {
    const [, g, other] = roster as [unknown, (typeof roster)[number], (typeof roster)[number]];
    const base = { universityCode: uni.code, username: 'grad-probe', password: TEST_PASSWORD };
    const attempts = [
      { ...base, studentNo: g.学号, idNumber: other.身份证号 },
      { ...base, studentNo: 'NO-SUCH-NO', idNumber: g.身份证号 },
      { ...base, universityCode: '4111010002', studentNo: g.学号, idNumber: g.身份证号 },
    ];
    for (const body of attempts) {
      const res = await register(body);
      expect(res.statusCode).toBe(404);
      expect(res.json<ErrorBody>().error).toEqual({ code: 'not_found', message: GENERIC });
    }
    expect(
      await t.deps.db.selectFrom('users').select('id').where('username', '=', 'grad-probe').execute(),
    ).toEqual([]);
  });

  it('reports every broken password rule as a validation issue', async () => {
    const g = roster[1]!;
    const res = await register({
      universityCode: uni.code,
      studentNo: g.学号,
      idNumber: g.身份证号,
      username: 'abc',
      password: 'abcd',
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<ErrorBody>();
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toEqual(
      passwordProblems('abcd', 'abc').map((message) => ({ path: 'password', message })),
    );
    expect(error.issues).toHaveLength(3);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: adminCookie },
      payload: {
        username: 'x',
        displayName: '',
        password: 'a'.repeat(200),
        role: 'career_centre',
        scope: { kind: 'university', universityCode: uni.code },
      },
    });
    expect(created.statusCode).toBe(400);
    const paths = created.json<ErrorBody>().error.issues!.map((i) => i.path);
    expect(paths).toEqual(['username', 'displayName', 'password', 'password']);
  });
});
