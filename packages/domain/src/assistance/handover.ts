import { isCalendarDay } from '../dates';
import type { Issue } from '../errors';

// 离校未就业毕业生实名帮扶 (measure 十一, issue 7). When graduates leave school unplaced, the
// university hands their names over to the HR&SS office of their hukou region, if they agreed to
// it. The office records its contacts, services and outcomes; the goal is that within six months
// everyone who wants a job is employed or in training or a traineeship.

/** What a follow-up records. */
export const FOLLOWUP_KINDS = [
  { key: 'contact', name: '联系', nameEn: 'Contact' },
  { key: 'service', name: '服务', nameEn: 'Service' },
  { key: 'outcome', name: '结果', nameEn: 'Outcome' },
] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number]['key'];

/** Outcomes of a hand-over; the first three meet the six-month goal. */
export const HANDOVER_OUTCOMES = [
  { key: 'employed', name: '已就业', nameEn: 'Employed' },
  { key: 'training', name: '参加培训', nameEn: 'In training' },
  { key: 'traineeship', name: '参加见习', nameEn: 'In a traineeship' },
  { key: 'seeking', name: '仍在求职', nameEn: 'Still seeking' },
  { key: 'not_seeking', name: '暂无就业意愿', nameEn: 'Not seeking work' },
] as const;
export type HandoverOutcome = (typeof HANDOVER_OUTCOMES)[number]['key'];

const GOAL_OUTCOMES: ReadonlySet<string> = new Set(['employed', 'training', 'traineeship']);

/** Whether an outcome meets the six-month goal. */
export const meetsHandoverGoal = (outcome: string | null) => !!outcome && GOAL_OUTCOMES.has(outcome);

/** Months after the hand-over by which the goal should be met. */
export const HANDOVER_GOAL_MONTHS = 6;

/** The day the goal falls due for a hand-over on a day. */
export function handoverGoalDue(handedOverOn: string): string {
  const [y, m, d] = handedOverOn.split('-').map(Number) as [number, number, number];
  const month = m - 1 + HANDOVER_GOAL_MONTHS;
  const due = new Date(Date.UTC(y + Math.floor(month / 12), month % 12, 1));
  // Clamp to the month's last day (31 August + 6 months is 28 February, not 3 March).
  const last = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(d, last));
  return due.toISOString().slice(0, 10);
}

/** A follow-up as an office records it. */
export interface FollowupInput {
  kind: string;
  on: string;
  /** For contacts: whether the graduate was reached. */
  reached?: boolean | null;
  outcome?: string | null;
  note: string;
}

/** Problems with a follow-up (every one at once): a real day, not in the future, not before the hand-over. */
export function followupProblems(f: FollowupInput, today: string, handedOverOn: string): Issue[] {
  const issues: Issue[] = [];
  if (!FOLLOWUP_KINDS.some((k) => k.key === f.kind)) issues.push({ path: 'kind', message: '记录类型不存在' });
  if (!isCalendarDay(f.on)) issues.push({ path: 'on', message: '日期须为 YYYY-MM-DD 格式的真实日期' });
  else if (f.on > today) issues.push({ path: 'on', message: `日期不能晚于今天（${today}）` });
  else if (f.on < handedOverOn)
    issues.push({ path: 'on', message: `日期不能早于移交日期（${handedOverOn}）` });
  if (f.kind === 'contact' && typeof f.reached !== 'boolean')
    issues.push({ path: 'reached', message: '请说明是否联系上' });
  if (f.kind === 'outcome' && !HANDOVER_OUTCOMES.some((o) => o.key === f.outcome))
    issues.push({ path: 'outcome', message: '请选择帮扶结果' });
  if (f.kind === 'service' && f.note.trim() === '')
    issues.push({ path: 'note', message: '请写明提供的服务' });
  if (f.note.length > 500) issues.push({ path: 'note', message: '说明不能超过 500 个字' });
  return issues;
}
