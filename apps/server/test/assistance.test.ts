import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callApi,
  createTestPlatform,
  currentYear,
  multipartBody,
  rosterCsv,
  rosterRows,
  ROSTER_HEADER,
  type JsonBody,
  type RosterRow,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

// Issue 7: targets, plans, the ledger and its standard, the one-time subsidy (paid once, by the
// database), the hand-over of unplaced leavers, training, and the dashboard.

let t: TestPlatform;
let uni: UniversityFixture;
// Last year's cohort: it has left school whatever the date the suite runs on.
const COHORT = currentYear() - 1;
const rows = rosterRows(6, { prefix: 'H', seed: 71 }).map((r): RosterRow => ({
  ...r,
  毕业年份: String(COHORT),
}));
// The roster names a category for two graduates: the university's own identification.
rows[2]!['帮扶类别'] = '低保家庭';
rows[3]!['帮扶类别'] = '残疾';
const ids: string[] = [];
type Who =
  | 'grad'
  | 'grad3'
  | 'counsellor'
  | 'otherCounsellor'
  | 'centre'
  | 'otherCentre'
  | 'hrss'
  | 'hrssHubei'
  | 'edu';
const cookies = {} as Record<Who, string>;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const call = (who: Who, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
  callApi(t.app, cookies[who], method, url, body);

async function upload(who: Who, url: string, kind: string, content = PDF) {
  const { body, contentType } = multipartBody([
    { name: 'kind', value: kind },
    { name: 'file', filename: 'proof.pdf', content },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookies[who], 'content-type': contentType },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as JsonBody };
}

/** Sets the clock to a Shanghai day of the cohort's graduation year. */
function at(monthDay: string) {
  t.clock.reset();
  t.clock.advance(Date.parse(`${COHORT}-${monthDay}T10:00:00+08:00`) - Date.now());
}

/** A Shanghai calendar day, `offset` days from today. */
const shanghaiDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const issuePaths = (body: JsonBody) => (body.error.issues as { path: string }[]).map((i) => i.path).sort();

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture('4111010001');
  const centre = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  cookies.centre = await t.loginAs(centre.username);
  const imported = await t.importRoster(
    cookies.centre,
    rosterCsv(rows, { header: [...ROSTER_HEADER, '帮扶类别'] }),
    'roster.csv',
  );
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
  const other = await t.createUniversityFixture('4111010002');
  const users = {
    grad: await t.createUserFixture('graduate', { kind: 'self', graduateId: ids[0]! }),
    grad3: await t.createUserFixture('graduate', { kind: 'self', graduateId: ids[3]! }),
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
    hrss: await t.createUserFixture('hrss_official', { kind: 'province', provinceCode: '11' }),
    hrssHubei: await t.createUserFixture('hrss_official', { kind: 'province', provinceCode: '42' }),
    edu: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '11' }),
  };
  for (const [who, user] of Object.entries(users))
    cookies[who as keyof typeof users] = await t.loginAs(user.username);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('assistance targets', () => {
  it('identifies the roster categories at import, and a re-import changes nothing', async () => {
    const targets = await t.deps.db
      .selectFrom('assistance_targets')
      .select(['graduate_id', 'category', 'source', 'status'])
      .orderBy('category')
      .execute();
    expect(targets).toEqual([
      { graduate_id: ids[3], category: 'disability', source: 'roster', status: 'approved' },
      { graduate_id: ids[2], category: 'subsistence_allowance', source: 'roster', status: 'approved' },
    ]);
    const again = await t.importRoster(
      cookies.centre,
      rosterCsv(rows, { header: [...ROSTER_HEADER, '帮扶类别'] }),
      'roster.csv',
    );
    expect(again.accepted).toBe(rows.length);
    expect(await t.deps.db.selectFrom('assistance_targets').select('category').execute()).toHaveLength(2);
  });

  it('refuses an application without proof, with proof of another category, and a file that is no PDF or image', async () => {
    const none = await call('grad', 'POST', '/api/me/assistance/targets', { category: 'zero_employment' });
    expect(none.status).toBe(400);
    expect(issuePaths(none.body)).toEqual(['evidenceId']);

    const exe = await upload(
      'grad',
      '/api/me/assistance/evidence',
      'zero_employment_certificate',
      Buffer.from('MZ'),
    );
    expect(exe.status).toBe(400);

    const disability = await upload('grad', '/api/me/assistance/evidence', 'disability_certificate');
    expect(disability.status).toBe(201);
    const wrong = await call('grad', 'POST', '/api/me/assistance/targets', {
      category: 'zero_employment',
      evidenceId: disability.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].message).toContain('不能证明');
  });

  it('goes from the college to the university, each stage deciding only its own', async () => {
    const proof = await upload('grad', '/api/me/assistance/evidence', 'zero_employment_certificate');
    const applied = await call('grad', 'POST', '/api/me/assistance/targets', {
      category: 'zero_employment',
      evidenceId: proof.body.id,
      note: '父母均失业',
    });
    expect(applied.status).toBe(200);
    expect(applied.body.targets).toMatchObject([{ category: 'zero_employment', status: 'pending_college' }]);

    const twice = await call('grad', 'POST', '/api/me/assistance/targets', {
      category: 'zero_employment',
      evidenceId: proof.body.id,
    });
    expect(twice.status).toBe(409);

    // The career centre's queue is empty until the college has decided; the other college never sees it.
    expect((await call('centre', 'GET', '/api/assistance/reviews')).body.total).toBe(0);
    expect((await call('otherCounsellor', 'GET', '/api/assistance/reviews')).body.total).toBe(0);
    const queue = await call('counsellor', 'GET', '/api/assistance/reviews');
    expect(queue.body.items).toMatchObject([
      { graduateId: ids[0], category: 'zero_employment', evidence: { kind: 'zero_employment_certificate' } },
    ]);

    const item = { graduateId: ids[0], category: 'zero_employment' };
    const noReason = await call('counsellor', 'POST', '/api/assistance/reviews', {
      items: [item],
      decision: 'reject',
    });
    expect(noReason.status).toBe(400);
    const early = await call('centre', 'POST', '/api/assistance/reviews', {
      items: [item],
      decision: 'approve',
    });
    expect(early.body.results).toMatchObject([{ ok: false }]);
    expect(early.body.results[0].message).toContain('待院系审核');

    expect(
      (await call('counsellor', 'POST', '/api/assistance/reviews', { items: [item], decision: 'approve' }))
        .body.results,
    ).toMatchObject([{ ok: true }]);
    expect(
      (await call('centre', 'POST', '/api/assistance/reviews', { items: [item], decision: 'approve' })).body
        .results,
    ).toMatchObject([{ ok: true }]);
    const mine = await call('grad', 'GET', '/api/me/assistance');
    expect(mine.body.targets).toMatchObject([{ category: 'zero_employment', status: 'approved' }]);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'assistance.target.%')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['assistance.target.approve', 'assistance.target.approve']);
  });

  it("keeps another university's graduates out of reach, as if absent", async () => {
    const res = await call('otherCentre', 'GET', `/api/assistance/graduates/${ids[0]}`);
    expect(res.status).toBe(404);
    const plan = await call('otherCentre', 'PUT', `/api/assistance/graduates/${ids[0]}/plan`, {
      goals: '越权',
      counsellorId: null,
      actions: [],
    });
    expect(plan.status).toBe(404);
  });
});

describe('plans, the ledger and the standard', () => {
  it('reports every problem of a plan at once', async () => {
    const res = await call('counsellor', 'PUT', `/api/assistance/graduates/${ids[0]}/plan`, {
      goals: ' ',
      counsellorId: '00000000-0000-4000-8000-000000000000',
      actions: [{ title: '', dueOn: `${COHORT}-02-30` }],
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['actions.0.dueOn', 'actions.0.title', 'counsellorId', 'goals']);
  });

  it('saves a plan with a counsellor in charge and dated actions', async () => {
    const counsellors = await call('centre', 'GET', '/api/assistance/counsellors');
    const mine = counsellors.body.find((c: JsonBody) => c.collegeName === '计算机学院');
    const res = await call('counsellor', 'PUT', `/api/assistance/graduates/${ids[0]}/plan`, {
      goals: '三个月内落实软件测试岗位',
      counsellorId: mine.id,
      actions: [
        { title: '简历修改', dueOn: shanghaiDay(10) },
        { title: '推荐三家单位', dueOn: shanghaiDay(30) },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.plan).toMatchObject({
      goals: '三个月内落实软件测试岗位',
      counsellor: { id: mine.id },
      actions: [{ title: '简历修改' }, { title: '推荐三家单位' }],
    });
  });

  it('refuses a ledger entry dated in the future, and a referral without a posting', async () => {
    const future = await call('counsellor', 'POST', `/api/assistance/graduates/${ids[0]}/services`, {
      kind: 'job_referral',
      serviceOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(issuePaths(future.body)).toEqual(['postingId', 'serviceOn']);
  });

  it('records services, takes the graduate’s answer, and shows what the standard still asks', async () => {
    const today = shanghaiDay(0);
    const before = await call('counsellor', 'GET', `/api/assistance/graduates/${ids[0]}`);
    expect(before.body.gaps.map((g: JsonBody) => g.requirement)).toEqual([
      'policyExplanation',
      'guidanceSession',
      'jobReferral',
      'trainingOrTraineeship',
    ]);
    const added = await call('counsellor', 'POST', `/api/assistance/graduates/${ids[0]}/services`, {
      kind: 'policy_explanation',
      serviceOn: today,
      note: '讲解一次性求职补贴政策',
    });
    expect(added.status).toBe(201);
    await call('counsellor', 'POST', `/api/assistance/graduates/${ids[0]}/services`, {
      kind: 'guidance_session',
      serviceOn: today,
      note: '简历指导',
    });
    const answered = await call('grad', 'POST', `/api/me/assistance/services/${added.body.id}/response`, {
      response: 'accepted',
    });
    expect(answered.body.services.find((s: JsonBody) => s.id === added.body.id).response).toBe('accepted');

    const after = await call('counsellor', 'GET', `/api/assistance/graduates/${ids[0]}`);
    expect(after.body.gaps).toEqual([
      { requirement: 'jobReferral', required: 3, done: 0, missing: 3 },
      { requirement: 'trainingOrTraineeship', required: 1, done: 0, missing: 1 },
    ]);
    const gaps = await call('centre', 'GET', `/api/assistance/gaps?graduationYear=${COHORT}&groupBy=college`);
    const computing = gaps.body.groups.find((g: JsonBody) => g.name === '计算机学院');
    expect(computing).toMatchObject({ unplacedTargets: 3, meetingStandard: 0 });
    expect(computing.missing.jobReferral).toBe(3);
  });

  it('lets only the career centre change the standard, and checks it', async () => {
    const standard = { policyExplanation: 1, guidanceSession: 1, jobReferral: 0, trainingOrTraineeship: 1 };
    expect((await call('counsellor', 'PUT', '/api/assistance/standard', standard)).status).toBe(403);
    const bad = await call('centre', 'PUT', '/api/assistance/standard', {
      ...standard,
      jobReferral: 99,
      guidanceSession: -1,
    });
    expect(issuePaths(bad.body)).toEqual(['guidanceSession', 'jobReferral']);
    const ok = await call('centre', 'PUT', '/api/assistance/standard', standard);
    expect(ok.body).toMatchObject({ isDefault: false, standard });
    const list = await call(
      'counsellor',
      'GET',
      `/api/assistance/targets?graduationYear=${COHORT}&sort=gaps`,
    );
    const grad = list.body.items.find((i: JsonBody) => i.graduateId === ids[0]);
    expect(grad.gaps).toEqual([{ requirement: 'trainingOrTraineeship', required: 1, done: 0, missing: 1 }]);
    expect(grad).toMatchObject({ hasPlan: true, services: 2, placed: false });
  });
});

describe('one-time job-search subsidy', () => {
  const rule = {
    categories: ['zero_employment', 'disability'],
    amountFen: 150_000,
    opensOn: shanghaiDay(-60),
    closesOn: shanghaiDay(60),
    evidence: ['零就业家庭证明'],
  };

  it('has no rule until the province sets one, and only its own office may', async () => {
    const none = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'zero_employment',
      evidenceIds: [],
    });
    expect(none.status).toBe(400);
    expect(none.body.error.issues[0].message).toContain('尚未发布');
    expect((await call('hrssHubei', 'PUT', `/api/subsidies/rules/11/${COHORT}`, rule)).status).toBe(403);
    const bad = await call('hrss', 'PUT', `/api/subsidies/rules/11/${COHORT}`, {
      ...rule,
      categories: ['rich'],
      amountFen: 0,
      closesOn: shanghaiDay(-61),
    });
    expect(issuePaths(bad.body)).toEqual(['amountFen', 'categories.0', 'closesOn']);
    expect((await call('hrss', 'PUT', `/api/subsidies/rules/11/${COHORT}`, rule)).status).toBe(200);
  });

  it('refuses outside the window, for a category the rule or the graduate lacks, and without the proof named', async () => {
    t.clock.advance(-90 * 86_400_000);
    const early = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'zero_employment',
      evidenceIds: [],
    });
    expect(early.body.error.issues.map((i: JsonBody) => i.path).sort()).toEqual(['date', 'evidenceIds']);
    t.clock.reset();
    const notCovered = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'near_subsistence',
      evidenceIds: [],
    });
    expect(notCovered.body.error.issues[0]).toMatchObject({ path: 'category' });
    const notIdentified = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'disability',
      evidenceIds: [],
    });
    expect(notIdentified.body.error.issues[0].message).toContain('尚未被认定');
  });

  let applicationId: string;
  it('takes one application, and refuses a second with a clear message', async () => {
    const proof = await upload('grad', '/api/me/assistance/evidence', '零就业家庭证明');
    const applied = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'zero_employment',
      evidenceIds: [proof.body.id],
    });
    expect(applied.status).toBe(201);
    expect(applied.body.applications).toMatchObject([{ status: 'pending_college', amountFen: 150_000 }]);
    applicationId = applied.body.applications[0].id;
    const second = await call('grad', 'POST', '/api/me/subsidy', {
      category: 'zero_employment',
      evidenceIds: [proof.body.id],
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('每人只能申请一次');
  });

  it('holds one live application per person in the database itself', async () => {
    const live = await t.deps.db
      .selectFrom('subsidy_applications')
      .selectAll()
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    const { id: _id, ...copy } = live;
    await expect(
      t.deps.db
        .insertInto('subsidy_applications')
        .values({ ...copy, evidence_ids: [], graduate_id: ids[1]! })
        .execute(),
    ).rejects.toThrow(/subsidy_applications_one_live_idx|duplicate key/);
  });

  it('is decided by the college, the university and the province in turn, each in its scope', async () => {
    const ids1 = { ids: [applicationId], decision: 'approve' };
    expect((await call('otherCounsellor', 'GET', `/api/subsidies/${applicationId}`)).status).toBe(404);
    expect(
      (await call('hrssHubei', 'POST', '/api/subsidies/review', ids1)).body.results[0].message,
    ).toContain('不在您的管理范围');
    const hrssEarly = await call('hrss', 'POST', '/api/subsidies/review', ids1);
    expect(hrssEarly.body.results[0]).toMatchObject({ ok: false });
    expect((await call('counsellor', 'GET', '/api/subsidies?mine=true')).body.total).toBe(1);
    for (const who of ['counsellor', 'centre', 'hrss'] as const)
      expect((await call(who, 'POST', '/api/subsidies/review', ids1)).body.results).toEqual([
        { id: applicationId, ok: true },
      ]);
    const detail = await call('hrss', 'GET', `/api/subsidies/${applicationId}`);
    expect(detail.body.status).toBe('approved');
    expect(detail.body.decisions.map((d: JsonBody) => `${d.stage}:${d.decision}`)).toEqual([
      'applicant:submit',
      'college:approve',
      'university:approve',
      'province:approve',
    ]);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/subsidies/${applicationId}/evidence/${detail.body.evidence[0].id}`,
      headers: { cookie: cookies.hrss },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('is paid once: a second payment is refused, and the database refuses one too', async () => {
    const future = await call('hrss', 'POST', `/api/subsidies/${applicationId}/payment`, {
      paidOn: '2999-01-01',
      reference: 'x',
    });
    expect(issuePaths(future.body)).toEqual(['paidOn', 'reference']);
    const today = shanghaiDay(0);
    const paid = await call('hrss', 'POST', `/api/subsidies/${applicationId}/payment`, {
      paidOn: today,
      reference: 'BJ-2026-000123',
    });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      status: 'paid',
      payment: { reference: 'BJ-2026-000123', amountFen: 150_000 },
    });
    const notes = await call('grad', 'GET', '/api/notifications');
    expect(notes.body.items.map((n: JsonBody) => n.kind)).toEqual(
      expect.arrayContaining(['subsidy.paid', 'subsidy.decision', 'assistance.target', 'assistance.service']),
    );
    const again = await call('hrss', 'POST', `/api/subsidies/${applicationId}/payment`, {
      paidOn: today,
      reference: 'BJ-2026-000124',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('不能重复发放');

    const payment = await t.deps.db.selectFrom('subsidy_payments').selectAll().executeTakeFirstOrThrow();
    await expect(
      t.deps.db
        .insertInto('subsidy_payments')
        .values({ ...payment, application_id: applicationId, reference: 'again' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      sql`update subsidy_applications set status = 'rejected' where id = ${applicationId}`.execute(t.deps.db),
    ).rejects.toThrow(/paid subsidy/);
    const withdraw = await call('grad', 'POST', `/api/me/subsidy/${applicationId}/withdraw`);
    expect(withdraw.status).toBe(409);
  });

  it('exports the paying list with full ID numbers, audited', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/subsidies/export?graduationYear=${COHORT}&status=paid&format=csv`,
      headers: { cookie: cookies.hrss },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(rows[0]!.身份证号);
    expect(res.body).toContain('1500.00');
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'subsidy.export')
      .execute();
    expect(audited).toHaveLength(1);
    expect((await call('centre', 'GET', `/api/subsidies/export?graduationYear=${COHORT}`)).status).toBe(403);
  });
});

describe('hand-over of unplaced leavers', () => {
  it('records consent, by the graduate or by a counsellor with the signed form', async () => {
    const own = await call('grad', 'PUT', '/api/me/assistance/consent', { consent: true, wantsJob: true });
    expect(own.body).toMatchObject({ consent: true, wantsJob: true, via: 'graduate' });
    const noNote = await call('counsellor', 'PUT', `/api/assistance/graduates/${ids[2]}/consent`, {
      consent: false,
      wantsJob: false,
      note: '',
    });
    expect(noNote.status).toBe(400);
    const refused = await call('counsellor', 'PUT', `/api/assistance/graduates/${ids[2]}/consent`, {
      consent: false,
      wantsJob: false,
      note: '本人书面表示暂不移交，同意书存院系档案',
    });
    expect(refused.body).toMatchObject({ consent: false, via: 'counsellor' });
  });

  it('waits until the cohort has left school', async () => {
    at('06-01');
    const res = await call('centre', 'POST', '/api/handovers', {
      graduationYear: COHORT,
      items: [{ graduateId: ids[0], regionCode: '420102' }],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('尚未离校');
    t.clock.reset();
  });

  it('refuses the whole request for a region code that does not exist', async () => {
    const res = await call('centre', 'POST', '/api/handovers', {
      graduationYear: COHORT,
      items: [
        { graduateId: ids[0], regionCode: '420102' },
        { graduateId: ids[1], regionCode: '999999' },
      ],
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['items.1.regionCode']);
    expect(await t.deps.db.selectFrom('handovers').select('graduate_id').execute()).toEqual([]);
  });

  it('hands over those who agreed, and says why the others stay', async () => {
    const candidates = await call('centre', 'GET', `/api/handovers/candidates?graduationYear=${COHORT}`);
    expect(candidates.body.summary).toMatchObject({
      unplaced: 6,
      consented: 1,
      notConsented: 1,
      noAnswer: 4,
    });
    const res = await call('centre', 'POST', '/api/handovers', {
      graduationYear: COHORT,
      items: [
        { graduateId: ids[0], regionCode: '420102' },
        { graduateId: ids[1], regionCode: '110101' },
        { graduateId: ids[2], regionCode: '110101' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.handedOver).toBe(1);
    expect(res.body.refused).toEqual([
      { graduateId: ids[1], message: '本人尚未表示是否同意移交' },
      { graduateId: ids[2], message: '本人不同意移交，由学校继续跟踪服务' },
    ]);
    const twice = await call('centre', 'POST', '/api/handovers', {
      graduationYear: COHORT,
      items: [{ graduateId: ids[0], regionCode: '420102' }],
    });
    expect(twice.body.refused).toEqual([{ graduateId: ids[0], message: '已移交过' }]);
    const late = await call('grad', 'PUT', '/api/me/assistance/consent', { consent: false, wantsJob: false });
    expect(late.status).toBe(409);
  });

  it("reaches the office of the graduate's hukou province only, phones masked, a reveal audited", async () => {
    expect((await call('hrss', 'GET', '/api/handovers')).body.total).toBe(0);
    const list = await call('hrssHubei', 'GET', `/api/handovers?graduationYear=${COHORT}&regionCode=420100`);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ graduateId: ids[0], regionCode: '420102', wantsJob: true });
    expect(list.body.items[0].phone).toMatch(/\*{4}/);
    expect((await call('hrss', 'GET', `/api/handovers/${ids[0]}`)).status).toBe(404);
    const phone = await call('hrssHubei', 'POST', `/api/handovers/${ids[0]}/reveal`);
    expect(phone.body.phone).toBe(rows[0]!.手机号);
    expect(
      await t.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'handover.reveal').execute(),
    ).toHaveLength(1);
  });

  it('records contacts and outcomes, refusing a day in the future or before the hand-over', async () => {
    const bad = await call('hrssHubei', 'POST', `/api/handovers/${ids[0]}/followups`, {
      kind: 'outcome',
      on: '2999-01-01',
      note: '',
    });
    expect(issuePaths(bad.body)).toEqual(['on', 'outcome']);
    const before = await call('hrssHubei', 'POST', `/api/handovers/${ids[0]}/followups`, {
      kind: 'contact',
      on: '2000-01-01',
      reached: true,
      note: '',
    });
    expect(before.body.error.issues[0].message).toContain('不能早于移交日期');
    const today = shanghaiDay(0);
    await call('hrssHubei', 'POST', `/api/handovers/${ids[0]}/followups`, {
      kind: 'contact',
      on: today,
      reached: true,
      note: '电话联系，本人希望在武汉就业',
    });
    const outcome = await call('hrssHubei', 'POST', `/api/handovers/${ids[0]}/followups`, {
      kind: 'outcome',
      on: today,
      outcome: 'traineeship',
      note: '参加市人社局见习',
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body).toMatchObject({ firstContactOn: today, outcome: 'traineeship' });
    expect(outcome.body.followups).toHaveLength(2);
    const met = await call('hrssHubei', 'GET', '/api/handovers?status=goal_met');
    expect(met.body.total).toBe(1);
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/handovers/export?format=csv',
      headers: { cookie: cookies.hrssHubei },
    });
    expect(exported.body).toContain('参加见习');
    expect(exported.body).not.toContain(rows[0]!.手机号);
  });
});

describe('training programmes', () => {
  let programmeId: string;
  const programme = {
    name: '宏志助航 就业能力培训（第一期）',
    kind: 'hongzhi',
    organiser: '北京市教育委员会',
    startsOn: shanghaiDay(-30),
    endsOn: shanghaiDay(30),
    sessions: 5,
    capacity: 2,
    description: '',
  };

  it('checks a programme and creates it in the official’s province', async () => {
    const bad = await call('edu', 'POST', '/api/training/programmes', {
      ...programme,
      name: '',
      kind: 'magic',
      endsOn: shanghaiDay(-31),
      sessions: 0,
    });
    expect(issuePaths(bad.body)).toEqual(['endsOn', 'kind', 'name', 'sessions']);
    const res = await call('edu', 'POST', '/api/training/programmes', programme);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ provinceCode: '11', universityCode: null, status: 'open' });
    programmeId = res.body.id;
    expect((await call('centre', 'GET', `/api/training/programmes/${programmeId}`)).status).toBe(404);
  });

  it('takes no one into a programme that is over', async () => {
    const over = await call('edu', 'POST', '/api/training/programmes', {
      ...programme,
      name: '已结束的培训',
      startsOn: shanghaiDay(-40),
      endsOn: shanghaiDay(-1),
    });
    const res = await call('edu', 'POST', `/api/training/programmes/${over.body.id}/enrolments`, {
      graduateIds: [ids[0]],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('结束');
    const mine = await call('grad', 'GET', '/api/me/training');
    expect(mine.body.available.map((p: JsonBody) => p.id)).not.toContain(over.body.id);
  });

  it('enrols up to capacity and says why the rest were refused', async () => {
    const res = await call('edu', 'POST', `/api/training/programmes/${programmeId}/enrolments`, {
      graduateIds: [ids[0], ids[1], ids[2]],
    });
    expect(res.body).toEqual({ enrolled: 2, refused: [{ graduateId: ids[2], message: '名额已满' }] });
    const self = await call('grad3', 'POST', `/api/me/training/${programmeId}/enrol`);
    expect(self.status).toBe(409);
    expect(self.body.error.message).toContain('名额已满');
  });

  it('completes a trainee only at 80 % attendance, with a certificate number unique in the programme', async () => {
    for (const sessionNo of [1, 2, 3])
      await call('edu', 'POST', `/api/training/programmes/${programmeId}/attendance`, {
        sessionNo,
        graduateIds: [ids[0], ids[1]],
      });
    const short = await call(
      'edu',
      'POST',
      `/api/training/programmes/${programmeId}/enrolments/${ids[0]}/complete`,
      {
        certificateNo: 'HZ2026-0001',
        completedOn: shanghaiDay(0),
      },
    );
    expect(short.body.error.issues[0].message).toContain('未达到结业要求的 4 次');
    const outsider = await call('edu', 'POST', `/api/training/programmes/${programmeId}/attendance`, {
      sessionNo: 4,
      graduateIds: [ids[5]],
    });
    expect(issuePaths(outsider.body)).toEqual(['graduateIds.0']);
    await call('edu', 'POST', `/api/training/programmes/${programmeId}/attendance`, {
      sessionNo: 4,
      graduateIds: [ids[0], ids[1]],
    });
    const done = await call(
      'edu',
      'POST',
      `/api/training/programmes/${programmeId}/enrolments/${ids[0]}/complete`,
      {
        certificateNo: 'HZ2026-0001',
        completedOn: shanghaiDay(0),
      },
    );
    expect(done.status).toBe(200);
    expect(done.body.enrolments.find((e: JsonBody) => e.graduateId === ids[0])).toMatchObject({
      status: 'completed',
      attended: [1, 2, 3, 4],
      certificateNo: 'HZ2026-0001',
    });
    const dup = await call(
      'edu',
      'POST',
      `/api/training/programmes/${programmeId}/enrolments/${ids[1]}/complete`,
      {
        certificateNo: 'HZ2026-0001',
        completedOn: shanghaiDay(0),
      },
    );
    expect(dup.status).toBe(400);
    expect(dup.body.error.issues[0].message).toContain('已发给本项目的其他学员');
    const mine = await call('grad', 'GET', '/api/me/training');
    expect(mine.body.enrolments).toMatchObject([{ programmeId, status: 'completed', attended: 4 }]);
  });

  it("lets an HR&SS office's course take the leavers handed over to it, and only them", async () => {
    const res = await call('hrssHubei', 'POST', '/api/training/programmes', {
      ...programme,
      name: '武汉市公共实训基地 电商运营培训',
      kind: 'public_training',
      organiser: '武汉市人社局',
    });
    expect(res.body).toMatchObject({ provinceCode: '42', universityCode: null });
    const enrolled = await call('hrssHubei', 'POST', `/api/training/programmes/${res.body.id}/enrolments`, {
      graduateIds: [ids[0], ids[1]],
    });
    expect(enrolled.body).toEqual({
      enrolled: 1,
      refused: [{ graduateId: ids[1], message: '毕业生不存在或不在您的管理范围内' }],
    });
    const open = await call('grad', 'GET', '/api/me/training');
    expect(open.body.available.map((p: JsonBody) => p.id)).toContain(res.body.id);
  });

  it('lets a training offer in the ledger name a programme open to the graduate', async () => {
    const today = shanghaiDay(0);
    const res = await call('counsellor', 'POST', `/api/assistance/graduates/${ids[0]}/services`, {
      kind: 'training_offer',
      serviceOn: today,
      programmeId,
    });
    expect(res.status).toBe(201);
    expect(res.body.programme).toEqual({ id: programmeId, name: programme.name });
  });
});

describe('dashboard', () => {
  it('counts targets, the standard, placement, subsidies and the hand-over within each scope', async () => {
    const centre = await call('centre', 'GET', `/api/assistance/dashboard?graduationYear=${COHORT}`);
    expect(centre.status).toBe(200);
    expect(centre.body.targets).toMatchObject({
      graduates: 3,
      byCategory: { zero_employment: 1, subsistence_allowance: 1, disability: 1 },
      withPlan: 1,
      withService: 1,
    });
    expect(centre.body.standard).toEqual({ unplacedTargets: 3, meeting: 1 });
    expect(centre.body.placement).toEqual({ targets: { total: 3, placed: 0 }, all: { total: 6, placed: 0 } });
    expect(centre.body.subsidies).toEqual([{ status: 'paid', count: 1, amountFen: 150_000 }]);
    expect(centre.body.handover).toMatchObject({ handedOver: 1, contacted: 1, goalMet: 1, notConsented: 1 });

    const counsellor = await call(
      'otherCounsellor',
      'GET',
      `/api/assistance/dashboard?graduationYear=${COHORT}`,
    );
    expect(counsellor.body.targets.graduates).toBe(0);
    // The Hubei office counts the leaver handed over to it; the Beijing office pays the subsidy.
    const hubei = await call('hrssHubei', 'GET', `/api/assistance/dashboard?graduationYear=${COHORT}`);
    expect(hubei.body.handover.handedOver).toBe(1);
    expect(hubei.body.subsidies).toEqual([]);
    const beijing = await call('hrss', 'GET', `/api/assistance/dashboard?graduationYear=${COHORT}`);
    expect(beijing.body.subsidies).toEqual([{ status: 'paid', count: 1, amountFen: 150_000 }]);
    expect(beijing.body.handover.handedOver).toBe(0);
  });
});
