import { isCalendarDay } from '../dates';
import type { Issue } from '../errors';

// Training programmes for targets (measure 十二): 宏志助航 and others, with enrolment, attendance
// per session, completion and a certificate number.

export const PROGRAMME_KINDS = [
  { key: 'hongzhi', name: '宏志助航计划', nameEn: 'Hongzhi Zhuhang programme' },
  { key: 'public_training', name: '公共实训基地培训', nameEn: 'Public training base course' },
  { key: 'vocational', name: '职业技能培训', nameEn: 'Vocational skills training' },
  { key: 'other', name: '其他公益培训', nameEn: 'Other free training' },
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number]['key'];

export const ENROLMENT_STATUSES = ['enrolled', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Share of the programme's sessions a trainee must attend to complete it. */
export const COMPLETION_ATTENDANCE = 0.8;

/** Sessions a trainee must attend to complete a programme of n sessions. */
export const sessionsToComplete = (sessions: number) => Math.ceil(sessions * COMPLETION_ATTENDANCE);

export interface ProgrammeInput {
  name: string;
  kind: string;
  organiser: string;
  startsOn: string;
  endsOn: string;
  sessions: number;
  capacity: number;
  description: string;
}

/** Problems with a programme (every one at once). */
export function programmeProblems(p: ProgrammeInput): Issue[] {
  const issues: Issue[] = [];
  if (p.name.trim() === '' || p.name.length > 100)
    issues.push({ path: 'name', message: '项目名称须为 1 到 100 个字' });
  if (!PROGRAMME_KINDS.some((k) => k.key === p.kind))
    issues.push({ path: 'kind', message: '项目类型不存在' });
  if (p.organiser.trim() === '' || p.organiser.length > 100)
    issues.push({ path: 'organiser', message: '举办单位须为 1 到 100 个字' });
  const starts = isCalendarDay(p.startsOn);
  const ends = isCalendarDay(p.endsOn);
  if (!starts) issues.push({ path: 'startsOn', message: '开始日期须为 YYYY-MM-DD 格式的真实日期' });
  if (!ends) issues.push({ path: 'endsOn', message: '结束日期须为 YYYY-MM-DD 格式的真实日期' });
  if (starts && ends && p.endsOn < p.startsOn)
    issues.push({ path: 'endsOn', message: '结束日期不能早于开始日期' });
  if (!Number.isInteger(p.sessions) || p.sessions < 1 || p.sessions > 200)
    issues.push({ path: 'sessions', message: '课次须为 1 到 200 的整数' });
  if (!Number.isInteger(p.capacity) || p.capacity < 1 || p.capacity > 10_000)
    issues.push({ path: 'capacity', message: '名额须为 1 到 10000 的整数' });
  if (p.description.length > 2000)
    issues.push({ path: 'description', message: '项目介绍不能超过 2000 个字' });
  return issues;
}

/** Why a trainee cannot be marked complete (empty when they can). */
export function completionProblems(e: {
  status: EnrolmentStatus;
  attended: number;
  sessions: number;
  certificateNo: string;
}): Issue[] {
  const issues: Issue[] = [];
  if (e.status !== 'enrolled') issues.push({ path: 'status', message: '只有在训学员可以结业' });
  const needed = sessionsToComplete(e.sessions);
  if (e.attended < needed)
    issues.push({
      path: 'attended',
      message: `出勤 ${e.attended} 次，未达到结业要求的 ${needed} 次（共 ${e.sessions} 次课的 80%）`,
    });
  if (!/^[A-Za-z0-9-]{4,40}$/.test(e.certificateNo.trim()))
    issues.push({ path: 'certificateNo', message: '证书编号须为 4 到 40 位字母、数字或连字符' });
  return issues;
}
