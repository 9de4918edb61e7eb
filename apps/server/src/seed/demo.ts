import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import {
  createRng,
  generateIdNumber,
  generateMobile,
  generateUscc,
  openCohort,
  type Rng,
} from '@jiuye/domain';
import type { Deps } from '../platform/context';
import { createCliImport, importResult, runGraduateImport } from '../modules/imports/imports.service';
import { createUser } from '../modules/users/users.service';
import { refreshAffinity } from '../modules/matching/matching.service';
import { seedApplications } from './demo-applications';
import { rebuildForUniversity } from '../modules/monitoring/monitoring.service';
import { seedAssistance } from './demo-assistance';
import { seedDestinations } from './demo-destinations';
import { seedHistory } from './demo-history';
import { seedPreferences } from './demo-matching';
import { seedPostings } from './demo-postings';
import type { Actor } from '../modules/audit/audit.service';

/** Password of every demo account (meets the password rules); printed by `npm start`. */
export const DEMO_PASSWORD = 'Jiuye@2026demo';
const SEED_ACTOR: Actor = { id: null, label: 'seed' };

export type SeedScale = 'demo' | 'province';
const SCALES: Record<SeedScale, { graduates: number; employers: number; universities: number }> = {
  demo: { graduates: 20_000, employers: 500, universities: 10 },
  province: { graduates: 1_000_000, employers: 20_000, universities: 60 },
};

// Colleges with real catalogue codes: undergraduate 2024 for 本科, vocational 2021 (高职专科) for 专科,
// graduate 2022 一级学科/专业学位 for the few master's students.
interface CollegeTemplate {
  name: string;
  majors: string[];
  masters: string[];
}
const UNDERGRAD_COLLEGES: CollegeTemplate[] = [
  { name: '计算机学院', majors: ['080901', '080902', '080903', '080910T'], masters: ['0812', '0835'] },
  { name: '电子信息学院', majors: ['080701', '080703', '080601'], masters: ['0854'] },
  { name: '机械工程学院', majors: ['080202', '080204', '080207'], masters: [] },
  { name: '经济与管理学院', majors: ['020101', '120203K', '120202', '120201K'], masters: ['0202', '1253'] },
  { name: '文学院', majors: ['050101', '050301', '050201'], masters: [] },
  { name: '法学院', majors: ['030101K'], masters: ['0301'] },
  { name: '数学与统计学院', majors: ['070101', '071201'], masters: [] },
  { name: '化学与环境学院', majors: ['070301', '082502'], masters: [] },
  { name: '医学院', majors: ['100201K', '101101K'], masters: [] },
  { name: '教育学院', majors: ['040101', '040106'], masters: [] },
];
const VOCATIONAL_COLLEGES: CollegeTemplate[] = [
  { name: '信息工程系', majors: ['510201', '510203'], masters: [] },
  { name: '财经商贸系', majors: ['530302', '530701'], masters: [] },
  { name: '医学护理系', majors: ['520201'], masters: [] },
  { name: '智能制造系', majors: ['460104'], masters: [] },
  { name: '建筑工程系', majors: ['500201'], masters: [] },
  { name: '旅游管理系', majors: ['540101'], masters: [] },
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇浩然子涵欣怡梓轩雨泽思远佳琪俊杰';
const EMPLOYER_WORDS = [
  '楚天',
  '江城',
  '光谷',
  '长江',
  '荆楚',
  '东湖',
  '黄鹤',
  '汉江',
  '云帆',
  '鼎新',
  '智联',
  '恒信',
  '博远',
  '华瑞',
  '明德',
];
const EMPLOYER_KINDS = [
  '科技有限公司',
  '信息技术有限公司',
  '智能制造有限公司',
  '医疗器械有限公司',
  '教育科技有限公司',
  '建设工程有限公司',
  '商贸有限公司',
  '会计师事务所（普通合伙）',
];
// Keys of UNIT_NATURES, weighted the way graduates' employers are: mostly private firms.
const NATURES = [
  'private',
  'private',
  'state_owned',
  'foreign_invested',
  'public_institution',
  'social_organisation',
];
const SIZES = ['micro', 'small', 'small', 'medium', 'large', 'xlarge'] as const;
const INTRODUCTIONS = [
  '立足湖北、服务全国，主营业务涵盖软件研发与系统集成，长期招收计算机、电子信息类毕业生。',
  '专注智能制造装备研发与生产，设有省级企业技术中心，提供完善的新员工培养计划。',
  '从事医疗器械研发、生产与销售，产品覆盖全国 20 多个省份，重视青年人才培养。',
  '面向中小学提供教育信息化产品与服务，团队以师范类、计算机类专业人才为主。',
];
// Requests for information an official might send, so the demo queue shows the whole exchange.
const INFO_REQUESTS = [
  '请补充上传加盖公章的营业执照副本扫描件。',
  '联系人手机号无法接通，请核实后重新提交。',
  '单位名称与营业执照不一致，请按执照全称填写。',
];
const INDUSTRIES = ['I', 'C', 'M', 'P', 'Q', 'E', 'F', 'J', 'L'];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const personName = (rng: Rng) =>
  pick(rng, [...SURNAMES]) + pick(rng, [...GIVEN]) + (rng() < 0.6 ? pick(rng, [...GIVEN]) : '');

/** The province the demo lives in (湖北, 42): a real province with many universities in the list. */
export const DEMO_PROVINCE = '42';

async function chooseUniversities(deps: Pick<Deps, 'db'>, count: number) {
  const rows = await deps.db
    .selectFrom('universities')
    .select(['code', 'name', 'level'])
    .where('province_code', '=', DEMO_PROVINCE)
    .orderBy('code')
    .execute();
  const vocational = rows.filter((r) => r.level === '专科');
  const undergrad = rows.filter((r) => r.level === '本科');
  const nVoc = Math.max(1, Math.round(count / 5));
  return [...undergrad.slice(0, count - nVoc), ...vocational.slice(0, nVoc)];
}

async function countyCodes(deps: Pick<Deps, 'db'>) {
  const rows = await deps.db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 'county')
    .where('code', 'like', `${DEMO_PROVINCE}%`)
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

/** Writes one university's synthetic roster as a CSV file, the same format career centres upload. */
async function writeRoster(
  path: string,
  rng: Rng,
  uni: { code: string; level: string },
  count: number,
  counties: string[],
  year: number,
  usedIds: Set<string>,
) {
  const out = createWriteStream(path);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('学号,姓名,性别,身份证号,手机号,院系,专业代码,学历层次,毕业年份,生源地代码,帮扶类别,邮箱\n');
  const assistance = ['脱贫家庭', '低保家庭', '低保边缘家庭', '零就业家庭', '残疾', '刚性支出困难家庭'];
  for (let i = 0; i < count; i++) {
    const vocational = uni.level === '专科';
    const college = vocational ? pick(rng, VOCATIONAL_COLLEGES) : pick(rng, UNDERGRAD_COLLEGES);
    const master = college.masters.length > 0 && rng() < 0.12;
    const degree = vocational ? '专科' : master ? '硕士' : '本科';
    const major = master ? pick(rng, college.masters) : pick(rng, college.majors);
    const gradYear = rng() < 0.7 ? year : year - 1;
    const age = degree === '硕士' ? 25 : degree === '专科' ? 21 : 22;
    const birthYear = gradYear - age - (rng() < 0.3 ? 1 : 0);
    const month = 1 + Math.floor(rng() * 12);
    const day = 1 + Math.floor(rng() * 28);
    const gender = rng() < 0.5 ? 'male' : 'female';
    const origin = pick(rng, counties);
    const birthDate = `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // Real people never share an ID; at a million rows random sequence numbers would collide.
    let id = generateIdNumber(rng, { regionCode: origin, birthDate, gender });
    while (usedIds.has(id)) id = generateIdNumber(rng, { regionCode: origin, birthDate, gender });
    usedIds.add(id);
    const studentNo = `${gradYear - (degree === '硕士' ? 3 : degree === '专科' ? 3 : 4)}${uni.code.slice(-4)}${String(i + 1).padStart(5, '0')}`;
    const cells = [
      studentNo,
      personName(rng),
      gender === 'male' ? '男' : '女',
      id,
      generateMobile(rng),
      college.name,
      major,
      degree,
      String(gradYear),
      origin,
      rng() < 0.08 ? pick(rng, assistance) : '',
      rng() < 0.5 ? `${studentNo}@stu.example.edu.cn` : '',
    ];
    await write(cells.join(',') + '\n');
  }
  out.end();
  await once(out, 'finish');
}

export interface SeedSummary {
  universities: number;
  graduates: number;
  employers: number;
  accounts: { username: string; role: string; scope: string }[];
}

/** Whether the database already holds demo (or any) roster data. */
async function userIdOf(deps: Pick<Deps, 'db'>, username: string) {
  const row = await deps.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.id;
}

export async function isEmpty(deps: Pick<Deps, 'db'>) {
  const row = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads deterministic demo data: rosters go through the real import pipeline (so demo data is
 * exactly what an import would produce), then employers and one account per role.
 */
export async function seedDemo(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  opts: { scale?: SeedScale; seed?: number; progress?: (msg: string) => void } = {},
): Promise<SeedSummary> {
  const scale = SCALES[opts.scale ?? 'demo'];
  const rng = createRng(opts.seed ?? 20_260_901);
  const say = opts.progress ?? (() => undefined);
  const year = Number(deps.clock().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const unis = await chooseUniversities(deps, scale.universities);
  const counties = await countyCodes(deps);
  const dir = await mkdtemp(join(tmpdir(), 'jiuye-seed-'));
  let graduates = 0;
  const usedIds = new Set<string>();
  try {
    for (const [index, uni] of unis.entries()) {
      const count =
        Math.floor(scale.graduates / unis.length) + (index < scale.graduates % unis.length ? 1 : 0);
      const path = join(dir, `${uni.code}.csv`);
      await writeRoster(path, rng, uni, count, counties, year, usedIds);
      const size = (await stat(path)).size;
      const importId = await createCliImport(deps, uni.code, {
        fileName: `${uni.name}-名册.csv`,
        path,
        size,
        sha256: 'seed',
      });
      await runGraduateImport(deps, importId, SEED_ACTOR);
      const result = await importResult(deps, importId);
      if (result.status !== 'succeeded' || result.rejected > 0)
        throw new Error(
          `演示名册导入失败（${uni.name}）：${result.message ?? JSON.stringify(result.errorSample.slice(0, 3))}`,
        );
      graduates += result.accepted;
      say(`  ${uni.name}: ${result.accepted} 名毕业生`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const orgRows = [];
  const usccs = new Set<string>();
  for (let i = 0; i < scale.employers; i++) {
    const county = pick(rng, counties);
    let uscc = generateUscc(rng, { regionCode: county });
    while (usccs.has(uscc)) uscc = generateUscc(rng, { regionCode: county });
    usccs.add(uscc);
    const agency = i % 25 === 0;
    orgRows.push({
      kind: agency ? ('agency' as const) : ('employer' as const),
      name: agency
        ? `${pick(rng, EMPLOYER_WORDS)}人力资源服务有限公司（${i + 1}）`
        : `湖北${pick(rng, EMPLOYER_WORDS)}${pick(rng, EMPLOYER_KINDS)}（${i + 1}）`,
      uscc,
      nature: agency ? 'hr_agency' : pick(rng, NATURES),
      industry_code: agency ? 'L' : pick(rng, INDUSTRIES),
      region_code: county,
      province_code: DEMO_PROVINCE,
      size: pick(rng, SIZES),
      // Every tenth registered recently and waits for the province's verification (every third of
      // those was asked for more information, below); the rest are verified.
      ...(i % 10 === 9
        ? {
            verification: i % 30 === 29 ? ('needs_info' as const) : ('pending' as const),
            contact_name: personName(rng),
            contact_phone_enc: deps.cipher.encrypt(generateMobile(rng)),
            contact_email: `hr${i + 1}@example.com`,
            introduction: pick(rng, INTRODUCTIONS),
            created_at: new Date(deps.clock().getTime() - (i % 97) * 3 * 3600_000),
          }
        : { verification: 'verified' as const, verified_at: deps.clock() }),
      ...(agency ? { licence_no: `（鄂）人服证字〔2023〕第${String(100_000 + i).padStart(10, '0')}号` } : {}),
    });
  }
  for (let i = 0; i < orgRows.length; i += 1000)
    await deps.db
      .insertInto('organisations')
      .values(orgRows.slice(i, i + 1000))
      .execute();

  const first = unis[0]!;
  const college = await deps.db
    .selectFrom('colleges')
    .select('id')
    .where('university_code', '=', first.code)
    .where('name', '=', '计算机学院')
    .executeTakeFirstOrThrow();
  const graduate = await deps.db
    .selectFrom('graduates')
    .select(['id', 'name'])
    .where('college_id', '=', college.id)
    .orderBy('student_no')
    .limit(1)
    .executeTakeFirstOrThrow();
  // The walkthrough's graduate is in the class registering destinations now: from September the
  // roster's cohorts (this year's and last year's) are past their 31 August deadline.
  await deps.db
    .updateTable('graduates')
    .set({ graduation_year: openCohort(deps.clock()) })
    .where('id', '=', graduate.id)
    .execute();
  await rebuildForUniversity(deps.db, first.code);
  const employer = await deps.db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'employer')
    .where('verification', '=', 'verified')
    .orderBy('uscc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const agency = await deps.db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'agency')
    .where('verification', '=', 'verified')
    .orderBy('uscc')
    .limit(1)
    .executeTakeFirstOrThrow();

  const accounts = [
    { username: 'admin', displayName: '平台管理员', role: 'admin', scope: { kind: 'national' } },
    {
      username: 'edu.national',
      displayName: '教育部就业司（演示）',
      role: 'edu_official',
      scope: { kind: 'national' },
    },
    {
      username: 'edu.hubei',
      displayName: '湖北省教育厅（演示）',
      role: 'edu_official',
      scope: { kind: 'province', provinceCode: DEMO_PROVINCE },
    },
    {
      username: 'hrss.hubei',
      displayName: '湖北省人社厅（演示）',
      role: 'hrss_official',
      scope: { kind: 'province', provinceCode: DEMO_PROVINCE },
    },
    {
      username: 'career',
      displayName: `${first.name}就业中心`,
      role: 'career_centre',
      scope: { kind: 'university', universityCode: first.code },
    },
    {
      username: 'counsellor',
      displayName: '计算机学院辅导员',
      role: 'counsellor',
      scope: { kind: 'college', collegeId: college.id },
    },
    {
      username: 'employer',
      displayName: '用人单位 HR',
      role: 'employer',
      scope: { kind: 'organisation', organisationId: employer.id },
    },
    {
      username: 'agency',
      displayName: '人力资源服务机构',
      role: 'agency',
      scope: { kind: 'organisation', organisationId: agency.id },
    },
    {
      username: 'graduate',
      displayName: graduate.name,
      role: 'graduate',
      scope: { kind: 'self', graduateId: graduate.id },
    },
  ] as const;
  const created: SeedSummary['accounts'] = [];
  for (const a of accounts) {
    const user = await createUser(deps, SEED_ACTOR, { ...a, password: DEMO_PASSWORD, scope: { ...a.scope } });
    created.push({
      username: a.username,
      role: a.role,
      scope:
        user.scope.collegeName ??
        user.scope.universityName ??
        user.scope.organisationName ??
        user.scope.provinceName ??
        a.scope.kind,
    });
  }
  const official = (await userIdOf(deps, 'edu.hubei'))!;
  const needsInfo = await deps.db
    .selectFrom('organisations')
    .select('id')
    .where('verification', '=', 'needs_info')
    .orderBy('created_at')
    .execute();
  for (const [n, o] of needsInfo.entries()) {
    const reason = INFO_REQUESTS[n % INFO_REQUESTS.length]!;
    await deps.db
      .updateTable('organisations')
      .set({ verification_note: reason })
      .where('id', '=', o.id)
      .execute();
    await deps.db
      .insertInto('organisation_reviews')
      .values({ organisation_id: o.id, decision: 'request_info', reason, decided_by: official })
      .execute();
  }
  // The demo HR accounts' organisations show a complete profile with an approval in their history.
  for (const [n, o] of [employer, agency].entries()) {
    await deps.db
      .updateTable('organisations')
      .set({
        contact_name: n === 0 ? '王敏' : '李强',
        contact_phone_enc: deps.cipher.encrypt(n === 0 ? '13871234567' : '13907123456'),
        contact_email: n === 0 ? 'hr@employer.example.com' : 'service@agency.example.com',
        introduction: INTRODUCTIONS[n] ?? null,
        verified_by: official,
      })
      .where('id', '=', o.id)
      .execute();
    await deps.db
      .insertInto('organisation_reviews')
      .values({ organisation_id: o.id, decision: 'approve', reason: null, decided_by: official })
      .execute();
  }
  const postings = await seedPostings(deps, {
    employerId: employer.id,
    graduateUserId: (await userIdOf(deps, 'graduate'))!,
    province: DEMO_PROVINCE,
    campus: { universityCode: first.code, universityName: first.name, by: (await userIdOf(deps, 'career'))! },
  });
  say(`  ${postings} 个岗位（含待审核、被举报与屡次违规的示例）`);
  const applications = await seedApplications(deps, { employerId: employer.id, graduateId: graduate.id });
  say(`  ${applications} 份投递（各处理阶段）与演示简历`);
  const prefs = await seedPreferences(deps, {
    employerId: employer.id,
    graduateId: graduate.id,
    province: DEMO_PROVINCE,
  });
  say(`  ${prefs.graduates} 份求职意向（${prefs.discoverable} 人允许用人单位发现）`);
  const history = await seedHistory(deps, {
    excludeOrganisations: [employer.id, agency.id],
    province: DEMO_PROVINCE,
  });
  // What graduates of each major went on to, learned from the offers just seeded.
  await refreshAffinity(deps);
  say(
    `  ${history.applications} 份历史投递（${history.graduates} 名毕业生，${history.offers} 份录用，${history.signed} 人已签约）`,
  );
  const destinations = await seedDestinations(deps, {
    reviewers: {
      counsellor: (await userIdOf(deps, 'counsellor'))!,
      centre: (await userIdOf(deps, 'career'))!,
    },
  });
  say(
    `  ${destinations.registered} 份毕业去向登记（${destinations.approved} 份已审核通过，${destinations.pending} 份待审核或已退回）`,
  );
  const assistance = await seedAssistance(deps, {
    province: DEMO_PROVINCE,
    universityCode: first.code,
    collegeId: college.id,
    graduateId: graduate.id,
    users: {
      counsellor: (await userIdOf(deps, 'counsellor'))!,
      centre: (await userIdOf(deps, 'career'))!,
      hrss: (await userIdOf(deps, 'hrss.hubei'))!,
      edu: official,
    },
    names: { counsellor: '计算机学院辅导员', hrss: '湖北省人社厅（演示）' },
  });
  say(
    `  帮扶：${assistance.plans} 份一人一策计划，${assistance.services} 条服务记录，${assistance.applications} 份求职补贴申请，${assistance.handedOver} 名离校未就业毕业生已移交，${assistance.trainees} 名培训学员`,
  );
  return { universities: unis.length, graduates, employers: orgRows.length, accounts: created };
}
