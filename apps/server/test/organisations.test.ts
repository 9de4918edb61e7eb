import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc, USCC_CHARSET } from '@jiuye/domain';
import { SESSION_COOKIE } from '../src/platform/http';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform, callApi, type JsonBody } from './helpers';

let t: TestPlatform;
const cookies: Record<string, string> = {};
let seq = 0;

const call = (
  cookie: string | undefined,
  method: Parameters<typeof callApi>[2],
  url: string,
  payload?: unknown,
) => callApi(t.app, cookie, method, url, payload);

const newUscc = (region = '420111') =>
  generateUscc(createRng(randomBytes(4).readUInt32BE(0)), { regionCode: region });

/** A complete, valid registration of an employer in 武汉市洪山区 (province 42). */
function registration(overrides: JsonBody = {}): JsonBody {
  seq++;
  return {
    kind: 'employer',
    name: `武汉测试科技有限公司${seq}${randomBytes(2).toString('hex')}`,
    uscc: newUscc(),
    nature: 'private',
    industryCode: 'I',
    regionCode: '420111',
    size: 'small',
    contactName: '张敏',
    contactPhone: '138 0027 1234',
    contactEmail: 'hr@example.com',
    introduction: '专注工业软件研发。',
    username: `hr_${seq}_${randomBytes(3).toString('hex')}`,
    displayName: '张敏',
    password: TEST_PASSWORD,
    ...overrides,
  };
}

async function register(overrides: JsonBody = {}) {
  const input = registration(overrides);
  const res = await call(undefined, 'POST', '/api/organisations/register', input);
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
  return { ...res, input, cookie: session ? `${SESSION_COOKIE}=${session.value}` : '' };
}

async function count(table: 'organisations' | 'users') {
  const row = await t.deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const issuePaths = (body: JsonBody) => (body.error.issues as { path: string }[]).map((i) => i.path).sort();

beforeAll(async () => {
  t = await createTestPlatform();
  const users = {
    hubei: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '42' }),
    beijing: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '11' }),
    national: await t.createUserFixture('edu_official', { kind: 'national' }),
    hrss: await t.createUserFixture('hrss_official', { kind: 'province', provinceCode: '42' }),
    admin: await t.createUserFixture('admin', { kind: 'national' }),
  };
  for (const [name, user] of Object.entries(users)) cookies[name] = await t.loginAs(user.username);
});

afterAll(async () => {
  await t?.close();
});

describe('self-registration', () => {
  it('creates a pending organisation and its first HR account, signs the HR in, stores the phone encrypted', async () => {
    const res = await register();
    expect(res.status).toBe(201);
    expect(res.cookie).not.toBe('');
    expect(res.body.organisation).toMatchObject({
      kind: 'employer',
      uscc: res.input.uscc,
      verification: 'pending',
      verified: false,
      contactPhone: '138****1234',
      regionName: '湖北省 武汉市 洪山区',
      provinceCode: '42',
    });
    expect(res.body.user).toMatchObject({ role: 'employer', scope: { kind: 'organisation' } });

    const stored = await t.deps.db
      .selectFrom('organisations')
      .selectAll()
      .where('uscc', '=', res.input.uscc)
      .executeTakeFirstOrThrow();
    expect(stored.contact_phone_enc).toMatch(/^v1:/);
    expect(stored.contact_phone_enc).not.toContain('1234');
    expect(stored.registered_by).toBe(res.body.user.id);

    const mine = await call(res.cookie, 'GET', '/api/organisations/mine');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: stored.id, verification: 'pending', reviews: [] });

    const reveal = await call(res.cookie, 'POST', '/api/organisations/mine/reveal');
    expect(reveal.body.value).toBe('13800271234');
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('target_id', '=', stored.id)
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['organisation.register', 'pii.reveal']);
  });

  it('reports every problem at once and writes nothing', async () => {
    const before = [await count('organisations'), await count('users')];
    const valid = newUscc();
    const last = valid.at(-1)!;
    const wrongCheck =
      valid.slice(0, 17) + USCC_CHARSET[(USCC_CHARSET.indexOf(last) + 1) % USCC_CHARSET.length];
    const res = await register({
      kind: 'agency',
      uscc: wrongCheck,
      regionCode: '999999',
      nature: '民营企业',
      contactPhone: '12345',
      contactEmail: 'not-an-email',
      licenceNo: '',
      password: 'short',
      size: undefined,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(issuePaths(res.body)).toEqual(
      [
        'contactEmail',
        'contactPhone',
        'licenceNo',
        'nature',
        'password',
        'password',
        'regionCode',
        'size',
        'uscc',
      ].sort(),
    );
    const messages = JSON.stringify(res.body.error.issues);
    expect(messages).toContain('校验码');
    expect(messages).toContain('人力资源服务许可证');
    expect(messages).toContain('地区代码“999999”不存在');
    expect(res.cookie).toBe('');
    expect([await count('organisations'), await count('users')]).toEqual(before);
  });

  it('accepts an agency with its licence number', async () => {
    const res = await register({
      kind: 'agency',
      nature: 'hr_agency',
      industryCode: 'L',
      licenceNo: '（鄂）人服证字〔2024〕第0100123号',
    });
    expect(res.status).toBe(201);
    expect(res.body.user.role).toBe('agency');
    expect(res.body.organisation.licenceNo).toBe('（鄂）人服证字〔2024〕第0100123号');
  });

  it('wants a county, not a city or province', async () => {
    const res = await register({ regionCode: '420100' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'regionCode', message: expect.stringContaining('区县') }]);
    // A city without counties (东莞) is the lowest level there, so it is accepted.
    expect((await register({ regionCode: '441900', uscc: newUscc('441900') })).status).toBe(201);
  });

  it('refuses a credit code that is already registered with a 409 in Chinese, leaving no account behind', async () => {
    const first = await register();
    expect(first.status).toBe(201);
    const before = await count('users');
    const again = await register({ uscc: first.input.uscc.toLowerCase() });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.message).toContain(`统一社会信用代码 ${first.input.uscc} 已被其他单位注册`);
    expect(await count('users')).toBe(before);
  });

  it('reports a taken username with the organisation problems', async () => {
    const first = await register();
    const res = await register({ username: first.input.username, contactEmail: '' });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['contactEmail', 'username']);
  });
});

describe('colleagues', () => {
  it('lists, adds and disables colleagues, never oneself or another organisation’s', async () => {
    const a = await register();
    const b = await register();
    const list = await call(a.cookie, 'GET', '/api/organisations/mine/staff');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ username: a.input.username, isSelf: true, status: 'active' });

    const bad = await call(a.cookie, 'POST', '/api/organisations/mine/staff', {
      username: 'x',
      displayName: '',
      password: 'weak',
    });
    expect(bad.status).toBe(400);
    expect(new Set(issuePaths(bad.body))).toEqual(new Set(['username', 'displayName', 'password']));

    const username = `colleague_${randomBytes(3).toString('hex')}`;
    const added = await call(a.cookie, 'POST', '/api/organisations/mine/staff', {
      username,
      displayName: '李强',
      password: TEST_PASSWORD,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ username, role: 'employer', isSelf: false });
    const colleague = await t.loginAs(username);
    const seen = await call(colleague, 'GET', '/api/organisations/mine');
    expect(seen.body.id).toBe(a.body.organisation.id);

    const self = await call(a.cookie, 'PATCH', `/api/organisations/mine/staff/${a.body.user.id}`, {
      status: 'disabled',
    });
    expect(self.status).toBe(400);
    const foreign = await call(b.cookie, 'PATCH', `/api/organisations/mine/staff/${added.body.id}`, {
      status: 'disabled',
    });
    expect(foreign.status).toBe(404);

    const disabled = await call(a.cookie, 'PATCH', `/api/organisations/mine/staff/${added.body.id}`, {
      status: 'disabled',
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    // Disabling ends the colleague's sessions at once.
    expect((await call(colleague, 'GET', '/api/organisations/mine')).status).toBe(401);
  });
});

describe('verification', () => {
  it('queues registrations oldest first within the official’s province; other provinces get 404', async () => {
    const early = await register({ name: `队列甲单位${randomBytes(2).toString('hex')}` });
    t.clock.advance(60_000);
    const late = await register({
      name: `队列乙单位${randomBytes(2).toString('hex')}`,
      kind: 'agency',
      nature: 'hr_agency',
      licenceNo: 'HR-2024-001',
    });
    const beijingOrg = await register({ regionCode: '110101', uscc: newUscc('110101') });
    const id = early.body.organisation.id;

    const queue = await call(cookies.hubei, 'GET', '/api/organisations/verification?pageSize=100');
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((o: JsonBody) => o.id);
    expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(late.body.organisation.id));
    expect(ids).not.toContain(beijingOrg.body.organisation.id);
    expect(queue.body.items.every((o: JsonBody) => ['pending', 'needs_info'].includes(o.verification))).toBe(
      true,
    );

    const agencies = await call(
      cookies.hubei,
      'GET',
      '/api/organisations/verification?kind=agency&pageSize=100',
    );
    expect(agencies.body.items.every((o: JsonBody) => o.kind === 'agency')).toBe(true);
    const byCode = await call(cookies.hubei, 'GET', `/api/organisations/verification?q=${early.input.uscc}`);
    expect(byCode.body.items.map((o: JsonBody) => o.id)).toEqual([id]);
    const byName = await call(
      cookies.hubei,
      'GET',
      `/api/organisations/verification?q=${encodeURIComponent('队列乙')}`,
    );
    expect(byName.body.items.map((o: JsonBody) => o.id)).toContain(late.body.organisation.id);

    expect((await call(cookies.beijing, 'GET', `/api/organisations/verification/${id}`)).status).toBe(404);
    const wrongScope = await call(cookies.beijing, 'POST', `/api/organisations/verification/${id}/decision`, {
      decision: 'approve',
    });
    expect(wrongScope.status).toBe(404);
    const national = await call(cookies.national, 'GET', `/api/organisations/verification/${id}`);
    expect(national.status).toBe(200);
    expect(national.body).toMatchObject({
      contactPhone: '138****1234',
      registeredBy: { username: early.input.username },
    });
    // HR&SS officials read organisations but do not verify them; employers cannot read others' files.
    expect((await call(cookies.hrss, 'GET', `/api/organisations/verification/${id}`)).status).toBe(403);
    expect((await call(late.cookie, 'GET', `/api/organisations/verification/${id}`)).status).toBe(403);
    const listed = await call(late.cookie, 'GET', '/api/organisations');
    expect(listed.body.items.map((o: JsonBody) => o.id)).toEqual([late.body.organisation.id]);
  });

  it('rejects with a reason, the organisation resubmits, the official asks for more and then approves', async () => {
    const org = await register();
    const id = org.body.organisation.id;
    const url = `/api/organisations/verification/${id}/decision`;

    const noReason = await call(cookies.hubei, 'POST', url, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0]).toMatchObject({ path: 'reason' });
    const blankReason = await call(cookies.hubei, 'POST', url, { decision: 'request_info', reason: '  ' });
    expect(blankReason.status).toBe(400);

    const rejected = await call(cookies.hubei, 'POST', url, {
      decision: 'reject',
      reason: '营业执照名称与填写不一致',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      verification: 'rejected',
      verificationNote: '营业执照名称与填写不一致',
    });
    const again = await call(cookies.hubei, 'POST', url, { decision: 'approve' });
    expect(again.status).toBe(409);

    const notes = await t.deps.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'body', 'link'])
      .where('user_id', '=', org.body.user.id)
      .execute();
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'organisation.reject',
        body: '营业执照名称与填写不一致',
        link: '/organisation',
      }),
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'organisation.verify')
      .where('target_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);

    const mine = await call(org.cookie, 'GET', '/api/organisations/mine');
    expect(mine.body).toMatchObject({
      verification: 'rejected',
      verificationNote: '营业执照名称与填写不一致',
    });
    expect(mine.body.reviews).toEqual([
      expect.objectContaining({ decision: 'reject', reason: '营业执照名称与填写不一致', decidedBy: null }),
    ]);

    const resubmitted = await call(org.cookie, 'POST', '/api/organisations/mine/resubmit', {
      note: '已更正单位名称',
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.verification).toBe('pending');
    expect((await call(org.cookie, 'POST', '/api/organisations/mine/resubmit', {})).status).toBe(409);

    const info = await call(cookies.hubei, 'POST', url, {
      decision: 'request_info',
      reason: '请补充营业执照扫描件',
    });
    expect(info.body.verification).toBe('needs_info');
    // An official may still decide while waiting for the information (e.g. it came by phone).
    const approved = await call(cookies.national, 'POST', url, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ verification: 'verified', verified: true, verificationNote: null });
    expect(approved.body.reviews.map((r: JsonBody) => r.decision)).toEqual([
      'reject',
      'resubmit',
      'request_info',
      'approve',
    ]);
    expect(approved.body.reviews[0].decidedBy).toBe('测试edu_official');

    const listed = await call(org.cookie, 'GET', '/api/organisations');
    expect(listed.body.items[0]).toMatchObject({ id, verified: true, verification: 'verified' });
  });

  it('sends a verified organisation back to review when its verified facts change, not for other edits', async () => {
    const org = await register();
    const id = org.body.organisation.id;
    await call(cookies.hubei, 'POST', `/api/organisations/verification/${id}/decision`, {
      decision: 'approve',
    });
    const current = (await call(org.cookie, 'GET', '/api/organisations/mine')).body;
    const edit = {
      name: current.name,
      uscc: current.uscc,
      nature: current.nature,
      industryCode: current.industryCode,
      regionCode: current.regionCode,
      size: 'medium',
      contactName: '王芳',
      contactEmail: 'jobs@example.com',
      introduction: '新的简介',
    };
    const minor = await call(org.cookie, 'PUT', '/api/organisations/mine', edit);
    expect(minor.status).toBe(200);
    expect(minor.body).toMatchObject({
      verification: 'verified',
      backToPending: false,
      size: 'medium',
      contactPhone: '138****1234',
    });

    const renamed = await call(org.cookie, 'PUT', '/api/organisations/mine', {
      ...edit,
      name: `${current.name}（更名）`,
    });
    expect(renamed.body).toMatchObject({ verification: 'pending', backToPending: true, verified: false });
    expect(renamed.body.reviews.at(-1)).toMatchObject({
      decision: 'resubmit',
      reason: expect.stringContaining('单位名称'),
    });

    const other = await register();
    const taken = await call(org.cookie, 'PUT', '/api/organisations/mine', {
      ...edit,
      uscc: other.input.uscc,
    });
    expect(taken.status).toBe(409);
    const invalid = await call(org.cookie, 'PUT', '/api/organisations/mine', {
      ...edit,
      regionCode: '000000',
      contactPhone: '999',
    });
    expect(issuePaths(invalid.body)).toEqual(['contactPhone', 'regionCode']);
  });

  it('reveals a contact phone to an official only with a reason, and audits it', async () => {
    const org = await register();
    const url = `/api/organisations/verification/${org.body.organisation.id}/reveal`;
    expect((await call(cookies.hubei, 'POST', url, {})).status).toBe(400);
    const res = await call(cookies.hubei, 'POST', url, { reason: '电话核实单位信息' });
    expect(res.body.value).toBe('13800271234');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'pii.reveal')
      .where('target_id', '=', org.body.organisation.id)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ field: 'contactPhone', reason: '电话核实单位信息' });
  });
});
