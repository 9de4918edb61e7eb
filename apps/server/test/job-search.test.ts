import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '@jiuye/domain';
import { insertPostings } from '../src/modules/jobs/jobs.repository';
import { expirePostings, reindexAllPostings } from '../src/modules/jobs/jobs.service';
import { SEARCH_WINDOW } from '../src/modules/jobs/search.repository';
import { createTestPlatform, type TestPlatform, callApi } from './helpers';

let t: TestPlatform;
const cookies: Record<string, string> = {};
let organisationId: string;
let universityCode: string;

const DESCRIPTION = '岗位职责：参与业务系统开发与维护，编写技术文档。五险一金，双休。';
const today = () => shanghaiDate(t.deps.clock());

function posting(over: Record<string, unknown>) {
  return {
    title: '软件开发工程师',
    description: DESCRIPTION,
    requirements: '熟悉常用开发工具。',
    salaryMin: 6000,
    salaryMax: 9000,
    regionCodes: ['420102'],
    majorCodes: [],
    minDegree: 'bachelor',
    headcount: 2,
    jobType: 'full_time',
    keyFields: [],
    benefits: [],
    deadline: addDays(today(), 30),
    ...over,
  };
}

const call = (
  cookie: string | undefined,
  method: Parameters<typeof callApi>[2],
  url: string,
  payload?: unknown,
) => callApi(t.app, cookie, method, url, payload);

const ids: Record<string, string> = {};
async function publish(name: string, over: Record<string, unknown>) {
  const created = await call(cookies.hr, 'POST', '/api/jobs', posting(over));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await call(cookies.hr, 'POST', `/api/jobs/${created.body.id}/publish`, {});
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  ids[name] = created.body.id as string;
}

async function search(query: string) {
  const res = await call(undefined, 'GET', `/api/jobs/search?pageSize=50&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
const titlesOf = (body: Record<string, unknown>) =>
  (body.items as { title: string }[]).map((i) => i.title).sort();

beforeAll(async () => {
  t = await createTestPlatform();
  const org = await t.createOrganisationFixture('employer');
  organisationId = org.id;
  await t.deps.db
    .updateTable('organisations')
    .set({ verification: 'verified', nature: 'private', industry_code: 'I' })
    .execute();
  const uni = await t.createUniversityFixture();
  universityCode = uni.code;
  const other = await t.createUniversityFixture();
  const users = {
    hr: await t.createUserFixture('employer', { kind: 'organisation', organisationId }),
    centre: await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code }),
    otherCentre: await t.createUserFixture('career_centre', {
      kind: 'university',
      universityCode: other.code,
    }),
    official: await t.createUserFixture('edu_official', { kind: 'province', provinceCode: '42' }),
  };
  for (const [name, user] of Object.entries(users)) cookies[name] = await t.loginAs(user.username);
  await publish('wuchang', {
    title: 'Java开发工程师',
    regionCodes: ['420106'],
    majorCodes: ['080901'],
    salaryMin: 9000,
    salaryMax: 15000,
  });
  await publish('yichang', {
    title: '小学语文教师',
    regionCodes: ['420502'],
    majorCodes: ['0501'],
    minDegree: 'bachelor',
    salaryMax: 7000,
  });
  await publish('beijing', {
    title: '数据分析师',
    regionCodes: ['110108'],
    minDegree: 'master',
    salaryMin: 12000,
    salaryMax: 20000,
    keyFields: ['digital_economy'],
  });
  await publish('intern', {
    title: '新媒体运营（实习）',
    jobType: 'internship',
    minDegree: null,
    salaryMin: 3000,
    salaryMax: 4000,
  });
});

afterAll(async () => {
  await t?.close();
});

describe('filters', () => {
  it('narrows by province, city and county', async () => {
    expect((await search('region=420000')).total).toBe(3);
    expect(titlesOf(await search('region=420100'))).toEqual(['Java开发工程师', '新媒体运营（实习）']);
    expect(titlesOf(await search('region=420106'))).toEqual(['Java开发工程师']);
  });

  it('matches a major directly, through its class, or by 专业不限', async () => {
    // 080901 is named; 050101 belongs to class 0501 named by the teacher post; the others take any major.
    expect(titlesOf(await search('major=080901'))).toEqual([
      'Java开发工程师',
      '数据分析师',
      '新媒体运营（实习）',
    ]);
    expect(titlesOf(await search('major=050101'))).toEqual([
      '小学语文教师',
      '数据分析师',
      '新媒体运营（实习）',
    ]);
    expect(titlesOf(await search('major=0809'))).toEqual([
      'Java开发工程师',
      '数据分析师',
      '新媒体运营（实习）',
    ]);
  });

  it('filters by the degree the graduate holds, salary, type and key field', async () => {
    expect(titlesOf(await search('degree=bachelor'))).toEqual([
      'Java开发工程师',
      '小学语文教师',
      '新媒体运营（实习）',
    ]);
    expect(titlesOf(await search('degree=associate'))).toEqual(['新媒体运营（实习）']);
    expect(titlesOf(await search('minSalary=12000'))).toEqual(['Java开发工程师', '数据分析师']);
    expect(titlesOf(await search('minSalary=16000'))).toEqual(['数据分析师']);
    expect(titlesOf(await search('jobType=internship'))).toEqual(['新媒体运营（实习）']);
    expect(titlesOf(await search('keyField=digital_economy'))).toEqual(['数据分析师']);
    expect((await search('industry=I&nature=private')).total).toBe(4);
    expect((await search('nature=state_owned')).total).toBe(0);
  });

  it('combines text and filters, sorts by salary, and highlights', async () => {
    const body = await search('q=工程师&region=420000');
    expect(titlesOf(body)).toEqual(['Java开发工程师']);
    expect(body.words).toEqual(['工程师']);
    expect(body.items[0].regions).toEqual([{ code: '420106', name: expect.any(String) }]);
    const bySalary = await search('sort=salary');
    expect(bySalary.items.map((i: { title: string }) => i.title)[0]).toBe('数据分析师');
    expect((await search('q=维护')).items[0].snippet).toContain('维护');
  });

  it('filters by posting date', async () => {
    await t.deps.db
      .updateTable('posting_search')
      .set({ published_at: new Date(t.deps.clock().getTime() - 10 * 86_400_000) })
      .where('posting_id', '=', ids.beijing!)
      .execute();
    expect((await search('postedWithin=7')).total).toBe(3);
    expect((await search('postedWithin=30')).total).toBe(4);
  });
});

describe('facets and suggestions', () => {
  it('counts postings per filter value', async () => {
    const res = await call(undefined, 'GET', '/api/jobs/search/facets');
    expect(res.status).toBe(200);
    const f = res.body;
    expect(f.total).toBe(4);
    expect(f.regions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '420000', count: 3 }),
        expect.objectContaining({ code: '110000', count: 1 }),
      ]),
    );
    expect(f.jobTypes).toEqual(
      expect.arrayContaining([
        { key: 'internship', count: 1 },
        { key: 'full_time', count: 3 },
      ]),
    );
    expect(f.keyFields).toEqual([{ key: 'digital_economy', count: 1 }]);
    const hubei = (await call(undefined, 'GET', '/api/jobs/search/facets?region=420000')).body;
    expect(hubei.regions.map((r: { code: string }) => r.code).sort()).toEqual(['420100', '420500']);
    expect(hubei.salaries.find((s: { min: number }) => s.min === 8000).count).toBe(1);
  });

  it('suggests dropping a filter or a word when nothing is found', async () => {
    const none = await search('q=教师&region=420100');
    expect(none.total).toBe(0);
    expect(none.suggestions).toEqual([{ drop: 'region', total: 1, totalCapped: false }]);
    const words = await search(`q=${encodeURIComponent('教师 护士')}`);
    expect(words.suggestions).toEqual([{ q: '教师', total: 1, totalCapped: false }]);
  });

  it('treats punctuation-only and overlong queries as the issue asks', async () => {
    expect((await search(`q=${encodeURIComponent('！？。，')}`)).total).toBe(0);
    expect((await call(undefined, 'GET', `/api/jobs/search?q=${'软'.repeat(500)}`)).status).toBe(400);
    expect((await call(undefined, 'GET', '/api/jobs/search?region=42')).status).toBe(400);
    expect((await call(undefined, 'GET', '/api/jobs/search?postedWithin=2')).status).toBe(400);
  });
});

describe('lifecycle keeps search current', () => {
  it('drops edited, closed and expired postings', async () => {
    await publish('edited', { title: '临时岗位甲' });
    await publish('closed', { title: '临时岗位乙' });
    await publish('expired', { title: '临时岗位丙' });
    expect((await search(`q=${encodeURIComponent('临时岗位')}`)).total).toBe(3);
    await call(cookies.hr, 'PUT', `/api/jobs/${ids.edited}`, posting({ title: '临时岗位甲' }));
    await call(cookies.hr, 'POST', `/api/jobs/${ids.closed}/close`);
    // The deadline passes: search hides it at once, the sweeper then expires it and tells the employer.
    await t.deps.db
      .updateTable('job_postings')
      .set({ deadline: addDays(today(), -1) })
      .where('id', '=', ids.expired!)
      .execute();
    await t.deps.db
      .updateTable('posting_search')
      .set({ deadline: addDays(today(), -1) })
      .where('posting_id', '=', ids.expired!)
      .execute();
    expect((await search(`q=${encodeURIComponent('临时岗位')}`)).total).toBe(0);
    expect(await expirePostings(t.deps)).toBe(1);
    expect((await call(cookies.hr, 'GET', `/api/jobs/${ids.expired}`)).body.status).toBe('expired');
    expect((await call(undefined, 'GET', `/api/jobs/${ids.expired}`)).status).toBe(404);
    const notes = await t.deps.db
      .selectFrom('notifications')
      .select('title')
      .where('kind', '=', 'posting.expired')
      .execute();
    expect(notes.map((n) => n.title)).toEqual(['岗位「临时岗位丙」已过截止日期，已自动下线']);
    expect(await expirePostings(t.deps)).toBe(0);
  });
});

describe('job markets', () => {
  it('lets a career centre run its campus market without copying postings', async () => {
    const created = await call(cookies.centre, 'POST', '/api/markets', {
      kind: 'campus',
      name: '2027届秋季校园招聘',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ universityCode, manageable: true, postingCount: 0 });
    const marketId = created.body.id as string;
    const added = await call(cookies.centre, 'POST', `/api/markets/${marketId}/postings`, {
      postingIds: [ids.wuchang, ids.yichang, ids.closed, ids.wuchang],
    });
    expect(added.body).toEqual({
      added: 2,
      skipped: [{ postingId: ids.closed, reason: '岗位不存在或未发布' }],
    });
    expect(titlesOf(await search(`market=${marketId}`))).toEqual(['Java开发工程师', '小学语文教师']);
    const again = await call(cookies.centre, 'POST', `/api/markets/${marketId}/postings`, {
      postingIds: [ids.wuchang],
    });
    expect(again.body.skipped).toEqual([{ postingId: ids.wuchang, reason: '已在该市场中' }]);
    expect(
      (
        await call(cookies.otherCentre, 'POST', `/api/markets/${marketId}/postings`, {
          postingIds: [ids.beijing],
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(cookies.hr, 'POST', '/api/markets', { kind: 'campus', name: '冒名市场' })).status,
    ).toBe(403);
    const removed = await call(cookies.centre, 'DELETE', `/api/markets/${marketId}/postings/${ids.yichang}`);
    expect(removed.body.postingCount).toBe(1);
    expect(titlesOf(await search(`market=${marketId}`))).toEqual(['Java开发工程师']);
    // The posting is still published and found without the market filter.
    expect(titlesOf(await search('region=420500'))).toEqual(['小学语文教师']);
    const closed = await call(cookies.centre, 'PATCH', `/api/markets/${marketId}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    expect(
      (await call(cookies.centre, 'POST', `/api/markets/${marketId}/postings`, { postingIds: [ids.beijing] }))
        .status,
    ).toBe(409);
  });

  it('lets officials open regional markets only within their province', async () => {
    const ok = await call(cookies.official, 'POST', '/api/markets', {
      kind: 'regional',
      name: '武汉市春季双选会',
      regionCode: '420100',
    });
    expect(ok.status).toBe(201);
    const far = await call(cookies.official, 'POST', '/api/markets', {
      kind: 'regional',
      name: '北京市双选会',
      regionCode: '110108',
    });
    expect(far.status, JSON.stringify(far.body)).toBe(403);
    const bad = await call(cookies.official, 'POST', '/api/markets', { kind: 'industry', name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'industryCode',
      'name',
    ]);
    const listed = await call(undefined, 'GET', '/api/markets?kind=regional');
    expect(listed.body.items.map((m: { name: string }) => m.name)).toEqual(['武汉市春季双选会']);
  });
});

describe('a word common enough to fill the window from recent postings', () => {
  // 1,400 postings over 8 days, every other one with 测绘 in the title, the rest in the body: the last
  // week alone holds more than SEARCH_WINDOW matches, so a search stops there, and must give exactly
  // what ranking every match would.
  const DAY = 86_400_000;
  const rows: { id: string; title: string; publishedAt: Date }[] = [];

  beforeAll(async () => {
    const now = t.deps.clock().getTime();
    const values = Array.from({ length: 1400 }, (_, i) => {
      const publishedAt = new Date(now - Math.floor((i * 8 * DAY) / 1400) - 1000);
      const inTitle = i % 2 === 0;
      const title = inTitle ? `测绘工程师${i}` : `资料员${i}`;
      return {
        organisation_id: organisationId,
        province_code: '11',
        title,
        description: inTitle ? '整理项目资料与档案。' : '协助测绘外业，整理资料。',
        salary_min_fen: 500000,
        salary_max_fen: 800000 + i,
        status: 'published' as const,
        compliance_verdict: 'pass' as const,
        published_at: publishedAt,
        region_codes: ['420102'],
        headcount: 1,
        deadline: addDays(today(), 30),
      };
    });
    const inserted = await insertPostings(t.deps.db, values);
    inserted.forEach((r, i) =>
      rows.push({ id: r.id, title: values[i]!.title, publishedAt: values[i]!.published_at }),
    );
    await reindexAllPostings(t.deps.db);
  });

  const matching = () => rows.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());

  it('pages the newest matches exactly and caps the total', async () => {
    const body = await search(`q=${encodeURIComponent('测绘')}&sort=newest&page=2`);
    expect(body).toMatchObject({ total: SEARCH_WINDOW, totalCapped: true });
    expect((body.items as { id: string }[]).map((i) => i.id)).toEqual(
      matching()
        .slice(50, 100)
        .map((r) => r.id),
    );
  });

  it('ranks title matches first within the window', async () => {
    const body = await search(`q=${encodeURIComponent('测绘')}`);
    const window = matching().slice(0, SEARCH_WINDOW + 1);
    const expected = [
      ...window.filter((r) => r.title.startsWith('测绘')),
      ...window.filter((r) => !r.title.startsWith('测绘')),
    ];
    expect((body.items as { id: string }[]).map((i) => i.id)).toEqual(expected.slice(0, 50).map((r) => r.id));
  });
});
