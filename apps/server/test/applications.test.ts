import { randomUUID } from 'node:crypto';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPlatform,
  rosterCsv,
  rosterRows,
  type RosterRow,
  type TestPlatform,
  callApi,
  type JsonBody,
} from './helpers';

// Résumés, applications and notifications (issue 4): the graduate's side and the employer's
// pipeline, masking until the interview invitation, and the neutral 优先关注 flag.

let t: TestPlatform;
const cookies: Record<string, string> = {};
const postings = {} as Record<'open' | 'openToday' | 'closed' | 'expired' | 'draft' | 'other', string>;
const rows: RosterRow[] = rosterRows(3, { prefix: 'R', seed: 21 });
const graduateIds: string[] = [];
const EMAIL = 'applicant.one@example.com';

const call = (
  cookie: string | undefined,
  method: Parameters<typeof callApi>[2],
  url: string,
  payload?: unknown,
) => callApi(t.app, cookie, method, url, payload);

/** Days from today (Asia/Shanghai) as YYYY-MM-DD. */
function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function insertPosting(
  organisationId: string,
  title: string,
  status: 'draft' | 'published' | 'closed',
  deadline: string | null,
) {
  const row = await t.deps.db
    .insertInto('job_postings')
    .values({
      organisation_id: organisationId,
      province_code: '11',
      title,
      description: '负责后端服务开发与维护。工作地点：北京市海淀区。',
      requirements: null,
      salary_min_fen: 900_000,
      salary_max_fen: 1_400_000,
      status,
      compliance_verdict: 'pass',
      created_by: null,
      published_at: status === 'draft' ? null : new Date(),
      deadline,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const RESUME = {
  objective: '后端开发工程师',
  internships: [
    {
      organisation: '武汉某某科技有限公司',
      role: '后端开发实习生',
      start: '2025-07',
      end: '2025-09',
      description: '参与订单服务重构。如需联系：13912345678，或邮件 me@example.org。',
    },
  ],
  projects: [
    {
      name: '校园二手交易平台',
      role: '负责人',
      start: '2024-03',
      end: null,
      description: '使用 Java 与 PostgreSQL。',
    },
  ],
  skills: ['Java', 'TypeScript', 'PostgreSQL'],
  awards: [{ name: '国家奖学金', date: '2024-10' }],
  certificates: [{ name: '大学英语六级', date: '2023-12' }],
  selfIntroduction: '踏实肯干，乐于学习。',
};

beforeAll(async () => {
  t = await createTestPlatform();
  const orgA = await t.createOrganisationFixture('employer');
  const orgB = await t.createOrganisationFixture('agency');
  await t.deps.db.updateTable('organisations').set({ verification: 'verified' }).execute();
  const uni = await t.createUniversityFixture('4111010001');
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  const imported = await t.importRoster(await t.loginAs(admin.username), rosterCsv(rows), 'r.csv', {
    universityCode: uni.code,
  });
  expect(imported.accepted).toBe(3);
  for (const r of rows) graduateIds.push(await t.graduateId(uni.code, r.学号));
  await t.deps.db.updateTable('graduates').set({ email: EMAIL }).where('id', '=', graduateIds[0]!).execute();
  // The second graduate is an assistance target: employers must see only 优先关注.
  // Identified as the roster import does: the category on the record and an approved target.
  await t.deps.db
    .updateTable('graduates')
    .set({ assistance_category: 'subsistence_allowance' })
    .where('id', '=', graduateIds[1]!)
    .execute();
  await t.deps.db
    .insertInto('assistance_targets')
    .values({
      graduate_id: graduateIds[1]!,
      category: 'subsistence_allowance',
      source: 'roster',
      status: 'approved',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();

  const users = {
    grad1: await t.createUserFixture('graduate', { kind: 'self', graduateId: graduateIds[0]! }),
    grad2: await t.createUserFixture('graduate', { kind: 'self', graduateId: graduateIds[1]! }),
    grad3: await t.createUserFixture('graduate', { kind: 'self', graduateId: graduateIds[2]! }),
    hrA: await t.createUserFixture('employer', { kind: 'organisation', organisationId: orgA.id }),
    hrA2: await t.createUserFixture('employer', { kind: 'organisation', organisationId: orgA.id }),
    hrB: await t.createUserFixture('agency', { kind: 'organisation', organisationId: orgB.id }),
  };
  for (const [name, user] of Object.entries(users)) cookies[name] = await t.loginAs(user.username);

  postings.open = await insertPosting(orgA.id, 'Java开发工程师', 'published', shanghaiDay(30));
  postings.openToday = await insertPosting(orgA.id, '测试工程师', 'published', shanghaiDay(0));
  postings.closed = await insertPosting(orgA.id, '已关闭的岗位', 'closed', shanghaiDay(30));
  postings.expired = await insertPosting(orgA.id, '截止已过的岗位', 'published', shanghaiDay(-1));
  postings.draft = await insertPosting(orgA.id, '草稿岗位', 'draft', null);
  postings.other = await insertPosting(orgB.id, '外单位岗位', 'published', null);
});

afterAll(async () => {
  await t?.close();
});

describe('résumé', () => {
  it('starts empty with the education pre-filled from the roster', async () => {
    const { status, body } = await call(cookies.grad1, 'GET', '/api/me/resume');
    expect(status).toBe(200);
    expect(body.saved).toBe(false);
    expect(body.education).toMatchObject({
      universityName: expect.any(String),
      collegeName: rows[0]!.院系,
      majorCode: rows[0]!.专业代码,
      majorName: expect.any(String),
      degreeName: '本科',
      graduationYear: Number(rows[0]!.毕业年份),
    });
    expect(body.person.name).toBe(rows[0]!.姓名);
    expect(body.content.internships).toEqual([]);
  });

  it('reports every problem at once with paths and Chinese messages, and saves nothing', async () => {
    const { status, body } = await call(cookies.grad1, 'PUT', '/api/me/resume', {
      ...RESUME,
      objective: '岗'.repeat(60),
      internships: [{ organisation: '', role: '实习生', start: '2025/07', end: '2024-01' }],
      projects: [{ name: '项目', start: '2025-05', end: '2025-01' }],
      skills: ['Java', 'JAVA'],
      selfIntroduction: '字'.repeat(1001),
    });
    expect(status).toBe(400);
    const issues = body.error.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'objective: 求职意向不能超过 50 个字',
        'internships.0.organisation: 请填写实习单位',
        expect.stringMatching(/^internships\.0\.start: 开始时间应为“年-月”/),
        'projects.0.end: 结束时间不能早于开始时间',
        'skills.1: 技能“JAVA”重复了',
        'selfIntroduction: 自我评价不能超过 1000 个字',
      ]),
    );
    expect((await call(cookies.grad1, 'GET', '/api/me/resume')).body.saved).toBe(false);
  });

  it('saves a valid résumé and reads it back', async () => {
    const saved = await call(cookies.grad1, 'PUT', '/api/me/resume', RESUME);
    expect(saved.status).toBe(200);
    expect(saved.body.saved).toBe(true);
    expect(saved.body.content).toEqual(RESUME);
    expect(saved.body.updatedAt).toEqual(expect.any(String));
  });

  it('exports a PDF whose text is the Chinese résumé, and audits the export', async () => {
    const { status, raw, headers } = await call(cookies.grad1, 'GET', '/api/me/resume.pdf');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/pdf');
    expect(String(headers['content-disposition'])).toContain(encodeURIComponent(`简历-${rows[0]!.姓名}.pdf`));
    expect(raw.subarray(0, 5).toString()).toBe('%PDF-');
    // The CJK font is subset: the file stays small although the font is 8 MB.
    expect(raw.length).toBeLessThan(400_000);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(raw)), { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    for (const expected of [
      rows[0]!.姓名,
      '教育背景',
      '实习经历',
      '武汉某某科技有限公司',
      '国家奖学金',
      '踏实肯干，乐于学习。',
    ])
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    // The owner's own PDF carries their full phone number.
    expect(flat).toContain(rows[0]!.手机号);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'resume.export')
      .where('target_id', '=', graduateIds[0]!)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('is the graduate’s own: other roles are refused', async () => {
    expect((await call(cookies.hrA, 'GET', '/api/me/resume')).status).toBe(403);
    expect((await call(cookies.hrA, 'PUT', '/api/me/resume', RESUME)).status).toBe(403);
  });
});

describe('applying', () => {
  let applicationId: string;

  it('needs a saved résumé', async () => {
    const { status, body } = await call(cookies.grad2, 'POST', '/api/applications', {
      postingId: postings.open,
    });
    expect(status).toBe(409);
    expect(body.error.message).toContain('简历');
  });

  it('applies with a snapshot and notifies the organisation’s HR accounts', async () => {
    const { status, body } = await call(cookies.grad1, 'POST', '/api/applications', {
      postingId: postings.open,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ postingId: postings.open, status: 'submitted', mayWithdraw: true });
    expect(body.events).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'submitted', actor: 'graduate' }),
    ]);
    applicationId = body.id;
    for (const hr of ['hrA', 'hrA2']) {
      const list = (await call(cookies[hr], 'GET', '/api/notifications')).body;
      expect(list.items[0]).toMatchObject({ kind: 'application.new', title: '新投递：Java开发工程师' });
      // The notification names the applicant masked, like the pipeline does before the interview.
      expect(list.items[0].body).not.toContain(rows[0]!.姓名);
    }
    expect((await call(cookies.hrB, 'GET', '/api/notifications')).body.total).toBe(0);
  });

  it('refuses a second application to the same posting with a clear 409', async () => {
    const { status, body } = await call(cookies.grad1, 'POST', '/api/applications', {
      postingId: postings.open,
    });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'conflict', message: '您已投递过该岗位，请勿重复投递' });
    const count = await t.deps.db
      .selectFrom('applications')
      .select('id')
      .where('posting_id', '=', postings.open)
      .execute();
    expect(count).toHaveLength(1);
  });

  it('refuses closed, expired and unpublished postings; the deadline day itself is still open', async () => {
    const closed = await call(cookies.grad1, 'POST', '/api/applications', { postingId: postings.closed });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toContain('停止招聘');
    const expired = await call(cookies.grad1, 'POST', '/api/applications', { postingId: postings.expired });
    expect(expired.status).toBe(409);
    expect(expired.body.error.message).toContain('截止日期');
    const draft = await call(cookies.grad1, 'POST', '/api/applications', { postingId: postings.draft });
    expect(draft.status).toBe(409);
    const missing = await call(cookies.grad1, 'POST', '/api/applications', { postingId: randomUUID() });
    expect(missing.status).toBe(404);
    const today = await call(cookies.grad1, 'POST', '/api/applications', { postingId: postings.openToday });
    expect(today.status).toBe(201);
  });

  it('lists the graduate’s applications with their history', async () => {
    const { body } = await call(cookies.grad1, 'GET', '/api/me/applications');
    expect(body.total).toBe(2);
    expect(body.items.map((a: JsonBody) => a.postingTitle).sort()).toEqual(['Java开发工程师', '测试工程师']);
    const one = await call(cookies.grad1, 'GET', `/api/me/applications?postingId=${postings.open}`);
    expect(one.body.items.map((a: JsonBody) => a.id)).toEqual([applicationId]);
    // Another graduate cannot read it.
    expect((await call(cookies.grad3, 'GET', `/api/me/applications/${applicationId}`)).status).toBe(404);
  });
});

describe('employer pipeline', () => {
  const ids = {} as Record<'grad1' | 'grad2' | 'grad3' | 'grad1Today', string>;

  beforeAll(async () => {
    for (const g of ['grad2', 'grad3'] as const) {
      expect(
        (await call(cookies[g], 'PUT', '/api/me/resume', { ...RESUME, selfIntroduction: `我是${g}` })).status,
      ).toBe(200);
      const res = await call(cookies[g], 'POST', '/api/applications', { postingId: postings.open });
      expect(res.status).toBe(201);
      ids[g] = res.body.id;
    }
    ids.grad1 = (
      await call(cookies.grad1, 'GET', `/api/me/applications?postingId=${postings.open}`)
    ).body.items[0].id;
    ids.grad1Today = (
      await call(cookies.grad1, 'GET', `/api/me/applications?postingId=${postings.openToday}`)
    ).body.items[0].id;
  });

  it('lists applicants masked, with counts per status and the neutral priority flag only', async () => {
    const { status, body } = await call(cookies.hrA, 'GET', `/api/applications?postingId=${postings.open}`);
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.counts).toEqual({ submitted: 3 });
    const byId = new Map(body.items.map((a: JsonBody) => [a.id, a]));
    const first = byId.get(ids.grad1) as JsonBody;
    expect(first.applicant.name).toBe(`${rows[0]!.姓名[0]}${'*'.repeat(rows[0]!.姓名.length - 1)}`);
    expect(first.applicant.masked).toBe(true);
    expect(first.applicant.priority).toBe(false);
    expect((byId.get(ids.grad2) as JsonBody).applicant.priority).toBe(true);
    const text = JSON.stringify(body);
    expect(text).not.toContain('low_income');
    expect(text).not.toContain('assistance');
    for (const r of rows) expect(text).not.toContain(r.姓名);

    const all = await call(cookies.hrA, 'GET', '/api/applications?status=submitted');
    expect(all.body.total).toBe(4);
  });

  it('keeps another organisation’s applicants out of reach (404, as if absent)', async () => {
    expect((await call(cookies.hrB, 'GET', '/api/applications')).body.total).toBe(0);
    expect((await call(cookies.hrB, 'GET', `/api/applications/${ids.grad1}`)).status).toBe(404);
    expect((await call(cookies.hrB, 'GET', `/api/applications/${ids.grad1}/resume.pdf`)).status).toBe(404);
    const move = await call(cookies.hrB, 'POST', `/api/applications/${ids.grad1}/status`, {
      status: 'interview',
    });
    expect(move.status).toBe(404);
    // Nothing happened: still submitted, no event beyond the application itself.
    const stored = await t.deps.db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', ids.grad1)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('submitted');
    // Graduates and officials have no pipeline at all.
    expect((await call(cookies.grad1, 'GET', '/api/applications')).status).toBe(403);
  });

  it('opening a new application marks it 已查看 once, records it and tells the graduate', async () => {
    const { status, body } = await call(cookies.hrA, 'GET', `/api/applications/${ids.grad1}`);
    expect(status).toBe(200);
    expect(body.status).toBe('viewed');
    expect(body.events.map((e: JsonBody) => e.toStatus)).toEqual(['submitted', 'viewed']);
    expect(body.events[1].actorName).toBe('测试employer');
    await call(cookies.hrA, 'GET', `/api/applications/${ids.grad1}`);
    const events = await t.deps.db
      .selectFrom('application_events')
      .select('to_status')
      .where('application_id', '=', ids.grad1)
      .execute();
    expect(events.map((e) => e.to_status)).toEqual(['submitted', 'viewed']);
    const notes = (await call(cookies.grad1, 'GET', '/api/notifications')).body;
    expect(notes.items[0]).toMatchObject({ kind: 'application.status', title: '「Java开发工程师」已查看' });
    expect(notes.unread).toBe(1);
  });

  it('masks name, phone, e-mail and contacts in the prose before the interview invitation', async () => {
    const { body } = await call(cookies.hrA, 'GET', `/api/applications/${ids.grad1}`);
    const phone = rows[0]!.手机号;
    expect(body.resume.person).toEqual({
      name: body.applicant.name,
      phone: `${phone.slice(0, 3)}****${phone.slice(7)}`,
      email: 'a***@example.com',
      masked: true,
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain(rows[0]!.姓名);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('me@example.org');
    expect(body.resume.content.internships[0].description).toContain('139****5678');
    expect(body.resume.education.universityName).toEqual(expect.any(String));
    // No unmasked read yet, so nothing to audit.
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'application.pii_read')
      .execute();
    expect(audit).toEqual([]);

    const pdf = await call(cookies.hrA, 'GET', `/api/applications/${ids.grad1}/resume.pdf`);
    expect(pdf.status).toBe(200);
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf.raw)), {
      mergePages: true,
    });
    const flat = pdfText.replace(/\s+/g, '');
    expect(flat).toContain('姓名与联系方式已隐去');
    expect(flat).not.toContain(rows[0]!.姓名);
    expect(flat).not.toContain(phone);
  });

  it('refuses an illegal move with 409 and changes nothing', async () => {
    const { status, body } = await call(cookies.hrA, 'POST', `/api/applications/${ids.grad1}/status`, {
      status: 'signed',
    });
    expect(status).toBe(409);
    expect(body.error.message).toBe('不能从「已查看」改为「已签约」');
    const bad = await call(cookies.hrA, 'POST', `/api/applications/${ids.grad1}/status`, {
      status: 'withdrawn',
    });
    expect(bad.status).toBe(400);
    const events = await t.deps.db
      .selectFrom('application_events')
      .select('id')
      .where('application_id', '=', ids.grad1)
      .execute();
    expect(events).toHaveLength(2);
  });

  it('the interview invitation reveals the applicant; each unmasked read is audited', async () => {
    const { status, body } = await call(cookies.hrA, 'POST', `/api/applications/${ids.grad1}/status`, {
      status: 'interview',
      note: '请于周三下午三点到公司面试',
    });
    expect(status).toBe(200);
    expect(body.status).toBe('interview');
    expect(body.revealedAt).toEqual(expect.any(String));
    expect(body.resume.person).toEqual({
      name: rows[0]!.姓名,
      phone: rows[0]!.手机号,
      email: EMAIL,
      masked: false,
    });
    expect(body.applicant).toMatchObject({ name: rows[0]!.姓名, masked: false });
    expect(body.events.at(-1)).toMatchObject({
      fromStatus: 'viewed',
      toStatus: 'interview',
      note: '请于周三下午三点到公司面试',
    });

    const note = (await call(cookies.grad1, 'GET', '/api/notifications')).body.items[0];
    expect(note.title).toBe('「Java开发工程师」面试');
    expect(note.body).toContain('请于周三下午三点到公司面试');
    expect(note.link).toBe(`/applications?id=${ids.grad1}`);

    await call(cookies.hrA2, 'GET', `/api/applications/${ids.grad1}`);
    await call(cookies.hrA, 'GET', `/api/applications?postingId=${postings.open}`);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['target_id', 'detail'])
      .where('action', '=', 'application.pii_read')
      .orderBy('id')
      .execute();
    // The change's own answer, a colleague's detail read and the list read.
    expect(audit.map((a) => (a.detail as unknown as JsonBody).via)).toEqual(['detail', 'detail', 'list']);
    expect((audit[2]!.detail as unknown as JsonBody).applicationIds).toEqual([ids.grad1]);
    // Still masked for the others in the list.
    const list = (await call(cookies.hrA, 'GET', `/api/applications?postingId=${postings.open}`)).body;
    const others = list.items.filter((a: JsonBody) => a.id !== ids.grad1);
    for (const a of others) expect(a.applicant.masked).toBe(true);
  });

  it('bulk moves report each id: done, wrong stage, another organisation’s, unknown', async () => {
    const foreign = await call(cookies.grad3, 'POST', '/api/applications', { postingId: postings.other });
    expect(foreign.status).toBe(201);
    const unknown = randomUUID();
    const { status, body } = await call(cookies.hrA, 'POST', '/api/applications/bulk-status', {
      ids: [ids.grad2, ids.grad3, ids.grad1, foreign.body.id, unknown],
      status: 'interview',
      note: '统一安排线上面试',
    });
    expect(status).toBe(200);
    expect(body.succeeded).toBe(2);
    expect(body.failed).toBe(3);
    const byId = new Map(body.results.map((r: JsonBody) => [r.id, r]));
    expect(byId.get(ids.grad2)).toMatchObject({ ok: true, status: 'interview' });
    expect(byId.get(ids.grad3)).toMatchObject({ ok: true, status: 'interview' });
    expect(byId.get(ids.grad1)).toMatchObject({
      ok: false,
      code: 'conflict',
      message: '不能从「面试」改为「面试」',
    });
    expect(byId.get(foreign.body.id)).toMatchObject({ ok: false, code: 'not_found' });
    expect(byId.get(unknown)).toMatchObject({ ok: false, code: 'not_found' });
    // Every success is an event and a notification to its graduate.
    for (const g of ['grad2', 'grad3']) {
      const note = (await call(cookies[g], 'GET', '/api/notifications')).body.items[0];
      expect(note.body).toContain('统一安排线上面试');
    }
    const foreignRow = await t.deps.db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', foreign.body.id)
      .executeTakeFirstOrThrow();
    expect(foreignRow.status).toBe('submitted');

    const tooMany = await call(cookies.hrA, 'POST', '/api/applications/bulk-status', {
      ids: Array.from({ length: 101 }, () => randomUUID()),
      status: 'rejected',
    });
    expect(tooMany.status).toBe(400);
  });

  it('the priority flag never turns into the category, even after the reveal', async () => {
    const { body } = await call(cookies.hrA, 'GET', `/api/applications/${ids.grad2}`);
    expect(body.applicant.priority).toBe(true);
    expect(body.applicant.masked).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/low_income|assistance|低保/);
  });

  it('the graduate withdraws while open; afterwards neither side can move it', async () => {
    const w = await call(cookies.grad1, 'POST', `/api/me/applications/${ids.grad1Today}/withdraw`);
    expect(w.status).toBe(200);
    expect(w.body).toMatchObject({ status: 'withdrawn', mayWithdraw: false });
    expect(w.body.events.map((e: JsonBody) => e.toStatus)).toEqual(['submitted', 'withdrawn']);
    expect(
      (await call(cookies.grad1, 'POST', `/api/me/applications/${ids.grad1Today}/withdraw`)).status,
    ).toBe(409);
    const move = await call(cookies.hrA, 'POST', `/api/applications/${ids.grad1Today}/status`, {
      status: 'viewed',
    });
    expect(move.status).toBe(409);
    const hrNote = (await call(cookies.hrA, 'GET', '/api/notifications')).body.items[0];
    expect(hrNote.kind).toBe('application.withdrawn');
    // The employer still sees the withdrawn application, counted under its status.
    const list = (await call(cookies.hrA, 'GET', `/api/applications?postingId=${postings.openToday}`)).body;
    expect(list.counts).toEqual({ withdrawn: 1 });
  });

  it('carries an offer through to signing, and the graduate sees the whole history', async () => {
    for (const to of ['offer', 'signed'])
      expect(
        (await call(cookies.hrA, 'POST', `/api/applications/${ids.grad1}/status`, { status: to })).status,
      ).toBe(200);
    const own = (await call(cookies.grad1, 'GET', `/api/me/applications/${ids.grad1}`)).body;
    expect(own.status).toBe('signed');
    expect(own.mayWithdraw).toBe(false);
    expect(own.events.map((e: JsonBody) => e.toStatus)).toEqual([
      'submitted',
      'viewed',
      'interview',
      'offer',
      'signed',
    ]);
    // The graduate sees "the organisation", not which HR colleague acted.
    expect(own.events.every((e: JsonBody) => e.actorName === null)).toBe(true);
    // The signed offer fills in the destination registration (毕业去向登记) for the graduate.
    const draft = (await call(cookies.grad1, 'GET', '/api/me/destination/offer-draft')).body.draft;
    expect(draft).toMatchObject({
      applicationId: ids.grad1,
      destinationCode: '10',
      details: { form: 'unit', name: own.organisationName, uscc: expect.stringMatching(/^[0-9A-Z]{18}$/) },
    });
    expect((await call(cookies.grad2, 'GET', '/api/me/destination/offer-draft')).body.draft).toBeNull();
  });
});

describe('notifications', () => {
  it('counts unread, marks one and then all read, and keeps other users’ notifications private', async () => {
    const before = (await call(cookies.grad1, 'GET', '/api/notifications/unread-count')).body.unread;
    expect(before).toBeGreaterThanOrEqual(3);
    const unreadPage = (await call(cookies.grad1, 'GET', '/api/notifications?unread=true&pageSize=1')).body;
    expect(unreadPage).toMatchObject({ total: before, unread: before, page: 1, pageSize: 1 });
    const first = unreadPage.items[0];
    expect((await call(cookies.grad1, 'POST', `/api/notifications/${first.id}/read`)).body.unread).toBe(
      before - 1,
    );
    // Reading it twice is harmless; reading someone else's is 404.
    expect((await call(cookies.grad1, 'POST', `/api/notifications/${first.id}/read`)).status).toBe(200);
    expect((await call(cookies.grad2, 'POST', `/api/notifications/${first.id}/read`)).status).toBe(404);
    const all = await call(cookies.grad1, 'POST', '/api/notifications/read-all');
    expect(all.body).toEqual({ marked: before - 1, unread: 0 });
    const list = (await call(cookies.grad1, 'GET', '/api/notifications')).body;
    expect(list.items.every((n: JsonBody) => n.readAt !== null)).toBe(true);
    expect((await call(undefined, 'GET', '/api/notifications')).status).toBe(401);
  });
});
