import type { AssistanceCategoryKey } from '../reference/assistance-categories';

// 帮扶对象 (measure 十一, issue 7). A graduate may belong to several categories. The roster import
// identifies a category from the university's own records; a graduate (or a counsellor for them)
// applies for another with proof, and the college and then the university decide it.

/** Where a target identification came from. */
export const TARGET_SOURCES = ['roster', 'application'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/** Review states of an identification; a roster identification starts approved. */
export const TARGET_STATUSES = ['pending_college', 'pending_university', 'approved', 'rejected'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const TARGET_STATUS_NAMES: Record<TargetStatus, { zh: string; en: string }> = {
  pending_college: { zh: '待院系审核', en: 'Awaiting college review' },
  pending_university: { zh: '待学校审核', en: 'Awaiting university review' },
  approved: { zh: '已认定', en: 'Identified' },
  rejected: { zh: '未通过', en: 'Not approved' },
};

/** The review stage a pending identification waits at. */
export function targetStageOf(status: TargetStatus): 'college' | 'university' | null {
  if (status === 'pending_college') return 'college';
  if (status === 'pending_university') return 'university';
  return null;
}

/** The status after a stage approves or rejects. */
export function targetStatusAfter(
  stage: 'college' | 'university',
  decision: 'approve' | 'reject',
): TargetStatus {
  if (decision === 'reject') return 'rejected';
  return stage === 'college' ? 'pending_university' : 'approved';
}

/**
 * The proof each category is identified by (what a counsellor expects to see). Any one of a
 * category's kinds will do; 'other' is accepted for every category with a note.
 */
export const TARGET_PROOF_KINDS = [
  {
    key: 'poverty_certificate',
    name: '脱贫户证明（扶贫手册等）',
    nameEn: 'Poverty-alleviation certificate',
    for: ['poverty_alleviated'],
  },
  {
    key: 'subsistence_certificate',
    name: '低保证',
    nameEn: 'Subsistence-allowance certificate',
    for: ['subsistence_allowance'],
  },
  {
    key: 'near_subsistence_certificate',
    name: '低保边缘家庭证明',
    nameEn: 'Near-subsistence certificate',
    for: ['near_subsistence'],
  },
  {
    key: 'expenditure_certificate',
    name: '刚性支出困难家庭证明',
    nameEn: 'Rigid-expenditure hardship certificate',
    for: ['rigid_expenditure'],
  },
  {
    key: 'zero_employment_certificate',
    name: '零就业家庭证明',
    nameEn: 'Zero-employment household certificate',
    for: ['zero_employment'],
  },
  { key: 'disability_certificate', name: '残疾人证', nameEn: 'Disability certificate', for: ['disability'] },
  {
    key: 'unemployment_registration',
    name: '失业登记证明',
    nameEn: 'Unemployment registration',
    for: ['long_unemployed'],
  },
  { key: 'other', name: '其他证明材料', nameEn: 'Other proof', for: [] },
] as const satisfies readonly {
  key: string;
  name: string;
  nameEn: string;
  for: readonly AssistanceCategoryKey[];
}[];
export type TargetProofKind = (typeof TARGET_PROOF_KINDS)[number]['key'];

/** Whether a value is a proof kind key. */
export const isTargetProofKind = (value: string): value is TargetProofKind =>
  TARGET_PROOF_KINDS.some((k) => k.key === value);

/** Whether a kind of proof fits a category ('other' fits every category). */
export function proofFitsCategory(kind: TargetProofKind, category: AssistanceCategoryKey): boolean {
  const entry = TARGET_PROOF_KINDS.find((k) => k.key === kind);
  return !!entry && (entry.key === 'other' || (entry.for as readonly string[]).includes(category));
}
