import { isCalendarDay } from '../dates';
import type { Issue } from '../errors';

// 一人一策 and the service ledger (measure 十一, issue 7): what was done for a target, when, by
// whom and how the graduate responded, measured against a service standard every unplaced
// target should receive.

/** Kinds of service a ledger records. */
export const SERVICE_KINDS = [
  { key: 'policy_explanation', name: '政策宣讲', nameEn: 'Policy explanation' },
  { key: 'guidance_session', name: '就业指导', nameEn: 'Guidance session' },
  { key: 'job_referral', name: '岗位推荐', nameEn: 'Job referral' },
  { key: 'training_offer', name: '培训机会', nameEn: 'Training offer' },
  { key: 'traineeship_offer', name: '见习机会', nameEn: 'Traineeship offer' },
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number]['key'];

/** Whether a value is a service kind key. */
export const isServiceKind = (value: string): value is ServiceKind =>
  SERVICE_KINDS.some((k) => k.key === value);

/** How the graduate answered a service. */
export const SERVICE_RESPONSES = [
  { key: 'pending', name: '待反馈', nameEn: 'No answer yet' },
  { key: 'accepted', name: '接受', nameEn: 'Accepted' },
  { key: 'declined', name: '拒绝', nameEn: 'Declined' },
  { key: 'unreachable', name: '未联系上', nameEn: 'Could not be reached' },
] as const;
export type ServiceResponse = (typeof SERVICE_RESPONSES)[number]['key'];

/** The requirements of a service standard: how many of each every unplaced target should get. */
export const STANDARD_REQUIREMENTS = [
  {
    key: 'policyExplanation',
    name: '政策宣讲',
    nameEn: 'Policy explanations',
    kinds: ['policy_explanation'],
  },
  { key: 'guidanceSession', name: '就业指导', nameEn: 'Guidance sessions', kinds: ['guidance_session'] },
  { key: 'jobReferral', name: '岗位推荐', nameEn: 'Job referrals', kinds: ['job_referral'] },
  {
    key: 'trainingOrTraineeship',
    name: '培训或见习机会',
    nameEn: 'Training or traineeship offers',
    kinds: ['training_offer', 'traineeship_offer'],
  },
] as const satisfies readonly { key: string; name: string; nameEn: string; kinds: readonly ServiceKind[] }[];
export type StandardRequirement = (typeof STANDARD_REQUIREMENTS)[number]['key'];
export type ServiceStandard = Record<StandardRequirement, number>;

/** The default standard (issue 7): 1 policy talk, 1 guidance session, 3 referrals, 1 training or traineeship offer. */
export const DEFAULT_SERVICE_STANDARD: ServiceStandard = {
  policyExplanation: 1,
  guidanceSession: 1,
  jobReferral: 3,
  trainingOrTraineeship: 1,
};

/** The most a standard may ask of one requirement (a typo like 30 is refused). */
export const STANDARD_MAX = 20;

/** Problems with a standard someone wants to set (every one at once). */
export function standardProblems(standard: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  for (const r of STANDARD_REQUIREMENTS) {
    const v = standard[r.key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > STANDARD_MAX)
      issues.push({ path: r.key, message: `${r.name}次数须为 0 到 ${STANDARD_MAX} 的整数` });
  }
  return issues;
}

/** What a target still lacks under a standard, given their ledger counts per kind. */
export function standardGaps(
  counts: Partial<Record<ServiceKind, number>>,
  standard: ServiceStandard,
): { requirement: StandardRequirement; required: number; done: number; missing: number }[] {
  return STANDARD_REQUIREMENTS.map((r) => {
    const done = r.kinds.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
    const required = standard[r.key];
    return { requirement: r.key, required, done, missing: Math.max(0, required - done) };
  }).filter((g) => g.missing > 0);
}

/** A ledger entry as recorded (before the server resolves the posting or programme it names). */
export interface ServiceEntryInput {
  kind: string;
  serviceOn: string;
  note: string;
  postingId?: string | null;
  programmeId?: string | null;
}

/** The longest note a ledger entry keeps. */
export const SERVICE_NOTE_MAX = 500;

/** Problems with a ledger entry (every one at once): the date is a real day and not in the future. */
export function serviceEntryProblems(entry: ServiceEntryInput, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!isServiceKind(entry.kind)) issues.push({ path: 'kind', message: '服务类型不存在' });
  if (!isCalendarDay(entry.serviceOn))
    issues.push({ path: 'serviceOn', message: '服务日期须为 YYYY-MM-DD 格式的真实日期' });
  else if (entry.serviceOn > today)
    issues.push({ path: 'serviceOn', message: `服务日期不能晚于今天（${today}）` });
  if (entry.note.length > SERVICE_NOTE_MAX)
    issues.push({ path: 'note', message: `说明不能超过 ${SERVICE_NOTE_MAX} 个字` });
  if (entry.kind === 'job_referral' && !entry.postingId)
    issues.push({ path: 'postingId', message: '岗位推荐须选择推荐的岗位' });
  if (entry.kind === 'training_offer' && !entry.programmeId && entry.note.trim() === '')
    issues.push({ path: 'programmeId', message: '培训机会须选择培训项目或写明培训内容' });
  if (entry.kind === 'traineeship_offer' && entry.note.trim() === '')
    issues.push({ path: 'note', message: '见习机会须写明见习单位和岗位' });
  return issues;
}

/** One plan action (一人一策). */
export interface PlanActionInput {
  title: string;
  dueOn: string;
}

/** Problems with a plan: goals written, each action titled and dated (every one at once). */
export function planProblems(plan: { goals: string; actions: PlanActionInput[] }): Issue[] {
  const issues: Issue[] = [];
  if (plan.goals.trim() === '') issues.push({ path: 'goals', message: '请填写帮扶目标' });
  if (plan.goals.length > 1000) issues.push({ path: 'goals', message: '帮扶目标不能超过 1000 个字' });
  if (plan.actions.length > 30) issues.push({ path: 'actions', message: '措施不能超过 30 条' });
  plan.actions.forEach((a, i) => {
    if (a.title.trim() === '') issues.push({ path: `actions.${i}.title`, message: '请填写措施内容' });
    if (a.title.length > 200)
      issues.push({ path: `actions.${i}.title`, message: '措施内容不能超过 200 个字' });
    if (!isCalendarDay(a.dueOn))
      issues.push({ path: `actions.${i}.dueOn`, message: '完成期限须为 YYYY-MM-DD 格式的真实日期' });
  });
  return issues;
}
