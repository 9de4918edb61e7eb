import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '@jiuye/domain';
import { createTestPlatform, rosterCsv, rosterRows, type TestPlatform, callApi } from './helpers';

let t: TestPlatform;
const cookies: Record<string, string> = {};
let organisationId: string;
let otherOrganisationId: string;

// A complete, lawful ad; tests add the sentence under test.
const CLEAN = {
  title: 'Java开发工程师',
  description:
    '岗位职责：负责公司业务系统后端开发，参与需求分析与接口设计，编写单元测试。工作地点：北京市海淀区。五险一金，双休。',
  requirements: '计算机相关专业本科及以上学历，熟悉Java与MySQL。',
  salaryMin: 9000,
  salaryMax: 14000,
  regionCodes: ['110108'],
  majorCodes: ['0809'],
  minDegree: 'bachelor',
  headcount: 3,
  jobType: 'full_time',
  keyFields: [],
  benefits: ['social_insurance'],
  deadline: addDays(shanghaiDate(new Date()), 30),
};

const call = (
  cookie: string | undefined,
  method: Parameters<typeof callApi>[2],
  url: string,
  payload?: unknown,
) => callApi(t.app, cookie, method, url, payload);

async function oneGraduate(universityCode: string): Promise<string> {
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  const rows = rosterRows(1, { prefix: 'J', seed: 5 });
  const result = await t.importRoster(await t.loginAs(admin.username), rosterCsv(rows), 'r.csv', {
    universityCode,
  });
  expect(result.accepted).toBe(1);
  return t.graduateId(universityCode, rows[0]!.学号);
}

beforeAll(async () => {
  t = await createTestPlatform();
  const org = await t.createOrganisationFixture('employer');
  const other = await t.createOrganisationFixture('employer');
  organisationId = org.id;
  otherOrganisationId = other.id;
  await t.deps.db.updateTable('organisations').set({ verification: 'verified' }).execute();
  const uni = await t.createUniversityFixture();
  const users = {
    hr: await t.createUserFixture('employer', { kind: 'organisation', organisationId: org.id }),
    otherHr: await t.createUserFixture('employer', { kind: 'organisation', organisationId: other.id }),
    official: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '11' }),
    farOfficial: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '44' }),
    graduate: await t.createUserFixture('graduate', {
      kind: 'self',
      graduateId: await oneGraduate(uni.code),
    }),
  };
  for (const [name, user] of Object.entries(users)) cookies[name] = await t.loginAs(user.username);
});

afterAll(async () => {
  await t?.close();
});

describe('live check API', () => {
  it('returns verdict, findings with offsets and the field spans', async () => {
    const { status, body } = await call(cookies.hr, 'POST', '/api/compliance/check', {
      ...CLEAN,
      description: `${CLEAN.description}限男性。`,
    });
    expect(status).toBe(200);
    expect(body.verdict).toBe('block');
    const finding = body.findings.find((f: { category: string }) => f.category === 'gender');
    const text = `${CLEAN.title}\n${CLEAN.description}限男性。\n${CLEAN.requirements}`;
    expect(text.slice(finding.start, finding.end)).toBe('限男性');
    expect(body.fields.map((f: { field: string }) => f.field)).toEqual([
      'title',
      'description',
      'requirements',
    ]);
  });

  it('lists every input problem and refuses oversized ads', async () => {
    const bad = await call(cookies.hr, 'POST', '/api/compliance/check', {
      title: 'x'.repeat(2000),
      description: 5,
      salaryMin: 9000,
      salaryMax: 100,
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['description', 'title']));
    const long = await call(cookies.hr, 'POST', '/api/compliance/check', {
      title: 't',
      description: '字'.repeat(25_000),
    });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('过长');
  });
});

describe('posting lifecycle with enforcement at publication', () => {
  let postingId: string;

  it('saves a blocked draft, refuses to publish it and counts the refusal', async () => {
    const created = await call(cookies.hr, 'POST', '/api/jobs', {
      ...CLEAN,
      description: `${CLEAN.description}入职需交押金500元，女性勿扰。`,
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.compliance.verdict).toBe('block');
    postingId = created.body.id;
    const refused = await call(cookies.hr, 'POST', `/api/jobs/${postingId}/publish`, {
      acknowledgeWarnings: true,
    });
    expect(refused.status).toBe(400);
    const messages = refused.body.error.issues.map((i: { message: string }) => i.message).join('\n');
    expect(messages).toContain('性别');
    expect(messages).toContain('押金500元');
    const blocks = await t.deps.db
      .selectFrom('compliance_blocks')
      .selectAll()
      .where('posting_id', '=', postingId)
      .execute();
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.rule_ids.sort()).toEqual(['fee.charge', 'gender.requirement']);
  });

  it('requires warnings to be acknowledged, then publishes into the review queue', async () => {
    const edited = await call(cookies.hr, 'PUT', `/api/jobs/${postingId}`, {
      ...CLEAN,
      description: `${CLEAN.description}形象气质佳。`,
    });
    expect(edited.body.compliance.verdict).toBe('warn');
    const unacknowledged = await call(cookies.hr, 'POST', `/api/jobs/${postingId}/publish`, {});
    expect(unacknowledged.status).toBe(409);
    expect(unacknowledged.body.error.issues[0].message).toContain('气质佳');
    const published = await call(cookies.hr, 'POST', `/api/jobs/${postingId}/publish`, {
      acknowledgeWarnings: true,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', reviewStatus: 'pending' });
    expect(published.body.compliance.warningsAcknowledgedAt).not.toBeNull();
  });

  it('keeps other employers out and shows published ads to everyone signed in', async () => {
    expect((await call(cookies.otherHr, 'PUT', `/api/jobs/${postingId}`, CLEAN)).status).toBe(403);
    expect((await call(cookies.otherHr, 'POST', `/api/jobs/${postingId}/close`)).status).toBe(403);
    expect((await call(cookies.graduate, 'GET', `/api/jobs/${postingId}`)).status).toBe(200);
    expect((await call(undefined, 'GET', `/api/jobs/${postingId}`)).status).toBe(200);
    const list = await call(undefined, 'GET', '/api/jobs/search?pageSize=100');
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(postingId);
    expect((await call(cookies.graduate, 'GET', '/api/jobs')).status).toBe(403);
  });

  it('refuses unverified organisations and hides drafts from others', async () => {
    await t.deps.db
      .updateTable('organisations')
      .set({ verification: 'pending' })
      .where('id', '=', otherOrganisationId)
      .execute();
    const draft = await call(cookies.otherHr, 'POST', '/api/jobs', CLEAN);
    expect(draft.body.compliance.verdict).toBe('pass');
    const refused = await call(cookies.otherHr, 'POST', `/api/jobs/${draft.body.id}/publish`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('认证');
    expect((await call(cookies.graduate, 'GET', `/api/jobs/${draft.body.id}`)).status).toBe(404);
    expect((await call(cookies.hr, 'GET', `/api/jobs/${draft.body.id}`)).status).toBe(404);
  });

  it('rejects bad posting input, listing every problem', async () => {
    const bad = await call(cookies.hr, 'POST', '/api/jobs', {
      ...CLEAN,
      title: '',
      salaryMin: 20000,
      salaryMax: 1000,
      regionCodes: ['990199'],
      majorCodes: ['999999'],
      deadline: '2020-01-01',
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'salaryMin', 'regionCodes.0', 'majorCodes.0', 'deadline']),
    );
    for (const headcount of [0, 100000]) {
      const res = await call(cookies.hr, 'POST', '/api/jobs', { ...CLEAN, headcount });
      expect(res.status).toBe(400);
      expect(res.body.error.issues[0].path).toBe('headcount');
    }
    const impossible = await call(cookies.hr, 'POST', '/api/jobs', { ...CLEAN, deadline: '2031-02-30' });
    expect(impossible.body.error.issues.map((i: { message: string }) => i.message)).toContain(
      '截止日期不是有效日期',
    );
    expect((await call(cookies.hr, 'POST', '/api/jobs', { ...CLEAN, title: '岗'.repeat(2000) })).status).toBe(
      400,
    );
    expect((await call(cookies.hr, 'GET', '/api/jobs/not-a-uuid')).status).toBe(400);
  });
});

describe('graduate reports and the officials’ review', () => {
  let postingId: string;

  beforeAll(async () => {
    const created = await call(cookies.hr, 'POST', '/api/jobs', CLEAN);
    postingId = created.body.id;
    const published = await call(cookies.hr, 'POST', `/api/jobs/${postingId}/publish`, {});
    expect(published.body).toMatchObject({ status: 'published', reviewStatus: 'none' });
  });

  it('takes a report once per graduate and puts the ad in the queue', async () => {
    const report = { category: 'fee', reason: '面试时要求先交300元资料费', evidence: '面试通知短信截图' };
    expect((await call(cookies.graduate, 'POST', `/api/jobs/${postingId}/reports`, report)).status).toBe(201);
    const again = await call(cookies.graduate, 'POST', `/api/jobs/${postingId}/reports`, report);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已举报');
    const tooShort = await call(cookies.graduate, 'POST', `/api/jobs/${postingId}/reports`, {
      category: 'fee',
      reason: '差',
    });
    expect(tooShort.status).toBe(400);
    const queue = await call(cookies.official, 'GET', '/api/compliance/queue');
    const item = queue.body.items.find((i: { id: string }) => i.id === postingId);
    expect(item).toMatchObject({ openReports: 1, reviewStatus: 'pending', repeatOffender: false });
  });

  it('keeps the queue within the official’s province', async () => {
    const far = await call(cookies.farOfficial, 'GET', '/api/compliance/queue');
    expect(far.body.items.map((i: { id: string }) => i.id)).not.toContain(postingId);
    expect((await call(cookies.farOfficial, 'GET', `/api/compliance/queue/${postingId}`)).status).toBe(404);
    const decision = { decision: 'take_down', reason: '收取求职者费用，违反劳动合同法第九条' };
    expect(
      (await call(cookies.farOfficial, 'POST', `/api/compliance/queue/${postingId}/decision`, decision))
        .status,
    ).toBe(404);
  });

  it('takes an ad down with a written reason, settles reports and audits the decision', async () => {
    const noReason = await call(cookies.official, 'POST', `/api/compliance/queue/${postingId}/decision`, {
      decision: 'take_down',
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const decided = await call(cookies.official, 'POST', `/api/compliance/queue/${postingId}/decision`, {
      decision: 'take_down',
      reason: '收取求职者费用，违反劳动合同法第九条',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.posting).toMatchObject({ status: 'taken_down', reviewStatus: 'taken_down' });
    expect(decided.body.reports[0]).toMatchObject({ status: 'upheld' });
    expect(decided.body.reports[0].reporter).toMatch(/\*/);
    expect(decided.body.decisions[0].reason).toContain('劳动合同法');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('target_id', '=', postingId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['posting.publish', 'posting.report', 'posting.review.take_down']),
    );
    const seenByEmployer = await call(cookies.hr, 'GET', `/api/jobs/${postingId}`);
    expect(seenByEmployer.body.status).toBe('taken_down');
    expect((await call(cookies.graduate, 'GET', `/api/jobs/${postingId}`)).status).toBe(404);
    expect(
      (
        await call(cookies.graduate, 'POST', `/api/jobs/${postingId}/reports`, {
          category: 'fee',
          reason: '再次举报此岗位',
        })
      ).status,
    ).toBe(404);
  });

  it('marks an organisation with three refused or removed ads as a repeat offender', async () => {
    for (let i = 0; i < 2; i++) {
      const created = await call(cookies.hr, 'POST', '/api/jobs', {
        ...CLEAN,
        description: `${CLEAN.description}刷单日结，押金${i + 1}00元。`,
      });
      expect((await call(cookies.hr, 'POST', `/api/jobs/${created.body.id}/publish`, {})).status).toBe(400);
    }
    // One refused earlier, two now and one take-down: four distinct postings.
    const queue = await call(
      cookies.official,
      'GET',
      '/api/compliance/queue?status=all&repeatOffenders=true',
    );
    expect(queue.body.items.length).toBeGreaterThan(0);
    expect(
      queue.body.items.every((i: { organisationId: string; repeatOffender: boolean }) => i.repeatOffender),
    ).toBe(true);
    expect(queue.body.items[0].organisationId).toBe(organisationId);
    expect(queue.body.items[0].offences).toBe(4);
  });
});

describe('Chinese full-text search of published postings', () => {
  const titles = ['软件测试工程师', '小学语文教师', 'PLC电气工程师', '病房护士'];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const title of titles) {
      const created = await call(cookies.hr, 'POST', '/api/jobs', { ...CLEAN, title });
      ids[title] = created.body.id;
      expect((await call(cookies.hr, 'POST', `/api/jobs/${created.body.id}/publish`, {})).status).toBe(200);
    }
  });

  const search = async (q: string) => {
    const res = await call(
      cookies.graduate,
      'GET',
      `/api/jobs/search?pageSize=50&q=${encodeURIComponent(q)}`,
    );
    return {
      status: res.status,
      titles: (res.body.items ?? []).map((p: { title: string }) => p.title) as string[],
    };
  };

  it('finds 2-character words inside longer ones and mixed Chinese/English', async () => {
    expect((await search('软件')).titles).toContain('软件测试工程师');
    expect((await search('教师')).titles).toEqual(['小学语文教师']);
    expect((await search('PLC')).titles).toEqual(['PLC电气工程师']);
    expect((await search('plc工程师')).titles).toEqual(['PLC电气工程师']);
    expect((await search('ＰＬＣ　電氣')).titles).toEqual(['PLC电气工程师']);
  });

  it('ranks title matches above body matches', async () => {
    const created = await call(cookies.hr, 'POST', '/api/jobs', {
      ...CLEAN,
      title: '医院行政助理',
      description: `${CLEAN.description}协助护士长排班，整理护士培训档案。`,
    });
    expect((await call(cookies.hr, 'POST', `/api/jobs/${created.body.id}/publish`, {})).status).toBe(200);
    expect((await search('护士')).titles).toEqual(['病房护士', '医院行政助理']);
  });

  it('answers punctuation-only queries with nothing and refuses 500-character ones', async () => {
    expect(await search('！？。，……')).toEqual({ status: 200, titles: [] });
    const long = await search('软'.repeat(500));
    expect(long.status).toBe(400);
  });
});

describe('after a take-down', () => {
  it('tells the owner why, and sends the re-published ad back to review', async () => {
    const created = await call(cookies.hr, 'POST', '/api/jobs', { ...CLEAN, title: '仓储管理员' });
    const id = created.body.id as string;
    expect((await call(cookies.hr, 'POST', `/api/jobs/${id}/publish`, {})).body.reviewStatus).toBe('none');
    const report = { category: 'other', reason: '岗位实际工作地点与描述不符' };
    expect((await call(cookies.graduate, 'POST', `/api/jobs/${id}/reports`, report)).status).toBe(201);
    expect((await call(cookies.graduate, 'GET', `/api/jobs/${id}`)).body.reportedByMe).toBe(true);
    const reason = '工作地点描述不实，请如实填写后重新提交';
    await call(cookies.official, 'POST', `/api/compliance/queue/${id}/decision`, {
      decision: 'take_down',
      reason,
    });
    const owner = await call(cookies.hr, 'GET', `/api/jobs/${id}`);
    expect(owner.body.lastDecision).toMatchObject({ decision: 'take_down', reason });
    expect(
      (await call(cookies.hr, 'PUT', `/api/jobs/${id}`, { ...CLEAN, title: '仓储管理员' })).body.status,
    ).toBe('draft');
    const again = await call(cookies.hr, 'POST', `/api/jobs/${id}/publish`, {});
    expect(again.body).toMatchObject({ status: 'published', reviewStatus: 'pending' });
  });
});
