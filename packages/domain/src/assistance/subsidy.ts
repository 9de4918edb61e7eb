import { isCalendarDay } from '../dates';
import type { Issue } from '../errors';
import { ASSISTANCE_CATEGORIES, type AssistanceCategoryKey } from '../reference/assistance-categories';

// 一次性求职补贴 (measure 十一, issue 7). Each province sets its own rule for a cohort: which
// categories are eligible, the amount, the application window and the proof it wants. The college,
// the university and then the province's HR&SS office decide; the office records the payment.
// A person is paid once: the database holds one live application and one payment per person.

/** A province's rule for one graduating cohort. */
export interface SubsidyRule {
  provinceCode: string;
  graduationYear: number;
  categories: AssistanceCategoryKey[];
  amountFen: number;
  opensOn: string;
  closesOn: string;
  /** Names of the proof the office wants, e.g. 低保证; shown to applicants, at most 10. */
  evidence: string[];
}

/** The highest amount a rule may pay (a typo of an extra zero is refused): 10,000 yuan. */
export const SUBSIDY_MAX_FEN = 1_000_000;

/** Problems with a rule an office wants to set (every one at once). */
export function subsidyRuleProblems(rule: Omit<SubsidyRule, 'provinceCode' | 'graduationYear'>): Issue[] {
  const issues: Issue[] = [];
  const known = new Set<string>(ASSISTANCE_CATEGORIES.map((c) => c.key));
  if (rule.categories.length === 0) issues.push({ path: 'categories', message: '请至少选择一类补贴对象' });
  rule.categories.forEach((c, i) => {
    if (!known.has(c)) issues.push({ path: `categories.${i}`, message: `帮扶对象类别“${c}”不存在` });
  });
  if (!Number.isInteger(rule.amountFen) || rule.amountFen <= 0 || rule.amountFen > SUBSIDY_MAX_FEN)
    issues.push({ path: 'amountFen', message: `补贴金额须在 0.01 元到 ${SUBSIDY_MAX_FEN / 100} 元之间` });
  const opens = isCalendarDay(rule.opensOn);
  const closes = isCalendarDay(rule.closesOn);
  if (!opens) issues.push({ path: 'opensOn', message: '申请开始日期须为 YYYY-MM-DD 格式的真实日期' });
  if (!closes) issues.push({ path: 'closesOn', message: '申请截止日期须为 YYYY-MM-DD 格式的真实日期' });
  if (opens && closes && rule.closesOn < rule.opensOn)
    issues.push({ path: 'closesOn', message: '申请截止日期不能早于开始日期' });
  if (rule.evidence.length > 10) issues.push({ path: 'evidence', message: '所需材料不能超过 10 项' });
  rule.evidence.forEach((e, i) => {
    if (e.trim() === '' || e.length > 50)
      issues.push({ path: `evidence.${i}`, message: '材料名称须为 1 到 50 个字' });
  });
  return issues;
}

/**
 * Why a graduate cannot apply under a rule today (every reason at once; empty when they can):
 * no rule for their province and cohort, outside the window, or no identified category the rule
 * covers. `category` is the one the application names.
 */
export function subsidyEligibilityProblems(
  rule: SubsidyRule | null,
  applicant: { approvedCategories: readonly string[]; category: string },
  today: string,
): Issue[] {
  if (!rule) return [{ path: 'graduationYear', message: '本省尚未发布该届毕业生的一次性求职补贴政策' }];
  const issues: Issue[] = [];
  if (today < rule.opensOn || today > rule.closesOn)
    issues.push({
      path: 'date',
      message: `不在申请期内：申请期为 ${rule.opensOn} 至 ${rule.closesOn}`,
    });
  if (!(rule.categories as readonly string[]).includes(applicant.category))
    issues.push({ path: 'category', message: '所选帮扶对象类别不在本省补贴范围内' });
  else if (!applicant.approvedCategories.includes(applicant.category))
    issues.push({ path: 'category', message: '尚未被认定为该类帮扶对象，请先申请认定' });
  return issues;
}

/** Application states; `rejected` and `withdrawn` free the person to apply again. */
export const SUBSIDY_STATUSES = [
  'pending_college',
  'pending_university',
  'pending_province',
  'approved',
  'paid',
  'rejected',
  'withdrawn',
] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];

export const SUBSIDY_STATUS_NAMES: Record<SubsidyStatus, { zh: string; en: string }> = {
  pending_college: { zh: '待院系审核', en: 'Awaiting college' },
  pending_university: { zh: '待学校审核', en: 'Awaiting university' },
  pending_province: { zh: '待人社部门审核', en: 'Awaiting HR&SS office' },
  approved: { zh: '待发放', en: 'Approved, to be paid' },
  paid: { zh: '已发放', en: 'Paid' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** Statuses of a live application (the one a person may hold at a time). */
export const LIVE_SUBSIDY_STATUSES: readonly SubsidyStatus[] = [
  'pending_college',
  'pending_university',
  'pending_province',
  'approved',
  'paid',
];

export type SubsidyStage = 'college' | 'university' | 'province';

/** The stage a pending application waits at. */
export function subsidyStageOf(status: SubsidyStatus): SubsidyStage | null {
  if (status === 'pending_college') return 'college';
  if (status === 'pending_university') return 'university';
  if (status === 'pending_province') return 'province';
  return null;
}

/** The status after a stage approves or rejects. */
export function subsidyStatusAfter(stage: SubsidyStage, decision: 'approve' | 'reject'): SubsidyStatus {
  if (decision === 'reject') return 'rejected';
  if (stage === 'college') return 'pending_university';
  if (stage === 'university') return 'pending_province';
  return 'approved';
}

/** Problems with a payment record (every one at once). */
export function paymentProblems(payment: { paidOn: string; reference: string }, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!isCalendarDay(payment.paidOn))
    issues.push({ path: 'paidOn', message: '发放日期须为 YYYY-MM-DD 格式的真实日期' });
  else if (payment.paidOn > today)
    issues.push({ path: 'paidOn', message: `发放日期不能晚于今天（${today}）` });
  if (!/^[A-Za-z0-9-]{4,40}$/.test(payment.reference.trim()))
    issues.push({ path: 'reference', message: '发放凭证号须为 4 到 40 位字母、数字或连字符' });
  return issues;
}
