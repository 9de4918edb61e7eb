import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '@jiuye/domain';
import {
  callApi,
  createTestPlatform,
  currentYear,
  multipartBody,
  rosterCsv,
  rosterRows,
  type JsonBody,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

// 毕业去向登记 (issue 6): the graduate registers with evidence until 31 August, the college and then
// the university review under the integrity rules, every version is kept, and later changes go
// through the university.

let t: TestPlatform;
let uni: UniversityFixture;
const YEAR = currentYear();
const rows = rosterRows(6, { prefix: 'D', seed: 61 });
const ids: string[] = [];
const cookies = {} as Record<'grad' | 'counsellor' | 'otherCounsellor' | 'centre' | 'otherCentre', string>;
const USCC = generateUscc(createRng(66), { regionCode: '420100' });
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const call = (
  who: keyof typeof cookies,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
) => callApi(t.app, cookies[who], method, url, body);

/** Sets the clock to a Shanghai day and time of the graduation year. */
function at(monthDay: string, time = '10:00:00') {
  t.clock.reset();
  t.clock.advance(Date.parse(`${YEAR}-${monthDay}T${time}+08:00`) - Date.now());
}

const employment = (over: Record<string, unknown> = {}) => ({
  destinationCode: '11',
  details: {
    form: 'unit',
    uscc: USCC,
    name: '武汉光谷信息技术有限公司',
    nature: 'private',
    industryCode: 'I',
    regionCode: '420106',
    occupationCode: '2',
    contractDate: `${YEAR}-05-20`,
    monthlyPay: 8000,
    ...over,
  },
});

async function upload(
  who: keyof typeof cookies,
  url: string,
  kind: string,
  content: Buffer,
  filename = 'proof.pdf',
) {
  const { body, contentType } = multipartBody([
    { name: 'kind', value: kind },
    { name: 'file', filename, content },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookies[who], 'content-type': contentType },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as JsonBody };
}

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture();
  const centre = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  cookies.centre = await t.loginAs(centre.username);
  const imported = await t.importRoster(cookies.centre, rosterCsv(rows), 'roster.csv');
  expect(imported.accepted).toBe(rows.length);
  for (const r of rows) ids.push(await t.graduateId(uni.code, r.学号));
  const collegeOf = async (name: string) =>
    (
      await t.deps.db
        .selectFrom('colleges')
        .select('id')
        .where('university_code', '=', uni.code)
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id;
  const other = await t.createUniversityFixture();
  const users = {
    grad: await t.createUserFixture('graduate', { kind: 'self', graduateId: ids[0]! }),
    counsellor: await t.createUserFixture('counsellor', {
      kind: 'college',
      collegeId: await collegeOf('计算机学院'),
    }),
    otherCounsellor: await t.createUserFixture('counsellor', {
      kind: 'college',
      collegeId: await collegeOf('信息工程系'),
    }),
    otherCentre: await t.createUserFixture('career_centre', {
      kind: 'university',
      universityCode: other.code,
    }),
  };
  for (const [who, user] of Object.entries(users))
    cookies[who as keyof typeof users] = await t.loginAs(user.username);
  at('06-15');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('registration by the graduate', () => {
  it('starts empty, with the deadline shown', async () => {
    const res = await call('grad', 'GET', '/api/me/destination');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      registration: null,
      editable: true,
      evidence: [],
      versions: [],
      studentNo: rows[0]!.学号,
      collegeName: '计算机学院',
    });
    expect(res.body.deadline).toBe(new Date(`${YEAR}-08-31T23:59:59.999+08:00`).toISOString());
  });

  it('reports every problem of a bad registration at once and saves nothing', async () => {
    const res = await call(
      'grad',
      'PUT',
      '/api/me/destination',
      employment({
        uscc: '91420100MA4K00000X',
        regionCode: '429999',
        contractDate: `${YEAR + 1}-01-01`,
        monthlyPay: 0,
      }),
    );
    expect(res.status).toBe(400);
    expect((res.body.error.issues as { path: string }[]).map((i) => i.path)).toEqual([
      'details.uscc',
      'details.regionCode',
      'details.contractDate',
      // Pay is checked in fen but reported on the field the client sent (yuan).
      'details.monthlyPay',
    ]);
    expect((await call('grad', 'GET', '/api/me/destination')).body.registration).toBeNull();
  });

  it('refuses details of another form than the code takes', async () => {
    const res = await call('grad', 'PUT', '/api/me/destination', { ...employment(), destinationCode: '80' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].message).toContain('升学');
  });

  it('saves a registration for the college to review, pay kept in fen and shown in yuan', async () => {
    const res = await call('grad', 'PUT', '/api/me/destination', employment());
    expect(res.status).toBe(200);
    expect(res.body.registration).toMatchObject({
      version: 1,
      destinationCode: '11',
      category: 'employed_unit',
      status: 'pending_college',
      verificationNo: null,
      details: { monthlyPay: 8000, uscc: USCC },
    });
    expect(res.body.blockers).toEqual([expect.stringContaining('劳动合同')]);
    const stored = await t.deps.db
      .selectFrom('destinations')
      .select('details')
      .where('graduate_id', '=', ids[0]!)
      .executeTakeFirstOrThrow();
    expect(stored.details).toMatchObject({ monthlyPayFen: 800_000 });
  });
});

describe('evidence', () => {
  it('takes PDF, JPG and PNG by their content, not their name', async () => {
    const exe = await upload(
      'grad',
      '/api/me/destination/evidence',
      'labour_contract',
      Buffer.from('MZ\x90\x00rest'),
      'contract.pdf',
    );
    expect(exe.status).toBe(400);
    expect(exe.body.error.issues[0].message).toContain('PDF、JPG 或 PNG');
    const unknownKind = await upload('grad', '/api/me/destination/evidence', 'diploma', PDF);
    expect(unknownKind.status).toBe(400);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    const res = await upload('grad', '/api/me/destination/evidence', 'labour_contract', big);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('10 MB');
  });

  it('never counts an internship certificate as proof', async () => {
    const cert = await upload(
      'grad',
      '/api/me/destination/evidence',
      'internship_certificate',
      PDF,
      'internship.pdf',
    );
    expect(cert.status).toBe(201);
    expect(cert.body).toMatchObject({
      kind: 'internship_certificate',
      mimeType: 'application/pdf',
      fileName: 'internship.pdf',
    });
    expect(cert.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const refused = await call('counsellor', 'POST', `/api/destinations/${ids[0]}/review`, {
      decision: 'approve',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('实习证明、见习证明不能作为就业证明');
  });
});

describe('review', () => {
  it('keeps each reviewer to their own college or university', async () => {
    expect((await call('otherCounsellor', 'GET', `/api/destinations/${ids[0]}`)).status).toBe(404);
    expect(
      (await call('otherCentre', 'POST', `/api/destinations/${ids[0]}/review`, { decision: 'approve' }))
        .status,
    ).toBe(404);
    expect((await call('grad', 'GET', '/api/destinations')).status).toBe(403);
  });

  it('goes college first, then university, and gives an approved registration a verification number', async () => {
    const contract = await upload(
      'grad',
      '/api/me/destination/evidence',
      'labour_contract',
      PDF,
      '劳动合同.pdf',
    );
    expect(contract.status).toBe(201);
    // The university cannot decide before the college.
    const early = await call('centre', 'POST', `/api/destinations/${ids[0]}/review`, { decision: 'approve' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('待院系审核');
    const college = await call('counsellor', 'POST', `/api/destinations/${ids[0]}/review`, {
      decision: 'approve',
    });
    expect(college.status).toBe(200);
    expect(college.body.registration.status).toBe('pending_university');
    const final = await call('centre', 'POST', `/api/destinations/${ids[0]}/review`, { decision: 'approve' });
    expect(final.status).toBe(200);
    expect(final.body.registration.status).toBe('approved');
    expect(final.body.registration.verificationNo).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(final.body.events.map((e: { action: string }) => e.action)).toEqual([
      'registered',
      'evidence_added',
      'evidence_added',
      'college_approved',
      'approved',
    ]);
  });

  it('audits a reviewer opening an evidence file', async () => {
    const view = await call('counsellor', 'GET', `/api/destinations/${ids[0]}`);
    const file = view.body.evidence.find((e: { kind: string }) => e.kind === 'labour_contract');
    const res = await call('counsellor', 'GET', `/api/destinations/${ids[0]}/evidence/${file.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(res.raw).equals(PDF)).toBe(true);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', ids[0]!)
      .where('action', '=', 'destination.evidence.read')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps proof an approval relied on', async () => {
    const view = await call('grad', 'GET', '/api/me/destination');
    const res = await call('grad', 'DELETE', `/api/me/destination/evidence/${view.body.evidence[0].id}`);
    expect(res.status).toBe(409);
  });

  it('sends a change back to review and keeps every version', async () => {
    const res = await call('grad', 'PUT', '/api/me/destination', employment({ monthlyPay: 9000 }));
    expect(res.body.registration).toMatchObject({
      version: 2,
      status: 'pending_college',
      verificationNo: null,
    });
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(res.body.versions[1].details.monthlyPay).toBe(8000);
  });

  it('needs a reason to return a registration', async () => {
    const bare = await call('counsellor', 'POST', `/api/destinations/${ids[0]}/review`, {
      decision: 'return',
    });
    expect(bare.status).toBe(400);
    const returned = await call('counsellor', 'POST', `/api/destinations/${ids[0]}/review`, {
      decision: 'return',
      reason: '劳动合同缺少单位盖章页',
    });
    expect(returned.body.registration).toMatchObject({
      status: 'returned',
      returnReason: '劳动合同缺少单位盖章页',
    });
    const mine = await call('grad', 'GET', '/api/me/destination');
    expect(mine.body.registration.returnReason).toBe('劳动合同缺少单位盖章页');
  });
});

describe('after 31 August', () => {
  it('stops the graduate and lets the career centre change it, with a reason, audited', async () => {
    at('09-01', '00:00:01');
    const late = await call('grad', 'PUT', '/api/me/destination', employment());
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('8 月 31 日');
    expect((await call('grad', 'GET', '/api/me/destination')).body.editable).toBe(false);

    const noReason = await call('centre', 'PUT', `/api/destinations/${ids[0]}`, {
      ...employment(),
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const changed = await call('centre', 'PUT', `/api/destinations/${ids[0]}`, {
      ...employment({ monthlyPay: 9500 }),
      reason: '毕业生提交了补充协议',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.registration).toMatchObject({ version: 3, status: 'pending_university' });
    expect(changed.body.versions[0].source).toBe('university');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('target_id', '=', ids[0]!)
      .where('action', '=', 'destination.change')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ version: 3, reason: '毕业生提交了补充协议' });
    at('06-15');
  });

  it('keeps counsellors from changing registrations', async () => {
    expect(
      (await call('counsellor', 'PUT', `/api/destinations/${ids[0]}`, { ...employment(), reason: '代改' }))
        .status,
    ).toBe(403);
  });
});

describe('bulk review', () => {
  it('decides each registration on its own and says why one could not pass', async () => {
    // 计算机学院 rows are 0, 3 (rosterRows alternates three programmes).
    const notPlaced = { destinationCode: '70', details: { form: 'not_placed', label: 'job_seeking' } };
    const lowPay = employment({ monthlyPay: 1500 });
    expect(
      (await call('centre', 'PUT', `/api/destinations/${ids[3]}`, { ...notPlaced, reason: '线下登记' }))
        .status,
    ).toBe(200);
    expect(
      (
        await call('centre', 'PUT', `/api/destinations/${ids[1]}`, {
          ...lowPay,
          destinationCode: '12',
          reason: '线下登记',
        })
      ).status,
    ).toBe(200);
    const proof = await upload('centre', `/api/destinations/${ids[1]}/evidence`, 'income_proof', PDF);
    expect(proof.status).toBe(201);
    const res = await call('centre', 'POST', '/api/destinations/review', {
      graduateIds: [ids[3], ids[1], ids[5]],
      decision: 'approve',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ done: 1, refused: 2 });
    const byId = new Map((res.body.results as { graduateId: string }[]).map((r) => [r.graduateId, r]));
    expect(byId.get(ids[3]!)).toMatchObject({ ok: true, status: 'approved' });
    expect(byId.get(ids[1]!)).toMatchObject({ ok: false, message: expect.stringContaining('最低工资标准') });
    expect(byId.get(ids[5]!)).toMatchObject({ ok: false, message: expect.stringContaining('尚未登记') });
  });

  it('holds 12 to the minimum wage an administrator keeps current', async () => {
    const admin = await t.createUserFixture('admin', { kind: 'national' });
    const cookie = await t.loginAs(admin.username);
    const wages = await callApi(t.app, undefined, 'GET', '/api/reference/minimum-wages');
    expect(wages.body.find((w: JsonBody) => w.provinceCode === '42')).toMatchObject({
      monthly: 2210,
      provinceName: '湖北省',
    });
    const bad = await callApi(t.app, cookie, 'PUT', '/api/reference/minimum-wages/99', {
      monthly: 100,
      asOf: '2099-01-01',
      source: '',
    });
    expect(bad.body.error.issues.map((i: JsonBody) => i.path)).toEqual([
      'provinceCode',
      'monthly',
      'asOf',
      'source',
    ]);
    expect(
      (
        await call('centre', 'PUT', '/api/reference/minimum-wages/42', {
          monthly: 1400,
          asOf: '2025-01-01',
          source: 'x',
        })
      ).status,
    ).toBe(403);
    // Lowered below the registration's pay, the same registration now passes.
    const set = await callApi(t.app, cookie, 'PUT', '/api/reference/minimum-wages/42', {
      monthly: 1400,
      asOf: '2025-01-01',
      source: '测试：鄂政规〔示例〕',
    });
    expect(set.status).toBe(200);
    const res = await call('centre', 'POST', `/api/destinations/${ids[1]}/review`, { decision: 'approve' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'minimum_wage.set')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ monthly: 1400 });
  });

  it('lists registrations in scope with filters and paging', async () => {
    const all = await call('centre', 'GET', '/api/destinations?pageSize=2&sort=student_no');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items[0]).toMatchObject({
      studentNo: rows[0]!.学号,
      unitName: '武汉光谷信息技术有限公司',
    });
    const approved = await call('centre', 'GET', '/api/destinations?status=approved');
    expect(approved.body.items.map((i: { graduateId: string }) => i.graduateId).sort()).toEqual(
      [ids[1], ids[3]].sort(),
    );
    const college = await call('counsellor', 'GET', '/api/destinations');
    expect(college.body.items.map((i: { graduateId: string }) => i.graduateId).sort()).toEqual(
      [ids[0], ids[3]].sort(),
    );
  });
});
