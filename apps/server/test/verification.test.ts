import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callApi,
  createTestPlatform,
  multipartBody,
  rosterCsv,
  rosterRows,
  type JsonBody,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

// 查询核验 (issue 6): a third party verifies an approved destination with the verification number
// and the name, only while the graduate authorises it, sees only what it needs, and cannot guess.

let t: TestPlatform;
let uni: UniversityFixture;
const rows = rosterRows(2, { prefix: 'V', seed: 81 });
let graduateId = '';
let verificationNo = '';
const cookies = {} as Record<'grad' | 'centre' | 'otherCentre', string>;

const me = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
  callApi(t.app, cookies.grad, method, `/api/me/verification${url}`, body);

/** A lookup from one address (throttling counts per address). */
async function lookup(body: JsonBody, ip = '203.0.113.7') {
  const res = await t.app.inject({ method: 'POST', url: '/api/verify', payload: body, remoteAddress: ip });
  return { status: res.statusCode, body: res.json() as JsonBody };
}

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture();
  const centre = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  cookies.centre = await t.loginAs(centre.username);
  expect((await t.importRoster(cookies.centre, rosterCsv(rows), 'r.csv')).accepted).toBe(2);
  graduateId = await t.graduateId(uni.code, rows[0]!.学号);
  const other = await t.createUniversityFixture();
  const users = {
    grad: await t.createUserFixture('graduate', { kind: 'self', graduateId }),
    otherCentre: await t.createUserFixture('career_centre', {
      kind: 'university',
      universityCode: other.code,
    }),
  };
  for (const [who, user] of Object.entries(users))
    cookies[who as keyof typeof users] = await t.loginAs(user.username);

  const put = await callApi(t.app, cookies.centre, 'PUT', `/api/destinations/${graduateId}`, {
    destinationCode: '80',
    details: { form: 'study', institution: '华中科技大学', programme: '软件工程' },
    reason: '线下登记',
  });
  expect(put.status).toBe(200);
  const { body, contentType } = multipartBody([
    { name: 'kind', value: 'admission_letter' },
    { name: 'file', filename: 'admission.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
  ]);
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/destinations/${graduateId}/evidence`,
    headers: { cookie: cookies.centre, 'content-type': contentType },
    payload: body,
  });
  expect(upload.statusCode).toBe(201);
  const approved = await callApi(t.app, cookies.centre, 'POST', `/api/destinations/${graduateId}/review`, {
    decision: 'approve',
  });
  verificationNo = approved.body.registration.verificationNo;
  expect(verificationNo).toHaveLength(16);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('查询核验', () => {
  it('needs the graduate’s authorisation', async () => {
    const res = await lookup({ verificationNo, name: rows[0]!.姓名, verifier: '某档案馆' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('授权');
  });

  it('lets the graduate authorise for a while, within limits', async () => {
    expect((await me('POST', '/authorisations', { days: 0 })).status).toBe(400);
    expect((await me('POST', '/authorisations', { days: 91 })).status).toBe(400);
    const res = await me('POST', '/authorisations', { days: 30, note: '入职核验' });
    expect(res.status).toBe(201);
    expect(res.body.verificationNo).toBe(verificationNo);
    expect(res.body.authorisations[0]).toMatchObject({ note: '入职核验', active: true, revokedAt: null });
  });

  it('shows a verifier only what it needs, the name masked, never ID or phone', async () => {
    const typed =
      `${verificationNo.slice(0, 4)}-${verificationNo.slice(4, 8)} ${verificationNo.slice(8)}`.toLowerCase();
    const res = await lookup({
      verificationNo: typed,
      name: rows[0]!.姓名,
      verifier: '武汉某公司人力资源部',
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'name',
        'universityName',
        'graduationYear',
        'category',
        'placeName',
        'destinationDate',
        'approvedOn',
        'status',
        'verifiedAt',
      ].sort(),
    );
    expect(res.body).toMatchObject({
      universityName: uni.name,
      category: '升学',
      placeName: '华中科技大学',
      status: '已审核',
    });
    expect(res.body.name).not.toBe(rows[0]!.姓名);
    expect(res.body.name.startsWith(rows[0]!.姓名[0]!)).toBe(true);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(rows[0]!.身份证号);
    expect(text).not.toContain(rows[0]!.手机号);
  });

  it('answers a wrong name and an unknown number alike', async () => {
    const wrongName = await lookup({ verificationNo, name: '张三丰' }, '203.0.113.8');
    const wrongNo = await lookup({ verificationNo: 'ABCDEFGHJKMNPQRS', name: rows[0]!.姓名 }, '203.0.113.8');
    expect([wrongName.status, wrongNo.status]).toEqual([404, 404]);
    expect(wrongName.body.error.message).toBe(wrongNo.body.error.message);
  });

  it('shows the graduate who verified when, including a try with a wrong name', async () => {
    const res = await me('GET', '');
    expect(res.body.logs.map((l: JsonBody) => [l.outcome, l.verifier])).toEqual([
      ['not_matched', null],
      ['verified', '武汉某公司人力资源部'],
      ['not_authorised', '某档案馆'],
    ]);
  });

  it('stops answering once the authorisation is revoked', async () => {
    const id = (await me('GET', '')).body.authorisations[0].id;
    expect((await me('DELETE', `/authorisations/${id}`)).status).toBe(200);
    expect((await me('DELETE', `/authorisations/${id}`)).status).toBe(404);
    expect((await lookup({ verificationNo, name: rows[0]!.姓名 }, '203.0.113.9')).status).toBe(403);
  });

  it('throttles an address guessing: 100 wrong numbers in a minute get nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++)
      statuses.push(
        (
          await lookup(
            { verificationNo: `GUESS${String(i).padStart(11, '0')}`, name: '李四' },
            '198.51.100.4',
          )
        ).status,
      );
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(90);
    // Even the right answer is refused from that address for a while.
    expect((await lookup({ verificationNo, name: rows[0]!.姓名 }, '198.51.100.4')).status).toBe(429);
  });
});

describe('存疑', () => {
  it('goes from the graduate to the university and is tracked to a decision', async () => {
    const log = (await me('GET', '')).body.logs.find((l: JsonBody) => l.outcome === 'not_matched');
    expect((await me('POST', '/disputes', { logId: log.id, reason: ' ' })).status).toBe(400);
    expect((await me('POST', '/disputes', { logId: 999_999, reason: '不认识' })).status).toBe(404);
    const raised = await me('POST', '/disputes', {
      logId: log.id,
      reason: '有人用错误姓名查询我的记录，我没有授权过这家单位',
    });
    expect(raised.status).toBe(201);
    expect(raised.body.disputes[0]).toMatchObject({ status: 'open', logId: log.id });
    // The same lookup twice while the first is open is refused.
    expect((await me('POST', '/disputes', { logId: log.id, reason: '再次提出' })).status).toBe(409);

    expect((await callApi(t.app, cookies.otherCentre, 'GET', '/api/verification/disputes')).body.total).toBe(
      0,
    );
    const list = await callApi(t.app, cookies.centre, 'GET', '/api/verification/disputes?status=open');
    expect(list.body.total).toBe(1);
    const dispute = list.body.items[0];
    expect(dispute).toMatchObject({ graduateId, lookup: { outcome: 'not_matched' } });
    const decide = (who: 'centre' | 'otherCentre', body: JsonBody) =>
      callApi(t.app, cookies[who], 'POST', `/api/verification/disputes/${dispute.id}/decision`, body);
    expect((await decide('otherCentre', { decision: 'upheld', note: '已处理' })).status).toBe(404);
    expect((await decide('centre', { decision: 'upheld', note: ' ' })).status).toBe(400);
    expect(
      (await decide('centre', { decision: 'upheld', note: '已提醒毕业生更换核验码前勿外传' })).status,
    ).toBe(204);
    expect((await decide('centre', { decision: 'dismissed', note: '重复' })).status).toBe(409);
    const mine = await me('GET', '');
    expect(mine.body.disputes[0]).toMatchObject({
      status: 'upheld',
      decisionNote: '已提醒毕业生更换核验码前勿外传',
    });
  });
});
