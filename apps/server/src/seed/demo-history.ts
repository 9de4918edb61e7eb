import { randomUUID } from 'node:crypto';
import { createRng, type DegreeKey, type Rng } from '@jiuye/domain';
import type { ResumeContent } from '@jiuye/domain/recruitment/resume';
import { qualifyingDegrees } from '@jiuye/domain/search/posting-tags';
import { sql, type Insertable } from 'kysely';
import type { ApplicationStatusValue, GraduatePreferenceTable } from '../db/schema';
import type { Deps } from '../platform/context';
import * as applicationsRepo from '../modules/applications/applications.repository';
import type { PastApplication } from '../modules/applications/applications.repository';
import { snapshotsOf } from '../modules/resumes/resumes.service';
import { OCCUPATIONS } from './posting-templates';

// Demo application history (issue 5): about HISTORY_GRADUATES graduates applying to the generated
// demo postings over the last ~60 days, with the pipeline moving on (viewed → interview → offer →
// signed, or rejected / withdrawn), so the learned major → occupation affinity has offers to learn
// from and the match bench a history to split by time.
//
// Graduates act on LATENT preferences the platform never stores: a favourite occupation template
// among those recruiting from their major class (or a class like it: a 专科 计算机类 or a master's in
// 软件工程 looks for the jobs of 计算机类; sometimes any-major work such as sales), a home city, a pay
// floor and the skills they really have. In each session they look at what a job board shows — the
// newest open postings, a search for their favourite job's title, a few older ones — and apply to
// the best few by their own utility (favourite job, major fit, home city, pay, skills, noise).
// Employers answer on their side of the fit (major, skills). None of this uses the matching model.
// What the platform sees is noisier: a résumé listing some of the real skills (plus others), and
// saved 求职意向 stating the home city, pay and occupation group only sometimes.
//
// The demo employer's and agency's organisations, the demo graduate and every graduate the other
// demo seeds gave a résumé or preferences to are left alone (the walkthrough and the e2e tests count
// their applications). Nobody is notified: these are past events.

const HISTORY_GRADUATES = 2000;
const SEED = 20_261_210;
const BATCH = 1000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** What a session shows: the newest open postings, search results, a few older ones. */
const SHOWN_NEWEST = 60;
const SHOWN_SEARCH = 20;
const SHOWN_OLDER = 30;
/** A graduate applies to a shown posting only if their utility for it reaches this. */
const APPLY_THRESHOLD = 4;

/**
 * Undergraduate 专业类 whose jobs graduates of a master's 一级学科 or a vocational 专业类 look for
 * (postings name undergraduate classes; the model does not know these pairs, the affinity learns them).
 * Every other class looks for its own.
 */
const RELATED_CLASSES: Record<string, readonly string[]> = {
  '0812': ['0809'],
  '0835': ['0809'],
  '0854': ['0807', '0809'],
  '0202': ['0201'],
  '1253': ['1202'],
  '5102': ['0809'],
  '5303': ['1202'],
  '5307': ['1202', '0503'],
  '5202': ['1011'],
  '4601': ['0802'],
  '5002': ['0810'],
  '5401': [],
};

/** What a graduate heading for each occupation template (by its first title) really can do. */
const TEMPLATE_SKILLS: Record<string, readonly string[]> = {
  Java开发工程师: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Git', 'Linux'],
  前端开发工程师: ['JavaScript', 'React', 'Vue', 'HTML', 'CSS', 'TypeScript'],
  软件测试工程师: ['软件测试', 'Python', 'Selenium', 'Java', 'Linux'],
  数据分析师: ['Python', 'SQL', 'Excel', '数据分析', 'Tableau'],
  算法工程师: ['Python', '机器学习', 'PyTorch', 'C++', '深度学习'],
  运维工程师: ['Linux', 'Shell', 'Docker', '网络', 'MySQL'],
  会计: ['会计', 'Excel', '税务', '财务软件', '初级会计职称'],
  审计助理: ['审计', '会计', '税务', 'Excel'],
  小学语文教师: ['教师资格证', '普通话', '教研', '课件制作'],
  幼儿园教师: ['教师资格证', '普通话', '钢琴', '手工'],
  护士: ['护理', '护士执业资格', '急救', '静脉输液'],
  住院医师: ['临床', '执业医师', '病历书写', '急救'],
  机械设计工程师: ['CAD', 'SolidWorks', '机械制图', '工艺'],
  电气工程师: ['PLC', 'CAD', '电气', '单片机'],
  施工员: ['CAD', '施工', '造价', '测量', 'BIM'],
  销售代表: ['销售', '沟通', '合同', '客户'],
  市场专员: ['文案', '活动策划', '新媒体', 'PPT'],
  新媒体运营: ['新媒体', '剪辑', '文案', 'Photoshop'],
  行政专员: ['Office', '办公软件', '公文写作', 'Excel'],
  人力资源专员: ['招聘', '办公软件', '劳动法', 'Excel'],
  UI设计师: ['Figma', 'Photoshop', 'Illustrator', 'UI'],
  物流专员: ['Excel', 'ERP', '采购', '物流'],
  化验员: ['质检', '仪器', '实验', '化学分析'],
  法务专员: ['合同', '法律', '法律职业资格', '合规'],
  英语翻译: ['翻译', '外贸', '英语六级', '英语'],
  农业技术员: ['农业', '种植', '驾照', '养殖'],
  社区工作者: ['社会工作', '办公软件', '沟通', '社区'],
  银行柜员: ['信贷', '金融', '银行从业资格', '理财'],
};
const GENERIC_SKILLS = ['英语四级', '英语六级', 'Office', '普通话', '驾照'];
/** Every skill above, numbered, so a posting's mentions are one array look-up each. */
const SKILLS = [...new Set([...Object.values(TEMPLATE_SKILLS).flat(), ...GENERIC_SKILLS])];
const SKILL_INDEX = new Map(SKILLS.map((skill, i) => [skill, i]));
/** Monthly pay floor relative to the favourite job's starting pay, by degree. */
const DEGREE_PAY: Record<string, number> = { associate: 0.85, bachelor: 1, master: 1.3, doctor: 1.8 };
const INTERVIEW_NOTES = [
  '请于下周二上午 10:00 到公司参加面试，携带简历和成绩单。',
  '线上面试，会议链接将通过短信发送。',
  '请按约定时间参加笔试和面试，地点见短信通知。',
];
const OFFER_NOTES = ['欢迎加入！录用通知书已发送至您的邮箱。', '恭喜通过面试，请在一周内确认录用意向。'];
const INTERNSHIPS = [
  '武汉光谷信息技术有限公司',
  '湖北长江数据科技有限公司',
  '荆楚建设工程有限公司',
  '江城商贸有限公司',
];
const INTRODUCTIONS = [
  '认真负责，学习能力强。',
  '踏实肯干，善于沟通，有团队合作精神。',
  '对本专业方向有浓厚兴趣，希望长期发展。',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, from: number, to: number) => from + rng() * (to - from);
const gumbel = (rng: Rng) => -Math.log(-Math.log(Math.max(1e-12, rng())));

interface Posting {
  /** Position in publication order. */
  index: number;
  id: string;
  organisationId: string;
  /** Index into OCCUPATIONS, -1 for corpus ads. */
  template: number;
  classes: readonly string[];
  anyMajor: boolean;
  degrees: ReadonlySet<string>;
  cities: readonly string[];
  salaryMax: number;
  /** mentions[i]: the text names SKILLS[i]. */
  mentions: Uint8Array;
  publishedAt: number;
  closesAt: number;
}

interface Graduate {
  id: string;
  majorClass: string;
  /** The classes whose postings fit this graduate's studies (their own, or those like it). */
  fitting: ReadonlySet<string>;
  degree: DegreeKey;
  favourite: number;
  homeCity: string;
  floor: number;
  skills: readonly string[];
  /** The skills as indices into SKILLS. */
  skillIds: readonly number[];
}

interface Step {
  to: ApplicationStatusValue;
  at: number;
  note: string | null;
}

interface Application {
  id: string;
  graduate: Graduate;
  posting: Posting;
  utility: number;
  steps: Step[];
}

/** The template a generated posting was written from (its title and occupation group), or -1. */
function templateOf(title: string, occupation: string | null): number {
  return OCCUPATIONS.findIndex(
    (o) => o.occupation === occupation && o.titles.some((t) => title.startsWith(t)),
  );
}

/** Shanghai end of a YYYY-MM-DD deadline (applications are accepted through that day). */
const endOfDay = (day: string | null) => (day ? Date.parse(`${day}T23:59:59+08:00`) : Infinity);

async function loadPostings(deps: Pick<Deps, 'db'>, exclude: readonly string[]): Promise<Posting[]> {
  const rows = await deps.db
    .selectFrom('job_postings')
    .select([
      'id',
      'organisation_id',
      'title',
      'description',
      'requirements',
      'major_codes',
      'min_degree',
      'region_codes',
      'salary_max_fen',
      'occupation_code',
      'published_at',
      // As text on both engines (pg hands a date over as a local-midnight Date).
      sql<string | null>`deadline::text`.as('deadline'),
    ])
    .where('status', '=', 'published')
    .where('published_at', 'is not', null)
    .where('organisation_id', 'not in', [...exclude])
    .orderBy('published_at')
    // Ids are random: the text decides between postings published at the same moment.
    .orderBy('title')
    .orderBy('description')
    .execute();
  return rows.map((r, index) => {
    const text = `${r.title}\n${r.description}\n${r.requirements ?? ''}`.toLowerCase();
    return {
      index,
      id: r.id,
      organisationId: r.organisation_id,
      template: templateOf(r.title, r.occupation_code),
      classes: r.major_codes.map((m) => m.slice(0, 4)),
      anyMajor: r.major_codes.length === 0,
      degrees: new Set(qualifyingDegrees(r.min_degree as DegreeKey | null)),
      cities: r.region_codes.map((c) => c.slice(0, 4)),
      salaryMax: Number(r.salary_max_fen ?? 0) / 100,
      mentions: Uint8Array.from(SKILLS, (skill) => Number(text.includes(skill.toLowerCase()))),
      publishedAt: new Date(r.published_at!).getTime(),
      closesAt: endOfDay(r.deadline),
    };
  });
}

/** The latent person behind a roster record: what they want and can do. */
function latentOf(
  rng: Rng,
  g: { id: string; major_code: string; degree: string; origin_region_code: string | null },
  cities: readonly string[],
): Graduate {
  const majorClass = g.major_code.slice(0, 4);
  const fitting = new Set(RELATED_CLASSES[majorClass] ?? [majorClass]);
  const recruiting = OCCUPATIONS.flatMap((o, i) => (o.majorClasses.some((c) => fitting.has(c)) ? [i] : []));
  const anyMajor = OCCUPATIONS.flatMap((o, i) => (o.majorClasses.length === 0 ? [i] : []));
  // Most look for the work their studies lead to; some (more among 专科) for sales or office work.
  const favourite =
    recruiting.length > 0 && rng() > (g.degree === 'associate' ? 0.3 : 0.15)
      ? pick(rng, recruiting)
      : pick(rng, anyMajor);
  const t = OCCUPATIONS[favourite]!;
  const origin = g.origin_region_code?.slice(0, 4);
  const r = rng();
  const homeCity = origin && r < 0.5 ? origin : r < 0.85 ? '4201' : pick(rng, cities);
  const floor = Math.round((t.salary[0] * (DEGREE_PAY[g.degree] ?? 1) * between(rng, 0.85, 1.2)) / 500) * 500;
  const all = TEMPLATE_SKILLS[t.titles[0]!] ?? [];
  const real = all.filter(() => rng() < 0.75);
  const skills = real.length > 0 ? real : all.slice(0, 1);
  return {
    id: g.id,
    majorClass,
    fitting,
    degree: g.degree as DegreeKey,
    favourite,
    homeCity,
    floor,
    skills,
    skillIds: skills.map((skill) => SKILL_INDEX.get(skill)!),
  };
}

/** How much a graduate wants a posting (their own reasons, never the platform's model). */
function utilityOf(rng: Rng, g: Graduate, p: Posting): number {
  if (!p.degrees.has(g.degree)) return -Infinity;
  const majorFit = p.anyMajor ? 0.5 : p.classes.some((c) => g.fitting.has(c)) ? 1 : 0;
  let shared = 0;
  for (const i of g.skillIds) shared += p.mentions[i]!;
  return (
    2.5 * Number(p.template === g.favourite) +
    1.5 * majorFit +
    1.8 * Number(p.cities.includes(g.homeCity)) +
    1.2 * Number(p.salaryMax >= g.floor) +
    0.5 * Math.min(2, shared) +
    gumbel(rng)
  );
}

/** The employer's side: viewed, perhaps invited (more often when major and skills fit), offer or no. */
function pipeline(rng: Rng, g: Graduate, p: Posting, submittedAt: number): Step[] {
  const steps: Step[] = [{ to: 'submitted', at: submittedAt, note: null }];
  if (rng() > 0.8) return steps;
  const viewed = submittedAt + between(rng, 2, 72) * HOUR_MS;
  steps.push({ to: 'viewed', at: viewed, note: null });
  const majorFit = p.anyMajor
    ? 0.5
    : p.classes.includes(g.majorClass)
      ? 1
      : p.classes.some((c) => g.fitting.has(c))
        ? 0.7
        : 0;
  const skills = g.skillIds.some((i) => p.mentions[i]) ? 1 : 0;
  if (rng() > 0.08 + 0.3 * majorFit + 0.12 * skills) {
    if (rng() < 0.55) steps.push({ to: 'rejected', at: viewed + between(rng, 1, 6) * DAY_MS, note: null });
    return steps;
  }
  const interview = viewed + between(rng, 1, 4) * DAY_MS;
  steps.push({ to: 'interview', at: interview, note: pick(rng, INTERVIEW_NOTES) });
  const decided = interview + between(rng, 2, 6) * DAY_MS;
  steps.push(
    rng() < 0.5
      ? { to: 'offer', at: decided, note: pick(rng, OFFER_NOTES) }
      : { to: 'rejected', at: decided, note: null },
  );
  return steps;
}

/** What a session shows: the market (postings in publication order, and by template) and scratch space. */
interface Board {
  postings: readonly Posting[];
  byTemplate: readonly (readonly Posting[])[];
  /** shownIn[p.index] === session: already shown in this session. */
  shownIn: Uint32Array;
  session: number;
}

/** Postings a session shows at time `at`: newest open ones, a search for the favourite job, older ones. */
function shownAt(rng: Rng, board: Board, g: Graduate, at: number): Posting[] {
  const { postings, shownIn } = board;
  const session = ++board.session;
  const publishedBy = (list: readonly Posting[]) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.publishedAt <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const shown: Posting[] = [];
  const show = (p: Posting) => {
    if (p.closesAt < at || shownIn[p.index] === session) return false;
    shownIn[p.index] = session;
    shown.push(p);
    return true;
  };
  const newest = (list: readonly Posting[], n: number) => {
    for (let i = publishedBy(list) - 1, taken = 0; i >= 0 && taken < n; i--) if (show(list[i]!)) taken++;
  };
  newest(postings, SHOWN_NEWEST);
  newest(board.byTemplate[g.favourite] ?? [], SHOWN_SEARCH);
  const open = publishedBy(postings);
  for (let i = 0; i < SHOWN_OLDER && open > 0; i++) show(postings[Math.floor(rng() * open)]!);
  return shown;
}

/** One graduate's applications over their search, ending when they sign. */
function searchOf(rng: Rng, g: Graduate, board: Board, now: number): Application[] {
  const { postings } = board;
  const applied = new Set<Posting>();
  const apps: Application[] = [];
  // Graduates come when jobs do: the search starts a day or two after a random posting went up
  // (the demo's postings are the ones of the last 60 days, most of them recent). Sessions fall on
  // whole hours before now: postings were published on whole hours before the (slightly earlier)
  // moment they were seeded, so what a session sees never depends on how long seeding took.
  const cue = Math.round((now - postings[Math.floor(rng() * postings.length)]!.publishedAt) / HOUR_MS);
  let at = now - Math.max(1, cue - Math.round(between(rng, 2, 48))) * HOUR_MS;
  const sessions = 1 + Math.floor(rng() * 3);
  for (let s = 0; s < sessions && at < now; s++) {
    const wanted = 1 + Math.floor(rng() * 3);
    const ranked = shownAt(rng, board, g, at)
      .filter((p) => !applied.has(p))
      .map((p) => ({ p, u: utilityOf(rng, g, p) }))
      .filter((x) => x.u >= APPLY_THRESHOLD)
      .sort((a, b) => b.u - a.u)
      .slice(0, wanted);
    for (const [i, { p, u }] of ranked.entries()) {
      const submittedAt = at + i * between(rng, 0.1, 2) * HOUR_MS;
      if (submittedAt > now) break;
      applied.add(p);
      apps.push({
        id: randomUUID(),
        graduate: g,
        posting: p,
        utility: u,
        steps: pipeline(rng, g, p, submittedAt),
      });
    }
    at += Math.round(between(rng, 1, 6) * 24) * HOUR_MS;
  }
  for (const a of apps) a.steps = a.steps.filter((s) => s.at <= now);
  // Offers in the order they came: the graduate signs one (likelier the more they wanted it), and
  // then stops searching, declines other offers and withdraws some open applications.
  const offers = apps
    .filter((a) => a.steps.at(-1)!.to === 'offer')
    .sort((a, b) => a.steps.at(-1)!.at - b.steps.at(-1)!.at);
  const signed = offers.find((a) => rng() < Math.min(0.9, 0.3 + 0.08 * a.utility));
  if (!signed) return apps;
  const signedAt = signed.steps.at(-1)!.at + between(rng, 1, 6) * DAY_MS;
  if (signedAt > now) return apps;
  signed.steps.push({ to: 'signed', at: signedAt, note: null });
  const kept = apps.filter((a) => a.steps[0]!.at <= signedAt);
  for (const a of kept) {
    if (a === signed) continue;
    a.steps = a.steps.filter((s) => s.at <= signedAt);
    const last = a.steps.at(-1)!.to;
    const open = last === 'submitted' || last === 'viewed' || last === 'interview' || last === 'offer';
    const leaveAt = signedAt + between(rng, 1, 48) * HOUR_MS;
    if (open && (last === 'offer' || rng() < 0.6) && leaveAt <= now)
      a.steps.push({ to: 'withdrawn', at: leaveAt, note: null });
  }
  return kept;
}

function resumeOf(rng: Rng, g: Graduate, year: number): ResumeContent {
  const t = OCCUPATIONS[g.favourite]!;
  const listed = g.skills.filter(() => rng() < 0.7);
  if (listed.length === 0) listed.push(g.skills[0]!);
  if (rng() < 0.5) listed.push(pick(rng, GENERIC_SKILLS));
  if (rng() < 0.25) listed.push(pick(rng, Object.values(TEMPLATE_SKILLS).flat()));
  const objective = pick(rng, t.titles);
  return {
    objective,
    internships:
      rng() < 0.5
        ? [
            {
              organisation: pick(rng, INTERNSHIPS),
              role: `${objective}实习生`,
              start: `${year - 1}-07`,
              end: `${year - 1}-08`,
              description: '参与日常工作，按时完成分配的任务。',
            },
          ]
        : [],
    projects: [],
    skills: [...new Set(listed)],
    awards: [],
    certificates: [],
    selfIntroduction: pick(rng, INTRODUCTIONS),
  };
}

/** Saved 求职意向: what a graduate states of their latent wishes, each part only sometimes. */
function preferencesOf(rng: Rng, g: Graduate, cities: readonly string[], savedAt: Date) {
  const regions = new Set<string>();
  if (rng() < 0.65) regions.add(`${g.homeCity}00`);
  if (rng() < 0.2) regions.add(`${pick(rng, cities)}00`);
  const occupation = OCCUPATIONS[g.favourite]!.occupation;
  return {
    graduate_id: g.id,
    desired_regions: [...regions],
    salary_expectation: rng() < 0.55 ? Math.round((g.floor * between(rng, 0.85, 1.15)) / 500) * 500 : null,
    desired_occupations: rng() < 0.5 ? [occupation] : [],
    use_origin: false,
    discoverable: rng() < 0.2,
    updated_at: savedAt,
  } satisfies Insertable<GraduatePreferenceTable>;
}

export interface HistorySummary {
  graduates: number;
  applications: number;
  offers: number;
  signed: number;
}

/**
 * Seeds the application history; the demo employer's and agency's organisations and every graduate
 * who already has a résumé or preferences are left out. Returns what it wrote.
 */
export async function seedHistory(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { excludeOrganisations: readonly string[]; province: string },
): Promise<HistorySummary> {
  const { db } = deps;
  const rng = createRng(SEED);
  const now = deps.clock().getTime();
  const year = deps.clock().getUTCFullYear();
  const postings = await loadPostings(deps, opts.excludeOrganisations);
  const [sample, taken, cityRows] = await Promise.all([
    // Three roster rows in ten, by the last digit of the student number (rows are generated in
    // random order of college and major, so this is a random sample), in a fixed order.
    db
      .selectFrom('graduates')
      .select(['id', 'major_code', 'degree', 'origin_region_code'])
      .where(sql<string>`right(student_no, 1)`, 'in', ['1', '4', '7'])
      .orderBy('university_code')
      .orderBy('student_no')
      .execute(),
    db
      .selectFrom('resumes')
      .select('graduate_id')
      .union(db.selectFrom('graduate_preferences').select('graduate_id'))
      .execute(),
    db
      .selectFrom('regions')
      .select('code')
      .where('level', '=', 'city')
      .where('code', 'like', `${opts.province}%`)
      .orderBy('code')
      .execute(),
  ]);
  const busy = new Set(taken.map((t) => t.graduate_id));
  const candidates = sample.filter((g) => !busy.has(g.id));
  if (postings.length === 0) return { graduates: 0, applications: 0, offers: 0, signed: 0 };
  const cities = cityRows.map((c) => c.code.slice(0, 4));
  const board: Board = {
    postings,
    byTemplate: OCCUPATIONS.map((_, i) => postings.filter((p) => p.template === i)),
    shownIn: new Uint32Array(postings.length),
    session: 0,
  };
  // HISTORY_GRADUATES of them, at random.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const chosen = candidates.slice(0, HISTORY_GRADUATES);

  const graduates: Graduate[] = [];
  const apps: Application[] = [];
  const resumes = [];
  const preferences = [];
  for (const [i, record] of chosen.entries()) {
    // One stream per graduate: a change in one person's search leaves everyone else's alone.
    const own = createRng(SEED + 1 + i);
    const g = latentOf(own, record, cities);
    graduates.push(g);
    const mine = searchOf(own, g, board, now);
    apps.push(...mine);
    // The résumé and 求职意向 are written a little before the first application.
    const first = Math.min(now - DAY_MS, ...mine.map((a) => a.steps[0]!.at));
    const savedAt = new Date(first - between(own, 2, 72) * HOUR_MS);
    resumes.push({ graduate_id: g.id, content: JSON.stringify(resumeOf(own, g, year)), updated_at: savedAt });
    if (own() < 0.85) preferences.push(preferencesOf(own, g, cities, savedAt));
  }
  for (let i = 0; i < resumes.length; i += BATCH)
    await db
      .insertInto('resumes')
      .values(resumes.slice(i, i + BATCH))
      .execute();
  for (let i = 0; i < preferences.length; i += BATCH)
    await db
      .insertInto('graduate_preferences')
      .values(preferences.slice(i, i + BATCH))
      .execute();

  // What each application carried: the résumé as it was when applying (the snapshot applying takes).
  const snapshots = new Map<string, string>();
  for (const [id, snapshot] of await snapshotsOf(db, [...new Set(apps.map((a) => a.graduate.id))]))
    snapshots.set(id, JSON.stringify(snapshot));
  const rows: PastApplication[] = [];
  const events: (Parameters<typeof applicationsRepo.insertPastEvents>[1][number] & { at: number })[] = [];
  for (const a of apps) {
    const last = a.steps.at(-1)!;
    const interview = a.steps.find((s) => s.to === 'interview');
    rows.push({
      id: a.id,
      posting_id: a.posting.id,
      organisation_id: a.posting.organisationId,
      graduate_id: a.graduate.id,
      status: last.to,
      revealed_at: interview ? new Date(interview.at) : null,
      created_at: new Date(a.steps[0]!.at),
      updated_at: new Date(last.at),
    });
    a.steps.forEach((s, i) =>
      events.push({
        application_id: a.id,
        from_status: i === 0 ? null : a.steps[i - 1]!.to,
        to_status: s.to,
        note: s.note,
        created_at: new Date(s.at),
        at: s.at,
      }),
    );
  }
  await applicationsRepo.insertPastApplications(db, rows, snapshots);
  // Oldest first, so event ids follow time within every application (its timeline reads them by id).
  events.sort((a, b) => a.at - b.at);
  await applicationsRepo.insertPastEvents(db, events);
  return {
    graduates: graduates.length,
    applications: rows.length,
    offers: apps.filter((a) => a.steps.some((s) => s.to === 'offer')).length,
    signed: apps.filter((a) => a.steps.at(-1)!.to === 'signed').length,
  };
}
