import type { ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import { applicationStatusName, revealsApplicant } from '@jiuye/domain/recruitment/applications';
import type { ResumeContent } from '@jiuye/domain/recruitment/resume';
import type { Deps } from '../platform/context';
import * as applicationsRepo from '../modules/applications/applications.repository';
import { notifyGraduate, notifyOrganisation } from '../modules/notifications/notifications.service';
import * as resumesRepo from '../modules/resumes/resumes.repository';
import { snapshotOf } from '../modules/resumes/resumes.service';

// Demo résumés and applications: the demo graduate's own résumé and two applications, and other
// graduates of the same university at every stage of the demo employer's pipeline (one of them an
// assistance target, shown to the employer only as 优先关注).

const DEMO_RESUME: ResumeContent = {
  objective: '后端开发工程师',
  internships: [
    {
      organisation: '武汉光谷信息技术有限公司',
      role: '后端开发实习生',
      start: '2025-07',
      end: '2025-09',
      description:
        '参与订单服务重构，将核心接口的平均响应时间从 320ms 降到 90ms；为支付模块补充单元测试，覆盖率从 40% 提升到 75%。',
    },
  ],
  projects: [
    {
      name: '校园二手交易平台',
      role: '项目负责人',
      start: '2024-03',
      end: '2024-12',
      description:
        '带领 4 人团队完成需求分析、数据库设计与部署，使用 Java、Spring Boot 与 PostgreSQL，上线后注册用户 3000 余人。',
    },
  ],
  skills: ['Java', 'Spring Boot', 'PostgreSQL', 'Linux', 'Git', '英语六级'],
  awards: [
    { name: '国家奖学金', date: '2024-10' },
    { name: '全国大学生数学建模竞赛湖北赛区一等奖', date: '2023-11' },
  ],
  certificates: [
    { name: '大学英语六级（CET-6）', date: '2023-12' },
    { name: '计算机技术与软件专业技术资格（中级）', date: '2024-11' },
  ],
  selfIntroduction: '踏实肯干，乐于学习新技术，有良好的沟通能力和团队合作精神，希望在后端开发方向长期发展。',
};

const OBJECTIVES = ['软件开发工程师', '数据分析师', '测试工程师', '产品助理', '运维工程师', '前端开发工程师'];
const SKILL_SETS = [
  ['Python', 'SQL', 'Excel', '数据可视化'],
  ['Java', 'MySQL', 'Redis'],
  ['JavaScript', 'React', 'TypeScript'],
  ['Linux', 'Shell', 'Docker'],
  ['自动化测试', 'Selenium', 'Python'],
];
const COMPANIES = ['湖北长江数据科技有限公司', '武汉东湖软件有限公司', '华中云计算服务有限公司'];

function otherResume(i: number): ResumeContent {
  return {
    objective: OBJECTIVES[i % OBJECTIVES.length]!,
    internships: [
      {
        organisation: COMPANIES[i % COMPANIES.length]!,
        role: '实习生',
        start: '2025-07',
        end: '2025-08',
        description: '参与日常开发与测试工作，按时完成分配的任务。',
      },
    ],
    projects: [],
    skills: SKILL_SETS[i % SKILL_SETS.length]!,
    awards: i % 2 === 0 ? [{ name: '校级优秀学生', date: '2024-06' }] : [],
    certificates: [{ name: '大学英语四级', date: '2023-06' }],
    selfIntroduction: '认真负责，学习能力强。',
  };
}

/** The path each demo application took through the pipeline, and the note sent at the interview. */
const PATHS: { path: ApplicationStatus[]; note?: string }[] = [
  { path: ['submitted'] },
  { path: ['submitted'] },
  { path: ['submitted', 'viewed'] },
  { path: ['submitted', 'viewed', 'interview'], note: '请于下周三 14:00 到公司一楼前台参加面试，携带简历。' },
  { path: ['submitted', 'viewed', 'interview', 'offer'], note: '欢迎加入！录用通知书已发送至您的邮箱。' },
  { path: ['submitted', 'viewed', 'rejected'] },
  { path: ['submitted', 'interview'], note: '线上面试，会议链接将通过短信发送。' },
];

const HOUR = 3_600_000;

/** Seeds résumés and applications; returns how many applications it created. */
export async function seedApplications(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { employerId: string; graduateId: string },
): Promise<number> {
  const { db } = deps;
  const now = deps.clock();
  const postings = await db
    .selectFrom('job_postings')
    .select(['id', 'title'])
    .where('organisation_id', '=', opts.employerId)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(3)
    .execute();
  if (postings.length < 2) return 0;
  const hr = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', opts.employerId)
    .orderBy('created_at')
    .executeTakeFirst();
  const demo = await db
    .selectFrom('graduates')
    .select(['university_code', 'college_id'])
    .where('id', '=', opts.graduateId)
    .executeTakeFirstOrThrow();
  // Classmates (not the demo graduate), one of them an assistance target.
  const classmates = await db
    .selectFrom('graduates')
    .select('id')
    .where('university_code', '=', demo.university_code)
    .where('id', '<>', opts.graduateId)
    .where('assistance_category', 'is', null)
    .orderBy('student_no')
    .limit(PATHS.length - 1)
    .execute();
  const target = await db
    .selectFrom('graduates')
    .select('id')
    .where('university_code', '=', demo.university_code)
    .where('id', '<>', opts.graduateId)
    .where('assistance_category', 'is not', null)
    .orderBy('student_no')
    .limit(1)
    .execute();
  const applicants = [...classmates.slice(0, 2), ...target, ...classmates.slice(2)].slice(0, PATHS.length);

  await resumesRepo.saveResume(db, opts.graduateId, DEMO_RESUME, new Date(now.getTime() - 72 * HOUR));
  for (const [i, g] of applicants.entries())
    await resumesRepo.saveResume(db, g.id, otherResume(i), new Date(now.getTime() - 96 * HOUR));

  let created = 0;
  const create = async (
    graduateId: string,
    posting: { id: string; title: string },
    path: ApplicationStatus[],
    note: string | undefined,
    hoursAgo: number,
  ) => {
    const snapshot = await snapshotOf(db, graduateId);
    if (!snapshot) return;
    let at = new Date(now.getTime() - hoursAgo * HOUR);
    const id = await applicationsRepo.insertApplication(db, {
      posting_id: posting.id,
      organisation_id: opts.employerId,
      graduate_id: graduateId,
      resume_snapshot: snapshot,
      now: at,
    });
    if (!id) return;
    created++;
    const graduateUser = await db
      .selectFrom('users')
      .select('id')
      .where('graduate_id', '=', graduateId)
      .executeTakeFirst();
    await applicationsRepo.insertEvent(db, {
      application_id: id,
      from_status: null,
      to_status: 'submitted',
      actor_id: graduateUser?.id ?? null,
      note: null,
      now: at,
    });
    await notifyOrganisation(db, opts.employerId, {
      kind: 'application.new',
      title: `新投递：${posting.title}`,
      link: `/applicants?postingId=${posting.id}`,
    });
    for (let s = 1; s < path.length; s++) {
      at = new Date(at.getTime() + 5 * HOUR);
      const to = path[s]!;
      const stepNote = revealsApplicant(to) || to === 'offer' ? (note ?? null) : null;
      await applicationsRepo.setStatus(db, id, to, at, revealsApplicant(to));
      await applicationsRepo.insertEvent(db, {
        application_id: id,
        from_status: path[s - 1]!,
        to_status: to,
        actor_id: hr?.id ?? null,
        note: stepNote,
        now: at,
      });
      await notifyGraduate(db, graduateId, {
        kind: 'application.status',
        title: `「${posting.title}」${applicationStatusName(to)}`,
        body: stepNote ? `单位留言：${stepNote}` : null,
        link: `/applications?id=${id}`,
      });
    }
  };

  // The demo graduate: invited to interview for the first posting, waiting on the second.
  await create(opts.graduateId, postings[0]!, ['submitted', 'viewed', 'interview'], PATHS[3]!.note, 60);
  await create(opts.graduateId, postings[1]!, ['submitted'], undefined, 30);
  for (const [i, g] of applicants.entries()) {
    const { path, note } = PATHS[i]!;
    await create(g.id, postings[i % postings.length]!, path, note, 120 - i * 12);
  }
  return created;
}
