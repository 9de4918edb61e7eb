import { shanghaiDate } from '../dates';
import { getDestinationCode } from '../reference/destination-codes';
import type { DestinationInput } from './registration';

// Proof, review and deadlines of 毕业去向登记 (issue 6). The integrity rules (教育部 四不准):
// internship and traineeship certificates are never proof of employment; 其他录用形式就业 (12)
// needs pay at or above the local minimum wage; a destination that needs proof and has none
// cannot be approved.

/** Kinds of evidence a graduate uploads. */
export const EVIDENCE_KINDS = [
  { key: 'employment_agreement', name: '就业协议书', nameEn: 'Employment agreement' },
  { key: 'labour_contract', name: '劳动合同', nameEn: 'Labour contract' },
  { key: 'employer_certificate', name: '单位录用证明', nameEn: "Employer's hiring certificate" },
  { key: 'income_proof', name: '收入证明（工资流水等）', nameEn: 'Proof of income' },
  { key: 'enlistment_notice', name: '入伍通知书', nameEn: 'Enlistment notice' },
  { key: 'programme_agreement', name: '基层项目录取通知或服务协议', nameEn: 'Programme admission' },
  { key: 'business_licence', name: '营业执照', nameEn: 'Business licence' },
  { key: 'shop_proof', name: '网店经营证明', nameEn: 'Online shop proof' },
  { key: 'freelance_statement', name: '自由职业承诺书（本人签字）', nameEn: 'Signed freelance statement' },
  { key: 'admission_letter', name: '录取通知书', nameEn: 'Admission letter' },
  { key: 'internship_certificate', name: '实习或见习证明', nameEn: 'Internship or traineeship certificate' },
  { key: 'other', name: '其他材料', nameEn: 'Other' },
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]['key'];

/** Whether a value is an evidence kind key. */
export const isEvidenceKind = (value: string): value is EvidenceKind =>
  EVIDENCE_KINDS.some((k) => k.key === value);

/** File types evidence may have, told apart by their first bytes (the declared type is not trusted). */
export const EVIDENCE_TYPES = [
  { mime: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
] as const;
export type EvidenceMime = (typeof EVIDENCE_TYPES)[number]['mime'];

/** Evidence files above this are refused (a scanned page is well below). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Files kept per registration. */
export const EVIDENCE_MAX_FILES = 10;

/** The file type of content by its first bytes, or null when it is not a PDF, JPEG or PNG. */
export function evidenceTypeOf(head: Uint8Array): EvidenceMime | null {
  return EVIDENCE_TYPES.find((t) => t.magic.every((b, i) => head[i] === b))?.mime ?? null;
}

/**
 * Which evidence proves each destination code; a code not listed needs none (not placed).
 * 12 needs an employer certificate or proof of income, 75 a licence or shop proof, 76 the signed
 * statement (PRODUCT.md, evidence rules).
 */
const PROOF: Record<string, readonly EvidenceKind[]> = {
  '10': ['employment_agreement'],
  '11': ['labour_contract'],
  '12': ['employer_certificate', 'income_proof'],
  '27': ['employment_agreement', 'labour_contract', 'employer_certificate'],
  '46': ['enlistment_notice'],
  '50': ['programme_agreement'],
  '51': ['programme_agreement'],
  '75': ['business_licence', 'shop_proof'],
  '76': ['freelance_statement'],
  '80': ['admission_letter'],
  '85': ['admission_letter', 'employment_agreement', 'labour_contract'],
};

/** The evidence kinds that prove a code (sub-codes take their parent's), empty when none is needed. */
export function proofKindsFor(code: string): readonly EvidenceKind[] {
  const c = getDestinationCode(code);
  if (!c) return [];
  return PROOF[c.code] ?? (c.parentCode ? (PROOF[c.parentCode] ?? []) : []);
}

const kindName = (key: EvidenceKind) => EVIDENCE_KINDS.find((k) => k.key === key)!.name;

/** What approval needs from outside: the minimum wage (fen per month) of a province, if known. */
export interface ApprovalContext {
  minimumWageFen(provinceCode: string): number | null;
}

/**
 * Why a registration cannot be approved yet, in Chinese (empty when it can): missing proof,
 * internship certificates offered as proof, pay under the minimum wage for 12.
 */
export function approvalBlockers(
  input: DestinationInput,
  evidence: readonly EvidenceKind[],
  ctx: ApprovalContext,
): string[] {
  const blockers: string[] = [];
  const proof = proofKindsFor(input.destinationCode);
  if (proof.length > 0 && !evidence.some((k) => proof.includes(k))) {
    const needed = proof.map(kindName).join('或');
    blockers.push(
      evidence.includes('internship_certificate')
        ? `实习证明、见习证明不能作为就业证明，请上传${needed}`
        : `缺少证明材料：请上传${needed}`,
    );
  }
  const d = input.details;
  if (input.destinationCode === '12' && d.form === 'unit') {
    const province = d.regionCode.slice(0, 2);
    const minimum = ctx.minimumWageFen(province);
    if (minimum === null)
      blockers.push(`没有单位所在省份（${province}）的最低工资标准，无法核对月薪，请联系平台管理员补充`);
    else if (d.monthlyPayFen < minimum)
      blockers.push(
        `其他录用形式就业的月薪（${d.monthlyPayFen / 100} 元）低于单位所在地最低工资标准（${minimum / 100} 元）`,
      );
  }
  return blockers;
}

/** Review states: counsellor (college) first, career centre (university) final. */
export const DESTINATION_STATUSES = [
  'pending_college',
  'pending_university',
  'approved',
  'returned',
] as const;
export type DestinationStatus = (typeof DESTINATION_STATUSES)[number];

/** Chinese names of the states. */
export const DESTINATION_STATUS_NAMES: Record<DestinationStatus, string> = {
  pending_college: '待院系审核',
  pending_university: '待学校审核',
  approved: '已审核通过',
  returned: '已退回',
};

/** The review stage a status waits on, or null when it waits on no reviewer. */
export function reviewStageOf(status: DestinationStatus): 'college' | 'university' | null {
  return status === 'pending_college' ? 'college' : status === 'pending_university' ? 'university' : null;
}

/** The state after a reviewer's decision at a stage. */
export function statusAfterDecision(stage: 'college' | 'university', decision: 'approve' | 'return') {
  if (decision === 'return') return 'returned' as const;
  return stage === 'college' ? ('pending_university' as const) : ('approved' as const);
}

/**
 * The end of the day graduates may edit their own registration: 31 August of the graduation year,
 * Asia/Shanghai; later changes go through the university.
 */
export function graduateEditDeadline(graduationYear: number): Date {
  return new Date(`${graduationYear}-08-31T23:59:59.999+08:00`);
}

/** The graduation year whose own registration is open now: this year's until 31 August, then next year's. */
export function openCohort(now: Date): number {
  const day = shanghaiDate(now);
  const year = Number(day.slice(0, 4));
  return day.slice(5) > '08-31' ? year + 1 : year;
}

/** Whether a graduate may still register or edit on their own. */
export function graduateMayEdit(graduationYear: number, now: Date): boolean {
  return now.getTime() <= graduateEditDeadline(graduationYear).getTime();
}
